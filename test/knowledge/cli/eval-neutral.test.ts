import { beforeAll, describe, expect, it } from 'vitest';
import {
  measureNeutral,
  neutralSentences,
  printNeutral,
} from '../../../knowledge/cli/eval-neutral';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { parseGeneralDescriptions } from '../../../knowledge/ptv/general-descriptions';
import { createRedFlagDetector, type RedFlagDetector } from '../../../knowledge/redflags/detector';

let detector: RedFlagDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  detector = createRedFlagDetector(kb!.emergency);
});

const entry = (code: string, fi: string, en = '') => ({
  ReferenceCode: code,
  Name: [{ Lang: 'fi', Label: 'Palvelu' }],
  ShortDescription: [],
  Description: [{ Lang: 'fi', Label: fi }, ...(en ? [{ Lang: 'en', Label: en }] : [])],
});

describe('the neutral PTV sentences', () => {
  const entries = parseGeneralDescriptions([
    // Its English sentence fires: under eight words, the second look leaves the match alone.
    entry(
      'SOTE-0001',
      'Kunta järjestää kuljetuksen henkilölle, joka ei voi käyttää joukkoliikennettä. Neuvolassa seurataan lapsen kasvua.',
      'Heavy bleeding after dental surgery needs care.',
    ),
    // A second version of the same code repeats a sentence: it is counted once.
    entry('SOTE-0001', 'Neuvolassa seurataan lapsen kasvua.'),
    // Other registries than SOTE are not imported, so they are not measured either.
    entry('XYZ-1', 'Mummo ei herää.'),
  ]);

  it('splits the fullest texts into distinct sentences per language', () => {
    expect(neutralSentences(entries)).toEqual([
      { lang: 'fi', text: 'Palvelu' },
      {
        lang: 'fi',
        text: 'Kunta järjestää kuljetuksen henkilölle, joka ei voi käyttää joukkoliikennettä.',
      },
      { lang: 'fi', text: 'Neuvolassa seurataan lapsen kasvua.' },
      {
        lang: 'en',
        text: 'Heavy bleeding after dental surgery needs care.',
      },
    ]);
  });

  it('counts the sentences that fire and prints only the firing words', () => {
    const figures = measureNeutral(neutralSentences(entries), detector);
    expect(figures).toMatchObject({ sentences: 4, fired: 1 });
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: () => {}, now: () => new Date(0) };
    printNeutral(figures, io);
    expect(lines[0]).toContain('Red flags on 4 neutral PTV sentences: 1');
    expect(lines[1]).toBe('   severe-bleeding: "heavy bleeding"');
    expect(lines.join('\n')).not.toContain('dental surgery');
  });
});
