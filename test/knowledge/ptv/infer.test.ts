import { describe, expect, it } from 'vitest';
import { inferLevel, inferLifeStages, inferNeedProfiles } from '../../../knowledge/ptv/infer';

const n = (
  serviceClasses: string[] = [],
  targetGroups: string[] = ['KR1'],
  lifeEvents: string[] = [],
) => ({
  serviceClasses,
  targetGroups,
  lifeEvents,
});
const stages = new Set(['families', 'working-age', 'older-people']);

describe('inferLevel', () => {
  it.each([
    [n(['P5.5', 'P5.10']), 'Hammashoidon päivystys', 'emergency'],
    [n(['P4']), 'Sosiaalipäivystys', 'emergency'],
    [n(['P4.13', 'P4.4']), 'Vammaisten palveluohjaus', 'universal'],
    [n(['P3.8']), 'Lastensuojelun avohuolto', 'demanding'],
    [n(['P4.1']), 'Palveluasuminen', 'special'],
    [n(['P5.10']), 'Suun terveydenhuolto', 'basic'],
  ] as const)('%j %s -> %s', (notations, name, level) => {
    expect(inferLevel(notations, name)).toBe(level);
  });
});

describe('inferLifeStages', () => {
  it('maps children and family codes to families, seniors to older people', () => {
    expect(inferLifeStages(n([], ['KR1', 'KR1.2']), stages)).toEqual(['families']);
    expect(inferLifeStages(n(['P5.2']), stages)).toEqual(['families']);
    expect(inferLifeStages(n([], ['KR1'], ['KE1.1']), stages)).toEqual(['families']);
    expect(inferLifeStages(n(['P4.2'], ['KR1', 'KR1.1']), stages)).toEqual(['older-people']);
    expect(inferLifeStages(n(['P5.12']), stages)).toEqual(['working-age']);
  });

  it('is "all" for citizens in general or when the knowledge base lacks the life stage', () => {
    expect(inferLifeStages(n(['P5.10']), stages)).toBe('all');
    expect(inferLifeStages(n([], ['KR1.2']), new Set(['adults']))).toBe('all');
  });
});

describe('inferNeedProfiles', () => {
  it('marks services for disabled people and the long-term ill as high-need', () => {
    expect(inferNeedProfiles(n([], ['KR1.6']), new Set(['high-need']))).toEqual(['high-need']);
    expect(inferNeedProfiles(n(['P4.5']), new Set(['high-need']))).toEqual(['high-need']);
    expect(inferNeedProfiles(n(['P5.10']), new Set(['high-need']))).toBeUndefined();
  });
});
