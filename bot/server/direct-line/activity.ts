/**
 * What the Direct Line accepts from a client. Only the fields a resident's
 * client legitimately sets survive; routing fields (conversation, recipient,
 * serviceUrl, channelId) are always set by the server, never by the client.
 */
import { z } from 'zod';
import type { Activity } from 'botbuilder';

/** Longest message text the bot will read. */
export const MAX_TEXT_LENGTH = 2000;

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
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid activity';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
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
