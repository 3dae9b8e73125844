import { describe, expect, it } from 'vitest';
import { measureLanguage } from '../../../knowledge/cli/eval-language';
import type { Language } from '../../../knowledge/schema';

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
