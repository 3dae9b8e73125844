/**
 * Where an instance's publishes spend their time, read from its own log lines
 * (`… in 412 ms (list 12, parse 210, rules 30, engine 151)`, see
 * describeTimings in knowledge/store/publisher.ts), so the bench measures the
 * real server rather than a copy of its steps.
 */
import type { Instance } from '../../support/instance';

/** Collects the log lines of `instance` that match `pattern` from now on. */
export function collectPhases(instance: Instance, pattern: RegExp): { lines(): string[] } {
  const lines: string[] = [];
  let partial = '';
  instance.child.stdout?.on('data', (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) if (pattern.test(line)) lines.push(line);
  });
  return { lines: () => lines };
}

/** `total 402, list 12, parse 201, …` as medians over the lines that carry timings. */
export function phaseSummary(lines: readonly string[]): string {
  const samples = new Map<string, number[]>();
  const add = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
  for (const line of lines) {
    const match = / in (\d+) ms \(([^)]*)\)/.exec(line);
    if (!match) continue;
    add('total', Number(match[1]));
    for (const part of match[2]!.split(', ')) {
      const [name, ms] = part.split(' ');
      if (name && ms) add(name, Number(ms));
    }
  }
  if (samples.size === 0) return 'no timed log lines';
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
  const count = samples.get('total')!.length;
  return `${[...samples].map(([name, values]) => `${name} ${median(values)}`).join(', ')} ms (${count} lines)`;
}
