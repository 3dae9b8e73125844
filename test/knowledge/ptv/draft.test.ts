import { describe, expect, it } from 'vitest';
import { plainText } from '../../../knowledge/ptv/draft';
import { draft } from '../../factories/ptv';

describe('plainText', () => {
  it('joins Draft.js blocks with blank lines and drops empty blocks', () => {
    expect(plainText(draft('Ensimmäinen kappale.', 'Toinen kappale.'))).toBe(
      'Ensimmäinen kappale.\n\nToinen kappale.',
    );
  });

  it('keeps plain text, tidying spaces', () => {
    expect(plainText('  Hampaiden   hoito.  ')).toBe('Hampaiden hoito.');
  });

  it('gives an empty string for null, empty and block-less input', () => {
    expect(plainText(null)).toBe('');
    expect(plainText('')).toBe('');
    expect(plainText('{"entityMap":{},"blocks":[]}')).toBe('');
  });

  it('never returns raw JSON, even for damaged Draft.js', () => {
    const damaged = draft('Kappale "lainaus" tässä.', 'Toinen.').slice(0, -3);
    const text = plainText(damaged);
    expect(text).toBe('Kappale "lainaus" tässä.\n\nToinen.');
    expect(text).not.toMatch(/[{}]|entityMap|"text"/);
  });

  it('leaves text that only starts with a brace alone when it is not Draft.js', () => {
    expect(plainText('{huom} tämä on tekstiä')).toBe('{huom} tämä on tekstiä');
  });
});
