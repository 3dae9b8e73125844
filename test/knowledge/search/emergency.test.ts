/**
 * Red flags, as transcript-like tables: what a resident types -> the service
 * and flag that must come first, or no emergency at all. Runs on the bundled
 * emergency.yaml, because that content is what residents meet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import type { Emergency } from '../../../knowledge/schema';
import {
  createEmergencyDetector,
  type EmergencyDetector,
} from '../../../knowledge/search/emergency';

let emergency: Emergency;
let detector: EmergencyDetector;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  emergency = kb!.emergency;
  detector = createEmergencyDetector(emergency);
});

describe('red flags fire on how residents write', () => {
  it.each([
    ['rinta kipu', 'emergency-number', 'chest-pain'],
    ['rintakipua', 'emergency-number', 'chest-pain'],
    ['mulla on ollut kova rintakipu aamusta', 'emergency-number', 'chest-pain'],
    ['rintakiupa', 'emergency-number', 'chest-pain'],
    ['rinnassa kova kipu', 'emergency-number', 'chest-pain'],
    ['ont i brostet', 'emergency-number', 'chest-pain'],
    ['chest pian', 'emergency-number', 'chest-pain'],
    ['itsemurha ajatuksia', 'crisis-help', 'suicidal-thoughts'],
    ['itsemurhaajatuksia', 'crisis-help', 'suicidal-thoughts'],
    ['en enää jaksa elää', 'crisis-help', 'suicidal-thoughts'],
    ['sjalvmords tankar', 'crisis-help', 'suicidal-thoughts'],
    ['i want to kill myself', 'crisis-help', 'suicidal-thoughts'],
    ['lapsi nielaisi pesuainetta', 'poison-info', 'poisoning'],
    ['en saa henkea', 'emergency-number', 'breathing-difficulty'],
  ])('"%s" -> %s (%s)', (query, service, flag) => {
    const match = detector.detect(query);
    expect(match).toMatchObject({ id: service, flag });
    expect(match!.numbers.length).toBeGreaterThan(0);
    expect(match!.matched.length).toBeGreaterThan(0);
  });
});

describe('near-misses do not fire', () => {
  it.each([
    'rintaruokinta',
    'rintaruokinta ongelmia',
    'amning',
    'imetys sattuu rintaan',
    'raskaustesti positiivinen',
    'stroke rehabilitation',
    'isä sai aivohalvauksen, tarvitsee kuntoutusta',
    'killing time',
    'hammaslääkäri',
    'jag vill boka tid',
    '',
  ])('"%s" -> no emergency', (query) => {
    expect(detector.detect(query)).toBeNull();
  });

  it('no near-miss listed in emergency.yaml fires', () => {
    const misses = emergency.redFlags.flatMap((f) => [
      ...f.nearMisses.fi,
      ...f.nearMisses.sv,
      ...f.nearMisses.en,
    ]);
    expect(misses.filter((m) => detector.detect(m) !== null)).toEqual([]);
  });

  it('every red-flag phrase in emergency.yaml fires its own flag (or a more urgent one)', () => {
    for (const flag of emergency.redFlags) {
      for (const phrase of [...flag.phrases.fi, ...flag.phrases.sv, ...flag.phrases.en]) {
        expect(detector.detect(phrase), phrase).not.toBeNull();
      }
    }
  });
});
