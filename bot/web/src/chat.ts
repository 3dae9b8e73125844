/**
 * The conversation behind the page: starts or resumes it, renders Web Chat,
 * keeps the token fresh, and recovers by itself when the server forgets the
 * conversation (a restart) or the network drops, so a resident never has to
 * reload. One recovery runs at a time.
 */
import { parseLanguage, type Language } from '../../../knowledge/language';
import {
  checkConversation,
  DIRECT_LINE_DOMAIN,
  refreshToken,
  startConversation,
  type ApiResult,
  type ConversationGrant,
} from './direct-line-api';
import {
  forgetConversation,
  loadConversation,
  saveConversation,
  type SavedConversation,
} from './saved-conversation';
import { watchPolls, type PollWatch } from './poll-watch';
import { PAGE_TEXTS, type PageTexts } from './strings';
import {
  ConnectionStatus,
  STYLE_OPTIONS,
  webChat,
  type DirectLine,
  type WebChatAction,
  type WebChatStore,
} from './webchat';

/** How often the page looks whether Web Chat is still polling, while the tab is visible. */
const WATCH_MS = 2_000;
/** Web Chat polls twice a second; this long without a poll means it has stopped. */
const STALE_MS = 6_000;
/** Waits between attempts while the server is unreachable, capped. */
const RETRY_MS = [1_000, 2_000, 4_000, 8_000];

/** The language in the bot's `opastin/language` event, if `action` delivers one. */
function chosenLanguage(action: WebChatAction): Language | undefined {
  if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY') return undefined;
  const activity = (
    action.payload as { activity?: { type?: string; name?: string; value?: unknown } }
  )?.activity;
  if (activity?.type !== 'event' || activity.name !== 'opastin/language') return undefined;
  return parseLanguage(activity.value);
}

export interface ChatOptions {
  element: HTMLElement;
  /** Shows one line of status to the resident (role=status). */
  status: (text: string) => void;
  nonce: string | undefined;
  /** The resident chose a language in the chat ("på svenska"): the page follows. */
  onLanguage?: (lang: Language) => void;
  now?: () => number;
}

export class Chat {
  #lang: Language;
  #conversation: SavedConversation | undefined;
  #directLine: DirectLine | undefined;
  #container: HTMLElement | undefined;
  #store: WebChatStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #refreshTimer: number | undefined;
  #recovering: Promise<void> | undefined;
  /** The server could not be reached since the last good check: the poller may have stopped. */
  #broken = false;
  #attempt = 0;
  readonly #now: () => number;
  readonly #polls: PollWatch;

  constructor(
    lang: Language,
    readonly options: ChatOptions,
  ) {
    this.#lang = lang;
    this.#now = options.now ?? Date.now;
    this.#polls = watchPolls(this.#now);
  }

  get #texts(): PageTexts {
    return PAGE_TEXTS[this.#lang];
  }

  /** Resumes this tab's conversation (a reload) or starts a new one. */
  async start(): Promise<void> {
    this.options.status(this.#texts.connecting);
    const saved = loadConversation(this.#now());
    if (saved) {
      this.#connect(saved);
    } else {
      await this.#startNew(undefined);
    }
    window.setInterval(() => {
      if (document.visibilityState !== 'visible' || this.#polls.sincePoll() < STALE_MS) return;
      this.#broken = true;
      void this.check();
    }, WATCH_MS);
    window.addEventListener('online', () => void this.check());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  /** Switches Web Chat and the bot to `lang` (the bot confirms in the new language). */
  setLanguage(lang: Language): void {
    this.followLanguage(lang);
    this.#store?.dispatch({
      type: 'WEB_CHAT/SEND_EVENT',
      payload: { name: 'opastin/set-language', value: lang },
    });
  }

  /** Switches Web Chat's own texts to `lang` (the bot already speaks it). */
  followLanguage(lang: Language): void {
    this.#lang = lang;
    this.#render();
  }

  /**
   * Makes sure the conversation works: asks the server, then reconnects the
   * same conversation after an outage, or starts a new one when it is gone.
   */
  check(): Promise<void> {
    this.#recovering ??= this.#recover().finally(() => {
      this.#recovering = undefined;
    });
    return this.#recovering;
  }

  async #recover(): Promise<void> {
    const current = this.#conversation;
    if (!current) return this.#startNew(undefined);
    const result = await checkConversation(current.conversationId, current.token);
    if (result.kind === 'gone') return this.#startNew(this.#texts.restarted);
    if (result.kind === 'unreachable') return this.#unreachable();
    this.#attempt = 0;
    if (!this.#broken) return;
    this.#broken = false;
    // Web Chat stops polling after a network error; a new client replays and goes on.
    this.#connect(current);
  }

  #unreachable(): void {
    this.#broken = true;
    this.options.status(this.#texts.connecting);
    const wait = RETRY_MS[Math.min(this.#attempt++, RETRY_MS.length - 1)] ?? WATCH_MS;
    window.setTimeout(() => void this.check(), wait);
  }

  async #startNew(notice: string | undefined): Promise<void> {
    forgetConversation();
    const result = await startConversation(this.#texts.webChatLocale);
    if (result.kind !== 'ok') {
      this.#conversation = undefined;
      this.options.status(this.#texts.connectFailed);
      if (result.kind === 'unreachable') this.#unreachable();
      return;
    }
    this.#broken = false;
    this.#attempt = 0;
    this.#connect(this.#saved(result.grant), notice);
  }

  #saved(grant: ConversationGrant): SavedConversation {
    return {
      conversationId: grant.conversationId,
      token: grant.token,
      expiresAt: this.#now() + grant.expiresIn * 1000,
    };
  }

  /**
   * Opens a Direct Line client for `conversation` and shows it in a fresh Web
   * Chat (Web Chat cannot swap its store in place). The client reads the
   * stream from its start, so after a reload or an outage the resident sees
   * the whole conversation again, not an empty window.
   */
  #connect(conversation: SavedConversation, notice?: string): void {
    this.#unsubscribe?.();
    this.#directLine?.end();
    this.#conversation = conversation;
    saveConversation(conversation);
    this.#directLine = webChat().createDirectLine({
      token: conversation.token,
      conversationId: conversation.conversationId,
      domain: window.location.origin + DIRECT_LINE_DOMAIN,
      webSocket: false,
      pollingInterval: 500,
    });
    this.#polls.reset();
    this.#store = this.#createStore(notice);
    this.#unsubscribe = this.#watch(this.#directLine);
    this.#container?.remove();
    this.#container = this.options.element.appendChild(document.createElement('div'));
    this.#container.className = 'webchat-root';
    this.#scheduleRefresh();
    this.#render();
  }

  #createStore(notice: string | undefined): WebChatStore {
    if (notice) this.options.status(notice);
    let keepNotice = Boolean(notice);
    return webChat().createStore({}, () => (next) => (action) => {
      // "Connecting…" goes once connected; a notice about a new conversation stays.
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !keepNotice) this.options.status('');
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') keepNotice = false;
      if (
        action.type === 'DIRECT_LINE/CONNECT_REJECTED' ||
        action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED'
      )
        void this.check();
      const lang = chosenLanguage(action);
      // After this dispatch: re-rendering Web Chat inside its own middleware is not safe.
      if (lang) window.setTimeout(() => this.options.onLanguage?.(lang));
      return next(action);
    });
  }

  /** Recovers when the client gives up on the token or the conversation. */
  #watch(directLine: DirectLine): () => void {
    const status = directLine.connectionStatus$.subscribe({
      next: (value) => {
        if (
          value === ConnectionStatus.ExpiredToken ||
          value === ConnectionStatus.FailedToConnect ||
          value === ConnectionStatus.Ended
        )
          void this.check();
      },
    });
    return () => status.unsubscribe();
  }

  /** Refreshes the token at half its lifetime, so a long conversation never meets an expired one. */
  #scheduleRefresh(): void {
    window.clearTimeout(this.#refreshTimer);
    const current = this.#conversation;
    if (!current) return;
    const wait = Math.max(1_000, (current.expiresAt - this.#now()) / 2);
    this.#refreshTimer = window.setTimeout(() => void this.#refresh(current), wait);
  }

  async #refresh(conversation: SavedConversation): Promise<void> {
    if (conversation !== this.#conversation) return;
    const result: ApiResult = await refreshToken(conversation.token);
    if (conversation !== this.#conversation) return;
    if (result.kind === 'gone') return void this.check();
    if (result.kind === 'ok') {
      Object.assign(conversation, this.#saved(result.grant));
      saveConversation(conversation);
      this.#directLine?.reconnect({
        conversationId: conversation.conversationId,
        token: conversation.token,
      });
    }
    this.#scheduleRefresh();
  }

  #render(): void {
    if (!this.#directLine || !this.#store) return;
    webChat().renderWebChat(
      {
        directLine: this.#directLine,
        store: this.#store,
        locale: this.#texts.webChatLocale,
        nonce: this.options.nonce,
        styleOptions: STYLE_OPTIONS,
      },
      this.#container ?? this.options.element,
    );
  }
}
