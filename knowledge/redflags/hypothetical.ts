/**
 * "Mitä jos lapsi nielee pariston", "what if someone chokes", "vad gör man om
 * någon får en stroke": a question about an event that has not happened is a
 * look-alike. The same frame around a real event is not: "what should I do if
 * my son swallowed a battery", "mitä tehdä jos lapsi on niellyt pariston". The
 * difference is the tense, so an event told in the past or perfect, or said to
 * be happening now, keeps the match. Thoughts are exempt: "mitä jos vaan
 * tappaisin itseni" is the emergency itself. One frame holds for them too: a
 * safety plan's "if the thoughts come back" says they are not here now.
 */
import type { Language } from '../schema';
import type { Hit } from './lexicon';
import { inLanguage, inMatch, type Candidate } from './situations';
import { clauseStart, OR, phraseAt, type Token } from './tokens';

export interface HypotheticalRoles {
  hypothetical: ReadonlySet<string>;
  advice: ReadonlySet<string>;
  happened: ReadonlySet<string>;
  current: ReadonlySet<string>;
  thoughts: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
}

/**
 * Regular past and perfect forms, by language: Finnish participles ("niellyt", "kaatunu",
 * "ottaneet"), English "-ed" ("swallowed", not "need"), Swedish "-de"/"-te" ("svalde", "ramlade").
 * Irregular forms ("söi", "ate", "drack") are editor words in the `happened` concept.
 */
const PAST: Record<Language, RegExp> = {
  // The participle doubles an l, r or s stem's consonant ("ollut", "purrut", "noussut", spoken
  // "ollu"); a single one is another word: "viiltelyhalu" (an urge to cut), "halut", "kasut".
  fi: /^\p{L}{2,}(?:nut|nyt|nu|ny|neet|neen|llut|llyt|llu|lly|ssut|ssyt|rrut|rryt)$/u,
  en: /^\p{L}{2,}[^e]ed$/u,
  sv: /^\p{L}{3,}(?:de|te)$/u,
};
/** Swedish words that end like a past tense but are not one, or are modals. */
const NOT_PAST = new Set(['inte', 'kunde', 'borde', 'ville', 'skulle', 'sade', 'bade', 'unde']);
/** "If" of a safety plan's condition, and how far from the match it and its verb may stand. */
const IF = new Set(['jos', 'mikali', 'om', 'ifall', 'if', 'should']);
const CONDITION_REACH = 4;
/**
 * Verbs of telling (folded), which in a condition make the match a disclosure that may come:
 * "minne ohjata nuori jos hän kertoo viiltelevänsä", "who do I contact if a player tells me
 * they're self-harming".
 */
const TELLS = new Set([
  ...['kertoo', 'kertoisi', 'sanoo', 'sanoisi', 'puhuu', 'puhuisi', 'mainitsee', 'paljastaa'],
  ...['puhua', 'puhumaan', 'kertomaan', 'kertoa'],
  ...['berattar', 'sager', 'pratar', 'namner', 'avslojar', 'tells', 'says', 'mentions'],
  ...['discloses', 'admits', 'talks', 'confides'],
]);
/** What else starts an advice's condition: "Anvisningar: vid anfall över 5 min, ring 112". */
const ADVICE_IF = new Set(['vid']);
/** Verbs that say a thought comes back or comes up: "jos ajatukset palaavat", "come back". */
const RETURNS = new Set([
  ...['palaavat', 'palaa', 'palaisivat', 'uusiutuvat', 'heraavat', 'ilmaantuvat', 'ilmenee'],
  ...['ilmaantuu', 'ilmaantuisi', 'uusiutuu'],
  ...['ilmenevat', 'nousevat', 'tillbaka', 'aterkommer', 'atervander', 'uppstar', 'dyker upp'],
  ...['return', 'returns', 'recur', 'recurs', 'arise', 'arises', 'come back', 'comes back'],
  ...['come up', 'comes up', 'reappear', 'reappears', 'resurface', 'resurfaces'],
]);

/**
 * Verbs of coming before the thought in a condition, and how near it: "jos tulee ajatuksia
 * vahingoittaa itseä", "om det kommer tankar på att skada sig", "if thoughts of suicide arise".
 */
const ARISES = new Set([
  ...['tulee', 'tulisi', 'tulis', 'ilmaantuu', 'ilmaantuisi', 'nousee', 'heraa'],
  ...['kommer', 'skulle', 'uppstar', 'come', 'arise', 'appear', 'develops', 'develop'],
]);
const ARISES_REACH = 2;
/** "Whenever", which with a verb of coming right after the urge is a condition. */
const WHENEVER = new Set(['nar', 'whenever']);
/**
 * Verbs of an urge coming, right after it: "viiltelyhalu nousee", "impulserna kommer". Not in
 * RETURNS: "om jag tar livet av mig kommer ingen sakna mig" is no condition of a coming thought.
 */
const COMES = new Set([...RETURNS, 'nousee', 'kommer', 'tulee', 'comes', 'come']);

/** True when the candidate sits in a hypothetical frame with no real event in it. */
export function isHypothetical(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  if (ifItReturns(candidate, tokens)) return true;
  if (toldIf(candidate, hits, tokens, roles, lang)) return true;
  if (advisedIf(candidate, hits, tokens, roles, lang)) return true;
  if (candidate.pattern.some((c) => roles.thoughts.has(c)))
    return protocolFor(candidate, hits, tokens, roles, lang);
  if (askedAhead(candidate, hits, tokens, roles, lang)) return true;
  if (instructedIf(candidate, hits, tokens, roles, lang)) return true;
  const { first, last } = candidate;
  const sentence = tokens[first]!.sentence;
  // The nearest frame before the match's last word, also inside it ("en joku päivä enää herää"),
  // and one that begins before the match and shares its first word: "mitkä sienet on myrkyllisiä".
  const frame = hits.findLast(
    (h) =>
      roles.hypothetical.has(h.concept) &&
      inLanguage(h, lang) &&
      h.end < last &&
      (!inMatch(candidate, h) || h.start < first) &&
      tokens[h.start]!.sentence === sentence,
  );
  return frame !== undefined && !isReal(frame, candidate, hits, tokens, roles, lang);
}

/**
 * A past or perfect verb, a `happened` word or a "now" between the frame and the match's end. A
 * word inside one of the match's own phrases does not count: the "min" of "112 jos kestää yli 5
 * min" is how long a seizure may last, not when one happened. With `pastInPhrases` false, nor does
 * a past form inside any concept's phrase: under advice, "slurred" names what to look for.
 */
export function isReal(
  frame: Pick<Hit, 'end'>,
  candidate: Pick<Candidate, 'last' | 'hits'>,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
  pastInPhrases = true,
): boolean {
  const { last } = candidate;
  const ownWord = (h: Hit) =>
    candidate.hits.some((m) => m !== h && m.start <= h.start && h.end <= m.end && m.end > m.start);
  const inside = (h: Hit) => h.start > frame.end && h.start <= last && !ownWord(h);
  if (
    hits.some(
      (h) =>
        inside(h) &&
        inLanguage(h, lang) &&
        (roles.happened.has(h.concept) ||
          (roles.current.has(h.concept) && !isDuration(h, tokens) && !onset(h, candidate, tokens))),
    )
  )
    return true;
  const insideAPhrase = (i: number) => hits.some((h) => h.start <= i && i <= h.end);
  for (let i = frame.end + 1; i <= last; i++) {
    if (!pastInPhrases && insideAPhrase(i)) continue;
    if (isPastForm(tokens[i]!.word, lang)) return true;
  }
  return false;
}

/**
 * A "now" word that is also the match's own word tells how the feared thing starts, not that it
 * has: "call 999 if sudden confusion", "jos äkillinen rintakipu". So does a word of suddenness
 * anywhere in the condition: "jos asiakas on äkillisesti sekava tai ei herää, soitetaan 112".
 */
function onset(h: Hit, candidate: Pick<Candidate, 'hits'>, tokens: readonly Token[]): boolean {
  return (
    candidate.hits.some((m) => m.start === h.start) ||
    tokens.slice(h.start, h.end + 1).every((t) => SUDDEN.has(t.word))
  );
}
/** Words of suddenness, folded; a "now" phrase made only of them is one ("all of a sudden"). */
const SUDDEN = new Set([
  ...['akillisesti', 'akillinen', 'akkia', 'yhtakkia', 'yhtakkii', 'plotsligt', 'hastigt'],
  ...['sudden', 'suddenly', 'all', 'of', 'a'],
]);

/** "yli", "over", "än": what comes after them is how long, not when. */
const LONGER_THAN = new Set(['yli', 'over', 'than', 'an']);

/**
 * A "now" word that is a length of time: "jos rintakipu kestää yli 15 min tai nitro ei auta",
 * "if it lasts more than an hour". The word after "over", or after "over" and a number.
 */
function isDuration(h: Hit, tokens: readonly Token[]): boolean {
  const before = tokens[h.start - 1]?.word ?? '';
  const number = /^\d+$/.test(before);
  if (LONGER_THAN.has(number ? (tokens[h.start - 2]?.word ?? '') : before)) return true;
  return (
    h.start === h.end && LASTS.has(tokens[h.start]!.word) && OVER.has(tokens[h.end + 1]?.word ?? '')
  );
}

/**
 * Verbs of going on, folded, that say how long when "over" follows: "om anfallet pågår över 5
 * min", "jos kohtaus jatkuu yli 5 min". Not "nu" or "nyt": "kramp nu över 5 min" is happening.
 */
const LASTS = new Set(['pagar', 'jatkuu', 'kestaa', 'continues', 'lasts', 'persists']);
const OVER = new Set(['yli', 'over']);

/** A regular past or perfect form ("niellyt", "swallowed", "svalde") in the message's language. */
export function isPastForm(word: string, lang: Language | undefined): boolean {
  if (NOT_PAST.has(word)) return false;
  const langs: Language[] = lang ? [lang] : ['fi', 'sv', 'en'];
  return langs.some((l) => PAST[l].test(word));
}

/**
 * A safety plan's condition: "jos itsetuhoiset ajatukset palaavat, soittaa kriisipuhelimeen", "om
 * tankarna på att ta livet av sig kommer tillbaka", "if any thoughts of harming himself come up".
 * The thought is one that may come back, so it is not here now, and this frame holds for thoughts
 * too; it needs "if" before the match and "returns" after it, in the match's clause, or "if" and a
 * verb of coming just before it ("jos tulee ajatuksia vahingoittaa itseä"), or "whenever" before
 * it and a verb of coming right after it ("aina kun viiltelyhalu nousee").
 */
function ifItReturns(candidate: Candidate, tokens: readonly Token[]): boolean {
  const { first, last } = candidate;
  const clause = tokens[first]!.clause;
  const inClause = (i: number) => tokens[i]?.clause === clause;
  const whenever = (i: number) =>
    WHENEVER.has(tokens[i]!.word) || (tokens[i]!.word === 'kun' && tokens[i - 1]?.word === 'aina');
  const ifWithin = (from: number) => {
    for (let i = from - 1; i >= from - CONDITION_REACH && inClause(i); i--) {
      if (IF.has(tokens[i]!.word)) return true;
    }
    return false;
  };
  // "jos mieliala laskee tai tulee ajatuksia vahingoittaa itseä": thoughts that would come.
  for (let i = first - 1; i >= first - ARISES_REACH && inClause(i); i--) {
    if (ARISES.has(tokens[i]!.word) && ifWithin(i)) return true;
  }
  // "aina kun viiltelyhalu nousee", "när självskadeimpulser kommer": whenever the urge comes, its
  // verb right after it. Not "när jag får panik skär jag mig och det kommer blod".
  for (let i = first - 1; i >= first - CONDITION_REACH && inClause(i); i--) {
    if (whenever(i) && inClause(last + 1) && phraseAt(tokens, last + 1, COMES)) return true;
  }
  if (!ifWithin(first)) return false;
  for (let i = last + 1; i <= last + CONDITION_REACH && inClause(i); i++) {
    if (phraseAt(tokens, i, RETURNS)) return true;
  }
  return false;
}

/**
 * A disclosure that may come: "if" and a verb of telling before the match in its sentence, within
 * reach of each other. It holds for thoughts too, since the one who may tell is not writing; a
 * "now" or a past verb after the telling makes it real ("what do I do if he says he swallowed
 * them all").
 */
function toldIf(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  const { first } = candidate;
  const sentence = tokens[first]!.sentence;
  for (let i = first - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    if (!TELLS.has(tokens[i]!.word)) continue;
    for (let j = i - 1; j >= i - CONDITION_REACH && tokens[j]?.sentence === sentence; j--) {
      if (IF.has(tokens[j]!.word)) return !isReal({ end: i }, candidate, hits, tokens, roles, lang);
    }
  }
  return false;
}

/**
 * Advice for a later day: "Ohjeistettu: jos rintakipua, soittaa 112", "Råd: vila, ny kontakt om
 * febern håller i sig över 3 dygn", "Pt told: if fever or redness spreading, call 116117". The
 * match stands after an "if" that follows the advice word in its sentence, so it is the advice's
 * condition, for thoughts too ("neuvottu soittamaan kriisipuhelimeen jos itsetuhoisia ajatuksia").
 * Advice alone is not enough: "neuvottu soittamaan 112, isällä rintakipua" is the event, and so is
 * a condition made real by a "now" or a past verb ("told to call if worse, now not breathing"), but
 * not by a finding's own participle: "Family advised: if face droops, arm weakness or slurred
 * speech, call 112".
 *
 * An advice word in a note's first sentence is its heading ("Ohje kotihoidolle:", "Anaphylaxis
 * action plan for nursery:"), and the whole note is the advice: a match in a later sentence is a
 * condition when an "if" stands before it in its sentence or an arrow after it ("Yli 5 min tai
 * toistuva kohtaus → Buccolam ja 112", "Swelling, wheeze or collapse → inject thigh, call 112").
 */
function advisedIf(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  const { last } = candidate;
  const sentence = tokens[last]!.sentence;
  const advice = hits.find(
    (h) =>
      roles.advice.has(h.concept) &&
      inLanguage(h, lang) &&
      h.end < last &&
      !inMatch(candidate, h) &&
      (tokens[h.start]!.sentence === sentence || tokens[h.start]!.sentence === 0),
  );
  if (!advice) return false;
  const sentenceStart = tokens.findIndex((t) => t.sentence === sentence);
  const conditionFrom = Math.max(advice.end, sentenceStart - 1);
  for (let i = last - 1; i > conditionFrom; i--) {
    if (IF.has(tokens[i]!.word) || ADVICE_IF.has(tokens[i]!.word))
      return !isReal({ end: i }, candidate, hits, tokens, roles, lang, false);
  }
  for (let i = last + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (tokens[i]!.afterArrow)
      return !isReal({ end: conditionFrom }, candidate, hits, tokens, roles, lang, false);
  }
  return false;
}

/**
 * Words of an instruction to get help, folded: "soitto 112", "hakeutuu päivystykseen", "ring 112",
 * "kontakta jouren", "return to ED", "call 116117".
 */
const INSTRUCTION = new Set([
  ...['soita', 'soitto', 'soittaa', 'soitetaan', 'soittamaan', 'soitettava', '112', '116117'],
  ...['paivystykseen', 'paivystys', 'hakeutuu', 'hakeutua', 'hakeutumaan', 'hakeudutaan'],
  ...['yhteys', 'yhteytta', 'yhteydenotto', 'ensiapuun', 'ensihoitoon'],
  ...['ring', 'ringa', 'ringes', 'ringer', 'akuten', 'jouren', 'kontakta', 'kontakt', 'uppsok'],
  ...['nodnumret', 'call', 'return', 'seek', 'contact', 'attend', 'ed'],
  // A referral in a protocol, never a past one ("ohjattu", "referred"), which says it was done.
  ...['ohjataan', 'ohjata', 'hanvisas', 'hanvisa', 'refer'],
  // Notes written abroad or copied from English material: "advised to call 999 if ...".
  ...['999', '911'],
]);
/**
 * The writer, their own people or their question: "do I call 112 if my dad's face is drooping",
 * "soitanko 112 jos mies ei herää", "ska jag ringa om min fru har ont i bröstet" ask about now.
 */
const ASKER = new Set([
  ...['i', 'we', 'my', 'our', 'me', 'us', 'jag', 'ja', 'vi', 'min', 'mitt', 'mina', 'var', 'vart'],
  ...['mun', 'minun', 'meidan', 'mulla', 'mulle', 'ma', 'me', 'meil', 'meilla', 'mie'],
  ...['soitanko', 'soitetaanko', 'pitaako', 'pitaisiko', 'kannattaako', 'voiko', 'voinko'],
  ...['saako', 'saanko', 'ska', 'borde', 'kan', 'far', 'do', 'can', 'could', 'may'],
]);
/** Finnish "ja" is "and", not the Swedish "ja" (jag) the set holds: "annetaan Buccolam ja soitetaan 112". */
const isAsker = (word: string, lang: Language | undefined) =>
  ASKER.has(word) && !(word === 'ja' && lang === 'fi');
/** Words before an "if" that make it "whether": "en tiedä jos hengittää", "not sure if". */
const WHETHER = new Set([
  ...['tieda', 'tiia', 'tia', 'kysyy', 'kysyi', 'kysyin', 'know', 'sure', 'wonder', 'asks'],
  ...['asked', 'vet', 'undrar', 'fragar', 'fragade', 'osaa'],
]);
/** How long a listed item between commas may be: "if any chest pain, FAST symptoms or confusion". */
const LIST_ITEM_LENGTH = 4;

/**
 * The match is still the condition: in its clause, or the last item of its list after short
 * items between commas, "if any chest pain, FAST symptoms or sudden confusion", "jos rintakipua,
 * puutumista tai äkillistä sekavuutta".
 */
function conditionGoesOn(condition: number, first: number, tokens: readonly Token[]): boolean {
  const clause = tokens[first]!.clause;
  if (clause === tokens[condition]!.clause) return true;
  const from = clauseStart(tokens, clause);
  if (!tokens.slice(from, first).some((t) => OR.has(t.word))) return false;
  for (let c = tokens[condition]!.clause + 1; c < clause; c++) {
    if (tokens.filter((t) => t.clause === c).length > LIST_ITEM_LENGTH) return false;
  }
  return true;
}

/** How far an instruction's "if" may stand before the match's last word. */
const INSTRUCTION_REACH = 12;

/** The instruction's "if" before the match's last word in its sentence, or -1. */
function conditionBefore(last: number, tokens: readonly Token[]): number {
  const sentence = tokens[last]!.sentence;
  for (let i = last - 1; i >= last - INSTRUCTION_REACH && tokens[i]?.sentence === sentence; i--) {
    const word = tokens[i]!.word;
    const opens = tokens[i - 1]?.clause !== tokens[i]!.clause;
    if (IF.has(word) || (ADVICE_IF.has(word) && opens)) return i;
  }
  return -1;
}

/**
 * An instruction with its condition, in a note or a care plan: "jos vauva muuttuu veltoksi tai
 * sinertäväksi, soitto 112 heti", "vet att ringa 112 om smärtan inte ger med sig", "return to ED
 * if fever or increasing abdominal pain". An "if" before the match in its sentence and a word of
 * getting help elsewhere in the sentence: the match is what to watch for. Not a question of the
 * writer's or about their own people ("soitanko 112 jos mies ei herää", "do I call 112 if my
 * dad's face is drooping"), not a "whether", and not a condition made real by a "now" or a past
 * verb. Thoughts and plans come here only through `protocolFor`.
 */
function instructedIf(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  const { last } = candidate;
  const sentence = tokens[last]!.sentence;
  const inSentence = (i: number) => tokens[i]?.sentence === sentence;
  const condition = conditionBefore(last, tokens);
  if (condition < 0 || WHETHER.has(tokens[condition - 1]?.word ?? '')) return false;
  // The match is the condition's, not a clause after it: "if the ambulance doesn't come soon, she
  // has chest pain and is sweating, call 112 again".
  if (!conditionGoesOn(condition, candidate.first, tokens)) return false;
  let instructed = false;
  for (let i = tokens.findIndex((t) => t.sentence === sentence); inSentence(i); i++) {
    const word = tokens[i]!.word;
    // "5 min" is minutes, not Swedish "my".
    if (isAsker(word, lang) && !/^\d+$/.test(tokens[i - 1]?.word ?? '')) return false;
    if (INSTRUCTION.has(word) && (i < condition || i > last)) instructed = true;
  }
  return instructed && !isReal({ end: condition }, candidate, hits, tokens, roles, lang);
}

/**
 * What someone said, before an "if": "Pt says if her ex comes back she will kill herself", "Asiakas
 * sanoo että jos poika viedään huostaan hän haluaa kuolla". The condition is theirs, and real.
 */
const SAID = new Set([
  ...TELLS,
  ...['kertoi', 'sanoi', 'uhkaa', 'uhkasi', 'toteaa', 'totesi', 'ilmoittaa', 'ilmoitti'],
  ...['uppger', 'uppgav', 'sa', 'sade', 'hotar', 'hotade', 'said', 'told', 'states', 'stated'],
  ...['threatens', 'threatened', 'reports', 'reported'],
]);

/**
 * A protocol for a thought in someone else's words: "Jos asiakas soittaa itsetuhoisena, ohjataan
 * kriisipuhelimeen", "Om klienten ringer suicidal hänvisas hen till kristelefonen". An instruction
 * with its condition, as for any match, and the condition's subject a person the writer names,
 * not the writer: "jos mä tapan itteni, kuka hoitaa koiran" is a thought, an "if" or not. Only a
 * thought for the crisis line, never a plan for 112, and not a condition someone said: "Pt says
 * if her ex comes back she will kill herself" is her threat.
 */
function protocolFor(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  if (candidate.situation.action !== 'crisis') return false;
  const condition = conditionBefore(candidate.last, tokens);
  if (condition < 0) return false;
  const sentence = tokens[condition]!.sentence;
  for (let i = condition - 1; tokens[i]?.sentence === sentence; i--) {
    if (SAID.has(tokens[i]!.word)) return false;
  }
  const named = hits.some(
    (h) => roles.subjects.has(h.concept) && h.start > condition && h.end < candidate.first,
  );
  return named && instructedIf(candidate, hits, tokens, roles, lang);
}

/**
 * A condition asked about ahead of time, the frame said after it: "jos lapsi joskus nielasee
 * nappipariston niin mitä pitää tehä? kysyn vaan etukäteen", "miten lapsen kans toimitaan jos
 * nielee nappipariston? ihan vaan et tietäis etukäteen". The "if" stands in the match's clause
 * before its last word, and a hypothetical word anywhere after the match; a "now" or a past verb
 * after the "if" makes it real.
 */
function askedAhead(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: HypotheticalRoles,
  lang: Language | undefined,
): boolean {
  const { last } = candidate;
  const clause = tokens[last]!.clause;
  const ahead = hits.some(
    (h) => roles.hypothetical.has(h.concept) && inLanguage(h, lang) && h.start > last,
  );
  if (!ahead) return false;
  for (let i = last - 1; i >= 0 && tokens[i]!.clause === clause; i--) {
    if (IF.has(tokens[i]!.word)) return !isReal({ end: i }, candidate, hits, tokens, roles, lang);
  }
  return false;
}
