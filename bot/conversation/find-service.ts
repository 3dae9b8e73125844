/**
 * Free text → a service: search, ask one clarifying question when the answer
 * depends on who it is for or where the resident lives, and say honestly when
 * nothing fits (never a random service).
 */
import type { Service } from '../../knowledge/schema';
import type { SearchOptions, SearchResponse } from '../../knowledge/search/types';
import { contactsCard, serviceCard } from './cards';
import { normalize } from './commands';
import type { Turn } from './context';
import { afterAnswerChoices, languageChoices } from './info';
import type { Choice } from './types';

/** Results scoring at least this share of the top score are "close": the top one may be the wrong one. */
const CLOSE = 0.85;
const MAX_CLOSE = 4;

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

/** Below this top score a not-confident search is noise, not an ambiguity worth a question. */
const AMBIGUOUS_MIN_SCORE = 0.4;
/** A not-confident search with one clear leader this strong is worth a "did you mean" question. */
const SUGGEST_MIN_SCORE = 0.45;

const YES = /^(?:kyllä|joo|juu|jep|kyl|ja|jo|japp|yes|yeah|yep|sure)$/;
const NO = /^(?:ei|en|ei kiitos|nej|nej tack|no|nope|no thanks)$/;

/** A typed yes or no, in any of the three languages. */
export function yesOrNo(text: string): boolean | undefined {
  const words = normalize(text);
  return YES.test(words) ? true : NO.test(words) ? false : undefined;
}

export interface Context {
  lifeStage?: string;
  needProfile?: string;
}

/** Searches in the conversation's language, then in the query's own language if that finds nothing. */
export function search(turn: Turn, query: string, context: Context = {}): SearchResponse {
  const { engine } = turn.deps;
  const options: SearchOptions = { lang: turn.lang, limit: 5 };
  if (context.lifeStage) options.lifeStage = context.lifeStage;
  if (context.needProfile) options.needProfile = context.needProfile;
  if (turn.state.municipality) options.municipality = turn.state.municipality;
  const first = engine.search(query, options);
  if (first.confident || first.emergency) return first;
  const detected = engine.detectLanguage(query);
  if (detected === turn.lang) return first;
  const second = engine.search(query, { ...options, lang: detected });
  if (!second.confident && !second.emergency) return first;
  turn.otherLanguage = detected;
  return second;
}

/** The life stage a typed answer to "who is this for" names, if any. */
export function lifeStageFromAnswer(turn: Turn, text: string): string | undefined {
  const words = normalize(text);
  const detected = turn.deps.engine.detectSegment(text, turn.lang).lifeStage;
  return detected ?? TYPED_FOR_WHOM.find(({ pattern }) => pattern.test(words))?.lifeStage;
}

function servicesOf(turn: Turn, response: SearchResponse): Service[] {
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
  const close = servicesOf(turn, response);
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

/** Shows the service card for `service` and offers feedback. */
export function showService(turn: Turn, service: Service, query: string, lifeStage?: string): void {
  turn.replies.push({ type: 'card', card: serviceCard(service, turn.cardContext(lifeStage)) });
  turn.state.lastAnswer = { query, serviceId: service.id };
  turn.choices = afterAnswerChoices(turn);
  const other = turn.otherLanguage;
  if (other && other !== turn.lang)
    turn.choices.push(
      ...languageChoices(turn).filter(
        (c) => c.action.type === 'language' && c.action.lang === other,
      ),
    );
}

/** The honest "I'm not sure": rephrasing tips, the advice line and a person to ask. Records the gap. */
export function notSure(turn: Turn, query: string): void {
  turn.say(turn.t('notSure.text'), turn.t('notSure.tips'), turn.t('notSure.contact'));
  turn.replies.push({ type: 'card', card: contactsCard(turn.cardContext()) });
  turn.record('unanswered', query);
  turn.state.lastAnswer = { query };
  turn.choices = [...afterAnswerChoices(turn).slice(0, 2), ...languageChoices(turn)];
}

/**
 * Answers `response` for `query`: a card, one clarifying question (only when
 * `mayAsk`, so a question is never followed by another), or "not sure".
 */
export function answer(
  turn: Turn,
  query: string,
  response: SearchResponse,
  context: Context,
  mayAsk: boolean,
): void {
  const top = response.results[0];
  const service = top && turn.deps.kb.services.find((s) => s.id === top.id);
  // Not confident but torn between services for different people ("psykologi": adult or child
  // services): worth one question; the answer is re-ranked and must then be confident.
  const torn = !response.confident && (top?.score ?? 0) >= AMBIGUOUS_MIN_SCORE;
  if (!service || (!response.confident && !torn)) {
    notSure(turn, query);
    return;
  }
  const ask = mayAsk ? clarifyingQuestion(turn, response, context) : undefined;
  if (!response.confident && ask !== 'for-whom') {
    const second = response.results[1]?.score ?? 0;
    // One clear but uncertain match ("my id is … and I have a toothache"): ask, never assume.
    if (mayAsk && top.score >= SUGGEST_MIN_SCORE && second < top.score * CLOSE) {
      turn.state.pending = { ask: 'confirm', query, serviceId: service.id };
      turn.say(turn.t('clarify.didYouMean', { name: service.name[turn.lang] }));
      turn.choices = [
        { label: turn.t('actions.yes'), action: { type: 'confirm', yes: true } },
        { label: turn.t('actions.no'), action: { type: 'confirm', yes: false } },
      ];
      return;
    }
    notSure(turn, query);
    return;
  }
  if (ask === 'for-whom') {
    turn.state.pending = { ask, query };
    turn.say(turn.t('clarify.forWhom'));
    turn.choices = forWhomChoices(turn);
    return;
  }
  if (ask === 'municipality') {
    turn.state.pending = { ask, query };
    turn.say(turn.t('clarify.municipality'));
    turn.choices = municipalityChoices(turn);
    return;
  }
  showService(turn, service, query, context.lifeStage);
}

/** Re-runs the question that was waiting for a clarification, now with the answer as context. */
export function answerPending(turn: Turn, context: Context): void {
  const pending = turn.state.pending;
  delete turn.state.pending;
  if (!pending) return;
  answer(turn, pending.query, search(turn, pending.query, context), context, false);
}

/** The answer to "did you mean …?": yes shows the service, no is an honest "not sure" (and a gap). */
export function confirm(turn: Turn, yes: boolean): void {
  const pending = turn.state.pending;
  delete turn.state.pending;
  const service =
    pending?.ask === 'confirm' && turn.deps.kb.services.find((s) => s.id === pending.serviceId);
  if (!pending || !service) {
    turn.say(turn.t('feedback.nothing'));
    return;
  }
  if (yes) showService(turn, service, pending.query);
  else notSure(turn, pending.query);
}
