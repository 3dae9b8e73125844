/**
 * Turns a query into terms the index knows. Each query word becomes one term
 * with one or more keys: its stems (query language first, then the others,
 * then the folded form); failing that, the parts of a compound
 * ("omaishoidontuki" -> omaishoidon + tuki), a known word it starts or ends
 * ("hammaslääkärilleen"), or a known word it is a typo of (fuse.js over the
 * vocabulary). Neighbouring words joined are tried too ("omaishoidon tuki"
 * -> "omaishoidontuki", "hammas lääkäri").
 */
import type { Language } from '../schema';
import type { InvertedIndex } from './inverted-index';
import { queryKeys } from './stem';
import { fold, isStopword, MAX_QUERY_TOKENS, tokenize } from './text';
import type { TypoCorrector } from './typos';
import type { MatchReason } from './types';

/** Terms beyond this many are ignored: a pasted page is not a question. */
export const MAX_TERMS = 48;

export interface TermKey {
  key: number;
  factor: number;
  kind: MatchReason['kind'];
}

export interface QueryTerm {
  /** The query word(s) as written (lower-cased). */
  text: string;
  keys: TermKey[];
  /** How much of one query word this term stands for (compound parts share one word). */
  coverage: number;
  /** How telling the word is (its IDF; the highest for a word the knowledge base lacks). */
  weight: number;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Meaningful words in the query. */
  words: number;
  /** Sum of coverage x weight over the terms: the denominator of a service's coverage. */
  totalWeight: number;
}

export interface QueryContext {
  index: InvertedIndex;
  typos: TypoCorrector;
  sortedKeys: readonly string[];
}

const LANGS: readonly Language[] = ['fi', 'sv', 'en'];

/** The keys of `word` the index has: in the query language if any, else in the others (detection can be wrong). */
function present(
  ctx: QueryContext,
  word: string,
  lang: Language,
  factor: number,
  kind: MatchReason['kind'],
): TermKey[] {
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    const out: TermKey[] = [];
    for (const key of queryKeys(word, l)) {
      const id = ctx.index.keyIds.get(key);
      if (id !== undefined) out.push({ key: id, factor: l === lang ? factor : factor * 0.9, kind });
    }
    if (out.length > 0) return out;
  }
  return [];
}

/** Index keys sharing a long prefix with `key` (Finnish endings the stemmer left on, or cut too far). */
function prefixKeys(ctx: QueryContext, key: string): TermKey[] {
  if (key.length < 6) return [];
  const out: TermKey[] = [];
  for (let cut = key.length - 1; cut >= Math.max(6, key.length - 3); cut--) {
    const id = ctx.index.keyIds.get(key.slice(0, cut));
    if (id !== undefined) out.push({ key: id, factor: 0.7, kind: 'stem' });
  }
  // Binary search the sorted keys for ones that extend this key by a short ending.
  const keys = ctx.sortedKeys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < keys.length && out.length < 6 && keys[i]!.startsWith(key); i++) {
    if (keys[i]!.length - key.length <= 3 && keys[i] !== key) {
      out.push({ key: ctx.index.keyIds.get(keys[i]!)!, factor: 0.7, kind: 'stem' });
    }
  }
  return out;
}

function resolveWord(ctx: QueryContext, word: string, lang: Language): QueryTerm[] {
  const direct = present(ctx, word, lang, 1, 'stem');
  if (direct.length > 0) return [{ text: word, keys: direct, coverage: 1, weight: 0 }];
  const folded = fold(word);
  const parts = ctx.index.splitter.split(folded);
  if (parts) {
    const terms = parts
      .map((part) => ({
        text: part,
        keys: present(ctx, part, lang, 0.8, 'compound'),
        coverage: 1 / parts.length,
        weight: 0,
      }))
      .filter((t) => t.keys.length > 0);
    if (terms.length === parts.length) return terms;
  }
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    const prefixed = prefixKeys(ctx, queryKeys(word, l)[0]!);
    if (prefixed.length > 0) return [{ text: word, keys: prefixed, coverage: 1, weight: 0 }];
  }
  const corrected = ctx.typos.correct(folded).flatMap((w) =>
    (ctx.index.words.get(w)?.keys ?? []).map((key) => ({
      key,
      factor: 0.75,
      kind: 'fuzzy' as const,
    })),
  );
  return [{ text: word, keys: corrected, coverage: 1, weight: 0 }];
}

export function parseQuery(ctx: QueryContext, query: string, lang: Language): ParsedQuery {
  const tokens = tokenize(query, MAX_QUERY_TOKENS);
  const content = tokens.filter((t) => !isStopword(fold(t)));
  const words = [...new Set(content.length > 0 ? content : tokens)].slice(0, MAX_TERMS);
  const terms = words.flatMap((w) => resolveWord(ctx, w, lang));
  // Neighbouring words written apart that the knowledge base writes as one.
  for (let i = 0; i + 1 < content.length && i < MAX_TERMS; i++) {
    const joined = content[i]! + content[i + 1]!;
    const keys = present(ctx, joined, lang, 1, 'compound');
    if (keys.length > 0)
      terms.push({ text: `${content[i]} ${content[i + 1]}`, keys, coverage: 0, weight: 0 });
  }
  const n = ctx.index.services.length;
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  let totalWeight = 0;
  for (const term of terms) {
    const dfs = term.keys.map(({ key }) => ctx.index.offsets[key + 1]! - ctx.index.offsets[key]!);
    term.weight = dfs.length > 0 ? idf(Math.max(...dfs)) : idf(0);
    totalWeight += term.coverage * term.weight;
  }
  return { terms, words: words.length, totalWeight };
}
