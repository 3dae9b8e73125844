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

interface TextTerms {
  keys: Int32Array;
  /** Occurrences of each key in the text (compound parts count PART_WEIGHT). */
  counts: Float32Array;
}

/**
 * Builds the index. Work is done once per distinct text and once per distinct
 * word: many services share texts (local services reuse PTV's national
 * descriptions), and stemming and compound splitting cost more than counting.
 */
export function buildIndex(services: readonly Service[]): InvertedIndex {
  const segments = FIELDS.length * LANGS.length;
  const wordIds = LANGS.map(() => new Map<string, number>());
  const wordList: { word: string; lang: Language }[] = [];
  const charTotals = new Float64Array(segments);

  // Pass 1: each distinct text (per language) -> word ids, and text lengths per field.
  // Per service, the (segment, text id) pairs it consists of, so pass 2 reads numbers only.
  const textIds = LANGS.map(() => new Map<string, number>());
  const textWordIds: Int32Array[] = [];
  const textLength: number[] = [];
  let refs = new Int32Array(1 << 16);
  let refCount = 0;
  const refStart = new Int32Array(services.length + 1);
  for (let d = 0; d < services.length; d++) {
    const service = services[d]!;
    for (let f = 0; f < FIELDS.length; f++) {
      for (let l = 0; l < LANGS.length; l++) {
        const lang = LANGS[l]!;
        for (const text of FIELDS[f]!.texts(service, lang)) {
          if (!text) continue;
          const segment = f * LANGS.length + l;
          charTotals[segment]! += text.length;
          let id = textIds[l]!.get(text);
          if (id === undefined) {
            id = textWordIds.length;
            textIds[l]!.set(text, id);
            textLength.push(text.length);
            const ids = wordIds[l]!;
            textWordIds.push(
              Int32Array.from(tokenize(text), (token) => {
                let wid = ids.get(token);
                if (wid === undefined) {
                  wid = wordList.length;
                  ids.set(token, wid);
                  wordList.push({ word: token, lang });
                }
                return wid;
              }),
            );
          }
          if (refCount + 2 > refs.length) {
            const bigger = new Int32Array(refs.length * 2);
            bigger.set(refs);
            refs = bigger;
          }
          refs[refCount++] = segment;
          refs[refCount++] = id;
        }
      }
    }
    refStart[d + 1] = refCount;
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

  // Per distinct text: how often each key occurs.
  const counts = new Float64Array(keys.length);
  const touched: number[] = [];
  const bump = (k: number, amount: number) => {
    if (counts[k] === 0) touched.push(k);
    counts[k]! += amount;
  };
  const textTerms: TextTerms[] = textWordIds.map((ids) => {
    for (const id of ids) {
      const info = infos[id]!;
      for (const k of info.exact) bump(k, 1);
      for (const k of info.parts) bump(k, PART_WEIGHT);
    }
    const terms = { keys: Int32Array.from(touched), counts: new Float32Array(touched.length) };
    touched.forEach((k, j) => (terms.counts[j] = counts[k]!));
    for (const k of touched) counts[k] = 0;
    touched.length = 0;
    return terms;
  });

  // Pass 2: BM25F term frequencies per service, from its texts' key counts, appended
  // to one growing buffer (no per-service allocations: 50,000 services, millions of postings).
  const tf = new Float64Array(keys.length);
  const mask = new Uint16Array(keys.length);
  const df = new Int32Array(keys.length);
  const docStart = new Int32Array(services.length + 1);
  let bufKeys = new Int32Array(1 << 16);
  let bufTf = new Float32Array(1 << 16);
  let bufMask = new Uint16Array(1 << 16);
  let used = 0;
  const fieldWeight = FIELDS.map((f) => f.weight);
  const fieldB = FIELDS.map((f) => f.b);
  for (let d = 0; d < services.length; d++) {
    for (let r = refStart[d]!; r < refStart[d + 1]!; r += 2) {
      const segment = refs[r]!;
      const textId = refs[r + 1]!;
      const f = (segment / LANGS.length) | 0;
      const b = fieldB[f]!;
      const weight = fieldWeight[f]! / (1 - b + (b * textLength[textId]!) / avgChars[segment]!);
      const terms = textTerms[textId]!;
      const bit = 1 << f;
      for (let j = 0; j < terms.keys.length; j++) {
        const k = terms.keys[j]!;
        if (tf[k] === 0) touched.push(k);
        tf[k]! += weight * terms.counts[j]!;
        mask[k]! |= bit;
      }
    }
    if (used + touched.length > bufKeys.length) {
      const size = Math.max(bufKeys.length * 2, used + touched.length);
      const grow = <T extends Int32Array | Float32Array | Uint16Array>(old: T, next: T) => (
        next.set(old),
        next
      );
      bufKeys = grow(bufKeys, new Int32Array(size));
      bufTf = grow(bufTf, new Float32Array(size));
      bufMask = grow(bufMask, new Uint16Array(size));
    }
    // No sort needed: the CSR fill below walks services in order, so every key's
    // postings come out sorted by service whatever the order within one service.
    for (let j = 0; j < touched.length; j++) {
      const k = touched[j]!;
      bufKeys[used + j] = k;
      bufTf[used + j] = tf[k]!;
      bufMask[used + j] = mask[k]!;
      df[k]!++;
      tf[k] = 0;
      mask[k] = 0;
    }
    used += touched.length;
    docStart[d + 1] = used;
    touched.length = 0;
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
  const idfs = Float64Array.from(df, (count) => Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  for (let d = 0; d < services.length; d++) {
    for (let j = docStart[d]!; j < docStart[d + 1]!; j++) {
      const k = bufKeys[j]!;
      const at = fill[k]!++;
      const t = bufTf[j]!;
      docs[at] = d;
      scores[at] = (idfs[k]! * t * (K1 + 1)) / (t + K1);
      masks[at] = bufMask[j]!;
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
