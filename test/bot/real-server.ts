/**
 * The real Opastin stack for end-to-end tests and the benchmark's twin: the
 * bundled knowledge base, the real search engine and OpastinBot, on
 * 127.0.0.1:0. Composed like bot/index.ts, but without process.env.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';
import type { Server } from 'restify';
import { loadKnowledgeDir } from '../../knowledge/loader';
import { LiveKnowledge } from '../../knowledge/live';
import type { KnowledgeBase } from '../../knowledge/schema';
import { createSearchEngine } from '../../knowledge/search';
import { OpastinBot } from '../../bot/adapter/opastin-bot';
import { turnErrorHandler } from '../../bot/adapter/on-turn-error';
import { MemoryInsightStore } from '../../bot/insight/insight-store';
import { createServer, type ServerDeps } from '../../bot/server/create-server';
import { conversationStateKey } from '../../bot/server/direct-line/bot-bridge';
import { listenOnLoopback } from './server/harness';

export interface RealServer {
  url: string;
  kb: KnowledgeBase;
  storage: MemoryStorage;
  server: Server;
  logs: string[];
  close(): Promise<void>;
}

/** Starts the real stack; `port` restarts it on an address a page already uses. */
export async function startRealServer(
  overrides: Partial<ServerDeps> = {},
  port = 0,
): Promise<RealServer> {
  const { kb, problems } = await loadKnowledgeDir();
  if (!kb) throw new Error(`the bundled knowledge base does not load: ${problems[0]?.message}`);
  const knowledge = new LiveKnowledge({ kb, engine: createSearchEngine(kb) });
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const botAuth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(botAuth);
  adapter.onTurnError = turnErrorHandler(log);
  const storage = new MemoryStorage();
  const bot = new OpastinBot({
    knowledge,
    conversationState: new ConversationState(storage),
    insight: new MemoryInsightStore(),
    log,
  });
  const server = createServer({
    adapter,
    botAuth,
    bot,
    knowledge,
    log,
    onConversationEnded: (id) => void storage.delete([conversationStateKey(id)]),
    ...overrides,
  });
  return { ...(await listenOnLoopback(server, port)), kb, storage, server, logs };
}
