/**
 * Detector answers for tests of what front doors do with a match: a spouse's
 * chest pain (112), and overrides for urgent and other situations.
 */
import type { EmergencyMatch } from '../../knowledge/search/types';

export function fakeEmergencyMatch(overrides: Partial<EmergencyMatch> = {}): EmergencyMatch {
  return {
    id: 'emergency-number',
    flag: 'chest-pain',
    numbers: ['emergency'],
    matched: 'rintaa puristaa',
    tier: 'emergency',
    action: '112',
    concepts: [
      { concept: 'chest', word: 'rintaa' },
      { concept: 'pain-pressure', word: 'puristaa' },
    ],
    ...overrides,
  };
}
