/**
 * Finnish public and bank holidays from date-holidays, including the moving
 * ones (Easter, Ascension, Whitsun, Midsummer, All Saints'). Server and build
 * time only: date-holidays carries every country's rules and a time-zone
 * database, far too much for the extension, which bundles `finnishHolidayTable`
 * for a span of years instead (wxt.config.ts).
 */
import Holidays from 'date-holidays';
import { LANGUAGES, type LocalizedText } from '../schema';
import {
  CLOSING_HOLIDAY_TYPES,
  type Holiday,
  type HolidayCalendar,
  type HolidayType,
} from './calendar';

const isClosingType = (type: string): type is HolidayType =>
  (CLOSING_HOLIDAY_TYPES as readonly string[]).includes(type);

/**
 * date-holidays calls three Finnish days "bank" holidays. Two close public
 * clinics in practice (Christmas Eve, Midsummer Eve); New Year's Eve is an
 * ordinary working day on which health centres are open, so it closes nothing.
 */
const WORKING_BANK_DAYS = new Set(['12-31']);
const isWorkingDay = (type: HolidayType, date: string): boolean =>
  type === 'bank' && WORKING_BANK_DAYS.has(date.slice(5, 10));

/** One year's closing holidays, named in fi, sv and en. */
function holidaysOfYear(year: number): Holiday[] {
  const byLang = LANGUAGES.map((lang) => ({
    lang,
    days: new Holidays('FI', { languages: [lang], timezone: 'Europe/Helsinki' }).getHolidays(year),
  }));
  const [first] = byLang;
  if (!first) return [];
  const out: Holiday[] = [];
  for (const [i, day] of first.days.entries()) {
    if (!isClosingType(day.type) || isWorkingDay(day.type, day.date)) continue;
    const name = {} as LocalizedText;
    for (const { lang, days } of byLang) name[lang] = days[i]?.name ?? day.name;
    out.push({ date: day.date.slice(0, 10), type: day.type, name });
  }
  return out;
}

/** Every closing holiday from `fromYear` to `toYear` inclusive: the table the extension bundles. */
export function finnishHolidayTable(fromYear: number, toYear: number): Holiday[] {
  const out: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) out.push(...holidaysOfYear(year));
  return out;
}

/** A calendar for any year, computed once per year on first use. */
export function finnishHolidays(): HolidayCalendar {
  const years = new Map<number, Map<string, Holiday>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      days = new Map(holidaysOfYear(year).map((h) => [h.date, h]));
      years.set(year, days);
    }
    return days.get(date);
  };
}
