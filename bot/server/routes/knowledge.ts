/**
 * `GET /api/knowledge`: the JSON snapshot the counsellors' extension
 * refreshes from. The knowledge version is the ETag, so an unchanged
 * knowledge base costs a 304. Public data: any origin may read it.
 */
import type { Request, Response, Server } from 'restify';
import type { KnowledgeBase } from '../../../knowledge/schema';
import type { KnowledgeSource } from '../../../knowledge/live';
import { toSnapshot } from '../../../knowledge/snapshot';
import { limitByIp, type RateLimiter } from '../rate-limit';

function cors(res: Response): void {
  res.header('Access-Control-Allow-Origin', '*');
  res.header('Access-Control-Expose-Headers', 'ETag');
}

/** True when an If-None-Match header lists this ETag (or `*`); weak validators compare equal. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export function registerKnowledgeRoutes(
  server: Server,
  deps: { knowledge: KnowledgeSource; limiter: RateLimiter },
): void {
  // The snapshot is rebuilt only when a publish swaps the knowledge base.
  let cached: { kb: KnowledgeBase; body: string; etag: string } | undefined;
  const snapshot = () => {
    const { kb } = deps.knowledge.current();
    if (cached?.kb !== kb) cached = { kb, body: toSnapshot(kb), etag: `"${kb.version}"` };
    return cached;
  };

  server.opts('/api/knowledge', async (_req: Request, res: Response) => {
    cors(res);
    res.header('Access-Control-Allow-Methods', 'GET');
    res.header('Access-Control-Allow-Headers', 'If-None-Match');
    res.header('Access-Control-Max-Age', '86400');
    res.send(204);
  });

  server.get('/api/knowledge', limitByIp(deps.limiter), async (req: Request, res: Response) => {
    const { body, etag } = snapshot();
    cors(res);
    res.header('ETag', etag);
    res.header('Cache-Control', 'no-cache');
    if (matchesEtag(req.header('if-none-match'), etag)) {
      res.send(304);
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  });
}
