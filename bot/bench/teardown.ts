/**
 * What a bench that starts servers needs so it never leaves them behind: a
 * stack of clean-ups run newest first (on the normal end, on Ctrl-C), and a
 * hard stop after ten minutes even if something hangs.
 */
export interface Teardown {
  /** Registers a clean-up; it runs before the ones registered earlier. */
  add(step: () => unknown): void;
  /** Runs and forgets every registered clean-up; a failing one does not stop the rest. */
  run(): Promise<void>;
}

export function benchTeardown(name: string, limitMs = 600_000): Teardown {
  const steps: (() => unknown)[] = [];
  const run = async () => {
    for (const step of steps.splice(0).reverse())
      await Promise.resolve()
        .then(step)
        .catch(() => undefined);
  };
  const hardStop = setTimeout(() => {
    console.error(`${name}: over ${Math.round(limitMs / 60_000)} minutes, stopping`);
    process.exit(1);
  }, limitMs);
  hardStop.unref();
  process.once('SIGINT', () => void run().finally(() => process.exit(130)));
  return { add: (step) => void steps.push(step), run };
}
