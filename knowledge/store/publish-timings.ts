/**
 * Where one publish (a save or a reload) spent its time, for the server log
 * and `npm run bench:publish`, which reads those log lines.
 */
import type { GateTimings } from '../accept';

/** Milliseconds per phase. */
export interface PublishTimings extends GateTimings {
  /** Reading every content file from the store. */
  listMs: number;
  /** The store's write (saves only). */
  writeMs?: number;
  /** Building the search engine for the new version; 0 when nothing was swapped. */
  engineMs: number;
  /**
   * CPU time the process used meanwhile (requests served in between included):
   * what the publish costs whatever else the machine is doing.
   */
  cpuMs?: number;
}

/** Starts timing a publish; `done()` fills in the CPU time and returns the timings. */
export function startTimings(): { timings: PublishTimings; done(): PublishTimings } {
  const cpu = process.cpuUsage();
  const timings: PublishTimings = { listMs: 0, parseMs: 0, rulesMs: 0, engineMs: 0 };
  return {
    timings,
    done() {
      const used = process.cpuUsage(cpu);
      timings.cpuMs = (used.user + used.system) / 1000;
      return timings;
    },
  };
}

/** `412 ms (list 12, parse 210, rules 30, write 9, engine 151, cpu 380)`: one line for a log. */
export function describeTimings(t: PublishTimings): string {
  const parts: [string, number | undefined][] = [
    ['list', t.listMs],
    ['parse', t.parseMs],
    ['rules', t.rulesMs],
    ['write', t.writeMs],
    ['engine', t.engineMs],
  ];
  const total = parts.reduce((sum, [, ms]) => sum + (ms ?? 0), 0);
  const shown = [...parts, ['cpu', t.cpuMs] as [string, number | undefined]]
    .filter(([, ms]) => ms !== undefined)
    .map(([name, ms]) => `${name} ${Math.round(ms!)}`);
  return `${Math.round(total)} ms (${shown.join(', ')})`;
}
