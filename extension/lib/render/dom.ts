/**
 * A tiny element builder. Every string becomes a text node (never HTML), so
 * knowledge content and client text cannot inject markup into the panel.
 */
import { phoneLink, type ShownText } from '../../../knowledge/present';

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

/** `tel:` URI for a phone number as written in the knowledge base, from the core's one cleaner. */
export function telHref(phone: string): string {
  return phoneLink(phone)?.href ?? 'tel:';
}

/**
 * A text from the view model: in a span with its own `lang` when it is a
 * fallback (so screen readers pronounce it right), followed by the marker.
 */
export function shown(doc: Document, text: ShownText): Node {
  if (!text.marker) return doc.createTextNode(text.text);
  return h(
    doc,
    'span',
    { class: 'fallback' },
    h(doc, 'span', { lang: text.lang }, text.text),
    h(doc, 'span', { class: 'fallback-marker' }, ` ${text.marker}`),
  );
}
