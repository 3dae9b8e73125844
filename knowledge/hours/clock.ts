/**
 * Helsinki wall-clock time and calendar dates. `now` is converted with Intl,
 * and days are counted on the calendar (never by adding 24 hours), so the
 * answers stay right across daylight-saving changes wherever the code runs.
 */
import { DAYS, type Day } from '../schema';

export const HELSINKI = 'Europe/Helsinki';

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
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface HelsinkiTime {
  /** YYYY-MM-DD in Helsinki. */
  date: string;
  /** 0 = Monday. */
  dayIndex: number;
  /** Minutes since local midnight. */
  minutes: number;
}

/** The date, weekday (0 = Monday) and minute of the day in Helsinki at `now`. */
export function helsinkiTime(now: Date): HelsinkiTime {
  const parts = Object.fromEntries(helsinkiClock.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    dayIndex: WEEKDAY_INDEX[parts.weekday ?? 'Mon'] ?? 0,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The calendar date `days` after `date` (YYYY-MM-DD), counted in UTC so no clock change interferes. */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function dayOf(date: string): Day {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  // getUTCDay: 0 = Sunday; DAYS starts on Monday.
  return DAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] as Day;
}

/** "HH:MM" as minutes since midnight ("24:00" is 1440). */
export function toMinutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}
