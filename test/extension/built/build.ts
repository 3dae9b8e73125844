/**
 * Builds the extension for the tests that need the real thing (manifest,
 * end to end), once: a fresh build is reused, and a lock keeps two test files
 * from building into .output at the same time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_DIR = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIR = join(ROOT, '.output/firefox-mv2');
const SOURCES = ['extension', 'knowledge', 'wxt.config.ts', 'package.json'].map((p) =>
  join(ROOT, p),
);
const LOCK = join(ROOT, '.output/.test-build-lock');
const STALE_LOCK_MS = 5 * 60_000;

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

function isFresh(): boolean {
  const manifests = [CHROME_DIR, FIREFOX_DIR].map((dir) => join(dir, 'manifest.json'));
  if (!manifests.every(existsSync)) return false;
  const built = Math.min(...manifests.map((m) => statSync(m).mtimeMs));
  return SOURCES.every((source) => !existsSync(source) || newestChange(source) < built);
}

async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds .output/chrome-mv3 and .output/firefox-mv2 unless a build newer than every source exists. */
export async function ensureBuilt(): Promise<void> {
  await withLock(() => {
    if (isFresh()) return;
    const wxt = join(ROOT, 'node_modules/.bin/wxt');
    for (const args of [['build'], ['build', '-b', 'firefox']]) {
      execFileSync(wxt, args, { cwd: ROOT, stdio: 'pipe', timeout: 170_000 });
    }
  });
}
