/**
 * The editor's language: chosen like the resident page's (knowledge/language.ts),
 * remembered per browser, switchable at any time without losing an open edit.
 */
import {
  choosePageLanguage,
  LANGUAGES,
  parseLanguage,
  type Language,
} from '../../../../knowledge/language';
import { ADMIN_TEXTS, type AdminTexts } from './texts';

const STORAGE_KEY = 'opastin.admin.lang';
const listeners: (() => void)[] = [];

function saved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

let lang: Language = choosePageLanguage({
  query: new URLSearchParams(location.search).get('lang'),
  saved: saved(),
  preferred: navigator.languages,
});

/** The editor's current language. */
export function editorLanguage(): Language {
  return lang;
}

/** The text for `key` in the editor's language, with `{{name}}` filled from `vars`. */
export function t(key: keyof AdminTexts, vars: Record<string, string | number> = {}): string {
  return ADMIN_TEXTS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(vars[name] ?? ''),
  );
}

/** Runs `listener` after every language switch (to redraw what the page built itself). */
export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

/** Puts the texts on the page: `[data-i18n]` text, `[data-i18n-label]` aria-labels, `<html lang>`. */
export function applyTexts(): void {
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = t(node.dataset.i18n as keyof AdminTexts);
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    node.setAttribute('aria-label', t(node.dataset.i18nLabel as keyof AdminTexts));
  for (const button of document.querySelectorAll<HTMLElement>('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

/** Wires the language buttons (`[data-lang]`). */
export function setUpLanguageSwitch(): void {
  applyTexts();
  for (const button of document.querySelectorAll<HTMLElement>('[data-lang]')) {
    button.addEventListener('click', () => {
      const next = parseLanguage(button.dataset.lang);
      if (!next || next === lang || !LANGUAGES.includes(next)) return;
      lang = next;
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        // Not remembered; the switch still works until the page is left.
      }
      applyTexts();
      for (const listener of listeners) listener();
    });
  }
}
