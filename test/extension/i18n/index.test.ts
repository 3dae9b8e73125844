import { describe, expect, it } from 'vitest';
import type { MatchReason } from '../../../knowledge/search/types';
import { createTranslator, toLanguage } from '../../../extension/i18n';
import { en } from '../../../extension/i18n/en';
import { fi } from '../../../extension/i18n/fi';
import { sv } from '../../../extension/i18n/sv';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('extension strings', () => {
  it('exist in Finnish, Swedish and English with the same keys and placeholders', () => {
    const reference = leaves(en);
    for (const strings of [fi, sv]) {
      const map = new Map(leaves(strings));
      expect([...map.keys()].sort()).toEqual(reference.map(([k]) => k).sort());
      for (const [key, text] of reference) {
        const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
        expect(map.get(key), key).not.toBe('');
        expect(placeholders(map.get(key) ?? ''), key).toEqual(placeholders(text));
      }
    }
  });

  it('translate in the chosen language whatever the browser’s language', () => {
    expect(createTranslator('sv')('menu.find')).toBe('Sök tjänster och servicestig');
    expect(createTranslator('fi')('selection.received', { count: 3 })).toBe(
      'Valittu teksti käsitelty (3 merkkiä).',
    );
    expect(createTranslator('en')('path.step', { n: 2, total: 5 })).toBe('Step 2 of 5');
  });

  it('explain every kind of match the search engine reports', () => {
    const kinds: MatchReason['kind'][] = [
      'exact',
      'stem',
      'fuzzy',
      'compound',
      'synonym',
      'context',
    ];
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const t = createTranslator(lang);
      for (const kind of kinds)
        expect(t(`kind.${kind}`), `${lang} ${kind}`).not.toBe(`kind.${kind}`);
    }
  });

  it('fall back to Finnish for an unknown stored language', () => {
    expect(toLanguage('de')).toBe('fi');
    expect(toLanguage(undefined)).toBe('fi');
    expect(toLanguage('sv')).toBe('sv');
  });
});
