/**
 * Starting and stopping a throwaway PostgreSQL server, for the tests
 * (test/support/postgres.ts adds vitest's hooks) and the benches. Kept apart
 * from vitest so the global setup and `npm run bench:*` can use it too.
 *
 * initdb and pg_ctl refuse to run as root, so as root they run as the
 * `postgres` user (`runuser`) in a directory chowned to it. initdb is the slow
 * part (seconds); the first file of a run initialises a template cluster in
 * the run's directory (global-setup.ts) and every file copies it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port';

export type PostgresAvailability = { ok: true; binDir: string } | { ok: false; reason: string };

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findBinDir(): string | undefined {
  const fromEnv = process.env.OPASTIN_PG_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(root, version, 'bin');
    if (existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const which = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = which.status === 0 ? which.stdout.trim() : '';
  return dir && existsSync(path.join(dir, 'initdb')) ? dir : undefined;
}

let availability: PostgresAvailability | undefined;

/**
 * Finds initdb/pg_ctl; as root installs Debian's `postgresql` package when they
 * are missing (as is done for Chromium). Says why when PostgreSQL cannot be had.
 */
export function postgresAvailability(): PostgresAvailability {
  if (availability) return availability;
  let binDir = findBinDir();
  if (!binDir && isRoot) {
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && apt-get install -y -qq postgresql'],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    if (install.status === 0) binDir = findBinDir();
  }
  if (!binDir) {
    availability = {
      ok: false,
      reason: isRoot
        ? "PostgreSQL binaries (initdb, pg_ctl) are missing and apt-get could not install Debian's postgresql package"
        : 'PostgreSQL binaries (initdb, pg_ctl) are missing; as root run: apt-get install -y postgresql (or set OPASTIN_PG_BIN)',
    };
    return availability;
  }
  if (isRoot && spawnSync('id', ['postgres']).status !== 0) {
    availability = {
      ok: false,
      reason: 'running as root but there is no `postgres` user to run initdb and pg_ctl as',
    };
    return availability;
  }
  availability = { ok: true, binDir };
  return availability;
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function run(binDir: string, tool: string, args: string[]): void {
  const command = path.join(binDir, tool);
  const [file, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

function chownToPostgres(dir: string): void {
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}

/** A freshly initialised cluster in `dataDir`, copied from the run's template when there is one. */
function initCluster(binDir: string, dataDir: string): void {
  const templateRoot = process.env.OPASTIN_PG_TEMPLATE_ROOT;
  const initdb = (target: string) =>
    run(binDir, 'initdb', [
      '-D',
      target,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
  if (!templateRoot || !existsSync(templateRoot)) return initdb(dataDir);
  const template = path.join(templateRoot, `cluster-${path.basename(path.dirname(binDir))}`);
  if (!existsSync(template)) {
    // Several files may race to build it: each builds its own and renames it into place; one wins.
    const own = mkdtempSync(path.join(templateRoot, 'building-'));
    chownToPostgres(own);
    initdb(path.join(own, 'data'));
    try {
      renameSync(path.join(own, 'data'), template);
    } catch {
      // Another file's template won the race; ours is discarded below.
    }
    rmSync(own, { recursive: true, force: true });
  }
  execFileSync('cp', ['-a', template, dataDir]);
}

export interface PostgresServer {
  /** A connection string for `database` on this server. */
  url(database?: string): string;
  /** Creates an empty database and returns its connection string. */
  newDatabase(): Promise<string>;
  stop(): void;
}

/** Starts a throwaway PostgreSQL on a free loopback port. Call `stop()` when done. */
export async function startPostgres(binDir: string): Promise<PostgresServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'opastin-pg-'));
  chownToPostgres(root);
  const dataDir = path.join(root, 'data');
  initCluster(binDir, dataDir);
  chownToPostgres(root);
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      // Durability settings off: the tests prove concurrency and SQL, not crash safety of the disk.
      const options = `-p ${port} -h 127.0.0.1 -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB`;
      run(binDir, 'pg_ctl', [
        '-D',
        dataDir,
        '-o',
        options,
        '-l',
        path.join(root, 'log'),
        '-w',
        'start',
      ]);
      break;
    } catch (error) {
      // Another process took the port between the probe and the start: try another.
      if (attempt >= 3) {
        rmSync(root, { recursive: true, force: true });
        throw error;
      }
    }
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  // A worker that dies without afterAll must not leave a server behind.
  process.once('exit', stop);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let count = 0;
  return {
    url,
    async newDatabase() {
      const name = `t${process.pid}_${++count}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
  };
}

/** The run's template directory: made by global-setup.ts, removed by its teardown. */
export function createTemplateRoot(): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), 'opastin-pg-template-'));
  chownToPostgres(root);
  return {
    root,
    remove: () => {
      if (existsSync(root) && statSync(root).isDirectory())
        rmSync(root, { recursive: true, force: true });
    },
  };
}
