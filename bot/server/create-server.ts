/**
 * Builds the restify server from what the composition root (bot/index.ts)
 * hands it. Nothing here reads process.env or the disk's knowledge, so tests
 * build a server with fakes and listen on port 0. Routes come from small
 * `registerXRoutes(server, deps)` modules; more (such as /admin) can be added
 * through `deps.extraRoutes`.
 */
import restify, { type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { KnowledgeSource } from '../../knowledge/live';
import { redact as defaultRedact } from '../privacy/redact';
import { createBotBridge } from './direct-line/bot-bridge';
import { registerDirectLineRoutes } from './direct-line/routes';
import {
  MemoryDirectLineStore,
  type DirectLineLimits,
  type DirectLineStore,
} from './direct-line/store';
import { makeHandlersThrowSafe } from './safe-handlers';
import { createRequestLogger } from './request-log';
import { rejectOversizedDirectLineBody } from './direct-line/activity';
import { installErrorHandling, sendError, type Log } from './errors';
import { createRateLimiter, type BucketLimit, type RateLimiterFactory } from './rate-limit';
import { registerHealthRoutes } from './routes/health';
import { registerKnowledgeRoutes } from './routes/knowledge';
import { registerMessagesRoute, serviceUrlPolicy } from './routes/messages';
import { registerSearchRoutes } from './routes/search';
import { registerWebRoutes } from './routes/web';

export interface RateLimits {
  /** New Direct Line conversations per client IP. */
  conversationStartsPerIp: BucketLimit;
  /** Posts and polls per Direct Line conversation (Web Chat polls about twice a second). */
  perConversation: BucketLimit;
  /** /api/search, /api/knowledge and /api/messages per client IP. */
  apiPerIp: BucketLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  conversationStartsPerIp: { burst: 30, perSecond: 1 },
  perConversation: { burst: 40, perSecond: 8 },
  apiPerIp: { burst: 60, perSecond: 20 },
};

/** Largest request body accepted: a chat message is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ServerDeps {
  adapter: CloudAdapter;
  botAuth: BotFrameworkAuthentication;
  /** The bot (an ActivityHandler): the server calls `bot.run(context)`. */
  bot: { run(context: TurnContext): Promise<void> };
  knowledge: KnowledgeSource;
  /** The Microsoft App id, '' without credentials. */
  appId?: string;
  /** True when app id and password are set: /api/messages then validates JWTs. */
  authEnabled?: boolean;
  /** When set, starting a Direct Line conversation needs it (or a token made with it). */
  directLineSecret?: string;
  /** The public origin, e.g. https://opastin.example.fi; allow-listed as a serviceUrl. */
  publicUrl?: string;
  /** Further origins /api/messages may reply to without credentials, e.g. the Emulator's. */
  serviceUrls?: string[];
  directLine?: Partial<DirectLineLimits>;
  /**
   * Where Direct Line conversations live; default in this process's memory
   * (with `directLine` limits). A shared store lets any instance serve any request.
   */
  directLineStore?: DirectLineStore;
  rateLimits?: Partial<RateLimits>;
  /** Builds the rate limiters (default: in memory); shared ones limit a client across instances. */
  createLimiter?: RateLimiterFactory;
  /** Clock for token and conversation expiry (ms since epoch). */
  now?: () => number;
  log?: Log;
  redact?: (text: string) => string;
  /** Called when a Direct Line conversation expires, so its bot state can be deleted. */
  onConversationEnded?: (conversationId: string) => void;
  /** Where restify's own warnings go (default stdout); tests capture them. */
  restifyLogDestination?: NodeJS.WritableStream;
  /** Further route modules, e.g. the editor's /admin. */
  extraRoutes?: ((server: Server) => void)[];
}

export function createServer(deps: ServerDeps): Server {
  const log = deps.log ?? ((line: string) => console.log(line));
  const redact = deps.redact ?? defaultRedact;
  const limits = { ...DEFAULT_RATE_LIMITS, ...deps.rateLimits };
  const logic = (context: TurnContext) => deps.bot.run(context);

  // restify's own logger, which would otherwise log whole requests (Authorization included) on some failures.
  const server = restify.createServer({
    name: 'opastin',
    log: createRequestLogger(deps.restifyLogDestination) as restify.ServerOptions['log'],
  });
  makeHandlersThrowSafe(server);
  installErrorHandling(server, log, redact);

  server.pre(restify.plugins.pre.sanitizePath());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(rejectNonJsonBodies);
  server.use(rejectOversizedDirectLineBody);
  // maxBodySize is passed on to restify's bodyReader (missing from @types/restify).
  const bodyOptions = { mapParams: false, maxBodySize: MAX_BODY_BYTES };
  server.use(restify.plugins.jsonBodyParser(bodyOptions));

  const store =
    deps.directLineStore ??
    new MemoryDirectLineStore(deps.directLine, deps.now, deps.onConversationEnded);
  const sweeper = setInterval(() => void store.sweep(), 60_000);
  sweeper.unref();
  server.on('close', () => clearInterval(sweeper));

  const limiter =
    deps.createLimiter ?? ((_name: string, limit: BucketLimit) => createRateLimiter(limit));
  const apiLimiter = limiter('api', limits.apiPerIp);
  registerHealthRoutes(server, { knowledge: deps.knowledge, conversations: () => store.count() });
  registerSearchRoutes(server, { knowledge: deps.knowledge, limiter: apiLimiter });
  registerKnowledgeRoutes(server, { knowledge: deps.knowledge, limiter: apiLimiter });
  registerMessagesRoute(server, {
    adapter: deps.adapter,
    logic,
    authEnabled: deps.authEnabled ?? false,
    isAllowedServiceUrl: serviceUrlPolicy([
      ...(deps.publicUrl ? [deps.publicUrl] : []),
      ...(deps.serviceUrls ?? []),
    ]),
    limiter: apiLimiter,
    log,
  });
  registerDirectLineRoutes(server, {
    store,
    runTurn: createBotBridge({
      adapter: deps.adapter,
      botAuth: deps.botAuth,
      appId: deps.appId ?? '',
      logic,
    }),
    secret: deps.directLineSecret || undefined,
    serviceUrl: `${deps.publicUrl ?? 'http://localhost'}/v3/directline`,
    bot: { id: deps.appId || 'opastin-bot', name: 'Opastin' },
    startLimiter: limiter('dl-start', limits.conversationStartsPerIp),
    conversationLimiter: limiter('dl-conversation', limits.perConversation),
    log,
    redact,
  });
  registerWebRoutes(server);
  for (const register of deps.extraRoutes ?? []) register(server);
  return server;
}

/** Bodies must be JSON: a form post or text body gets a clear 415 instead of being half-parsed. */
function rejectNonJsonBodies(
  req: restify.Request,
  res: restify.Response,
  next: restify.Next,
): void {
  const hasBody =
    Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
  if (!hasBody) return next();
  const type = (req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) return next();
  sendError(res, 415, 'UnsupportedMediaType', 'Send the body as application/json.');
  return next(false);
}
