/**
 * Editor sessions: a random id in an HttpOnly SameSite=Strict cookie and a
 * random CSRF token bound to the session, sent back in a header on every
 * change. `SessionStore` keeps them in memory (a restart logs editors out,
 * acceptable for one embedded instance); with several instances they live in
 * Redis (bot/redis/sessions.ts) behind the same `Sessions` interface.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface Session {
  id: string;
  user: string;
  csrf: string;
  expires: number;
}

export const SESSION_COOKIE = 'opastin_admin';

/** Where editor sessions live; methods may answer now (memory) or later (Redis). */
export interface Sessions {
  readonly ttlMs: number;
  create(user: string): Session | Promise<Session>;
  /** The live session with this id, or null (unknown, expired or no id). */
  get(id: string | undefined): Session | null | Promise<Session | null>;
  delete(id: string): void | Promise<void>;
}

/** Editor sessions in this process's memory. */
export class SessionStore implements Sessions {
  readonly #sessions = new Map<string, Session>();

  constructor(
    readonly ttlMs = 8 * 60 * 60 * 1000,
    readonly now: () => number = Date.now,
  ) {}

  create(user: string): Session {
    this.#sweep();
    const session = {
      id: randomBytes(32).toString('base64url'),
      user,
      csrf: randomBytes(32).toString('base64url'),
      expires: this.now() + this.ttlMs,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | null {
    if (!id) return null;
    const session = this.#sessions.get(id);
    if (!session) return null;
    if (session.expires < this.now()) {
      this.#sessions.delete(id);
      return null;
    }
    return session;
  }

  delete(id: string): void {
    this.#sessions.delete(id);
  }

  #sweep(): void {
    const t = this.now();
    for (const [id, s] of this.#sessions) if (s.expires < t) this.#sessions.delete(id);
  }
}

export function csrfMatches(session: Session, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/admin',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
