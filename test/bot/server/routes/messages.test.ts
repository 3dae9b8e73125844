import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { serviceUrlPolicy } from '../../../../bot/server/routes/messages';
import { EchoBot, http, startServer, type Running } from '../harness';

let running: Running | undefined;
let channel: HttpServer | undefined;
afterEach(async () => {
  await running?.close();
  channel?.closeAllConnections();
  await new Promise((resolve) => (channel ? channel.close(resolve) : resolve(undefined)));
  running = undefined;
  channel = undefined;
});

/** A fake channel on loopback (like the Emulator) that records what the bot sends it. */
async function fakeChannel(): Promise<{
  url: string;
  received: { path: string; body: { text?: string } }[];
}> {
  const received: { path: string; body: { text?: string } }[] = [];
  channel = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body || '{}') });
      // restify patches ServerResponse globally; its writeHead does not return `this`.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"1"}');
    });
  });
  await new Promise<void>((resolve) => channel!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(channel.address() as AddressInfo).port}`, received };
}

function activity(serviceUrl: string, text = 'hei') {
  return {
    type: 'message',
    id: 'act-1',
    text,
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'resident' },
    recipient: { id: 'bot' },
    conversation: { id: 'conv-1' },
  };
}

describe('POST /api/messages', () => {
  it('without credentials, answers a configured channel through the CloudAdapter', async () => {
    const fake = await fakeChannel();
    running = await startServer({ serviceUrls: [fake.url] });
    const res = await http(`${running.url}/api/messages`, { body: activity(fake.url) });
    expect(res.status).toBe(200);
    expect(fake.received).toEqual([
      expect.objectContaining({
        path: '/v3/conversations/conv-1/activities/act-1',
        body: expect.objectContaining({ text: 'echo: hei' }),
      }),
    ]);
  });

  it('without credentials, refuses any other serviceUrl before the bot runs (no SSRF)', async () => {
    let turns = 0;
    const bot = new EchoBot();
    bot.onTurn(async (_context, next) => {
      turns += 1;
      await next();
    });
    running = await startServer({ bot });
    for (const serviceUrl of [
      'https://attacker.example',
      'http://169.254.169.254/latest',
      'file:///etc/passwd',
      'http://user:pw@localhost:1',
    ]) {
      const res = await http(`${running.url}/api/messages`, { body: activity(serviceUrl) });
      expect(res.status, serviceUrl).toBe(403);
      expect(res.json.error.code).toBe('ServiceUrlNotAllowed');
    }
    expect(turns).toBe(0);
  });

  it('without credentials, sends nothing to a loopback port that was not configured', async () => {
    const fake = await fakeChannel();
    const port = new URL(fake.url).port;
    // The configured channel listens elsewhere; the attacker names the unconfigured listener.
    running = await startServer({
      publicUrl: 'https://opastin.example.fi',
      serviceUrls: ['http://127.0.0.1:1'],
    });
    for (const serviceUrl of [
      fake.url,
      `http://127.1:${port}`,
      `http://LOCALHOST:${port}`,
      `http://localhost:${port}/anything?x=1`,
      `http://[::1]:${port}`,
      `http://0x7f000001:${port}`,
    ]) {
      const res = await http(`${running.url}/api/messages`, { body: activity(serviceUrl) });
      expect(res.status, serviceUrl).toBe(403);
      expect(res.json.error.code).toBe('ServiceUrlNotAllowed');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.received).toEqual([]);
  });

  it('with credentials, a request without a JWT is refused with 401', async () => {
    const botAuth = new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'pw',
    });
    running = await startServer({
      botAuth,
      adapter: new CloudAdapter(botAuth),
      appId: 'app-id',
      authEnabled: true,
    });
    const res = await http(`${running.url}/api/messages`, {
      body: activity('https://smba.trafficmanager.net/emea/'),
    });
    expect(res.status).toBe(401);
  });
});

describe('serviceUrlPolicy allows exactly the configured origins', () => {
  const allowed = serviceUrlPolicy(['https://opastin.example.fi/', 'http://LOCALHOST:3979']);
  it.each([
    ['https://opastin.example.fi/v3/directline', true],
    ['https://OPASTIN.example.fi:443/', true],
    ['http://localhost:3979/', true],
    ['http://localhost:3979/v3/conversations', true],
    ['http://localhost:3978', false],
    ['http://127.0.0.1:3979', false],
    ['http://127.1:3979', false],
    ['http://[::1]:3979', false],
    ['http://opastin.example.fi', false],
    ['https://opastin.example.fi:8443', false],
    ['https://opastin.example.fi.attacker.example', false],
    ['https://opastin.example.fi/?next=http://evil', false],
    ['https://user:pw@opastin.example.fi', false],
    ['https://example.com', false],
    ['ftp://localhost:3979', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(allowed(url)).toBe(expected);
  });
});
