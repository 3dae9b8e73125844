/**
 * The Direct Line 3.0 subset the official clients use in polling mode
 * (botframework-webchat, botframework-directlinejs), served at /v3/directline.
 * The Direct Line is the bot's channel: a resident's activity is echoed into
 * the stream (with its clientActivityID, so Web Chat marks it sent) and run
 * through the adapter in-process; the bot's replies are appended after it.
 */
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { sendError, type Log } from '../errors';
import { rejectIfLimited, clientIp, type RateLimiter } from '../rate-limit';
import { DIRECT_LINE_CHANNEL, type RunTurn } from './bot-bridge';
import { randomId, type ConversationRef, type DirectLineStore, type TokenCheck } from './store';
import { MAX_ACTIVITY_BYTES, parseStartRequest, parseUserActivity } from './activity';
import { echoOfClientActivity } from './stored-activity';
import { ADDRESS_HASH_KEY, hashAddress } from '../../insight/insight-quota';

export const DIRECT_LINE_BASE = '/v3/directline';

export interface DirectLineDeps {
  store: DirectLineStore;
  runTurn: RunTurn;
  /** When set, starting a conversation needs `Authorization: Bearer <secret>` or a generated token. */
  secret?: string;
  /** serviceUrl stamped on activities (never called: replies stay in-process). */
  serviceUrl: string;
  bot: { id: string; name: string };
  /** Limits conversation starts per client IP. */
  startLimiter: RateLimiter;
  /** Limits posts and polls per conversation. */
  conversationLimiter: RateLimiter;
  log: Log;
  /** A turn slower than this no longer holds up the client's POST (its replies still arrive). */
  turnWaitMs?: number;
  /** Removes personal data from the resident's echo kept in the stream. */
  redact: (text: string) => string;
}

function bearer(req: Request): string | undefined {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match?.[1];
  // directlinejs sends "Bearer undefined" when it has no token yet.
  return token && token !== 'undefined' && token !== 'null' ? token : undefined;
}

function isSameOrigin(req: Request): boolean {
  const origin = req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === req.header('host');
  } catch {
    return false;
  }
}

function rejectCheck(res: Response, check: Exclude<TokenCheck, { ok: true }>): void {
  if (check.status === 401) res.header('WWW-Authenticate', 'Bearer');
  sendError(res, check.status, check.code, check.message);
}

function conversationInfo(store: DirectLineStore, conversation: ConversationRef, token: string) {
  return { conversationId: conversation.id, token, expires_in: store.tokenTtlSeconds };
}

export function registerDirectLineRoutes(server: Server, deps: DirectLineDeps): void {
  const { store, runTurn, log } = deps;
  const turnWaitMs = deps.turnWaitMs ?? 10_000;

  // Turns of one conversation run one after another in this process, so a
  // resident's messages reach the bot in order. Only conversations with a turn
  // in flight have an entry.
  const queues = new Map<string, Promise<unknown>>();

  /** Queues a turn behind the conversation's earlier turns so replies keep their order. */
  function enqueueTurn(
    conversation: ConversationRef,
    activity: Partial<Activity>,
  ): Promise<unknown> {
    const previous = queues.get(conversation.id) ?? Promise.resolve();
    const turn = previous.then(() =>
      runTurn(activity, (reply) => store.append(conversation, reply)).catch((err: Error) => {
        log(`turn failed in a Direct Line conversation: ${err.name}`);
      }),
    );
    queues.set(conversation.id, turn);
    void turn.then(() => {
      if (queues.get(conversation.id) === turn) queues.delete(conversation.id);
    });
    return turn;
  }

  /** Tells the bot the resident joined (the welcome), once per conversation. */
  async function ensureJoined(
    conversation: ConversationRef,
    user?: Activity['from'],
  ): Promise<Promise<unknown> | undefined> {
    if (!(await store.markJoined(conversation))) return undefined;
    const member = user ?? { id: conversation.userId ?? `dl_${randomId(9)}`, role: 'user' };
    return enqueueTurn(conversation, {
      type: 'conversationUpdate',
      id: randomId(9),
      channelId: DIRECT_LINE_CHANNEL,
      serviceUrl: deps.serviceUrl,
      conversation: { id: conversation.id } as Activity['conversation'],
      from: member as Activity['from'],
      recipient: { ...deps.bot, role: 'bot' } as Activity['recipient'],
      membersAdded: [member as Activity['from']],
      locale: conversation.locale,
      timestamp: new Date(),
    });
  }

  /** Authorizes a request naming a conversation; sends the error and returns undefined when refused. */
  async function authorized(req: Request, res: Response): Promise<ConversationRef | undefined> {
    const check = await store.authorize(bearer(req), String(req.params.conversationId ?? ''));
    if (!check.ok) {
      rejectCheck(res, check);
      return undefined;
    }
    if (await rejectIfLimited(deps.conversationLimiter, check.conversation.id, res))
      return undefined;
    return check.conversation;
  }

  function checkSecret(req: Request, res: Response): boolean {
    const token = bearer(req);
    if (!token) {
      res.header('WWW-Authenticate', 'Bearer');
      sendError(res, 401, 'MissingSecret', 'This Direct Line needs its secret or a token.');
      return false;
    }
    if (token !== deps.secret) {
      sendError(res, 403, 'InvalidSecret', 'The Direct Line secret is not valid.');
      return false;
    }
    return true;
  }

  /** Starts a conversation for this client (rate-limited per IP) and answers with its first token. */
  async function startConversation(req: Request, res: Response, status: 200 | 201): Promise<void> {
    if (await rejectIfLimited(deps.startLimiter, clientIp(req), res)) return;
    const start = parseStartRequest(req.body);
    if (!start.ok) return sendError(res, 400, 'BadArgument', start.message);
    const conversation = await store.createConversation(start.value);
    res.send(
      status,
      conversationInfo(store, conversation, await store.issueToken(conversation.id)),
    );
  }

  server.post(`${DIRECT_LINE_BASE}/tokens/generate`, async (req: Request, res: Response) => {
    if (deps.secret !== undefined && !checkSecret(req, res)) return;
    await startConversation(req, res, 200);
  });

  // The resident page's own token endpoint (the usual Web Chat pattern: the
  // site's backend holds the secret, the browser gets a conversation token).
  // Browsers send Origin on cross-site POSTs; other sites may not mint tokens here.
  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    if (!isSameOrigin(req)) {
      sendError(res, 403, 'CrossOrigin', 'Tokens are only for the Opastin page itself.');
      return;
    }
    await startConversation(req, res, 200);
  });

  server.post(`${DIRECT_LINE_BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const check = await store.resolveToken(bearer(req));
    if (!check.ok) return rejectCheck(res, check);
    if (await rejectIfLimited(deps.conversationLimiter, check.conversation.id, res)) return;
    const token = await store.issueToken(check.conversation.id);
    res.send(200, conversationInfo(store, check.conversation, token));
  });

  server.post(`${DIRECT_LINE_BASE}/conversations`, async (req: Request, res: Response) => {
    const token = bearer(req);
    // A token from /tokens/generate opens the conversation it was made for.
    if (token !== undefined && token !== deps.secret) {
      const check = await store.resolveToken(token);
      if (!check.ok) return rejectCheck(res, check);
      res.send(200, conversationInfo(store, check.conversation, token));
      return;
    }
    if (deps.secret !== undefined && !checkSecret(req, res)) return;
    await startConversation(req, res, 201);
  });

  // Reconnect: the clients call this to resume a conversation they hold a token for.
  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId`,
    async (req: Request, res: Response) => {
      const conversation = await authorized(req, res);
      if (!conversation) return;
      res.send(200, conversationInfo(store, conversation, bearer(req) ?? ''));
    },
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    async (req: Request, res: Response) => {
      const conversation = await authorized(req, res);
      if (!conversation) return;
      if (Buffer.byteLength(JSON.stringify(req.body ?? null)) > MAX_ACTIVITY_BYTES) {
        // A chunked body has no Content-Length for rejectOversizedDirectLineBody to check.
        return sendError(
          res,
          413,
          'PayloadTooLarge',
          `An activity is at most ${MAX_ACTIVITY_BYTES} bytes.`,
        );
      }
      const parsed = parseUserActivity(req.body);
      if (!parsed.ok) return sendError(res, 400, 'BadArgument', parsed.message);
      const from = { ...parsed.value.from, role: 'user' } as Activity['from'];
      await ensureJoined(conversation, from);
      const activity: Partial<Activity> = {
        ...parsed.value,
        // The bot caps insight per address; it gets the address hashed, never raw, and a client cannot set it.
        channelData: {
          ...parsed.value.channelData,
          [ADDRESS_HASH_KEY]: hashAddress(clientIp(req)),
        },
        from,
        channelId: DIRECT_LINE_CHANNEL,
        serviceUrl: deps.serviceUrl,
        conversation: { id: conversation.id } as Activity['conversation'],
        recipient: { ...deps.bot, role: 'bot' } as Activity['recipient'],
      };
      // The bot reads the message as typed (to warn about an identity code); the stream keeps it redacted.
      const id = await store.append(conversation, echoOfClientActivity(activity, deps.redact));
      const turn = enqueueTurn(conversation, { ...activity, id, timestamp: new Date() });
      // Answer once the bot has replied (so the next poll shows the reply), but never hang the client.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        turn,
        new Promise((resolve) => (timer = setTimeout(resolve, turnWaitMs))),
      ]);
      clearTimeout(timer);
      res.send(200, { id });
    },
  );

  server.get(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/activities`,
    async (req: Request, res: Response) => {
      const conversation = await authorized(req, res);
      if (!conversation) return;
      const raw = req.query?.watermark;
      let watermark: number | undefined;
      if (raw !== undefined && raw !== '') {
        watermark = Number(raw);
        if (!Number.isSafeInteger(watermark) || watermark < 0) {
          return sendError(
            res,
            400,
            'BadArgument',
            'watermark must be a number from an earlier response.',
          );
        }
      }
      const joining = await ensureJoined(conversation);
      if (joining) await joining;
      res.header('Cache-Control', 'no-store');
      res.send(200, await store.activitiesSince(conversation, watermark));
    },
  );

  server.post(
    `${DIRECT_LINE_BASE}/conversations/:conversationId/upload`,
    async (_req: Request, res: Response) => {
      sendError(
        res,
        415,
        'NotSupported',
        'File uploads are not supported; please describe your situation in words.',
      );
    },
  );
}
