import { describe, expect, it } from 'vitest';
import {
  containsIdentityCode,
  looksLikeIdentityCode,
  redact,
  REDACTED,
} from '../../../bot/privacy/redact';
import { redactForLog } from '../../../bot/privacy/for-log';

// Valid codes computed with the official check character table; one per century-sign family.
const VALID_CODES = [
  '131052-308T', // the classic example, 1900s with "-"
  '131052Y308T', // the same person written with a 2023 1900s sign
  '131052X308T',
  '131052W308T',
  '131052V308T',
  '131052U308T',
  '010594Y9032',
  '010594Y9021',
  '020502A901W',
  '020502B901W',
  '020502C901W',
  '020502D901W',
  '020502E901W',
  '020502F901W',
  '010187+123V',
];

const FULL_WIDTH = (s: string) =>
  s.replace(/[0-9A-Z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

/** How residents actually type a code: every row must be redacted and warned about. */
const CODE_SPELLINGS: [string, string][] = [
  ['a space instead of the sign', '131052 308T'],
  ['spaces around the sign', '131052 - 308T'],
  ['a Unicode minus (U+2212)', '131052\u2212308T'],
  ['an en dash', '131052\u2013308T'],
  ['an em dash', '131052\u2014308T'],
  ['a non-breaking hyphen', '131052\u2011308T'],
  ['a full-width hyphen', '131052\uFF0D308T'],
  ['full-width digits and letters', FULL_WIDTH('131052-308T')],
  ['full-width digits, ASCII sign', `${FULL_WIDTH('131052')}A${FULL_WIDTH('308')}T`],
  ['lower-case sign and check', '020502b901w'],
  ['a mistyped check character', '131052-308U'],
  ['the 1800s sign', '010187+123V'],
];

const PHONES: string[] = [
  '040 123 4567',
  '040-1234567',
  '0401234567',
  '040/1234567',
  '040 / 123 4567',
  '(09) 123 4567',
  '(040) 123 4567',
  '+358 40 123 4567',
  '+358401234567',
  '+358 (0)40 123 4567',
  '+358-40-1234567',
  '00358 9 2525 0111',
  '09 2525 0111',
  '040\u2013123 4567', // en dash
  FULL_WIDTH('0401234567'),
];

const EMAILS: string[] = [
  'matti.meikäläinen@example.fi',
  'x(at)example.fi',
  'x (at) example.fi',
  'x [at] example [dot] fi',
  'x[at]example[dot]fi',
  'x {at} sub.example (dot) fi',
  'x @ example.fi',
  'x＠example.fi', // full-width @
  'X(AT)EXAMPLE.FI',
];

/** Ordinary text that must come out unchanged. */
const KEEP: string[] = [
  'Soitin 112 ja 116117 vuonna 2025, hammassärky 3 päivää',
  'postinumero 02100, asun osoitteessa Katu 12 A 3',
  'aika on 01/02/2025 klo 9.30',
  'mikä on (at) tässä?',
  'kysyin sähköpostilla eilen',
  'I was at the clinic dot com-style',
];

describe('redact', () => {
  it.each(VALID_CODES)('removes %s', (code) => {
    const out = redact(`min personbeteckning ${code} och tandvärk`);
    expect(out).not.toContain(code);
    expect(out).toBe(`min personbeteckning ${REDACTED} och tandvärk`);
  });

  it.each(CODE_SPELLINGS)('removes a code written with %s', (_how, code) => {
    expect(redact(`hetuni on ${code}, tarvitsen ajan`)).toBe(
      `hetuni on ${REDACTED}, tarvitsen ajan`,
    );
  });

  it.each(PHONES)('removes the phone number %s', (phone) => {
    expect(redact(`call me at ${phone} please`)).toBe(`call me at ${REDACTED} please`);
  });

  it('removes a phone number in parentheses', () => {
    expect(redact('soita (040 123 4567)')).toBe(`soita (${REDACTED})`);
  });

  it.each(EMAILS)('removes the email %s', (email) => {
    expect(redact(`mail ${email} now`)).toBe(`mail ${REDACTED} now`);
  });

  it.each(KEEP)('keeps %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('is quick on a long run of name characters with no @ (no catastrophic backtracking)', () => {
    const text = `${'a.'.repeat(5_000)} ${'1 '.repeat(5_000)}`;
    // Correctness is the assertion; a quadratic scan would also make this test time out.
    expect(redact(text)).toBe(text);
  });
});

describe('the identity-code warning', () => {
  it.each(VALID_CODES)('containsIdentityCode finds %s in a sentence', (code) => {
    expect(containsIdentityCode(`hetuni on ${code}, tarvitsen ajan`)).toBe(true);
  });

  it.each(CODE_SPELLINGS)('fires for a code written with %s', (_how, code) => {
    expect(looksLikeIdentityCode(`hetuni on ${code}`)).toBe(true);
  });

  it.each([
    ['a wrong check character', '131052-308U', false],
    ['an impossible date', '991352-308T', false],
    ['a space-separated valid code', '131052 308T', true],
    ['full-width digits', FULL_WIDTH('131052-308T'), true],
    ['a Unicode minus', '131052\u2212308T', true],
  ])('containsIdentityCode with %s → %s', (_how, code, expected) => {
    expect(containsIdentityCode(code)).toBe(expected);
  });

  it.each([
    'soita 116117 tai 112, postinumero 02100',
    'soita 040123 4567', // code-shaped without a sign, but the check character is wrong
    'asun osoitteessa Katu 12 A 3',
  ])('does not fire for %s', (text) => {
    expect(looksLikeIdentityCode(text)).toBe(false);
    expect(containsIdentityCode(text)).toBe(false);
  });
});

describe('redactForLog', () => {
  it.each([
    ['Authorization: Bearer abc.def-ghi', 'Authorization: [redacted]'],
    ['token elbX-RguK7vRjCm77MYHOVYKuigPfWaZ14CEOo-8zKI expired', 'token [redacted] expired'],
    ['hetu 131052-308T', `hetu ${REDACTED}`],
    ['conversation 7Kwx-GMk_8hTQlJ0w9C61S5T ended', 'conversation 7Kwx-GMk_8hTQlJ0w9C61S5T ended'],
  ])('%s → %s', (text, expected) => {
    expect(redactForLog(text)).toBe(expected);
  });

  it('cuts long messages', () => {
    expect(redactForLog('x '.repeat(1000), 50)).toHaveLength(50);
  });
});
