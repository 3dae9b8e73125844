import { describe, expect, it } from 'vitest';
import { csvCell, groupInsight, insightCsv } from '../../../bot/admin/insight-groups';
import type { InsightEntry } from '../../../bot/insight/insight-store';

const at = '2026-11-20T10:00:00.000Z';
const e = (
  text: string,
  lang: InsightEntry['lang'] = 'fi',
  kind: InsightEntry['kind'] = 'unanswered',
): InsightEntry => ({ kind, lang, text, at });

describe('groupInsight', () => {
  it('groups similar questions per language and kind with counts and examples', () => {
    const groups = groupInsight([
      e('missä on lähin kirjasto'),
      e('lähin kirjasto missä'),
      e('kirjaston aukioloajat lähin'),
      e('var finns närmaste bibliotek', 'sv'),
      e('koiran rokotus'),
      e('hyvä vastaus', 'fi', 'helpful'),
      e('ei auttanut hammaslääkäri', 'fi', 'not-helpful'),
    ]);
    expect(groups[0]).toMatchObject({ kind: 'unanswered', lang: 'fi', count: 3 });
    expect(groups[0]!.examples).toContain('missä on lähin kirjasto');
    expect(groups.filter((g) => g.lang === 'sv')).toHaveLength(1);
    expect(groups.some((g) => g.kind === 'not-helpful')).toBe(true);
    expect(groups.flatMap((g) => g.examples)).not.toContain('hyvä vastaus');
  });
});

describe('CSV export', () => {
  it('quotes cells and neutralises formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell('@SUM')).toBe(`"'@SUM"`);
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    const csv = insightCsv(groupInsight([e('=cmd|calc'), e('=cmd|calc')]));
    expect(csv.split('\r\n')[1]).toBe(`"unanswered","fi","2","'=cmd|calc","","${at}",""`);
  });
});

describe('groupInsight with counted repeats', () => {
  it('adds up the counts of repeated questions', () => {
    const groups = groupInsight([
      {
        kind: 'unanswered',
        lang: 'fi',
        text: 'koiran rokotus',
        at: '2026-11-20T10:00:00Z',
        count: 7,
      },
      { kind: 'unanswered', lang: 'fi', text: 'koiran rokotus hinta', at: '2026-11-20T11:00:00Z' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(8);
  });
});
