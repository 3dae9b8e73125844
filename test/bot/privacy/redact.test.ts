import { describe, expect, it } from 'vitest';
import {
  containsIdentityCode,
  looksLikeIdentityCode,
  redact,
  REDACTED,
} from '../../../bot/privacy/redact';

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

describe('containsIdentityCode', () => {
  it.each(VALID_CODES)('finds %s in a sentence', (code) => {
    expect(containsIdentityCode(`hetuni on ${code}, tarvitsen ajan`)).toBe(true);
  });

  it('accepts a lower-case check character', () => {
    expect(containsIdentityCode('131052-308t')).toBe(true);
  });

  it('rejects a wrong check character and an impossible date', () => {
    expect(containsIdentityCode('131052-308U')).toBe(false);
    expect(containsIdentityCode('991352-308T')).toBe(false);
  });

  it('does not mistake ordinary numbers for a code', () => {
    expect(containsIdentityCode('soita 116117 tai 112, postinumero 02100')).toBe(false);
  });
});

describe('redact', () => {
  it.each(VALID_CODES)('removes %s', (code) => {
    const out = redact(`min personbeteckning ${code} och tandvärk`);
    expect(out).not.toContain(code);
    expect(out).toBe(`min personbeteckning ${REDACTED} och tandvärk`);
  });

  it('removes a code-shaped value even with a wrong check character', () => {
    expect(redact('131052-308U')).toBe(REDACTED);
  });

  it.each([
    '040 123 4567',
    '040-1234567',
    '0401234567',
    '+358 40 123 4567',
    '+358401234567',
    '00358 9 2525 0111',
    '09 2525 0111',
  ])('removes the phone number %s', (phone) => {
    expect(redact(`call me at ${phone} please`)).toBe(`call me at ${REDACTED} please`);
  });

  it('removes emails', () => {
    expect(redact('mail matti.meikäläinen@example.fi now')).toBe(`mail ${REDACTED} now`);
  });

  it('keeps national short numbers, years and ordinary words', () => {
    const text = 'Soitin 112 ja 116117 vuonna 2025, hammassärky 3 päivää';
    expect(redact(text)).toBe(text);
  });
});

describe('looksLikeIdentityCode', () => {
  it('matches a mistyped code too, but not other numbers', () => {
    expect(looksLikeIdentityCode('hetu 131052-308U')).toBe(true);
    expect(looksLikeIdentityCode('soita 116117, asun osoitteessa Katu 12 A 3')).toBe(false);
  });
});
