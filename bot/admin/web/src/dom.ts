/**
 * DOM and HTTP helpers of the editor. Everything from the server is shown with
 * textContent (never innerHTML), so script tags in content stay text.
 */

type Child = Node | string | null | undefined | false;
type Props = Record<
  string,
  string | number | boolean | null | undefined | ((event: Event) => void)
>;

/** The element with `id`; the editor page always has it (a missing one is a bug in index.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the editor page has no #${id}`);
  return node as T;
}

/** Creates an element: `text` sets textContent, `on…` adds listeners, other props are attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = String(value ?? '');
    else if (typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false)
      node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The error body every /admin/api route sends. */
export interface ApiError {
  error?: { message?: string };
}

let csrf = '';

/** Remembers the session's CSRF token for the writing calls. */
export function setCsrf(token: string): void {
  csrf = token;
}

/** Calls the editor API; a lost session goes back to the login page. */
export async function api<T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
): Promise<{ status: number; data: T & ApiError }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(url, init);
  if (res.status === 401) location.assign('/admin');
  const data = (await res.json().catch(() => ({}))) as T & ApiError;
  return { status: res.status, data };
}
