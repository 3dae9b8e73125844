/**
 * What the Direct Line accepts from a client. Only the fields a resident's
 * client legitimately sets survive; routing fields (conversation, recipient,
 * serviceUrl, channelId) are always set by the server, never by the client.
 */
import { z } from 'zod';
import type { Activity } from 'botbuilder';
import type { Next, Request, Response } from 'restify';
import { sendError } from '../errors';

/** Longest message text the bot will read. */
export const MAX_TEXT_LENGTH = 2000;

/** Largest activity a client may post: 2,000 characters of text and the client's metadata fit easily. */
export const MAX_ACTIVITY_BYTES = 16 * 1024;

/** Bounds of free-form JSON a client sends (a card's submitted `value`, channelData, entities). */
export const MAX_JSON_DEPTH = 8;
export const MAX_VALUE_BYTES = 4 * 1024;

/** Nesting depth of a parsed JSON value, counted without recursion and given up past `limit`. */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Free-form JSON, at most MAX_JSON_DEPTH levels deep and MAX_VALUE_BYTES long. */
function boundedJson<T extends z.ZodType>(schema: T) {
  return schema.superRefine((value, ctx) => {
    if (value === undefined) return;
    if (depthExceeds(value, MAX_JSON_DEPTH)) {
      ctx.addIssue({
        code: 'custom',
        message: `is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`,
      });
      return;
    }
    if (Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `is too large (at most ${MAX_VALUE_BYTES} bytes as JSON)`,
      });
    }
  });
}

const Locale = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'locale must be a language tag such as fi-FI');

const Account = z.object({
  id: z.string().min(1).max(128),
  name: z.string().max(128).optional(),
});

const StartRequest = z
  .object({
    user: z.object({ id: z.string().min(1).max(128).optional() }).optional(),
    locale: Locale.optional(),
  })
  .optional();

const UserActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z
    .string()
    .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`)
    .optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  from: Account.optional(),
  locale: Locale.optional(),
  name: z.string().max(128).optional(),
  value: boundedJson(z.unknown()).optional(),
  channelData: boundedJson(z.record(z.string(), z.unknown())).optional(),
  entities: boundedJson(z.array(z.record(z.string(), z.unknown())).max(10)).optional(),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid activity';
  const where = issue.path.length
    ? `${issue.path.join('.')}${issue.code === 'custom' ? ' ' : ': '}`
    : '';
  return `${where}${issue.message}`;
}

export function parseStartRequest(body: unknown): Parsed<{ locale?: string; userId?: string }> {
  // An empty body is a valid start; restify leaves it undefined or as an empty string.
  const parsed = StartRequest.safeParse(body === '' || body === null ? undefined : body);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  return { ok: true, value: { locale: parsed.data?.locale, userId: parsed.data?.user?.id } };
}

export function parseUserActivity(body: unknown): Parsed<Partial<Activity>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The body must be a JSON activity object.' };
  }
  const parsed = UserActivity.safeParse(body);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const { from, ...rest } = parsed.data;
  const value = { ...rest, from: from ?? { id: 'user' } } as Partial<Activity>;
  return { ok: true, value };
}

/**
 * Refuses a Direct Line body larger than MAX_ACTIVITY_BYTES before it is read
 * (413), so a client cannot make the server parse 64 kB per request.
 * Runs before the body parser; a chunked body is checked after parsing.
 */
export function rejectOversizedDirectLineBody(req: Request, res: Response, next: Next): void {
  if (!req.path().startsWith('/v3/directline/')) return next();
  if (Number(req.header('content-length') ?? 0) <= MAX_ACTIVITY_BYTES) return next();
  sendError(res, 413, 'PayloadTooLarge', `An activity is at most ${MAX_ACTIVITY_BYTES} bytes.`);
  return next(false);
}
