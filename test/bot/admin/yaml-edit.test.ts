import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../knowledge/loader';
import { applyEdits, EditError } from '../../../bot/admin/yaml-edit';

const dental = () =>
  readFile(path.join(BUNDLED_KNOWLEDGE_DIR, 'services/dental-care.yaml'), 'utf8');

function changedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((l) => !old.has(l));
}

describe('applyEdits', () => {
  it('changes only the edited lines of a folded description and a flow list', async () => {
    const text = await dental();
    const out = applyEdits(text, {
      'description.sv': 'Tandklinikerna erbjuder kontroller och akut vård.',
      'phrasings.sv': ['tandvärk', 'ont i tanden: akut'],
    });
    expect(parse(out).description.sv).toBe('Tandklinikerna erbjuder kontroller och akut vård.');
    expect(parse(out).phrasings.sv).toEqual(['tandvärk', 'ont i tanden: akut']);
    expect(parse(out).description.fi).toBe(parse(text).description.fi);
    expect(changedLines(text, out)).toEqual([
      '    Tandklinikerna erbjuder kontroller och akut vård.',
      '  sv: [tandvärk, "ont i tanden: akut"]',
    ]);
  });

  it('keeps field order when adding and removing keys', async () => {
    const text = await dental();
    const out = applyEdits(text, { fees: null, 'requirements.sv': 'Ny' });
    const keys = Object.keys(parse(out) as object);
    expect(keys).not.toContain('fees');
    expect(keys.indexOf('requirements')).toBe(
      Object.keys(parse(text) as object).indexOf('requirements'),
    );
  });

  it('rejects broken YAML and odd field paths with clear messages', () => {
    expect(() => applyEdits('a: [x', { a: 'b' })).toThrow(/not valid YAML/);
    expect(() => applyEdits('a: b', { '__proto__.x': 'y' })).toThrow(EditError);
  });
});
