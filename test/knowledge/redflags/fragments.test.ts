/**
 * Messages in fragments: a situation split over two short pieces is one thought
 * ("Seisoo kaiteella. Sanoo ettei jaksa enää."), while two statements that only
 * happen to stand side by side in a note are not. Phrasings are written for
 * these tests, not taken from the evaluation sets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createRedFlagDetector, type RedFlagDetector } from '../../../knowledge/redflags/detector';
import { joinFragments } from '../../../knowledge/redflags/fragments';
import { tokenizeMessage } from '../../../knowledge/redflags/tokens';
import type { Language } from '../../../knowledge/schema';

let detector: RedFlagDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  detector = createRedFlagDetector(kb!.emergency);
});

const detect = (text: string, lang: Language) => detector.detect(text, lang).match;

describe('a situation split over short sentences is still found', () => {
  it.each([
    ['Mun isä istuu sillan kaiteella. Sanoo ettei jaksa enää.', 'fi', 'suicide-intent'],
    ['Hän on katolla. Ei kestä enää.', 'fi', 'suicide-intent'],
    ['Hon sitter på räcket på bron. Säger att hon int orkar mer.', 'sv', 'suicide-intent'],
    ["My son is standing on the roof. He can't go on.", 'en', 'suicide-intent'],
  ] as const)('"%s" (%s) -> %s', (text, lang, flag) => {
    expect(detect(text, lang)).toMatchObject({ flag });
  });
});

describe('a join keeps the context of the joined sentence', () => {
  it.each([
    ['Istui silloin sillan kaiteella vuonna 2019. Ei jaksanut enää.', 'fi'],
    ['Ei ole katolla. Ei jaksa enää kolata.', 'fi'],
  ] as const)('"%s" (%s) -> nothing', (text, lang) => {
    expect(detect(text, lang)).toBeNull();
  });

  it('does not reach words far from the break into a longer sentence', () => {
    // A temperature seven words before a short note about medicines is not an overdose.
    const note =
      'Lämpö 38 ja muuten vointi ennallaan, syönyt hyvin tänään. Lääkkeet jaettu dosettiin.';
    expect(detect(note, 'fi')?.flag).not.toBe('overdose');
  });
});

describe('joinFragments', () => {
  it('joins a short sentence to its neighbour and leaves long sentences apart', () => {
    const long =
      'Tämä on pitkä lause jossa on monta sanaa. Toinen lause jossa on myös monta sanaa.';
    expect(joinFragments(tokenizeMessage(long))).toBeNull();
    const joined = joinFragments(tokenizeMessage('palaa!! apua'));
    expect(joined?.map((t) => t.sentence)).toEqual([0, 0]);
  });
});
