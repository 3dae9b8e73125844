import { describe, expect, it } from 'vitest';
import { csrfMatches, readCookie, sessionCookie, SessionStore } from '../../../bot/admin/sessions';

describe('editor sessions', () => {
  it('expire, and the CSRF token must match exactly', () => {
    let t = 1_000_000;
    const store = new SessionStore(60_000, () => t);
    const session = store.create('anna');
    expect(store.get(session.id)?.user).toBe('anna');
    expect(csrfMatches(session, session.csrf)).toBe(true);
    expect(csrfMatches(session, `${session.csrf}x`)).toBe(false);
    expect(csrfMatches(session, undefined)).toBe(false);
    expect(store.get('guessed')).toBeNull();
    t += 61_000;
    expect(store.get(session.id)).toBeNull();
  });

  it('cookies are HttpOnly, SameSite=Strict, scoped to /admin, Secure on https', () => {
    expect(sessionCookie('abc', 60, false)).toBe(
      'opastin_admin=abc; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=60',
    );
    expect(sessionCookie('abc', 60, true)).toMatch(/; Secure$/);
    expect(readCookie('a=1; opastin_admin=xyz; b=2', 'opastin_admin')).toBe('xyz');
  });
});
