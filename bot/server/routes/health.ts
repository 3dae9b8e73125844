/** `GET /healthz`: liveness for load balancers and the start script; reports which knowledge is served. */
import type { Server } from 'restify';
import type { KnowledgeSource } from '../../../knowledge/live';

export function registerHealthRoutes(
  server: Server,
  deps: { knowledge: KnowledgeSource; conversations: () => number | Promise<number> },
): void {
  server.get('/healthz', async (_req, res) => {
    const { kb } = deps.knowledge.current();
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      status: 'ok',
      knowledgeVersion: kb.version,
      services: kb.services.length,
      conversations: await deps.conversations(),
      // Whether the files serve as they are, or the last accepted version stands in for broken ones.
      knowledge: deps.knowledge.status?.() ?? { source: 'directory', problems: 0 },
    });
  });
}
