/**
 * Snowball stemming for fi/sv/en (from @orama/stemmers) and the index key of a
 * word: its stem with diacritics folded. Stems are cached because the same few
 * thousand words recur across every service text and the snowball stemmers are
 * the slowest step of indexing.
 */
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as english } from '@orama/stemmers/english';
import type { Language } from '../schema';
import { fold } from './text';

const STEMMERS: Record<Language, (word: string) => string> = {
  fi: finnish,
  sv: swedish,
  en: english,
};
const MAX_CACHE = 200_000;
const caches: Record<Language, Map<string, string>> = {
  fi: new Map(),
  sv: new Map(),
  en: new Map(),
};

/** The stem of a lower-case word, diacritics folded: the key under which the index stores it. */
export function keyOf(word: string, lang: Language): string {
  const cache = caches[lang];
  let key = cache.get(word);
  if (key === undefined) {
    // Numbers and very short words are kept whole: stemming "112" or "tk" only loses them.
    key =
      word.length <= 3 || /^\d+$/.test(word)
        ? fold(word)
        : repair(fold(STEMMERS[lang](word)), lang);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, key);
  }
  return key;
}

// Snowball leaves some Finnish stem alternations apart (kuntoutus / kuntoutuksen,
// mielenterveys / mielenterveyden, tuki / tuen) and some Swedish definite forms
// (barnskyddet). These endings bring the common ones together; folded forms.
const FI_ENDINGS: [RegExp, string][] = [
  [/(u|y|o)ks$/, '$1'],
  [/(u|y|o)s$/, '$1'],
  [/(e)ys$/, '$1y'],
  [/(u|y)d$/, '$1'],
  [/hoido$/, 'hoito'],
  [/tuke?$/, 'tuki'],
  [/(.{3})in$/, '$1is'],
];
const FI_WORDS: Record<string, string> = {
  lap: 'laps',
  las: 'laps',
  lapsi: 'laps',
  aid: 'aiti',
  hamp: 'hammas',
  tuen: 'tuki',
  tuke: 'tuki',
  tuk: 'tuki',
};
const SV_ENDINGS: [RegExp, string][] = [
  [/([bdfgklmnprstv])\1et$/, '$1'],
  [/([^aeiouyao])et$/, '$1'],
];

function repair(key: string, lang: Language): string {
  if (lang === 'fi') {
    const word = FI_WORDS[key];
    if (word) return word;
    for (const [ending, replacement] of FI_ENDINGS) {
      if (ending.test(key) && key.length > 4) return key.replace(ending, replacement);
    }
  } else if (lang === 'sv' && key.length > 5) {
    for (const [ending, replacement] of SV_ENDINGS) {
      if (ending.test(key))
        return key.replace(ending, replacement).replace(/([bdfgklmnprstv])\1$/, '$1');
    }
  }
  return key;
}

/** Index keys carry their language, so a Swedish "best" (består) never answers an English "best". */
export const LANG_TAG: Record<Language, string> = { fi: 'f', sv: 's', en: 'e' };

/** The index key of a word in a language: language tag + folded stem. */
export function indexKey(word: string, lang: Language): string {
  // Cached separately: building the tagged string on every call made garbage on every query.
  const cache = tagged[lang];
  let key = cache.get(word);
  if (key === undefined) {
    key = LANG_TAG[lang] + keyOf(word, lang);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(word, key);
  }
  return key;
}
const tagged: Record<Language, Map<string, string>> = {
  fi: new Map(),
  sv: new Map(),
  en: new Map(),
};

/** The keys a query word may be stored under in one language: its stem, and the stem of its folded form. */
export function queryKeys(word: string, lang: Language): string[] {
  const a = indexKey(word, lang);
  const b = indexKey(fold(word), lang);
  return a === b ? [a] : [a, b];
}
