/**
 * Everything one instance keeps in Redis when REDIS_URL is set, built from
 * one client: the composition root (bot/index.ts) passes these on instead of
 * the in-memory defaults, and instances then share all their hot state.
 */
import { DEFAULT_DIRECT_LINE_LIMITS } from '../server/direct-line/store';
import type { Redis } from './client';
import { RedisDirectLineStore } from './direct-line-store';
import { redisRateLimiters } from './rate-limiter';
import { RedisSessions } from './sessions';
import { RedisStorage } from './storage';

export function redisSharedState(redis: Redis) {
  return {
    directLineStore: new RedisDirectLineStore(redis),
    /** The bot's conversation state expires with its Direct Line conversation. */
    storage: new RedisStorage(redis, { ttlMs: DEFAULT_DIRECT_LINE_LIMITS.conversationIdleMs }),
    sessions: new RedisSessions(redis),
    createLimiter: redisRateLimiters(redis),
  };
}
