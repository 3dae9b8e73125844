/**
 * A tiny element builder. Every string becomes a text node (never HTML), so
 * knowledge content and client text cannot inject markup into the panel.
 */
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | undefined>;

export function h(
  doc: Document,
  tag: string,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number'
        ? parent.ownerDocument!.createTextNode(String(child))
        : child,
    );
  }
}

/** A link only for web and phone addresses; anything else (javascript:, data:) stays plain text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ['https:', 'http:', 'tel:', 'mailto:'].includes(parsed.protocol)
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` URI for a phone number as written in the knowledge base ("0800 147 111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
