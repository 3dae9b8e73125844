/**
 * How an instance learns that another one published: it reads the store's
 * version (one tiny query) every `intervalMs` (default 250 ms) and reloads
 * when another instance changed it. A save on instance A is therefore served
 * by instance B within about one interval plus a reload, with no extra server. A faster notice (Redis
 * pub/sub) only has to call `check()`.
 */
export interface KnowledgeFollower {
  /** Compares the version now and reloads if it moved; calls never overlap. */
  check(): Promise<void>;
  stop(): void;
}

export interface FollowOptions {
  intervalMs?: number;
  /** The version the served knowledge was loaded at; unset: whatever the first check finds. */
  since?: string;
  log?: (line: string) => void;
}

export function followKnowledge(
  store: { version(): Promise<string> },
  reload: () => Promise<unknown>,
  { intervalMs = 250, since, log = (line) => console.log(line) }: FollowOptions = {},
): KnowledgeFollower {
  let last = since;
  let running: Promise<void> | undefined;
  let again = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const once = async () => {
    try {
      const version = await store.version();
      if (failing) log('knowledge: database reachable again');
      failing = false;
      if (last !== undefined && version !== last) await reload();
      last = version;
    } catch (error) {
      // Logged once per outage, not once a second; the last good knowledge keeps serving.
      if (!failing) log(`knowledge: cannot check for new versions: ${(error as Error).message}`);
      failing = true;
    }
  };

  const check = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = once().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void check();
      }
    });
    return running;
  };

  const tick = () => {
    timer = setTimeout(() => {
      void check().finally(() => {
        if (!stopped) tick();
      });
    }, intervalMs);
    timer.unref();
  };
  void check().finally(tick);

  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
