import { describe, expect, it } from 'vitest';
import { lifeStageInQuestion, yesOrNo } from '../../../bot/conversation/clarify';

describe('lifeStageInQuestion', () => {
  it.each([
    ['äiti ei pärjää enää kotona', 'older-people'],
    ['min mamma glömmer saker', 'older-people'],
    ['my father fell at home', 'older-people'],
    ['vauvalla on kuumetta', undefined], // "vauvalla" is not one of the whole words: the engine's signals decide
    ['lapseni ei nuku', 'families'],
    ['mitt barn har feber', 'families'],
    ['my baby has a fever', 'families'],
    ['olen masentunut', 'working-age'],
    ['jag är deprimerad', 'working-age'],
    ['I feel depressed', 'working-age'],
    ['ont i magen', undefined],
    ['hammassärky', undefined],
    ['äiti ja lapsi', undefined],
  ])('%s → %s', (text, lifeStage) => {
    expect(lifeStageInQuestion(text)).toBe(lifeStage);
  });
});

describe('yesOrNo', () => {
  it.each([
    ['Kyllä', true],
    ['joo', true],
    ['Ja!', true],
    ['yes', true],
    ['Ei', false],
    ['nej tack', false],
    ['no', false],
    ['ehkä', undefined],
  ])('%s → %s', (text, answer) => {
    expect(yesOrNo(text)).toBe(answer);
  });
});
