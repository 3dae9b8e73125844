/**
 * The Direct Line's conversations, streams and tokens in Redis, so any
 * instance serves any request: a resident may post through one instance and
 * poll another, and a conversation outlives the instance that started it.
 * Each change is one Lua script (atomic in Redis), every key has a TTL, and
 * the same bounds as in memory apply: activities and streams are cut by
 * count and bytes (stored-activity.ts) and live conversations are capped.
 * The store-wide byte budget is Redis's own `maxmemory` with a volatile-*
 * eviction policy: every key here has a TTL, so Redis may evict any of them.
 * Tokens are kept only as SHA-256 hashes.
 */
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import {
  activityId,
  DEFAULT_DIRECT_LINE_LIMITS,
  forConversation,
  MAX_TOKENS_PER_CONVERSATION,
  randomId,
  TOKEN_REFUSALS,
  type ActivityPage,
  type ConversationRef,
  type DirectLineLimits,
  type DirectLineStore,
  type TokenCheck,
} from '../server/direct-line/store';
import { boundActivity } from '../server/direct-line/stored-activity';
import { KEY_PREFIX, type Redis } from './client';

const P = `${KEY_PREFIX}dl:`;
/** Conversation meta (hash: next, locale, userId, joined). */
const metaKey = (id: string) => `${P}c:${id}`;
/** The activity stream (list of JSON, oldest first). */
const streamKey = (id: string) => `${P}a:${id}`;
/** The conversation's live token hashes, oldest first. */
const tokenListKey = (id: string) => `${P}k:${id}`;
const TOKEN_PREFIX = `${P}t:`;
/** Live conversation ids scored by last use: the cap and /healthz count. */
const LIVE = `${P}live`;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

// KEYS: live, meta; ARGV: now, idleMs, max, id, prefix, locale, userId
const CREATE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
while redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) do
  local old = redis.call('ZPOPMIN', KEYS[1])[1]
  redis.call('DEL', ARGV[5] .. 'c:' .. old, ARGV[5] .. 'a:' .. old, ARGV[5] .. 'k:' .. old)
end
redis.call('HSET', KEYS[2], 'next', 0)
if ARGV[6] ~= '' then redis.call('HSET', KEYS[2], 'locale', ARGV[6]) end
if ARGV[7] ~= '' then redis.call('HSET', KEYS[2], 'userId', ARGV[7]) end
redis.call('PEXPIRE', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
return 1`;

// KEYS: token list, new token key; ARGV: value, ttlMs, max, token prefix, hash, idleMs
const ISSUE = `
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
local n = redis.call('RPUSH', KEYS[1], ARGV[5])
while n > tonumber(ARGV[3]) do
  redis.call('DEL', ARGV[4] .. redis.call('LPOP', KEYS[1]))
  n = n - 1
end
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return n`;

// KEYS: meta, stream, token list, live; ARGV: idleMs, now, id
const TOUCH = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[3])
return redis.call('HMGET', KEYS[1], 'locale', 'userId')`;

// KEYS: meta
const JOIN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HSETNX', KEYS[1], 'joined', 1)`;

// KEYS: meta, stream, token list, live; ARGV: activity JSON, max activities, idleMs, now, id, max bytes
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local seq = redis.call('HINCRBY', KEYS[1], 'next', 1) - 1
local n = redis.call('RPUSH', KEYS[2], ARGV[1])
local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #ARGV[1])
local max = tonumber(ARGV[2])
local maxBytes = tonumber(ARGV[6])
-- The oldest go first; the newest activity always stays (it alone fits its own bound).
while n > 1 and (n > max or bytes > maxBytes) do
  bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -#redis.call('LPOP', KEYS[2]))
  n = n - 1
end
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[5])
return seq`;

// KEYS: meta, stream; ARGV: watermark (-1: from the start)
const SINCE = `
local nxt = tonumber(redis.call('HGET', KEYS[1], 'next') or '0')
local first = nxt - redis.call('LLEN', KEYS[2])
local from = math.max(tonumber(ARGV[1]), first)
return {tostring(from), tostring(nxt), redis.call('LRANGE', KEYS[2], from - first, -1)}`;

/** A Direct Line store shared by every instance on one Redis. */
export class RedisDirectLineStore implements DirectLineStore {
  readonly #redis: Redis;
  readonly #limits: DirectLineLimits;
  readonly #now: () => number;

  constructor(redis: Redis, limits: Partial<DirectLineLimits> = {}, now: () => number = Date.now) {
    this.#redis = redis;
    this.#limits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...limits };
    this.#now = now;
  }

  get tokenTtlSeconds(): number {
    return Math.round(this.#limits.tokenTtlMs / 1000);
  }

  async createConversation(
    options: { locale?: string; userId?: string } = {},
  ): Promise<ConversationRef> {
    const id = randomId(18);
    await this.#redis.eval(CREATE, {
      keys: [LIVE, metaKey(id)],
      arguments: [
        String(this.#now()),
        String(this.#limits.conversationIdleMs),
        String(this.#limits.maxConversations),
        id,
        P,
        options.locale ?? '',
        options.userId ?? '',
      ],
    });
    return { id, locale: options.locale, userId: options.userId };
  }

  async issueToken(conversationId: string): Promise<string> {
    const token = randomId(32);
    const hash = hashToken(token);
    const expiresAt = this.#now() + this.#limits.tokenTtlMs;
    await this.#redis.eval(ISSUE, {
      keys: [tokenListKey(conversationId), TOKEN_PREFIX + hash],
      arguments: [
        `${expiresAt} ${conversationId}`,
        String(this.#limits.tokenTtlMs),
        String(MAX_TOKENS_PER_CONVERSATION),
        TOKEN_PREFIX,
        hash,
        String(Math.max(this.#limits.conversationIdleMs, this.#limits.tokenTtlMs)),
      ],
    });
    return token;
  }

  async resolveToken(token: string | undefined): Promise<TokenCheck> {
    if (!token) return TOKEN_REFUSALS.missing;
    const key = TOKEN_PREFIX + hashToken(token);
    const record = await this.#redis.get(key);
    const match = record ? /^(\d+) (.+)$/.exec(record) : null;
    if (!match) return TOKEN_REFUSALS.invalid;
    const [, expiresAt = '0', conversationId = ''] = match;
    if (Number(expiresAt) <= this.#now()) {
      await this.#redis.del(key);
      return TOKEN_REFUSALS.expired;
    }
    const meta = (await this.#redis.eval(TOUCH, {
      keys: this.#keys(conversationId),
      arguments: [String(this.#limits.conversationIdleMs), String(this.#now()), conversationId],
    })) as (string | null)[] | null;
    if (!meta) return TOKEN_REFUSALS.ended;
    return {
      ok: true,
      conversation: {
        id: conversationId,
        locale: meta[0] ?? undefined,
        userId: meta[1] ?? undefined,
      },
    };
  }

  async authorize(token: string | undefined, conversationId: string): Promise<TokenCheck> {
    return forConversation(await this.resolveToken(token), conversationId);
  }

  async markJoined(conversation: { id: string }): Promise<boolean> {
    const set = await this.#redis.eval(JOIN, { keys: [metaKey(conversation.id)] });
    return Number(set) === 1;
  }

  async append(conversation: { id: string }, activity: Partial<Activity>): Promise<string> {
    // The id is derived from the position when read, so it is not stored.
    const bounded = boundActivity(
      { ...activity, timestamp: new Date(this.#now()) },
      this.#limits.maxActivityBytes,
    );
    const json = JSON.stringify({ ...bounded, id: undefined });
    const seq = Number(
      await this.#redis.eval(APPEND, {
        keys: this.#keys(conversation.id),
        arguments: [
          json,
          String(this.#limits.maxActivitiesPerConversation),
          String(this.#limits.conversationIdleMs),
          String(this.#now()),
          conversation.id,
          String(this.#limits.maxConversationBytes),
        ],
      }),
    );
    // An ended conversation takes no more activities; a late bot reply is dropped.
    return activityId(conversation.id, Math.max(seq, 0));
  }

  async activitiesSince(
    conversation: { id: string },
    watermark: number | undefined,
  ): Promise<ActivityPage> {
    const [from, end, items] = (await this.#redis.eval(SINCE, {
      keys: [metaKey(conversation.id), streamKey(conversation.id)],
      arguments: [String(watermark ?? -1)],
    })) as [string, string, string[]];
    const first = Number(from);
    return {
      activities: items.map((json, i) => ({
        ...(JSON.parse(json) as Partial<Activity>),
        id: activityId(conversation.id, first + i),
      })),
      watermark: end,
    };
  }

  async count(): Promise<number> {
    return this.#redis.zCount(LIVE, this.#now() - this.#limits.conversationIdleMs, '+inf');
  }

  /** Conversation keys expire by themselves; this only forgets their ids in the live set. */
  async sweep(): Promise<void> {
    await this.#redis.zRemRangeByScore(LIVE, '-inf', this.#now() - this.#limits.conversationIdleMs);
  }

  #keys(id: string): string[] {
    return [metaKey(id), streamKey(id), tokenListKey(id), LIVE];
  }
}
