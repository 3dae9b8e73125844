import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageSelection } from '../../../extension/lib/selection';

describe('readPageSelection', () => {
  it('reads the selected part of a focused text area (client systems keep notes in them)', () => {
    const { document } = parseHTML('<html><body><textarea id="n"></textarea></body></html>');
    const area = document.getElementById('n') as unknown as HTMLTextAreaElement;
    area.value = 'Tausta. äiti 84 v, muisti heikentynyt. Muuta.';
    Object.assign(area, { selectionStart: 8, selectionEnd: 37 });
    Object.defineProperty(document, 'activeElement', { value: area });
    expect(readPageSelection(document as unknown as Document)).toBe(
      'äiti 84 v, muisti heikentynyt',
    );
  });

  it('otherwise reads the page selection', () => {
    const { document } = parseHTML('<html><body><p>x</p></body></html>');
    Object.defineProperty(document, 'defaultView', {
      value: { getSelection: () => ({ toString: () => 'omaishoitaja uupunut' }) },
    });
    expect(readPageSelection(document as unknown as Document)).toBe('omaishoitaja uupunut');
  });

  it('is self-contained, as executeScript requires', () => {
    // A serialised function cannot reach imports or outer variables.
    expect(readPageSelection.toString()).not.toMatch(/\bimport\b|__vite|_\w+\.\w+\(/);
  });
});
