/**
 * A real server with the editor routes over a temporary copy of the bundled
 * knowledge base and a temporary data directory (knowledge/content is never
 * touched), plus a small client that keeps the session cookie and CSRF token.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { ConversationState, MemoryStorage } from 'botbuilder';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LiveKnowledge } from '../../../knowledge/live';
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledgeDir } from '../../../knowledge/loader';
import { createSearchEngine } from '../../../knowledge/search';
import { FileKnowledgeStore } from '../../../knowledge/store/file-store';
import { KnowledgePublisher } from '../../../knowledge/store/publisher';
import { OpastinBot } from '../../../bot/adapter/opastin-bot';
import { upsertAccount } from '../../../bot/admin/accounts';
import { registerAdminRoutes, type AdminDeps } from '../../../bot/admin/routes';
import { MemoryInsightStore } from '../../../bot/insight/insight-store';
import type { ServerDeps } from '../../../bot/server/create-server';
import { startServer } from '../server/harness';

export const USER = 'anna';
export const PASSWORD = 'correct horse battery';

/**
 * `realBot` puts the real OpastinBot over the same live knowledge behind the
 * resident page, for tests that follow a publish through to the bot's answer;
 * `admin` replaces editor dependencies (a login limiter on a frozen clock, say).
 */
export async function startAdmin(
  overrides: Partial<ServerDeps> = {},
  { realBot = false, admin = {} }: { realBot?: boolean; admin?: Partial<AdminDeps> } = {},
) {
  const contentDir = await mkdtemp(path.join(tmpdir(), 'opastin-admin-kb-'));
  await cp(BUNDLED_KNOWLEDGE_DIR, contentDir, { recursive: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'opastin-admin-data-'));
  const accountsFile = path.join(dataDir, 'accounts.json');
  await upsertAccount(accountsFile, USER, PASSWORD);
  const { kb } = await loadKnowledgeDir(contentDir);
  if (!kb) throw new Error('bundled knowledge base does not load');
  const live = new LiveKnowledge({ kb, engine: createSearchEngine(kb) });
  const store = new FileKnowledgeStore(contentDir, path.join(dataDir, 'history.jsonl'));
  const publisher = new KnowledgePublisher({ store, live, buildEngine: createSearchEngine });
  const insight = new MemoryInsightStore();
  const bot = realBot
    ? new OpastinBot({
        knowledge: live,
        conversationState: new ConversationState(new MemoryStorage()),
        insight,
        log: () => undefined,
      })
    : undefined;
  const running = await startServer({
    knowledge: live,
    ...(bot ? { bot } : {}),
    extraRoutes: [
      (server) =>
        registerAdminRoutes(server, {
          store,
          publisher,
          live,
          buildEngine: createSearchEngine,
          insight,
          accountsFile,
          resolutionsFile: path.join(dataDir, 'resolutions.jsonl'),
          loginLimit: { burst: 20, perSecond: 1 },
          log: () => undefined,
          ...admin,
        }),
    ],
    ...overrides,
  });
  return {
    ...running,
    contentDir,
    dataDir,
    live,
    publisher,
    insight,
    close: async () => {
      publisher.close();
      await running.close();
    },
  };
}

export class Client {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.base + url, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'X-CSRF-Token': this.csrf } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    const setCookie = res.headers.get('set-cookie');
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return {
      status: res.status,
      headers: res.headers,
      text, // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test responses are read loosely
      json: json as any,
      setCookie,
    };
  }

  async login(user = USER, password = PASSWORD) {
    const res = await this.request('POST', '/admin/api/login', { user, password });
    if (res.setCookie) this.cookie = res.setCookie.split(';')[0]!;
    if (res.status === 200) this.csrf = res.json.csrf;
    return res;
  }
}
