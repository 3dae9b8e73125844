import { describe, expect, it } from 'vitest';
import { choosePageLanguage, parseLanguage } from '../../knowledge/language';

describe('parseLanguage', () => {
  it.each([
    ['sv-FI', 'sv'],
    ['fi', 'fi'],
    ['EN_us', 'en'],
    [' sv ', 'sv'],
    ['fil', undefined], // Filipino is not Finnish
    ['de-DE', undefined],
    ['', undefined],
    [42, undefined],
  ])('%j → %s', (tag, lang) => {
    expect(parseLanguage(tag)).toBe(lang);
  });
});

describe('the resident page language', () => {
  it('follows ?lang= before anything else', () => {
    expect(choosePageLanguage({ query: 'en', saved: 'sv', preferred: ['fi-FI'] })).toBe('en');
  });

  it("uses this tab's earlier choice before the browser's languages", () => {
    expect(choosePageLanguage({ query: null, saved: 'fi', preferred: ['sv-FI'] })).toBe('fi');
  });

  it('ignores an unknown ?lang= and an unknown saved value', () => {
    expect(choosePageLanguage({ query: 'xx', saved: 'de', preferred: ['sv-FI'] })).toBe('sv');
  });

  it.each([
    [['sv-FI', 'fi'], 'sv'],
    [['sv-SE'], 'sv'],
    [['fi-FI', 'sv'], 'fi'],
    [['en-GB', 'sv'], 'en'],
    [['ru-RU', 'fi-FI'], 'fi'],
    [['de-DE', 'fr'], 'en'],
    [['fil'], 'en'],
  ])('browser languages %j give %s', (preferred, lang) => {
    expect(choosePageLanguage({ preferred })).toBe(lang);
  });

  it('is Finnish when the browser tells nothing', () => {
    expect(choosePageLanguage({ preferred: [] })).toBe('fi');
    expect(choosePageLanguage({})).toBe('fi');
  });
});
