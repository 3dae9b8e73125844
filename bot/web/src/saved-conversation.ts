/**
 * The tab's conversation, kept in sessionStorage so a reload in the same tab
 * resumes it. Never localStorage: on a shared computer the next person must
 * not find the previous resident's conversation.
 */

/**
 * What resumes a conversation: its id and a live token. No watermark: a reload
 * reads the stream from its start, so the resident sees the conversation again.
 */
export interface SavedConversation {
  conversationId: string;
  token: string;
  /** When the token stops working (ms since epoch); refreshed well before. */
  expiresAt: number;
}

export const CONVERSATION_KEY = 'opastin.conversation';

/** The saved conversation, or undefined when there is none, it is malformed or its token has expired. */
export function loadConversation(
  now: number,
  storage: Storage | undefined = safeSessionStorage(),
): SavedConversation | undefined {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(CONVERSATION_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { conversationId, token, expiresAt } = raw as Record<string, unknown>;
    if (typeof conversationId !== 'string' || typeof token !== 'string') return undefined;
    if (typeof expiresAt !== 'number' || expiresAt <= now) return undefined;
    return { conversationId, token, expiresAt };
  } catch {
    return undefined;
  }
}

export function saveConversation(
  conversation: SavedConversation,
  storage: Storage | undefined = safeSessionStorage(),
): void {
  try {
    storage?.setItem(CONVERSATION_KEY, JSON.stringify(conversation));
  } catch {
    // Storage full or disabled: a reload then starts a new conversation, nothing worse.
  }
}

export function forgetConversation(storage: Storage | undefined = safeSessionStorage()): void {
  try {
    storage?.removeItem(CONVERSATION_KEY);
  } catch {
    // Nothing was saved then.
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // Some privacy settings throw on access.
  }
}
