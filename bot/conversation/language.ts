/** Which language to answer in. */
import { LANGUAGES, type Language } from '../../knowledge/schema';

/** "sv-FI" → "sv"; anything unknown → undefined. */
export function parseLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const prefix = value.trim().toLowerCase().slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(prefix) ? (prefix as Language) : undefined;
}

/** The conversation's language: the resident's choice, else Web Chat's locale, else Finnish. */
export function resolveLanguage(
  current: Language | undefined,
  locale: string | undefined,
): Language {
  return current ?? parseLanguage(locale) ?? 'fi';
}
