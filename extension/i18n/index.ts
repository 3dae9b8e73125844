/**
 * Panel, options and context-menu strings in fi/sv/en. The language is the
 * counsellor's choice (stored in settings), never the browser's locale:
 * a Swedish-speaking counsellor may work on a Finnish-language machine.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../knowledge/schema';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const UI_LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each language names itself, so a counsellor can find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export type Translate = TFunction;

/** A synchronous translator for one language (no globals, so panels and tests do not interfere). */
export function createTranslator(lang: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'fi',
    initAsync: false,
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    // Values are inserted with textContent, never as HTML, so i18next need not escape them.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}

/** Narrows any stored or user value to a supported language. */
export function toLanguage(value: unknown): Language {
  return UI_LANGUAGES.includes(value as Language) ? (value as Language) : DEFAULT_LANGUAGE;
}
