import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../knowledge/rules/phone';
import { phoneInFreeText } from '../../../knowledge/rules/phone-in-free-text';
import { fakeKnowledgeBase, fakeService, list, text } from '../../factories/knowledge';

describe('findPhoneNumbers', () => {
  it.each([
    ['Soita 09 2525 0111 tai 040-1234567.', ['09 2525 0111', '040-1234567']],
    ['Ring +358 9 2525 0111', ['+358 9 2525 0111']],
    ['Call (09) 123 4567', ['(09) 123 4567']],
    ['Soita 112 tai 116117', ['112', '116117']],
    ['Avoinna 8-16, 02070 Espoo, 1.1.2026, 1 000 euroa, 0,50 €, laki 1326/2010, 0-6-vuotiaat', []],
  ])('%s', (input, expected) => {
    expect(findPhoneNumbers(input)).toEqual(expected);
  });
});

describe('phone-in-free-text', () => {
  const check = (service: ReturnType<typeof fakeService>) =>
    phoneInFreeText.check(fakeKnowledgeBase({ services: [service], paths: [] }), {
      today: '2026-11-24',
    });

  it('accepts national numbers from emergency.yaml anywhere, in any formatting', () => {
    expect(
      check(fakeService({ instructions: text('Soita 112.', 'Ring 116 117.', 'Call 112.') })),
    ).toEqual([]);
  });

  it('reports a local number in a description and in phrasings, naming the field', () => {
    const problems = check(
      fakeService({
        description: text('Soita 09 816 3000.', 'Ring.', 'Call.'),
        phrasings: list(['numero 050 555 1234'], [], []),
      }),
    );
    expect(problems.map((p) => [p.severity, p.field, p.message])).toEqual([
      ['error', 'description.fi', expect.stringContaining("'09 816 3000'")],
      ['error', 'phrasings.fi.0', expect.stringContaining("'050 555 1234'")],
    ]);
  });
});
