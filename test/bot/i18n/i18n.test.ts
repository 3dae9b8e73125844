import { describe, expect, it } from 'vitest';
import { createI18n, RESOURCES, translator } from '../../../bot/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('bot texts', () => {
  const fi = new Map(leaves(RESOURCES.fi));

  it.each(['sv', 'en'] as const)(
    '%s has every Finnish key, none empty, with the same placeholders',
    (lang) => {
      const other = new Map(leaves(RESOURCES[lang]));
      expect([...other.keys()].sort()).toEqual([...fi.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(fi.get(key) ?? ''));
      }
    },
  );

  it('Swedish is translated, not a copy of the Finnish', () => {
    // Texts made only of placeholders ("{{name}}: {{status}}") are the same in every language.
    const words = (text: string) => text.replace(/\{\{\w+\}\}/g, '').replace(/[^\p{L}]/gu, '');
    const copies = leaves(RESOURCES.sv).filter(
      ([key, text]) => fi.get(key) === text && words(text).length > 0,
    );
    expect(copies).toEqual([]);
  });

  it('gives each language its own translator, so one conversation cannot switch another', () => {
    const sv = translator('sv');
    const en = translator('en');
    expect(sv('restart.done')).toBe('Vi börjar om från början.');
    expect(en('restart.done')).toBe("Let's start over.");
    expect(sv('restart.done')).toBe('Vi börjar om från början.');
    expect(createI18n('fi').language).toBe('fi');
  });

  it('interpolates values as plain text (escaping is the renderer’s job)', () => {
    expect(translator('fi')('municipality.noted', { name: '<Lohja>' })).toContain('<Lohja>');
  });
});
