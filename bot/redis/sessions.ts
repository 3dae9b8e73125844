/**
 * Editor sessions in Redis, so an editor logged in through one instance is
 * logged in on all of them and stays so across restarts. The key is a hash
 * of the session id (the cookie value is never stored) and expires with the
 * session.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Session, Sessions } from '../admin/sessions';
import { KEY_PREFIX, type Redis } from './client';

const key = (id: string) =>
  `${KEY_PREFIX}session:${createHash('sha256').update(id).digest('base64url')}`;

export class RedisSessions implements Sessions {
  constructor(
    readonly redis: Redis,
    readonly ttlMs = 8 * 60 * 60 * 1000,
    readonly now: () => number = Date.now,
  ) {}

  async create(user: string): Promise<Session> {
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      user,
      csrf: randomBytes(32).toString('base64url'),
      expires: this.now() + this.ttlMs,
    };
    const stored = { user, csrf: session.csrf, expires: session.expires };
    await this.redis.set(key(session.id), JSON.stringify(stored), { PX: this.ttlMs });
    return session;
  }

  async get(id: string | undefined): Promise<Session | null> {
    // A cookie is a few dozen characters; anything longer is not ours.
    if (!id || id.length > 200) return null;
    const json = await this.redis.get(key(id));
    if (!json) return null;
    const stored = JSON.parse(json) as Omit<Session, 'id'>;
    if (stored.expires < this.now()) return null;
    return { id, ...stored };
  }

  async delete(id: string): Promise<void> {
    await this.redis.del(key(id));
  }
}
