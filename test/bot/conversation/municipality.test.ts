import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../../bot/conversation/municipality';
import { fakeKnowledgeBase, fakeMunicipality, text } from '../../factories/knowledge';

// The ten municipalities of the region, as in the catalogue.
const NAMES: [string, string, string][] = [
  ['espoo', 'Espoo', 'Esbo'],
  ['hanko', 'Hanko', 'Hangö'],
  ['inkoo', 'Inkoo', 'Ingå'],
  ['karkkila', 'Karkkila', 'Högfors'],
  ['kauniainen', 'Kauniainen', 'Grankulla'],
  ['kirkkonummi', 'Kirkkonummi', 'Kyrkslätt'],
  ['lohja', 'Lohja', 'Lojo'],
  ['raasepori', 'Raasepori', 'Raseborg'],
  ['siuntio', 'Siuntio', 'Sjundeå'],
  ['vihti', 'Vihti', 'Vichtis'],
];
const kb = fakeKnowledgeBase({
  municipalities: NAMES.map(([id, fi, sv]) => fakeMunicipality({ id, name: text(fi, sv, fi) })),
});

describe('findMunicipality', () => {
  it.each([
    ['asun Lohjalla', 'lohja'],
    ['Espoossa', 'espoo'],
    ['olen Hangosta', 'hanko'],
    ['muutin Inkooseen', 'inkoo'],
    ['Karkkilassa asuva', 'karkkila'],
    ['Kauniaisissa', 'kauniainen'],
    ['kotikunta Kirkkonummi', 'kirkkonummi'],
    ['Kirkkonummella', 'kirkkonummi'],
    ['raaseporilainen', 'raasepori'],
    ['Siuntiossa', 'siuntio'],
    ['asun Vihdissä', 'vihti'],
    ['jag bor i Raseborg', 'raasepori'],
    ['i Esbo', 'espoo'],
    ['Hangö', 'hanko'],
    ['jag bor i Ingå', 'inkoo'],
    ['Kyrkslätts hälsocentral', 'kirkkonummi'],
    ['jag bor i Sjundeå', 'siuntio'],
    ['Vichtis', 'vihti'],
    ['I live in Lohja', 'lohja'],
  ])('%s → %s', (message, id) => {
    expect(findMunicipality(kb, message)?.municipality.id).toBe(id);
  });

  it.each([
    'hankala tilanne',
    'jag har ingen läkare',
    'hammassärky',
    'tarvitsen espanjan tulkin',
    'lojaali',
  ])('finds none in "%s"', (message) => {
    expect(findMunicipality(kb, message)).toBeUndefined();
  });

  it.each([
    ['asun Lohjalla', ''],
    ['jag bor i Raseborg', ''],
    ['I live in Lohja', ''],
    ['hammaslääkäri Espoossa', 'hammaslääkäri'],
    ['asun Vihdissä ja hammas särkee', 'ja hammas särkee'],
    ['jag bor i Lojo och har tandvärk', 'och har tandvärk'],
  ])('leaves of "%s" the question "%s"', (message, rest) => {
    expect(findMunicipality(kb, message)?.rest).toBe(rest);
  });
});
