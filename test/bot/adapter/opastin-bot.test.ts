import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../knowledge/search/types';
import { botHarness } from '../../factories/bot-harness';
import { conversationKb } from '../../factories/conversation-kb';
import { fakeEngine } from '../../factories/fake-engine';

const ID_CODE = '131052-308T';

describe('OpastinBot', () => {
  it('welcomes once when the user joins, not when only the bot is added', async () => {
    const kb = conversationKb();
    const bot = botHarness({ kb, engine: fakeEngine(kb) });
    const botOnly = await bot.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Opastin' }],
    });
    expect(botOnly).toEqual([]);
    const welcome = await bot.join();
    expect(welcome[0]?.text).toMatch(/Olen Opastin/);
    expect(await bot.join()).toEqual([]);
  });

  it('answers in the language the page sets with opastin/set-language', async () => {
    const kb = conversationKb();
    const bot = botHarness({ kb, engine: fakeEngine(kb) });
    await bot.setLanguage('sv');
    const welcome = await bot.join('fi');
    expect(welcome[0]?.text).toMatch(/Jag är Opastin/);
    expect(welcome[0]?.activity.locale).toBe('sv-FI');
  });

  it('on an error logs it redacted and tells the resident something safe', async () => {
    const kb = conversationKb();
    const broken: SearchEngine = {
      ...fakeEngine(kb),
      search(query) {
        throw new Error(`index corrupt while searching "${query}"`);
      },
    };
    const bot = botHarness({ kb, engine: broken });
    const replies = await bot.say(`hetu ${ID_CODE} soita 040 123 4567`, 'en');
    expect(replies.map((r) => r.text)).toEqual([
      'Sorry, something went wrong. Please try again in a moment. In an emergency, call 112.',
    ]);
    expect(bot.logs.join('\n')).toMatch(/onTurnError/);
    expect(bot.logs.join('\n')).not.toContain(ID_CODE);
    expect(bot.logs.join('\n')).not.toContain('040 123 4567');
    // The conversation goes on after the error.
    expect(await bot.say('help', 'en')).not.toEqual([]);
  });

  it('reads the knowledge source on every turn, so a publish takes effect at once', async () => {
    const kb = conversationKb();
    const bot = botHarness({ kb, engine: fakeEngine(kb) });
    expect((await bot.say('hammassärky'))[0]?.cardTitles).toEqual(['Hammashoito']);
    const published = conversationKb();
    published.services = published.services.map((s) =>
      s.id === 'dental-care' ? { ...s, name: { ...s.name, fi: 'Suun terveys' } } : s,
    );
    bot.knowledge.swap({ kb: published, engine: fakeEngine(published) });
    expect((await bot.say('hammassärky'))[0]?.cardTitles).toEqual(['Suun terveys']);
  });

  it('records at most 20 questions from one conversation, counting repeats', async () => {
    const kb = conversationKb();
    const bot = botHarness({ kb, engine: fakeEngine(kb) });
    for (let i = 0; i < 5; i++) await bot.say('koiran rokotus');
    for (let i = 0; i < 40; i++) await bot.say(`avaruusmatka numero ${i}`);
    const entries = await bot.insight.list();
    expect(entries[0]).toMatchObject({ text: 'koiran rokotus', count: 5 });
    expect(entries.reduce((sum, e) => sum + (e.count ?? 1), 0)).toBe(20);
  });
});
