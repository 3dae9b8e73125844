/**
 * Residents write in their own language whatever the page was opened in. A
 * message clearly in another language than the conversation's is answered in
 * its own language (knowledge/search/language.ts decides what "clearly" means:
 * mixed and very short messages keep the conversation's language), and the
 * resident is offered, once, to keep using it.
 */
import type { Turn } from './context';

/** Answers this turn in the message's language when it clearly differs from the conversation's. */
export function followMessageLanguage(turn: Turn, text: string): void {
  const lang = turn.deps.engine.detectLanguage(text, turn.lang);
  if (lang === turn.lang) return;
  turn.answerIn(lang);
  if (!turn.state.offeredLanguage) turn.offerLanguage = lang;
}

/**
 * After the answer: asks whether to keep the message's language, with a
 * button that makes it the conversation's. Never after an emergency card,
 * where the only thing that matters is the number to call.
 */
export function offerToKeepLanguage(turn: Turn): void {
  const lang = turn.offerLanguage;
  if (!lang || turn.lang !== lang) return;
  if (turn.replies.some((r) => r.type === 'card' && r.card.kind === 'emergency')) return;
  turn.state.offeredLanguage = true;
  turn.say(turn.t('language.offer'));
  turn.choices = [
    { label: turn.t('language.keep'), action: { type: 'language', lang } },
    ...turn.choices,
  ];
}
