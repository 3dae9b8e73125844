/**
 * The knowledge server a counsellor may configure. The CSP allows exactly one
 * origin (fixed at build time), so a URL elsewhere is refused here with a clear
 * message instead of failing later as an opaque network error.
 */
export type ServerUrlCheck =
  { ok: true; url: string | undefined } | { ok: false; reason: 'invalid' | 'wrongOrigin' };

export function checkServerUrl(input: string, allowedOrigin: string): ServerUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, url: undefined };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'invalid' };
  if (url.origin !== allowedOrigin) return { ok: false, reason: 'wrongOrigin' };
  // Keep the path (a server may live under /opastin/) but drop query and hash.
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { ok: true, url: `${url.origin}${path}` };
}

/** The snapshot endpoint under a configured base URL. */
export function knowledgeEndpoint(serverUrl: string): string {
  return new URL('api/knowledge', serverUrl.endsWith('/') ? serverUrl : `${serverUrl}/`).href;
}
