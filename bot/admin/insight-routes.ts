/**
 * Residents' gaps for editors: grouped unanswered questions and "not helpful"
 * feedback, marking a group resolved (stored in a JSONL file so it survives
 * restarts), and a CSV export.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { InsightStore } from '../insight/insight-store';
import { sendError } from '../server/errors';
import { guard } from './auth';
import { groupInsight, insightCsv, type InsightGroup } from './insight-groups';
import type { SessionStore } from './sessions';

export interface InsightDeps {
  sessions: SessionStore;
  insight: InsightStore;
  resolutionsFile: string;
  now: () => Date;
}

type Resolution = NonNullable<InsightGroup['resolved']> & { id: string };

async function readResolutions(file: string): Promise<Map<string, Resolution>> {
  const map = new Map<string, Resolution>();
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    try {
      const r = JSON.parse(line) as Resolution;
      if (typeof r.id === 'string') map.set(r.id, r);
    } catch {
      continue;
    }
  }
  return map;
}

export function registerInsightRoutes(server: Server, deps: InsightDeps): void {
  const groups = async () => {
    const resolutions = await readResolutions(deps.resolutionsFile);
    return groupInsight(await deps.insight.list()).map((g) => {
      const r = resolutions.get(g.id);
      return r ? { ...g, resolved: { by: r.by, at: r.at, note: r.note } } : g;
    });
  };

  server.get(
    '/admin/api/insight',
    guard(deps.sessions, async (_req, res) => {
      res.send(200, await groups());
    }),
  );

  server.get(
    '/admin/api/insight.csv',
    guard(deps.sessions, async (_req: Request, res: Response) => {
      const body = insightCsv(await groups());
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="opastin-insight.csv"',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    }),
  );

  server.post(
    '/admin/api/insight/resolve',
    guard(
      deps.sessions,
      async (req, res, session) => {
        const body = (req.body ?? {}) as { id?: unknown; note?: unknown };
        if (typeof body.id !== 'string' || !(await groups()).some((g) => g.id === body.id))
          return sendError(res, 404, 'NotFound', 'No such insight group.');
        const note = typeof body.note === 'string' ? body.note.slice(0, 500) : '';
        const resolution: Resolution = {
          id: body.id,
          by: session.user,
          at: deps.now().toISOString(),
          note,
        };
        await mkdir(path.dirname(deps.resolutionsFile), { recursive: true });
        await appendFile(deps.resolutionsFile, `${JSON.stringify(resolution)}\n`);
        res.send(200, resolution);
      },
      { change: true },
    ),
  );
}
