/**
 * PTV service hours (Open API v11 `serviceHours` of a service channel) -> our
 * weekly hours and exceptional hours. PTV's "Exceptional" entries carry a date
 * range (validFrom/validTo), isClosed or opening hours, and additional
 * information per language; they become `exceptionalHours` unchanged in
 * meaning. Input is checked loosely: only what is read here.
 */
import { z } from 'zod';
import {
  DAYS,
  type Day,
  type DayPeriod,
  type ExceptionalHours,
  type LocalizedText,
  type OpeningHours,
  type OpeningPeriod,
} from '../schema';

const PtvOpeningHour = z.looseObject({
  dayFrom: z.string().nullable().optional(),
  dayTo: z.string().nullable().optional(),
  from: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
});
const PtvServiceHour = z.looseObject({
  serviceHourType: z.string(),
  validFrom: z.string().nullable().optional(),
  validTo: z.string().nullable().optional(),
  isClosed: z.boolean().nullable().optional(),
  isAlwaysOpen: z.boolean().nullable().optional(),
  additionalInformation: z
    .array(z.looseObject({ value: z.string().nullable().optional(), language: z.string() }))
    .nullable()
    .optional(),
  openingHour: z.array(PtvOpeningHour).nullable().optional(),
});
export const PtvServiceHours = z.array(PtvServiceHour);
export type PtvServiceHours = z.infer<typeof PtvServiceHours>;

export interface ImportedHours {
  hours?: OpeningHours;
  exceptionalHours: ExceptionalHours[];
  /** What could not be read, for the person running the import. */
  notes: string[];
}

const PTV_DAYS: Record<string, Day> = {
  Monday: 'mon',
  Tuesday: 'tue',
  Wednesday: 'wed',
  Thursday: 'thu',
  Friday: 'fri',
  Saturday: 'sat',
  Sunday: 'sun',
};

/** "08:00:00" -> "08:00"; PTV writes midnight at the end of a day as "00:00:00" or "24:00:00". */
const clock = (time: string | null | undefined): string | undefined =>
  /^\d{2}:\d{2}/.test(time ?? '') ? time!.slice(0, 5) : undefined;

/** PTV's dates are local (Helsinki) date-times such as "2026-12-24T00:00:00"; the date part is the day. */
const datePart = (value: string | null | undefined): string | undefined =>
  /^\d{4}-\d{2}-\d{2}/.test(value ?? '') ? value!.slice(0, 10) : undefined;

function dayRange(from: Day, to: Day | undefined): Day[] {
  if (!to) return [from];
  const start = DAYS.indexOf(from);
  const length = ((DAYS.indexOf(to) - start + 7) % 7) + 1;
  return Array.from({ length }, (_, i) => DAYS[(start + i) % 7] as Day);
}

function note(entry: z.infer<typeof PtvServiceHour>): LocalizedText | undefined {
  const text: LocalizedText = { fi: '', sv: '', en: '' };
  for (const info of entry.additionalInformation ?? []) {
    const lang = info.language as keyof LocalizedText;
    if (lang in text && info.value?.trim()) text[lang] = info.value.trim();
  }
  return text.fi || text.sv || text.en ? text : undefined;
}

function periods(entry: z.infer<typeof PtvServiceHour>): DayPeriod[] {
  return (entry.openingHour ?? []).flatMap((h) => {
    const opens = clock(h.from);
    const closes = clock(h.to) === '00:00' ? '24:00' : clock(h.to);
    return opens && closes ? [{ opens, closes }] : [];
  });
}

function weekly(entry: z.infer<typeof PtvServiceHour>, notes: string[]): OpeningPeriod[] {
  return (entry.openingHour ?? []).flatMap((h) => {
    const from = PTV_DAYS[h.dayFrom ?? ''];
    const opens = clock(h.from);
    const closes = clock(h.to) === '00:00' ? '24:00' : clock(h.to);
    if (!from || !opens || !closes) {
      notes.push(`opening hour ${JSON.stringify(h)} is incomplete; left out`);
      return [];
    }
    return [{ days: dayRange(from, PTV_DAYS[h.dayTo ?? '']), opens, closes }];
  });
}

/** Reads PTV service hours; throws a zod error when the value is not a list of them. */
export function fromPtvServiceHours(value: unknown): ImportedHours {
  const entries = PtvServiceHours.parse(value);
  const notes: string[] = [];
  const exceptionalHours: ExceptionalHours[] = [];
  const week: OpeningPeriod[] = [];
  let always = false;
  for (const entry of entries) {
    if (entry.serviceHourType === 'Exceptional') {
      const validFrom = datePart(entry.validFrom);
      if (!validFrom) {
        notes.push('exceptional hours without validFrom; left out');
        continue;
      }
      const validTo = datePart(entry.validTo);
      const special = periods(entry);
      const closed = entry.isClosed === true || special.length === 0;
      const info = note(entry);
      exceptionalHours.push({
        validFrom,
        ...(validTo && validTo !== validFrom ? { validTo } : {}),
        isClosed: closed,
        ...(closed ? {} : { hours: special }),
        ...(info ? { note: info } : {}),
      });
    } else if (entry.isAlwaysOpen) {
      always = true;
    } else if (entry.serviceHourType === 'DaysOfTheWeek' || entry.serviceHourType === 'Standard') {
      if (entry.validTo)
        notes.push(`weekly hours valid only until ${entry.validTo}; kept as weekly hours`);
      week.push(...weekly(entry, notes));
    } else {
      notes.push(`service hours of type ${entry.serviceHourType} are not imported`);
    }
  }
  const hours: OpeningHours | undefined = always ? 'always' : week.length > 0 ? week : undefined;
  return { ...(hours ? { hours } : {}), exceptionalHours, notes };
}
