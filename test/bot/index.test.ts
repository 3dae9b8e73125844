import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

/** Starts `tsx bot/index.ts` like `npm start` and resolves with the URL from its startup line. */
function start(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
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
}

describe('bot/index.ts (npm start)', () => {
  it('loads the bundled knowledge, starts on PORT and logs its URL', async () => {
    const url = await start({ PORT: '0' });
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health.status).toBe('ok');
    expect(health.services).toBeGreaterThan(10);
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('webchat.js');
  }, 90_000);

  it('with DIRECTLINE_SECRET set, outsiders cannot start conversations but the page can', async () => {
    const url = await start({ PORT: '0', DIRECTLINE_SECRET: 'test-secret' });
    expect((await fetch(`${url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(
      401,
    );
    const token = await fetch(`${url}/api/webchat/token`, { method: 'POST' });
    expect(token.status).toBe(200);
  }, 90_000);
});
