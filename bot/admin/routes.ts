/**
 * `registerAdminRoutes(server, deps)`: the content editor at /admin. The
 * login page and its script/stylesheet are the only things served without a
 * session; the editor page, its script and every /admin/api route need one.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { KnowledgeSource } from '../../knowledge/live';
import type { KnowledgeBase } from '../../knowledge/schema';
import type { SearchEngine } from '../../knowledge/search/types';
import type { KnowledgePublisher } from '../../knowledge/store/publisher';
import type { KnowledgeStore } from '../../knowledge/store/store';
import type { InsightStore } from '../insight/insight-store';
import type { Log } from '../server/errors';
import { BUNDLE_DIR } from '../web/bundles';
import { FileAccountStore, type AccountStore } from './accounts';
import type { BucketLimit, RateLimiter } from '../server/rate-limit';
import { registerAuthRoutes, sessionOf } from './auth';
import { registerClosureRoutes } from './closure-routes';
import { registerContentRoutes } from './content-routes';
import { loadEvalQueries, type EvalQuery } from './eval-diff';
import { registerInsightRoutes } from './insight-routes';
import { FileInsightResolutions, type InsightResolutions } from './insight-resolutions';
import { SessionStore, type Sessions } from './sessions';

export interface AdminDeps {
  store: KnowledgeStore;
  publisher: KnowledgePublisher;
  live: KnowledgeSource;
  buildEngine: (kb: KnowledgeBase) => SearchEngine;
  insight: InsightStore;
  /** Editor accounts; without it, the JSON file `accountsFile`. */
  accounts?: AccountStore;
  accountsFile?: string;
  /** Insight groups marked resolved; without it, the JSONL file `resolutionsFile`. */
  resolutions?: InsightResolutions;
  resolutionsFile?: string;
  publicUrl?: string;
  evalFile?: string;
  loginLimit?: { burst: number; perSecond: number };
  /** Where editor sessions live (default: this process's memory). */
  sessions?: Sessions;
  /** Builds the login throttle (default: in memory). */
  createLimiter?: (limit: BucketLimit) => RateLimiter;
  now?: () => Date;
  log?: Log;
}

const WEB_DIR = fileURLToPath(new URL('./web/', import.meta.url));
// Maps, not object literals: /admin/toString must not find Object.prototype's.
const JS = 'text/javascript; charset=utf-8';
// Scripts are built from bot/admin/web/src by Vite into BUNDLE_DIR (npm run build:web).
const PUBLIC_FILES = new Map([
  ['login.js', { file: BUNDLE_DIR + 'login.js', type: JS }],
  ['admin.css', { file: WEB_DIR + 'admin.css', type: 'text/css; charset=utf-8' }],
]);
const PRIVATE_FILES = new Map([['admin.js', { file: BUNDLE_DIR + 'admin.js', type: JS }]]);

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async function sendFile(res: Response, file: string, type: string): Promise<void> {
  const body = await readFile(file);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

export function registerAdminRoutes(server: Server, deps: AdminDeps): Sessions {
  const log = deps.log ?? ((line: string) => console.log(line));
  const now = deps.now ?? (() => new Date());
  const sessions = deps.sessions ?? new SessionStore();
  let evalCache: Promise<EvalQuery[]> | undefined;
  const evalQueries = () => (evalCache ??= loadEvalQueries(deps.evalFile));

  const accounts = deps.accounts ?? new FileAccountStore(deps.accountsFile ?? 'data/accounts.json');
  accounts.count().then(
    (count) => {
      if (count === 0)
        log(
          `admin: no editor accounts in ${accounts.description}; create one with: npm run admin:add-account -- --user NAME  (password on stdin)`,
        );
    },
    (error: unknown) => log(`admin: cannot read ${accounts.description}: ${String(error)}`),
  );

  registerAuthRoutes(server, {
    sessions,
    accounts,
    secureCookies: (deps.publicUrl ?? '').startsWith('https:'),
    loginLimit: deps.loginLimit,
    createLimiter: deps.createLimiter,
    log,
  });
  registerContentRoutes(server, {
    sessions,
    store: deps.store,
    publisher: deps.publisher,
    live: deps.live,
    buildEngine: deps.buildEngine,
    evalQueries,
    now,
    log,
  });
  registerClosureRoutes(server, {
    sessions,
    store: deps.store,
    publisher: deps.publisher,
    log,
  });
  registerInsightRoutes(server, {
    sessions,
    insight: deps.insight,
    resolutions:
      deps.resolutions ??
      new FileInsightResolutions(deps.resolutionsFile ?? 'data/insight-resolved.jsonl'),
    store: deps.store,
    publisher: deps.publisher,
    now,
  });

  const page = async (req: Request, res: Response) => {
    await sendFile(
      res,
      WEB_DIR + ((await sessionOf(req, sessions)) ? 'index.html' : 'login.html'),
      'text/html; charset=utf-8',
    );
  };
  server.get('/admin', page);
  server.get('/admin/', page);
  server.get('/admin/:file', async (req: Request, res: Response) => {
    const name = String(req.params.file ?? '');
    const publicFile = PUBLIC_FILES.get(name);
    if (publicFile) return sendFile(res, publicFile.file, publicFile.type);
    const privateFile = PRIVATE_FILES.get(name);
    if (privateFile && (await sessionOf(req, sessions)))
      return sendFile(res, privateFile.file, privateFile.type);
    res.header('Cache-Control', 'no-store');
    res.send(privateFile ? 401 : 404, {
      error: privateFile
        ? { code: 'Unauthorized', message: 'Log in at /admin first.' }
        : { code: 'NotFound', message: 'No such page.' },
    });
  });
  return sessions;
}
