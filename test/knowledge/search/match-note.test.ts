import { describe, expect, it } from 'vitest';
import { matchNote, NOTE_RESULT_LIMIT } from '../../../knowledge/search/match-note';
import { fakeEmergencyMatch } from '../../factories/emergency-match';
import { memoryKb, scriptedEngine } from '../../extension/fixtures';

const NOTE = 'äiti 84 v, muisti heikentynyt, asuu yksin, omaishoitaja uupunut';
const CHEST_PAIN = fakeEmergencyMatch();

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

  it('asks the engine to rank a note as a note (denied findings do not rank)', () => {
    const engine = scriptedEngine(['memory-clinic']);
    matchNote(engine, memoryKb(), NOTE);
    expect(engine.calls[0]?.note).toBe(true);
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

  it('resolves a red flag to its situation, message, tier and national numbers', () => {
    const engine = scriptedEngine([], { emergency: CHEST_PAIN });
    const model = matchNote(engine, memoryKb(), 'kova rintakipu');
    expect(model.emergency?.match).toEqual(CHEST_PAIN);
    expect(model.emergency?.message?.fi).toBeTruthy();
    expect(model.emergency?.service?.id).toBe('emergency-number');
    expect(model.emergency?.numbers.map((n) => n.number)).toEqual(['112']);
  });

  it('still shows the numbers of a situation the knowledge base has no message for', () => {
    const engine = scriptedEngine([], { emergency: { ...CHEST_PAIN, flag: 'no-such-situation' } });
    const model = matchNote(engine, memoryKb(), 'kova rintakipu');
    expect(model.emergency?.message).toBeUndefined();
    expect(model.emergency?.numbers.map((n) => n.number)).toEqual(['112']);
  });

  it('keeps every service beside a safety-net notice', () => {
    const engine = scriptedEngine(['memory-clinic', 'informal-care-support'], {
      safetyNet: { words: ['huimaa'], numbers: ['emergency'] },
    });
    const model = matchNote(engine, memoryKb(), NOTE);
    expect(model.safetyNet?.notice.words).toEqual(['huimaa']);
    expect(model.safetyNet?.numbers.map((n) => n.number)).toEqual(['112']);
    expect(model.results.map((r) => r.service.id)).toEqual([
      'memory-clinic',
      'informal-care-support',
    ]);
  });

  it('asks the engine for the panel’s number of results, in the note’s own language unless told', () => {
    const engine = scriptedEngine([]);
    const model = matchNote(engine, memoryKb(), NOTE);
    expect(engine.calls[0]?.limit).toBe(NOTE_RESULT_LIMIT);
    expect(engine.calls[0]?.lang).toBeUndefined();
    expect(model.lang).toBe('fi');
    matchNote(engine, memoryKb(), NOTE, { lang: 'sv' });
    expect(engine.calls[1]?.lang).toBe('sv');
  });

  it('does not search an empty note, and cuts a huge one', () => {
    const engine = scriptedEngine(['memory-clinic']);
    expect(matchNote(engine, memoryKb(), '   ').results).toEqual([]);
    expect(engine.calls).toHaveLength(0);
    const model = matchNote(engine, memoryKb(), 'muisti '.repeat(10_000));
    expect(model.query.length).toBeLessThanOrEqual(20_000);
  });
});
