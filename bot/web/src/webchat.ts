/**
 * The slice of the official Web Chat bundle (`/static/webchat.js`, global
 * `WebChat`) the page uses, typed. Web Chat is loaded as its own script rather
 * than bundled: it is large, prebuilt, and cached separately from our code.
 */

/** Direct Line connection states (botframework-directlinejs `ConnectionStatus`). */
export const ConnectionStatus = {
  Uninitialized: 0,
  Connecting: 1,
  Online: 2,
  ExpiredToken: 3,
  FailedToConnect: 4,
  Ended: 5,
} as const;

interface Subscription {
  unsubscribe(): void;
}

interface Observable<T> {
  subscribe(observer: {
    next?: (value: T) => void;
    error?: (error: unknown) => void;
    complete?: () => void;
  }): Subscription;
}

/** A Direct Line client as created by `WebChat.createDirectLine`. */
export interface DirectLine {
  connectionStatus$: Observable<number>;
  /** Swaps in a refreshed token (keeps the connection). */
  reconnect(conversation: { conversationId: string; token: string }): void;
  end(): void;
}

export interface DirectLineOptions {
  token: string;
  domain: string;
  conversationId?: string;
  webSocket: boolean;
  pollingInterval: number;
}

export interface WebChatAction {
  type: string;
  payload?: unknown;
}

export interface WebChatStore {
  dispatch(action: WebChatAction): void;
}

type Middleware = () => (
  next: (action: WebChatAction) => unknown,
) => (action: WebChatAction) => unknown;

interface WebChatGlobal {
  createDirectLine(options: DirectLineOptions): DirectLine;
  createStore(initialState: object, middleware: Middleware): WebChatStore;
  renderWebChat(
    props: {
      directLine: DirectLine;
      store: WebChatStore;
      locale: string;
      nonce?: string;
      styleOptions: object;
    },
    element: HTMLElement,
  ): void;
}

/** The Web Chat global, loaded before this script (both `defer`, in document order). */
export function webChat(): WebChatGlobal {
  const global = (window as unknown as { WebChat?: WebChatGlobal }).WebChat;
  if (!global) throw new Error('Web Chat did not load');
  return global;
}

/** Colours keep at least 4.5:1 contrast against their backgrounds (WCAG AA). */
export const STYLE_OPTIONS = {
  accent: '#00557f',
  primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  backgroundColor: '#ffffff',
  bubbleBackground: '#eef3f6',
  bubbleBorderColor: '#c3d2dc',
  bubbleBorderWidth: 1,
  bubbleBorderRadius: 8,
  bubbleFromUserBackground: '#00557f',
  bubbleFromUserTextColor: '#ffffff',
  bubbleFromUserBorderRadius: 8,
  bubbleMaxWidth: 600,
  subtle: '#4a5862',
  timestampColor: '#4a5862',
  suggestedActionLayout: 'flow',
  suggestedActionBackgroundColor: '#ffffff',
  suggestedActionBorderColor: '#00557f',
  suggestedActionTextColor: '#00557f',
  suggestedActionBorderRadius: 6,
  sendBoxButtonColor: '#00557f',
  sendBoxButtonColorOnHover: '#003a57',
  sendBoxBorderTop: '1px solid #8a9aa5',
  hideUploadButton: true,
  rootHeight: '100%',
};
