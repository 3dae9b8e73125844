/**
 * Which language a person gets: the three languages, reading a language tag,
 * and the resident page's choice. Plain TypeScript with no dependencies, so the
 * browser bundle, the bot and the tools share this one decision.
 */

/** The languages Opastin speaks, Finnish first (the county's majority language). */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** "sv-FI" → "sv"; anything that is not one of our languages → undefined. */
export function parseLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().toLowerCase();
  const prefix = tag.slice(0, 2);
  if (tag.length > 2 && !/^[a-z]{2}[-_]/.test(tag)) return undefined;
  return (LANGUAGES as readonly string[]).includes(prefix) ? (prefix as Language) : undefined;
}

/** What the page knows when it opens. */
export interface PageLanguageInputs {
  /** The `lang` query parameter (`?lang=sv`), if any. */
  query?: string | null;
  /** The language this tab chose earlier (sessionStorage), if any. */
  saved?: string | null;
  /** The browser's preferred languages (`navigator.languages`), most preferred first. */
  preferred?: readonly string[];
}

/**
 * The resident page's language: an explicit `?lang=` first, then what this tab
 * chose, then the browser. In the browser's list the first of our languages
 * wins (`sv-FI`, `sv-SE` → Swedish); a browser asking only for other languages
 * gets English, which more of those residents read than Finnish. With nothing
 * to go on the page is Finnish.
 */
export function choosePageLanguage(inputs: PageLanguageInputs): Language {
  const explicit = parseLanguage(inputs.query) ?? parseLanguage(inputs.saved);
  if (explicit) return explicit;
  const preferred = inputs.preferred ?? [];
  for (const tag of preferred) {
    const lang = parseLanguage(tag);
    if (lang) return lang;
  }
  return preferred.length > 0 ? 'en' : 'fi';
}
