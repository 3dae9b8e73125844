import { describe, expect, it } from 'vitest';
import { boundQuery, fold, MAX_QUERY_CHARS, tokenize } from '../../../knowledge/search/text';
import { keyOf } from '../../../knowledge/search/stem';
import { createCompoundSplitter } from '../../../knowledge/search/compound';
import { matchPrefix } from '../../../knowledge/search/fuzzy';

describe('normalisation', () => {
  it('folds å/ä/ö and other diacritics', () => {
    expect(fold('tandläkaren')).toBe('tandlakaren');
    expect(fold('hätänumero')).toBe('hatanumero');
    expect(fold('Åbo')).toBe('Abo');
  });

  it('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(tokenize('Itsemurha-ajatuksia!! 112 😢 can’t')).toEqual([
      'itsemurha',
      'ajatuksia',
      '112',
      'cant',
    ]);
  });

  it('bounds queries and replaces control characters', () => {
    expect(boundQuery('a\u0000b\u0007c')).toBe('a b c');
    expect(boundQuery('x'.repeat(100_000))).toHaveLength(MAX_QUERY_CHARS);
    expect(boundQuery(undefined)).toBe('');
  });
});

describe('stemming', () => {
  it.each([
    ['fi', 'hammaslääkärille', 'hammaslääkäri'],
    ['fi', 'kuntoutukseen', 'kuntoutus'],
    ['fi', 'mielenterveyden', 'mielenterveys'],
    ['fi', 'lapsen', 'lapsi'],
    ['fi', 'neuvolaan', 'neuvola'],
    ['sv', 'tandläkaren', 'tandläkare'],
    ['sv', 'barnskyddet', 'barnskydd'],
    ['en', 'dentists', 'dentist'],
  ] as const)('%s: %s has the same key as %s', (lang, inflected, base) => {
    expect(keyOf(inflected, lang)).toBe(keyOf(base, lang));
  });

  it('keeps unrelated words apart', () => {
    expect(keyOf('rintaruokinta', 'fi')).not.toBe(keyOf('rintakipu', 'fi'));
  });
});

describe('compound splitting', () => {
  const words = new Set(
    [
      'omaishoidon',
      'tuki',
      'lastensuojelu',
      'ilmoitus',
      'barnskydd',
      'anmälan',
      'tandläkare',
      'tid',
    ].map(fold),
  );
  const stems = new Set([...words].map((w) => keyOf(w, 'fi')));
  const splitter = createCompoundSplitter(words, stems, (p) => keyOf(p, 'fi'));

  it.each([
    ['omaishoidontuki', ['omaishoidon', 'tuki']],
    ['lastensuojeluilmoituksen', ['lastensuojelu', 'ilmoituksen']],
    ['barnskyddsanmalan', ['barnskydds', 'anmalan']],
    ['tandlakartid', ['tandlakar', 'tid']],
  ])('%s -> %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it('leaves words that are not made of known parts alone', () => {
    expect(splitter.split('rintaruokinta')).toBeNull();
    expect(splitter.split('tuki')).toBeNull();
  });
});

describe('bounded prefix matching', () => {
  it('accepts an ending and a typo, but not a typo plus a long ending', () => {
    expect(matchPrefix('rintakipu', 'rintakipua', 2, 5)).toBe(0);
    expect(matchPrefix('rintakipu', 'rintakiupa', 2, 5)).toBe(1);
    expect(matchPrefix('raiskaus', 'raskaustesti', 1, 5)).toBe(-1);
  });
});
