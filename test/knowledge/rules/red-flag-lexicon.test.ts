import { describe, expect, it } from 'vitest';
import { redFlagLexicon } from '../../../knowledge/rules/red-flag-lexicon';
import {
  fakeConcept,
  fakeConcepts,
  fakeEmergency,
  fakeKnowledgeBase,
  fakeSituation,
  list,
} from '../../factories/knowledge';

const check = (emergency: ReturnType<typeof fakeEmergency>) =>
  redFlagLexicon.check(fakeKnowledgeBase({ emergency }), { today: '2026-11-24' });

describe('red-flag-lexicon', () => {
  it('finds nothing wrong in a lexicon where every concept is defined, used and can match', () => {
    expect(check(fakeEmergency())).toEqual([]);
  });

  it('reports a situation naming a concept nobody defined: it could never fire', () => {
    const problems = check(
      fakeEmergency({ situations: [fakeSituation({ patterns: [['chest', 'pian']] })] }),
    );
    // 'pain' is then unused too: a warning beside the error.
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        entity: 'situation:chest-pain',
        field: 'patterns.0.1',
        message: expect.stringContaining("'pian' is not a concept"),
      }),
      expect.objectContaining({ severity: 'warning', entity: 'concept:pain', field: 'id' }),
    ]);
  });

  it("reads a pattern's 'not' concept like any other: it must be defined, and it counts as used", () => {
    const unknown = check(
      fakeEmergency({
        situations: [fakeSituation({ patterns: [['chest', 'pain', 'not cramp']] })],
      }),
    );
    expect(unknown).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'patterns.0.2',
        message: expect.stringContaining("'cramp' is not a concept"),
      }),
    ]);
  });

  it('reports two general situations (no patterns) for one action: which message shows would be luck', () => {
    const problems = check(
      fakeEmergency({
        situations: [
          fakeSituation(),
          fakeSituation({ id: 'general-112', patterns: [] }),
          fakeSituation({ id: 'general-112-again', patterns: [] }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        entity: 'situation:general-112-again',
        field: 'patterns',
        message: expect.stringContaining("'general-112' already is"),
      }),
    ]);
  });

  it('reports a word the tokenizer never produces, and a concept no situation uses', () => {
    const problems = check(
      fakeEmergency({
        concepts: [
          ...fakeConcepts(),
          fakeConcept({ id: 'unused', words: list(['rinta-kipu'], ['bröst'], ['chest']) }),
        ],
      }),
    );
    expect(problems.map((p) => [p.severity, p.entity, p.field])).toEqual([
      ['warning', 'concept:unused', 'id'],
      ['error', 'concept:unused', 'words.fi.0'],
    ]);
  });

  it('reports a gap that does not stand between two words: it could never match', () => {
    const problems = check(
      fakeEmergency({
        concepts: [
          fakeConcept({ words: list(['rinta*', '… kipu'], ['bröst*', 'ont ...'], ['chest*']) }),
          ...fakeConcepts().slice(1),
        ],
      }),
    );
    expect(problems.map((p) => [p.severity, p.field, p.message.includes('gap')])).toEqual([
      ['error', 'words.fi.1', true],
      ['error', 'words.sv.1', true],
    ]);
  });

  it('warns when a compound part is too short to be found inside a word', () => {
    const problems = check(
      fakeEmergency({
        concepts: [
          fakeConcept({ words: list(['*iho*'], ['bröst*'], ['chest*']) }),
          ...fakeConcepts().slice(1),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'words.fi.0' }),
    ]);
  });

  it('warns about a word an earlier word of its concept always matches first: it never fires', () => {
    const pain = list(['kipu*', '*kipu*', 'kipua', 'kipu rinnassa'], ['ont', 'smärt*'], ['pain*']);
    const problems = check(
      fakeEmergency({
        concepts: [fakeConcept(), fakeConcept({ id: 'pain', words: pain }), fakeConcepts()[2]!],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        entity: 'concept:pain',
        field: 'words.fi.2',
        message: expect.stringContaining("'kipua' never fires: 'kipu*' comes first"),
      }),
      expect.objectContaining({ severity: 'warning', entity: 'concept:pain', field: 'words.fi.3' }),
    ]);
  });

  it('keeps a word that finds what the earlier ones miss, or that comes first', () => {
    const pain = list(
      // Listed before its stem; a long stem that forgives a typo the short one does not.
      ['kipua', 'kipu*', 'kipulääkkee*'],
      // A short word counts only in Swedish messages; the phrase in any.
      ['ont', 'ont i bröstet'],
      // Inside a compound ("chestpain") only the `*stem` matches.
      ['pain*', '*pain*'],
    );
    const problems = check(
      fakeEmergency({
        concepts: [fakeConcept(), fakeConcept({ id: 'pain', words: pain }), fakeConcepts()[2]!],
      }),
    );
    expect(problems).toEqual([]);
  });
  describe("a concept's includes", () => {
    // "chest" shares the words of "heart": any word of either is a chest in a pattern.
    const heart = fakeConcept({ id: 'heart', words: list(['sydä*'], ['hjärt*'], ['heart*']) });
    const withIncludes = (includes: string[], words = fakeConcept().words) =>
      check(
        fakeEmergency({
          concepts: [fakeConcept({ includes, words }), heart, ...fakeConcepts().slice(1)],
        }),
      );

    it('may name another concept, which then counts as used', () => {
      expect(withIncludes(['heart'])).toEqual([]);
    });

    it('reports an unknown concept: its words would silently be missing', () => {
      expect(withIncludes(['hart'])).toEqual([
        expect.objectContaining({
          severity: 'error',
          entity: 'concept:chest',
          field: 'includes.0',
          message: expect.stringContaining("'hart' is not a concept"),
        }),
        expect.objectContaining({ severity: 'warning', entity: 'concept:heart', field: 'id' }),
      ]);
    });

    it('reports a concept that includes itself, directly or through another', () => {
      expect(withIncludes(['chest'])).toContainEqual(
        expect.objectContaining({ severity: 'error', field: 'includes.0' }),
      );
      const loop = check(
        fakeEmergency({
          concepts: [
            fakeConcept({ includes: ['heart'] }),
            { ...heart, includes: ['chest'] },
            ...fakeConcepts().slice(1),
          ],
        }),
      );
      expect(loop.map((p) => [p.severity, p.entity, p.field])).toEqual([
        ['error', 'concept:chest', 'includes.0'],
        ['error', 'concept:heart', 'includes.0'],
      ]);
    });

    it('warns about an own word an included concept already has: a second copy to drift apart', () => {
      const words = list(['rinta*', 'sydä*'], ['bröst*'], ['chest*']);
      expect(withIncludes(['heart'], words)).toEqual([
        expect.objectContaining({
          severity: 'warning',
          entity: 'concept:chest',
          field: 'words.fi.1',
          message: expect.stringContaining("'sydä*' is already a word"),
        }),
      ]);
    });
  });
});
