/** "open now, until 15:30" / "closed, opens on Monday at 08:00", in the conversation's language. */
import { helsinkiTime, openState } from '../../knowledge/hours';
import { DAYS, type OpeningHours } from '../../knowledge/schema';
import type { Translate } from '../i18n';

export function openingText(hours: OpeningHours | undefined, now: Date, t: Translate): string {
  if (!hours) return t('hours.unknown');
  const state = openState(hours, now);
  if (state.always) return t('hours.always');
  if (state.open) {
    return state.closesAt ? t('hours.openUntil', { time: state.closesAt }) : t('hours.openNow');
  }
  if (!state.opensAt) return t('hours.closed');
  const today = helsinkiTime(now).dayIndex;
  const offset = (DAYS.indexOf(state.opensAt.day) - today + 7) % 7;
  const time = state.opensAt.time;
  // Offset 0 with the time already passed means the same weekday next week: a day name, not "today".
  if (offset === 0 && !passedToday(now, time)) return t('hours.opensToday', { time });
  if (offset === 1) return t('hours.opensTomorrow', { time });
  return t('hours.opensOn', { day: t(`days.${state.opensAt.day}`), time });
}

function passedToday(now: Date, time: string): boolean {
  const [h = '0', m = '0'] = time.split(':');
  return helsinkiTime(now).minutes >= Number(h) * 60 + Number(m);
}
