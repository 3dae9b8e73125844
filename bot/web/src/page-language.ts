/**
 * The page's language: chosen once as the page opens (knowledge/language.ts
 * decides), remembered for this tab only, and applied to every text on the page.
 */
import { choosePageLanguage, parseLanguage, type Language } from '../../../knowledge/language';
import { PAGE_TEXTS, type PageTexts } from './strings';

/** sessionStorage key: a shared computer's next user starts from their own browser's language. */
export const LANGUAGE_KEY = 'opastin.lang';

/** The language the page opens in, from the URL, this tab's earlier choice and the browser. */
export function initialLanguage(win: Window = window): Language {
  return choosePageLanguage({
    query: new URLSearchParams(win.location.search).get('lang'),
    saved: readSaved(win),
    preferred: win.navigator.languages,
  });
}

function readSaved(win: Window): string | null {
  try {
    return win.sessionStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // Storage can be disabled; the browser's language decides then.
  }
}

/** Remembers the resident's choice in this tab (a reload keeps it, a new tab asks the browser). */
export function saveLanguage(lang: Language, win: Window = window): void {
  try {
    win.sessionStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still works on this page.
  }
}

/** Puts `lang`'s texts on the page: `<html lang>`, the title, every `[data-i18n]` and the language buttons. */
export function applyTexts(lang: Language, doc: Document = document): PageTexts {
  const texts = PAGE_TEXTS[lang];
  doc.documentElement.lang = lang;
  doc.title = texts.pageTitle;
  doc.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    const key = node.dataset.i18n as keyof PageTexts | undefined;
    if (key && key in texts) node.textContent = texts[key];
  });
  doc.querySelectorAll<HTMLElement>('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(parseLanguage(button.dataset.lang) === lang));
  });
  return texts;
}
