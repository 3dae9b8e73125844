/**
 * A tiny, predictable SearchEngine for conversation tests that are about the
 * bot's behaviour, not ranking quality: a service matches when a query word
 * equals a word of its name, alternate names or phrasings; red flags come from
 * the real red-flag layer. Scripted responses can be forced per query.
 */
import { createRedFlagDetector } from '../../knowledge/redflags/detector';
import type { KnowledgeBase, Language } from '../../knowledge/schema';
import type {
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
  // The real red-flag layer: it is pure and fast, and a fake one would test nothing the bot relies on.
  const redFlags = createRedFlagDetector(kb.emergency);
  return {
    queries,
    options,
    detectLanguage,
    detectEmergency: (text, lang) => redFlags.detect(text, lang ?? detectLanguage(text)),
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
      const check = redFlags.detect(query, lang);
      if (check.match) return { ...base, emergency: check.match };
      base.safetyNet = check.safetyNet;
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
