/**
 * Red-flag detection: runs before any retrieval and is deterministic (no
 * scores, no thresholds learnt from data), so "rinta kipu", "rintakipua" and
 * "itsemurha ajatuksia" always reach 112 or the crisis line, and the same text
 * always gives the same answer. Phrases come from kb.emergency.redFlags in all
 * three languages (a resident may switch language mid-sentence).
 *
 * A match is dropped when a near-miss phrase ("rintaruokinta", "stroke
 * rehabilitation") matches the same words or the words right next to them.
 */
import type { Emergency, Language } from '../schema';
import type { EmergencyMatch } from './types';
import { matchPhrase, toPhrases, type Phrase, type Span } from './phrases';
import { fold, MAX_QUERY_TOKENS, tokenize } from './text';

interface Flag {
  id: string;
  service: string;
  numbers: string[];
  order: number;
  phrases: Phrase[];
}

/** Near-miss words this close to a match ("imetys sattuu rintaan") explain it away. */
const NEAR = 2;
const near = (a: Span, b: Span) => a.start <= b.end + NEAR && b.start <= a.end + NEAR;
const all = (list: Record<Language, string[]>) => [...list.fi, ...list.sv, ...list.en];

export interface EmergencyDetector {
  detect(query: string): EmergencyMatch | null;
}

/** Builds the detector once per knowledge base; `detect` is then pure and fast. */
export function createEmergencyDetector(emergency: Emergency): EmergencyDetector {
  const flags: Flag[] = emergency.redFlags.map((f, order) => ({
    id: f.id,
    service: f.service,
    numbers: f.numbers,
    order,
    phrases: toPhrases(all(f.phrases)),
  }));
  const nearMisses = toPhrases(emergency.redFlags.flatMap((f) => all(f.nearMisses)));

  return {
    detect(query) {
      const words = tokenize(query, MAX_QUERY_TOKENS).map(fold);
      if (words.length === 0) return null;
      let missSpans: Span[] | null = null;
      let best: { flag: Flag; span: Span; length: number } | null = null;
      for (const flag of flags) {
        for (const phrase of flag.phrases) {
          const span = matchPhrase(phrase, words, true);
          if (!span) continue;
          missSpans ??= nearMisses
            .map((miss) => matchPhrase(miss, words, false))
            .filter((s): s is Span => s !== null);
          if (missSpans.some((miss) => near(miss, span))) continue;
          if (!best || isMoreUrgent(flag, phrase.joined.length, best)) {
            best = { flag, span, length: phrase.joined.length };
          }
        }
      }
      if (!best) return null;
      const matched = words.slice(best.span.start, best.span.end + 1).join(' ');
      return {
        id: best.flag.service,
        flag: best.flag.id,
        numbers: best.flag.numbers,
        matched,
        // Temporary adapter to the situation contract until knowledge/redflags/ replaces this file.
        tier: 'emergency',
        action: actionOf(best.flag.numbers),
        concepts: [{ concept: best.flag.id, word: matched }],
      };
    },
  };
}

/** 112 flags win over the others; then the longer (more specific) phrase; then file order. */
function isMoreUrgent(flag: Flag, length: number, best: { flag: Flag; length: number }): boolean {
  const urgent = (f: Flag) => (f.numbers[0] === 'emergency' ? 1 : 0);
  if (urgent(flag) !== urgent(best.flag)) return urgent(flag) > urgent(best.flag);
  if (length !== best.length) return length > best.length;
  return flag.order < best.flag.order;
}

/** The action a phrase flag implies, from the number it shows first. */
function actionOf(numbers: string[]): EmergencyMatch['action'] {
  const first = numbers[0] ?? 'emergency';
  if (first.startsWith('crisis-line')) return 'crisis';
  if (first === 'poison-info') return 'poison';
  if (first === 'medical-helpline') return '116117';
  return '112';
}
