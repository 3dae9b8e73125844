import type { Io } from '../../knowledge/cli/args';
import { FAKE_REVIEWED_AT } from './knowledge';

/** The commands' clock in tests: noon on the day the fakes were reviewed, whatever the system date. */
export const FAKE_NOW = new Date(`${FAKE_REVIEWED_AT}T10:00:00Z`);

/** An Io that keeps what a command printed, for in-process CLI tests, with a pinned clock. */
export function captureIo(now = FAKE_NOW): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    now: () => now,
  };
}
