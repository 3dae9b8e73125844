/**
 * The three Direct Line calls the page makes itself (Web Chat makes the rest):
 * start a conversation, check one still exists, refresh its token. Each answer
 * is sorted into what the page should do next.
 */

/** A conversation the server just opened or confirmed. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  /** Token lifetime in seconds. */
  expiresIn: number;
}

/**
 * `ok`: go on; `gone`: the server no longer knows the conversation or token
 * (a restart, expiry, revocation): start a new one; `unreachable`: network
 * down, server restarting or busy: try again shortly.
 */
export type ApiResult =
  { kind: 'ok'; grant: ConversationGrant } | { kind: 'gone' } | { kind: 'unreachable' };

export const DIRECT_LINE_DOMAIN = '/v3/directline';

type Fetch = typeof fetch;

async function call(fetcher: Fetch, url: string, init: RequestInit): Promise<ApiResult> {
  let response: Response;
  try {
    response = await fetcher(url, { ...init, cache: 'no-store' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 401 || response.status === 403 || response.status === 404)
    return { kind: 'gone' };
  if (!response.ok) return { kind: 'unreachable' };
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const { conversationId, token } = body;
    if (typeof conversationId !== 'string' || typeof token !== 'string')
      return { kind: 'unreachable' };
    const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 1800;
    return { kind: 'ok', grant: { conversationId, token, expiresIn } };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** Opens a new conversation through the page's own token endpoint. */
export function startConversation(locale: string, fetcher: Fetch = fetch): Promise<ApiResult> {
  return call(fetcher, '/api/webchat/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
}

/** Asks whether the conversation and token still work (the Direct Line reconnect call). */
export function checkConversation(
  conversationId: string,
  token: string,
  fetcher: Fetch = fetch,
): Promise<ApiResult> {
  return call(
    fetcher,
    `${DIRECT_LINE_DOMAIN}/conversations/${encodeURIComponent(conversationId)}`,
    {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
    },
  );
}

/** Trades a token for a fresh one before it expires (Direct Line 3.0 /tokens/refresh). */
export function refreshToken(token: string, fetcher: Fetch = fetch): Promise<ApiResult> {
  return call(fetcher, `${DIRECT_LINE_DOMAIN}/tokens/refresh`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
}
