/**
 * What around a match makes it not an emergency now: a past event, prevention
 * or paperwork ("viime vuonna", "resepti", "kuntoutus"), unless the same clause
 * says it is happening now; or a denial ("ei rintakipua", "denies chest pain",
 * "itsetuhoisia ajatuksia ei ole"), unless the negation is the emergency itself
 * ("en saa henkeä", "won't wake up"): then the pattern names the negation
 * concept and it is part of the match. Notes and reported speech are handled
 * the same way, because these are properties of the words, not of the register.
 */
import type { Emergency, Language, RedFlagContext, Situation } from '../schema';
import { isHypothetical, isPastForm, isReal } from './hypothetical';
import {
  afterIt,
  answeredNo,
  answeredNoAfter,
  answeredInReply,
  fieldAnsweredNo,
  deniesList,
  deniesThatClause,
  holds,
  LIST_NOUN,
  onlyFindingsBetween,
  subjectAfterItem,
  THAT,
} from './lookalike';
import type { Hit } from './lexicon';
import {
  absentFrom,
  inLanguage,
  inMatch,
  needsConcept,
  negationTarget,
  presentIn,
  type Candidate,
} from './situations';
import {
  BUT,
  butLaterInSentence,
  clauseStart,
  opensWithBut,
  OR,
  phraseAt,
  type Token,
  WITHOUT,
  worseNowLater,
} from './tokens';

/** A denial reaches this many words forward: "denies chest pain and suicidal thoughts". */
const NEGATION_REACH = 4;
/** A denied plan, this many: "mulla ei oo mitään suunnitelmaa", "fast jag inte har nån plan". */
const INTENT_REACH = 3;
/** "ei kukaan voi estää": a negation whose subject is "nobody" denies another verb, not the plan. */
const NOBODY = new Set(['kukaan', 'mikaan', 'kenenkaan', 'kukkaan', 'mikkaan']);
/** "katsottiin uutisia kun isä kaatui": a scene word before one of these is when the match happened. */
const WHEN = new Set(['kun', 'ku', 'kunnes', 'nar', 'medan', 'when', 'while', 'whilst']);
/** "No longer": "ei enää 4 vuoteen", "inte längre"; a past after it is a span, not a denied past. */
const NO_LONGER = new Set(['enaa', 'langre', 'anymore']);
/** Words of a clause that dates the match and names no event of its own: "se oli viime vuonna". */
const EVENTLESS = new Set([
  ...['se', 'ne', 'tama', 'taa', 'tuo', 'oli', 'olivat', 'on', 'ollut', 'tapahtui', 'sattui'],
  ...['viimeisin', 'viimeksi', 'kerta', 'kerran', 'last', 'time', 'senaste', 'gangen', 'sista'],
  ...['yksi', 'kaksi', 'kaks', 'kolme', 'nelja', 'viisi', 'pari', 'muutama', 'monta', 'useita'],
  ...['one', 'two', 'three', 'four', 'five', 'few', 'several', 'many', 'couple', 'some'],
  ...['ett', 'en', 'tva', 'tre', 'fyra', 'fem', 'nagra', 'flera', 'manga', 'par'],
  ...['ja', 'mutta', 'mut', 'kun', 'ku', 'sit', 'sitten', 'vasta', 'jo', 'joskus', 'noin', 'n'],
  ...['it', 'this', 'that', 'was', 'were', 'is', 'happened', 'and', 'but', 'then', 'about', 'in'],
  ...['already', 'back', 'only', 'around', 'the', 'a', 'all', 'of', 'for', 'ago', 'since', 'at'],
  ...['det', 'de', 'detta', 'den', 'var', 'ar', 'hande', 'skedde', 'och', 'men', 'da', 'redan'],
  ...['senast', 'most', 'recently', ...NO_LONGER],
  ...['kuusi', 'seitseman', 'kahdeksan', 'yhdeksan', 'kymmenen', 'six', 'seven', 'eight', 'nine'],
  ...['ten', 'sex', 'sju', 'atta', 'nio', 'tio'],
  ...['for', 'sedan', 'sen', 'i', 'pa', 'om', 'ungefar', 'cirka', 'ca', 'bara', 'vasta'],
  // "viimeksi yli vuosi sitten", "over a year ago": how long ago is still no event.
  ...['yli', 'lahes', 'melkein', 'over', 'almost', 'nearly', 'more', 'than', 'nastan', 'mer', 'an'],
  // "viilteli yläkoulun alussa, lopettanut 1,5 v sitten": stopping is the match's own end.
  ...['lopettanut', 'lopettanu', 'lopetti', 'stopped', 'quit', 'slutade', 'slutat'],
]);
/** Words that open what was going on when something happened: "while", "medan", "kun". */
const WHILE = new Set(['while', 'whilst', 'medan', 'kun', 'ku', 'samalla']);
/** "Then" after an "and": a later event, told in order. */
const THEN = new Set(['sit', 'sitte', 'sitten', 'sen', 'sedan', 'then', 'afterwards']);
/** A plain negation word just before a finding: "ei orientoitunut", "not oriented", "inte orienterad". */
const NEGATION_WORDS = new Set(['ei', 'eika', 'not', 'no', 'inte', 'int', 'ej', 'non']);
/** The writer as a subject in Swedish and English ("jag", "I"). */
const SCENE_WRITER = new Set(['i', 'jag']);
/** The writer's own thinking, in the past: Finnish by its ending, Swedish and English after "jag", "I". */
const WRITER_THOUGHT = new Set([
  ...['aattelin', 'ajattelin', 'mietin', 'tajusin', 'tunsin', 'huomasin', 'mietiskelin'],
  ...['tankte', 'insag', 'kande', 'markte', 'funderade'],
  ...['thought', 'realised', 'realized', 'felt', 'noticed', 'wondered'],
]);
/** Words of a "now" that say the event still goes on: "still ongoing", "jatkuu yhä", "pågår". */
const ONGOING = new Set(['ongoing', 'still', 'jatkuu', 'yha', 'edelleen', 'kaynnissa', 'pagar']);
/** Words that say a history still goes on: "viiltelen yhä", "gör det fortfarande", "still do". */
export const STILL = new Set([...ONGOING, 'fortfarande', 'viela', 'vielakin', 'yhaan']);
/** A negation this near before a past word denies the past: "ei ole aiemmin ollut", "no prior". */
const DENIED_PAST_REACH = 2;
/**
 * But not a past that is a span up to now, or one after "no longer": "ei enää 4 vuoteen", "ei
 * vuosiin", "inte längre sedan 2019" say it has not happened since, so the match is history.
 */
const SINCE_SPAN = /(?:vuoteen|vuosiin|kuukauteen|kuukausiin|viikkoon|viikkoihin)$/;
/** Units of a span after a denial in English and Swedish: "no self-harm for over a year". */
const SPAN_UNIT = /^(?:years?|months?|weeks?|ar|manader|manad|veckor)$/;
/** How far after a denied finding its span may end: "ei viiltelyä yli vuoteen", "for over a year". */
const SPAN_REACH = 4;
/**
 * The only words a bare "not since" clause may have between its "no" and its span: "mut ei oo
 * tehny sitä puoleen vuoteen", "inte på två år", "not for two years". A verb of its own ("ei oo
 * syöny viikkoon") is another finding, not the match stopping.
 */
const SINCE_FILLER = new Set([
  ...['oo', 'ole', 'ollut', 'ollu', 'tehny', 'tehnyt', 'sita', 'niin', 'enaa', 'yli', 'puoleen'],
  ...['kahteen', 'kolmeen', 'neljaan', 'viiteen', 'moneen', 'pariin', 'tehnytkaan'],
  ...['pa', 'gjort', 'det', 'de', 'over', 'mer', 'an', 'ett', 'en', 'tva', 'tre', 'fyra', 'fem'],
  ...['for', 'in', 'done', 'it', 'that', 'more', 'than', 'a', 'one', 'two', 'three', 'four'],
  ...['five', 'six', 'several', 'many', 'has', 'have', 'had', 'did', 'does', 'since'],
]);
/** And a denial of a later part of the match, this far back. */
const LATER_REACH = 1;
/** How far a match's later word may follow a word of its situation denied before it: "ei nielly sitä nappiparistoa". */
const DENIED_WORD_REACH = 2;
/** How many LIGHT words a denial of a later part reaches across: "en mä oo ikinä viiltäny". */
const LIGHT_MOST = 3;
/**
 * Words a denial of a later part may reach across: "kipu ei oo rinnassa", "rintaan ei kuulemma
 * satu", "smärtan är inte alls i bröstet". Nothing that could be a finding of its own.
 */
const LIGHT = new Set([
  ...['ole', 'oo', 'ollut', 'ollu', 'kuulemma', 'yhtaan', 'ollenkaan', 'lainkaan', 'kylla'],
  ...['ar', 'e', 'alls', 'nagot', 'direkt', 'is', 'was', 'at', 'all', 'really', 'in', 'my', 'the'],
  ...['haft', 'nagra', 'nan', 'had', 'any'],
  // "has never gone blue", "har aldrig blivit blå": a verb of becoming carries the denial on.
  ...['gone', 'turned', 'become', 'went', 'blivit', 'blev', 'muuttunut', 'muuttunu'],
  // "Lasta ei ollut jätetty yksin", "was not left alone": left is how one came to be so.
  ...['jatetty', 'jatettiin', 'lamnad', 'lamnat', 'lamnats', 'left'],
  // "'en mä oo ikinä viiltäny'": the speaker and "ever" carry it on in a quoted denial.
  ...['ma', 'mina', 'mie', 'jag', 'ikina', 'koskaan', 'nagonsin', 'ever', 'olleet'],
  // "Barnet är inte längre ensamt hemma", "no longer hearing voices": no longer is still no.
  ...['enaa', 'langre', 'longer'],
]);
/**
 * Words that may stand between a denial and the match without ending its reach, however many:
 * "ei ole itse koskaan ollut itsetuhoinen". Only these: "en ole ollut kotona kun isä kaatui" denies
 * being at home, not the fall.
 */
const DENIAL_FILLER = new Set([
  ...['ole', 'oo', 'ollut', 'ollu', 'itse', 'koskaan', 'ikina', 'kertaakaan', 'ollenkaan'],
  ...['lainkaan', 'yhtaan', 'elamansa', 'elamassaan', 'aikana', 'missaan', 'vaiheessa'],
  ...['ajatellut', 'ajatellu', 'miettinyt', 'harkinnut', 'suunnitellut'],
  ...['har', 'haft', 'varit', 'ever', 'been', 'had', 'has', 'any'],
  // A span of the contact and a verb of saying: "aldrig under uppföljningen haft några tankar på
  // att skada sig", "never at any point during our contact expressed a wish to end her life".
  ...['hoitosuhteen', 'seurannan', 'kontaktin', 'tuonut', 'esiin', 'ilmaissut', 'puhunut'],
  ...['under', 'uppfoljningen', 'kontakten', 'behandlingen', 'uttryckt', 'namnt', 'nagra', 'nagon'],
  ...['tankar', 'pa', 'att', 'at', 'point', 'during', 'our', 'contact', 'treatment', 'expressed'],
  ...['voiced', 'mentioned', 'a', 'wish', 'to', 'thoughts', 'of', 'ajatuksia', 'ajatusta'],
  ...['sessions', 'visits', 'appointments', 'the', 'samtalen', 'besoken', 'kaynneilla'],
  ...['tapaamisilla', 'keskusteluissa'],
  // "No longer having thoughts of ending her life", "int har tänkt på att ta livet av sig".
  ...['longer', 'having', 'langre', 'enaa', 'tankt', 'thought', 'considered'],
  // The person the denial is about: "ettei hänellä ole ollut ajatuksia".
  ...['hanella', 'hanen', 'han', 'hon', 'he', 'she'],
  // Spoken: "en mä oo ikinä aatellu tappaa itteäni", "han int har nå tankar på att ta livet av sig".
  ...['ma', 'mina', 'mie', 'aatellu', 'aatellut', 'miettiny', 'harkinnu', 'na', 'nan', 'nat'],
]);
/** At most this many clauses of an aside may interrupt a denial: "ei, ei edes pahimpina viikkoina,". */
const ASIDE_CLAUSES = 3;
/**
 * A comparison that makes "never" say the finding is here, worse than ever: "never had chest pain
 * like this", "ei ole koskaan ollut tällaista kipua rinnassa", "har aldrig haft så ont i bröstet".
 * Single words and two-word phrases, folded.
 */
const LIKE_NOW = new Set([
  ...['nain', 'tallaista', 'tallasta', 'tammoista', 'tammosta', 'tallaisia', 'tallasia'],
  ...['pahempaa', 'pahempana', 'kovempaa', 'sadan', 'sadant', 'sadana', 'such', 'worse', 'worst'],
  ...['like this', 'like that', 'this bad', 'this badly', 'this much', 'this severe', 'so bad'],
  ...['sa har', 'som nu', 'sa ont', 'sa daligt', 'sa illa', 'varre', 'varsta'],
]);
/** "anything like that", "mitään sellaista": a vague kind before a comparison word. */
const VAGUE = new Set(['anything', 'nothing', 'something', 'mitaan', 'nagot', 'nat', 'inget']);
/** Finnish and Swedish forms of "to be" that make a following negation a denial: "ajatuksia ei ole". */
const BE = new Set(['ole', 'oo', 'ollut', 'ollu', 'olleet', 'ilmene', 'esiinny', 'finns', 'fanns']);
/** A conjunction after "ei ole" ends the denial, as a clause end would: "vuotoa ei oo eikä mahaan satu". */
const JOINS = new Set([
  ...['ja', 'tai', 'eika', 'eik', 'mut', 'mutta'],
  ...['och', 'eller', 'men', 'and', 'or', 'nor', 'but'],
]);
/** Words of a clinical finding after "ei ole": "ei ole todettu" is still a denial. */
const FINDING = new Set([
  ...['todettu', 'havaittu', 'ilmennyt', 'ollut', 'esiintynyt', 'tullut'],
  // "itsetuhoisia ajatuksia ei ole kysyttäessä": the denial was the answer to a question.
  ...['kysyttaessa', 'kysyttaes'],
]);
/**
 * "Itsetuhoisuutta ei tällä hetkellä ole", "ei nyt ole": when, between the "no" and "to be"; and
 * when or how a denial holds: "Hengenahdistusta ei levossa eikä puhuessa", "itsensä satuttamisen
 * kiistää uskottavasti".
 */
const DENIED_WHEN = new Set([
  ...['talla', 'hetkella', 'nyt', 'enaa', 'ny', 'levossa', 'rasituksessa', 'puhuessa'],
  ...['uskottavasti', 'johdonmukaisesti', 'ehdottomasti', 'jyrkasti', 'edelleen', 'selvasti'],
  ...['bestamt', 'fortfarande', 'firmly', 'consistently', 'credibly', 'still', 'strongly'],
]);
/** A second "no" after the first: "Hengenahdistusta ei levossa eikä puhuessa". */
const AND_NOT = new Set(['eika', 'eik', 'nor']);
/** The negations that follow the verb they deny: Swedish "blöder inte", "andas int". */
const AFTER_VERB = new Set(['inte', 'int', 'ej']);
/** "Kouristuksia ei ollut katkon aikana": the span of time a denial covers, its last word. */
const DURING = new Set(['aikana', 'jalkeen', 'during', 'under', 'efter', 'since']);
/**
 * A note's verb after a negation after the finding that says it did not appear, grow or is not
 * found or suspected: "itsetuhoisuus ei noussut esiin", "hengenahdistus ei lisääntynyt", "andnöden
 * har inte ökat", "akuuttia itsetuhoisuutta ei todeta", "Yliannostusta ei epäillä".
 * Never one that says it did not ease: "kipu ei helpota" is the emergency.
 */
const NOT_ARISEN = new Set([
  ...['noussut', 'nousseet', 'ilmennyt', 'ilmenny', 'esiintynyt', 'todettu', 'havaittu'],
  ...['todeta', 'havaita', 'ilmene', 'esiinny', 'epailla', 'epailty', 'epaillyt'],
  // "Tajunnan tasossa ei muutoksia": unchanged.
  ...['muutoksia', 'muutosta'],
  ...['lisaantynyt', 'lisaantyny', 'lisaantyneet', 'pahentunut', 'pahentunu', 'pahentuneet'],
  ...['okat', 'forvarrats', 'framkommit', 'noterats', 'observerats', 'tilltagit', 'misstanks'],
  ...[
    'increased',
    'worsened',
    'noted',
    'observed',
    'elicited',
    'reported',
    'endorsed',
    'suspected',
  ],
]);

export interface ContextRoles {
  /** What happened before the findings, or who the person is (`attributes` of the context). */
  attributes: ReadonlySet<string>;
  suppress: ReadonlySet<string>;
  current: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  unsure: ReadonlySet<string>;
  intent: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  happened: ReadonlySet<string>;
  thoughts: ReadonlySet<string>;
  mask: ReadonlySet<string>;
  suppressExceptThoughts: ReadonlySet<string>;
  scene: ReadonlySet<string>;
  recurrence: ReadonlySet<string>;
  firstEver: ReadonlySet<string>;
  helpCalled: ReadonlySet<string>;
  /** Fine again now (`fine-now`): a `suppress` word that ends no overdose of a `delayedHarm` drug. */
  feelsFine: ReadonlySet<string>;
  /** A medicine whose overdose harms a day later, with no symptoms at first (paracetamol). */
  delayedHarm: ReadonlySet<string>;
  peer: ReadonlySet<string>;
  inOthersHands: ReadonlySet<string>;
  joking: ReadonlySet<string>;
  earnest: ReadonlySet<string>;
  realised: ReadonlySet<string>;
  advice: ReadonlySet<string>;
  ownSpared: ReadonlySet<string>;
  standing: ReadonlySet<string>;
  mistaken: ReadonlySet<string>;
  correction: ReadonlySet<string>;
  verdict: ReadonlySet<string>;
  voicedVerdict: ReadonlySet<string>;
  voice: ReadonlySet<string>;
  resolution: ReadonlySet<string>;
  asked: ReadonlySet<string>;
  affirmed: ReadonlySet<string>;
  pastIfToldPast: ReadonlySet<string>;
  allWell: ReadonlySet<string>;
  subjects: ReadonlySet<string>;
  /** Concepts that only say something about a match: none of them is an item of a denied list. */
  all: ReadonlySet<string>;
  /**
   * What a pattern's negation says one cannot do ("ei hengitä", "won't wake", "kan inte hosta"):
   * a "no" before one of these is the emergency, not the head of a denied list.
   */
  inability: ReadonlySet<string>;
}

export function rolesOf(
  context: RedFlagContext,
  situations: readonly Situation[] = [],
): ContextRoles {
  const negation = new Set(context.negation);
  return {
    attributes: new Set(context.attributes),
    suppress: new Set(context.suppress),
    current: new Set(context.current),
    negation,
    unsure: new Set(context.unsure),
    intent: new Set(context.intent),
    hypothetical: new Set(context.hypothetical),
    happened: new Set(context.happened),
    thoughts: new Set(context.thoughts),
    mask: new Set(context.mask),
    suppressExceptThoughts: new Set(context.suppressExceptThoughts),
    scene: new Set(context.scene),
    recurrence: new Set(context.recurrence),
    firstEver: new Set(context.firstEver),
    helpCalled: new Set(context.helpCalled),
    feelsFine: new Set(context.feelsFine),
    delayedHarm: new Set(context.delayedHarm),
    peer: new Set(context.peer),
    inOthersHands: new Set(context.inOthersHands),
    joking: new Set(context.joking),
    earnest: new Set(context.earnest),
    realised: new Set(context.realised),
    advice: new Set(context.advice),
    ownSpared: new Set(context.ownSpared),
    standing: new Set(context.standing),
    mistaken: new Set(context.mistaken),
    correction: new Set(context.correction),
    verdict: new Set(context.verdict),
    voicedVerdict: new Set(context.voicedVerdict),
    voice: new Set(context.voice),
    resolution: new Set(context.resolution),
    asked: new Set(context.asked),
    affirmed: new Set(context.affirmed),
    pastIfToldPast: new Set(context.pastIfToldPast),
    allWell: new Set(context.allWell),
    subjects: new Set(context.subjects),
    all: new Set(
      [
        context.suppress,
        context.current,
        context.negation,
        context.unsure,
        context.mask,
        context.suppressExceptThoughts,
        context.ownSpared,
        context.mistaken,
        context.correction,
        context.advice,
        context.asked,
        context.affirmed,
        context.pastIfToldPast,
        context.allWell,
      ].flat(),
    ),
    inability: new Set(
      situations
        .flatMap((s) => s.patterns)
        .map((p) => negationTarget(presentIn(p), negation))
        .filter((c) => c !== undefined),
    ),
  };
}

/**
 * The concepts whose words tolerate no typo: those that drop a match (past, paperwork, a film, an
 * idiom, a look-alike). A typo may find an emergency but must never hide one. A concept some
 * pattern needs keeps its tolerance even where another pattern asks for its absence ("not pain"):
 * reading "rintakiupa" exactly would lose a chest pain. The detector compiles its lexicon with
 * this set and kb:check judges the words by it.
 */
export function readExactly(emergency: Emergency): ReadonlySet<string> {
  const roles = rolesOf(emergency.context);
  const finding = new Set(emergency.situations.flatMap((s) => s.patterns.flatMap(presentIn)));
  return new Set([
    ...roles.suppress,
    ...roles.suppressExceptThoughts,
    ...roles.mask,
    ...roles.hypothetical,
    ...roles.scene,
    ...roles.peer,
    ...roles.inOthersHands,
    ...roles.joking,
    ...roles.earnest,
    ...roles.realised,
    ...roles.advice,
    ...roles.ownSpared,
    ...roles.mistaken,
    ...roles.correction,
    ...roles.asked,
    ...roles.pastIfToldPast,
    ...roles.resolution,
    ...roles.allWell,
    ...emergency.situations.flatMap((s) => [
      ...s.unless,
      ...s.patterns.flatMap(absentFrom).filter((concept) => !finding.has(concept)),
    ]),
  ]);
}

/** Why a candidate does not count, or null when it stands. */
export function dismissal(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
):
  | 'unless'
  | 'in-others-hands'
  | 'joking'
  | 'ruled-out'
  | 'past'
  | 'hypothetical'
  | 'negated'
  | null {
  const own = (h: Hit) => inLanguage(h, lang);
  const matched = (h: Hit) => inMatch(candidate, h);
  // A pattern's own "not limb-injury" is an `unless` of that pattern alone, and it asks for
  // absence from the match's sentences, before the match or after: "sydde de sju stygn" has had
  // its stitches, though a resolution in the situation's `unless` counts only after the match.
  const absent = new Set(absentFrom(candidate.pattern));
  const unless = new Set([...candidate.situation.unless, ...absent]);
  // A scene the match happened in is no look-alike: "we were watching a film when he collapsed".
  const happenedScene = (h: Hit) =>
    roles.scene.has(h.concept) &&
    h.end < candidate.first &&
    happenedIn(h, candidate, hits, tokens, roles, lang);
  // A scene's own words are the scene too: "historian" in "historian tunnilla" is a lesson.
  const sceneOf = (h: Hit) =>
    happenedScene(h) || hits.some((s) => s !== h && holds(s, h) && happenedScene(s));
  // A denied look-alike excuses nothing: "ei tunnettua muistisairautta", "no known dementia".
  const deniedHere = (h: Hit) => deniedJustBefore(h, hits, tokens, roles.negation);
  const sentenceOf = (h: Hit) => tokens[h.start]!.sentence;
  // A verdict taken back in its sentence by a "but" and a "now": "annettu kotihoito-ohjeet mutta
  // nyt ei juo mitään". A "but" alone may only ask for more ("vaaraton, mutta haluan tietää...").
  // An "and now" does it too: "ohjattu soittamaan 116117 jos pahenee ja nyt se on pahentunut", and
  // so does a later sentence that says it is worse now: "Told to call 116117 if worse. Now much worse".
  // Not a "now" that is fine: "...ja nyt aamulla se on ihan oma ittensä".
  const butSince = (h: Hit) =>
    butLaterInSentence(
      tokens,
      h.end,
      (clause) =>
        hits.some(
          (n) => roles.current.has(n.concept) && own(n) && tokens[n.start]!.clause === clause,
        ) &&
        !hits.some((n) => roles.feelsFine.has(n.concept) && tokens[n.start]!.clause === clause),
      { andNow: true },
    ) || worseNowLater(tokens, h.end);
  // A look-alike excuses the sentences it is in, not the ones after: "…kiittää kaikesta eikä oo
  // enää huomenna. se ei vastaa ku soitan" is a goodbye, whatever a phone means elsewhere.
  const matchSentences = new Set(candidate.hits.map(sentenceOf));
  // A joke feared to be meant excuses nothing: "sano vitsillä et tappaa ittensä mut pelkään et se
  // on tosissaan".
  const meant = earnestNear(candidate, hits, tokens, roles, lang);
  const joke = (h: Hit) =>
    hits.some((j) => roles.joking.has(j.concept) && j.start === h.start && j.end === h.end);
  // A question said to be general and then a "but" before the match: "kysyn vaan yleisesti mutta
  // mun 3v söi kai jotain pillereitä lattialta" asks about something that happened.
  const matchClause = tokens[candidate.first]!.clause;
  const butAfter = (h: Hit) =>
    roles.standing.has(h.concept) &&
    tokens[h.end]!.clause < matchClause &&
    opensWithBut(tokens, matchClause);
  // A match that borrows a word of the all-clear itself: the "idag" of "idag klar och orienterad"
  // is no "now" of the confusion.
  // Not when a "but" follows it within the match: "the fever went down but now it's back at 40.2".
  const insideAllClear = (m: Hit) =>
    hits.some(
      (h) =>
        unless.has(h.concept) &&
        roles.resolution.has(h.concept) &&
        holds(h, m) &&
        !deniedHere(h) &&
        !tokens.slice(h.end + 1, candidate.last + 1).some((t) => BUT.has(t.word)),
    );
  if (candidate.hits.some(insideAllClear)) return 'unless';
  if (
    hits.some(
      (h) =>
        unless.has(h.concept) &&
        (!roles.voicedVerdict.has(h.concept) ||
          (h.start > candidate.last && voiced(h, hits, tokens, roles))) &&
        ((absent.has(h.concept) && matchSentences.has(sentenceOf(h))) ||
          (roles.resolution.has(h.concept)
            ? resolvedAfter(h, candidate, tokens, roles)
            : matchSentences.has(sentenceOf(h)) ||
              roles.standing.has(h.concept) ||
              (roles.verdict.has(h.concept) && h.start > candidate.last))) &&
        !(roles.verdict.has(h.concept) && butSince(h)) &&
        !sceneOf(h) &&
        !deniedHere(h) &&
        // A pattern's "not stool-darkener" is not there either when denied a few words after its
        // negation: "har int ätit järn eller blåbär", "en oo syöny mustikoita". Only there: in
        // "not answering the door or phone" the phone is what goes unanswered, not something
        // denied.
        !(absent.has(h.concept) && deniedBefore(h, hits, tokens, roles.negation)) &&
        !butAfter(h) &&
        !(meant && joke(h)),
    )
  )
    return 'unless';
  if (inOthersHands(candidate, hits, tokens, roles, lang)) return 'in-others-hands';
  if (!meant && joked(candidate, hits, tokens, roles, lang)) return 'joking';
  if (ruledOut(candidate, hits, tokens, roles, lang)) return 'ruled-out';
  // "mitä tapahtuu jos ottaa 20 panadolia? no ei hypoteettisesti, otin ne puol tuntia sitten": a
  // hypothetical taken back after the match asked about something that happened.
  const realised = hits.some(
    (h) => roles.realised.has(h.concept) && own(h) && h.start > candidate.first,
  );
  if (!realised && askedNotAnswered(candidate, hits, tokens, roles, lang)) return 'hypothetical';

  if (afterIt(candidate, tokens, roles.attributes)) return 'past';
  // An attribute said in a clause about the past is no attribute now: "Raskaus 2019. Nyt vuotoa."
  // Its clause only: "omföderska v. 34, tidigare kejsarsnitt" dates the caesarean, not the pregnancy.
  const pastSaid = candidate.said?.some((a) =>
    hits.some(
      (h) =>
        roles.suppress.has(h.concept) &&
        own(h) &&
        tokens[h.start]!.clause === tokens[a.start]!.clause &&
        !asideBefore(h, a.start, [a], tokens),
    ),
  );
  if (pastSaid) return 'past';
  if (stoppedSinceLater(candidate, hits, tokens, roles)) return 'past';
  if (notSinceAfter(candidate, hits, tokens, roles)) return 'past';

  // A past event drops the match unless "now" is in the anchor's clause and nearer to it than
  // any past word there: "kohtaus kaks vuotta sitten ja nyt tarviin todistuksen" stays dropped.
  // The event is the anchor, not a time word of the match: in "sexually assaulted in 2015; today
  // wants info" the "today" of [recent-night, raped] dates the asking, and the assault's clause
  // holds its year.
  const anchor =
    candidate.hits.find(
      (m) =>
        !hits.some((n) => roles.current.has(n.concept) && n.start === m.start && n.end === m.end),
    ) ?? candidate.hits[0]!;
  const clause = tokens[anchor.start]!.clause;
  const sentence = tokens[anchor.start]!.sentence;
  const distance = (h: Hit) => Math.abs(h.start - anchor.start);
  // A worry about getting a condition or a prescription to renew is not an event now, but a
  // thought beside them is one.
  const wished = candidate.pattern.some((c) => roles.thoughts.has(c));
  // An errand in a "while" phrase is what the writer was doing when the match happened: "my son
  // took all his adhd pills while i was on the phone about his prescription", "while renewing my
  // prescription my husband's face started drooping". Only the errand: a "last year" in the same
  // phrase still dates the match ("had a stroke while in rehab last year").
  const duringErrand = (h: Hit) => {
    for (let i = h.start - 1; i >= 0 && tokens[i]!.clause === tokens[h.start]!.clause; i--) {
      if (i >= candidate.first && i <= candidate.last) return false;
      if (WHILE.has(tokens[i]!.word)) return true;
    }
    return false;
  };
  const suppressing = (h: Hit) =>
    roles.suppress.has(h.concept) ||
    (roles.suppressExceptThoughts.has(h.concept) && own(h) && !wished && !duringErrand(h)) ||
    (roles.pastIfToldPast.has(h.concept) && own(h) && toldInPast(h, hits, tokens, roles, lang));
  // "ei aiempia yrityksiä", "no previous history of epilepsy", "inga tidigare försök": a denied past
  // says this is the first time, so it does not make the match a history.
  const deniedPast = (p: Hit) =>
    !SINCE_SPAN.test(tokens[p.end]!.word) &&
    hits.some(
      (n) =>
        roles.negation.has(n.concept) &&
        own(n) &&
        n.end < p.start &&
        p.start - n.end <= DENIED_PAST_REACH &&
        !NO_LONGER.has(tokens[n.end + 1]!.word) &&
        tokens[n.start]!.clause === tokens[p.start]!.clause,
    );
  // A past phrase written around the match word is its past form: "old self-harm scars". So is
  // a match whose first word is a past or prevention word itself: "viiltelyarpia käsivarsissa",
  // "infarktiriskiä". Only the first: "valmiina" is preparing, but "köysi on valmiina" is a plan.
  const holdsMatch = (h: Hit) =>
    candidate.hits.some((m) => holds(h, m)) || (h.start === anchor.start && h.end === anchor.end);
  // A past or a scene inside a longer word of the situation's own patterns is that word's:
  // "hasnt taken in his newspaper" is a sign that someone inside has not been up, no news read.
  const insideOwnWord = (h: Hit) =>
    hits.some(
      (w) =>
        holds(w, h) && !roles.all.has(w.concept) && needsConcept(candidate.situation, w.concept),
    );
  // Words of an all-clear ("no danger") may carry the aftercare role too.
  const allClear = (h: Hit) =>
    hits.some(
      (v) =>
        (roles.verdict.has(v.concept) || roles.resolution.has(v.concept)) &&
        v.start <= h.start &&
        h.end <= v.end,
    );
  // A drug whose overdose harms a day later: "seems fine now" does not end it.
  const delayedHarm = hits.some((d) => roles.delayedHarm.has(d.concept) && matched(d));
  const past = hits.filter(
    (h) =>
      suppressing(h) &&
      !(delayedHarm && roles.feelsFine.has(h.concept)) &&
      (!matched(h) || holdsMatch(h)) &&
      !insideOwnWord(h) &&
      !asideBefore(h, candidate.first, candidate.hits, tokens) &&
      !sceneOf(h) &&
      tokens[h.start]!.sentence === sentence &&
      !(roles.suppress.has(h.concept) && deniedPast(h)) &&
      !sinceLately(h, tokens) &&
      !(allClear(h) && leftOpen(h, tokens)) &&
      !insideNow(h, hits, roles) &&
      !aboutAnother(h, candidate, tokens) &&
      !(
        wished &&
        (presentAfterAnd(h, candidate, tokens) || presentClauseAfter(h, candidate, tokens))
      ) &&
      !ownHistory(h, candidate, hits, tokens, roles),
  );
  if (past.length > 0) {
    const nearestPast = Math.min(
      ...past.filter((h) => tokens[h.start]!.clause === clause).map(distance),
    );
    // "...ja nyt on kuntoutuksessa": a "now" that introduces the past word does not count.
    const introduces = (n: Hit) => past.some((p) => p.start > n.end && p.start - n.end <= 2);
    const now = hits.some(
      (h) =>
        roles.current.has(h.concept) &&
        own(h) &&
        tokens[h.start]!.clause === clause &&
        distance(h) < nearestPast &&
        !introduces(h),
    );
    // "löi päänsä viikko sitten ja nyt oksentaa": a later part of the match in a clause of its own
    // that says "now" (and names no past) is happening now, whatever the anchor's clause says.
    // Not a clause whose "now" is of a word that names something else: "had a fever last week,
    // now afebrile for 3 days" is free of it now.
    const clauseNow = (c: number) =>
      !past.some((p) => tokens[p.start]!.clause === c) &&
      !hits.some((h) => roles.mask.has(h.concept) && tokens[h.start]!.clause === c) &&
      hits.some(
        (h) =>
          roles.current.has(h.concept) && own(h) && !matched(h) && tokens[h.start]!.clause === c,
      );
    const laterNow = candidate.hits.some(
      (m) =>
        !roles.current.has(m.concept) &&
        tokens[m.start]!.clause !== clause &&
        clauseNow(tokens[m.start]!.clause),
    );
    // A plan looks ahead: a past told in another clause ("kysyin viime viikolla toimeentulotuesta
    // mut ei sillä oo enää väliä, aion ajaa rekan alle") is not the plan's.
    const plan =
      candidate.pattern.some((c) => roles.intent.has(c)) &&
      !past.some((p) => tokens[p.start]!.clause === clause);
    // "sain infarktin 2020 ja nyt taas sama tunne": the past is back, after the match or later.
    const again = hits.some(
      (h) => roles.recurrence.has(h.concept) && own(h) && h.start > anchor.end,
    );
    // "Client with epilepsy (last seizure 2019) started seizing, still ongoing": a history said
    // in clauses before the match, and a clause after it saying the match still goes on, is the
    // background of an event happening now. Only "still going on": "aiemmin (2020) yritys, nyt
    // mieliala tasainen" says what is now instead.
    const nowAfterHistory =
      past.every((p) => tokens[p.start]!.clause < clause) &&
      hits.some(
        (h) =>
          roles.current.has(h.concept) &&
          tokens.slice(h.start, h.end + 1).some((t) => ONGOING.has(t.word)) &&
          own(h) &&
          !matched(h) &&
          !introduces(h) &&
          tokens[h.start]!.sentence === sentence &&
          tokens[h.start]!.clause > clause &&
          !past.some((p) => tokens[p.start]!.clause === tokens[h.start]!.clause),
      );
    // "viime vuonna oli itsetuhoisia ajatuksia ja nyt ne on palannu, mietin et tapan itteni": a
    // "now" after every past word and before the match, in its sentence, has closed the history.
    const lastPast = Math.max(...past.map((p) => p.end));
    const nowSince = hits.some(
      (h) =>
        roles.current.has(h.concept) &&
        own(h) &&
        !matched(h) &&
        !introduces(h) &&
        h.start > lastPast &&
        h.end < anchor.start &&
        tokens[h.start]!.sentence === sentence,
    );
    // "vanhat arvet mutta eilen viilteli uudestaan": a "but" after the history starts the event.
    const contrasted =
      past.every((p) => tokens[p.start]!.clause < clause) &&
      candidate.hits.every((m) => tokens[m.start]!.clause >= clause) &&
      opensWithBut(tokens, clause);
    if (!now && !laterNow && !plan && !again && !nowAfterHistory && !contrasted && !nowSince)
      return 'past';
  }
  if (!realised && isHypothetical(candidate, hits, tokens, roles, lang)) return 'hypothetical';

  if (candidate.pattern.some((c) => roles.negation.has(c)))
    return deniedBeside(candidate, hits.filter(own), tokens, roles) ? 'negated' : null;
  if (
    answeredNo(candidate, tokens) ||
    answeredNoAfter(candidate, tokens) ||
    answeredInReply(candidate, tokens) ||
    fieldAnsweredNo(candidate, tokens)
  )
    return 'negated';
  const { first, last } = candidate;
  // The match's first word that is no person: what a denial's "that" clause must hold.
  const finding = candidate.hits.find((m) => !roles.subjects.has(m.concept));
  for (const h of hits) {
    if (!roles.negation.has(h.concept) || !own(h) || matched(h)) continue;
    // A negation inside another concept's phrase before or after the match is that phrase's:
    // "ei mee ohi rauhottumalla, huulet on sinertävät" denies no blue lips, and "sekava ja näkee
    // ihmisiä joita ei oo" no confusion. A phrase that holds the match's own word keeps its
    // negation: "eikä saa leukaa rintaan" is no chest pain.
    if (insidePhrase(h, hits, roles, first, last, tokens)) continue;
    const unsure = hits.some(
      (u) => roles.unsure.has(u.concept) && (u.start === h.end + 1 || u.end === h.start - 1),
    );
    if (unsure) continue;
    // "en aio tappaa itseäni": the denial is of the plan; the thought still counts. Not an act
    // the plan names: "har inga planer på att skada sig", "no plans to harm herself" deny the act.
    const plan = deniedPlan(h, hits, tokens, roles);
    if (plan && !matched(plan)) {
      if (
        candidate.situation.deniedBy.includes('denied-plan') &&
        plannedAct(plan, candidate, tokens)
      )
        return 'negated';
      continue;
    }
    if (plan) return 'negated';
    if (comparedWithNow(h, candidate, tokens)) continue;
    const sameClause = tokens[h.start]!.clause === tokens[first]!.clause;
    // Within reach, unless the words between start a statement of their own.
    const reaches =
      sameClause &&
      h.end < first &&
      first - h.end <= NEGATION_REACH &&
      !subjectAfterItem(h, first, hits, tokens, roles) &&
      !withoutEndsBefore(h, first, tokens);
    if (reaches) return 'negated';
    // The person who denies may be the match's subject: "Lapsi kieltää, että kotona lyödään".
    const subjectsOnlyBefore = candidate.hits.every(
      (m) => m.start > h.end || roles.subjects.has(m.concept),
    );
    if (finding && deniesThatClause(h, finding.start, hits, tokens, roles) && subjectsOnlyBefore)
      return 'negated';
    if (sameClause && h.end < first && onlyBetween(h.end, first, tokens, DENIAL_FILLER))
      return 'negated';
    if (h.end < first && deniesList(h, first, hits, tokens, roles)) return 'negated';
    if (h.end < first && deniedAcrossAside(h, first, tokens)) return 'negated';
    // ...and a later part of the match in a note's denied list: "Klaffoperation 2020. Förnekar
    // svimningar, bröstsmärta". Only a denial verb: after a plain "no" the list may be a finding,
    // "on kaatunut eikä pääse ylös ja puhuu sekavia".
    const listed = candidate.hits.some(
      (m) =>
        m.start > first &&
        h.end < m.start &&
        deniesList(h, m.start, hits, tokens, roles, { verbOnly: true }),
    );
    if (listed) return 'negated';
    // A later part denied on its own: "tappais ittensä vaikka ei sitä oikeesti aio", "not planning",
    // also past the person it is said of: "Äiti sanoo, ettei vauva ollut veltto", "Lapset eivät
    // olleet yksin kotona".
    const lightOrSubject = (i: number) =>
      LIGHT.has(tokens[i]!.word) ||
      hits.some((s) => roles.subjects.has(s.concept) && s.start <= i && i <= s.end);
    const denied = candidate.hits.some(
      (m) =>
        m.start > first &&
        h.end < m.start &&
        (m.start - h.end <= LATER_REACH ||
          onlyBetween(h.end, m.start, tokens, lightOrSubject, LIGHT_MOST)) &&
        tokens[h.start]!.sentence === tokens[m.start]!.sentence,
    );
    if (denied) return 'negated';
    // A word the situation names, denied inside the match though not part of it: "poika ei nielly
    // sitä nappiparistoa" has the boy and the battery, and denies the swallowing between them.
    const deniedWord = hits.find(
      (v) =>
        v.start === h.end + 1 &&
        !matched(v) &&
        !roles.subjects.has(v.concept) &&
        needsConcept(candidate.situation, v.concept),
    );
    const deniedBetween =
      deniedWord !== undefined &&
      h.start > first &&
      candidate.hits.some(
        (m) =>
          m.start > deniedWord.end &&
          m.start - deniedWord.end <= DENIED_WORD_REACH &&
          tokens[m.start]!.clause === tokens[h.start]!.clause,
      );
    if (deniedBetween) return 'negated';
    // "itsetuhoisia ajatuksia ei ole": a negation just after, ending the clause or followed by
    // "to be" that ends it ("ei ole.", "ei ole todettu"); "eikä oo noussu" is not a denial.
    // ...and after a list: "kuolemantoiveita tai itsetuhoisia ajatuksia ei ole".
    const listEnd = listEndBefore(h, last, hits, tokens, roles);
    if (deniedRightAfter(h, listEnd, tokens)) return 'negated';
    // ...and an earlier part of the match denied so: "Yliannostusta ei epäillä, dosetti oikein".
    // Not a person: "Lapsi kieltää, mutta isä lyö" is the child denying, not a child denied.
    const deniedPart = (m: Hit) =>
      m.end < listEnd && !roles.subjects.has(m.concept) && deniedRightAfter(h, m.end, tokens);
    if (candidate.hits.some(deniedPart)) return 'negated';
  }
  return null;
}

/**
 * A negation one or two words after a finding's `end` that denies it: ending the clause, or
 * followed by a verb of not appearing ("ei noussut esiin", "ei epäillä") or by "to be" that ends
 * it ("ei ole.", "ei ole todettu").
 */
function deniedRightAfter(negation: Hit, end: number, tokens: readonly Token[]): boolean {
  const gap = negation.start - end;
  if (gap < 1 || gap > 2 || tokens[end]!.clause !== tokens[negation.start]!.clause) return false;
  const clauseOf = tokens[negation.start]!.clause;
  const ends = (t: Token | undefined) => !t || t.clause !== clauseOf;
  let at = negation.end + 1;
  while (DENIED_WHEN.has(tokens[at]?.word ?? '') && !ends(tokens[at])) at++;
  const next = tokens[at];
  if (ends(next) || NOT_ARISEN.has(next!.word)) return true;
  if (AND_NOT.has(next!.word) && at > negation.end + 1) return true;
  // Swedish puts its "not" after the verb: "jag blöder inte och har inga smärtor".
  if (gap === 1 && AFTER_VERB.has(tokens[negation.start]!.word) && JOINS.has(next!.word))
    return true;
  if (!BE.has(next!.word)) return false;
  // "viiltelyä ei ole enää ollut": when may follow "to be" too.
  at++;
  while (DENIED_WHEN.has(tokens[at]?.word ?? '') && !ends(tokens[at])) at++;
  const after = tokens[at];
  if (ends(after) || FINDING.has(after!.word) || JOINS.has(after!.word)) return true;
  // "Hengenahdistus ei ole lisääntynyt", "Kouristuksia ei ollut katkon aikana".
  if (NOT_ARISEN.has(after!.word)) return true;
  const during = tokens[at + 1];
  return !!during && DURING.has(during.word) && !ends(during) && ends(tokens[at + 2]);
}

/**
 * A recent past after "since" is when something still going on began: "blood on the toilet paper
 * every time since last week", "blod på pappret sen i måndags". Not a season or a year: "axeln
 * har varit stel sen i höstas", "epilepsy since 2019" are histories.
 */
function sinceLately(past: Hit, tokens: readonly Token[]): boolean {
  if (!SINCE_WORD.has(tokens[past.start - 1]?.word ?? '')) return false;
  return tokens.slice(past.start, past.end + 1).some((t) => LATELY.test(t.word));
}
const SINCE_WORD = new Set(['since', 'sen', 'sedan']);
/** The last days: a weekday, last week, yesterday; not "i höstas" or a year. */
const LATELY =
  /^(?:week|weekend|vecka|veckan|helgen|yesterday|igar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:man|tis|ons|tors|fre|lor|son)dags)$/;

/**
 * A "without" reaches no further than an "and" after it: "kan int säja en hel mening utan att
 * stanna å läpparna e lite blåa" does not deny the blue lips. Nor past its own object: "ulkona
 * ilman hanskoja pakkasessa" was out in the frost, without gloves; "without any chest pain",
 * "utan att ha ont" and "without numbness or weakness" still deny what follows.
 */
function withoutEndsBefore(negation: Hit, first: number, tokens: readonly Token[]): boolean {
  if (!tokens.slice(negation.start, negation.end + 1).some((t) => WITHOUT.has(t.word)))
    return false;
  const between = tokens.slice(negation.end + 1, first);
  if (between.some((t) => AND_AFTER_WITHOUT.has(t.word))) return true;
  // A list it denies goes on: "without numbness or weakness in the legs".
  if (between.some((t) => LIST_JOINER.has(t.word))) return false;
  return between.some((t) => !WITHOUT_FILLER.has(t.word));
}
/**
 * Words a "without" may reach past to its object: "utan att ha", "without any", "ilman mitään",
 * "without severe chest pain".
 */
const WITHOUT_FILLER = new Set([
  ...['att', 'ha', 'haft', 'nagon', 'nagot', 'nagra', 'nan', 'nat', 'kansla', 'svar', 'svara'],
  ...['any', 'a', 'an', 'the', 'having', 'being', 'feeling', 'much', 'severe', 'real', 'major'],
  ...['etta', 'mitaan', 'minkaanlaista', 'minkaanlaisia', 'tunnetta', 'kovaa', 'kovia', 'isompaa'],
]);

/**
 * Where the list a match begins ends, before a negation after it: the last finding of a run of
 * findings and joining words ("kuolemantoiveita tai itsetuhoisia ajatuksia") that the negation
 * follows; the match's own end when no such run reaches it.
 */
function listEndBefore(
  negation: Hit,
  last: number,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): number {
  // Only an existential denial ("ei ole", "not be"): in "anfallet ... och slutar int" the
  // negation belongs to the verb before it, which is the emergency.
  const next = tokens[negation.end + 1];
  if (negation.start <= last + 1 || !next || !BE.has(next.word)) return last;
  const findings = hits.filter(
    (f) =>
      !roles.all.has(f.concept) &&
      f.start > last &&
      f.end < negation.start &&
      tokens[f.start]!.clause === tokens[last]!.clause,
  );
  if (findings.length === 0) return last;
  const end = Math.max(...findings.map((f) => f.end));
  // "ajatuksia" after the last finding is the noun the list hangs on, as in deniesList.
  const through = end + 1 < negation.start && LIST_NOUN.test(tokens[end + 1]!.word) ? end + 1 : end;
  return onlyFindingsBetween(last, end + 1, hits, tokens, roles) ? through : last;
}

/** A longer phrase of a concept that is no negation holds the negation, and lies outside `first`..`last`. */
function insidePhrase(
  negation: Hit,
  hits: readonly Hit[],
  roles: ContextRoles,
  first: number,
  last: number,
  tokens: readonly Token[],
): boolean {
  return hits.some(
    (p) =>
      !roles.negation.has(p.concept) &&
      !roles.ownSpared.has(p.concept) &&
      (p.end < first || p.start > last) &&
      holds(p, negation) &&
      !headsAList(p, first, tokens),
  );
}

/**
 * A phrase before the match that an "or" carries on into a list: "Inga hot eller tankar på att
 * skada sig själv" denies the threats and the thoughts, whatever "inga hot" says alone.
 */
function headsAList(phrase: Hit, first: number, tokens: readonly Token[]): boolean {
  const next = tokens[phrase.end + 1];
  return (
    phrase.end < first &&
    next !== undefined &&
    OR.has(next.word) &&
    next.clause === tokens[phrase.end]!.clause
  );
}

/**
 * A denial interrupted by an aside: "ettei hänellä ole missään vaiheessa, ei edes pahimpina
 * viikkoina, ollut ajatuksia vahingoittaa itseään", "hon har aldrig under uppföljningen, inte ens
 * när mobbningen var som värst, haft några tankar på att skada sig". The negation's clause after
 * it and the match's clause before it hold only DENIAL_FILLER, the match's clause holds at least
 * one such word (so it continues the denied clause), and the aside is at most ASIDE_CLAUSES
 * clauses. "En ole, vaikka yritin, saanut häntä hereille" has a verb of its own and stays.
 */
function deniedAcrossAside(negation: Hit, first: number, tokens: readonly Token[]): boolean {
  const from = tokens[negation.end]!;
  const to = tokens[first]!;
  if (from.sentence !== to.sentence) return false;
  if (to.clause - from.clause < 2 || to.clause - from.clause > ASIDE_CLAUSES + 1) return false;
  for (let i = negation.end + 1; tokens[i]!.clause === from.clause; i++) {
    if (!DENIAL_FILLER.has(tokens[i]!.word)) return false;
  }
  let continued = 0;
  for (let i = first - 1; tokens[i]!.clause === to.clause; i--, continued++) {
    if (!DENIAL_FILLER.has(tokens[i]!.word)) return false;
  }
  return continued > 0;
}

/**
 * Whether the clause of the match, after the negation, compares the finding with every earlier
 * one: "never had a chest pain like this" is a chest pain now, and the worst yet.
 */
function comparedWithNow(negation: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  const clause = tokens[candidate.first]!.clause;
  if (negation.end >= candidate.first || tokens[negation.start]!.clause !== clause) return false;
  for (let i = negation.end + 1; tokens[i]?.clause === clause; i++) {
    // "no self harm or anything like that" names a kind, not a comparison.
    if (!VAGUE.has(tokens[i - 1]!.word) && phraseAt(tokens, i, LIKE_NOW)) return true;
  }
  return false;
}

/**
 * A later sentence that denies the match's word for a span up to now dates the match: in
 * "Viiltelyä 7. luokalla. Nyt ei viiltelyä yli vuoteen." the note's last word on the cutting is
 * that it stopped a year ago. Only a span: "Viiltelee. Nyt ei viiltele." may be the same day.
 */
function stoppedSinceLater(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  const anchor = candidate.hits[0]!;
  const sentence = tokens[anchor.start]!.sentence;
  const spanAfter = (later: Hit) => {
    const clause = tokens[later.end]!.clause;
    for (let i = later.end + 1; i <= later.end + SPAN_REACH && i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.clause !== clause) return false;
      if (SINCE_SPAN.test(t.word) || SPAN_UNIT.test(t.word)) return true;
    }
    return false;
  };
  return hits.some(
    (later) =>
      later.concept === anchor.concept &&
      tokens[later.start]!.sentence > sentence &&
      deniedJustBefore(later, hits, tokens, roles.negation) &&
      spanAfter(later),
  );
}

/**
 * A bare "not since" in a clause after the match dates it: "tytär viilteli ennen mut ei oo tehny
 * sitä puoleen vuoteen", "skar sig i högstadiet, inte på två år", "cut in year 9, not for two
 * years". The clause has a negation, then only SINCE_FILLER words or numbers, then a span; a
 * "now" or "again" in the match's clause keeps it ("viiltelee taas, ei oo tehny vuoteen").
 */
function notSinceAfter(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  const matchClause = tokens[candidate.last]!.clause;
  const keeps = hits.some(
    (h) =>
      (roles.current.has(h.concept) || roles.recurrence.has(h.concept)) &&
      tokens[h.start]!.clause === matchClause,
  );
  if (keeps) return false;
  return hits.some((n) => {
    if (!roles.negation.has(n.concept) || n.start <= candidate.last) return false;
    const clause = tokens[n.start]!.clause;
    if (clause === matchClause) return false;
    for (let i = n.end + 1; i <= n.end + 1 + SPAN_REACH && tokens[i]?.clause === clause; i++) {
      const word = tokens[i]!.word;
      if (SINCE_SPAN.test(word) || SPAN_UNIT.test(word)) return true;
      if (!SINCE_FILLER.has(word) && !/^\d+$/.test(word)) return false;
    }
    return false;
  });
}

/**
 * Whether a negation ends at most two words before the hit, in its clause: "ei kipua" gives no
 * safety-net notice, and "ei tunnettua muistisairautta" excuses no sudden confusion; "with no
 * breakfast, came round immediately" denies no finding.
 */
export function deniedJustBefore(
  hit: Hit,
  hits: readonly Hit[],
  tokens: readonly Token[],
  negation: ReadonlySet<string>,
): boolean {
  return hits.some(
    (n) =>
      negation.has(n.concept) &&
      n.end < hit.start &&
      hit.start - n.end <= 2 &&
      tokens[n.end]!.clause === tokens[hit.start]!.clause,
  );
}

/**
 * Whether a look-alike is denied a few words after its negation in its clause: the end of a short
 * denied list ("inte ätit järn eller blåbär", "no iron or blueberries", "ei syönyt rautaa tai
 * mustikoita"), or the object of a denied verb ("en oo syöny mustikoita", "hasnt taken any iron").
 * An "and" between starts something new that the negation does not reach: "no dizziness and on
 * iron tablets"; a "not" inside another phrase is that phrase's; and "I don't know if" denies
 * nothing.
 */
function deniedBefore(
  hit: Hit,
  hits: readonly Hit[],
  tokens: readonly Token[],
  negation: ReadonlySet<string>,
): boolean {
  const listEnd = LIST_JOINER.has(tokens[hit.start - 1]?.word ?? '');
  return hits.some((n) => {
    if (!negation.has(n.concept) || n.end >= hit.start) return false;
    if (hit.start - n.end > DENIED_REACH) return false;
    // A "not" inside another phrase is that phrase's: "ei päästä lähtemään ulos leikkimään".
    if (hits.some((o) => !negation.has(o.concept) && holds(o, n))) return false;
    if (tokens[n.end]!.clause !== tokens[hit.start]!.clause) return false;
    const between = tokens.slice(n.end + 1, hit.start);
    if (between.some((t) => BUT.has(t.word))) return false;
    if (listEnd) return true;
    // Not what one does not know: "vet inte om den e bruten", "en tiedä onko se murtunut".
    return !between.some((t) => AND_THEN.has(t.word) || OPENS_QUESTION.has(t.word));
  });
}
/**
 * "If", "whether", Finnish "onko": what comes after them is asked, not denied. (The words before
 * an "if" that make it a "whether" are hypothetical.ts's WHETHER.)
 */
const OPENS_QUESTION = new Set([
  ...['om', 'if', 'whether', 'jos', 'ettei'],
  ...['onko', 'onks', 'oisko', 'olisko'],
]);
/** An "or" before a list's last item; also spoken Swedish "el". */
const LIST_JOINER = new Set([...OR, 'el']);
const DENIED_REACH = 5;

/**
 * Whether every word strictly between two positions of one clause is one of `words` (or passes
 * it, when it is a test of a position), and at most `most` of them stand there. Clause numbers
 * only grow along a message (joined fragments keep them), so two ends in one clause have every
 * word between them in it too.
 */
function onlyBetween(
  from: number,
  to: number,
  tokens: readonly Token[],
  words: ReadonlySet<string> | ((i: number) => boolean),
  most = Infinity,
): boolean {
  if (to - from - 1 > most || tokens[to]!.clause !== tokens[from]!.clause) return false;
  const such = typeof words === 'function' ? words : (i: number) => words.has(tokens[i]!.word);
  for (let i = from + 1; i < to; i++) if (!such(i)) return false;
  return true;
}

/** The first word of a past that names the match's own day ("samana päivänä", "samma dag"). */
const SAME_DAY = new Set(['samana', 'samma', 'same', 'later']);

/**
 * A past word in a clause of its own that names its own event: "itsetuhoisia ajatuksia, aiempi
 * itsemurhayritys 2019", "crushing chest pain, previous heart attack in 2018", "epilepsi sedan
 * 2010". It dates that event, not the match; "..., se oli viime vuonna" names none and dates it,
 * and so does a relative clause about the match.
 */
function ownHistory(
  past: Hit,
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  // Only a dated past after the match, in its own clause: "2021 psyk. osastolla itsetuhoisuuden
  // vuoksi" is the match's own history, and so are learning and paperwork words.
  if (!roles.suppress.has(past.concept) || roles.scene.has(past.concept)) return false;
  // "…, paramedics sorted it at home and she's totally herself again": being fine again is said of
  // the match, whatever else its clause tells. Not fine on a day before it: "han va helt som
  // vanligt igår" says the confusion is new.
  const dated = (h: Hit) =>
    !roles.feelsFine.has(h.concept) &&
    tokens[h.start]!.clause === tokens[past.start]!.clause &&
    (roles.happened.has(h.concept) || roles.suppress.has(h.concept));
  if (roles.feelsFine.has(past.concept) && !hits.some(dated)) return false;
  if (past.start <= candidate.last) return false;
  // "nieli pariston, poistettu samana päivänä", "later that day": a past that names the match's
  // own day dates the match wherever it stands.
  if (SAME_DAY.has(tokens[past.start]!.word)) return false;
  const clause = tokens[past.start]!.clause;
  if (candidate.hits.some((m) => oneClauseButCodes(tokens[m.start]!.clause, clause, tokens)))
    return false;
  // "rintakipuja, joita oli viime syksynä ennen pallolaajennusta": a relative clause about the
  // match dates the match, whatever else it names.
  const start = clauseStart(tokens, clause);
  if (RELATIVE.has(tokens[start]!.word) && HAPPENED.has(tokens[start + 1]?.word ?? ''))
    return false;
  const covered = (i: number) =>
    hits.some((h) => h.start <= i && i <= h.end && roles.all.has(h.concept));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.clause !== clause || covered(i) || /^\d/.test(t.word)) continue;
    if (!EVENTLESS.has(t.word)) return true;
  }
  return false;
}

/** A diagnosis code ("X64", "F32", "I21.9" as "i21" "9") or a number. */
const CODE = /^(?:[a-z]\d{2,3}|\d+)$/;

/**
 * Whether clause `b` is clause `a`, or follows it with only codes between: the parenthesis of
 * "Itsemurhayritys (X64) 2010 eron jälkeen" adds no clause of its own.
 */
function oneClauseButCodes(a: number, b: number, tokens: readonly Token[]): boolean {
  if (a === b) return true;
  const between = tokens.filter((t) => t.clause > a && t.clause < b);
  return between.length > 0 && between.every((t) => CODE.test(t.word));
}

/**
 * A "kun"/"när"/"when" between a scene word and the match, in one sentence, and the match told as
 * real after it ("kun isä kaatui", "when he collapsed"): it happened in the scene. "Mitä tehdä kun
 * joku saa kohtauksen" is a course's content, not an event.
 */
function happenedIn(
  scene: Hit,
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  if (tokens[scene.start]!.sentence !== tokens[candidate.first]!.sentence) return false;
  for (let i = scene.end + 1; i < candidate.first; i++) {
    if (WHEN.has(tokens[i]!.word) || afterwards(tokens, i))
      return isReal({ end: i }, candidate, hits, tokens, roles, lang);
    if (thoughtOnIt(tokens, i)) return true;
  }
  // The writer's act may be the match's own first word: "ja otin kaikki pillerit".
  for (let i = scene.end + 1; i <= candidate.first; i++) {
    if (writerActs(scene, i, candidate, hits, tokens, roles, lang)) return true;
  }
  return false;
}

/**
 * "ja otin kaikki pillerit", "and took all my pills", "och jag tog", "and I cut myself": after a
 * scene the writer did something of their own. In Finnish the verb's ending names the writer
 * ("otin", "viiltelin"); in Swedish and English "I" does, here or as the subject of the scene, or
 * the act is the match's own first word with no subject at all, the way a note drops the client
 * ("after the course came home and took all the pills"): a scene's talk has its own verb.
 */
function writerActs(
  scene: Hit,
  i: number,
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  if (!AND_THEN.has(tokens[i - 1]?.word ?? '')) return false;
  const word = tokens[i]!.word;
  if (SCENE_WRITER.has(word)) return true;
  const acted =
    isPastForm(word, lang) || hits.some((h) => roles.happened.has(h.concept) && h.start === i);
  if (!acted) return false;
  if (lang === 'fi' || (!lang && word.endsWith('in'))) return word.endsWith('in');
  if (i === candidate.first) return true;
  const from = clauseStart(tokens, tokens[scene.start]!.clause);
  return tokens.slice(from, i).some((t) => SCENE_WRITER.has(t.word));
}

/** Words that date a finding before the match: "aamulla vielä orientoitunut", "earlier alert". */
const EARLIER = new Set([
  ...['aamulla', 'aiemmin', 'aikaisemmin', 'eilen', 'viela', 'ennen', 'tidigare', 'igar', 'forut'],
  ...['innan', 'morse', 'earlier', 'previously', 'before', 'yesterday', 'usually', 'normally'],
  ...['yleensa', 'normaalisti', 'vanligtvis', 'brukar', 'was', 'were', 'had', 'var', 'hade', 'oli'],
]);
/** "yet", "vielä", "ännu": a verdict or a finding that leaves the danger open. */
const YET = ['yet', 'viela', 'annu'];
/**
 * Words after a finding in its clause that date it or leave it open: "talking normally a minute
 * ago", "ei vaaraa vielä", "no danger to us yet", "rauhoittunut vain osittain".
 */
const AGO = new Set([
  ...['ago', 'sitten', 'sedan', 'sen', 'sitte', 'sit', ...YET],
  ...['osittain', 'osin', 'partly', 'partially', 'delvis'],
]);
/** How far before a finding such a word may stand. */
const EARLIER_REACH = 3;

/**
 * A verdict left open is no all-clear: "no danger to us yet but the hallway is filling", "ei vielä
 * vaaraa", "ingen fara ännu". A "yet" in the verdict's clause, just before it or a few words on.
 */
function leftOpen(verdict: Hit, tokens: readonly Token[]): boolean {
  const clause = tokens[verdict.start]!.clause;
  for (let i = verdict.start - 1; i <= verdict.end + EARLIER_REACH; i++) {
    if (tokens[i]?.clause === clause && YET.includes(tokens[i]!.word)) return true;
  }
  return false;
}

/**
 * A finding after the match that says the feared state is over: "huulet sinertävät ... SpO2 97 %,
 * hengitys rauhallinen", "couldn't breathe — sats 97%, talking in full sentences". Not denied
 * ("ei hengitys rauhallinen"), not dated before the match ("aiemmin puhui normaalisti", "was
 * talking normally a minute ago"), and not taken back by a "but" after it ("puhuu normaalisti
 * välillä mutta nukahtaa kesken").
 */
function resolvedAfter(
  finding: Hit,
  candidate: Candidate,
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  if (finding.start <= candidate.last) return false;
  const sentence = tokens[finding.start]!.sentence;
  // A past tense dates a state before the match ("was talking normally"), but an event seen to
  // can only come after it: "joi lamppuöljyä, oli yön seurannassa" was kept overnight for it.
  const earlier = (word: string) =>
    EARLIER.has(word) && !(roles.allWell.has(finding.concept) && PAST_VERB.has(word));
  // In the finding's own clause: "with no breakfast, came round immediately" denies no finding.
  const clause = tokens[finding.start]!.clause;
  for (let i = finding.start - 1; i >= finding.start - EARLIER_REACH && i > candidate.last; i--) {
    if (tokens[i]!.clause !== clause) break;
    if (earlier(tokens[i]!.word) || NEGATION_WORDS.has(tokens[i]!.word)) return false;
  }
  if (butLaterInSentence(tokens, finding.end)) return false;
  for (let i = finding.end + 1; tokens[i]?.sentence === sentence; i++) {
    if (tokens[i]!.clause === tokens[finding.end]!.clause && AGO.has(tokens[i]!.word)) return false;
  }
  return true;
}

/**
 * "och sen", "ja sitten", "and then": what follows happened after the scene, not in it ("vi hade
 * psykologikurs om självskada och sen gick jag hem och skar mig").
 */
function afterwards(tokens: readonly Token[], i: number): boolean {
  return THEN.has(tokens[i]!.word) && AND_THEN.has(tokens[i - 1]?.word ?? '');
}

/**
 * "ja aattelin", "and i thought", "och jag tänkte": the writer's own thought on the scene, which
 * is theirs and real ("historian tunnilla puhuttiin sodan kuolleista ja aattelin et ois helpompaa
 * jos mäkin kuolisin").
 */
function thoughtOnIt(tokens: readonly Token[], i: number): boolean {
  if (!AND_THEN.has(tokens[i - 1]?.word ?? '')) return false;
  const word = tokens[i]!.word;
  if (WRITER_THOUGHT.has(word)) return true;
  return SCENE_WRITER.has(word) && WRITER_THOUGHT.has(tokens[i + 1]?.word ?? '');
}

/** The match is the denied plan's object, a few words on in its clause: "inga planer på att skada sig". */
function plannedAct(plan: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  return (
    plan.end < candidate.first &&
    candidate.first - plan.end <= INTENT_REACH &&
    tokens[plan.end]!.clause === tokens[candidate.first]!.clause
  );
}

/**
 * The plan or intent word this negation denies, if any: in its clause, at most INTENT_REACH words
 * on and with nothing meaningful between ("ei sitä oikeesti aio", "inte har nån plan").
 */
function deniedPlan(
  negation: Hit,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): Hit | undefined {
  if (NOBODY.has(tokens[negation.end + 1]?.word ?? '')) return undefined;
  const context = (h: Hit) => roles.negation.has(h.concept) || roles.unsure.has(h.concept);
  return hits.find(
    (p) =>
      roles.intent.has(p.concept) &&
      p.start > negation.end &&
      p.start - negation.end <= INTENT_REACH &&
      tokens[p.start]!.clause === tokens[negation.start]!.clause &&
      !hits.some((x) => x.start > negation.end && x.end < p.start && !context(x)),
  );
}

/**
 * A history in brackets closed before the words it would date is the person's background, not
 * their time: "pt (34, hx depression) took 'the whole box'", "on warfarin (INR 3.1 last week), fell
 * on the stairs and hit back of head".
 */
function asideBefore(
  past: Hit,
  first: number,
  dated: readonly Hit[],
  tokens: readonly Token[],
): boolean {
  return (
    tokens[past.start]!.bracketed === true &&
    past.end < first &&
    tokens.slice(past.end + 1, first).some((t) => !t.bracketed) &&
    !dated.some((m) => tokens[m.start]!.bracketed)
  );
}

/** A past word inside a longer phrase that says "now" is part of it: "taustalla kuuluu huutoa". */
function insideNow(past: Hit, hits: readonly Hit[], roles: ContextRoles): boolean {
  return hits.some((n) => roles.current.has(n.concept) && holds(n, past));
}

/** Relative pronouns that start a clause about someone or something named before. */
const RELATIVE = new Set([
  'joka',
  'jonka',
  'jota',
  'joita',
  'jotka',
  'som',
  'who',
  'whom',
  'whose',
]);
/**
 * "...joka tapahtui", "which happened", "rintakipuja, joita oli viime syksynä": a relative clause
 * about the event itself.
 */
const HAPPENED = new Set([
  ...['tapahtui', 'sattui', 'oli', 'olivat', 'esiintyi'],
  ...['hande', 'skedde', 'happened', 'occurred'],
]);

/**
 * Whether a `voicedVerdict` word is someone's verdict: a word of saying or judging before it in
 * its sentence ("Giftinformationscentralen sa att så lite int e farligt", "poison centre said one
 * tablet is not dangerous"), or right after it ("ofarlig sa de", "harmless, they said"). The
 * caller counts it only after the match, where a verdict on it stands: "mummo sano et ne marjat on
 * vaarattomia, mutta 2v söi niitä kourallisen" judged the berries before anyone ate them.
 */
function voiced(
  verdict: Hit,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  const sentence = tokens[verdict.start]!.sentence;
  return hits.some(
    (v) =>
      roles.voice.has(v.concept) &&
      tokens[v.start]!.sentence === sentence &&
      // "I told him he's fine", "jag sa åt henne att det int e farligt": the writer comforting
      // someone, not a verdict. "I was told" has "was" before the word of saying.
      !SCENE_WRITER.has(tokens[v.start - 1]?.word ?? '') &&
      ((v.end < verdict.start && verdict.start - v.end <= VOICE_BEFORE) ||
        (v.start > verdict.end && v.start - verdict.end <= VOICE_AFTER)),
  );
}
/** How far a word of saying may stand before its verdict ("sa att så lite int e farligt") or after it. */
const VOICE_BEFORE = 8;
const VOICE_AFTER = 3;

/**
 * A thought told in the present after "and", behind a past event in its sentence: "isä kuoli
 * vuosi sitten ja mietin itsemurhaa", "my wife died in march and i want to die". The past dates
 * the death, not the thought. A past verb after the "and" keeps the thought in the past: "vuos
 * sitten todettiin masennus ja oli itsemurha-ajatuksia", and so does a list with no verb ("nuorena
 * oli masennus ja itsemurha-ajatuksia").
 */
function presentAfterAnd(past: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  if (past.end >= candidate.first) return false;
  for (let i = past.end + 1; i < candidate.first; i++) {
    if (tokens[i]!.sentence !== tokens[past.start]!.sentence) return false;
    if (!AND_THEN.has(tokens[i]!.word)) continue;
    // "olin silloin ihan pohjalla ja mietin kuolemaa": a past verb before the "and" tells a story
    // of then, and "mietin" after it is its past too.
    if (tokens.slice(past.end + 1, i).some((t) => PAST_VERB.has(t.word))) return false;
    const told = tokens.slice(i + 1, candidate.first + 1).map((t) => t.word);
    return told.some((w) => PRESENT.has(w)) && !told.some((w) => PAST_VERB.has(w));
  }
  return false;
}
/**
 * A thought told in the present in a clause of its own, after the clause that holds the past:
 * "i was discharged from the psych ward last week and the thoughts came back, i don't want to wake
 * up tomorrow". The past dates the stay, not the wish. Only a clause with a present verb of the
 * writer's and no past or perfect verb: "2019 olin osastolla, oli itsemurha-ajatuksia" and "förra
 * året var jag inlagd, hade självmordstankar" stay a history. Not the Finnish "mietin", which is
 * also its own past ("mietin kuolemaa" = "I thought about dying").
 */
function presentClauseAfter(past: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  const clause = tokens[candidate.first]!.clause;
  if (past.end >= candidate.first || tokens[past.end]!.clause >= clause) return false;
  // A match that reaches back into another clause ("ja nyt ne on palannu, mietin et tapan itteni")
  // is read with it: its "now" stands in the history's own sentence.
  if (tokens[candidate.last]!.clause !== clause) return false;
  const told = tokens.slice(clauseStart(tokens, clause), candidate.last + 1).map((t) => t.word);
  return (
    told.some((w) => PRESENT.has(w) && w !== 'mietin') &&
    !told.some((w) => PAST_VERB.has(w) || PERFECT.has(w))
  );
}
/** Perfect participles that make a present verb a past: "har haft", "have had", "on ollut". */
const PERFECT = new Set(['haft', 'hatt', 'had', 'been', 'ollut', 'ollu', 'tunnut', 'ajatellut']);
const AND_THEN = new Set(['ja', 'and', 'och']);
/** "and", also spoken Swedish "å" (folded "a"), which ends a "without". */
const AND_AFTER_WITHOUT = new Set([...AND_THEN, 'a']);
/** Present verbs of the writer's own thoughts and state, folded ("pelkään" -> "pelkaan"). */
const PRESENT = new Set([
  ...['on', 'oon', 'mietin', 'ajattelen', 'haluan', 'haluun', 'tunnen', 'pelkaan'],
  ...['har', 'tanker', 'funderar', 'vill', 'kanner'],
  ...['have', 'am', 'im', 'think', 'want', 'keep', 'feel'],
]);
const PAST_VERB = new Set([
  ...['oli', 'olivat', 'ollut', 'ollu', 'olin', 'olit', 'olimme', 'olitte', 'olleet'],
  ...['was', 'were', 'had', 'hade', 'var'],
]);

/**
 * A past said after the match in a relative clause is about another person: "puhuu vaimolleen
 * joka kuoli 2015", "pratar med sin fru som dog 2015", not about the finding. Only in the past
 * word's own clause: in "krampanfall som gick över på 2 minuter, undersökt på jouren och
 * hemskickad" the relative clause has ended before the seizure's aftercare.
 */
function aboutAnother(past: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  if (past.start <= candidate.last) return false;
  const clause = tokens[past.start]!.clause;
  for (let i = past.start - 1; i > candidate.last && tokens[i]!.clause === clause; i--) {
    if (RELATIVE.has(tokens[i]!.word)) return !HAPPENED.has(tokens[i + 1]?.word ?? '');
  }
  return false;
}

/**
 * A peer's crisis that others already have in hand: a friend, a neighbour or an ex named before
 * the match in its sentence, and in that sentence or a later one words saying the parents know,
 * the friend is on a ward or the police went ("tyttären kaveri laitto snäppiin et aikoo tappaa
 * itsensä, koulu ja kaverin vanhemmat tietää jo"). The family is left out on purpose: "mieheni"
 * and "my son" are whom residents call 112 for, and their care is the writer's own to arrange.
 * "Her parents know nothing" is no hands at all, and a match told as happening now stays.
 */
function inOthersHands(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  const sentence = tokens[candidate.first]!.sentence;
  const own = (h: Hit) => inLanguage(h, lang);
  // The writer's own risk asked about and denied ("itse kiistää omat", "mår själv bra") says
  // whose a thought or self-harm is: the peer's. Only for those: a body's signs are no one's worry.
  const thought = candidate.pattern.some((c) => roles.thoughts.has(c));
  // The writer spared ("asiakas itse kiistää", "jag gör int sånt själv") in a clause after the
  // peer's words, not after every word the match's window took in: in "en i hans klass pratar om
  // att ta livet av sig. han själv mår ok. vem ska vi kontakta" the plan's "ska" is the writer's.
  const anchor = candidate.hits[0]!;
  const spared = (h: Hit) =>
    h.start > anchor.end && tokens[h.start]!.clause > tokens[anchor.end]!.clause;
  const hands = hits.filter(
    (h) =>
      (roles.inOthersHands.has(h.concept) || (thought && roles.ownSpared.has(h.concept))) && own(h),
  );
  // "kaveri otti just kaikki lääkkeet ja on tajuton, vanhemmat tietää": happening now, whoever
  // knows. A "now" next to the hands is theirs: "grannen vårdas nu på avdelning".
  const clauses = new Set(candidate.hits.map((m) => tokens[m.start]!.clause));
  const theirs = (n: Hit) => hands.some((h) => n.start >= h.start - 2 && n.end <= h.end + 2);
  const now = hits.some(
    (h) =>
      roles.current.has(h.concept) && own(h) && clauses.has(tokens[h.start]!.clause) && !theirs(h),
  );
  if (now) return false;
  const peer = hits.some(
    (h) =>
      roles.peer.has(h.concept) &&
      own(h) &&
      h.end < candidate.first &&
      tokens[h.start]!.sentence === sentence,
  );
  // "polisen kom inte", "her parents know nothing": a "no" right after the words takes the hands
  // away. The negation role says what a "no" is; "nothing" is no negation word of its own.
  const deniedRightAfter = (h: Hit) =>
    NOTHING.has(tokens[h.end + 1]?.word ?? '') ||
    hits.some((n) => roles.negation.has(n.concept) && n.start === h.end + 1);
  return (
    peer &&
    hands.some((h) =>
      roles.ownSpared.has(h.concept)
        ? spared(h)
        : h.start > candidate.last &&
          tokens[h.start]!.sentence >= sentence &&
          !deniedJustBefore(h, hits, tokens, roles.negation) &&
          !deniedRightAfter(h),
    )
  );
}

/**
 * Whether the clause of a time of life is told in the past: a past verb there ("viiltelin
 * lukiossa", "skar sig i högstadiet", "I self harmed a lot back home"), and no "now" or "still".
 * "Yläkoulussa on niin paha olla" is told now.
 */
function toldInPast(
  when: Hit,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  const clause = tokens[when.start]!.clause;
  const inClause = (h: Hit) => tokens[h.start]!.clause === clause && inLanguage(h, lang);
  if (hits.some((h) => roles.current.has(h.concept) && inClause(h))) return false;
  // "lukiossa viiltelin ja viiltelen yhä": a history that still goes on is not over.
  if (tokens.some((t) => t.clause === clause && STILL.has(t.word))) return false;
  return (
    hits.some((h) => roles.happened.has(h.concept) && inClause(h)) ||
    tokens.some((t) => t.clause === clause && (PAST_VERB.has(t.word) || isPastForm(t.word, lang)))
  );
}

/** How far before a thought a form's question may stand: "frågor om ja nånsin tänkt skada mej". */
const ASKED_REACH = 5;
/** A screening item's score that says yes: PHQ-9 and EPDS items are scored 0-3. */
const SCORED_YES = new Set(['1', '2', '3']);

/**
 * A form's or a screening's question about a thought or self-harm is its topic, not an answer:
 * "neuvolan lomakkeessa yks kysymys oli itsensä vahingoittamisesta", "ett formulär med frågor om
 * ja nånsin tänkt skada mej själv", "a depression questionnaire with a question about harming
 * myself", "EPDS 5, self-harm item 0". The question stands within reach before the match in its
 * sentence, or starts inside it or right after it ("self-harm item"). An answer that says yes keeps
 * the match: an `affirmed` word after it ("'melko usein'", "sometimes", "myöntää") or a score of
 * 1-3 after it in its sentence; so does a "now" in its sentence. Only for the crisis line's
 * situations (thoughts, self-harm): a body's signs are not asked about on a form.
 */
function askedNotAnswered(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  if (candidate.situation.action !== 'crisis') return false;
  const own = (h: Hit) => inLanguage(h, lang);
  const { first, last } = candidate;
  const sentence = tokens[first]!.sentence;
  const question = hits.some(
    (h) =>
      roles.asked.has(h.concept) &&
      own(h) &&
      tokens[h.start]!.sentence === sentence &&
      ((h.end < first && first - h.end <= ASKED_REACH) ||
        (h.start >= first && h.start <= last + 1)),
  );
  if (!question) return false;
  const yes = hits.some((h) => roles.affirmed.has(h.concept) && own(h) && h.start > last);
  const scoredYes = tokens.some(
    (t, i) => i > last && t.sentence === sentence && SCORED_YES.has(t.word),
  );
  // "…olenko ajatellut itsemurhaa ja nyt ajattelen": a "now" anywhere in its sentence answers.
  const now = hits.some(
    (h) => roles.current.has(h.concept) && own(h) && tokens[h.start]!.sentence === sentence,
  );
  return !yes && !scoredYes && !now;
}

/** First words of a belief that says it came first and was wrong ("först trodde", "ensin luulin"). */
const AT_FIRST = new Set(['forst', 'ensin', 'aluksi', 'first', 'at', 'initially']);
/** How far after such a belief the believed match may start: "trodde jag att det brann". */
const BELIEF_REACH = 4;

/**
 * A feared emergency that was something else: "luultiin tajuttomaksi mutta oli nukahtanut
 * matolle", "först trodde jag att det brann men det var grannens bastu", "we thought it was a
 * stroke, it turned out to be Bell's palsy". The belief is in the match's sentence, and the
 * correction comes after every matched word, in that sentence or the next: what follows the
 * correction is what happened, so "luultiin et nukkuu mut ei herää" still matches on its own.
 * Not for thoughts and plans, whose fear may be right ("pelkäsin et se tappaa ittensä mut se
 * oli rauhallinen"), and not when the match's clause says "now".
 */
function ruledOut(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  if (candidate.pattern.some((c) => roles.thoughts.has(c))) return false;
  const own = (h: Hit) => inLanguage(h, lang);
  const sentence = tokens[candidate.first]!.sentence;
  if (tokens[candidate.last]!.sentence !== sentence) return false;
  const beliefs = hits.filter((h) => roles.mistaken.has(h.concept) && own(h));
  // "först trodde jag att det brann", "at first we thought it was a stroke": a belief said to be
  // the first one corrects itself, when the match is what was believed, just after it.
  const believedAtFirst = beliefs.some(
    (h) =>
      AT_FIRST.has(tokens[h.start]!.word) &&
      h.end < candidate.first &&
      candidate.first - h.end <= BELIEF_REACH &&
      tokens[h.start]!.clause === tokens[candidate.first]!.clause,
  );
  if (believedAtFirst) return true;
  const correction = hits.find(
    (h) =>
      roles.correction.has(h.concept) &&
      own(h) &&
      h.start > candidate.last &&
      tokens[h.start]!.sentence - sentence <= 1,
  );
  if (!correction) return false;
  const clauses = new Set(candidate.hits.map((m) => tokens[m.start]!.clause));
  const now = hits.some(
    (h) => roles.current.has(h.concept) && own(h) && clauses.has(tokens[h.start]!.clause),
  );
  return (
    !now &&
    beliefs.some(
      (h) =>
        tokens[h.start]!.sentence === sentence &&
        h.end < correction.start &&
        !inMatch(candidate, h),
    )
  );
}

/**
 * Words of death said as a joke: a thought or a plan ("mä tapan itteni", "jag skjuter mig", "I
 * literally want to die") with a joke, a laugh, a song or a game in its sentence or the next
 * ("aina ku wifi pätkii. tiedän et se on vitsi", "skrattade och sa", "and laughs", "laulaa
 * biisiä missä on", "when losing at online games", a laughing emoji). Only the situations of
 * thoughts and intent: a joke never explains a body's signs. A joke denied ("ei ollut vitsi",
 * "not joking") or feared to be meant ("pelkään et se on tosissaan", "menar allvar":
 * `earnestNear`, which the caller asks first) keeps the match, and so does a joke told in a
 * sentence before the match: "Vitsailee paljon. Kertoo aikovansa..." is no joke about the plan.
 */
function joked(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  // A situation of thoughts and intent, whichever of its patterns matched: "I'm going to jump off
  // a bridge 😂" is a joke told with a bridge, not with a thought.
  const ofTheSelf = candidate.situation.patterns.some((p) => p.some((c) => roles.thoughts.has(c)));
  if (!ofTheSelf) return false;
  return hits.some(
    (h) =>
      roles.joking.has(h.concept) &&
      inLanguage(h, lang) &&
      inSentenceOrNext(h, candidate, tokens) &&
      !inMatch(candidate, h) &&
      !deniedJustBefore(h, hits, tokens, roles.negation),
  );
}

/** A joke denied or feared to be meant, in the match's sentence or the next. */
function earnestNear(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
  lang: Language | undefined,
): boolean {
  return hits.some(
    (h) =>
      roles.earnest.has(h.concept) && inLanguage(h, lang) && inSentenceOrNext(h, candidate, tokens),
  );
}

function inSentenceOrNext(h: Hit, candidate: Candidate, tokens: readonly Token[]): boolean {
  const gap = tokens[h.start]!.sentence - tokens[candidate.first]!.sentence;
  return gap === 0 || gap === 1;
}

/** "Nothing", folded: knowing nothing is no hands, though it is no negation word. */
const NOTHING = new Set(['nothing', 'ingenting', 'mitaan']);

/**
 * A pattern that names a negation ("can't stop" + hurting oneself) is the emergency, so a denial
 * does not drop it; but another negation just before one of its other words does: "panic attack
 * not stopping, no wish to hurt myself" denies the hurting, whatever the "not" says of the panic.
 */
function deniedBeside(
  candidate: Candidate,
  hits: readonly Hit[],
  tokens: readonly Token[],
  roles: ContextRoles,
): boolean {
  const target = negationTarget(presentIn(candidate.pattern), roles.negation);
  // "no thoughts of not wanting to live", "denies feelings of not wanting to be alive", "inga
  // tankar på att inte vilja leva", "ei ajatuksia siitä, ettei haluaisi elää": a denial of the
  // thought, its words leading straight into the match, denies the whole of it.
  const thoughtDenied = hits.some(
    (h) =>
      roles.negation.has(h.concept) &&
      !inMatch(candidate, h) &&
      h.end < candidate.first &&
      tokens[h.start]!.sentence === tokens[candidate.first]!.sentence &&
      candidate.first - h.end > 1 &&
      tokens.slice(h.end + 1, candidate.first).every((t) => THOUGHT_OF.has(t.word)) &&
      tokens.slice(h.end + 1, candidate.first).some((t) => THOUGHT_NOUN.has(t.word)),
  );
  if (thoughtDenied) return true;
  return candidate.hits.some(
    (m) =>
      !roles.negation.has(m.concept) &&
      m.concept !== target &&
      hits.some(
        (h) =>
          roles.negation.has(h.concept) &&
          !inMatch(candidate, h) &&
          h.end < m.start &&
          m.start - h.end <= NEGATION_REACH &&
          tokens[h.start]!.clause === tokens[m.start]!.clause &&
          !andThatBetween(h.end, m.start, tokens),
      ),
  );
}

/** A thought named, folded as tokens are: "thoughts", "tankar", "ajatuksia". */
const THOUGHT_NOUN = new Set([
  ...['thoughts', 'thought', 'feelings', 'feeling', 'ideas', 'ideation'],
  ...['tankar', 'tanke', 'kanslor'],
  ...['ajatuksia', 'ajatusta', 'ajatuksista', 'ajatukset', 'tunnetta', 'tunteita'],
]);
/**
 * The words of "thoughts of", "tankar på att", "ajatuksia siitä että": a thought named, then its
 * content. Only with the thought named: a bare "inte att" or "ei että" denies nothing by itself.
 */
const THOUGHT_OF = new Set([
  ...THOUGHT_NOUN,
  ...['any', 'of', 'about', 'pa', 'om', 'att', 'av', 'nagra', 'siita', 'etta'],
]);

/** "ja et", "and that", "och att": a second thing told, which a negation before it does not reach. */
const AND_BEFORE_THAT = new Set(['ja', 'and', 'och']);

/** "Kertoo ettei jaksa ja et ois helpompaa jos ei heräis": the "ettei" is of the coping only. */
function andThatBetween(from: number, to: number, tokens: readonly Token[]): boolean {
  for (let i = from + 1; i < to; i++) {
    if (AND_BEFORE_THAT.has(tokens[i]!.word) && THAT.has(tokens[i + 1]?.word ?? '')) return true;
  }
  return false;
}
