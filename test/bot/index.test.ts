import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/loader';

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

let output = '';

/** Stops the running server and waits until it has exited. */
async function stop(): Promise<void> {
  const running = child;
  child = undefined;
  if (!running || running.exitCode !== null) return;
  await new Promise((resolve) => {
    running.once('exit', resolve);
    running.kill();
  });
}

/** Starts `tsx bot/index.ts` like `npm start` and resolves with the URL from its startup line. */
function start(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = '';
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

  it('on a restart with a broken file, serves the last accepted knowledge and says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'opastin-kb-'));
    await cp(BUNDLED_KNOWLEDGE_DIR, dir, { recursive: true });
    const data = await mkdtemp(path.join(tmpdir(), 'opastin-data-'));
    const env = { PORT: '0', OPASTIN_KNOWLEDGE_DIR: dir, OPASTIN_DATA_DIR: data };
    const first = await start(env);
    expect((await (await fetch(`${first}/healthz`)).json()).knowledge).toEqual({
      source: 'directory',
      problems: 0,
    });
    await stop();

    const dental = path.join(dir, 'services/dental-care.yaml');
    await writeFile(dental, `${await readFile(dental, 'utf8')}\nlevel: [broken\n`);
    const url = await start(env);
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health.knowledge).toMatchObject({ source: 'last-accepted' });
    expect(health.knowledge.problems).toBeGreaterThan(0);
    const search = await fetch(`${url}/api/search?q=${encodeURIComponent('hammaslääkäri')}`);
    expect((await search.json()).results[0].id).toBe('dental-care');
    expect(output).toMatch(/services\/dental-care\.yaml:\d+: error/);
    expect(output).toMatch(/last accepted version/);
  }, 120_000);
});
