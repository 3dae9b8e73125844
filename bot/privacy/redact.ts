/**
 * Removes personal data from free text before it is stored, logged or searched:
 * Finnish personal identity codes (henkilötunnus), phone numbers and emails.
 * Pure and browser-safe. Text is normalised first (NFKC, every dash to "-"),
 * so full-width digits or a Unicode minus do not hide a code from the patterns;
 * the redacted text is returned in that normalised form.
 */

/** What replaces a removed value. Has no letters, so a search engine sees no word in it. */
export const REDACTED = '[***]';

/** Hyphens, dashes and minus signs people and keyboards produce instead of "-". */
const DASHES = /[\u2010-\u2015\u2043\u2212\u2796\uFE58\uFE63\uFF0D]/g;

/** NFKC (full-width digits and letters, ＠) and every dash as "-": what the patterns expect. */
export function normalizeForRedaction(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-');
}

// DDMMYY, a century sign (+ 1800s; - and U–Y 1900s; A–F 2000s, the 2023 additions included)
// or only a space where it was left out, a three-digit individual number and a check
// character. Spaces around the sign are tolerated ("131052 - 308T"). Case-insensitive because
// people type "010190a123c"; redaction does not require a valid checksum, since a mistyped
// code is still somebody's personal data.
const IDENTITY_CODE =
  /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})(?: ?([-+A-FU-Y]) ?| )(\d{3})([0-9A-Y])(?![0-9A-Za-z])/gi;
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

// International (+358 40 123 4567, 00358…, +358 (0)40…) or domestic starting with 0
// (040-123 4567, 09 2525 0111, 040/1234567, (09) 123 4567), 7 to 14 digits in all.
// Short service numbers (112, 116117) are not personal. A "/" or parentheses only
// around the area code, so dates such as 01/02/2025 are left alone.
const PHONE = new RegExp(
  [
    String.raw`(?:\+|00)\d{1,3}[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){5,12}`,
    String.raw`\(0\d{1,3}\)[\s-]?\d(?:[\s-]?\d){4,10}`,
    String.raw`0\d{1,3}\s?/\s?\d(?:[\s-]?\d){4,10}`,
    String.raw`0\d(?:[\s-]?\d){5,12}`,
  ]
    .map((alternative) => `(?<![\\d+])${alternative}(?!\\d)`)
    .join('|'),
  'g',
);

// user@example.fi, and the spellings people use to dodge harvesters:
// user(at)example.fi, user [at] example [dot] fi, user @ example.fi.
const AT = String.raw`(?:\s*@\s*|\s*[([{]\s*(?:at|ät|@)\s*[)\]}]\s*)`;
const DOT = String.raw`(?:\.|\s*[([{]\s*(?:dot|piste|punkt)\s*[)\]}]\s*)`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const EMAIL = new RegExp(
  // Starting only where a run of name characters starts keeps the scan linear.
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`,
  'giu',
);

/** True when `text` contains a well-formed Finnish personal identity code (date and check character valid). */
export function containsIdentityCode(text: string): boolean {
  for (const match of normalizeForRedaction(text).matchAll(IDENTITY_CODE)) {
    if (isValidIdentityCode(match)) return true;
  }
  return false;
}

/**
 * True when `text` has something the bot should warn about as an identity code: any
 * code-shaped value with a century sign (a mistyped code is still someone's personal
 * data), or one without the sign whose check character is right (so a phone number
 * such as 040123 4567 does not trigger the warning).
 */
export function looksLikeIdentityCode(text: string): boolean {
  for (const match of normalizeForRedaction(text).matchAll(IDENTITY_CODE)) {
    if (match[4] !== undefined || isValidIdentityCode(match)) return true;
  }
  return false;
}

function isValidIdentityCode(match: RegExpMatchArray): boolean {
  const [, dd = '', mm = '', yy = '', , individual = '', check = ''] = match;
  const day = Number(dd);
  const month = Number(mm);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const expected = CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  return expected === check.toUpperCase();
}

/** `text`, normalised, with identity codes, emails and phone numbers replaced by REDACTED. */
export function redact(text: string): string {
  // Identity codes first: their leading digits would otherwise look like a phone number.
  return normalizeForRedaction(text)
    .replace(IDENTITY_CODE, REDACTED)
    .replace(EMAIL, REDACTED)
    .replace(PHONE, REDACTED);
}
