import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { http, startServer } from './harness';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Starts the real server (`npm start`) and collects everything it writes to stdout and stderr. */
async function startProcess(): Promise<{ url: string; output: () => string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'opastin-log-'));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        OPASTIN_DATA_DIR: dataDir,
        DIRECTLINE_SECRET: 'dl-secret-4242',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => reject(new Error(`no startup line:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Opastin is serving \d+ services .* at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { url, output: () => output };
}

/** JSON text of a value nested `depth` objects deep (built as text: stringify would recurse that deep). */
function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}"BODY-MARKER-deep"${'}'.repeat(depth)}`;
}

describe('the server never logs tokens, authorization headers or bodies', () => {
  it('provoked errors leave no token, secret or body in the output, and the conversation keeps working', async () => {
    const { url, output } = await startProcess();
    const start = await http(`${url}/v3/directline/conversations`, {
      method: 'POST',
      token: 'dl-secret-4242',
    });
    expect(start.status).toBe(201);
    const { conversationId, token } = start.json;
    const activities = `${url}/v3/directline/conversations/${conversationId}/activities`;
    const text = 'BODY-MARKER-text';

    const deep = await http(activities, {
      token,
      raw: `{"type":"event","name":"x","from":{"id":"u"},"value":${nested(2000)}}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(deep.status).toBe(400);
    expect(deep.json.error.message).toBe('value is nested too deeply (at most 8 levels)');
    const deeper = await http(activities, {
      token,
      raw: `{"type":"event","name":"x","from":{"id":"u"},"value":${nested(5000)}}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(deeper.status).toBe(413);
    expect(deeper.json.error.message).toMatch(/at most 16384 bytes/);
    const wide = await http(activities, {
      token,
      body: { type: 'event', name: 'x', from: { id: 'u' }, value: { a: 'x'.repeat(20_000) } },
    });
    expect(wide.status).toBe(413);
    const large = await http(activities, {
      token,
      body: { type: 'event', name: 'x', from: { id: 'u' }, value: { a: 'x'.repeat(5_000) } },
    });
    expect(large.status).toBe(400);
    expect(large.json.error.message).toBe('value is too large (at most 4096 bytes as JSON)');
    const broken = await http(activities, {
      token,
      raw: `{"type":"message","text":"${text}`,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    const huge = await http(activities, {
      token,
      raw: JSON.stringify({ type: 'message', text, pad: 'x'.repeat(200_000) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    for (const body of [{ type: 'message', text }, 'nope', { type: 'message', serviceUrl: 'x' }])
      await http(`${url}/api/messages`, {
        body,
        headers: { Authorization: `Bearer ${token}` },
      });
    await http(`${url}/v3/directline/conversations/nope/activities`, { token });
    await http(`${url}/static/__proto__`, { token });
    await http(`${url}/admin/api/services`, { token });

    const poll = await http(activities, { token });
    expect(poll.status).toBe(200);
    const ok = await http(activities, {
      token,
      body: { type: 'message', from: { id: 'u' }, text: 'hammaslääkäri' },
    });
    expect(ok.status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const log = output();
    expect(log).not.toContain(token);
    expect(log).not.toContain('dl-secret-4242');
    expect(log).not.toMatch(/authorization/i);
    expect(log).not.toContain('BODY-MARKER');
  }, 90_000);
});

describe("restify's own logger", () => {
  it('logs a response it cannot format without the Authorization header, cookie, query or body', async () => {
    let captured = '';
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        captured += chunk.toString();
        callback();
      },
    });
    const running = await startServer({
      restifyLogDestination: destination,
      extraRoutes: [
        (server) =>
          server.post('/unformattable', async (_req, res) => {
            const body: Record<string, unknown> = {};
            body.self = body; // JSON cannot format this: restify logs the request
            res.send(200, body);
          }),
      ],
    });
    try {
      const res = await http(`${running.url}/unformattable?q=QUERY-MARKER`, {
        body: { text: 'BODY-MARKER' },
        headers: {
          Authorization: 'Bearer TOKEN-MARKER-abcdefghijklmnopqrstuvwxyz0123456789',
          Cookie: 'opastin_session=COOKIE-MARKER',
        },
      });
      expect(res.status).toBe(500);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(captured).toContain('/unformattable'); // it did log, and says where
      for (const marker of ['TOKEN-MARKER', 'COOKIE-MARKER', 'QUERY-MARKER', 'BODY-MARKER'])
        expect(captured).not.toContain(marker);
      expect(captured).not.toMatch(/authorization|cookie/i);
    } finally {
      await running.close();
    }
  });
});
