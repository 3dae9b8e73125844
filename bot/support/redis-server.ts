/**
 * A real `redis-server` for tests and benches: started on a free loopback port
 * in a temporary directory, without persistence, and stopped afterwards. It
 * never uses a fake: when redis-server is missing it installs Debian's
 * `redis-server` package if we are root (as test/support/chromium.ts does for
 * Chromium), and otherwise reports why, so the tests can skip with that reason.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { realClockEnv } from './real-clock';

const CANDIDATES = [
  process.env.REDIS_SERVER_PATH,
  '/usr/bin/redis-server',
  '/usr/local/bin/redis-server',
];

export type RedisAvailability = { ok: true; path: string } | { ok: false; reason: string };

let cached: RedisAvailability | undefined;

function find(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/** Finds redis-server, installing Debian's package as root when missing. Never throws. */
export function redisServerAvailability(): RedisAvailability {
  if (cached) return cached;
  const found = find();
  if (found) return (cached = { ok: true, path: found });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    return (cached = {
      ok: false,
      reason:
        "redis-server is missing and we are not root: install Debian's package " +
        '(`sudo apt-get install -y redis-server`) or set REDIS_SERVER_PATH.',
    });
  }
  try {
    console.log("redis-server not found: installing Debian's redis-server package…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (err) {
    return (cached = {
      ok: false,
      reason: `apt-get install redis-server failed: ${(err as Error).message}`,
    });
  }
  const installed = find();
  return (cached = installed
    ? { ok: true, path: installed }
    : { ok: false, reason: 'apt-get installed redis-server but no executable was found' });
}

export interface RunningRedis {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts a throwaway redis-server; throws if it cannot be had (check availability first). */
export async function startRedisServer(): Promise<RunningRedis> {
  const availability = redisServerAvailability();
  if (!availability.ok) throw new Error(availability.reason);
  const dir = mkdtempSync(path.join(tmpdir(), 'opastin-redis-'));
  // Another process may grab the port between probing and binding: retry a few times.
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      availability.path,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'yes',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: realClockEnv() },
    );
    const ready = await waitForReady(child);
    if (ready === true) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        stop: () => stop(child, dir),
      };
    }
    await stop(child, undefined);
    if (attempt >= 3) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start: ${ready}`);
    }
  }
}

function waitForReady(child: ChildProcess): Promise<true | string> {
  return new Promise((resolve) => {
    let output = '';
    const timer = setTimeout(() => resolve(`no "Ready" within 10 s; output: ${output}`), 10_000);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(true);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(`exited with code ${code}; output: ${output}`);
    });
  });
}

function stop(child: ChildProcess, dir: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
