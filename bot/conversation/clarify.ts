/**
 * The one clarifying question a search may earn: for whom (the close results
 * serve different life stages), which municipality (the service is not offered
 * everywhere), or "did you mean …?" (one clear match the engine is unsure of);
 * and reading the resident's answer, tapped or typed in any language.
 */
import type { Service } from '../../knowledge/schema';
import type { SearchResponse } from '../../knowledge/search/types';
import { normalize } from './commands';
import type { Turn } from './context';
import type { Choice, ConversationData } from './types';

export interface Context {
  lifeStage?: string;
  needProfile?: string;
}

export type Question = NonNullable<ConversationData['pending']>['ask'];

/** Results scoring at least this share of the top score are "close": the top one may be the wrong one. */
const CLOSE = 0.85;
const MAX_CLOSE = 4;
/** Below this top score a not-confident search is noise, not an ambiguity worth a question. */
export const AMBIGUOUS_MIN_SCORE = 0.4;
/** A not-confident search with one clear leader this strong is worth a "did you mean" question. */
const SUGGEST_MIN_SCORE = 0.45;

/** The for-whom buttons and the life stage each stands for. */
const FOR_WHOM = [
  { key: 'actions.myself', lifeStage: 'working-age' },
  { key: 'actions.myChild', lifeStage: 'families' },
  { key: 'actions.olderRelative', lifeStage: 'older-people' },
] as const;

// Typed answers to "who is this for" that the segment detector may not know ("for me", "äidille").
const TYPED_FOR_WHOM: { pattern: RegExp; lifeStage: string }[] = [
  {
    pattern:
      /^(?:minulle|minä|itselle|itselleni|mulle|mig|för mig|mig själv|åt mig|me|myself|for me|for myself)$/,
    lifeStage: 'working-age',
  },
  {
    pattern:
      /(?:^| )(?:lapse|lapsi|lasten|poja|poika|tytä|tytt|vauva|barn|son|dotter|bebis|child|kid|daughter|baby)/,
    lifeStage: 'families',
  },
  {
    pattern:
      /(?:^| )(?:äiti|äidi|isä|isälle|vanhemm|mummo|mummu|ukki|pappa|isovanhem|iäkkää|ikäih|mor|far|mamma|farmor|mormor|farfar|morfar|äldre|mother|mum|mom|father|dad|parent|grand|older|elderly)/,
    lifeStage: 'older-people',
  },
];

const YES = /^(?:kyllä|joo|juu|jep|kyl|ja|jo|japp|yes|yeah|yep|sure)$/;
const NO = /^(?:ei|en|ei kiitos|nej|nej tack|no|nope|no thanks)$/;

/** A typed yes or no, in any of the three languages. */
export function yesOrNo(text: string): boolean | undefined {
  const words = normalize(text);
  return YES.test(words) ? true : NO.test(words) ? false : undefined;
}

/** The life stage a typed answer to "who is this for" names, if any. */
export function lifeStageFromAnswer(turn: Turn, text: string): string | undefined {
  const words = normalize(text);
  const detected = turn.deps.engine.detectSegment(text, turn.lang).lifeStage;
  return detected ?? TYPED_FOR_WHOM.find(({ pattern }) => pattern.test(words))?.lifeStage;
}

// Whole words in a question that say who it is about, when the segment detector has no signal:
// "äiti ei pärjää kotona" needs no "for whom?" question. Whole words only ("mor", not "morgon").
const RELATIVES: { words: RegExp; lifeStage: string }[] = [
  {
    words:
      /(?:^| )(?:lapseni|lapselleni|lapsella|lapsen|lapsi|poikani|tyttäreni|vauva|vauvan|barnet|mitt barn|min son|min dotter|bebis|my child|my son|my daughter|my baby|my kid)(?= |$)/,
    lifeStage: 'families',
  },
  {
    words:
      /(?:^| )(?:äiti|äitini|äidille|äidin|isä|isäni|isälle|isän|mummo|mummoni|ukki|ukkini|isoäiti|isoisä|min mamma|min pappa|min mor|min far|mormor|farmor|morfar|farfar|my mother|my mum|my mom|my father|my dad|my grandmother|my grandfather|my grandma|my grandpa)(?= |$)/,
    lifeStage: 'older-people',
  },
];

// Speaking of oneself ("olen masentunut", "jag är deprimerad", "I feel depressed") reads like the
// "for myself" button: an adult. A named relative takes precedence. English "I" only before a
// verb, since Swedish "i" means "in" ("ont i magen").
const FIRST_PERSON =
  /(?:^| )(?:minä|mä|olen|oon|minulla|mulla|minua|minun|jag|mig|me|myself|im|i(?= (?:m|am|feel|have|ve|need|can|cannot|want|think|was|get|got|don|do|keep|just)(?: |$)))(?= |$)/;

/** The life stage a question's own words point to: one named relative, else the asker. */
export function lifeStageInQuestion(text: string): string | undefined {
  const words = normalize(text);
  const found = RELATIVES.filter((r) => r.words.test(words));
  if (found.length > 0) return found.length === 1 ? found[0]?.lifeStage : undefined;
  return FIRST_PERSON.test(words) ? 'working-age' : undefined;
}

function closeServices(turn: Turn, response: SearchResponse): Service[] {
  const top = response.results[0]?.score ?? 0;
  return response.results
    .filter((r) => r.score >= top * CLOSE)
    .slice(0, MAX_CLOSE)
    .map((r) => turn.deps.kb.services.find((s) => s.id === r.id))
    .filter((s) => s !== undefined);
}

const distinct = (values: string[]) => new Set(values).size;
const key = (refs: 'all' | string[]) => (refs === 'all' ? 'all' : [...refs].sort().join(','));

/** Which single question would settle the answer, if any. */
export function clarifyingQuestion(
  turn: Turn,
  response: SearchResponse,
  context: Context,
): 'for-whom' | 'municipality' | undefined {
  const close = closeServices(turn, response);
  const [top] = close;
  if (!top) return undefined;
  if (!context.lifeStage && distinct(close.map((s) => key(s.audience.lifeStages))) > 1)
    return 'for-whom';
  if (!turn.state.municipality) {
    if (top.municipalities !== 'all') return 'municipality';
    if (distinct(close.map((s) => key(s.municipalities))) > 1) return 'municipality';
  }
  return undefined;
}

function forWhomChoices(turn: Turn): Choice[] {
  const known = new Set(turn.deps.kb.lifeStages.map((l) => l.id));
  return FOR_WHOM.filter((f) => known.has(f.lifeStage)).map((f) => ({
    label: turn.t(f.key),
    action: { type: 'for-whom', lifeStage: f.lifeStage },
  }));
}

function municipalityChoices(turn: Turn): Choice[] {
  return turn.deps.kb.municipalities.map((m) => ({
    label: m.name[turn.lang],
    action: { type: 'municipality', id: m.id },
  }));
}

/** One clear leader the engine is not confident about: worth "did you mean …?", never an assumption. */
export function isClearLeader(response: SearchResponse): boolean {
  const [top, second] = response.results;
  return !!top && top.score >= SUGGEST_MIN_SCORE && (second?.score ?? 0) < top.score * CLOSE;
}

/** Asks `question` about `query` and remembers it until the answer comes. */
export function ask(turn: Turn, question: Question, query: string, service?: Service): void {
  turn.state.pending = { ask: question, query };
  if (question === 'confirm' && service) {
    turn.state.pending.serviceId = service.id;
    turn.say(turn.t('clarify.didYouMean', { name: service.name[turn.lang] }));
    turn.choices = [
      { label: turn.t('actions.yes'), action: { type: 'confirm', yes: true } },
      { label: turn.t('actions.no'), action: { type: 'confirm', yes: false } },
    ];
  } else if (question === 'municipality') {
    turn.say(turn.t('clarify.municipality'));
    turn.choices = municipalityChoices(turn);
  } else {
    turn.say(turn.t('clarify.forWhom'));
    turn.choices = forWhomChoices(turn);
  }
}
