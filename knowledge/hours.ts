/**
 * Is a channel open now, and when does it open next? Opening hours are weekly
 * periods in Europe/Helsinki local time; `now` is converted with Intl, so the
 * answer stays right across daylight-saving changes wherever the server runs.
 * Pure and browser-safe (the extension uses it too).
 */
import { CHANNEL_KINDS, DAYS, type ChannelKind, type Day, type OpeningHours } from './schema';

export const HELSINKI = 'Europe/Helsinki';

export interface OpenState {
  open: boolean;
  /** Open round the clock. */
  always?: boolean;
  /** When open: today's closing time (HH:MM, may be "24:00"). */
  closesAt?: string;
  /** When closed: the next opening, within the coming week. */
  opensAt?: { day: Day; time: string };
}

const WEEKDAY_INDEX: Record<string, number> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

const helsinkiClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday (0 = Monday) and minute of the day in Helsinki at `now`. */
export function helsinkiTime(now: Date): { dayIndex: number; minutes: number } {
  const parts = Object.fromEntries(helsinkiClock.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    dayIndex: WEEKDAY_INDEX[parts.weekday ?? 'Mon'] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether `hours` are open at `now`, with the closing time or the next opening. */
export function openState(hours: OpeningHours, now: Date): OpenState {
  if (hours === 'always') return { open: true, always: true };
  const { dayIndex, minutes } = helsinkiTime(now);
  const today = DAYS[dayIndex] as Day;
  const yesterday = DAYS[(dayIndex + 6) % 7] as Day;

  for (const period of hours) {
    const opens = toMinutes(period.opens);
    const closes = toMinutes(period.closes);
    const overnight = closes <= opens;
    if (period.days.includes(today) && minutes >= opens && (overnight || minutes < closes)) {
      return { open: true, closesAt: period.closes };
    }
    // A period such as 22:00–02:00 that began yesterday.
    if (overnight && period.days.includes(yesterday) && minutes < closes) {
      return { open: true, closesAt: period.closes };
    }
  }

  // Closed: the earliest opening from now on, today (later) first, then the next seven days.
  for (let offset = 0; offset <= 7; offset++) {
    const day = DAYS[(dayIndex + offset) % 7] as Day;
    const starts = hours
      .filter((p) => p.days.includes(day))
      .map((p) => p.opens)
      .filter((opens) => offset > 0 || toMinutes(opens) > minutes)
      .sort();
    if (starts[0]) return { open: false, opensAt: { day, time: starts[0] } };
  }
  return { open: false };
}

/** Channels ordered digital first (self-service, digital contact, visit, mobile); stable within a kind. */
export function orderChannels<T extends { kind: ChannelKind }>(channels: readonly T[]): T[] {
  return channels
    .map((channel, index) => ({ channel, index }))
    .sort(
      (a, b) =>
        CHANNEL_KINDS.indexOf(a.channel.kind) - CHANNEL_KINDS.indexOf(b.channel.kind) ||
        a.index - b.index,
    )
    .map(({ channel }) => channel);
}
