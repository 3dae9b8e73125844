/**
 * Text normalisation shared by the index, the query side, emergency detection
 * and segment detection. Browser-safe: no node imports.
 *
 * Two forms of every word matter: the lower-cased word with its letters intact
 * (Finnish stemming needs ä/ö to pick the right endings) and the folded form
 * without diacritics, because residents often type "hammaslaakari" or "tandlakare".
 */

/** Queries are cut to this many characters before anything else; nothing a resident writes is longer. */
export const MAX_QUERY_CHARS = 2_000;
/** And to this many tokens, so a pasted document costs a bounded amount of work. */
export const MAX_QUERY_TOKENS = 300;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// A word is a run of letters or digits; apostrophes inside English words ("can't") are dropped.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower case, with å/ä/ö and other diacritics removed ("Tandläkaren" -> "tandlakaren"). */
export function fold(word: string): string {
  // Most words are plain ASCII already; normalize() is the slow path.
  if (ASCII.test(word)) return word;
  return word.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
const ASCII = /^[\x20-\x7e]*$/;

/** Lower-cases and splits text into words, keeping diacritics. Hyphenated compounds become their parts. */
export function tokenize(text: string, maxTokens = Infinity): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    out.push(m[0].replace(/['’]/g, ''));
    if (out.length >= maxTokens) break;
  }
  return out;
}

/** Bounds a query: at most MAX_QUERY_CHARS characters, control characters as spaces. */
export function boundQuery(query: unknown): string {
  if (typeof query !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return query.slice(0, MAX_QUERY_CHARS).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * Words that carry no meaning for finding a service. They are dropped from the
 * query (when something else is left) and do not count towards query coverage.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // fi, sv, en
  // prettier-ignore
  [
    'ja', 'on', 'ei', 'en', 'et', 'se', 'ne', 'ole', 'olen', 'oli', 'olla', 'ovat', 'että', 'kun',
    'jos', 'tai', 'mutta', 'myös', 'niin', 'kuin', 'mitä', 'mikä', 'mistä', 'missä', 'mihin',
    'miten', 'miksi', 'milloin', 'kuka', 'kenelle', 'kuinka', 'voi', 'voin', 'voiko', 'voisin',
    'pitää', 'pitäisi', 'tarvitsen', 'tarvitsisin', 'haluan', 'haluaisin', 'minä', 'mä', 'mun',
    'minun', 'minulla', 'mulla', 'minulle', 'mulle', 'sinä', 'sä', 'hän', 'me', 'te', 'he',
    'meillä', 'meidän', 'tämä', 'tää', 'tuo', 'sen', 'sitä', 'siitä', 'tästä', 'jo', 'vielä', 'nyt',
    'aina', 'saa', 'saada', 'saan', 'saako', 'apua', 'apu', 'hei', 'moi', 'kiitos', 'onko', 'olisi',
    'kanssa', 'paljon', 'vähän', 'joku', 'jotain', 'jokin', 'kaikki', 'koska', 'vaan', 'sekä',
    'ettei', 'eikä', 'jossa', 'joka', 'jonka', 'heti', 'pitkään', 'taas', 'ihan', 'aika', 'kyllä',
    'no', 'nyt', 'mitenkä', 'kans', 'pääsee', 'päästä', 'pääsen', 'hakea', 'haen', 'löydän',
    'löytää', 'ottaa', 'yhteyttä', 'och', 'i', 'är', 'att', 'det', 'som', 'en', 'ett', 'på', 'av',
    'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'jag', 'du', 'han', 'hon', 'vi', 'ni', 'de',
    'min', 'mitt', 'mina', 'mig', 'vår', 'var', 'vad', 'hur', 'när', 'vem', 'vart', 'kan', 'ska',
    'skulle', 'vill', 'behöver', 'måste', 'få', 'får', 'finns', 'hjälp', 'hej', 'tack', 'så', 'men',
    'eller', 'också', 'mycket', 'lite', 'nu', 'sig', 'sin', 'sitt', 'där', 'här', 'något', 'någon',
    'vilken', 'vilket', 'från', 'efter', 'under', 'över', 'bara', 'redan', 'jätte', 'kontakt',
    'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'is', 'are', 'was',
    'be', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'it', 'they', 'their', 'his',
    'her', 'this', 'that', 'what', 'where', 'when', 'who', 'how', 'why', 'which', 'can', 'could',
    'do', 'does', 'did', 'should', 'would', 'need', 'want', 'get', 'help', 'please', 'hi', 'hello',
    'thanks', 'have', 'has', 'am', 'not', 'no', 'there', 'some', 'any', 'from', 'about', 'if', 'so',
    'but', 'just', 'very', 'im', 'ive', 'dont', 'cant', 'its', 'find', 'someone', 'anyone', 'by',
    'as', 'will', 'go', 'into', 'up', 'out', 'all', 'now', 'still', 'really',
    // Everyday verbs of motion and change: "bilen gick sönder" must not match "tanden gick sönder".
    'meni', 'menee', 'tuli', 'tulee', 'gick', 'går', 'gå', 'blev', 'blir', 'kom', 'kommer',
    'went', 'goes', 'got', 'gets', 'came', 'comes',
  ].map(fold),
);

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}

export const LANGUAGES_SET: ReadonlySet<string> = new Set(['fi', 'sv', 'en']);
