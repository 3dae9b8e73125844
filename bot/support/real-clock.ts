/**
 * CI runs the suite a second time a year ahead under libfaketime (LD_PRELOAD).
 * Node takes the shifted clock well; native servers and browsers the tests
 * start do not (Chromium starts in minutes instead of seconds, redis-server
 * aborts on a recursive clock_gettime). They need no shifted clock: every date
 * the tests check is decided in Node, and Redis TTLs are relative.
 */

/** The environment to start a native helper process with: ours, less libfaketime. */
export function realClockEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined || key === 'LD_PRELOAD' || key.startsWith('FAKETIME')) continue;
    kept[key] = value;
  }
  return kept;
}
