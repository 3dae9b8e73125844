/**
 * One turn of the conversation: state and input in, replies and new state out.
 * Order matters and is the product's promise: an emergency or urgent match
 * first (a named situation ends the turn; the learned signal's general card is
 * followed by the answer), then the identity-code warning, then commands, clarification answers
 * and search (with the safety-net line above the answer when acute words fired
 * no situation).
 */
import { looksLikeIdentityCode, redact, REDACTED } from '../privacy/redact';
import { emergencyCard, safetyNetLine } from './cards';
import { normalize, recognizeCommand } from './commands';
import { Turn, type TurnDeps } from './context';
import { lifeStageFromAnswer, lifeStageInQuestion, yesOrNo } from './clarify';
import { answer, answerPending, confirm, search, showService } from './find-service';
import { changeLanguage, help, privacy, startOver, talkToPerson, welcome } from './info';
import { parseLanguage, resolveLanguage } from './language';
import { followMessageLanguage, offerToKeepLanguage } from './message-language';
import { findMunicipality } from './municipality';
import type { Action, ConversationData, TurnInput, TurnResult } from './types';

export type { TurnDeps } from './context';

/** Longer messages are cut: nobody describes a need in more, and it bounds search cost. */
const MAX_QUERY = 500;

/**
 * Runs one turn. Pure apart from reading `deps`: the caller stores `state`, records
 * `insights` and sends `replies` (bot/adapter does this for Bot Framework).
 */
export function handleTurn(
  input: TurnInput,
  previous: ConversationData,
  deps: TurnDeps,
): TurnResult {
  const state = { ...previous, lang: pickLanguage(previous, input.locale) };
  const turn = new Turn(deps, state);
  if (input.type === 'welcome') {
    if (!state.welcomed) {
      state.welcomed = true;
      welcome(turn);
    }
  } else if (input.type === 'set-language') {
    const lang = parseLanguage(input.lang);
    // Silent before the welcome (the page sets the language as it opens) and when nothing changes.
    if (lang && lang !== previous.lang && previous.welcomed) changeLanguage(turn, lang);
    else if (lang) turn.setLanguage(lang);
  } else {
    onMessage(turn, input.text, input.value);
    offerToKeepLanguage(turn);
  }
  return turn.finish();
}

/** The resident's explicit choice sticks; until then Web Chat's locale decides. */
function pickLanguage(state: ConversationData, locale: string | undefined) {
  if (state.langChosen && state.lang) return state.lang;
  return parseLanguage(locale) ?? resolveLanguage(state.lang, undefined);
}

function onMessage(turn: Turn, rawText: string, value: unknown): void {
  const { state } = turn;
  const raw = (rawText ?? '').slice(0, MAX_QUERY * 4);
  // The only copy of the message the bot keeps or searches: personal data removed.
  const clean = redact(raw).slice(0, MAX_QUERY).trim();
  const query = clean.split(REDACTED).join(' ').replace(/\s+/g, ' ').trim();
  const tapped = actionFromValue(value) ?? offeredAction(state.offered, query);
  if (!tapped && !recognizeCommand(query)) followMessageLanguage(turn, query);

  const mention = tapped ? undefined : findMunicipality(turn.deps.kb, query);
  const municipality = mention?.municipality;
  if (municipality) state.municipality = municipality.id;
  // "asun Lohjalla" is about where, not what: the name must not make the search find Lohja hospital.
  const question = mention ? mention.rest : query;

  // Every typed message is checked for an emergency first, also in the middle of a clarification.
  const response = query && !tapped ? search(turn, query) : undefined;
  if (response?.emergency) {
    const { tier, learned } = response.emergency;
    turn.replies.push({
      type: 'card',
      card: emergencyCard(response.emergency, turn.cardContext()),
    });
    // A named situation ends the turn. The learned signal's general card cannot name the
    // condition and is less sure: it still comes first, and the answer to the message follows.
    if (!learned) {
      warnIdentityCode(turn, raw);
      turn.say(turn.t(tier === 'urgent' ? 'emergency.afterUrgent' : 'emergency.after'));
      delete state.pending;
      turn.choices = [{ label: turn.t('actions.person'), action: { type: 'person' } }];
      return;
    }
  }
  warnIdentityCode(turn, raw);

  const action = tapped ?? recognizeCommand(query);
  if (action) {
    perform(turn, action);
    return;
  }
  if (!query) {
    // An attachment or an empty message: say what the bot can do (unless it just warned).
    if (turn.replies.length === 0) help(turn);
    return;
  }

  if (state.pending) {
    const pending = state.pending;
    if (pending.ask === 'municipality' && municipality) return answerPending(turn, {});
    const lifeStage = pending.ask === 'for-whom' ? lifeStageFromAnswer(turn, query) : undefined;
    if (lifeStage) return answerPending(turn, { lifeStage });
    const yes = pending.ask === 'confirm' ? yesOrNo(query) : undefined;
    if (yes !== undefined) return confirm(turn, yes);
    delete state.pending; // Not an answer: a new question.
  }

  const guess = turn.deps.engine.detectSegment(question, turn.lang);
  const lifeStage = guess.lifeStage ?? lifeStageInQuestion(question);
  const context = { lifeStage, needProfile: guess.needProfile };
  const needsOwnSearch = mention !== undefined || context.lifeStage || context.needProfile;
  let found = !question ? undefined : needsOwnSearch ? search(turn, question, context) : response;
  // A guessed life stage can flatten a clear answer ("my baby has a fever": the helpline); keep
  // the plain search then. (With a municipality named, the plain search saw the name: not usable.)
  if (found && !found.confident && !mention && response?.confident) found = response;
  // Acute words but no situation: a one-line reminder first, never instead of the answer.
  const notice = response?.safetyNet ?? found?.safetyNet;
  if (notice) turn.say(safetyNetLine(notice, turn.cardContext()));
  if (municipality) {
    turn.say(turn.t('municipality.noted', { name: municipality.name[turn.lang] }));
    // "asun Lohjalla" on its own: remembered and said; no "not sure" for a question never asked.
    if (!found?.confident) return;
  }
  if (found) answer(turn, clean, found, context, true);
}

/** Warns once per conversation; the code itself is never repeated. */
function warnIdentityCode(turn: Turn, raw: string): void {
  if (turn.state.warnedIdentityCode || !looksLikeIdentityCode(raw)) return;
  turn.state.warnedIdentityCode = true;
  turn.say(turn.t('identity.warning'));
}

function perform(turn: Turn, action: Action): void {
  const { state, deps } = turn;
  switch (action.type) {
    case 'service': {
      const service = deps.kb.services.find((s) => s.id === action.id);
      if (service) showService(turn, service, service.name[turn.lang]);
      else help(turn);
      return;
    }
    case 'for-whom':
      if (state.pending) answerPending(turn, { lifeStage: action.lifeStage });
      else help(turn);
      return;
    case 'municipality': {
      const municipality = deps.kb.municipalities.find((m) => m.id === action.id);
      if (!municipality) return help(turn);
      state.municipality = municipality.id;
      if (state.pending) return answerPending(turn, {});
      turn.say(turn.t('municipality.noted', { name: municipality.name[turn.lang] }));
      return;
    }
    case 'feedback':
      return feedback(turn, action.helpful);
    case 'language':
      return changeLanguage(turn, action.lang);
    case 'help':
      return help(turn);
    case 'restart':
      return startOver(turn);
    case 'person':
      return talkToPerson(turn);
    case 'confirm':
      return confirm(turn, action.yes);
    case 'privacy':
      return privacy(turn);
  }
}

/** Records helpful / not helpful about the last answer, once. */
function feedback(turn: Turn, helpful: boolean): void {
  const last = turn.state.lastAnswer;
  if (!last) {
    turn.say(turn.t('feedback.nothing'));
    return;
  }
  delete turn.state.lastAnswer;
  turn.record(helpful ? 'helpful' : 'not-helpful', last.query, last.serviceId);
  if (helpful) {
    turn.say(turn.t('feedback.thanks'));
    return;
  }
  turn.say(turn.t('feedback.sorry'));
  turn.choices = [
    { label: turn.t('actions.person'), action: { type: 'person' } },
    { label: turn.t('actions.help'), action: { type: 'help' } },
  ];
}

const ACTION_TYPES = new Set<Action['type']>([
  'confirm',
  'service',
  'for-whom',
  'municipality',
  'feedback',
  'language',
  'help',
  'restart',
  'person',
  'privacy',
]);

/** A card button's or postBack's value: `{ opastin: Action }`. Anything else is ignored. */
export function actionFromValue(value: unknown): Action | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const action = (value as { opastin?: unknown }).opastin;
  if (typeof action !== 'object' || action === null) return undefined;
  const type = (action as { type?: unknown }).type;
  if (typeof type !== 'string' || !ACTION_TYPES.has(type as Action['type'])) return undefined;
  return sanitizeAction(action as Record<string, unknown>);
}

// Values come from the client: keep only the known fields, with the right types.
function sanitizeAction(a: Record<string, unknown>): Action | undefined {
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 100 ? v : undefined);
  switch (a.type) {
    case 'service':
      return str(a.id) ? { type: 'service', id: str(a.id)! } : undefined;
    case 'for-whom':
      return str(a.lifeStage) ? { type: 'for-whom', lifeStage: str(a.lifeStage)! } : undefined;
    case 'municipality':
      return str(a.id) ? { type: 'municipality', id: str(a.id)! } : undefined;
    case 'feedback':
      return typeof a.helpful === 'boolean' ? { type: 'feedback', helpful: a.helpful } : undefined;
    case 'language': {
      const lang = parseLanguage(a.lang);
      return lang ? { type: 'language', lang } : { type: 'language' };
    }
    case 'confirm':
      return typeof a.yes === 'boolean' ? { type: 'confirm', yes: a.yes } : undefined;
    default:
      return { type: a.type as 'help' | 'restart' | 'person' | 'privacy' };
  }
}

/** A suggested action the resident tapped (Web Chat sends its label as text) or typed. */
function offeredAction(offered: ConversationData['offered'], text: string): Action | undefined {
  const wanted = normalize(text);
  if (!wanted) return undefined;
  return offered?.find((choice) => normalize(choice.label) === wanted)?.action;
}
