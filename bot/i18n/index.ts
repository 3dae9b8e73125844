/**
 * All bot text goes through here. Each language gets its own i18next instance,
 * fixed to that language at creation and never switched, so two conversations in
 * different languages can never change each other's language.
 */
import i18next, { type i18n } from 'i18next';
import type { Language } from '../../knowledge/schema';
import { en } from './locales/en';
import { fi } from './locales/fi';
import { sv } from './locales/sv';

export const RESOURCES = { fi, sv, en } as const;

/** Translates a key such as "welcome.intro"; values are interpolated as plain text. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const instances = new Map<Language, i18n>();

/** A fresh, synchronously initialised i18next instance for one language. */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'fi',
    resources: { [lang]: { translation: RESOURCES[lang] }, fi: { translation: fi } },
    initAsync: false,
    // The bot's output is plain text; the adapter escapes it for markdown when rendering.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The translate function for `lang` (instances are created once per language and never mutated). */
export function translator(lang: Language): Translate {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    instances.set(lang, instance);
  }
  const t = instance.getFixedT(lang);
  return (key, vars) => t(key, vars ?? {}) as string;
}
