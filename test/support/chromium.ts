/**
 * Finds Debian's Chromium for end-to-end tests. It never downloads a browser:
 * when Chromium is missing it installs Debian's `chromium` package if we are
 * root, and otherwise fails with the exact command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { realClockEnv } from '../../bot/support/real-clock';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p as string));
}

/** Returns the path of a Chromium executable, installing Debian's package as root if needed. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new ChromiumMissingError(
      "Chromium is needed for the end-to-end tests. Install Debian's package as root: " +
        '`sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH).',
    );
  }
  console.log(
    "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…",
  );
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed)
    throw new ChromiumMissingError('apt-get installed chromium but no executable was found');
  return installed;
}

/**
 * Flags for headless Chromium on a machine with no network: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The environment to start Chromium with: ours, less libfaketime (see real-clock.ts). */
export const chromiumEnv = realClockEnv;
