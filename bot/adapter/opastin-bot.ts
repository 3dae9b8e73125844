/**
 * The thin Bot Framework adapter: reads the activity, runs one conversation
 * turn (bot/conversation, which knows nothing of botbuilder), sends the
 * replies, records insights and saves the conversation state.
 *
 * Activities it understands:
 * - message: `text`, or `value: { opastin: Action }` from a card button / postBack;
 * - conversationUpdate whose membersAdded includes someone other than the bot: the welcome;
 * - event `opastin/set-language` with `value` 'fi' | 'sv' | 'en'.
 *
 * It sends, besides messages, the event `opastin/language` with the language the
 * resident chose in the chat ("på svenska", a language button), so the page follows.
 */
import {
  ActivityHandler,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { KnowledgeSource } from '../../knowledge/live';
import { handleTurn } from '../conversation/turn';
import type { ConversationData, TurnInput } from '../conversation/types';
import type { InsightStore } from '../insight/insight-store';
import {
  ADDRESS_HASH_KEY,
  createInsightQuota,
  type InsightQuota,
  type InsightSource,
} from '../insight/insight-quota';
import { redact } from '../privacy/redact';
import { handleTurnError, type Log } from './on-turn-error';
import { toActivities } from './render';

export const SET_LANGUAGE_EVENT = 'opastin/set-language';
/** Sent to the client when the resident chose a language in the chat. */
export const LANGUAGE_EVENT = 'opastin/language';
const STATE_PROPERTY = 'opastin';

export interface OpastinBotOptions {
  knowledge: KnowledgeSource;
  conversationState: ConversationState;
  insight: InsightStore;
  /** Caps records per conversation and per client address (default: in-process counters). */
  insightQuota?: InsightQuota;
  now?: () => Date;
  log?: Log;
}

export class OpastinBot extends ActivityHandler {
  readonly #knowledge: KnowledgeSource;
  readonly #conversationState: ConversationState;
  readonly #data: StatePropertyAccessor<ConversationData>;
  readonly #insight: InsightStore;
  readonly #quota: InsightQuota;
  readonly #now: () => Date;
  readonly #log: Log;

  constructor({
    knowledge,
    conversationState,
    insight,
    insightQuota = createInsightQuota(),
    now = () => new Date(),
    log = console.error,
  }: OpastinBotOptions) {
    super();
    this.#knowledge = knowledge;
    this.#conversationState = conversationState;
    this.#data = conversationState.createProperty<ConversationData>(STATE_PROPERTY);
    this.#insight = insight;
    this.#quota = insightQuota;
    this.#now = now;
    this.#log = log;

    this.onMessage(async (context, next) => {
      const { text, value, locale } = context.activity;
      await this.#turn(context, { type: 'message', text: text ?? '', value, locale });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const someoneElse = (context.activity.membersAdded ?? []).some((m) => m.id !== botId);
      if (someoneElse)
        await this.#turn(context, { type: 'welcome', locale: context.activity.locale });
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === SET_LANGUAGE_EVENT) {
        await this.#turn(context, {
          type: 'set-language',
          lang: context.activity.value,
          locale: context.activity.locale,
        });
      }
      await next();
    });
  }

  /** Runs the turn; any error is handled here, so one bad turn never reaches the server. */
  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
      await this.#conversationState.saveChanges(context, false);
    } catch (error) {
      await handleTurnError(context, error, this.#log);
    }
  }

  async #turn(context: TurnContext, input: TurnInput): Promise<void> {
    const { kb, engine } = this.#knowledge.current();
    const previous = await this.#data.get(context, {});
    const result = handleTurn(input, previous, { kb, engine, now: this.#now() });
    await this.#data.set(context, result.state);
    for (const entry of result.insights) {
      try {
        // Over the cap the question is still answered; it is only not recorded again.
        if (!(await this.#quota.take(insightSource(context)))) continue;
        await this.#insight.record(entry);
      } catch (error) {
        this.#log(`[insight] could not record: ${redact(String(error)).slice(0, 200)}`);
      }
    }
    const lang = result.lang;
    const activities = toActivities(result.replies, result.choices, lang);
    if (result.chosenLanguage)
      activities.push({ type: 'event', name: LANGUAGE_EVENT, value: result.chosenLanguage });
    if (activities.length > 0) await context.sendActivities(activities);
  }
}

/** The conversation and the hashed client address the Direct Line put on the activity, if any. */
function insightSource(context: TurnContext): InsightSource {
  const channelData = context.activity.channelData as Record<string, unknown> | undefined;
  const addressHash = channelData?.[ADDRESS_HASH_KEY];
  return {
    conversationId: context.activity.conversation?.id,
    addressHash: typeof addressHash === 'string' ? addressHash : undefined,
  };
}
