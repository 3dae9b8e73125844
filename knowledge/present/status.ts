/**
 * The opening status as words: "closed (Christmas Eve), opens on Monday 28 Dec
 * at 8:00". Today and tomorrow are said as such; later days are named, with
 * the date when they are not within the coming week or when a holiday or
 * exceptional hours are involved, so nobody mistakes which Monday is meant.
 */
import { addDays, helsinkiTime, openState, type HoursSource } from '../hours';
import type { HolidayCalendar } from '../hours/calendar';
import type { Language } from '../schema';
import { STRINGS } from './i18n';
import { localize } from './text';
import type { Status } from './types';

export function statusOf(
  source: HoursSource,
  { lang, now, holidays }: { lang: Language; now: Date; holidays: HolidayCalendar },
): Status {
  const s = STRINGS[lang];
  const state = openState(source, now, holidays);
  const reason = state.exception
    ? localize(state.exception.note, lang).text || s.exceptionalHours
    : state.holiday?.name[lang];
  const withReason = (text: string) => (reason ? s.because(text, reason) : text);
  if (state.unknown) return { state: 'unknown', text: s.unknown };
  if (state.always) return { state: 'always', text: s.always };
  const extra = reason ? { reason } : {};
  if (state.open) {
    if (!state.closesAt) return { state: 'open', text: s.openNow, ...extra };
    const text = s.openUntil(s.clock(state.closesAt));
    return { state: 'open', text: withReason(text), closesAt: state.closesAt, ...extra };
  }
  if (!state.opensAt) return { state: 'closed', text: withReason(s.closed), ...extra };
  const { date, day, time } = state.opensAt;
  const today = helsinkiTime(now).date;
  const clock = s.clock(time);
  const when =
    date === today
      ? s.today(clock)
      : date === addDays(today, 1)
        ? s.tomorrow(clock)
        : date <= addDays(today, 6) && !reason
          ? s.onDay(day, clock)
          : s.onDate(day, s.date(date), clock);
  return {
    state: 'closed',
    text: s.closedOpens(withReason(s.closed), when),
    opensAt: state.opensAt,
    ...extra,
  };
}
