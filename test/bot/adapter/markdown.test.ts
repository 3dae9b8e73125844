import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../bot/adapter/markdown';

describe('escapeMarkdown', () => {
  it.each([
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** _it_ `code` ~~del~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~del\\~\\~'],
    ['# heading', '\\# heading'],
    ['- item\n+ item\n> quote', '\\- item\n\\+ item\n\\> quote'],
    ['1. first\n2) second', '1\\. first\n2\\) second'],
    ['a | b', 'a \\| b'],
    ['&lt;', '\\&lt;'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (input, escaped) => {
    expect(escapeMarkdown(input)).toBe(escaped);
  });

  it('leaves ordinary text, numbers and times alone', () => {
    const text = 'Avoinna nyt, klo 15:30 asti. Soita 116117 - tai 09 2525 0111.';
    expect(escapeMarkdown(text)).toBe(text);
  });
});
