import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionStatus } from 'botframework-directlinejs';
import {
  directLineClient,
  EchoBot,
  http,
  nextActivity,
  startServer,
  type Running,
  type WireActivity,
} from '../harness';

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const fromBot = (a: { from: { role?: string } }) => a.from.role === 'bot';

describe('Direct Line with the official directlinejs client', () => {
  it('welcomes the resident in the start locale, echoes their message with its clientActivityID, then the reply', async () => {
    running = await startServer();
    const dl = directLineClient(running.url, { locale: 'sv-FI' });
    try {
      const welcome = await nextActivity(dl, fromBot);
      expect(welcome).toMatchObject({ type: 'message', text: 'welcome sv-FI' });

      const seen: WireActivity[] = [];
      const sub = dl.activity$.subscribe((a) => seen.push(a as unknown as WireActivity));
      const id = await new Promise<string>((resolve, reject) =>
        dl
          .postActivity({
            type: 'message',
            from: { id: 'resident-1', role: 'user' },
            text: 'hei',
            channelData: { clientActivityID: 'client-42' },
          } as unknown as Parameters<typeof dl.postActivity>[0])
          .subscribe(resolve, reject),
      );
      await nextActivity(
        dl,
        (a) => fromBot(a) && (a as unknown as WireActivity).text === 'echo: hei',
      );
      sub.unsubscribe();
      const echo = seen.find((a) => a.id === id);
      expect(echo).toMatchObject({ text: 'hei', from: { id: 'resident-1', role: 'user' } });
      expect(echo?.channelData?.clientActivityID).toBe('client-42');
      const reply = seen.find((a) => a.text === 'echo: hei');
      expect(reply?.replyToId).toBe(id);
      expect(seen.indexOf(echo as WireActivity)).toBeLessThan(seen.indexOf(reply as WireActivity));
    } finally {
      dl.end();
    }
  });

  it('returns only newer activities after a watermark', async () => {
    running = await startServer();
    const start = await http(`${running.url}/v3/directline/conversations`, { method: 'POST' });
    expect(start.status).toBe(201);
    const { conversationId, token, expires_in } = start.json;
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect(expires_in).toBeGreaterThan(60);
    const base = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
    const first = await http(base, { token });
    expect(first.json.activities.map((a: WireActivity) => a.text)).toEqual(['welcome no-locale']);
    await http(base, { token, body: { type: 'message', from: { id: 'u' }, text: 'one' } });
    const second = await http(`${base}?watermark=${first.json.watermark}`, { token });
    expect(second.json.activities.map((a: WireActivity) => a.text)).toEqual(['one', 'echo: one']);
    const third = await http(`${base}?watermark=${second.json.watermark}`, { token });
    expect(third.json.activities).toEqual([]);
  });

  it("refuses another conversation's token (403) and a missing token (401)", async () => {
    running = await startServer();
    const a = (await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })).json;
    const b = (await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })).json;
    const urlA = `${running.url}/v3/directline/conversations/${a.conversationId}/activities`;
    const crossRead = await http(urlA, { token: b.token });
    expect(crossRead.status).toBe(403);
    expect(crossRead.json.error.code).toBe('TokenConversationMismatch');
    const crossPost = await http(urlA, { token: b.token, body: { type: 'message', text: 'x' } });
    expect(crossPost.status).toBe(403);
    const none = await http(urlA);
    expect(none.status).toBe(401);
    const forged = await http(urlA, { token: `${a.token.slice(0, -2)}xx` });
    expect(forged.status).toBe(403);
    expect((await http(urlA, { token: a.token })).status).toBe(200);
  });

  it('expires tokens; a refreshed token keeps the conversation', async () => {
    let now = 1_000_000;
    running = await startServer({ now: () => now, directLine: { tokenTtlMs: 60_000 } });
    const { conversationId, token } = (
      await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })
    ).json;
    const url = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
    now += 40_000;
    const refreshed = await http(`${running.url}/v3/directline/tokens/refresh`, {
      method: 'POST',
      token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.conversationId).toBe(conversationId);
    expect(refreshed.json.token).not.toBe(token);
    now += 30_000;
    const expired = await http(url, { token });
    expect(expired.status).toBe(403);
    expect(expired.json.error.code).toBe('TokenExpired');
    expect((await http(url, { token: refreshed.json.token })).status).toBe(200);
  });

  it('drops idle conversations', async () => {
    let now = 1_000_000;
    running = await startServer({
      now: () => now,
      directLine: { conversationIdleMs: 60_000, tokenTtlMs: 600_000 },
    });
    const { conversationId, token } = (
      await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })
    ).json;
    now += 61_000;
    await http(`${running.url}/v3/directline/conversations`, { method: 'POST' }); // triggers a sweep
    const gone = await http(
      `${running.url}/v3/directline/conversations/${conversationId}/activities`,
      { token },
    );
    expect(gone.status).toBe(404);
    const health = await http(`${running.url}/healthz`);
    expect(health.json.conversations).toBe(1);
  });

  it('the directlinejs client reports an expired token', async () => {
    let now = 1_000_000;
    running = await startServer({ now: () => now, directLine: { tokenTtlMs: 60_000 } });
    const dl = directLineClient(running.url);
    try {
      await nextActivity(dl, fromBot);
      now += 120_000;
      const status = await new Promise((resolve) =>
        dl.connectionStatus$.subscribe((s) => s === ConnectionStatus.ExpiredToken && resolve(s)),
      );
      expect(status).toBe(ConnectionStatus.ExpiredToken);
    } finally {
      dl.end();
    }
  });

  it('with a secret: starting needs it, and /tokens/generate hands out tokens', async () => {
    running = await startServer({ directLineSecret: 'county-secret' });
    const base = `${running.url}/v3/directline`;
    expect((await http(`${base}/conversations`, { method: 'POST' })).status).toBe(401);
    expect((await http(`${base}/conversations`, { method: 'POST', token: 'wrong' })).status).toBe(
      403,
    );
    expect((await http(`${base}/tokens/generate`, { method: 'POST' })).status).toBe(401);
    const generated = await http(`${base}/tokens/generate`, {
      method: 'POST',
      token: 'county-secret',
    });
    expect(generated.status).toBe(200);
    const dl = directLineClient(running.url, { token: generated.json.token });
    try {
      const welcome = await nextActivity(dl, fromBot);
      expect(welcome.conversation?.id).toBe(generated.json.conversationId);
    } finally {
      dl.end();
    }
  });

  it('keeps serving when the bot throws: the resident gets the safe message', async () => {
    running = await startServer();
    const { conversationId, token } = (
      await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })
    ).json;
    const url = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
    const post = await http(url, {
      token,
      body: { type: 'message', from: { id: 'u' }, text: 'throw' },
    });
    expect(post.status).toBe(200);
    const texts = (await http(url, { token })).json.activities.map((a: WireActivity) => a.text);
    expect(texts).toContain('sorry, something went wrong');
  });

  it('the page token endpoint refuses other websites but serves the page itself', async () => {
    running = await startServer({ directLineSecret: 'county-secret' });
    const host = new URL(running.url).host;
    const foreign = await http(`${running.url}/api/webchat/token`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const own = await http(`${running.url}/api/webchat/token`, {
      body: { locale: 'sv-FI' },
      headers: { Origin: `http://${host}` },
    });
    expect(own.status).toBe(200);
    const activities = `${running.url}/v3/directline/conversations/${own.json.conversationId}/activities`;
    const first = await http(activities, { token: own.json.token });
    expect(first.json.activities[0].text).toBe('welcome sv-FI');
  });
});

describe('what the Direct Line keeps of a resident activity', () => {
  it.each([
    ['131052 308T', 'hetu [***] kiitos'],
    ['131052\u2212308T', 'hetu [***] kiitos'],
    ['x(at)example.fi', 'hetu [***] kiitos'],
    ['040/1234567', 'hetu [***] kiitos'],
  ])(
    'the echo the client polls back has %s redacted; the bot still read the message',
    async (secret, shown) => {
      running = await startServer();
      const start = await http(`${running.url}/v3/directline/conversations`, { method: 'POST' });
      const { conversationId, token } = start.json;
      const url = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
      const post = await http(url, {
        token,
        body: {
          type: 'message',
          from: { id: 'u' },
          text: `hetu ${secret} kiitos`,
          channelData: { clientActivityID: 'c-1' },
        },
      });
      const echo = (await http(url, { token })).json.activities.find(
        (a: WireActivity) => a.id === post.json.id,
      );
      expect(echo.text).toBe(shown);
      expect(echo.channelData).toEqual({ clientActivityID: 'c-1' });
      const botSaw = (await http(url, { token })).json.activities.find(
        (a: WireActivity) => a.from.role === 'bot' && a.text?.startsWith('echo: hetu'),
      ).text;
      expect(botSaw).toContain(secret);
    },
  );
});

describe('the address the bot caps insight by', () => {
  it('is hashed, never the raw IP, and a client cannot set it', async () => {
    const seen: unknown[] = [];
    const bot = new EchoBot();
    bot.onMessage(async (context, next) => {
      seen.push(context.activity.channelData);
      await next();
    });
    running = await startServer({ bot });
    const { conversationId, token } = (
      await http(`${running.url}/v3/directline/conversations`, { method: 'POST' })
    ).json;
    const url = `${running.url}/v3/directline/conversations/${conversationId}/activities`;
    await http(url, {
      token,
      body: {
        type: 'message',
        from: { id: 'u' },
        text: 'a',
        channelData: { opastinAddressHash: 'forged' },
      },
    });
    const [channelData] = seen as { opastinAddressHash?: string }[];
    expect(channelData?.opastinAddressHash).toMatch(/^[\w-]{22}$/);
    expect(channelData?.opastinAddressHash).not.toBe('forged');
    expect(JSON.stringify(seen)).not.toContain('127.0.0.1');
  });
});
