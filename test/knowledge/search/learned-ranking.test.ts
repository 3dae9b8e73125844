/**
 * The learned ranking (knowledge/search/learned-ranking.ts): a resident who tells a life story
 * in an emergency's words still finds the service they asked for, and nobody else's answer moves.
 * The messages here are written for this test, not taken from the set the model learned from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { fitLinearModel } from '../../../knowledge/redflags/learned-train';
import type { KnowledgeBase } from '../../../knowledge/schema';
import { createSearchEngine } from '../../../knowledge/search/index';
import { createLearnedRanking } from '../../../knowledge/search/learned-ranking';
import type { SearchEngine } from '../../../knowledge/search/types';

let kb: KnowledgeBase;
let ranked: SearchEngine;
let engineAlone: SearchEngine;

beforeAll(async () => {
  kb = (await loadKnowledgeDir()).kb!;
  ranked = createSearchEngine(kb);
  engineAlone = createSearchEngine(kb, null);
});

const top3 = (engine: SearchEngine, q: string) =>
  engine
    .search(q)
    .results.slice(0, 3)
    .map((r) => r.id);

describe('the learned ranking', () => {
  it.each([
    [
      'tried to kill myself years ago and the scars on my wrists still bother me, can they be treated',
      'doctor-appointment',
    ],
    ['pappa fick en stroke i våras och behöver hjälp hemma med mat och mediciner', 'home-care'],
  ])('"%s" finds %s, which the words alone miss or rank lower', (message, id) => {
    expect(top3(ranked, message)[0]).toBe(id);
    expect(top3(engineAlone, message)[0]).not.toBe(id);
  });

  it('says which of the message’s words pointed to a service it lifted', () => {
    const message =
      'tried to kill myself years ago and the scars on my wrists still bother me, can they be treated';
    const [first] = ranked.search(message).results;
    const learned = first?.why.filter((w) => w.kind === 'learned') ?? [];
    expect(learned).toHaveLength(1);
    for (const word of learned[0]!.term.split(' ')) expect(message).toContain(word);
  });

  it.each([
    'hammaslääkäri',
    'omaishoidon tuki',
    'home care for my father',
    'nearest health centre',
  ])(
    'leaves "%s" as the services’ own words rank it (confident, or too short to read)',
    (query) => {
      expect(ranked.search(query)).toEqual(engineAlone.search(query));
    },
  );

  it('leaves a message that raised a red flag, and a long record entry, to the services’ own words', () => {
    const threat = 'someone is kicking my door and saying hes going to kill me';
    expect(ranked.search(threat).emergency).not.toBeNull();
    expect(ranked.search(threat)).toEqual(engineAlone.search(threat));
    const record = Array.from(
      { length: 8 },
      () => 'äiti 84 v, muisti heikentynyt, asuu yksin ja unohtelee syödä, toiveena muistin arvio.',
    ).join(' ');
    expect(ranked.search(record, { note: true })).toEqual(
      engineAlone.search(record, { note: true }),
    );
  });

  it('knows nothing of a service it was not trained on, and reads no message under five words', () => {
    const model = {
      ...fitLinearModel(
        ['hammas särkee koko ajan ihan hirveästi', 'tarvitsen kotiin apua äidille joka ei pärjää'],
        (n, k) => (n === k ? 1 : 0),
        2,
        { rows: 64, minExamples: 1 },
      ),
      trainedOn: 'two messages',
      services: ['dental-care', 'home-care'],
    };
    const ranking = createLearnedRanking(model);
    const read = ranking('hammas särkee koko ajan ihan kamalasti')!;
    expect(read.probability('dental-care')).toBeGreaterThan(read.probability('home-care'));
    expect(read.probability('a-service-added-later')).toBe(0);
    expect(read.words('dental-care')).toContain('hammas');
    expect(ranking('hammas särkee')).toBeNull();
  });
});
