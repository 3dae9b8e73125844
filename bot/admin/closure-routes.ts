/**
 * `POST /admin/api/closure`: an editor adds a one-off closure (exceptional
 * hours with isClosed) to a service's channel or to a service point, e.g.
 * "closed 7 January for staff training". The closure is appended to the
 * file's `exceptionalHours` and saved through the publisher like any other
 * edit, so the same validation gate, etag check and history apply.
 */
import type { Server } from 'restify';
import type { LocalizedText } from '../../knowledge/schema';
import type { KnowledgePublisher } from '../../knowledge/store/publisher';
import { ConflictError, InvalidPathError, type KnowledgeStore } from '../../knowledge/store/store';
import { assertContentPath } from '../../knowledge/store/content-path';
import { sendError, type Log } from '../server/errors';
import { guard } from './auth';
import type { Sessions } from './sessions';
import { applyEdits, EditError, readFields } from './yaml-edit';

export interface ClosureDeps {
  sessions: Sessions;
  store: KnowledgeStore;
  publisher: KnowledgePublisher;
  log: Log;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_NOTE = 300;
/** A closure longer than a year is a change of weekly hours, not an exception. */
const MAX_DAYS = 366;

export interface ClosureRequest {
  path: string;
  /** A channel index for services/<id>.yaml, or a service point id for municipalities.yaml. */
  channel?: number;
  point?: string;
  validFrom: string;
  validTo?: string;
  note?: LocalizedText;
  etag?: string | null;
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value));

/** Checks the request's own shape; the content rules are the publisher's. */
export function readClosure(body: unknown): ClosureRequest {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.path !== 'string') throw new EditError('Which file? Send path.');
  const path = assertContentPath(b.path);
  if (!isDate(b.validFrom)) throw new EditError('validFrom: expected a date as YYYY-MM-DD.');
  if (b.validTo !== undefined && b.validTo !== '' && !isDate(b.validTo))
    throw new EditError('validTo: expected a date as YYYY-MM-DD.');
  const validTo = typeof b.validTo === 'string' && b.validTo !== '' ? b.validTo : undefined;
  if (validTo && validTo < b.validFrom) throw new EditError('validTo is before validFrom.');
  if (validTo && (Date.parse(validTo) - Date.parse(b.validFrom)) / 86_400_000 > MAX_DAYS)
    throw new EditError(
      `A closure can be at most ${MAX_DAYS} days; change the weekly hours instead.`,
    );
  const out: ClosureRequest = { path, validFrom: b.validFrom };
  if (validTo) out.validTo = validTo;
  if (path.startsWith('services/')) {
    if (!Number.isInteger(b.channel) || (b.channel as number) < 0)
      throw new EditError('channel: expected the index of the channel to close.');
    out.channel = b.channel as number;
  } else if (path === 'municipalities.yaml') {
    if (typeof b.point !== 'string' || !b.point)
      throw new EditError('point: expected a service point id.');
    out.point = b.point;
  } else {
    throw new EditError('Closures go on a service channel or a service point.');
  }
  if (b.note !== undefined) {
    const note = b.note as Record<string, unknown>;
    const text = (lang: string) =>
      typeof note?.[lang] === 'string' ? (note[lang] as string).trim() : '';
    const localized = { fi: text('fi'), sv: text('sv'), en: text('en') };
    if (Object.values(localized).some((t) => t.length > MAX_NOTE))
      throw new EditError(`note: at most ${MAX_NOTE} characters per language.`);
    if (localized.fi || localized.sv || localized.en) out.note = localized;
  }
  if (typeof b.etag === 'string') out.etag = b.etag;
  return out;
}

/** The dotted path of the `exceptionalHours` list the closure goes into. */
function targetField(request: ClosureRequest, fields: Record<string, unknown>): string {
  if (request.channel !== undefined) {
    const channels = Array.isArray(fields.channels) ? fields.channels : [];
    if (request.channel >= channels.length)
      throw new EditError(
        `channel ${request.channel}: the service has ${channels.length} channels.`,
      );
    return `channels.${request.channel}.exceptionalHours`;
  }
  const municipalities = Array.isArray(fields.municipalities) ? fields.municipalities : [];
  for (const [m, municipality] of municipalities.entries()) {
    const points = (municipality as { servicePoints?: { id?: string }[] }).servicePoints ?? [];
    const p = points.findIndex((point) => point.id === request.point);
    if (p !== -1) return `municipalities.${m}.servicePoints.${p}.exceptionalHours`;
  }
  throw new EditError(`No service point ${String(request.point).slice(0, 80)}.`);
}

function getIn(value: unknown, field: string): unknown {
  return field
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], value);
}

export function registerClosureRoutes(server: Server, deps: ClosureDeps): void {
  server.post(
    '/admin/api/closure',
    guard(
      deps.sessions,
      async (req, res, session) => {
        try {
          const request = readClosure(req.body);
          const current = await deps.store.read(request.path);
          if (!current) return sendError(res, 404, 'NotFound', `${request.path} does not exist.`);
          const fields = readFields(current.text);
          const field = targetField(request, fields);
          const existing = getIn(fields, field);
          const closure = {
            validFrom: request.validFrom,
            ...(request.validTo ? { validTo: request.validTo } : {}),
            isClosed: true,
            ...(request.note ? { note: request.note } : {}),
          };
          const list = Array.isArray(existing) ? [...existing, closure] : [closure];
          const text = applyEdits(current.text, { [field]: list });
          const result = await deps.publisher.save(request.path, text, {
            expectedEtag: request.etag ?? current.etag,
            author: session.user,
          });
          if (!result.ok)
            return res.send(422, {
              error: {
                code: 'ValidationFailed',
                message: 'Not published: the closure is not valid.',
              },
              problems: result.problems.filter((p) => p.severity === 'error'),
            });
          deps.log(`admin: ${session.user} added a closure to ${request.path}`);
          res.send(200, { file: result.file, version: result.version, closure });
        } catch (error) {
          if (error instanceof ConflictError)
            return res.send(409, {
              error: { code: 'Conflict', message: error.message },
              current: error.current,
            });
          if (error instanceof EditError || error instanceof InvalidPathError)
            return sendError(res, 400, 'BadRequest', (error as Error).message);
          throw error;
        }
      },
      { change: true },
    ),
  );
}
