import { NO_HOLIDAYS, openState } from '../../../knowledge/hours';
import type { OpeningHours } from '../../../knowledge/schema';
import type { Translate } from '../../i18n';

/** "open now, until 15:30" / "closed, opens Mon 08:00" in the counsellor's language. */
export function describeHours(hours: OpeningHours, now: Date, t: Translate): string {
  const state = openState({ hours }, now, NO_HOLIDAYS);
  if (state.always) return t('hours.always');
  if (state.open) return t('hours.openUntil', { time: state.closesAt ?? '' });
  if (state.opensAt) {
    return t('hours.opensAt', { day: t(`day.${state.opensAt.day}`), time: state.opensAt.time });
  }
  return t('hours.closed');
}
