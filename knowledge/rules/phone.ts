/**
 * Recognising phone numbers in Finnish content. Shared by the rules that keep
 * invented or local numbers out of the default content: only the national
 * numbers in emergency.yaml may appear, so every front door shows the same ones.
 */
import type { KnowledgeBase } from '../schema';

/**
 * Finnish numbers start with 0 (090 1234 567, 0800 147 111) or +358, or are
 * short national service numbers (112, 116117, 116 123). Requiring that start
 * and at least six digits keeps years, postal codes, dates and euro amounts out.
 */
const PHONE_LIKE =
  /(?<![\d.,/])(?:\+\s?\d{1,3}|\(?0)[\d\s()-]*\d(?![\d.,/]\d)|(?<!\d)(?:112|116\s?\d{3})(?![\d.,/]\d)/g;

/** Digits only, with an international Finnish prefix turned into the national 0. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+358') ? `0${digits.slice(3)}` : digits;
}

/** Phone-like numbers in a text, as written. */
export function findPhoneNumbers(text: string): string[] {
  const found: string[] = [];
  if (!/\d/.test(text)) return found;
  for (const match of text.matchAll(PHONE_LIKE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '').length;
    const short = /^(?:112|116\s?\d{3})$/.test(candidate);
    if (short || digits >= 6) found.push(candidate);
  }
  return found;
}

/** The national numbers of emergency.yaml, normalised. */
export function nationalNumbers(kb: KnowledgeBase): Set<string> {
  return new Set(kb.emergency.numbers.map((n) => normalizePhone(n.number)));
}

export function isNationalNumber(phone: string, national: ReadonlySet<string>): boolean {
  return national.has(normalizePhone(phone));
}
