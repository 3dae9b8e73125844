/**
 * How many insight records one conversation and one client address may add
 * in a window, so a script asking thousands of questions cannot flood the
 * editors' gap list or the disk. Addresses are hashed with a per-process salt
 * before they are counted: the quota never holds an IP address.
 * `InsightQuota` is the seam for a shared (Redis) counter across instances.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Where a record comes from; either may be unknown (a channel that gives no address). */
export interface InsightSource {
  conversationId?: string;
  /** Already hashed with hashAddress; never a raw IP. */
  addressHash?: string;
}

export interface InsightQuota {
  /** Counts one record for `source`; false when its conversation or address is over the cap. */
  take(source: InsightSource): boolean | Promise<boolean>;
}

export interface InsightQuotaLimits {
  perConversation: number;
  perAddress: number;
  /** Counts start again after this long. */
  windowMs: number;
  /** Keys remembered at most (the oldest are forgotten). */
  maxKeys: number;
}

/** A resident asks a handful of unanswered questions; an office behind one address a few hundred a day. */
export const DEFAULT_INSIGHT_QUOTA: InsightQuotaLimits = {
  perConversation: 20,
  perAddress: 300,
  windowMs: 24 * 60 * 60 * 1000,
  maxKeys: 100_000,
};

/** The channelData key under which the Direct Line hands the bot the sender's hashed address. */
export const ADDRESS_HASH_KEY = 'opastinAddressHash';

const SALT = randomBytes(16);

/** A client address as the quota and logs may see it: salted SHA-256, shortened. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(SALT).update(address).digest('base64url').slice(0, 22);
}

/** The in-process InsightQuota: fixed windows per key, in a capped Map. */
export function createInsightQuota(
  limits: Partial<InsightQuotaLimits> = {},
  now: () => number = Date.now,
): InsightQuota {
  const { perConversation, perAddress, windowMs, maxKeys } = {
    ...DEFAULT_INSIGHT_QUOTA,
    ...limits,
  };
  const counts = new Map<string, { count: number; resetAt: number }>();
  const used = (key: string): { count: number; resetAt: number } => {
    let entry = counts.get(key);
    if (!entry || entry.resetAt <= now()) {
      entry = { count: 0, resetAt: now() + windowMs };
      counts.delete(key);
      if (counts.size >= maxKeys) {
        const oldest = counts.keys().next().value;
        if (oldest !== undefined) counts.delete(oldest);
      }
      counts.set(key, entry);
    }
    return entry;
  };
  return {
    take({ conversationId, addressHash }) {
      const keys: [string, number][] = [];
      if (conversationId) keys.push([`c:${hashAddress(conversationId)}`, perConversation]);
      if (addressHash) keys.push([`a:${addressHash}`, perAddress]);
      const entries = keys.map(([key, cap]) => ({ entry: used(key), cap }));
      if (entries.some(({ entry, cap }) => entry.count >= cap)) return false;
      for (const { entry } of entries) entry.count += 1;
      return true;
    },
  };
}
