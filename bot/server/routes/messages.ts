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

/** `scheme://host:port` as URL normalises it (lower case, default port dropped, IPv4 shorthands expanded). */
function originOf(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Exactly the configured origins (the public URL, an Emulator's address):
 * "any loopback port" would let a caller aim the bot's replies at any local
 * service. Only http(s) URLs with no credentials, query or fragment: the
 * path is the channel's own API path.
 */
export function serviceUrlPolicy(allowed: readonly string[]): (url: string) => boolean {
  const origins = new Set<string>();
  for (const entry of allowed) {
    const origin = originOf(entry);
    if (!origin) throw new Error(`not an http(s) URL to allow as a serviceUrl: ${entry}`);
    origins.add(origin);
  }
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.username || url.password || url.search || url.hash) return false;
    return origins.has(originOf(raw) ?? '');
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
        'This bot only replies to the channels it is configured for (PUBLIC_URL, OPASTIN_SERVICE_URLS).',
      );
      return;
    }
    await deps.adapter.process(req, res, deps.logic);
  });
}
