import { describe, expect, it } from 'vitest';
import { dropRepeatedName, shortenSummary } from '../../../knowledge/ptv/summary';

describe('shortenSummary', () => {
  it('keeps a summary of at most 150 characters as it is', () => {
    const text = 'a'.repeat(149) + '.';
    expect(shortenSummary(text)).toBe(text);
  });

  it('cuts at the last whole sentence that fits', () => {
    const first = 'Kotihoito auttaa arjessa kotona. ';
    const second = 'Siihen kuuluu kotipalvelu ja kotisairaanhoito. ';
    const third = 'Lisäksi ' + 'x'.repeat(100) + '.';
    expect(shortenSummary(first + second + third)).toBe(
      'Kotihoito auttaa arjessa kotona. Siihen kuuluu kotipalvelu ja kotisairaanhoito.',
    );
  });

  it('cuts a single long sentence at a word boundary with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, i) => `sana${i}`).join(' ') + '.';
    const short = shortenSummary(long);
    expect([...short].length).toBeLessThanOrEqual(150);
    expect(short).toMatch(/sana\d+…$/);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('does not split at abbreviations followed by a lower-case word', () => {
    const text = `Palveluun kuuluu mm. kotikäynnit ja ${'neuvonta '.repeat(14)}tarpeen mukaan.`;
    expect(shortenSummary(text)).toMatch(/^Palveluun kuuluu mm\. kotikäynnit/);
  });
});

describe('dropRepeatedName', () => {
  it.each([
    [
      'Perhetyö on keskustelua ja neuvontaa perheille.',
      'Perhetyö',
      'Keskustelua ja neuvontaa perheille.',
    ],
    ['Familjearbete är samtal och rådgivning.', 'Familjearbete', 'Samtal och rådgivning.'],
    ['Family work is counselling and advice.', 'Family work', 'Counselling and advice.'],
    ['Home care means help at home daily.', 'Home care', 'Help at home daily.'],
  ])('%s -> %s', (summary, name, expected) => {
    expect(dropRepeatedName(summary, name)).toBe(expected);
  });

  it.each([
    ['Potilasasiamies neuvoo potilaita.', 'Potilasasiamies'],
    ['Kotihoitoon kuuluvat kotipalvelu ja kotisairaanhoito.', 'Kotihoito'],
    ['Kotihoito on apua.', 'Kotihoito'],
    ['Apua kotiin arjessa.', 'Kotihoito'],
  ])('leaves %s as published', (summary, name) => {
    expect(dropRepeatedName(summary, name)).toBe(summary);
  });
});
