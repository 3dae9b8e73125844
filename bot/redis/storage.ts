/**
 * botbuilder's `Storage` in Redis, so the bot's conversation state follows a
 * resident to whichever instance serves their next message. eTags work as in
 * botbuilder's MemoryStorage: a write carrying an eTag succeeds only if the
 * stored item still has that eTag (checked and set in one Lua script, so two
 * instances cannot both win), and `*` or no eTag overwrites. Items expire
 * `ttlMs` after their last read or write, with their Direct Line conversation.
 */
import { randomBytes } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { KEY_PREFIX, type Redis } from './client';

const P = `${KEY_PREFIX}state:`;

// KEYS: item; ARGV: expected eTag ('' or '*': any), value JSON, new eTag, ttl ms (0: none)
const CHECK_AND_SET = `
local current = redis.call('HGET', KEYS[1], 'e')
if ARGV[1] ~= '' and ARGV[1] ~= '*' and current and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e', ARGV[3], 'v', ARGV[2])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1`;

/** Thrown when a write's eTag no longer matches: another turn saved first. */
export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

export class RedisStorage implements Storage {
  constructor(
    readonly redis: Redis,
    readonly options: { ttlMs?: number } = {},
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const ttl = this.options.ttlMs ?? 0;
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const [eTag, json] = await this.redis.hmGet(P + key, ['e', 'v']);
        if (!json) return;
        if (ttl > 0) await this.redis.pExpire(P + key, ttl);
        items[key] = { ...(JSON.parse(json) as object), eTag: eTag ?? undefined };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const written = await this.redis.eval(CHECK_AND_SET, {
          keys: [P + key],
          arguments: [
            eTag ?? '',
            JSON.stringify(value),
            randomBytes(12).toString('base64url'),
            String(this.options.ttlMs ?? 0),
          ],
        });
        if (Number(written) !== 1) throw new ETagConflictError(key);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(keys.map((key) => P + key));
  }
}
