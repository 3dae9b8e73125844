/**
 * Login, logout and the guard every other /admin route goes through: no
 * session → 401 (API) or the login page (HTML); a change without the
 * session's CSRF token in `X-CSRF-Token` → 403. Logins are rate-limited per IP.
 */
import type { Request, Response, Server } from 'restify';
import { sendError, type Log } from '../server/errors';
import { createRateLimiter, type BucketLimit, type RateLimiter } from '../server/rate-limit';
import { checkLogin, type AccountStore } from './accounts';
import {
  csrfMatches,
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
  type Session,
  type Sessions,
} from './sessions';

export interface AuthDeps {
  sessions: Sessions;
  accounts: AccountStore;
  secureCookies: boolean;
  loginLimit?: BucketLimit;
  /** Builds the login throttle (default: in memory); a shared one throttles across instances. */
  createLimiter?: (limit: BucketLimit) => RateLimiter;
  log: Log;
}

export type Guarded = (req: Request, res: Response, session: Session) => Promise<void>;

export async function sessionOf(req: Request, sessions: Sessions): Promise<Session | null> {
  return sessions.get(readCookie(req.header('cookie'), SESSION_COOKIE));
}

/** Wraps an API handler: login required; for changes also the CSRF header. */
export function guard(sessions: Sessions, handler: Guarded, { change = false } = {}) {
  return async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const session = await sessionOf(req, sessions);
    if (!session) return sendError(res, 401, 'Unauthorized', 'Log in at /admin first.');
    if (change && !csrfMatches(session, req.header('x-csrf-token')))
      return sendError(res, 403, 'Forbidden', 'Missing or wrong CSRF token; reload the page.');
    await handler(req, res, session);
  };
}

function clientIp(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function registerAuthRoutes(server: Server, deps: AuthDeps): void {
  const limiter = (deps.createLimiter ?? createRateLimiter)(
    deps.loginLimit ?? { burst: 5, perSecond: 0.1 },
  );
  const maxAge = Math.floor(deps.sessions.ttlMs / 1000);

  server.post('/admin/api/login', async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const wait = await limiter.take(clientIp(req));
    if (wait > 0) {
      res.header('Retry-After', String(Math.ceil(wait / 1000)));
      return sendError(res, 429, 'TooManyRequests', 'Too many login attempts; wait a minute.');
    }
    const body = (req.body ?? {}) as { user?: unknown; password?: unknown };
    const user = typeof body.user === 'string' ? body.user.slice(0, 100) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : '';
    if (!user || !password || !(await checkLogin(deps.accounts, user, password))) {
      deps.log(`admin: failed login`);
      return sendError(res, 401, 'Unauthorized', 'Wrong user name or password.');
    }
    const session = await deps.sessions.create(user);
    res.header('Set-Cookie', sessionCookie(session.id, maxAge, deps.secureCookies));
    deps.log(`admin: ${user} logged in`);
    res.send(200, { user, csrf: session.csrf });
  });

  server.post(
    '/admin/api/logout',
    guard(
      deps.sessions,
      async (_req, res, session) => {
        await deps.sessions.delete(session.id);
        res.header('Set-Cookie', sessionCookie('', 0, deps.secureCookies));
        res.send(200, { ok: true });
      },
      { change: true },
    ),
  );

  server.get(
    '/admin/api/session',
    guard(deps.sessions, async (_req, res, session) => {
      res.send(200, { user: session.user, csrf: session.csrf });
    }),
  );
}
