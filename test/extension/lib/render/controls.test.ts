import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../extension/i18n';
import {
  describeKnowledge,
  fillFilters,
  translateLabels,
} from '../../../../extension/lib/render/controls';
import { memoryKb } from '../../fixtures';

function page() {
  const { document } = parseHTML(
    '<html lang="fi"><body><h1 data-i18n="appTitle"></h1><button data-i18n="input.search"></button>' +
      '<button data-lang="fi"></button><button data-lang="sv"></button>' +
      '<select id="filter-life-stage"></select><select id="filter-municipality"></select>' +
      '<select id="filter-level"></select></body></html>',
  );
  return document as unknown as Document;
}

describe('panel controls', () => {
  it('translate static labels and mark the chosen language', () => {
    const doc = page();
    translateLabels(doc, createTranslator('sv'), 'sv');
    expect(doc.querySelector('button[data-i18n]')?.textContent).toBe('Sök tjänster');
    expect(doc.documentElement.getAttribute('lang')).toBe('sv');
    expect(doc.querySelector('button[data-lang="sv"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(doc.querySelector('button[data-lang="fi"]')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('list municipalities by their name in the chosen language, keeping the choice', () => {
    const doc = page();
    fillFilters(doc, memoryKb(), createTranslator('sv'), 'sv', 'lohja');
    const options = [...doc.querySelectorAll('#filter-municipality option')];
    expect(options.map((o) => o.textContent)).toEqual(['Alla', 'Hangö', 'Lojo']);
    expect((doc.getElementById('filter-municipality') as HTMLSelectElement).value).toBe('lohja');
    expect(doc.querySelectorAll('#filter-level option')).toHaveLength(6);
  });

  it('say which knowledge is in use and from where', () => {
    const kb = memoryKb();
    const text = describeKnowledge({ kb, source: 'server' }, createTranslator('en'), 'en');
    expect(text).toContain(kb.version);
    expect(text).toContain('(from the server)');
  });
});
