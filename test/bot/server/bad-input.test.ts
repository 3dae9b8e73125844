import { afterEach, describe, expect, it } from 'vitest';
import type { Server } from 'restify';
import { http, startServer, type Running } from './harness';

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

interface Conversation {
  token: string;
  activities: string;
}

/** A conversation that already has one exchange in it, so a test can check nothing was lost. */
async function conversation(url: string): Promise<Conversation> {
  const start = await http(`${url}/v3/directline/conversations`, { method: 'POST' });
  const { conversationId, token } = start.json;
  const activities = `${url}/v3/directline/conversations/${conversationId}/activities`;
  await http(activities, { token, body: { type: 'message', from: { id: 'u' }, text: 'before' } });
  return { token, activities };
}

/** The conversation still holds everything said before the bad request, and still gets answers. */
async function expectNothingLost(url: string, { token, activities }: Conversation): Promise<void> {
  const post = await http(activities, {
    token,
    body: { type: 'message', from: { id: 'u' }, text: 'after' },
  });
  expect(post.status).toBe(200);
  const texts = (await http(activities, { token })).json.activities.map(
    (a: { text?: string }) => a.text,
  );
  expect(texts).toEqual(expect.arrayContaining(['before', 'echo: before', 'after', 'echo: after']));
}

/** After each bad request, an ordinary resident still gets an answer. */
async function expectStillServing(url: string): Promise<void> {
  const { token, activities } = await conversation(url);
  const post = await http(activities, {
    token,
    body: { type: 'message', from: { id: 'u' }, text: 'still there?' },
  });
  expect(post.status).toBe(200);
  const texts = (await http(activities, { token })).json.activities.map(
    (a: { text?: string }) => a.text,
  );
  expect(texts).toContain('echo: still there?');
}

describe('bad input gets a clear 4xx JSON error and the server keeps serving', () => {
  it('malformed JSON → 400', async () => {
    running = await startServer();
    const { token, activities } = await conversation(running.url);
    const res = await http(activities, {
      token,
      raw: '{"type": "message", "text": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({
      code: 'InvalidContent',
      message: 'The request body is not valid JSON.',
    });
    await expectNothingLost(running.url, { token, activities });
    await expectStillServing(running.url);
  });

  it('the wrong content type → 415', async () => {
    running = await startServer();
    const { token, activities } = await conversation(running.url);
    const res = await http(activities, {
      token,
      raw: 'type=message&text=hei',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.json.error.code).toBe('UnsupportedMediaType');
    await expectNothingLost(running.url, { token, activities });
    await expectStillServing(running.url);
  });

  it('a 1 MB message → 413, and an over-long text → 400', async () => {
    running = await startServer();
    const { token, activities } = await conversation(running.url);
    const huge = await http(activities, {
      token,
      body: { type: 'message', from: { id: 'u' }, text: 'a'.repeat(1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('PayloadTooLarge');
    const long = await http(activities, {
      token,
      body: { type: 'message', from: { id: 'u' }, text: 'a'.repeat(5000) },
    });
    expect(long.status).toBe(400);
    expect(long.json.error.message).toMatch(/text must be at most 2000 characters/);
    await expectNothingLost(running.url, { token, activities });
    await expectStillServing(running.url);
  });

  it('an activity that is not an activity → 400 with the field named', async () => {
    running = await startServer();
    const { token, activities } = await conversation(running.url);
    const noType = await http(activities, { token, body: { text: 'hei' } });
    expect(noType.status).toBe(400);
    expect(noType.json.error.message).toMatch(/^type:/);
    const array = await http(activities, { token, body: [1, 2] });
    expect(array.status).toBe(400);
    await expectNothingLost(running.url, { token, activities });
    await expectStillServing(running.url);
  });

  it('an activity without a conversation at /api/messages → 400', async () => {
    running = await startServer();
    const res = await http(`${running.url}/api/messages`, {
      body: {
        type: 'message',
        text: 'hei',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: 'u' },
        recipient: { id: 'b' },
      },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe('The activity has no conversation.id.');
    await expectStillServing(running.url);
  });

  it('an unknown conversation id → 403 with a token, 401 without', async () => {
    running = await startServer();
    const { token } = await conversation(running.url);
    const unknown = `${running.url}/v3/directline/conversations/no-such-conversation/activities`;
    expect((await http(unknown, { token })).status).toBe(403);
    expect((await http(unknown, { token, body: { type: 'message', text: 'x' } })).status).toBe(403);
    expect((await http(unknown)).status).toBe(401);
    await expectStillServing(running.url);
  });

  it('a forged or expired token → 403', async () => {
    let now = 1_000_000;
    running = await startServer({ now: () => now, directLine: { tokenTtlMs: 60_000 } });
    const { token, activities } = await conversation(running.url);
    const forged = await http(activities, { token: 'x'.repeat(43) });
    expect(forged.status).toBe(403);
    expect(forged.json.error.code).toBe('InvalidToken');
    now += 61_000;
    const expired = await http(activities, { token });
    expect(expired.status).toBe(403);
    expect(expired.json.error.code).toBe('TokenExpired');
    const refresh = await http(`${running.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token,
    });
    expect(refresh.status).toBe(403);
    await expectStillServing(running.url);
  });

  it('a flood from one conversation → 429 with Retry-After, while another conversation is served', async () => {
    running = await startServer({ rateLimits: { perConversation: { burst: 10, perSecond: 1 } } });
    const flooder = await conversation(running.url);
    const statuses = await Promise.all(
      Array.from({ length: 30 }, () => http(flooder.activities, { token: flooder.token })),
    );
    const limited = statuses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(19);
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited[0]?.json.error.code).toBe('TooManyRequests');
    await expectStillServing(running.url);
  });

  it('a flood of new conversations or API calls from one address → 429', async () => {
    running = await startServer({
      rateLimits: {
        conversationStartsPerIp: { burst: 5, perSecond: 0.1 },
        apiPerIp: { burst: 5, perSecond: 0.1 },
      },
    });
    const starts = await Promise.all(
      Array.from({ length: 8 }, () =>
        http(`${running!.url}/v3/directline/conversations`, { method: 'POST' }),
      ),
    );
    expect(starts.filter((r) => r.status === 201)).toHaveLength(5);
    expect(starts.filter((r) => r.status === 429)).toHaveLength(3);
    const searches = await Promise.all(
      Array.from({ length: 8 }, () => http(`${running!.url}/api/search?q=hammas`)),
    );
    expect(searches.filter((r) => r.status === 429)).toHaveLength(3);
    expect((await http(`${running.url}/healthz`)).status).toBe(200);
  });

  it('a handler that throws → 500 JSON without details, and the server lives on', async () => {
    const throwing = (server: Server) => {
      server.get('/test/throws', (_req, _res, _next) => {
        throw new Error('secret detail 010101-123N');
      });
      server.get('/test/rejects', async () => {
        throw new Error('async detail');
      });
    };
    running = await startServer({ extraRoutes: [throwing] });
    for (const path of ['/test/throws', '/test/rejects']) {
      const res = await http(`${running.url}${path}`);
      expect(res.status).toBe(500);
      expect(res.json.error.code).toBe('InternalError');
      expect(JSON.stringify(res.json)).not.toMatch(/detail/);
    }
    expect(running.logs.join('\n')).not.toMatch(/010101-123N/);
    await expectStillServing(running.url);
  });

  it('unknown paths → 404 JSON', async () => {
    running = await startServer();
    const res = await http(`${running.url}/no/such/path`);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('ResourceNotFound');
  });
});
