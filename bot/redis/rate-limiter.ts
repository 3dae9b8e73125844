/**
 * Token buckets in Redis, so a client hammering the service is limited by
 * its total over every instance, not per instance. One Lua script per take:
 * refill, take and store are atomic. Bucket keys are hashed (no IP address
 * in Redis) and expire once the bucket would be full again.
 */
import { createHash } from 'node:crypto';
import type { BucketLimit, RateLimiter, RateLimiterFactory } from '../server/rate-limit';
import { KEY_PREFIX, type Redis } from './client';

// KEYS: bucket; ARGV: burst, perSecond, now (ms)
const TAKE = `
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1]) or burst
local at = tonumber(saved[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate * 1000) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return wait`;

/** A limiter factory whose buckets live in Redis; `now` is injectable for tests. */
export function redisRateLimiters(redis: Redis, now: () => number = Date.now): RateLimiterFactory {
  return (name: string, limit: BucketLimit): RateLimiter => ({
    async take(key) {
      const hashed = createHash('sha256').update(key).digest('base64url');
      const wait = await redis.eval(TAKE, {
        keys: [`${KEY_PREFIX}rl:${name}:${hashed}`],
        arguments: [String(limit.burst), String(limit.perSecond), String(now())],
      });
      return Number(wait);
    },
  });
}
