import { describe, expect, it } from 'vitest';
import { matchNote } from '../../../extension/lib/match';
import { memoryKb, scriptedEngine } from '../fixtures';

const NOTE = 'äiti 84 v, muisti heikentynyt, asuu yksin, omaishoitaja uupunut';

describe('matchNote', () => {
  it('uses the detected segment and places each service on its referral path', () => {
    const engine = scriptedEngine(['memory-clinic', 'informal-care-support']);
    const model = matchNote(engine, memoryKb(), NOTE);
    expect(model.lifeStage).toBe('older-people');
    expect(model.needProfile).toBe('high-need');
    expect(engine.calls[0]).toMatchObject({ lifeStage: 'older-people', needProfile: 'high-need' });
    const [memory, carer] = model.results;
    expect(memory?.service.id).toBe('memory-clinic');
    expect(memory?.path?.path.id).toBe('memory-decline');
    expect(memory?.path?.stepIndex).toBe(1);
    expect(memory?.path?.step.referredBy).toBe('doctor');
    expect(memory?.path?.next?.service).toBe('informal-care-support');
    expect(carer?.path?.next).toBeUndefined();
  });

  it('lets the counsellor override the segment, which is passed to the ranking', () => {
    const engine = scriptedEngine(['memory-clinic']);
    const model = matchNote(engine, memoryKb(), NOTE, { lifeStage: 'working-age' });
    expect(model.lifeStage).toBe('working-age');
    expect(model.needProfile).toBe('high-need');
    expect(engine.calls[0]?.lifeStage).toBe('working-age');
  });

  it('hides services not meant for the life stage chosen in the filter', () => {
    const engine = scriptedEngine([
      'child-health-clinic',
      'memory-clinic',
      'informal-care-support',
    ]);
    const model = matchNote(engine, memoryKb(), NOTE, { onlyLifeStage: 'older-people' });
    expect(model.results.map((r) => r.service.id)).toEqual([
      'memory-clinic',
      'informal-care-support',
    ]);
  });

  it('passes municipality and level filters to the engine', () => {
    const engine = scriptedEngine([]);
    matchNote(engine, memoryKb(), NOTE, { municipality: 'lohja', level: 'special' });
    expect(engine.calls[0]).toMatchObject({ municipality: 'lohja', level: 'special' });
  });

  it('resolves a red flag to its message and national numbers', () => {
    const engine = scriptedEngine([], {
      emergency: {
        id: 'emergency-number',
        flag: 'chest-pain',
        numbers: ['emergency'],
        matched: 'rintakipu',
        tier: 'emergency',
        action: '112',
        concepts: [{ concept: 'chest', word: 'rintakipu' }],
      },
    });
    const model = matchNote(engine, memoryKb(), 'kova rintakipu');
    expect(model.emergency?.flag.id).toBe('chest-pain');
    expect(model.emergency?.numbers.map((n) => n.number)).toEqual(['112']);
  });

  it('does not search an empty note, and cuts a huge one', () => {
    const engine = scriptedEngine(['memory-clinic']);
    expect(matchNote(engine, memoryKb(), '   ').results).toEqual([]);
    expect(engine.calls).toHaveLength(0);
    const model = matchNote(engine, memoryKb(), 'muisti '.repeat(10_000));
    expect(model.query.length).toBeLessThanOrEqual(20_000);
  });
});
