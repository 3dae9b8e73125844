/**
 * Guesses the language of a short text: fi, sv or en. Residents write two or
 * three words, often without ä/ö, so three kinds of evidence add up: function
 * words typical of one language, letters (å is Swedish), and which language of
 * the knowledge base uses the word. Finnish is the default when nothing decides.
 */
import type { Language } from '../schema';
import type { WordEntry } from './inverted-index';
import { LANG_BIT } from './inverted-index';
import { fold, tokenize } from './text';

const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: new Set(
    'ja on ei en olen oli ole minä mä mun minun minulla mulla minulle mulle meillä meidän sinä hän se ne että kun jos tai mutta miten missä mistä mihin kuinka mikä mitä voi voiko voin tarvitsen tarvitsee haluan haluaisin onko saa saako pitää pitäisi vai myös kanssa hei moi kiitos apua lapsi lapseni äiti isä'
      .split(' ')
      .map(fold),
  ),
  sv: new Set(
    'och är jag det att inte min mitt mina för hur var vart kan vill behöver har ett med till på om vad vem som får finns hej tack hjälp mig vår barnet mamma pappa sig'
      .split(' ')
      .map(fold),
  ),
  en: new Set(
    'the and is are my i how where can need to for with what a of do does have help me our you please hi hello get want who when which it this that child mum mom dad son daughter'
      .split(' ')
      .map(fold),
  ),
};

const LANGS: readonly Language[] = ['fi', 'sv', 'en'];

export function detectLanguage(
  text: string,
  vocabulary?: ReadonlyMap<string, WordEntry>,
): Language {
  const words = tokenize(String(text ?? '').slice(0, 2_000), 100);
  const score: Record<Language, number> = { fi: 0, sv: 0, en: 0 };
  for (const word of words) {
    const folded = fold(word);
    for (const lang of LANGS) if (FUNCTION_WORDS[lang].has(folded)) score[lang] += 2;
    if (word.includes('å')) score.sv += 3;
    if (/[äö]/.test(word)) {
      score.fi += 1;
      score.sv += 0.5;
    }
    if (
      /(aa|ää|ii|uu|yy|ssa|ssä|sta|stä|lla|llä|lle|kin|ko|kö)$/.test(word) ||
      /y/.test(word.slice(1, -1))
    )
      score.fi += 0.5;
    const entry = vocabulary?.get(folded);
    if (entry) {
      const langs = LANGS.filter((l) => entry.langs & LANG_BIT[l]);
      for (const lang of langs) score[lang] += 1 / langs.length;
    }
  }
  let best: Language = 'fi';
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  return best;
}
