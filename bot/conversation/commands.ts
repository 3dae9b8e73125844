/**
 * Commands that work at any point, in any of the three languages (a Swedish
 * speaker in a Finnish chat can still type "hjälp"). Only short messages count,
 * so "I need help with rent" is a question, not the help command.
 */
import type { Language } from '../../knowledge/schema';
import type { Action } from './types';

const MAX_COMMAND_WORDS = 6;

/** Lower-case, punctuation removed, spaces collapsed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LANGUAGE_PHRASES: Record<Language, RegExp> = {
  fi: /^(?:(?:puhu |kirjoita |jatka )?suomeksi(?: kiitos)?|suomi|finska|på finska|in finnish|finnish)$|\b(?:suomeksi|på finska|in finnish)\b/,
  sv: /^(?:(?:tala |skriv |fortsätt )?på svenska(?: tack)?|svenska|ruotsiksi|in swedish|swedish|ruotsi)$|\b(?:på svenska|ruotsiksi|in swedish)\b/,
  en: /^(?:(?:speak |write |continue )?in english(?: please)?|english|englanniksi|på engelska|engelska|englanti)$|\b(?:in english|englanniksi|på engelska)\b/,
};

const COMMANDS: { pattern: RegExp; action: Action }[] = [
  {
    pattern: /^(?:vaihda kieli|kieli|byt språk|språk|change language|language)$/,
    action: { type: 'language' },
  },
  {
    pattern: /^(?:apua|ohje|ohjeet|mitä osaat|help|hjälp|vad kan du|what can you do)$/,
    action: { type: 'help' },
  },
  {
    pattern:
      /^(?:aloita alusta|alusta|aloita uudelleen|börja om|starta om|börja från början|start over|start again|restart|reset)$/,
    action: { type: 'restart' },
  },
  {
    pattern:
      /^(?:ihminen|asiakaspalvelu|henkilö)$|ihmisen kanssa|puhu(?:a)? ihmiselle|\b(?:med|till) en (?:människa|person)\b|^(?:människa|kundtjänst|person|human|agent)$|\bto (?:a|an actual|a real) (?:person|human)\b/,
    action: { type: 'person' },
  },
  {
    pattern:
      /^(?:tietosuoja|yksityisyys|tietosuojaseloste|dataskydd|integritet|integritetsskydd|privacy|data protection)$/,
    action: { type: 'privacy' },
  },
];

/** The command a short message asks for, or undefined for an ordinary question. */
export function recognizeCommand(text: string): Action | undefined {
  if (text.trim() === '?') return { type: 'help' };
  const words = normalize(text);
  if (!words || words.split(' ').length > MAX_COMMAND_WORDS) return undefined;
  for (const [lang, pattern] of Object.entries(LANGUAGE_PHRASES)) {
    if (pattern.test(words)) return { type: 'language', lang: lang as Language };
  }
  return COMMANDS.find(({ pattern }) => pattern.test(words))?.action;
}
