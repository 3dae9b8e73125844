/**
 * Token buckets keyed by client (an IP address or a Direct Line conversation),
 * so one client flooding the server gets 429 while everyone else is served.
 * The key map is capped: an attacker rotating keys cannot grow it without bound.
 */
import type { Request, Response, Next } from 'restify';
import { sendError } from './errors';

export interface BucketLimit {
  /** Requests allowed at once. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
}

export interface RateLimiter {
  /**
   * Takes one token; returns 0 when allowed, else the milliseconds until a
   * token is free. In memory it answers at once; a shared (Redis) limiter later.
   */
  take(key: string): number | Promise<number>;
}

/** Builds a limiter for one kind of traffic; `name` keeps shared limiters' buckets apart. */
export type RateLimiterFactory = (name: string, limit: BucketLimit) => RateLimiter;

/** Token buckets in this process's memory. */
export function createRateLimiter(
  limit: BucketLimit,
  options: { maxKeys?: number; now?: () => number } = {},
): RateLimiter & { take(key: string): number } {
  const maxKeys = options.maxKeys ?? 50_000;
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (bucket) {
        bucket.tokens = Math.min(
          limit.burst,
          bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond,
        );
        bucket.at = t;
      } else {
        if (buckets.size >= maxKeys) {
          // Forget the oldest key; it gets a fresh bucket if it comes back.
          const oldest = buckets.keys().next().value;
          if (oldest !== undefined) buckets.delete(oldest);
        }
        bucket = { tokens: limit.burst, at: t };
        buckets.set(key, bucket);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - bucket.tokens) / limit.perSecond) * 1000);
    },
  };
}

/** Sends 429 with Retry-After (seconds) when the client's bucket is empty. Returns true if limited. */
export async function rejectIfLimited(
  limiter: RateLimiter,
  key: string,
  res: Response,
): Promise<boolean> {
  const waitMs = await limiter.take(key);
  if (waitMs === 0) return false;
  res.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  sendError(res, 429, 'TooManyRequests', 'Too many requests; slow down and retry shortly.');
  return true;
}

/** A restify handler limiting by client IP address. */
export function limitByIp(limiter: RateLimiter) {
  // A callback handler, not async: only next(false) can stop restify's chain.
  return (req: Request, res: Response, next: Next) => {
    rejectIfLimited(limiter, clientIp(req), res).then(
      (limited) => (limited ? next(false) : next()),
      (err: unknown) => next(err instanceof Error ? err : new Error(String(err))),
    );
  };
}

/** The TCP peer address. Forwarded-for headers are not trusted: any client can forge them. */
export function clientIp(req: Request): string {
  return req.socket?.remoteAddress ?? 'unknown';
}
