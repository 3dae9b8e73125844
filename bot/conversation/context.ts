/** What every step of a turn needs: the knowledge, the clock, the language and the state being built. */
import type { HolidayCalendar } from '../../knowledge/hours/calendar';
import { finnishHolidays } from '../../knowledge/hours/finnish-holidays';
import type { KnowledgeBase, Language } from '../../knowledge/schema';
import type { SearchEngine } from '../../knowledge/search/types';
import { translator, type Translate } from '../i18n';
import type { InsightEntry } from '../insight/insight-store';
import type { CardContext } from './cards';
import type { Choice, ConversationData, Reply, TurnResult } from './types';

export interface TurnDeps {
  kb: KnowledgeBase;
  engine: SearchEngine;
  now: Date;
  /** Finnish holidays for opening hours; date-holidays unless a test pins another calendar. */
  holidays?: HolidayCalendar;
}

const FINNISH_HOLIDAYS = finnishHolidays();

/** Mutable scratchpad for one turn; `finish` turns it into the immutable TurnResult. */
export class Turn {
  readonly replies: Reply[] = [];
  readonly insights: InsightEntry[] = [];
  choices: Choice[] = [];
  t: Translate;
  /** The question was found in another language than the conversation's: offer to switch. */
  otherLanguage?: Language;
  /** This message is answered in its own language; the resident may keep it (message-language.ts). */
  offerLanguage?: Language;
  /** The resident chose this language in this turn (the page follows it). */
  chosenLanguage?: Language;
  /** The conversation's language while this turn answers in another one. */
  #conversationLang?: Language;

  constructor(
    readonly deps: TurnDeps,
    readonly state: ConversationData & { lang: Language },
  ) {
    this.t = translator(state.lang);
  }

  get lang(): Language {
    return this.state.lang;
  }

  /** Switches the language mid-turn (after "på svenska"), so the rest of the turn speaks it. */
  setLanguage(lang: Language): void {
    this.#conversationLang = undefined;
    this.chosenLanguage = lang;
    this.state.lang = lang;
    this.state.langChosen = true;
    this.t = translator(lang);
  }

  /** Answers this turn in `lang`; the conversation keeps its own language for the next turn. */
  answerIn(lang: Language): void {
    this.#conversationLang ??= this.state.lang;
    this.state.lang = lang;
    this.t = translator(lang);
  }

  say(...texts: string[]): void {
    this.replies.push({ type: 'text', text: texts.join('\n\n') });
  }

  cardContext(lifeStage?: string): CardContext {
    const ctx: CardContext = {
      kb: this.deps.kb,
      lang: this.lang,
      t: this.t,
      now: this.deps.now,
      holidays: this.deps.holidays ?? FINNISH_HOLIDAYS,
    };
    if (this.state.municipality) ctx.municipality = this.state.municipality;
    if (lifeStage) ctx.lifeStage = lifeStage;
    return ctx;
  }

  record(kind: InsightEntry['kind'], text: string, serviceId?: string): void {
    const entry: InsightEntry = { kind, lang: this.lang, text, at: this.deps.now.toISOString() };
    if (serviceId) entry.serviceId = serviceId;
    this.insights.push(entry);
  }

  finish(): TurnResult {
    const state = { ...this.state };
    if (this.#conversationLang) state.lang = this.#conversationLang;
    if (this.choices.length > 0) state.offered = this.choices;
    else delete state.offered;
    return {
      lang: this.lang,
      replies: this.replies,
      choices: this.choices,
      state,
      insights: this.insights,
      ...(this.chosenLanguage ? { chosenLanguage: this.chosenLanguage } : {}),
    };
  }
}
