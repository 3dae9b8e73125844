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
