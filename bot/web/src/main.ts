/**
 * The resident page: chooses the language, puts the texts on the page, and
 * starts the chat. Built by Vite into /static/app.js (see bot/web/build.ts).
 */
import { parseLanguage } from '../../../knowledge/language';
import { Chat } from './chat';
import { applyTexts, initialLanguage, saveLanguage } from './page-language';

const chatElement = document.getElementById('webchat') as HTMLElement;
const statusElement = document.getElementById('status') as HTMLElement;
let lang = initialLanguage();
let texts = applyTexts(lang);

const chat = new Chat(lang, {
  element: chatElement,
  status: (text) => {
    statusElement.textContent = text;
  },
  nonce: document.body.dataset.nonce || undefined,
  onLanguage: (next) => {
    if (next === lang) return;
    lang = next;
    saveLanguage(lang);
    texts = applyTexts(lang);
    chat.followLanguage(lang);
  },
});

document.querySelectorAll<HTMLElement>('[data-lang]').forEach((button) => {
  button.addEventListener('click', () => {
    const next = parseLanguage(button.dataset.lang);
    if (!next || next === lang) return;
    lang = next;
    saveLanguage(lang);
    texts = applyTexts(lang);
    chat.setLanguage(lang);
    statusElement.textContent = texts.languageChanged;
  });
});

// The skip link lands in the message box, where a keyboard user wants to be.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  const input = chatElement.querySelector<HTMLElement>('input[type="text"], textarea');
  if (!input) return;
  event.preventDefault();
  input.focus();
});

void chat.start();
