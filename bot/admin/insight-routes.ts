/**
 * Residents' gaps for editors: grouped unanswered questions and "not helpful"
 * feedback, marking a group resolved (kept in InsightResolutions so it survives
 * restarts), and a CSV export.
 */
import type { Request, Response, Server } from 'restify';
import { parse } from 'yaml';
import type { KnowledgePublisher } from '../../knowledge/store/publisher';
import { ConflictError, type KnowledgeStore } from '../../knowledge/store/store';
import type { InsightStore } from '../insight/insight-store';
import { sendError } from '../server/errors';
import { guard } from './auth';
import { groupInsight, insightCsv, type InsightGroup } from './insight-groups';
import type { InsightResolutions, Resolution } from './insight-resolutions';
import { applyEdits } from './yaml-edit';
import type { Sessions } from './sessions';

export interface InsightDeps {
  sessions: Sessions;
  insight: InsightStore;
  resolutions: InsightResolutions;
  store: KnowledgeStore;
  publisher: KnowledgePublisher;
  now: () => Date;
}

export function registerInsightRoutes(server: Server, deps: InsightDeps): void {
  const groups = async () => {
    const resolutions = await deps.resolutions.all();
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
        const body = (req.body ?? {}) as { id?: unknown; note?: unknown; addToService?: unknown };
        const group = (await groups()).find((g) => g.id === body.id);
        if (typeof body.id !== 'string' || !group)
          return sendError(res, 404, 'NotFound', 'No such insight group.');
        let note = typeof body.note === 'string' ? body.note.slice(0, 500) : '';
        if (typeof body.addToService === 'string' && body.addToService) {
          // Resolving by synonyms: the group's questions become phrasings of the service, through the same gate.
          const result = await addPhrasings(deps, body.addToService, group, session.user);
          if (result) return sendError(res, result.status, result.code, result.message);
          note = `phrasings added to ${body.addToService}${note ? `; ${note}` : ''}`;
        }
        const resolution: Resolution = {
          id: body.id,
          by: session.user,
          at: deps.now().toISOString(),
          note,
        };
        await deps.resolutions.add(resolution);
        res.send(200, resolution);
      },
      { change: true },
    ),
  );
}

async function addPhrasings(
  deps: InsightDeps,
  serviceId: string,
  group: InsightGroup,
  author: string,
): Promise<{ status: number; code: string; message: string } | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(serviceId))
    return { status: 400, code: 'BadRequest', message: 'Not a service id.' };
  const path = `services/${serviceId}.yaml`;
  const file = await deps.store.read(path);
  if (!file) return { status: 404, code: 'NotFound', message: `No service ${serviceId}.` };
  const service = parse(file.text) as {
    phrasings?: Record<string, string[]>;
  };
  const existing = service.phrasings?.[group.lang] ?? [];
  const added = group.examples.filter((e) => !existing.includes(e));
  const text = applyEdits(file.text, { [`phrasings.${group.lang}`]: [...existing, ...added] });
  try {
    const result = await deps.publisher.save(path, text, { expectedEtag: file.etag, author });
    if (!result.ok)
      return {
        status: 422,
        code: 'ValidationFailed',
        message: result.problems
          .map((p) => p.message)
          .join('; ')
          .slice(0, 500),
      };
  } catch (error) {
    if (error instanceof ConflictError)
      return { status: 409, code: 'Conflict', message: error.message };
    throw error;
  }
  return null;
}
