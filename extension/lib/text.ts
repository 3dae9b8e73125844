import type { Language, LocalizedText } from '../../knowledge/schema';

/**
 * A localized text in the chosen language, falling back to Finnish and then
 * Swedish, so a half-translated entry still shows something rather than a gap.
 */
export function tr(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.fi || text.sv || text.en || '';
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
