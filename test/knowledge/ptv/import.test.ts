import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKnowledge } from '../../../knowledge/parse';
import { parseCodeList } from '../../../knowledge/ptv/code-lists';
import { importGeneralDescriptions, serviceFile } from '../../../knowledge/ptv/import';
import { validateKnowledge } from '../../../knowledge/validate';
import { fakeEmergencyService, fakeKnowledgeBase, fakeService } from '../../factories/knowledge';
import { knowledgeFiles } from '../../factories/knowledge-dir';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const PTV = path.resolve(REPO, 'knowledge/ptv/data');
const json = (name: string): unknown => JSON.parse(readFileSync(path.join(PTV, name), 'utf8'));

describe('importing the real PTV general descriptions (knowledge/ptv/data)', () => {
  const result = importGeneralDescriptions(json('general-descriptions.json'), {
    codeLists: {
      targetGroups: parseCodeList(json('TargetGroups.json'), 'target groups'),
      serviceClasses: parseCodeList(json('ServiceClasses.json'), 'service classes'),
      lifeEvents: parseCodeList(json('LifeEvents.json'), 'life events'),
    },
    reviewedAt: '2026-11-24',
    lifeStages: new Set(['families', 'working-age', 'older-people']),
    needProfiles: new Set(['occasional', 'high-need']),
  });

  it('gives one service per SOTE code, SOTE-0001 to SOTE-0101, from 226 versions', () => {
    expect(result.services).toHaveLength(101);
    expect(result.versions).toBe(226);
    expect(result.services[0]?.id).toBe('SOTE-0001');
    expect(result.services.at(-1)?.id).toBe('SOTE-0101');
    // The only notes are summaries that began "<name> is …" and lost the repeated name.
    expect(result.notes.length).toBeGreaterThan(0);
    for (const note of result.notes) expect(note).toMatch(/^SOTE-\d{4}: summary shortened/);
  });

  it('has a name, summary and description in Finnish, Swedish and English for every code', () => {
    for (const s of result.services) {
      for (const field of [s.name, s.summary, s.description]) {
        expect(
          [field.fi, field.sv, field.en].every((t) => t.length > 0),
          s.id,
        ).toBe(true);
      }
    }
  });

  it('drops a repeated name from "<name> is …" summaries', () => {
    const familyWork = result.services.find((s) => s.id === 'SOTE-0012')!;
    expect(familyWork.summary.en).toBe(
      'Counselling and advice that supports parenting and helps families cope with daily life.',
    );
    expect(familyWork.description.en).toMatch(/^Family work is counselling and advice/);
  });

  it('never contains Draft.js JSON and keeps every summary within 150 characters', () => {
    const all = JSON.stringify(result.services);
    expect(all).not.toMatch(/entityMap|\\"blocks\\"/);
    for (const s of result.services) {
      expect(
        Math.max(...Object.values(s.summary).map((t) => [...t].length)),
        s.id,
      ).toBeLessThanOrEqual(150);
    }
  });

  it('labels every service with its code-list classes in all three languages', () => {
    const dental = result.services.find((s) => s.id === 'SOTE-0066')!;
    expect(dental.name.fi).toBe('Suun terveydenhuolto');
    expect(dental.classification?.sv).toContain('Mun- och tandhälsovård');
    expect(result.services.every((s) => (s.classification?.en.length ?? 0) > 0)).toBe(true);
  });

  it('writes files that parse back to the same services and validate with no errors', () => {
    const kb = fakeKnowledgeBase({
      services: [...result.services, fakeService(), fakeEmergencyService()],
      paths: [],
    });
    const files = [
      ...knowledgeFiles(kb).filter((f) => !f.path.startsWith('services/')),
      ...kb.services.map(serviceFile),
    ];
    const parsed = parseKnowledge(files);
    expect(parsed.problems).toEqual([]);
    expect(parsed.kb?.services).toEqual(kb.services);
    const problems = validateKnowledge(parsed.kb!, parsed.sources, { today: '2026-11-24' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // What is left are warnings about what PTV itself lacks: instructions, some translations.
    expect(new Set(problems.map((p) => p.rule))).toEqual(
      new Set(['missing-translation', 'summary-repeats-name']),
    );
  });
});
