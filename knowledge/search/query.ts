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
import { LANG_BIT, type InvertedIndex } from './inverted-index';
import { LANG_TAG, queryKeys } from './stem';
import { SYNONYMS } from './synonyms';
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
  /** Everyday-word lexicon per language, keyed by index key (see synonyms.ts). */
  synonyms: Record<Language, ReadonlyMap<string, string[]>>;
}

/** The lexicon keyed by the index key of each everyday word. */
export function synonymMaps(): Record<Language, ReadonlyMap<string, string[]>> {
  const build = (lang: Language) =>
    new Map(
      Object.entries(SYNONYMS[lang]).map(([word, alts]) => [queryKeys(word, lang)[0]!, alts]),
    );
  return { fi: build('fi'), sv: build('sv'), en: build('en') };
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
  // Keys that extend this key by a short ending.
  for (const k of extensions(ctx, key, 6)) {
    if (k.length - key.length <= 3 && k !== key)
      out.push({ key: ctx.index.keyIds.get(k)!, factor: 0.7, kind: 'stem' });
  }
  return out;
}

/** Up to `max` index keys starting with `prefix` (binary search in the sorted keys). */
function extensions(ctx: QueryContext, prefix: string, max: number): string[] {
  const keys = ctx.sortedKeys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < keys.length && out.length < max && keys[i]!.startsWith(prefix); i++)
    out.push(keys[i]!);
  return out;
}

/**
 * A compound whose modifier the knowledge base never uses alone: match its head,
 * the last part, which carries the meaning in Finnish and Swedish
 * ("influenssarokotukset" -> rokotukset). Only in the query's own language, and
 * only a head with a stem of four letters or more: a Finnish ending is not a
 * Swedish word ("liittyminen" is not "min"), nor is an English word's tail one
 * ("passport" is not "sport").
 */
function headOf(ctx: QueryContext, folded: string, lang: Language): TermKey[] {
  if (lang === 'en') return [];
  for (let cut = 3; cut <= folded.length - 5; cut++) {
    const head = folded.slice(cut);
    const keys = queryKeys(head, lang)
      .filter((key) => key.length > 4)
      .flatMap((key) => {
        const id = ctx.index.keyIds.get(key);
        return id === undefined ? [] : [{ key: id, factor: 0.7, kind: 'compound' as const }];
      });
    if (keys.length > 0) return keys;
  }
  return [];
}

/**
 * The word as the first part of compounds in the knowledge base ("tulkki" ->
 * "tulkkipalvelu", "tolk" -> "tolkningstjänst").
 */
function compoundsStartingWith(ctx: QueryContext, folded: string, lang: Language): TermKey[] {
  if (folded.length < 4) return [];
  for (const l of [lang, ...LANGS.filter((x) => x !== lang)]) {
    const prefix = LANG_TAG[l] + folded;
    const found = extensions(ctx, prefix, 12).filter((k) => k.length - prefix.length >= 3);
    if (found.length > 0)
      return found.map((k) => ({ key: ctx.index.keyIds.get(k)!, factor: 0.6, kind: 'compound' }));
  }
  return [];
}

/** Index keys of the everyday-word lexicon's alternatives for `word`, at a lower weight. */
function synonymKeys(ctx: QueryContext, word: string, lang: Language): TermKey[] {
  const alternatives = ctx.synonyms[lang].get(queryKeys(word, lang)[0]!);
  if (!alternatives) return [];
  return alternatives.flatMap((alt) =>
    present(ctx, alt, lang, 0.6, 'synonym').filter((k) => k.factor === 0.6),
  );
}

function resolveWord(
  ctx: QueryContext,
  word: string,
  lang: Language,
  languageKnown: boolean,
): QueryTerm[] {
  const synonyms = synonymKeys(ctx, word, lang);
  const withSynonyms = (terms: QueryTerm[]): QueryTerm[] => {
    if (synonyms.length === 0) return terms;
    if (terms.length === 1 && terms[0]!.keys.length > 0) {
      return [{ ...terms[0]!, keys: [...terms[0]!.keys, ...synonyms] }];
    }
    return terms.some((t) => t.keys.length > 0)
      ? terms
      : [{ text: word, keys: synonyms, coverage: 1, weight: 0 }];
  };
  return withSynonyms(resolveOnly(ctx, word, lang, languageKnown));
}

function resolveOnly(
  ctx: QueryContext,
  word: string,
  lang: Language,
  languageKnown: boolean,
): QueryTerm[] {
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
  const head = headOf(ctx, folded, lang);
  if (head.length > 0) return [{ text: word, keys: head, coverage: 0.8, weight: 0 }];
  const starting = compoundsStartingWith(ctx, folded, lang);
  if (starting.length > 0) return [{ text: word, keys: starting, coverage: 1, weight: 0 }];
  // A typo is of a word of the query's language when the caller knows it: a Finnish
  // "sormen" is not the Swedish "sorgen". A guessed language may be wrong ("dentsit").
  const corrected = ctx.typos.correct(folded).flatMap((w) => {
    const entry = ctx.index.words.get(w);
    if (!entry || (languageKnown && !(entry.langs & LANG_BIT[lang]))) return [];
    return entry.keys
      .filter((key) => !languageKnown || ctx.index.keys[key]![0] === LANG_TAG[lang])
      .map((key) => ({ key, factor: 0.75, kind: 'fuzzy' as const }));
  });
  return [{ text: word, keys: corrected, coverage: 1, weight: 0 }];
}

/**
 * `languageKnown`: the caller said which language the query is in (not a guess
 * from its words), so typos are corrected to words of that language only.
 */
export function parseQuery(
  ctx: QueryContext,
  query: string,
  lang: Language,
  languageKnown = false,
): ParsedQuery {
  const tokens = tokenize(query, MAX_QUERY_TOKENS);
  const content = tokens.filter((t) => !isStopword(fold(t)));
  const words = [...new Set(content.length > 0 ? content : tokens)].slice(0, MAX_TERMS);
  const terms = words.flatMap((w) => resolveWord(ctx, w, lang, languageKnown));
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
