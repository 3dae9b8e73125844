import { describe, expect, it } from 'vitest';
import { recognizeCommand } from '../../../bot/conversation/commands';

describe('recognizeCommand', () => {
  it.each([
    ['på svenska', { type: 'language', lang: 'sv' }],
    ['Svenska', { type: 'language', lang: 'sv' }],
    ['ruotsiksi', { type: 'language', lang: 'sv' }],
    ['In English, please!', { type: 'language', lang: 'en' }],
    ['english', { type: 'language', lang: 'en' }],
    ['suomeksi', { type: 'language', lang: 'fi' }],
    ['voitko puhua suomeksi', { type: 'language', lang: 'fi' }],
    ['vaihda kieli', { type: 'language' }],
    ['byt språk', { type: 'language' }],
    ['apua?', { type: 'help' }],
    ['Hjälp', { type: 'help' }],
    ['help', { type: 'help' }],
    ['aloita alusta', { type: 'restart' }],
    ['börja om', { type: 'restart' }],
    ['start over', { type: 'restart' }],
    ['haluan puhua ihmisen kanssa', { type: 'person' }],
    ['jag vill prata med en människa', { type: 'person' }],
    ['can I talk to a person', { type: 'person' }],
    ['tietosuoja', { type: 'privacy' }],
    ['dataskydd', { type: 'privacy' }],
    ['privacy', { type: 'privacy' }],
  ])('%s', (text, action) => {
    expect(recognizeCommand(text)).toEqual(action);
  });

  it.each([
    'I need help with paying my rent this month',
    'tarvitsen apua kotona pärjäämiseen äidilleni joka asuu yksin',
    'hammassärky',
    'ihmissuhteet',
    'personlig assistans',
  ])('treats "%s" as a question, not a command', (text) => {
    expect(recognizeCommand(text)).toBeUndefined();
  });
});
