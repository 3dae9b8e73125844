/**
 * State of the built-in Direct Line: conversations, their activity streams and
 * the tokens that open them. `DirectLineStore` is what the routes use; the
 * in-memory implementation here is the embedded default, and
 * `RedisDirectLineStore` shares the same state between instances. Everything
 * expires and the number of conversations is capped, so a flood of new
 * conversations cannot exhaust memory. Time comes from `now` so tests can
 * expire tokens without waiting.
 */
import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { activityBytes, boundActivity, oldestToDrop } from './stored-activity';

export interface DirectLineLimits {
  /** Lifetime of a token; clients refresh before it ends (Direct Line default: 30 min). */
  tokenTtlMs: number;
  /** A conversation with no traffic for this long is dropped. */
  conversationIdleMs: number;
  /** At most this many live conversations; the least recently used goes first. */
  maxConversations: number;
  /** Older activities are dropped from a long conversation's stream. */
  maxActivitiesPerConversation: number;
  /** One stored activity is cut down to this many bytes of JSON (see boundActivity). */
  maxActivityBytes: number;
  /** Older activities are dropped once a conversation's stream holds more bytes than this. */
  maxConversationBytes: number;
  /** All streams together; past it the least recently active conversations end. */
  maxStoreBytes: number;
}

/**
 * A resident's conversation is a few dozen activities of a few kB (a card
 * answer is the largest, under 10 kB); a client has long polled what is
 * dropped. The byte budgets bound the worst case whatever clients send:
 * 64 MB of activity JSON is a few hundred MB of heap at most (bench:bot's
 * attack run measures it), and expiry clears idle conversations within half an hour.
 */
export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineLimits = {
  tokenTtlMs: 30 * 60_000,
  conversationIdleMs: 30 * 60_000,
  maxConversations: 5_000,
  maxActivitiesPerConversation: 100,
  maxActivityBytes: 32 * 1024,
  maxConversationBytes: 128 * 1024,
  maxStoreBytes: 64 * 1024 * 1024,
};

/** A client holds one token and refreshes it; a few overlapping ones cover tabs and retries. */
export const MAX_TOKENS_PER_CONVERSATION = 4;

/** What the routes know of a conversation: who started it and in which language. */
export interface ConversationRef {
  id: string;
  /** Locale the client asked for when starting (Web Chat's conversationStartProperties). */
  locale: string | undefined;
  /** User id the client declared when starting, if any. */
  userId: string | undefined;
}

/** A conversation as the in-memory store keeps it. */
export interface Conversation extends ConversationRef {
  /** Set once the bot has been told the user joined (the welcome). */
  joined: boolean;
  /** Sequence number of activities[0]; the watermark is an absolute sequence number. */
  firstSeq: number;
  activities: Partial<Activity>[];
  /** JSON bytes of each of `activities`, and their sum. */
  sizes: number[];
  bytes: number;
  lastUsed: number;
  /** Live tokens of this conversation, oldest first (refreshing adds one). */
  tokens: string[];
}

interface TokenRecord {
  conversationId: string;
  expiresAt: number;
}

export type TokenCheck<C extends ConversationRef = ConversationRef> =
  | { ok: true; conversation: C }
  | { ok: false; status: 401 | 403 | 404; code: string; message: string };

/** Why a token is refused: one wording and status for every store, so clients see the same errors. */
export const TOKEN_REFUSALS = {
  missing: {
    ok: false,
    status: 401,
    code: 'MissingToken',
    message: 'An Authorization: Bearer token is required.',
  },
  invalid: { ok: false, status: 403, code: 'InvalidToken', message: 'The token is not valid.' },
  expired: { ok: false, status: 403, code: 'TokenExpired', message: 'The token has expired.' },
  ended: {
    ok: false,
    status: 404,
    code: 'ConversationNotFound',
    message: 'The conversation has ended.',
  },
  otherConversation: {
    ok: false,
    status: 403,
    code: 'TokenConversationMismatch',
    message: 'The token is for another conversation.',
  },
} as const satisfies Record<string, TokenCheck>;

/** A resolved token opens only the conversation its URL names. */
export function forConversation<C extends ConversationRef>(
  check: TokenCheck<C>,
  conversationId: string,
): TokenCheck<C> {
  if (check.ok && check.conversation.id !== conversationId) return TOKEN_REFUSALS.otherConversation;
  return check;
}

/** A value now (in memory) or later (over the network); callers always `await` it. */
export type Awaitable<T> = T | Promise<T>;

/** Activities after a watermark, and the watermark to send next time. */
export interface ActivityPage {
  activities: Partial<Activity>[];
  watermark: string;
}

/**
 * The Direct Line's state as the routes use it. Methods may answer at once
 * (memory) or asynchronously (Redis); callers await every result, so one
 * route code serves both.
 */
export interface DirectLineStore {
  /** Lifetime of a newly issued token, in seconds (the Direct Line `expires_in`). */
  readonly tokenTtlSeconds: number;
  createConversation(options?: { locale?: string; userId?: string }): Awaitable<ConversationRef>;
  /** Issues a new token for the conversation, revoking the oldest beyond MAX_TOKENS_PER_CONVERSATION. */
  issueToken(conversationId: string): Awaitable<string>;
  /** Resolves a bearer token to its conversation, keeping the conversation alive. */
  resolveToken(token: string | undefined): Awaitable<TokenCheck>;
  /** Checks that `token` opens the conversation named in the URL. */
  authorize(token: string | undefined, conversationId: string): Awaitable<TokenCheck>;
  /** Marks the resident as joined; true only for the one call that did it (so the welcome runs once). */
  markJoined(conversation: { id: string }): Awaitable<boolean>;
  /** Appends an activity to the stream, giving it an id and a timestamp; returns the id. */
  append(conversation: { id: string }, activity: Partial<Activity>): Awaitable<string>;
  /** Activities after `watermark` (an absolute sequence number) and the new watermark. */
  activitiesSince(
    conversation: { id: string },
    watermark: number | undefined,
  ): Awaitable<ActivityPage>;
  /** Number of live conversations (for /healthz). */
  count(): Awaitable<number>;
  /** Drops what has expired; a store whose entries expire on their own may do nothing. */
  sweep(): Awaitable<void>;
}

/** An activity's id: its conversation and its sequence number, so ids sort in stream order. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** Unguessable identifiers: 24 random bytes, URL-safe. */
export function randomId(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** The embedded default: everything in this process, lost on restart. */
export class MemoryDirectLineStore implements DirectLineStore {
  readonly #conversations = new Map<string, Conversation>();
  readonly #tokens = new Map<string, TokenRecord>();
  readonly #limits: DirectLineLimits;
  readonly #now: () => number;
  #lastSweep = 0;
  #bytes = 0;

  readonly #onEnded: (conversationId: string) => void;

  /**
   * @param onEnded called when a conversation expires or is evicted, so the
   *   bot's state for it can be deleted too.
   */
  constructor(
    limits: Partial<DirectLineLimits> = {},
    now: () => number = Date.now,
    onEnded: (conversationId: string) => void = () => undefined,
  ) {
    this.#limits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...limits };
    this.#now = now;
    this.#onEnded = onEnded;
  }

  get size(): number {
    return this.#conversations.size;
  }

  count(): number {
    return this.#conversations.size;
  }

  /** JSON bytes of every stored activity: what maxStoreBytes bounds. */
  get bytes(): number {
    return this.#bytes;
  }

  get tokenTtlSeconds(): number {
    return Math.round(this.#limits.tokenTtlMs / 1000);
  }

  createConversation(options: { locale?: string; userId?: string } = {}): Conversation {
    // Sweeping walks every conversation, so new conversations trigger it at most every few seconds.
    if (this.#now() - this.#lastSweep > 5_000) this.sweep();
    while (this.#conversations.size >= this.#limits.maxConversations) {
      // Map iteration order is insertion order and touch() re-inserts, so the first is the least recently used.
      const oldest = this.#conversations.keys().next().value;
      if (oldest === undefined) break;
      this.#end(oldest);
    }
    const conversation: Conversation = {
      id: randomId(18),
      locale: options.locale,
      userId: options.userId,
      joined: false,
      firstSeq: 0,
      activities: [],
      sizes: [],
      bytes: 0,
      tokens: [],
      lastUsed: this.#now(),
    };
    this.#conversations.set(conversation.id, conversation);
    return conversation;
  }

  /**
   * Issues a new token for one conversation. A conversation keeps at most
   * MAX_TOKENS_PER_CONVERSATION live tokens: refreshing in a loop revokes the
   * oldest instead of growing memory.
   */
  issueToken(conversationId: string): string {
    const token = randomId(32);
    this.#tokens.set(token, { conversationId, expiresAt: this.#now() + this.#limits.tokenTtlMs });
    const conversation = this.#conversations.get(conversationId);
    if (conversation) {
      conversation.tokens.push(token);
      while (conversation.tokens.length > MAX_TOKENS_PER_CONVERSATION) {
        const oldest = conversation.tokens.shift();
        if (oldest !== undefined) this.#tokens.delete(oldest);
      }
    }
    return token;
  }

  /** Resolves a bearer token to its conversation (without checking which conversation the URL names). */
  resolveToken(token: string | undefined): TokenCheck<Conversation> {
    if (!token) return TOKEN_REFUSALS.missing;
    const record = this.#tokens.get(token);
    if (!record) return TOKEN_REFUSALS.invalid;
    if (record.expiresAt <= this.#now()) {
      this.#tokens.delete(token);
      return TOKEN_REFUSALS.expired;
    }
    const conversation = this.#conversations.get(record.conversationId);
    if (!conversation) return TOKEN_REFUSALS.ended;
    this.#touch(conversation);
    return { ok: true, conversation };
  }

  /** Checks that `token` opens the conversation named in the URL. */
  authorize(token: string | undefined, conversationId: string): TokenCheck<Conversation> {
    return forConversation(this.resolveToken(token), conversationId);
  }

  getConversation(id: string): Conversation | undefined {
    return this.#conversations.get(id);
  }

  markJoined(ref: { id: string }): boolean {
    const conversation = this.#conversations.get(ref.id);
    if (!conversation || conversation.joined) return false;
    conversation.joined = true;
    return true;
  }

  /** Appends an activity to the stream, giving it an id and a timestamp; returns the id. */
  append(ref: { id: string }, activity: Partial<Activity>): string {
    // An ended conversation takes no more activities; a late bot reply is dropped.
    const conversation = this.#conversations.get(ref.id);
    if (!conversation) return activityId(ref.id, 0);
    const seq = conversation.firstSeq + conversation.activities.length;
    const id = activityId(conversation.id, seq);
    const stored = boundActivity(
      { ...activity, id, timestamp: new Date(this.#now()) },
      this.#limits.maxActivityBytes,
    );
    const size = activityBytes(stored);
    conversation.activities.push(stored);
    conversation.sizes.push(size);
    conversation.bytes += size;
    this.#bytes += size;
    const drop = oldestToDrop(conversation.sizes, {
      maxActivities: this.#limits.maxActivitiesPerConversation,
      maxBytes: this.#limits.maxConversationBytes,
    });
    if (drop > 0) {
      // firstSeq moves on with the dropped activities, so watermarks keep counting up.
      conversation.activities.splice(0, drop);
      const freed = conversation.sizes.splice(0, drop).reduce((sum, n) => sum + n, 0);
      conversation.bytes -= freed;
      this.#bytes -= freed;
      conversation.firstSeq += drop;
    }
    this.#touch(conversation);
    this.#evictOverBudget(conversation.id);
    return id;
  }

  /** Ends the least recently active conversations until all streams fit in maxStoreBytes. */
  #evictOverBudget(keep: string): void {
    while (this.#bytes > this.#limits.maxStoreBytes) {
      const oldest = this.#conversations.keys().next().value;
      // The conversation just written to is the most recent; it alone fits its own budget.
      if (oldest === undefined || oldest === keep) break;
      this.#end(oldest);
    }
  }

  /** Activities after `watermark` (an absolute sequence number) and the new watermark. */
  activitiesSince(ref: { id: string }, watermark: number | undefined): ActivityPage {
    const conversation = this.#conversations.get(ref.id);
    if (!conversation) return { activities: [], watermark: String(watermark ?? 0) };
    const end = conversation.firstSeq + conversation.activities.length;
    const from =
      watermark === undefined ? conversation.firstSeq : Math.max(watermark, conversation.firstSeq);
    return {
      activities: conversation.activities.slice(from - conversation.firstSeq),
      watermark: String(end),
    };
  }

  /** Drops expired tokens and idle conversations. Called on every new conversation and by a timer. */
  sweep(): void {
    const now = this.#now();
    this.#lastSweep = now;
    for (const [token, record] of this.#tokens) {
      // Tokens of ended conversations live on until they expire, so their
      // holder hears 404 "ended" (clients then stop) rather than 403.
      if (record.expiresAt <= now) this.#tokens.delete(token);
    }
    for (const [id, conversation] of this.#conversations) {
      if (now - conversation.lastUsed >= this.#limits.conversationIdleMs) this.#end(id);
    }
  }

  #end(id: string): void {
    const conversation = this.#conversations.get(id);
    if (!conversation) return;
    this.#conversations.delete(id);
    this.#bytes -= conversation.bytes;
    this.#onEnded(id);
  }

  #touch(conversation: Conversation): void {
    conversation.lastUsed = this.#now();
    this.#conversations.delete(conversation.id);
    this.#conversations.set(conversation.id, conversation);
  }
}
