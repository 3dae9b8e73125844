/**
 * `POST /api/messages`: the standard Bot Framework endpoint (Azure Bot
 * Service, the Emulator). With app credentials the CloudAdapter validates the
 * caller's JWT. Without them anyone can call it, so before the bot runs we
 * refuse any serviceUrl that is not allow-listed: otherwise a caller could
 * make the bot POST its replies to any address (server-side request forgery).
 */
import type { Request, Response, Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { TurnLogic } from '../direct-line/bot-bridge';
import { sendError, type Log } from '../errors';
import { limitByIp, type RateLimiter } from '../rate-limit';

export interface MessagesDeps {
  adapter: CloudAdapter;
  logic: TurnLogic;
  /** True when MicrosoftAppId and a password are configured (JWTs are then validated). */
  authEnabled: boolean;
  /** Only consulted when authEnabled is false. */
  isAllowedServiceUrl: (url: string) => boolean;
  limiter: RateLimiter;
  log: Log;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Loopback (the Emulator, a local Direct Line) and the server's own public
 * origin. Only http(s) URLs; no credentials in the URL.
 */
export function serviceUrlPolicy(publicUrl?: string): (url: string) => boolean {
  const own = publicUrl ? new URL(publicUrl).origin : undefined;
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (url.username || url.password) return false;
    return LOOPBACK_HOSTS.has(url.hostname) || url.origin === own;
  };
}

export function registerMessagesRoute(server: Server, deps: MessagesDeps): void {
  server.post('/api/messages', limitByIp(deps.limiter), async (req: Request, res: Response) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendError(res, 400, 'BadActivity', 'The body must be a JSON activity object.');
      return;
    }
    if (typeof body.type !== 'string' || body.type === '') {
      sendError(res, 400, 'BadActivity', 'The activity has no type.');
      return;
    }
    const conversation = body.conversation as { id?: unknown } | undefined;
    if (typeof conversation?.id !== 'string' || conversation.id === '') {
      sendError(res, 400, 'BadActivity', 'The activity has no conversation.id.');
      return;
    }
    if (typeof body.serviceUrl !== 'string' || body.serviceUrl === '') {
      sendError(res, 400, 'BadActivity', 'The activity has no serviceUrl.');
      return;
    }
    if (!deps.authEnabled && !deps.isAllowedServiceUrl(body.serviceUrl)) {
      sendError(
        res,
        403,
        'ServiceUrlNotAllowed',
        'This bot only replies to its own Direct Line and loopback channels.',
      );
      return;
    }
    await deps.adapter.process(req, res, deps.logic);
  });
}
