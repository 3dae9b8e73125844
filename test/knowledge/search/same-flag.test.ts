/**
 * One text, every front door, the same flag: each message and client note of
 * the safety development set goes through the bot's turn (a new conversation
 * in the item's language), the panel's match and DOM, and `npm run search --
 * --note`; the situation, tier and first number must agree. The detector's
 * quality is measured by `npm run eval`; this checks that no front door
 * changes what it said. The set has some 1,600 items, so it runs in chunks
 * of 100, each starting with a turn of the event loop: vitest answers its
 * worker's messages only when the worker reaches its poll phase, so a minute
 * of synchronous work, even spread over tests, fails the run on a busy machine
 * ("Timeout calling onTaskUpdate").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleTurn } from '../../../bot/conversation/turn';
import { createTranslator } from '../../../extension/i18n';
import { renderResults } from '../../../extension/lib/render/results';
import { answerLine } from '../../../knowledge/cli/search';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import type { KnowledgeBase, Language } from '../../../knowledge/schema';
import { createSearchEngine } from '../../../knowledge/search/index';
import { matchNote } from '../../../knowledge/search/match-note';
import type { SearchEngine } from '../../../knowledge/search/types';
import { LOCALE } from '../../factories/bot-harness';

const DEV_SET = path.resolve(import.meta.dirname, '../../../knowledge/eval/safety/dev.yaml');
const NOW = new Date('2026-11-24T08:00:00Z');
const HOLIDAYS = finnishHolidays();

interface Item {
  text: string;
  lang: Language;
}

/** What a front door showed: "situation tier first-number", or "none". */
type Shown = string;

function botShows(kb: KnowledgeBase, engine: SearchEngine, item: Item): Shown {
  const input = { type: 'message' as const, text: item.text, locale: LOCALE[item.lang] };
  const { replies } = handleTurn(input, {}, { kb, engine, now: NOW });
  const first = replies[0];
  if (first?.type !== 'card' || first.card.kind !== 'emergency') return 'none';
  return `${first.card.situation} ${first.card.tier} ${first.card.links[0]?.url}`;
}

function panelShows(kb: KnowledgeBase, engine: SearchEngine, item: Item): Shown {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const model = matchNote(engine, kb, item.text);
  const t = createTranslator(item.lang);
  const ctx = { kb, lang: item.lang, t, now: NOW, holidays: HOLIDAYS, doc: document };
  document.body.appendChild(renderResults(model, ctx));
  const banner = document.querySelector('section.emergency');
  if (!banner) return 'none';
  const tel = banner.querySelector('a.phone')?.getAttribute('href');
  return `${banner.getAttribute('data-situation')} ${banner.getAttribute('data-tier')} ${tel}`;
}

function cliShows(kb: KnowledgeBase, engine: SearchEngine, item: Item): Shown {
  const line = JSON.parse(answerLine({ engine, note: kb }, JSON.stringify({ q: item.text }), 1));
  if (!line.emergency) return 'none';
  const first = kb.emergency.numbers.find((n) => n.id === line.emergency.numbers[0]);
  return `${line.emergency.flag} ${line.emergency.tier} tel:${first?.number.replace(/\s+/g, '')}`;
}

const CHUNK = 100;
const items = (parse(readFileSync(DEV_SET, 'utf8')) as Item[]).filter((i) => i.text && i.lang);
const chunks = Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => ({
  from: i * CHUNK,
  to: Math.min(items.length, (i + 1) * CHUNK),
}));

let kb: KnowledgeBase;
let engine: SearchEngine;
let flagged = 0;
beforeAll(async () => {
  const loaded = await loadKnowledgeDir();
  if (!loaded.kb) throw new Error('the bundled knowledge base does not load');
  kb = loaded.kb;
  engine = createSearchEngine(kb);
});

describe('the same flag for the same text in the bot, the panel and the CLI', () => {
  it.each(chunks)('agrees on dev items $from-$to', { timeout: 60_000 }, async ({ from, to }) => {
    await new Promise((resolve) => setImmediate(resolve));
    const differences: string[] = [];
    for (const item of items.slice(from, to)) {
      const bot = botShows(kb, engine, item);
      const panel = panelShows(kb, engine, item);
      const cli = cliShows(kb, engine, item);
      if (bot !== 'none') flagged++;
      if (bot !== panel || panel !== cli)
        differences.push(`${item.lang} "${item.text}": bot ${bot}, panel ${panel}, cli ${cli}`);
    }
    expect(differences).toEqual([]);
  });

  it('covered a set in which the bot flags many emergencies', () => {
    expect(items.length).toBeGreaterThan(1000);
    expect(flagged).toBeGreaterThan(500);
  });
});
