/**
 * The conversation's data model: what is remembered between turns, what the
 * resident can do, and what the bot answers. Plain JSON values, nothing from
 * botbuilder, so the logic runs the same in tests, in the bot and anywhere else.
 */
import type { Language } from '../../knowledge/schema';
import type { InsightEntry } from '../insight/insight-store';

/** Remembered for one conversation. Never holds an unredacted message. */
export interface ConversationData {
  lang?: Language;
  /** The resident chose the language; Web Chat's locale no longer overrides it. */
  langChosen?: boolean;
  municipality?: string;
  /** A clarifying question is waiting for its answer; `query` is the redacted question. */
  pending?: { ask: 'for-whom' | 'municipality' | 'confirm'; query: string; serviceId?: string };
  /** The answer feedback would be about. */
  lastAnswer?: { query: string; serviceId?: string };
  warnedIdentityCode?: boolean;
  /** The bot has offered to keep a message's language (it offers once per conversation). */
  offeredLanguage?: boolean;
  welcomed?: boolean;
  /** The suggested actions last offered, so a typed or tapped label maps back to its action. */
  offered?: Choice[];
}

/** Something the resident can do by tapping a button instead of typing. */
export type Action =
  | { type: 'service'; id: string }
  | { type: 'for-whom'; lifeStage: string }
  | { type: 'municipality'; id: string }
  | { type: 'feedback'; helpful: boolean }
  | { type: 'language'; lang?: Language }
  | { type: 'help' }
  | { type: 'restart' }
  | { type: 'person' }
  | { type: 'privacy' }
  | { type: 'confirm'; yes: boolean };

export interface Choice {
  label: string;
  action: Action;
}

/** A card in neutral form: the adapter decides how it looks. All strings are plain text. */
export interface CardModel {
  kind: 'service' | 'emergency' | 'contacts';
  /** Emergency cards: 112 / crisis / poison now, or 116117 / päivystys today. */
  tier?: 'emergency' | 'urgent';
  /** Emergency cards: the situation that fired. */
  situation?: string;
  title: string;
  subtitle?: string;
  sections: { heading?: string; lines: string[] }[];
  /** Links and phone calls (tel: URLs). */
  links: { label: string; url: string }[];
  /** A complete plain-text alternative for screen readers and text-only channels. */
  speak: string;
  /**
   * One sentence shown as the message text above the card. Web Chat's live region
   * announces only "1 attachment" for a card, so this is what a screen reader hears first.
   */
  lead: string;
  serviceId?: string;
}

export type Reply = { type: 'text'; text: string } | { type: 'card'; card: CardModel };

export type TurnInput =
  | { type: 'message'; text: string; value?: unknown; locale?: string }
  | { type: 'welcome'; locale?: string }
  | { type: 'set-language'; lang: unknown; locale?: string };

export interface TurnResult {
  /** The language the replies are written in (a message may be answered in its own language). */
  lang: Language;
  replies: Reply[];
  /** Suggested actions shown with the last reply. */
  choices: Choice[];
  state: ConversationData;
  /** Already redacted; the caller stores them. */
  insights: InsightEntry[];
  /** The resident chose this language in this turn: the page switches to it too. */
  chosenLanguage?: Language;
}
