/**
 * The one cleaner for links every front door shows: web addresses only when
 * they are http(s), phone numbers as clean `tel:` URIs. Anything else
 * (javascript:, data:, a number with no digits) gives no link at all.
 */
import type { PhoneLink } from './types';

/** An http(s) URL in its normalised form, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "0800 147 111" -> tel:0800147111; "+358 (0)9 123 4567" -> tel:+35891234567 (the
 * "(0)" trunk prefix is dialled only at home). Keeps the written form for display.
 */
export function phoneLink(phone: string | undefined): PhoneLink | undefined {
  const display = phone?.trim();
  if (!display) return undefined;
  const international = display.startsWith('+') || display.startsWith('00');
  const digits = display
    .replace(/\(0\)/g, international ? '' : '0')
    .replace(/[^\d]/g, '')
    .replace(/^00/, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return { display, href: `tel:${international ? '+' : ''}${digits}` };
}
