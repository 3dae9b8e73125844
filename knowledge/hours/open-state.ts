/**
 * Is a channel or service point open now, and when does it open next? One
 * day's hours come from, in order: exceptional hours covering the date, then
 * (on a Finnish public or bank holiday) the week's Sunday hours, as Finnish
 * services keep "sunday hours" on holidays, so a weekday clinic is closed,
 * then the weekly hours. Pure and browser-safe (the extension uses it too).
 */
import type { DayPeriod, ExceptionalHours, OpeningHours } from '../schema';
import type { Holiday, HolidayCalendar } from './calendar';
import { addDays, dayOf, helsinkiTime, toMinutes } from './clock';
import type { Day } from '../schema';

/** How far ahead the next opening is looked for: covers a long summer closure. */
const LOOKAHEAD_DAYS = 62;

export interface OpenState {
  open: boolean;
  /** Open round the clock. */
  always?: boolean;
  /** Neither weekly nor exceptional hours say anything about today. */
  unknown?: boolean;
  /** When open: today's closing time (HH:MM, may be "24:00"). */
  closesAt?: string;
  /** When closed: the next opening, with its date so the day can be named. */
  opensAt?: { date: string; day: Day; time: string };
  /** Why today is not the usual week: the holiday, or the exceptional hours in force. */
  holiday?: Holiday;
  exception?: ExceptionalHours;
}

export interface HoursSource {
  hours?: OpeningHours | undefined;
  exceptionalHours?: readonly ExceptionalHours[] | undefined;
}

interface DaySchedule {
  periods: DayPeriod[] | 'always' | 'unknown';
  holiday?: Holiday;
  exception?: ExceptionalHours;
}

/** The exceptional hours covering `date`; the last listed wins, as editors append newer ones. */
function exceptionOn(
  exceptions: readonly ExceptionalHours[] | undefined,
  date: string,
): ExceptionalHours | undefined {
  return exceptions?.findLast((e) => e.validFrom <= date && date <= (e.validTo ?? e.validFrom));
}

function weekly(hours: OpeningHours | undefined, day: Day): DaySchedule['periods'] {
  if (hours === undefined) return 'unknown';
  if (hours === 'always') return 'always';
  return hours.filter((p) => p.days.includes(day)).map(({ opens, closes }) => ({ opens, closes }));
}

/** The hours on one Helsinki calendar date, and what decided them. */
export function scheduleOn(
  source: HoursSource,
  date: string,
  holidays: HolidayCalendar,
): DaySchedule {
  const exception = exceptionOn(source.exceptionalHours, date);
  if (exception) return { periods: exception.isClosed ? [] : (exception.hours ?? []), exception };
  const holiday = source.hours === 'always' ? undefined : holidays(date);
  if (holiday) return { periods: weekly(source.hours, 'sun'), holiday };
  return { periods: weekly(source.hours, dayOf(date)) };
}

const opensBefore = (p: DayPeriod) => toMinutes(p.closes) <= toMinutes(p.opens);

/** Whether the source is open at `now`, with the closing time or the next opening. */
export function openState(source: HoursSource, now: Date, holidays: HolidayCalendar): OpenState {
  const { date, minutes } = helsinkiTime(now);
  const today = scheduleOn(source, date, holidays);
  const why = {
    ...(today.holiday ? { holiday: today.holiday } : {}),
    ...(today.exception ? { exception: today.exception } : {}),
  };
  if (today.periods === 'always') return { open: true, always: true, ...why };
  if (today.periods === 'unknown') return { open: false, unknown: true };

  for (const p of today.periods) {
    const inside =
      minutes >= toMinutes(p.opens) && (opensBefore(p) || minutes < toMinutes(p.closes));
    if (inside) return { open: true, closesAt: p.closes, ...why };
  }
  // A period such as 22:00–02:00 that began yesterday.
  const yesterday = scheduleOn(source, addDays(date, -1), holidays).periods;
  if (Array.isArray(yesterday)) {
    const late = yesterday.find((p) => opensBefore(p) && minutes < toMinutes(p.closes));
    if (late) return { open: true, closesAt: late.closes, ...why };
  }

  // Closed: the earliest opening from now on, later today first, then the coming days.
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(date, offset);
    const { periods } = offset === 0 ? today : scheduleOn(source, day, holidays);
    if (periods === 'always')
      return { open: false, opensAt: { date: day, day: dayOf(day), time: '00:00' }, ...why };
    if (periods === 'unknown') continue;
    const starts = periods
      .map((p) => p.opens)
      .filter((opens) => offset > 0 || toMinutes(opens) > minutes)
      .sort();
    if (starts[0])
      return { open: false, opensAt: { date: day, day: dayOf(day), time: starts[0] }, ...why };
  }
  return { open: false, ...why };
}
