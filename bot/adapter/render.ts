/**
 * Turns the conversation's neutral replies into Bot Framework activities:
 * escaped markdown text, Adaptive Cards with a spoken/plain-text alternative,
 * and suggested actions (imBack, so the tapped label shows as the resident's
 * own message and works in every channel).
 */
import {
  ActionTypes,
  ActivityTypes,
  CardFactory,
  type Activity,
  type Attachment,
} from 'botbuilder';
import type { Language } from '../../knowledge/schema';
import type { CardModel, Choice, Reply } from '../conversation/types';
import { escapeMarkdown } from './markdown';

export const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-US' };

// 1.5 for TextBlock style "heading", which screen readers announce as a heading (Web Chat 4.18 renders 1.6).
const ADAPTIVE_CARD_VERSION = '1.5';

type TextBlock = Record<string, unknown>;

function textBlock(text: string, extra: TextBlock = {}): TextBlock {
  return { type: 'TextBlock', text: escapeMarkdown(text), wrap: true, ...extra };
}

/** An Adaptive Card for a CardModel; emergency cards are styled as attention, urgent ones as warning. */
export function adaptiveCard(card: CardModel, lang: Language): Attachment {
  const body: TextBlock[] = [
    textBlock(card.title, { size: 'Large', weight: 'Bolder', style: 'heading' }),
  ];
  if (card.subtitle)
    body.push(textBlock(card.subtitle, card.kind === 'emergency' ? { weight: 'Bolder' } : {}));
  for (const section of card.sections) {
    const items: TextBlock[] = [];
    if (section.heading)
      items.push(textBlock(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
    for (const line of section.lines) items.push(textBlock(line, { spacing: 'Small' }));
    body.push({ type: 'Container', items });
  }
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    lang,
    speak: card.speak,
    fallbackText: card.speak,
    body:
      card.kind === 'emergency'
        ? [
            {
              type: 'Container',
              style: card.tier === 'urgent' ? 'warning' : 'attention',
              items: body,
            },
          ]
        : body,
    actions: card.links.map((link) => ({
      type: 'Action.OpenUrl',
      title: link.label,
      url: link.url,
    })),
  });
}

/** imBack buttons: the label is sent back as the resident's own message (see ConversationData.offered). */
export function suggestedActions(choices: Choice[]): Activity['suggestedActions'] {
  return {
    to: [],
    actions: choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
  };
}

/** One activity per reply; the choices go on the last one. */
export function toActivities(
  replies: Reply[],
  choices: Choice[],
  lang: Language,
): Partial<Activity>[] {
  const activities: Partial<Activity>[] = replies.map((reply) =>
    reply.type === 'text'
      ? {
          type: ActivityTypes.Message,
          locale: LOCALES[lang],
          textFormat: 'markdown',
          text: escapeMarkdown(reply.text),
          speak: reply.text,
        }
      : {
          type: ActivityTypes.Message,
          locale: LOCALES[lang],
          textFormat: 'markdown',
          text: escapeMarkdown(reply.card.lead),
          speak: reply.card.speak,
          attachments: [adaptiveCard(reply.card, lang)],
        },
  );
  const last = activities.at(-1);
  if (last && choices.length > 0) last.suggestedActions = suggestedActions(choices);
  return activities;
}
