import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageReport, measureLanguage } from '../../../knowledge/cli/eval-language';
import type { Language } from '../../../knowledge/schema';
import { captureIo } from '../../factories/io';

describe('language detection figures', () => {
  it('counts first-message accuracy, switches into the message language and false switches', () => {
    // Knows only Swedish "tack", and never leaves a conversation's language.
    const detect = (text: string, current?: Language): Language =>
      current ?? (text === 'tack' ? 'sv' : 'fi');
    const figures = measureLanguage(
      [
        { text: 'tack', lang: 'sv' },
        { text: 'thanks', lang: 'en' },
      ],
      detect,
    );
    expect(figures.accuracy).toBe(0.5);
    expect(figures.switched).toBe(0);
    expect(figures.falseSwitch).toBe(0);
    expect(figures.failures).toEqual(['en→fi: thanks']);
  });

  it('counts a detector that follows every message as switching, and one that flips as false', () => {
    const follows = measureLanguage([{ text: 'x', lang: 'sv' }], () => 'sv');
    expect(follows.switched).toBe(1);
    const flips = measureLanguage([{ text: 'x', lang: 'sv' }], () => 'en');
    expect(flips.falseSwitch).toBe(1);
  });
});

describe('language report', () => {
  it('lists misdetected messages of the tuning sets but only counts those of a held-out set', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'opastin-lang-'));
    try {
      const dev = path.join(dir, 'dev.yaml');
      const held = path.join(dir, 'held.yaml');
      await writeFile(dev, '- { text: "tuning message", lang: sv }\n');
      await writeFile(held, '- { text: "held-out message", lang: sv }\n');
      const io = captureIo();
      const alwaysFinnish = { detectLanguage: (): Language => 'fi' };
      await languageReport(alwaysFinnish, io, true, { dev, held }, new Set(['held']));
      const printed = io.stdout.join('\n');
      expect(printed).toContain('sv→fi: tuning message');
      expect(printed).not.toContain('held-out message');
      expect(io.stdout.some((line) => line.startsWith('held ') && line.includes('0.0%'))).toBe(
        true,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
