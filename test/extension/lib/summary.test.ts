import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../extension/i18n';
import { matchNote } from '../../../knowledge/search/match-note';
import { referralSummary } from '../../../extension/lib/summary';
import { memoryKb, scriptedEngine } from '../fixtures';

const NOTE = 'äiti 84 v, muisti heikentynyt, hetu 010140-123A';
const NOW = new Date('2026-11-24T08:00:00Z');

function summary(lang: 'fi' | 'sv' | 'en') {
  const kb = memoryKb();
  const model = matchNote(scriptedEngine(['memory-clinic', 'informal-care-support']), kb, NOTE, {
    municipality: 'lohja',
  });
  return referralSummary(model, { kb, lang, t: createTranslator(lang), now: NOW });
}

describe('referralSummary', () => {
  it('gives the segment, each service with its path step, who refers, criteria and contacts', () => {
    const text = summary('fi');
    expect(text).toContain('Asiakassegmentti: Ikääntyneet / Paljon');
    expect(text).toContain('1. Muistipoliklinikka (Erityistaso)');
    expect(text).toContain('Palvelupolku: Muistin heikkeneminen, vaihe 2/3');
    expect(text).toContain('Kuka ohjaa: lääkärin lähete');
    expect(text).toContain('Kriteerit: Muistitesti tehty');
    expect(text).toContain('Mitä valmistella: Lääkelista');
    expect(text).toContain('Seuraava vaihe: Omaishoidon tuki');
    expect(text).toContain('Lohjan hyvinvointikeskus');
    expect(text).toContain('2. Omaishoidon tuki');
  });

  it('is written in the chosen language', () => {
    expect(summary('sv')).toContain('Vem remitterar: läkarremiss');
    expect(summary('en')).toContain('Who refers: a doctor’s referral');
  });

  it('never copies the client note itself', () => {
    const text = summary('fi');
    expect(text).not.toContain('010140-123A');
    expect(text).not.toContain('äiti 84 v');
  });

  it('is plain text', () => {
    expect(summary('fi')).not.toMatch(/<[a-z]/i);
  });
});
