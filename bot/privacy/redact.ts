/**
 * Removes personal data from free text before it is stored, logged or searched:
 * Finnish personal identity codes (henkilötunnus), phone numbers and emails.
 * Pure and browser-safe.
 */

/** What replaces a removed value. Has no letters, so a search engine sees no word in it. */
export const REDACTED = '[***]';

// DDMMYY, a century sign (+ 1800s; - and U–Y 1900s; A–F 2000s, the 2023 additions included),
// a three-digit individual number and a check character. Case-insensitive because people type
// "010190a123c"; redaction does not require a valid checksum, since a mistyped code is still
// somebody's personal data.
const IDENTITY_CODE =
  /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// International (+358 40 123 4567, 00358…) or domestic starting with 0 (040-123 4567,
// 09 2525 0111), 7 to 14 digits in all. Short service numbers (112, 116117) are not personal.
const PHONE =
  /(?<![\d+])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){5,12}|0\d(?:[\s-]?\d){5,12})(?!\d)/g;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** True when `text` contains a well-formed Finnish personal identity code (date and check character valid). */
export function containsIdentityCode(text: string): boolean {
  for (const match of text.matchAll(IDENTITY_CODE)) {
    if (isValidIdentityCode(match)) return true;
  }
  return false;
}

/**
 * True when `text` has anything shaped like an identity code, valid or not: what `redact`
 * removes. The bot warns on this, since a mistyped code is still someone's personal data.
 */
export function looksLikeIdentityCode(text: string): boolean {
  // search() ignores the global flag's lastIndex, so the shared regex stays stateless here.
  return text.search(IDENTITY_CODE) !== -1;
}

function isValidIdentityCode(match: RegExpMatchArray): boolean {
  const [, dd = '', mm = '', yy = '', , individual = '', check = ''] = match;
  const day = Number(dd);
  const month = Number(mm);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const expected = CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  return expected === check.toUpperCase();
}

/** `text` with identity codes, phone numbers and emails replaced by REDACTED. */
export function redact(text: string): string {
  // Identity codes first: their leading digits would otherwise look like a phone number.
  return text.replace(IDENTITY_CODE, REDACTED).replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}
