/**
 * The presentation core's own words in fi, sv and en: opening-hours texts,
 * day names, fallback markers and why a service point was chosen. They live
 * here once; the bot, the panel and the editor preview all get them through
 * the view model and never translate them again.
 */
import type { Day, Language } from '../schema';
import type { PointReason } from './types';

export interface PresentStrings {
  /** After a text shown in another language than asked: "(på finska)". */
  inLanguage: Record<Language, string>;
  always: string;
  openNow: string;
  openUntil: (time: string) => string;
  closed: string;
  /** `closed` is "closed" or "closed (Christmas Eve)". */
  closedOpens: (closed: string, when: string) => string;
  unknown: string;
  /** "today at 8.00", "tomorrow at 8.00", "on Monday at 8.00", "on Monday 28.12. at 8.00". */
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  onDay: (day: Day, time: string) => string;
  onDate: (day: Day, date: string, time: string) => string;
  /** "Christmas Eve" or an exceptional-hours note, after the status. */
  because: (status: string, reason: string) => string;
  exceptionalHours: string;
  clock: (time: string) => string;
  date: (date: string) => string;
  pointReason: Record<PointReason, string>;
  notOffered: (municipality: string) => string;
  noPoint: (municipality: string) => string;
  sample: string;
}

const [MON, TUE, WED, THU, FRI, SAT, SUN] = [0, 1, 2, 3, 4, 5, 6];
const named = (names: string[]) => (day: Day) =>
  names[{ mon: MON, tue: TUE, wed: WED, thu: THU, fri: FRI, sat: SAT, sun: SUN }[day]] ?? day;

/** "08:00" -> "8.00" (Finnish and Finland-Swedish), "8:00" (English). */
const clockWith = (separator: string) => (time: string) => {
  const [h = '0', m = '00'] = time.split(':');
  return `${Number(h)}${separator}${m}`;
};
/** "2026-12-28" -> "28.12." (fi, sv) or "28 Dec" (en). */
const dayMonth = (date: string) => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.`;
const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const fiDay = named([
  'maanantaina',
  'tiistaina',
  'keskiviikkona',
  'torstaina',
  'perjantaina',
  'lauantaina',
  'sunnuntaina',
]);
const svDay = named(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);
const enDay = named(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export const STRINGS: Record<Language, PresentStrings> = {
  fi: {
    inLanguage: { fi: '(suomeksi)', sv: '(ruotsiksi)', en: '(englanniksi)' },
    always: 'avoinna aina',
    openNow: 'avoinna nyt',
    openUntil: (time) => `avoinna nyt, klo ${time} asti`,
    closed: 'suljettu',
    closedOpens: (closed, when) => `${closed}, avautuu ${when}`,
    unknown: 'aukioloajat palvelusta',
    today: (time) => `tänään klo ${time}`,
    tomorrow: (time) => `huomenna klo ${time}`,
    onDay: (day, time) => `${fiDay(day)} klo ${time}`,
    onDate: (day, date, time) => `${fiDay(day)} ${date} klo ${time}`,
    because: (status, reason) => `${status} (${reason})`,
    exceptionalHours: 'poikkeusaukioloaika',
    clock: clockWith('.'),
    date: dayMonth,
    pointReason: {
      'offers-service': 'palvelupiste, jossa tätä palvelua annetaan',
      general: 'kunnan yleinen palvelupiste; palvelua ei ole merkitty millekään pisteelle',
    },
    notOffered: (m) => `Ei tarjolla kunnassa ${m}.`,
    noPoint: (m) => `Kunnassa ${m} ei ole tämän palvelun palvelupistettä tiedoissa.`,
    sample: 'esimerkkitieto',
  },
  sv: {
    inLanguage: { fi: '(på finska)', sv: '(på svenska)', en: '(på engelska)' },
    always: 'alltid öppet',
    openNow: 'öppet nu',
    openUntil: (time) => `öppet nu, till kl. ${time}`,
    closed: 'stängt',
    closedOpens: (closed, when) => `${closed}, öppnar ${when}`,
    unknown: 'fråga om öppettider',
    today: (time) => `i dag kl. ${time}`,
    tomorrow: (time) => `i morgon kl. ${time}`,
    onDay: (day, time) => `på ${svDay(day)} kl. ${time}`,
    onDate: (day, date, time) => `${svDay(day)} ${date} kl. ${time}`,
    because: (status, reason) => `${status} (${reason})`,
    exceptionalHours: 'avvikande öppettider',
    clock: clockWith('.'),
    date: dayMonth,
    pointReason: {
      'offers-service': 'verksamhetsställe där tjänsten ges',
      general: 'kommunens allmänna verksamhetsställe; tjänsten är inte angiven för något ställe',
    },
    notOffered: (m) => `Erbjuds inte i ${m}.`,
    noPoint: (m) => `I ${m} finns inget verksamhetsställe för tjänsten i uppgifterna.`,
    sample: 'exempeluppgift',
  },
  en: {
    inLanguage: { fi: '(in Finnish)', sv: '(in Swedish)', en: '(in English)' },
    always: 'always open',
    openNow: 'open now',
    openUntil: (time) => `open now, until ${time}`,
    closed: 'closed',
    closedOpens: (closed, when) => `${closed}, opens ${when}`,
    unknown: 'ask for opening hours',
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    onDay: (day, time) => `on ${enDay(day)} at ${time}`,
    onDate: (day, date, time) => `on ${enDay(day)} ${date} at ${time}`,
    because: (status, reason) => `${status} (${reason})`,
    exceptionalHours: 'exceptional opening hours',
    clock: clockWith(':'),
    date: (date) => `${Number(date.slice(8, 10))} ${EN_MONTHS[Number(date.slice(5, 7)) - 1]}`,
    pointReason: {
      'offers-service': 'service point that gives this service',
      general: "the municipality's general service point; no point is listed for this service",
    },
    notOffered: (m) => `Not offered in ${m}.`,
    noPoint: (m) => `No service point for this service in ${m} in the data.`,
    sample: 'sample data',
  },
};
