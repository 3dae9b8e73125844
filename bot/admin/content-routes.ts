/**
 * The editor's content API: list services (with the filters' facts), read a
 * file with its etag, preview an unsaved change (problems, search, card,
 * before/after on the evaluation set), save through the publisher's
 * validation gate, history and revert. Every route needs a login; changes
 * also the CSRF token (see auth.ts).
 */
import type { Request, Response, Server } from 'restify';
import type { HolidayCalendar } from '../../knowledge/hours/calendar';
import { finnishHolidays } from '../../knowledge/hours/finnish-holidays';
import { describeKnowledgeStatus, type KnowledgeSource } from '../../knowledge/live';
import { presentService } from '../../knowledge/present';
import { formatProblem, hasErrors, type Problem } from '../../knowledge/problems';
import type { KnowledgeBase, LocalizedText, Service } from '../../knowledge/schema';
import { describeEmergency, describeSafetyNet } from '../../knowledge/search/emergency-view';
import type { SearchEngine } from '../../knowledge/search/types';
import type { KnowledgePublisher } from '../../knowledge/store/publisher';
import { describeTimings } from '../../knowledge/store/publish-timings';
import { ConflictError, InvalidPathError, type KnowledgeStore } from '../../knowledge/store/store';
import { assertContentPath } from '../../knowledge/store/content-path';
import { emergencyCard, serviceCardFromView } from '../conversation/cards';
import { translator } from '../i18n';
import { sendError, type Log } from '../server/errors';
import { guard } from './auth';
import { compareEngines, type EvalQuery } from './eval-diff';
import { fieldDiff } from './field-diff';
import type { Sessions } from './sessions';
import { applyEdits, EditError, readFields, type Edits } from './yaml-edit';
import { scaffoldService } from './scaffold';

export interface ContentDeps {
  sessions: Sessions;
  store: KnowledgeStore;
  publisher: KnowledgePublisher;
  live: KnowledgeSource;
  buildEngine: (kb: KnowledgeBase) => SearchEngine;
  evalQueries: () => Promise<EvalQuery[]>;
  now: () => Date;
  /** Finnish holidays for opening hours in previews; date-holidays by default. */
  holidays?: HolidayCalendar;
  log: Log;
}

const LANGS = ['fi', 'sv', 'en'] as const;

function missingTranslations(service: Service): string[] {
  const missing = new Set<string>();
  const check = (t: LocalizedText | undefined) => {
    if (t) for (const l of LANGS) if (!t[l].trim()) missing.add(l);
  };
  for (const t of [service.name, service.summary, service.description, service.instructions])
    check(t);
  check(service.audience.text);
  return [...missing];
}

export function serviceSummaries(kb: KnowledgeBase, now: Date) {
  const yearAgo = new Date(now);
  yearAgo.setFullYear(now.getFullYear() - 1);
  return kb.services.map((s) => ({
    id: s.id,
    path: `services/${s.id}.yaml`,
    name: s.name,
    level: s.level,
    lifeStages: s.audience.lifeStages,
    reviewedAt: s.reviewedAt,
    reviewOverdue: new Date(s.reviewedAt) < yearAgo,
    missing: missingTranslations(s),
  }));
}

/** The text the request asks for: full text, or form edits applied to the current file. */
async function requestedText(
  store: KnowledgeStore,
  body: { path: string; text?: unknown; edits?: unknown; base?: unknown },
): Promise<string> {
  if (typeof body.text === 'string') return body.text;
  if (body.edits && typeof body.edits === 'object') {
    // A new file's edits apply to the scaffold it was opened from.
    if (typeof body.base === 'string') return applyEdits(body.base, body.edits as Edits);
    const current = await store.read(body.path);
    if (!current)
      throw new EditError(`${body.path} does not exist; send the whole text to create it`);
    return applyEdits(current.text, body.edits as Edits);
  }
  throw new EditError('Send the file as text or the changed fields as edits.');
}

function readBody(req: Request): { path: string; [k: string]: unknown } {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (typeof body.path !== 'string') throw new EditError('Which file? Send path.');
  assertContentPath(body.path);
  return body as { path: string };
}

/** Known user errors become clear 400s; anything else is left to the server's error handler. */
function handleUserError(res: Response, error: unknown): void {
  if (error instanceof InvalidPathError || error instanceof EditError)
    return sendError(res, 400, 'BadRequest', error.message);
  throw error;
}

/** What serves residents, with the one-line warning the editor shows when it is not the files as they are. */
function knowledgeStatus(live: KnowledgeSource) {
  const status = live.status?.() ?? { source: 'directory' as const, problems: 0 };
  return { ...status, message: describeKnowledgeStatus(status) };
}

/**
 * The top result as residents will see it: the core's view model (what every
 * front door lays out, for the editor UI to show) and the bot's card built
 * from that same view.
 */
function previewSearch(
  kb: KnowledgeBase,
  engine: SearchEngine,
  q: string,
  now: Date,
  holidays: HolidayCalendar,
) {
  const response = engine.search(q.slice(0, 500), { limit: 5 });
  const lang = response.lang;
  const top = response.results[0] && kb.services.find((s) => s.id === response.results[0]?.id);
  const ctx = { kb, lang, t: translator(lang), now, holidays };
  const view = top ? presentService(top, { kb, lang, now, holidays }) : null;
  const card = view ? serviceCardFromView(view, ctx) : null;
  return {
    ...response,
    // Which situation and words fired, said the same way as `npm run search` says it.
    flagText: response.emergency
      ? describeEmergency(response.emergency)
      : response.safetyNet
        ? describeSafetyNet(response.safetyNet)
        : null,
    results: response.results.map((r) => ({
      ...r,
      name: kb.services.find((s) => s.id === r.id)?.name[lang] ?? r.id,
    })),
    view,
    card,
    // What the resident sees before anything else when a flag fires.
    emergencyCard: response.emergency ? emergencyCard(response.emergency, ctx) : null,
  };
}

export function registerContentRoutes(server: Server, deps: ContentDeps): void {
  const { sessions, store, publisher } = deps;
  const holidays = deps.holidays ?? finnishHolidays();

  server.get(
    '/admin/api/services',
    guard(sessions, async (_req, res) => {
      const { kb } = deps.live.current();
      res.send(200, {
        version: kb.version,
        services: serviceSummaries(kb, deps.now()),
        lifeStages: kb.lifeStages.map((l) => ({ id: l.id, name: l.name })),
        files: (await store.list()).map((f) => f.path),
        diskProblems: publisher.diskProblems,
        knowledge: knowledgeStatus(deps.live),
      });
    }),
  );

  server.get(
    '/admin/api/file',
    guard(sessions, async (req, res) => {
      try {
        const path = assertContentPath(String((req.query as { path?: string }).path ?? ''));
        const file = await store.read(path);
        if (!file) return sendError(res, 404, 'NotFound', `${path} does not exist.`);
        let data: unknown = null;
        try {
          data = readFields(file.text);
        } catch {
          // A file broken on disk opens in the raw YAML editor only.
        }
        res.send(200, { ...file, data });
      } catch (error) {
        handleUserError(res, error);
      }
    }),
  );

  server.get(
    '/admin/api/scaffold',
    guard(sessions, async (req, res) => {
      const id = String((req.query as { id?: string }).id ?? '');
      try {
        const path = assertContentPath(`services/${id}.yaml`);
        if (await store.read(path)) return sendError(res, 409, 'Conflict', `${id} exists already.`);
        const text = scaffoldService(id, deps.now());
        res.send(200, { path, text, etag: null, data: readFields(text) });
      } catch (error) {
        handleUserError(res, error);
      }
    }),
  );

  server.post(
    '/admin/api/preview',
    guard(
      sessions,
      async (req, res) => {
        try {
          const body = readBody(req);
          const text = await requestedText(store, body);
          const candidate = await publisher.preview([{ path: body.path, text }]);
          // A change that is not readable YAML (or is an alias bomb) has nothing to preview.
          const unreadable = candidate.problems.filter(
            (p) => p.file === body.path && p.rule === 'yaml',
          );
          if (unreadable.length > 0)
            return res.send(422, {
              error: { code: 'ValidationFailed', message: formatProblem(unreadable[0]!) },
              problems: unreadable,
            });
          const result: Record<string, unknown> = { text, problems: candidate.problems };
          if (candidate.kb && typeof body.q === 'string' && body.q.trim()) {
            const engine = deps.buildEngine(candidate.kb);
            result.search = previewSearch(candidate.kb, engine, body.q, deps.now(), holidays);
            if (body.compare === true)
              result.evalChanges = compareEngines(
                await deps.evalQueries(),
                deps.live.current().engine,
                engine,
              );
          } else if (candidate.kb && body.compare === true) {
            result.evalChanges = compareEngines(
              await deps.evalQueries(),
              deps.live.current().engine,
              deps.buildEngine(candidate.kb),
            );
          }
          res.send(200, result);
        } catch (error) {
          handleUserError(res, error);
        }
      },
      { change: true },
    ),
  );

  server.put(
    '/admin/api/file',
    guard(
      sessions,
      async (req, res, session) => {
        try {
          const body = readBody(req);
          const etag = typeof body.etag === 'string' ? body.etag : null;
          const text = await requestedText(store, body);
          const result = await publisher.save(body.path, text, {
            expectedEtag: etag,
            author: session.user,
          });
          if (!result.ok) {
            return res.send(422, {
              error: {
                code: 'ValidationFailed',
                message: 'Not published: fix the problems below. The live version keeps serving.',
              },
              problems: result.problems.filter((p: Problem) => p.severity === 'error'),
            });
          }
          deps.log(
            `admin: ${session.user} published ${body.path} in ${describeTimings(result.timings)}`,
          );
          res.send(200, { file: result.file, version: result.version, problems: result.problems });
        } catch (error) {
          if (error instanceof ConflictError) {
            return res.send(409, {
              error: { code: 'Conflict', message: error.message },
              current: error.current,
            });
          }
          handleUserError(res, error);
        }
      },
      { change: true },
    ),
  );

  server.get(
    '/admin/api/history',
    guard(sessions, async (req, res) => {
      try {
        const raw = (req.query as { path?: string }).path;
        const path = raw ? assertContentPath(raw) : undefined;
        const entries = await store.history({ path, limit: 100 });
        res.send(
          200,
          entries.map((e) => ({
            id: e.id,
            at: e.at,
            author: e.author,
            action: e.action,
            path: e.path,
            reverts: e.reverts,
            canRevert: e.before !== null,
            changes: fieldDiff(e.before, e.after),
          })),
        );
      } catch (error) {
        handleUserError(res, error);
      }
    }),
  );

  server.post(
    '/admin/api/revert',
    guard(
      sessions,
      async (req, res, session) => {
        const id = String((req.body as { id?: unknown } | undefined)?.id ?? '');
        try {
          const result = await publisher.revert(id, session.user);
          if (!result) return sendError(res, 404, 'NotFound', 'No such history entry to revert.');
          if (!result.ok)
            return res.send(422, {
              error: {
                code: 'ValidationFailed',
                message: 'Reverting would break the knowledge base.',
              },
              problems: result.problems.filter((p) => hasErrors([p])),
            });
          res.send(200, { file: result.file, version: result.version });
        } catch (error) {
          if (error instanceof ConflictError)
            return res.send(409, {
              error: { code: 'Conflict', message: error.message },
              current: error.current,
            });
          handleUserError(res, error);
        }
      },
      { change: true },
    ),
  );
}
