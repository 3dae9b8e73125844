import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidateRedFlags, sectionsOf } from '../../../knowledge/cli/cv-redflags';
import { SECOND_LOOK } from '../../../knowledge/redflags/detector';
import { captureIo } from '../../factories/io';

const item = (text: string, expect: 'emergency' | 'none') =>
  expect === 'none'
    ? `- { text: "${text}", lang: fi, register: resident, expect: none }`
    : `- { text: "${text}", lang: fi, register: resident, expect: emergency, situation: unconscious, action: '112' }`;
const header = ['# ====', '# a writer', '# ===='];

async function devHalf(lines: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'opastin-cv-'));
  await writeFile(path.join(dir, 'dev.yaml'), lines.join('\n') + '\n');
  return dir;
}

// Two writers' sections, each an emergency in the concepts' words and an ordinary question.
const twoSections = [
  ...header,
  item('mies ei hengitä eikä herää', 'emergency'),
  item('missä on lähin hammaslääkäri', 'none'),
  ...header,
  item('äiti ei herää vaikka ravistan', 'emergency'),
  item('voiko neuvolaan varata ajan netissä', 'none'),
];

describe('redflags:cv', () => {
  it('reports what the models trained on the other folds found in each fold of sections', async () => {
    const dir = await devHalf(twoSections);
    const io = captureIo();
    expect(await crossValidateRedFlags(['--safety-dir', dir, '--folds', '2'], io)).toBe(0);
    expect(io.stdout[0]).toContain('2 folds');
    // Both emergencies are told in the concepts' words, and both questions are ordinary.
    expect(io.stdout[1]).toMatch(/^recall +100\.0% \(2\/2\) +false alarms +0\.0% \(0\/2\)/);
    expect(io.stdout[1]).not.toContain('top-3');
    expect(io.stdout).toContainEqual(
      expect.stringMatching(/^ {2}resident +100\.0% \(2\/2\) +0\.0% \(0\/2\)/),
    );
  }, 120_000);

  it('scores each --second-look setting on the same trainings, one report each', async () => {
    const dir = await devHalf(twoSections);
    const io = captureIo();
    const settings = ['--second-look', '0.98,0.5,8', '--second-look', '0.9,0.3,4,0.99,0.8'];
    expect(
      await crossValidateRedFlags(['--safety-dir', dir, '--folds', '2', ...settings], io),
    ).toBe(0);
    const titles = io.stdout.filter((line) => line.includes('2 folds'));
    expect(titles).toHaveLength(2);
    expect(titles[0]).toContain('second look at 0.98, 0.5, 8 words');
    // Without its last two numbers a setting keeps the committed one for doubted situations.
    expect(titles[0]).toContain(
      `doubted at ${SECOND_LOOK.doubted.learned}, ${SECOND_LOOK.doubted.secondLook}`,
    );
    expect(titles[1]).toContain('second look at 0.9, 0.3, 4 words; doubted at 0.99, 0.8');
  }, 120_000);

  it('refuses a --second-look that is not two probabilities, a count of words and maybe two more probabilities', async () => {
    for (const bad of [
      '0.98,0.5',
      '1,0.5,8',
      '0.98,0.5,8.5',
      '0.98,x,8',
      '0.98,0.5,8,1',
      '0.98,0.5,8,0.9,1',
      '0.98,0.5,8,0.9,0.9,0.9',
    ])
      await expect(crossValidateRedFlags(['--second-look', bad], captureIo())).rejects.toThrow(
        /--second-look wants L,S,W/,
      );
  });

  it('refuses fewer than two folds, or more folds than sections', async () => {
    const dir = await devHalf([item('mies ei hengitä', 'emergency')]);
    await expect(crossValidateRedFlags(['--folds', '1'], captureIo())).rejects.toThrow(/2 or more/);
    await expect(
      crossValidateRedFlags(['--safety-dir', dir, '--folds', '3'], captureIo()),
    ).rejects.toThrow(/1 sections: too few for 3 folds/);
  });

  it('splits at header lines after items, and needs one item per line', () => {
    const yaml = [...header, item('a', 'none'), item('b', 'none'), ...header, item('c', 'none')];
    expect(sectionsOf(yaml.join('\n'), 3, 'dev.yaml')).toEqual([0, 0, 1]);
    expect(() => sectionsOf(yaml.join('\n'), 4, 'dev.yaml')).toThrow(/one item per line/);
  });
});
