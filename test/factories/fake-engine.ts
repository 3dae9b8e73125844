/**
 * A tiny, predictable SearchEngine for conversation tests that are about the
 * bot's behaviour, not ranking quality: a service matches when a query word
 * equals a word of its name, alternate names or phrasings; red flags fire on a
 * contained phrase. Scripted responses can be forced per query.
 */
import type { KnowledgeBase, Language } from '../../knowledge/schema';
import type {
  EmergencyMatch,
  SearchEngine,
  SearchOptions,
  SearchResponse,
  SegmentGuess,
} from '../../knowledge/search/types';

export interface FakeEngine extends SearchEngine {
  /** Every query the engine was asked, in order (to prove what the bot searched for). */
  readonly queries: string[];
  readonly options: (SearchOptions | undefined)[];
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function fakeEngine(
  kb: KnowledgeBase,
  scripted: Record<string, (options?: SearchOptions) => Partial<SearchResponse>> = {},
): FakeEngine {
  const queries: string[] = [];
  const options: (SearchOptions | undefined)[] = [];
  // In a conversation (`current`) the fake never switches: tests of switching use the real detector.
  const detectLanguage = (text: string, current?: Language): Language =>
    current ??
    (/[åä]|\b(?:jag|och|för|tand)/i.test(text) && !/\b(?:ja|on|ei)\b/i.test(text)
      ? 'sv'
      : /\b(?:the|my|i|need|help)\b/i.test(text)
        ? 'en'
        : 'fi');
  const detectEmergency = (query: string): EmergencyMatch | null => {
    const lower = query.toLowerCase();
    for (const flag of kb.emergency.redFlags) {
      const phrase = [...flag.phrases.fi, ...flag.phrases.sv, ...flag.phrases.en].find((p) =>
        lower.includes(p.toLowerCase()),
      );
      if (phrase) {
        const action =
          flag.numbers[0] === 'crisis-line-fi'
            ? 'crisis'
            : flag.numbers[0] === 'poison-info'
              ? 'poison'
              : '112';
        return {
          id: flag.service,
          flag: flag.id,
          numbers: flag.numbers,
          matched: phrase,
          tier: 'emergency',
          action,
          concepts: [{ concept: flag.id, word: phrase }],
        };
      }
    }
    return null;
  };
  return {
    queries,
    options,
    detectLanguage,
    detectEmergency: (text) => ({ match: detectEmergency(text), safetyNet: null }),
    detectSegment(text: string): SegmentGuess {
      const q = words(text);
      for (const stage of kb.lifeStages) {
        const signals = [...stage.signals.fi, ...stage.signals.sv, ...stage.signals.en];
        const hit = signals.find((s) => q.includes(s.toLowerCase()));
        if (hit)
          return {
            lifeStage: stage.id,
            evidence: [{ axis: 'lifeStage', id: stage.id, matched: hit }],
          };
      }
      return { evidence: [] };
    },
    search(query: string, opts?: SearchOptions): SearchResponse {
      queries.push(query);
      options.push(opts);
      const lang = opts?.lang ?? detectLanguage(query);
      const base: SearchResponse = {
        q: query,
        lang,
        emergency: null,
        safetyNet: null,
        confident: false,
        results: [],
      };
      const script = scripted[query.toLowerCase()];
      if (script) return { ...base, ...script(opts) };
      const emergency = detectEmergency(query);
      if (emergency) return { ...base, emergency };
      const q = words(query);
      const results = kb.services
        .map((service) => {
          const texts = (['fi', 'sv', 'en'] as const).flatMap((l) => [
            service.name[l],
            ...service.alternateNames[l],
            ...service.phrasings[l],
          ]);
          const vocabulary = new Set(texts.flatMap(words));
          const hits = q.filter((w) => vocabulary.has(w)).length;
          // Any hit makes a result; more of the query covered scores higher.
          return { id: service.id, score: hits > 0 ? 0.5 + (0.5 * hits) / q.length : 0, why: [] };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, opts?.limit ?? 10);
      return { ...base, confident: (results[0]?.score ?? 0) >= 0.5, results };
    },
  };
}
