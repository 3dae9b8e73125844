import { localize } from '../../knowledge/present';
import type { Language, LocalizedText } from '../../knowledge/schema';

/** A localized text as plain text, with the core's one fallback order (see knowledge/present/text.ts). */
export function tr(text: LocalizedText | undefined, lang: Language): string {
  return localize(text, lang).text;
}

/** Formats an ISO date or timestamp as a calendar date in the counsellor's language. */
export function formatDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang];
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
