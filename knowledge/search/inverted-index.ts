/**
 * The inverted index: for every key (a folded stem, see stem.ts) the services
 * that contain it, with a precomputed fielded BM25 weight (BM25F: field weights
 * and length normalisation are applied before saturation). A query then only
 * touches the postings of its own keys, never every service.
 *
 * Postings are packed in typed arrays (CSR layout, sorted by service) so 50,000
 * services fit in a bounded heap. Words are processed once per distinct word:
 * stemming and compound splitting happen for the vocabulary, not for every token.
 */
import type { Language, Service } from '../schema';
import { createCompoundSplitter, type CompoundSplitter } from './compound';
import { FIELDS } from './fields';
import { indexKey } from './stem';
import { fold, tokenize } from './text';

const LANGS: readonly Language[] = ['fi', 'sv', 'en'];
const K1 = 2;
/** A compound part counts for half a word: "hoito" in "kotihoito" is related, not the same. */
const PART_WEIGHT = 0.5;

export interface WordEntry {
  /** Keys of the word itself, in each language it occurs in. */
  keys: number[];
  /** Bit per language (1 fi, 2 sv, 4 en) where the knowledge base uses this word. */
  langs: number;
}

export interface InvertedIndex {
  services: readonly Service[];
  keyIds: ReadonlyMap<string, number>;
  keys: readonly string[];
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
  /** Bit i set: the key occurs in FIELDS[i] of that service. */
  masks: Uint16Array;
  /** Folded surface words of the knowledge base (the vocabulary typo correction maps onto). */
  words: ReadonlyMap<string, WordEntry>;
  splitter: CompoundSplitter;
}

export const LANG_BIT: Record<Language, number> = { fi: 1, sv: 2, en: 4 };

interface WordInfo {
  word: string;
  lang: Language;
  exact: number[];
  parts: number[];
}

/** Builds the index; O(total text) time, one pass to collect words, one to weigh them. */
export function buildIndex(services: readonly Service[]): InvertedIndex {
  const segments = FIELDS.length * LANGS.length;
  const wordIds = new Map<string, number>();
  const wordList: { word: string; lang: Language }[] = [];
  const charTotals = new Float64Array(segments);
  // Pass 1: every token becomes a word id; per service a flat list [segment, chars, n, ids…]…
  const tokenLists: (Int32Array | null)[] = [];
  let scratch = new Int32Array(4096);
  for (const service of services) {
    let at = 0;
    const push = (v: number) => {
      if (at >= scratch.length) {
        const bigger = new Int32Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[at++] = v;
    };
    FIELDS.forEach((field, f) => {
      LANGS.forEach((lang, l) => {
        const segment = f * LANGS.length + l;
        for (const text of field.texts(service, lang)) {
          if (!text) continue;
          const tokens = tokenize(text);
          charTotals[segment]! += text.length;
          push(segment);
          push(text.length);
          push(tokens.length);
          for (const token of tokens) {
            const id = `${lang}:${token}`;
            let wid = wordIds.get(id);
            if (wid === undefined) {
              wid = wordList.length;
              wordIds.set(id, wid);
              wordList.push({ word: token, lang });
            }
            push(wid);
          }
        }
      });
    });
    tokenLists.push(scratch.slice(0, at));
  }
  const avgChars = Array.from(charTotals, (total) =>
    Math.max(1, total / Math.max(1, services.length)),
  );

  // Keys and compound parts per distinct word.
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
    }
    return id;
  };
  const words = new Map<string, WordEntry>();
  const infos: WordInfo[] = wordList.map(({ word, lang }) => {
    const exact = [...new Set([keyId(indexKey(word, lang)), keyId(indexKey(fold(word), lang))])];
    const folded = fold(word);
    const entry = words.get(folded) ?? { keys: [], langs: 0 };
    for (const k of exact) if (!entry.keys.includes(k)) entry.keys.push(k);
    entry.langs |= LANG_BIT[lang];
    words.set(folded, entry);
    return { word, lang, exact, parts: [] };
  });
  const knownKeys = new Set(keys);
  const knownWords = new Set(words.keys());
  const splitters = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      createCompoundSplitter(knownWords, knownKeys, (p) => indexKey(p, lang)),
    ]),
  ) as Record<Language, CompoundSplitter>;
  for (const info of infos) {
    if (info.lang === 'en') continue;
    const parts = splitters[info.lang].split(fold(info.word));
    if (parts) {
      info.parts = [...new Set(parts.map((p) => keyId(indexKey(p, info.lang))))].filter(
        (k) => !info.exact.includes(k),
      );
    }
  }

  // Pass 2: BM25F term weights per service.
  const tf = new Float64Array(keys.length);
  const mask = new Uint16Array(keys.length);
  const df = new Int32Array(keys.length);
  const perDoc: { keys: Int32Array; tf: Float32Array; mask: Uint16Array }[] = [];
  const touched: number[] = [];
  const add = (k: number, amount: number, bit: number) => {
    if (tf[k] === 0) touched.push(k);
    tf[k]! += amount;
    mask[k]! |= bit;
  };
  for (let d = 0; d < tokenLists.length; d++) {
    const list = tokenLists[d]!;
    tokenLists[d] = null;
    for (let i = 0; i < list.length;) {
      const segment = list[i]!;
      const chars = list[i + 1]!;
      const n = list[i + 2]!;
      i += 3;
      const field = FIELDS[Math.floor(segment / LANGS.length)]!;
      const bit = 1 << Math.floor(segment / LANGS.length);
      const weight = field.weight / (1 - field.b + (field.b * chars) / avgChars[segment]!);
      for (let t = 0; t < n; t++, i++) {
        const info = infos[list[i]!]!;
        for (const k of info.exact) add(k, weight, bit);
        for (const k of info.parts) add(k, weight * PART_WEIGHT, bit);
      }
    }
    touched.sort((a, b) => a - b);
    const entry = {
      keys: Int32Array.from(touched),
      tf: new Float32Array(touched.length),
      mask: new Uint16Array(touched.length),
    };
    touched.forEach((k, j) => {
      entry.tf[j] = tf[k]!;
      entry.mask[j] = mask[k]!;
      df[k]!++;
      tf[k] = 0;
      mask[k] = 0;
    });
    touched.length = 0;
    perDoc.push(entry);
  }

  // CSR layout: postings of key k are [offsets[k], offsets[k + 1]), services ascending.
  const offsets = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) offsets[k + 1] = offsets[k]! + df[k]!;
  const total = offsets[keys.length]!;
  const docs = new Int32Array(total);
  const scores = new Float32Array(total);
  const masks = new Uint16Array(total);
  const fill = offsets.slice(0, keys.length);
  const n = services.length;
  for (let d = 0; d < perDoc.length; d++) {
    const entry = perDoc[d]!;
    for (let j = 0; j < entry.keys.length; j++) {
      const k = entry.keys[j]!;
      const at = fill[k]!++;
      const idf = Math.log(1 + (n - df[k]! + 0.5) / (df[k]! + 0.5));
      const t = entry.tf[j]!;
      docs[at] = d;
      scores[at] = (idf * t * (K1 + 1)) / (t + K1);
      masks[at] = entry.mask[j]!;
    }
  }

  return {
    services,
    keyIds,
    keys,
    offsets,
    docs,
    scores,
    masks,
    words,
    splitter: {
      split: (word) => splitters.fi.split(word) ?? splitters.sv.split(word),
    },
  };
}

/** The weight of key `k` in service `d`, and its field mask (0, 0 when absent). Binary search. */
export function postingOf(
  index: InvertedIndex,
  k: number,
  d: number,
): { score: number; mask: number } {
  let lo = index.offsets[k]!;
  let hi = index.offsets[k + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const doc = index.docs[mid]!;
    if (doc === d) return { score: index.scores[mid]!, mask: index.masks[mid]! };
    if (doc < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return { score: 0, mask: 0 };
}
