/**
 * Free text → a service: search, ask at most one clarifying question
 * (clarify.ts), and say honestly when nothing fits (never a random service).
 */
import type { Service } from '../../knowledge/schema';
import type { SearchOptions, SearchResponse } from '../../knowledge/search/types';
import { contactsCard, serviceCard } from './cards';
import {
  AMBIGUOUS_MIN_SCORE,
  ask,
  clarifyingQuestion,
  isClearLeader,
  type Context,
} from './clarify';
import type { Turn } from './context';
import { afterAnswerChoices, languageChoices } from './info';

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
  if (!top || !service) return notSure(turn, query);
  const question = mayAsk ? clarifyingQuestion(turn, response, context) : undefined;
  if (!response.confident) {
    // Torn between services for different people ("psykologi": adult or child services): one
    // question; the re-ranked answer must then be confident.
    if (question === 'for-whom' && top.score >= AMBIGUOUS_MIN_SCORE)
      return ask(turn, question, query);
    if (mayAsk && isClearLeader(response)) return ask(turn, 'confirm', query, service);
    return notSure(turn, query);
  }
  if (question) return ask(turn, question, query);
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
