/**
 * The real adapter stack for conversation tests: botbuilder's TestAdapter,
 * OpastinBot, ConversationState over MemoryStorage and an in-memory insight
 * store. `say` sends one activity and returns everything the bot sent back,
 * flattened to the text a resident would see or hear.
 */
import {
  ConversationState,
  MemoryStorage,
  TestAdapter,
  type Activity,
  type Attachment,
} from 'botbuilder';
import { LiveKnowledge } from '../../knowledge/live';
import type { KnowledgeBase, Language } from '../../knowledge/schema';
import type { SearchEngine } from '../../knowledge/search/types';
import { OpastinBot } from '../../bot/adapter/opastin-bot';
import { MemoryInsightStore } from '../../bot/insight/insight-store';

export const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-US' };

export interface BotReply {
  activity: Partial<Activity>;
  /** Message text and every card text, markdown escapes removed. */
  text: string;
  /** Card titles (first TextBlock of each Adaptive Card). */
  cardTitles: string[];
  /** Suggested action labels. */
  suggestions: string[];
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

function cardTexts(node: unknown, out: string[]): void {
  if (Array.isArray(node)) for (const item of node) cardTexts(item, out);
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock' && typeof record.text === 'string')
      out.push(unescape(record.text));
    if (
      (record.type === 'Action.OpenUrl' || record.type === 'Action.Submit') &&
      typeof record.title === 'string'
    ) {
      out.push(record.title);
    }
    for (const key of ['body', 'items', 'actions', 'columns']) cardTexts(record[key], out);
  }
}

export function flatten(activity: Partial<Activity>): BotReply {
  const texts: string[] = [];
  const cardTitles: string[] = [];
  if (activity.text) texts.push(unescape(activity.text));
  for (const attachment of (activity.attachments ?? []) as Attachment[]) {
    const out: string[] = [];
    cardTexts(attachment.content, out);
    if (out[0]) cardTitles.push(out[0]);
    texts.push(...out);
  }
  return {
    activity,
    text: texts.join('\n'),
    cardTitles,
    suggestions: (activity.suggestedActions?.actions ?? []).map((a) => a.title ?? ''),
  };
}

export interface Harness {
  adapter: TestAdapter;
  bot: OpastinBot;
  /** Swap it to simulate a publish. */
  knowledge: LiveKnowledge;
  insight: MemoryInsightStore;
  logs: string[];
  /** Sends a message (or any activity) and returns the bot's replies. */
  say(input: string | Partial<Activity>, lang?: Language): Promise<BotReply[]>;
  /** The conversationUpdate Web Chat sends when the resident joins. */
  join(lang?: Language): Promise<BotReply[]>;
  setLanguage(value: unknown): Promise<BotReply[]>;
}

export function botHarness({
  kb,
  engine,
  now = () => new Date('2026-11-24T08:00:00Z'), // Tuesday 10:00 in Helsinki: office hours.
  lang = 'fi',
}: {
  kb: KnowledgeBase;
  engine: SearchEngine;
  now?: () => Date;
  lang?: Language;
}): Harness {
  const insight = new MemoryInsightStore();
  const logs: string[] = [];
  const knowledge = new LiveKnowledge({ kb, engine });
  const bot = new OpastinBot({
    knowledge,
    conversationState: new ConversationState(new MemoryStorage()),
    insight,
    now,
    log: (message) => logs.push(message),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  const drain = () => {
    const replies: BotReply[] = [];
    while (adapter.activeQueue.length > 0) replies.push(flatten(adapter.getNextReply()));
    return replies;
  };
  const send = async (activity: Partial<Activity>) => {
    await adapter.receiveActivity(activity);
    return drain();
  };
  return {
    adapter,
    bot,
    knowledge,
    insight,
    logs,
    say: (input, l = lang) =>
      send(typeof input === 'string' ? { type: 'message', text: input, locale: LOCALE[l] } : input),
    join: (l = lang) =>
      send({
        type: 'conversationUpdate',
        locale: LOCALE[l],
        membersAdded: [
          { id: 'bot', name: 'Opastin' },
          { id: 'user', name: 'User' },
        ],
      }),
    setLanguage: (value) => send({ type: 'event', name: 'opastin/set-language', value }),
  };
}
