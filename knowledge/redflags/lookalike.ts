/**
 * Look-alikes the context words alone cannot tell: a phrase that says what its
 * words are ("smoke alarm", "sydän särkyi"), a match that is the event something
 * came after ("sydäninfarktin jälkeen", "since my stroke"), and a note's denial
 * verb that denies a whole list ("denies chest pain, shortness of breath or
 * suicidal ideation").
 */
import type { Language } from '../schema';
import type { ContextRoles } from './context';
import type { Hit } from './lexicon';
import { inLanguage, type Candidate } from './situations';
import { BUT, OR, SPEAKER, type Token } from './tokens';

/** A denial verb reaches through a list this long: "kieltää rintakivun, hengenahdistuksen ja itsetuhoiset ajatukset". */
const LIST_REACH = 12;
/** Denial verbs of notes, which deny every item of the list after them. */
const DENIAL_VERB = /^(?:denie|deny|kielt|kiist|kiels|fornek|nekaa|nekas|nekan)/;
/**
 * Nouns of a denial phrase that deny a list too: "no evidence of", "inga tecken på", "ei viitteitä";
 * and a note's "negative for": "Neg for SI, HI and self-harm urges".
 */
const DENIAL_NOUN =
  /^(?:evidence|signs?|indication|viitte|merkke|nayttoa|tecken|hallpunkter|belagg|(?:neg|negative)$)/;
/**
 * "No" before a list denies all of it: "no thoughts of self-harm or suicide", "inga tankar på...";
 * so does a negated "have" or "be": "har inte haft feber, kräkningar eller kramper", "hasn't had
 * any fits, breathing problems or high temps"; and "neither": "neither vomiting nor headache".
 * Only words of `negation` reach here (Swedish "varken" folds to "värken", an ache, and is none).
 * Spoken Swedish writes "int" for "inte": "har int ont i bröstet eller andnöd".
 */
const NONE =
  /^(?:no|nil|ei|eika|inga|ingen|inget|inte|int|ej|hasnt|havent|isnt|wasnt|didnt|neither)$/;
/** The negated verbs among them. */
const NEGATED_VERB = /^(?:inte|int|ej|hasnt|havent|isnt|wasnt|didnt)$/;
/** Have, be and become after a "no": "ei ole ollut", "hasn't had", "hasn't gone", "har inte blivit". */
const HAVE_OR_BE = new Set([
  ...['ole', 'oo', 'ollut', 'ollu', 'olleet', 'tullut', 'tullu', 'har', 'haft', 'varit', 'blivit'],
  ...['has', 'have', 'had', 'been', 'gone', 'turned', 'become', 'got'],
]);
/**
 * What may stand between the "no" and its list: have, be and become, "any", and when: "ei ole
 * ollut kuumetta…", "hasn't had any…", "hasn't gone floppy or blue again", "Äidillä ei ole
 * viikonlopun aikana ollut rintakipua, hengenahdistusta…".
 */
const LIST_AUX = new Set([
  ...HAVE_OR_BE,
  ...['mitaan', 'nagra', 'nan', 'nagot', 'any'],
  ...['viikonlopun', 'viikon', 'yon', 'paivan', 'aikana', 'viime', 'viikolla', 'yolla', 'tanaan'],
  ...['under', 'helgen', 'natten', 'veckan', 'senaste', 'over', 'the', 'weekend', 'week', 'night'],
  ...['today', 'this', 'during', 'past'],
]);
/**
 * The noun a list ends on before "ei ole": "...itsetuhoisia ajatuksia ei ole". By stem, unlike
 * LIST_GLUE's nouns, because the case after a list varies ("ajatuksia", "ajatuksista").
 */
export const LIST_NOUN =
  /^(?:ajatuks|ajatukset|thoughts|tankar|ideation|suunnitelm|plans|planer|aikei|aikeet|intent|avsikt|attempt|yrityks|forsok)/;
/** Words that join the items of a denied list, and the nouns its items hang on ("thoughts of self-harm"). */
const LIST_GLUE = new Set([
  ...['and', 'or', 'nor', 'of', 'to', 'any', 'thoughts', 'ideation', 'ideas', 'plans'],
  ...['wish', 'intention', 'urge', 'desire', 'wishes', 'intentions', 'urges'],
  ...['halun', 'halua', 'halusta', 'haluja', 'halut', 'onskan', 'lust', 'impulser'],
  ...['ja', 'tai', 'eika', 'seka', 'taikka', 'ajatukset', 'ajatuksia', 'ajatuksen', 'suunnitelmat'],
  ...['och', 'eller', 'samt', 'tankar', 'planer'],
  // "denies current self-harm", "active SI, HI", "kiistää tämänhetkiset ajatukset", "aktuella".
  ...['current', 'currently', 'active', 'acute', 'ongoing', 'recent', 'si', 'hi', 'sh', 'intent'],
  ...['nykyiset', 'nykyisia', 'tamanhetkiset', 'tamanhetkisia', 'akuutit', 'akuutteja'],
  ...['aktiiviset', 'aktiivisia', 'ajatuksista', 'ajatuksiin', 'suunnitelmia', 'aikeet', 'aikeita'],
  ...['aktuella', 'aktuell', 'akuta', 'pagaende', 'nagra', 'nara', 'avsikter', 'tankarna'],
  ...['nuvarande'],
  // "tankar på att skada sig", "thoughts about harming".
  ...['pa', 'att', 'om', 'about'],
  // "Inga hot eller tankar på att skada sig själv": threats are denied in the same breath.
  ...['hot', 'threats', 'uhkaa', 'uhkailua', 'uhkauksia'],
  // "no fits, breathing problems or high temps": what a finding's noun may add.
  ...['problems', 'problem', 'issues', 'difficulties', 'besvar', 'ongelmia', 'vaivoja'],
]);
/** A one-word answer after a finding and a colon: "Itsetuhoisuus: ei.", "SI: neg.", "Suicidtankar: nej." */
const ANSWER_NO = new Set([
  ...['ei', 'no', 'none', 'neg', 'negative', 'nil', 'denied', 'denies', 'nej', '0'],
  ...['kieltaa', 'kielsi', 'kiistaa', 'kiisti', 'negatiivinen', 'negatiivisia', 'negatiiviset'],
  ...['kielteinen', 'kielteisia', 'kielteiset', 'negativ', 'negativa', 'negativt'],
  ...['inga', 'ingen', 'inget', 'fornekar', 'fornekade', 'nekar', 'nekade'],
  // "Suicidtankar: förnekas", "Itsetuhoisuus: kiistetty": the passive of a note's denial.
  ...['fornekas', 'nekas', 'kielletty', 'kiistetty', 'kielletaan'],
  // "Kysytty itsetuhoisuudesta ja kiusaamisesta: ei kumpaakaan", "'never, I'd never do that'".
  ...['kumpaakaan', 'neither', 'ingetdera', 'never', 'aldrig'],
  // Spoken: "Ont i bröstet? – nä", "Rintakipuja? – nää", "Chest pain? Nope."
  ...['na', 'naa', 'nope', 'nah'],
]);
/**
 * A verb of answering before a "no" right after the finding: "tankar på att ta sitt liv svarar
 * hon nej".
 */
const ANSWERS = new Set([
  'svarar',
  'svarade',
  'vastaa',
  'vastasi',
  'answers',
  'answered',
  'replies',
]);
/** Who answers, between the verb and the "no". */
const ANSWERER = new Set(['hon', 'han', 'de', 'hen', 'she', 'he', 'they', 'client', 'klienten']);
/** A score before the answer: "scored 0", "pisteet 0", "poäng 0". */
const SCORED = new Set(['scored', 'score', 'pisteet', 'pistetta', 'poang']);
/**
 * Up to four words between a finding and its answer that qualify the question ("Självskada
 * senaste året: nej", "tankar på att skada sig själv eller honom: nej"); the reach counts the
 * clause break after them.
 */
const QUALIFIER_REACH = 5;
/**
 * A "no" may be followed by its verb or its time and still be the whole answer: "ei ole", "ei
 * oo", "Itsetuhoisuus: ei nyt", "SI: none currently".
 */
const ANSWER_BE = new Set([
  ...['ole', 'oo', 'ollut', 'koskaan', 'kumpaakaan', 'nyt', 'nu', 'now', 'currently'],
  // "'ei oo ollu enää aikoihin'": a no that has lasted.
  ...['ollu', 'enaa', 'aikoihin', 'vuosiin', 'pitkaan', 'aikaan'],
  // "'ei oo ikinä ollu sellasia ajatuksia'", "aldrig haft sådana tankar", "never had such thoughts":
  // the no restates what was asked.
  ...['ikina', 'sellasia', 'sellaisia', 'semmosia', 'semmoisia', 'ajatuksia', 'mitaan'],
  ...['haft', 'sadana', 'tankar', 'had', 'any', 'such', 'thoughts'],
]);
/** How many such words may follow the no. */
const ANSWER_BE_MOST = 6;
/** A score's unit after a "0": "kohta 10 (ajatus itsensä vahingoittamisesta) 0 p.", "0 poäng". */
const POINTS = new Set(['p', 'pist', 'pistetta', 'pts', 'points', 'poang']);
/** "Columbia screen: all negative", "kaikki kielteisiä": a "no" to every item. */
const ALL_ITEMS = new Set(['all', 'kaikki', 'alla']);
/** The answers themselves, after ALL_ITEMS: "kaikki vastaukset kielteisiä". */
const ANSWERS_NOUN = new Set(['vastaukset', 'kohdat', 'svar', 'svaren', 'answers', 'items']);
/** How a screening question was asked: "Itsetuhoisuus kysytty erikseen, kiistää." */
const ASKED_HOW = new Set([
  'erikseen',
  'suoraan',
  'directly',
  'separately',
  'specifically',
  'direkt',
]);
/** A note's screening verb after a finding: "kartoitettu", "kysytty", "kartlagd", "assessed". */
const SCREENED =
  /^(?:kartoitettu|kysytty|arvioitu|selvitetty|tiedusteltu|kartlagd|kartlagt|efterfragad|efterfragat|efterfragade|fragat|fragade|bedomd|bedomt|assessed|screened|asked|explored|kysyttaessa)$/;
/** Finnish postpositions after a finished event: "puol vuotta sydäninfarktin jälkeen", "jäljiltä". */
const AFTER_POST = new Set([
  'jalkeen',
  'jaljilta',
  'jalkeinen',
  'jalkeisen',
  'jalkeista',
  'jalkeisia',
]);
/** Swedish and English prepositions of the same: "since my stroke", "efter stroken". */
const AFTER_PRE = new Set(['after', 'since', 'post', 'efter', 'sedan']);
/** The event after such a preposition takes at most this many words: "after my heart attack". */
const AFTER_PHRASE = 3;
const DETERMINER = new Set([
  'my',
  'his',
  'her',
  'the',
  'a',
  'an',
  'their',
  'min',
  'mitt',
  'hans',
  'hennes',
]);

/**
 * The hits without those a mask phrase explains: "smoke" in "smoke alarm", "häkä" in
 * "häkävaroitin", "sydän" in "sydän särkyi", "blister" in "small blister", and a phrase whose
 * last word the mask starts with ("håller på att drunkna i papper"). A concept that
 * names the whole phrase stands ("smoke alarm" is still an alarm), and so do context words;
 * a one-word mask leaves nothing else on its word.
 */
export function unmasked(
  hits: readonly Hit[],
  roles: ContextRoles,
  lang: Language | undefined,
): Hit[] {
  // Who the person is, in a longer phrase, says what its words are: the "learning" of "learning
  // disability" is no course, whatever role it has.
  const standing = hits.filter((h) => roles.standing.has(h.concept) && inLanguage(h, lang));
  const aboutThePerson = (h: Hit) => standing.some((s) => holds(s, h));
  const masks = hits.filter((h) => roles.mask.has(h.concept) && inLanguage(h, lang));
  if (masks.length === 0) return hits.filter((h) => !aboutThePerson(h));
  // A mask that begins on a phrase's last word says what that word means there: "håller på att
  // drunkna" + "drunkna i papper", "can't breathe" + "breathe easy until". A measurement that ends
  // on a phrase's first word says what its number is: "p 72" is a pulse, and "p 72. Lääkkeet
  // annettu" no 72 pills. Only a number: "tror att grannarna förgiftar" leaves "förgiftar vattnet"
  // the belief it is.
  const explained = (h: Hit, m: Hit) =>
    (m.start <= h.start &&
      h.end <= m.end &&
      (m.start === m.end || h.end - h.start < m.end - m.start)) ||
    (h.start < m.start && m.start === h.end && h.end < m.end) ||
    (m.start < h.start && h.start === m.end && m.end < h.end && /\d$/.test(m.word));
  // Context words stay: "ensiapukurssi" is still a course, only not a choking. A negation does not:
  // "utan hjälm", "without a helmet" deny the helmet, not the blow to the head after them; nor
  // does a "now": "kysytty kahden kesken" was asked in private, not in the middle of anything.
  const keep = (h: Hit) =>
    roles.mask.has(h.concept) ||
    (roles.all.has(h.concept) && !roles.negation.has(h.concept) && !roles.current.has(h.concept));
  return hits.filter((h) => !aboutThePerson(h) && (keep(h) || !masks.some((m) => explained(h, m))));
}

/** Whether `outer` is a longer phrase around `inner`. */
export function holds(outer: Hit, inner: Hit): boolean {
  return (
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    outer.end - outer.start > inner.end - inner.start
  );
}

/**
 * A note's denial verb followed by a list that reaches the match with nothing but other
 * findings and joining words between: "denies chest pain, shortness of breath or suicidal
 * ideation". "kieltää rintakivun mutta kertoo..." stops at the first word that is no finding.
 * `verbOnly`: a plain "no" does not count, only a denial verb or noun.
 */
export function deniesList(
  denial: Hit,
  first: number,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  { verbOnly = false } = {},
): boolean {
  const verb = tokens[denial.start]!;
  const byVerb = byDenialVerb(denial, tokens);
  const words = tokens.slice(denial.start, denial.end + 1);
  let from = denial.end;
  while (LIST_AUX.has(tokens[from + 1]?.word ?? '') && tokens[from + 1]!.clause === verb.clause)
    from++;
  // After "has not had", "ei ole ollut", "hasn't gone" what follows is a list of what was not,
  // even where a plain "no" alone may head a finding: "baby hasn't gone floppy or blue again".
  const hadOrBeen = HAVE_OR_BE.has(tokens[denial.end + 1]?.word ?? '') && from > denial.end;
  const denies = byVerb || ((!verbOnly || hadOrBeen) && words.some((t) => NONE.test(t.word)));
  if (!denies || first - denial.end > LIST_REACH) return false;
  if (tokens[first]!.sentence !== verb.sentence) return false;
  if (subjectAfterItem(denial, first, hits, tokens, roles)) return false;
  // The list starts in the denial's clause: "andas inte, läpparna blå" denies the breathing only;
  // and a "but" ends it: "ei oo ollu ajatuksia mut tänään viilsin ranteeseen".
  if (tokens[from + 1]?.clause !== verb.clause) return false;
  // A negated verb of what one cannot do is the emergency itself, and heads no list: "he didn't
  // breathe, choking on a grape", "andas inte, satt i halsen". A plain "ei" or "no" keeps the
  // older reading, in which a later finding of the same unconscious person is part of it: "ei
  // herää, hengitys harvaa" is named as the unconscious person it is.
  const inability = (h: Hit) => roles.inability.has(h.concept) && h.start === from + 1;
  const negatedVerb = words.some((t) => NEGATED_VERB.test(t.word));
  if (negatedVerb && hits.some(inability)) return false;
  if (tokens.slice(from + 1, first).some((t) => BUT.has(t.word))) return false;
  // A word the concepts do not know is an item only after a denial verb: after a plain "no" it
  // may be a finding of its own ("ei reagoi, huulet siniset").
  return onlyFindingsBetween(from, first, hits, tokens, roles, { items: byVerb });
}

/** "that" after a denial verb: the clause it opens is what is denied ("kieltää et", spoken). */
export const THAT: ReadonlySet<string> = new Set(['etta', 'et', 'att', 'that']);

/**
 * A denial verb whose "that" clause holds the match, within reach and with no "but" between (a
 * "but" ends what it denies):
 * "Lapsi kieltää, että kotona lyödään", "förnekar att hon tänkt på att ta sitt liv", "denies
 * that he hit her". A plain "no" before "that" denies nothing of it ("ei sanonut, että...").
 */
export function deniesThatClause(
  denial: Hit,
  first: number,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  const that = tokens[denial.end + 1];
  if (!that || !THAT.has(that.word) || !byDenialVerb(denial, tokens)) return false;
  if (first <= denial.end + 1 || tokens.slice(denial.end + 2, first).some((t) => BUT.has(t.word)))
    return false;
  if (first - (denial.end + 1) <= THAT_REACH && tokens[first]!.clause === that.clause) return true;
  // A later item of a list the clause denies: "äiti kieltää et lapsella ois ollu kuumetta,
  // oksentelua tai kouristuksia", "förnekar att pojken haft feber, kräkningar eller andningssvårigheter".
  const item = hits.find(
    (h) =>
      !roles.all.has(h.concept) &&
      !roles.subjects.has(h.concept) &&
      h.start > denial.end + 1 &&
      h.end < first &&
      h.start - (denial.end + 1) <= THAT_REACH &&
      tokens[h.start]!.clause === that.clause,
  );
  return (
    !!item &&
    tokens[first]!.sentence === that.sentence &&
    first - item.end <= LIST_REACH &&
    onlyFindingsBetween(item.end, first, hits, tokens, roles, { items: true })
  );
}
/** A "that" clause's denial reaches this many words: "kieltää, että kotona lyödään". */
const THAT_REACH = 5;

/** Whether the denial is a verb or a noun of denying ("kieltää", "förnekar", "denies"), not a plain "no". */
function byDenialVerb(denial: Hit, tokens: readonly Token[]): boolean {
  return tokens
    .slice(denial.start, denial.end + 1)
    .some((t) => DENIAL_VERB.test(t.word) || DENIAL_NOUN.test(t.word));
}

/**
 * A plain "no" denies things, not people: a person named after its first item and a comma or an
 * "and" is the subject of a statement of its own, "ei ruokaa ja lapsi yksin kotona", "ingen
 * feber, bebisen slapp och blå". The person as the first item stays denied: "ei lasta yksin",
 * "en jättänyt lasta yksin". A denial verb's list may name people: "denies chest pain, patient".
 */
export function subjectAfterItem(
  denial: Hit,
  first: number,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  if (byDenialVerb(denial, tokens)) return false;
  return hits.some((h) => {
    if (!roles.subjects.has(h.concept) || h.start <= denial.end + 1 || h.start > first)
      return false;
    const before = tokens[h.start - 1]!;
    // Not after an "or": "ei humalaisia aikuisia tai lapsia yksin" lists the people it denies.
    return before.clause !== tokens[h.start]!.clause || AND.has(before.word);
  });
}

/**
 * "Kiistää halun kuolla nyt tai vahingoittaa itseään": a "now" just before "or" belongs to the
 * denied item before it. Not before "and": "kieltää rintakipua, nyt ja hengenahdistusta" is no list.
 */
const NOW_BEFORE_OR = new Set(['nyt', 'now', 'nu']);
const AND = new Set(['ja', 'seka', 'and', 'och', 'samt']);
/** An "and" or an "or": the glue between two items of a list. */
const joinsItems = (word: string | undefined) => !!word && (AND.has(word) || OR.has(word));

/**
 * Whether the words strictly between two positions are findings and the glue of a list; with
 * `items`, also words that are a whole item by themselves.
 */
export function onlyFindingsBetween(
  from: number,
  to: number,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  { items = false } = {},
): boolean {
  const covered = (i: number, finding: boolean) =>
    hits.some((h) => h.start <= i && i <= h.end && roles.all.has(h.concept) !== finding);
  for (let i = from + 1; i < to; i++) {
    if (LIST_GLUE.has(tokens[i]!.word)) continue;
    if (NOW_BEFORE_OR.has(tokens[i]!.word) && OR.has(tokens[i + 1]?.word ?? '')) continue;
    if (covered(i, true)) continue;
    if (items && !covered(i, false) && wholeItem(i, i === from + 1, tokens)) continue;
    return false;
  }
  return true;
}

/**
 * A word that is a whole item of the list by itself, between the denial, a comma or a joining
 * word and the next: "förnekar självskada, ätstörningssymtom eller suicidtankar". A word that
 * runs on into the next one is no item: "denies chest pain, reports shortness of breath".
 */
function wholeItem(i: number, first: boolean, tokens: readonly Token[]): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const opens = first || !before || before.clause !== tokens[i]!.clause || joinsItems(before.word);
  const closes = !after || after.clause !== tokens[i]!.clause || joinsItems(after.word);
  return opens && closes;
}

/** A note's question before a finding: "Kysytty itsetuhoisista ajatuksista: kieltää." */
const ASKED = /^(?:asked|kysyt|kysytty|kysyttaessa|kysyttaes|tillfragad|fragade|fragat|screened)$/;
/** A report between the question and the denial answers it otherwise: "kertoo ..., suunnitelman kieltää". */
const REPORT =
  /^(?:kerto|kerro|report|uppge|uppgav|berat|says|said|sano|tell|told|ajattel|think|tank)/;
/**
 * Words that may follow the answer and only say what it covers: "denies both", "kieltää
 * molemmat", "denies any, current or past".
 */
const ANSWER_COVERS = new Set([
  ...['both', 'all', 'any', 'molemmat', 'kaikki', 'bada', 'alla', 'nama', 'these'],
  ...['current', 'or', 'past', 'ever', 'nykyiset', 'tai', 'aiemmat', 'nuvarande', 'eller'],
  ...['tidigare'],
]);

/**
 * A note that asked about the finding and got a denial that ends the sentence: "Asked about
 * self-harm and low mood: denies both." "Reports thoughts, denies plans." is no such answer.
 */
export function answeredNo(candidate: Candidate, tokens: readonly Token[]): boolean {
  const sentence = tokens[candidate.first]!.sentence;
  let asked = false;
  for (let i = candidate.first - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (ASKED.test(tokens[i]!.word)) asked = true;
  }
  if (!asked) return false;
  for (let i = candidate.last + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (REPORT.test(tokens[i]!.word)) return false;
    if (!DENIAL_VERB.test(tokens[i]!.word)) continue;
    for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      if (!ANSWER_COVERS.has(tokens[k]!.word)) return false;
    }
    return true;
  }
  return false;
}

/** Words that open a field's value with a "no": "Itsetuhoisuus: ei suunnitelmaa", "Suicidtankar: inte nu". */
const FIELD_NO = new Set([...ANSWER_NO, 'inte', 'ej', 'not', 'nothing', 'ingenting']);
/**
 * What a field's "no" may say no to, folded: the field's own plan or thoughts, "now", or that it
 * was not assessed or is not known. Not a verb: "Kouristelu: ei lopu" is a seizure that won't stop.
 */
const FIELD_NO_OF = new Set([
  ...['suunnitelmaa', 'suunnitelmia', 'aikomusta', 'aikeita', 'ajatuksia', 'nyt', 'arvioitu'],
  ...['kysytty', 'kartoitettu', 'tiedossa', 'todettu', 'havaittu', 'tallahetkella', 'merkkeja'],
  ...['plan', 'planer', 'avsikt', 'tankar', 'nu', 'bedomt', 'bedomd', 'kand', 'kant', 'noterat'],
  ...['tecken', 'thoughts', 'intent', 'now', 'currently', 'assessed', 'asked', 'known', 'noted'],
  ...['reported', 'signs'],
]);

/**
 * A record's field named by the match and filled in with a "no": "Itsetuhoisuus: ei arvioitu",
 * "Itsetuhoisuus: ei suunnitelmaa", "Suicidtankar: inte nu, förra månaden", "Väkivalta: ei
 * tiedossa". The match is the field's name only, so a finding in its value is a match of its own:
 * "Itsetuhoisuus: ei halua elää" still finds the wish in "ei halua elää".
 */
export function fieldAnsweredNo(candidate: Candidate, tokens: readonly Token[]): boolean {
  const name = tokens[candidate.last]!;
  const [value, what] = [tokens[candidate.last + 1], tokens[candidate.last + 2]];
  if (!name.beforeColon || value?.sentence !== name.sentence || !FIELD_NO.has(value.word))
    return false;
  return !what || what.clause !== value.clause || FIELD_NO_OF.has(what.word);
}

/**
 * A finding answered with a single "no" in the next clause, nothing after it: "Itsetuhoisuus: ei.",
 * "SI: neg. HI: neg.", "Självmordstankar: nej". "Hengitys: ei hengitä" is no answer but a finding.
 * After a screening word the "no" may begin a longer answer (SCREENED).
 */
export function answeredNoAfter(candidate: Candidate, tokens: readonly Token[]): boolean {
  const end = tokens[candidate.last]!;
  // "Itsetuhoisuutta kartoitettu: ei ajatuksia, ei suunnitelmia", "Suicidrisk kartlagd: inga
  // tankar": after a screening word the answer may go on, since it answers what was asked.
  // "Itsetuhoisista ajatuksista: ei ole": the noun the finding hangs on belongs to the question.
  const noun = tokens[candidate.last + 1];
  const hangs = noun?.clause === end.clause && LIST_NOUN.test(noun.word);
  let last = hangs ? candidate.last + 1 : candidate.last;
  // "Självskada och självmordstankar efterfrågade: nej", "Svullnad i läppar eller tunga: ingen":
  // findings listed together share the answer.
  while (joinsItems(tokens[last + 1]?.word) && tokens[last + 2]?.clause === end.clause) last += 2;
  // "Itsetuhoisuus (C-SSRS, lyhyt versio): ei": an aside in brackets names how it was asked.
  while (tokens[last + 1]?.bracketed && tokens[last + 1]!.sentence === end.sentence) last++;
  const screened = SCREENED.test(tokens[last + 1]?.word ?? '');
  if (screened && ASKED_HOW.has(tokens[last + 2]?.word ?? '')) last++;
  // "Självskada senaste året: nej", "Suicidtankar nu: nej": a few words that qualify the question
  // may end it before the answer.
  for (let k = 1; !screened && k <= QUALIFIER_REACH; k++) {
    const t = tokens[last + k];
    if (!t || t.clause !== end.clause) {
      last += k - 1;
      break;
    }
  }
  // "På direkt fråga om hon haft tankar på att ta sitt liv svarar hon nej": answered in one clause.
  const verb = tokens[candidate.last + 1];
  if (verb?.clause === end.clause && ANSWERS.has(verb.word)) {
    const who = ANSWERER.has(tokens[candidate.last + 2]?.word ?? '') ? 1 : 0;
    const reply = tokens[candidate.last + 2 + who];
    if (reply?.sentence === end.sentence && ANSWER_NO.has(reply.word)) return true;
  }
  let at = last + (screened ? 2 : 1);
  let answer = tokens[at];
  if (!answer || answer.sentence !== end.sentence || answer.clause === end.clause) return false;
  if (screened && tokens[at - 1]!.clause !== end.clause) return false;
  // A screening item's score: "item 9 (thoughts of self-harm) scored 0", "kohta 10: pisteet 0".
  if (SCORED.has(answer.word) && tokens[at + 1]?.clause === answer.clause) answer = tokens[++at]!;
  if (ALL_ITEMS.has(answer.word) && tokens[at + 1]?.clause === answer.clause)
    answer = tokens[++at]!;
  // "kaikki vastaukset kielteisiä", "alla svar negativa", "all answers negative".
  if (ANSWERS_NOUN.has(answer.word) && tokens[at + 1]?.clause === answer.clause)
    answer = tokens[++at]!;
  if (!ANSWER_NO.has(answer.word)) return false;
  // "Itsetuhoisia ajatuksia: ei ole." and "... 0 p." are the same single "no".
  // "Kysytty ajatuksista vahingoittaa itseään: ei ole ollut." may close with two such words.
  const trailing = answer.word === '0' ? POINTS : ANSWER_BE;
  let after = at + 1;
  for (let k = 0; k < ANSWER_BE_MOST; k++) {
    const be = tokens[after];
    if (be?.clause === answer.clause && trailing.has(be.word)) after++;
  }
  const next = tokens[after];
  return screened || !next || next.clause !== answer.clause;
}

/** A question's first word: "Onko ollut ajatuksia…?", "Har du haft…?", "Any thoughts of…?". */
const QUESTION_OPENER = new Set([
  ...['onko', 'onks', 'oliko', 'oletko', 'ootko', 'olitko', 'har', 'hade', 'finns'],
  ...['have', 'has', 'had', 'any', 'do', 'does', 'did', 'are', 'is'],
]);
/** Asking words before the match, folded: "Kysyin suoraan…", "Asked whether…", "Frågade om…". */
const ASKING =
  /^(?:asked|ask|kysyin|kysyn|kysyi|kysytty|kysyttiin|kysyttaessa|fragade|fragat|fragan|fragar)$/;

/** Words after a reply's "no" that only restate it: "ettei niitä ole koskaan ollut", "en todellakaan". */
const REPLY_RESTATES = new Set([
  ...ANSWER_BE,
  ...['niita', 'sita', 'sellaista', 'dem', 'det', 'it', 'todellakaan', 'ikina', 'ma', 'mina'],
  ...['sellasta', 'semmosta', 'semmoista', 'kertaakaan', 'mitaan'],
  ...['absolut', 'inte', 'aldrig', 'really', 'definitely', 'not', 'anymore', 'langre'],
  // Not seen: "Mustia ulosteita? Ei oo huomannu.", "Svart avföring? Inte märkt."
  ...['huomannut', 'huomannu', 'huomattu', 'nahnyt', 'nahny', 'noticed', 'seen', 'markt', 'sett'],
]);
/** A reply's "no" in the person's own words: "en", "ettei", "nej", "no way" begins with "no". */
const QUOTED_NO = new Set([...ANSWER_NO, 'en', 'ettei', 'not']);

/**
 * A question about the finding answered no in the clause after it: "Kysyin suoraan
 * itsemurha-ajatuksista – vastasi, ettei niitä ole koskaan ollut", "Asked whether she had thought
 * about ending her life – answered no, then talked about her garden"; and a question answered by
 * a lone "no" after its question mark: "Onko ollut ajatuksia vahingoittaa itseään? – Ei.", and a
 * heading's question, which needs no opener: "Rintakipua? Ei.", "Ont i bröstet? – nä". The
 * match must end its clause: "asked about chest pain, answered no to fever" answers the fever.
 */
export function answeredInReply(candidate: Candidate, tokens: readonly Token[]): boolean {
  const end = tokens[candidate.last]!;
  let at = candidate.last + 1;
  if (tokens[at]?.clause === end.clause && LIST_NOUN.test(tokens[at]!.word)) at++;
  // "…vahingoittaa itseään tai muita: 'en todellakaan'": what else was asked shares the answer.
  while (joinsItems(tokens[at]?.word) && tokens[at + 1]?.clause === end.clause) at += 2;
  const reply = tokens[at];
  if (!reply || reply.clause === end.clause) return false;
  const sentenceStart = tokens.findIndex((t) => t.sentence === end.sentence);
  let headingOnly = false;
  if (reply.sentence === end.sentence) {
    const asked = tokens.slice(sentenceStart, candidate.last).some((t) => ASKING.test(t.word));
    if (!asked) return false;
    // After a colon the reply is quoted and needs no "answered": "Kysyin suoraan onko ajatellut
    // vahingoittaa itseään: 'en todellakaan, mulla on koira hoidettavana'".
    const quoted = (tokens[at - 1]!.beforeColon || reply.afterBreak) && QUOTED_NO.has(reply.word);
    if (!quoted) {
      if (!ANSWERS.has(reply.word)) return false;
      at++;
      if (ANSWERER.has(tokens[at]?.word ?? '')) at++;
    }
  } else if (reply.sentence !== end.sentence + 1) {
    return false;
  } else if (
    !QUESTION_OPENER.has(tokens[sentenceStart]!.word) &&
    !ASKING.test(tokens[sentenceStart]!.word)
  ) {
    // A heading's question is answered by a "no" that is the whole next sentence: "Chest pain?
    // No, crushing pressure." corrects the word and keeps the finding.
    if (!tokens[at - 1]!.beforeQuestionMark) return false;
    headingOnly = true;
  }
  // "Kysyin, onko käynyt mielessä että haluaisi kuolla. As: 'Ei oo.'"
  if (SPEAKER.has(tokens[at]?.word ?? '') && tokens[at]!.beforeColon) at++;
  const no = tokens[at];
  if (!no || !QUOTED_NO.has(no.word)) return false;
  const ends = (k: number) =>
    headingOnly ? tokens[k]?.sentence === no.sentence : tokens[k]?.clause === no.clause;
  for (let k = at + 1; ends(k); k++) {
    if (!REPLY_RESTATES.has(tokens[k]!.word)) return false;
  }
  return true;
}

/**
 * The whole match is the event that something came after: "väsynyt sydäninfarktin jälkeen",
 * "my face still droops since my stroke". A match that goes on past the word is happening
 * ("pistoksen jälkeen kieli turpoaa"), and so is one with "now" in it.
 */
export function afterIt(
  candidate: Candidate,
  tokens: readonly Token[],
  attributes: ReadonlySet<string>,
): boolean {
  const { first, last } = candidate;
  const next = tokens[last + 1];
  // What happened before the findings, named last, is what they came after: "korvat on ihan kovat
  // ja valkoset hiihtolenkin jälkeen" has frozen ears now.
  if (next && next.clause === tokens[last]!.clause && AFTER_POST.has(next.word))
    return !candidate.hits.some(
      (h) => h.end === last && attributes.has(h.concept) && h.start > first,
    );
  // ...also past an aside in brackets: "Itsetuhoyrityksen (lääkkeet, 14.1.) jälkeen".
  let past = last + 1;
  while (tokens[past]?.bracketed) past++;
  if (past > last + 1 && AFTER_POST.has(tokens[past]?.word ?? '')) return true;
  let at = first - 1;
  const determiner = DETERMINER.has(tokens[at]?.word ?? '');
  if (determiner) at--;
  const before = tokens[at];
  if (!before || before.clause !== tokens[first]!.clause || !AFTER_PRE.has(before.word))
    return false;
  // Swedish "sedan" is mostly "then": "och sedan svimmade hon" is happening, "sedan min stroke" not.
  if (before.word === 'sedan' && !determiner) return false;
  // The event named after the word is a short phrase ("after my heart attack"); a match that goes
  // on is happening after it: "after hitting his head he doesn't remember anything".
  return last - at <= AFTER_PHRASE;
}
