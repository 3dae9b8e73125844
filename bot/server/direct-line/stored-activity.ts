/**
 * What the Direct Line keeps of an activity while its conversation lives.
 * Pure functions, shared by every DirectLineStore implementation (in memory
 * today, Redis later), so the bounds do not depend on where activities live:
 * a resident's echo keeps only what clients render or match on, with personal
 * data redacted, and every stored activity has a byte bound.
 */
import type { Activity } from 'botbuilder';

/** The channelData keys Web Chat and directlinejs read back from an echo. */
const ECHO_CHANNEL_DATA = ['clientActivityID', 'clientTimestamp'] as const;

/**
 * The copy of a resident's activity that goes into the stream the client
 * polls: type, sender, redacted text and the client's own ids. `value`,
 * entities and any other channelData reach the bot but are not kept, so a
 * client cannot park data in server memory. Web Chat shows the redacted text
 * in place of what was typed: honest feedback that the code was not kept.
 */
export function echoOfClientActivity(
  activity: Partial<Activity>,
  redact: (text: string) => string,
): Partial<Activity> {
  const echo: Partial<Activity> = { type: activity.type };
  if (activity.from) {
    const from: Record<string, string> = { id: redact(activity.from.id) };
    if (activity.from.name) from.name = redact(activity.from.name);
    if (activity.from.role) from.role = activity.from.role;
    echo.from = from as unknown as Activity['from'];
  }
  for (const key of ['channelId', 'serviceUrl', 'conversation', 'recipient'] as const) {
    if (activity[key] !== undefined) (echo as Record<string, unknown>)[key] = activity[key];
  }
  if (typeof activity.text === 'string') echo.text = redact(activity.text);
  if (activity.textFormat) echo.textFormat = activity.textFormat;
  if (activity.locale) echo.locale = activity.locale;
  if (activity.name) echo.name = activity.name;
  const channelData: Record<string, string> = {};
  for (const key of ECHO_CHANNEL_DATA) {
    const value = (activity.channelData as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'string') channelData[key] = value.slice(0, 128);
  }
  if (Object.keys(channelData).length > 0) echo.channelData = channelData;
  return echo;
}

/** Bytes an activity takes as JSON (UTF-8): the unit of every Direct Line byte budget. */
export function activityBytes(activity: Partial<Activity>): number {
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}

/** Keys an activity keeps when it is cut down to its byte bound: enough for a client to show and order it. */
const ESSENTIAL = [
  'type',
  'id',
  'timestamp',
  'from',
  'replyToId',
  'conversation',
  'locale',
] as const;

/**
 * `activity` if it fits in `maxBytes`; otherwise its essentials with the text
 * shortened to fit (attachments, value and channelData other than the
 * client's id are dropped). A resident's echo never gets near the bound; this
 * guards the store against anything unexpected, bot replies included.
 */
export function boundActivity(activity: Partial<Activity>, maxBytes: number): Partial<Activity> {
  if (activityBytes(activity) <= maxBytes) return activity;
  const cut: Record<string, unknown> = {};
  for (const key of ESSENTIAL) if (activity[key] !== undefined) cut[key] = activity[key];
  const clientId = (activity.channelData as Record<string, unknown> | undefined)?.clientActivityID;
  if (typeof clientId === 'string') cut.channelData = { clientActivityID: clientId.slice(0, 128) };
  const skeleton = activityBytes(cut as Partial<Activity>);
  if (skeleton > maxBytes) return { type: activity.type, id: activity.id };
  const text = typeof activity.text === 'string' ? activity.text : '';
  // Start from one byte per character (most text) and halve until it fits: multi-byte text
  // and JSON escapes (up to 6 bytes a character) take a step or two more.
  let room = maxBytes - skeleton - 16;
  let shortened = text.slice(0, Math.max(0, room));
  while (
    room > 0 &&
    activityBytes({ ...cut, text: `${shortened}…` } as Partial<Activity>) > maxBytes
  ) {
    room = Math.floor(room / 2);
    shortened = text.slice(0, room);
  }
  if (shortened) cut.text = `${shortened}…`;
  return cut as Partial<Activity>;
}

/**
 * How many of the oldest activities to drop so that a stream of activities
 * with these sizes (oldest first) holds at most `maxActivities` and
 * `maxBytes`. The newest activity always stays, so a client polling with its
 * watermark sees the stream move forward, never back.
 */
export function oldestToDrop(
  sizes: readonly number[],
  { maxActivities, maxBytes }: { maxActivities: number; maxBytes: number },
): number {
  let drop = Math.max(0, sizes.length - maxActivities);
  let total = 0;
  for (let i = drop; i < sizes.length; i++) total += sizes[i] ?? 0;
  while (total > maxBytes && drop < sizes.length - 1) {
    total -= sizes[drop] ?? 0;
    drop += 1;
  }
  return drop;
}
