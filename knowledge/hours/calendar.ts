/**
 * Holidays as the opening-hours logic sees them: a lookup from a Helsinki
 * calendar date to the holiday on it. The lookup is a parameter, never a
 * global, so the extension can ship a small precomputed table while the server
 * asks date-holidays directly (see finnish-holidays.ts), and tests pin both.
 */
import type { LocalizedText } from '../schema';

/** date-holidays' types that close a weekday clinic: public holidays and bank holidays (Christmas Eve, Midsummer Eve; not New Year's Eve, see finnish-holidays.ts). */
export const CLOSING_HOLIDAY_TYPES = ['public', 'bank'] as const;
export type HolidayType = (typeof CLOSING_HOLIDAY_TYPES)[number];

export interface Holiday {
  /** YYYY-MM-DD in Helsinki. */
  date: string;
  type: HolidayType;
  name: LocalizedText;
}

/** The holiday on a Helsinki calendar date (YYYY-MM-DD), if any. */
export type HolidayCalendar = (date: string) => Holiday | undefined;

/** A precomputed list of holidays, as bundled into the extension. */
export type HolidayTable = readonly Holiday[];

/** No holidays at all: for hours that do not follow the Finnish calendar, and for tests that must not. */
export const NO_HOLIDAYS: HolidayCalendar = () => undefined;

/** A calendar that looks dates up in a precomputed table. */
export function calendarFromTable(table: HolidayTable): HolidayCalendar {
  const byDate = new Map(table.map((holiday) => [holiday.date, holiday]));
  return (date) => byDate.get(date);
}
