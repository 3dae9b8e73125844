/**
 * The composition root of the Opastin server: the only module that reads
 * process.env. It loads the bundled knowledge base, builds storage, the
 * adapter and the bot, and starts restify.
 *
 *   PORT                  default 3978
 *   MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType
 *                         Azure Bot Service credentials; when set, /api/messages validates JWTs
 *   DIRECTLINE_SECRET     optional: required to start Direct Line conversations from outside the page
 *   PUBLIC_URL            the public origin, e.g. https://opastin.example.fi
 *   OPASTIN_SERVICE_URLS  comma-separated origins /api/messages may answer without credentials (the Emulator)
 *   OPASTIN_KNOWLEDGE_DIR the knowledge directory the editor publishes to (default: the bundled one)
 *   OPASTIN_DATA_DIR      editor data: history.jsonl, accounts.json, insight.jsonl,
 *                         last-accepted.json (the knowledge served when the files are broken; default ./data)
 *   REDIS_URL             optional, e.g. redis://127.0.0.1:6379: Direct Line conversations, bot
 *                         state, editor sessions and rate limits live in Redis, so several
 *                         instances can serve one county
 *   DATABASE_URL          optional, e.g. postgres://opastin@db/opastin: knowledge, its history,
 *                         insight and editor accounts live in PostgreSQL instead of the knowledge
 *                         directory and OPASTIN_DATA_DIR (an empty database is seeded from
 *                         OPASTIN_KNOWLEDGE_DIR); another instance's publish is picked up within ~2 s
 *   OPASTIN_INSIGHT_RETENTION_DAYS  with DATABASE_URL: insight older than this is deleted (default 180)
 */
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';
import path from 'node:path';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../knowledge/loader';
import { LastAcceptedFile } from '../knowledge/store/last-accepted';
import { chooseStartupKnowledge } from '../knowledge/store/startup';
import { FileKnowledgeStore } from '../knowledge/store/file-store';
import { KnowledgePublisher } from '../knowledge/store/publisher';
import { describeTimings, type PublishTimings } from '../knowledge/store/publish-timings';
import { registerAdminRoutes } from './admin/routes';
import { FileInsightStore } from './insight/file-insight-store';
import { describeKnowledgeStatus, LiveKnowledge } from '../knowledge/live';
import { formatProblem, KnowledgeError } from '../knowledge/problems';
import { createSearchEngine } from '../knowledge/search';
import { OpastinBot } from './adapter/opastin-bot';
import { turnErrorHandler } from './adapter/on-turn-error';
import { redact } from './privacy/redact';
import { createServer } from './server/create-server';
import { conversationStateKey } from './server/direct-line/bot-bridge';
import { connectRedis } from './redis/client';
import { redisSharedState } from './redis/shared-state';
import { openPostgresStores } from './storage/postgres/stores';
import { shareKnowledgeNotices } from './redis/knowledge-notices';

const env = process.env;
const log = (line: string) => console.log(line);
// Unset: everything in this process, as a single embedded instance has always run.
const redis = env.REDIS_URL ? await connectRedis(env.REDIS_URL, log) : undefined;
const shared = redis && redisSharedState(redis);

const knowledgeDir = env.OPASTIN_KNOWLEDGE_DIR ?? BUNDLED_KNOWLEDGE_DIR;
const dataDir = env.OPASTIN_DATA_DIR ?? './data';
// Unset: the knowledge directory and files in dataDir, as a single instance has always run.
const database = env.DATABASE_URL
  ? await openPostgresStores({
      url: env.DATABASE_URL,
      seedDir: knowledgeDir,
      insightRetentionDays: Number(env.OPASTIN_INSIGHT_RETENTION_DAYS ?? 180),
      log,
    })
  : undefined;
// The gate (knowledge/accept.ts) decides; with errors the last accepted version serves (startup.ts).
const lastAccepted = new LastAcceptedFile(path.join(dataDir, 'last-accepted.json'));
const startup = await chooseStartupKnowledge({
  load: () => (database ? database.loadKnowledge() : acceptKnowledgeDir(knowledgeDir)),
  where: database ? 'the database' : knowledgeDir,
  lastAccepted,
}).catch((error: unknown) => {
  if (!(error instanceof KnowledgeError)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(`${error.message}. Fix them (npm run kb:check) and restart.`);
  process.exit(1);
});
for (const problem of startup.problems) console.warn(formatProblem(problem));
const { kb, status } = startup;
const warning = describeKnowledgeStatus(status);
if (warning) console.warn(warning);
const knowledge = new LiveKnowledge({ kb, engine: createSearchEngine(kb) }, status);
// Editors publish through the same gate; direct file edits (or another instance's publish) are picked up too.
const knowledgeStore =
  database?.knowledge ?? new FileKnowledgeStore(knowledgeDir, path.join(dataDir, 'history.jsonl'));
const publisher = new KnowledgePublisher({
  store: knowledgeStore,
  live: knowledge,
  buildEngine: createSearchEngine,
  lastAccepted,
  diskProblems: status.source === 'directory' ? [] : startup.problems,
  log,
});
const onReload = (result: {
  published: boolean;
  problems: unknown[];
  timings?: PublishTimings;
  upToDate?: boolean;
}) => {
  if (!result.published) console.warn(describeKnowledgeStatus(knowledge.status()));
  else if (!result.upToDate)
    log(
      `knowledge reloaded (${knowledge.current().kb.version.slice(0, 8)})${result.timings ? ` in ${describeTimings(result.timings)}` : ''}`,
    );
};
const follower = database?.follow(() => publisher.reload().then(onReload));
if (!database) publisher.watch(knowledgeDir, 200, onReload);
// Another instance's publish is announced through Redis: check the configured store at once.
if (redis)
  await shareKnowledgeNotices({
    redis,
    live: knowledge,
    reload: () => (follower ? follower.check() : publisher.reload().then(onReload)),
    commits: publisher,
    log,
  });
const insight = database?.insight ?? new FileInsightStore(path.join(dataDir, 'insight.jsonl'));

const appId = env.MicrosoftAppId ?? '';
const botAuth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: appId,
  MicrosoftAppPassword: env.MicrosoftAppPassword,
  MicrosoftAppTenantId: env.MicrosoftAppTenantId,
  MicrosoftAppType: env.MicrosoftAppType,
});
const adapter = new CloudAdapter(botAuth);
adapter.onTurnError = turnErrorHandler(log);

const storage = shared?.storage ?? new MemoryStorage();
const conversationState = new ConversationState(storage);
const bot = new OpastinBot({
  knowledge,
  conversationState,
  insight,
  log,
});

const port = Number(env.PORT ?? 3978);
const server = createServer({
  adapter,
  botAuth,
  bot,
  knowledge,
  appId,
  authEnabled: Boolean(appId && env.MicrosoftAppPassword),
  directLineSecret: env.DIRECTLINE_SECRET,
  publicUrl: env.PUBLIC_URL,
  serviceUrls: (env.OPASTIN_SERVICE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean),
  directLineStore: shared?.directLineStore,
  createLimiter: shared?.createLimiter,
  // MemoryStorage never forgets on its own: drop a conversation's state when it expires.
  onConversationEnded: (id) => void storage.delete([conversationStateKey(id)]),
  log,
  extraRoutes: [
    (s) =>
      registerAdminRoutes(s, {
        store: knowledgeStore,
        publisher,
        live: knowledge,
        buildEngine: createSearchEngine,
        insight,
        accounts: database?.accounts,
        accountsFile: path.join(dataDir, 'accounts.json'),
        resolutions: database?.resolutions,
        resolutionsFile: path.join(dataDir, 'insight-resolved.jsonl'),
        publicUrl: env.PUBLIC_URL,
        sessions: shared?.sessions,
        createLimiter: shared && ((limit) => shared.createLimiter('login', limit)),
        log,
      }),
  ],
});

server.listen(port, () => {
  // PORT=0 picks a free port; report the one actually bound.
  const bound = (server.address() as AddressInfo).port;
  const url = env.PUBLIC_URL ?? `http://localhost:${bound}`;
  log(
    `Opastin is serving ${kb.services.length} services (knowledge ${kb.version.slice(0, 8)}) at ${url}`,
  );
});

// A promise rejected outside any request (a stray timer, a library) must not
// take the residents' service down; log it redacted and keep serving.
process.on('unhandledRejection', (reason) => {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  log(`unhandled rejection: ${redact(text).slice(0, 300)}`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log(`${signal}: closing`);
    server.close(
      () =>
        void Promise.allSettled([redis?.close(), database?.close()]).finally(() => process.exit(0)),
    );
    // Keep-alive connections could hold close() open; do not hang a deploy.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
