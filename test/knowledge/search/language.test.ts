import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import type { Language } from '../../../knowledge/schema';
import { createSearchEngine } from '../../../knowledge/search/index';
import type { SearchEngine } from '../../../knowledge/search/types';

let engine: SearchEngine;

beforeAll(async () => {
  const { kb } = await loadKnowledgeDir();
  if (!kb) throw new Error('the bundled knowledge base does not load');
  engine = createSearchEngine(kb);
});

describe('the language of a message in a conversation', () => {
  it.each([
    ['jag vill inte leva längre', 'fi', 'sv'],
    ['jag har ont i en tand, var hittar jag tandvård', 'en', 'sv'],
    ['where can i get help for my child', 'fi', 'en'],
    ['tarvitsen apua lapseni kanssa', 'sv', 'fi'],
  ] as [string, Language, Language][])('"%s" in a %s conversation is %s', (text, current, lang) => {
    expect(engine.detectLanguage(text, current)).toBe(lang);
  });

  it.each([
    // Very short: a greeting, a thank-you or a place name says nothing about the conversation.
    ['ok', 'sv'],
    ['tack', 'fi'],
    ['thanks', 'fi'],
    ['Lohja', 'sv'],
    ['tandvärk', 'fi'],
    // Mixed: the resident borrows a word from another language.
    ['i need hammaslääkäri', 'fi'],
    ['tarvitsen dental care', 'en'],
  ] as [string, Language][])('"%s" keeps a %s conversation in its language', (text, current) => {
    expect(engine.detectLanguage(text, current)).toBe(current);
  });

  it('guesses without a conversation, Finnish when nothing decides', () => {
    expect(engine.detectLanguage('tack')).toBe('sv');
    expect(engine.detectLanguage('112')).toBe('fi');
    // Finland-Swedish "int", and "han" that folds like Finnish "hän": the panel reads the note's
    // language from its text, and the short negation counts only in that language.
    expect(engine.detectLanguage('han andas int ordentligt')).toBe('sv');
    expect(engine.detectLanguage('hon e int sig själv')).toBe('sv');
    // A Swedish note of terms with ä and ö and few function words, and Finland-Swedish "ja"
    // (jag) that is Finnish "and": Swedish, so its "förnekar" denies what follows it.
    expect(
      engine.detectLanguage(
        'Förnekar suicidtankar, förnekar självskada, förnekar hallucinationer.',
      ),
    ).toBe('sv');
    expect(engine.detectLanguage('ja tog alla mina sömntabletter för en stund sen')).toBe('sv');
    expect(engine.detectLanguage('vi drog upp en pojke ur sjön han andas knappt')).toBe('sv');
    expect(engine.detectLanguage('me ollaan kotona ja lapsella on kuumetta')).toBe('fi');
  });
});
