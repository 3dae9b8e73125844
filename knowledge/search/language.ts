/**
 * Guesses the language of a short text: fi, sv or en. Residents write two or
 * three words, often without ä/ö, so three kinds of evidence add up: function
 * words typical of one language, letters (å is Swedish), and which language of
 * the knowledge base uses the word. Finnish is the default when nothing decides.
 * In a conversation, only clear evidence changes its language (measured by
 * `npm run eval`, knowledge/cli/eval-language.ts).
 */
import type { Language } from '../schema';
import type { WordEntry } from './inverted-index';
import { LANG_BIT } from './inverted-index';
import { fold, tokenize } from './text';

/**
 * Function words by language. Swedish gains the Finland-Swedish "int" and the pronouns and
 * negatives no Finnish word folds to: "han andas int ordentligt" read as Finnish (Swedish "han"
 * folds like Finnish "hän"), and its short negation then counted for nothing.
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  fi: new Set(
    'ja on ei en olen oli ole minä mä mun minun minulla mulla minulle mulle meillä meidän sinä hän se ne että kun jos tai mutta miten missä mistä mihin kuinka mikä mitä voi voiko voin tarvitsen tarvitsee haluan haluaisin onko saa saako pitää pitäisi vai myös kanssa hei moi kiitos apua lapsi lapseni äiti isä'
      .split(' ')
      .map(fold),
  ),
  sv: new Set(
    'och är jag det att inte int min mitt mina för hur var vart kan vill behöver har ett med till på om vad vem som får finns hej tack hjälp mig vår barnet mamma pappa sig i en av den de när så men eller också hon henne honom ingen inga inget nu vi ur mej dej sej nån o e fick tog blev'
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

/** Word endings of Swedish and English that Finnish words do not have. */
const NOT_FINNISH_ENDING = /(ar|er|or|ad|ade|ig|igt|ng|rn|ck|nd|rd|gt|kt|rt)$/;

/** How sure a guess must be to move a conversation to another language. */
const SWITCH = {
  /** Evidence for the new language: two function words, or one and the vocabulary. */
  minScore: 2,
  /** The new language must clearly beat every other… */
  minMargin: 2,
  /** …and have most of the evidence: a mixed message ("i need hammaslääkäri") is not a switch. */
  minRatio: 2,
  /** "ok", "kiitos", a place name: too short to tell, whatever the letters say. */
  minWords: 2,
};

/** Evidence per language for `text`. */
function scoreLanguages(
  words: readonly string[],
  vocabulary?: ReadonlyMap<string, WordEntry>,
): Record<Language, number> {
  const score: Record<Language, number> = { fi: 0, sv: 0, en: 0 };
  for (const word of words) {
    const folded = fold(word);
    for (const lang of LANGS) if (FUNCTION_WORDS[lang].has(folded)) score[lang] += 2;
    if (word.includes('å')) score.sv += 3;
    if (/[äö]/.test(word)) {
      score.fi += 1;
      score.sv += 0.5;
    }
    // Endings no Finnish word has, common in Swedish (and English): a Swedish note with few
    // function words ("Förnekar suicidtankar, förnekar självskada") is not Finnish for its ä and ö.
    if (word.length >= 4 && NOT_FINNISH_ENDING.test(word)) {
      score.sv += 0.5;
      score.en += 0.5;
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
  return score;
}

/**
 * The language of `text`. With `current` (the conversation's language) the
 * answer stays `current` unless the text clearly is another language: mixed,
 * very short or unclear messages do not flip a conversation. Without it, the
 * best guess (Finnish when nothing decides).
 */
export function detectLanguage(
  text: string,
  vocabulary?: ReadonlyMap<string, WordEntry>,
  current?: Language,
): Language {
  const words = tokenize(String(text ?? '').slice(0, 2_000), 100);
  const score = scoreLanguages(words, vocabulary);
  let best: Language = current ?? 'fi';
  for (const lang of LANGS) if (score[lang] > score[best]) best = lang;
  if (current === undefined || best === current) return best;
  const runnerUp = Math.max(...LANGS.filter((l) => l !== best).map((l) => score[l]));
  const sure =
    words.length >= SWITCH.minWords &&
    score[best] >= SWITCH.minScore &&
    score[best] - runnerUp >= SWITCH.minMargin &&
    score[best] >= SWITCH.minRatio * runnerUp;
  return sure ? best : current;
}
