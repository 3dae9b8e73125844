/**
 * Which language a text is shown in. Order: the language asked for, then
 * Finnish, Swedish, English (Finnish is the county's majority language and
 * PTV's fullest). A fallback carries a marker in the reader's language, so a
 * Swedish view of Finnish-only text says "(på finska)" instead of passing it
 * off as Swedish.
 */
import type { Language, LocalizedText } from '../schema';
import { STRINGS } from './i18n';
import type { ShownText } from './types';

const FALLBACK_ORDER: readonly Language[] = ['fi', 'sv', 'en'];

/** The text in `lang`, or the first non-blank fallback, marked; blank everywhere gives an empty text. */
export function localize(text: LocalizedText | undefined, lang: Language): ShownText {
  if (text?.[lang]?.trim()) return { text: text[lang].trim(), lang };
  for (const other of FALLBACK_ORDER) {
    const value = text?.[other]?.trim();
    if (value) return { text: value, lang: other, marker: STRINGS[lang].inLanguage[other] };
  }
  return { text: '', lang };
}

/** The text with its marker, for front doors that show plain strings (cards, speech, summaries). */
export function plain(shown: ShownText): string {
  return shown.marker ? `${shown.text} ${shown.marker}` : shown.text;
}

/** The first sentence of a longer text, for a summary that is blank in every language. */
export function firstSentence(text: string, max = 150): string {
  const sentence = text.split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
