/**
 * Guesses the client segment (life stage, need profile) from free text, for the
 * counsellor panel and for ranking. Signals are the editors' words in
 * segments.yaml ("vauva", "pensionär", "my son"); an age in the text ("84 v",
 * "84-vuotias", "8 år", "aged 84") picks the life stage whose age range holds it.
 */
import type { KnowledgeBase, Language } from '../schema';
import type { SegmentGuess } from './types';
import { matchPhrase, toPhrases, type Phrase } from './phrases';
import { fold, MAX_QUERY_TOKENS, tokenize } from './text';

interface Axis {
  id: string;
  phrases: Record<Language, Phrase[]>;
}

const AGE = [
  /\b(\d{1,3})\s*(?:-\s*)?(?:v\b|vuotias|vuotiaa|vuoden ikäinen|åring|år\b|years?\b|yrs?\b|y\/o|-year-old)/iu,
  /\b(?:aged?|ikä|ålder)\s*:?\s*(\d{1,3})\b/iu,
];
// Used when segments.yaml gives a life stage no age range.
const DEFAULT_AGES: Record<string, { min?: number; max?: number }> = {
  families: { max: 17 },
  'working-age': { min: 18, max: 64 },
  'older-people': { min: 65 },
};

export function ageIn(text: string): number | undefined {
  for (const pattern of AGE) {
    const m = pattern.exec(text);
    if (m) {
      const age = Number(m[1]);
      if (age >= 0 && age <= 120) return age;
    }
  }
  return undefined;
}

export interface SegmentDetector {
  detect(text: string, lang?: Language): SegmentGuess;
}

export function createSegmentDetector(kb: KnowledgeBase): SegmentDetector {
  const toAxis = (item: { id: string; signals: Record<Language, string[]> }): Axis => ({
    id: item.id,
    phrases: {
      fi: toPhrases(item.signals.fi),
      sv: toPhrases(item.signals.sv),
      en: toPhrases(item.signals.en),
    },
  });
  const stages = kb.lifeStages.map(toAxis);
  const profiles = kb.needProfiles.map(toAxis);
  const ranges = kb.lifeStages.map((s) => ({ id: s.id, ages: s.ages ?? DEFAULT_AGES[s.id] }));

  return {
    detect(text, lang) {
      const guess: SegmentGuess = { evidence: [] };
      const bounded = String(text ?? '').slice(0, 2_000);
      const words = tokenize(bounded, MAX_QUERY_TOKENS).map(fold);
      const langs: Language[] = lang ? [lang] : ['fi', 'sv', 'en'];
      const pick = (
        axes: Axis[],
        axis: 'lifeStage' | 'needProfile',
        bonus: Map<string, number>,
      ) => {
        const counts = new Map(bonus);
        for (const item of axes) {
          for (const l of langs) {
            for (const phrase of item.phrases[l]) {
              const span = matchPhrase(phrase, words, false);
              if (!span) continue;
              counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
              const matched = words.slice(span.start, span.end + 1).join(' ');
              if (
                !guess.evidence.some(
                  (e) => e.axis === axis && e.id === item.id && e.matched === matched,
                )
              ) {
                guess.evidence.push({ axis, id: item.id, matched });
              }
            }
          }
        }
        let best: string | undefined;
        for (const [id, n] of counts) if (!best || n > counts.get(best)!) best = id;
        return best;
      };
      const ageBonus = new Map<string, number>();
      const age = ageIn(bounded);
      if (age !== undefined) {
        const stage = ranges.find(
          (r) => r.ages && (r.ages.min ?? 0) <= age && age <= (r.ages.max ?? 130),
        );
        if (stage) {
          ageBonus.set(stage.id, 2);
          guess.evidence.push({ axis: 'lifeStage', id: stage.id, matched: String(age) });
        }
      }
      const lifeStage = pick(stages, 'lifeStage', ageBonus);
      const needProfile = pick(profiles, 'needProfile', new Map());
      if (lifeStage) guess.lifeStage = lifeStage;
      if (needProfile) guess.needProfile = needProfile;
      return guess;
    },
  };
}
