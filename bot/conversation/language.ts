/** Which language to answer in. */
import { parseLanguage } from '../../knowledge/language';
import type { Language } from '../../knowledge/schema';

export { parseLanguage };

/** The conversation's language: the resident's choice, else Web Chat's locale, else Finnish. */
export function resolveLanguage(
  current: Language | undefined,
  locale: string | undefined,
): Language {
  return current ?? parseLanguage(locale) ?? 'fi';
}
