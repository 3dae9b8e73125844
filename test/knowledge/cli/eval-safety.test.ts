import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  measureSafety,
  readSafetySet,
  type SafetyAnswer,
  type SafetyItem,
} from '../../../knowledge/cli/eval-safety';
import { fakeEmergencyMatch } from '../../factories/emergency-match';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('safety figures', () => {
  const items: SafetyItem[] = [
    {
      text: 'a',
      lang: 'fi',
      register: 'resident',
      expect: 'emergency',
      situation: 'chest-pain',
      action: '112',
    },
    {
      text: 'b',
      lang: 'sv',
      register: 'resident',
      expect: 'emergency',
      situation: 'chest-pain',
      action: '112',
    },
    {
      text: 'c',
      lang: 'fi',
      register: 'note',
      expect: 'urgent',
      situation: 'urgent-fever',
      action: '116117',
    },
    { text: 'd', lang: 'fi', register: 'resident', expect: 'none', services: ['rehabilitation'] },
    { text: 'e', lang: 'en', register: 'note', expect: 'none' },
    { text: 'f', lang: 'sv', register: 'resident', expect: 'none', services: ['first-aid'] },
  ];
  const answers: Record<string, SafetyAnswer> = {
    a: { match: fakeEmergencyMatch({ flag: 'chest-pain' }), top3: [] },
    b: { match: null, top3: [] },
    // An emergency where urgent was expected is the wrong tier: not counted as recalled.
    c: { match: fakeEmergencyMatch({ flag: 'meningitis' }), top3: [] },
    d: { match: null, top3: ['x', 'rehabilitation'] },
    e: { match: fakeEmergencyMatch({ flag: 'chest-pain' }), top3: [] },
    f: { match: null, top3: ['emergency-number', 'x'] },
  };

  it('tells the learned signal’s part of the finds and of the false alarms', () => {
    const learned = fakeEmergencyMatch({ flag: 'general-112', learned: true });
    const f = measureSafety(items, (item) =>
      item.text === 'b' || item.text === 'e' ? { match: learned, top3: [] } : answers[item.text]!,
    );
    expect(f.learnedFound).toEqual({ hit: 1, n: 2 });
    expect(f.learnedFalseAlarms).toEqual({ hit: 1, n: 1 });
  });

  it('counts recall by tier, false alarms, and look-alikes that still find their service', () => {
    const f = measureSafety(items, (item) => answers[item.text]!);
    expect(f.recall).toEqual({ hit: 1, n: 3 });
    expect(f.falseAlarms).toEqual({ hit: 1, n: 3 });
    expect(f.lookalikeTop3).toEqual({ hit: 1, n: 2 });
    expect(f.byLanguage.get('sv')!.recall).toEqual({ hit: 0, n: 1 });
    expect(f.byRegister.get('note')!.falseAlarms).toEqual({ hit: 1, n: 1 });
    expect(f.bySituation.get('chest-pain')!.recall).toEqual({ hit: 1, n: 2 });
    expect(f.learnedFound).toEqual({ hit: 0, n: 1 });
    expect(f.misses).toContainEqual(expect.stringContaining('missed chest-pain (got none): b'));
  });

  it('tells a miss with no flag from one of the wrong tier', () => {
    const urgent = fakeEmergencyMatch({ flag: 'urgent-pain', tier: 'urgent', action: '116117' });
    const f = measureSafety(items, (item) =>
      item.text === 'a' ? { match: urgent, top3: [] } : answers[item.text]!,
    );
    expect(f.missedBy).toEqual({ noFlag: 1, urgentForEmergency: 1, emergencyForUrgent: 1 });
  });

  it('counts what the second look set aside: look-alikes rightly, emergencies wrongly', () => {
    const f = measureSafety(items, (item) =>
      item.text === 'b' || item.text === 'd' || item.text === 'f'
        ? { match: null, top3: [], setAside: 'chest-pain' }
        : answers[item.text]!,
    );
    expect(f.setAside).toEqual({ lookAlikes: 2, emergencies: 1 });
  });

  it('lists a look-alike that lost its service with what came instead', () => {
    const f = measureSafety(items, (item) => answers[item.text]!);
    expect(f.misses).toContain('look-alike top-3 [emergency-number, x], want first-aid: f');
    expect(f.misses.some((line) => line.endsWith(': d'))).toBe(false);
  });
});

describe('the safety sets', () => {
  it.each(['dev', 'test'])('%s.yaml parses and names only known situations', async (half) => {
    const items = await readSafetySet(path.join(ROOT, `knowledge/eval/safety/${half}.yaml`));
    expect(items.length).toBeGreaterThan(100);
    const flagged = items.filter((i) => i.expect !== 'none');
    expect(flagged.every((i) => i.situation && i.action)).toBe(true);
  });
});
