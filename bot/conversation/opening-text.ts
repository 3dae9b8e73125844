/** "avoinna nyt, klo 15.30 asti" / "closed, opens on Monday at 08:00", in the conversation's language. */
import { helsinkiTime, NO_HOLIDAYS, openState } from '../../knowledge/hours';
import { DAYS, type OpeningHours } from '../../knowledge/schema';
import type { Translate } from '../i18n';

export function openingText(hours: OpeningHours | undefined, now: Date, t: Translate): string {
  if (!hours) return t('hours.unknown');
  const state = openState({ hours }, now, NO_HOLIDAYS);
  if (state.always) return t('hours.always');
  if (state.open) {
    return state.closesAt
      ? t('hours.openUntil', { time: clock(state.closesAt, t) })
      : t('hours.openNow');
  }
  if (!state.opensAt) return t('hours.closed');
  const today = helsinkiTime(now).dayIndex;
  const offset = (DAYS.indexOf(state.opensAt.day) - today + 7) % 7;
  const time = clock(state.opensAt.time, t);
  // Offset 0 with the time already passed means the same weekday next week: a day name, not "today".
  if (offset === 0 && !passedToday(now, state.opensAt.time)) return t('hours.opensToday', { time });
  if (offset === 1) return t('hours.opensTomorrow', { time });
  return t('hours.opensOn', { day: t(`days.${state.opensAt.day}`), time });
}

function passedToday(now: Date, time: string): boolean {
  const [h = '0', m = '0'] = time.split(':');
  return helsinkiTime(now).minutes >= Number(h) * 60 + Number(m);
}

/** HH:MM as the language writes it: "15.30" in Finnish and Finland-Swedish, "15:30" in English. */
function clock(time: string, t: Translate): string {
  const [hours = '00', minutes = '00'] = time.split(':');
  return t('hours.clock', { hours, minutes });
}
