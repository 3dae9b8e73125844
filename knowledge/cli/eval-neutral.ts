/**
 * The red-flag false-alarm watch on neutral text: every sentence of the bundled
 * PTV service descriptions is run through the detector. Service texts are not
 * emergencies, so whatever fires is a word that only looks like danger
 * ("henkilölle ei" read as "ei henkeä") or a text that names an emergency on
 * purpose ("heavy bleeding after dental surgery: go to the emergency services").
 * Only the count and the firing words are printed, never whole texts.
 */
import { LANGUAGES, type Language } from '../schema';
import type { RedFlagDetector } from '../redflags/detector';
import {
  fullest,
  groupByCode,
  type GeneralDescription,
  type TextField,
} from '../ptv/general-descriptions';
import type { Io } from './args';

const FIELDS: readonly TextField[] = [
  'Name',
  'ShortDescription',
  'Description',
  'BackgroundDescription',
  'UserInstructions',
  'ServiceRestrictions',
  'ChargeTypeAdditionalInfo',
];

export interface NeutralSentence {
  lang: Language;
  text: string;
}

/** Every distinct sentence of the descriptions' fullest texts, per language. */
export function neutralSentences(entries: readonly GeneralDescription[]): NeutralSentence[] {
  const seen = new Set<string>();
  const out: NeutralSentence[] = [];
  for (const versions of groupByCode(entries).values()) {
    for (const field of FIELDS) {
      for (const lang of LANGUAGES) {
        for (const piece of fullest(versions, field, lang).split(/(?<=[.!?])\s+|\n+/)) {
          const text = piece.trim();
          if (!text || seen.has(`${lang}|${text}`)) continue;
          seen.add(`${lang}|${text}`);
          out.push({ lang, text });
        }
      }
    }
  }
  return out;
}

export interface NeutralFigures {
  sentences: number;
  fired: number;
  /** Situation -> the distinct words that fired it, in order of first appearance. */
  words: Map<string, string[]>;
}

export function measureNeutral(
  sentences: readonly NeutralSentence[],
  detector: RedFlagDetector,
): NeutralFigures {
  const words = new Map<string, string[]>();
  let fired = 0;
  for (const { lang, text } of sentences) {
    const match = detector.detect(text, lang).match;
    if (!match) continue;
    fired++;
    const list = words.get(match.flag) ?? [];
    if (!list.includes(match.matched)) list.push(match.matched);
    words.set(match.flag, list);
  }
  return { sentences: sentences.length, fired, words };
}

/** One line, and the firing words by situation so a new collision is easy to spot. */
export function printNeutral(figures: NeutralFigures, io: Io): void {
  io.out(
    `\nRed flags on ${figures.sentences} neutral PTV sentences: ${figures.fired} (texts that name an emergency on purpose count too)`,
  );
  for (const [flag, list] of [...figures.words].sort(([a], [b]) => a.localeCompare(b)))
    io.out(`   ${flag}: ${list.map((w) => `"${w}"`).join(', ')}`);
}
