/**
 * The Redis connection the shared-state stores are given. node-redis (the
 * `redis` package) is Redis's own client: TypeScript-native, with pub/sub,
 * WATCH/MULTI and Lua scripts, which is all Opastin needs. Only bot/index.ts
 * (and tests and benches) connect; the stores take a client as a parameter.
 */
import { createClient } from 'redis';

/** A connected node-redis client. */
export type Redis = ReturnType<typeof createOpastinClient>;

function createOpastinClient(url: string) {
  return createClient({
    url,
    // While Redis is unreachable, requests fail at once (a clear 500) instead of queueing up.
    disableOfflineQueue: true,
    socket: {
      // Fail a connection attempt after a few seconds; retry with backoff up to 2 s apart.
      connectTimeout: 5000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  });
}

/** Prefix of every key Opastin writes, so one Redis can be shared with other software. */
export const KEY_PREFIX = 'opastin:';

/**
 * Connects to `url`. Connection errors are logged (without the URL, which may
 * hold a password) instead of crashing: node-redis reconnects by itself, and
 * requests made meanwhile fail with a clear error rather than hanging forever.
 */
export async function connectRedis(url: string, log: (line: string) => void): Promise<Redis> {
  const client = createOpastinClient(url);
  let lastError = '';
  client.on('error', (err: Error) => {
    // One line per kind of failure, not one per reconnect attempt.
    const line = `redis: ${err.name}: ${err.message.replace(/redis:\/\/\S+/g, 'redis://…')}`;
    if (line !== lastError) log(line);
    lastError = line;
  });
  client.on('ready', () => (lastError = ''));
  await client.connect();
  return client;
}
