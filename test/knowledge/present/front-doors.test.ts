/**
 * One service, three front doors, the same facts: every service in every
 * language through the bot's card, the panel's DOM and the editor preview's
 * view model. Facts are the name, the summary, each status text, phone and
 * link; a fallback text must carry its marker in all three.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCard } from '../../../bot/adapter/render';
import { serviceCard } from '../../../bot/conversation/cards';
import { translator } from '../../../bot/i18n';
import { createTranslator } from '../../../extension/i18n';
import { renderService } from '../../../extension/lib/render/service';
import { finnishHolidays } from '../../../knowledge/hours/finnish-holidays';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { plain, presentService, type ServiceView } from '../../../knowledge/present';
import { importGeneralDescriptions } from '../../../knowledge/ptv/import';
import {
  LANGUAGES,
  type KnowledgeBase,
  type Language,
  type Service,
} from '../../../knowledge/schema';
import { fakeGeneralDescription, fakeImportOptions } from '../../factories/ptv';

const holidays = finnishHolidays();
// Christmas Eve 2026, 10:00 in Helsinki: weekday channels are closed for the holiday.
const NOW = new Date('2026-12-24T08:00:00Z');
const MUNICIPALITY = 'lohja';

function facts(view: ServiceView): string[] {
  const out = [plain(view.name), plain(view.summary)];
  for (const c of view.channels) {
    if (c.status) out.push(c.status.text);
    if (c.phone) out.push(c.phone.display, c.phone.href);
    if (c.url) out.push(c.url);
  }
  const point = view.municipality?.point;
  if (point) out.push(plain(point.name), point.status.text);
  return out;
}

function botText(service: Service, kb: KnowledgeBase, lang: Language): string {
  const card = serviceCard(service, {
    kb,
    lang,
    t: translator(lang),
    now: NOW,
    holidays,
    municipality: MUNICIPALITY,
  });
  // What Web Chat receives: the Adaptive Card JSON (markdown-escaped text, action URLs).
  const json = JSON.stringify(adaptiveCard(card, lang));
  return `${card.speak} ${card.links.map((l) => l.url).join(' ')} ${json}`;
}

function panelText(service: Service, kb: KnowledgeBase, lang: Language): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = renderService(
    { service, score: 1, why: [] },
    0,
    { municipality: MUNICIPALITY },
    {
      kb,
      lang,
      t: createTranslator(lang),
      now: NOW,
      holidays,
      doc: document as unknown as Document,
    },
  );
  const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  return `${el.textContent} ${hrefs.join(' ')}`;
}

function checkAllDoors(kb: KnowledgeBase) {
  for (const service of kb.services) {
    for (const lang of LANGUAGES) {
      const view = presentService(service, {
        kb,
        lang,
        now: NOW,
        holidays,
        municipality: MUNICIPALITY,
      });
      // The preview sends this JSON as it is: it must survive the trip unchanged.
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      expect(view.name.text, `${service.id} ${lang} name`).not.toBe('');
      expect(view.summary.text, `${service.id} ${lang} summary`).not.toBe('');
      const bot = botText(service, kb, lang).replace(/\\/g, '');
      const panel = panelText(service, kb, lang).replace(/\s+/g, ' ');
      for (const fact of facts(view)) {
        expect(bot, `${service.id} ${lang}: bot card lacks "${fact}"`).toContain(fact);
        expect(panel, `${service.id} ${lang}: panel lacks "${fact}"`).toContain(
          fact.replace(/\s+/g, ' '),
        );
      }
    }
  }
}

describe('every service looks the same through the bot, the panel and the preview', () => {
  let bundled: KnowledgeBase;
  beforeAll(async () => {
    const { kb } = await loadKnowledgeDir();
    if (!kb) throw new Error('the bundled knowledge base does not load');
    bundled = kb;
  });

  it('on the bundled knowledge base, in fi, sv and en', () => {
    expect(bundled.services.length).toBeGreaterThan(10);
    checkAllDoors(bundled);
  });

  it('on a PTV import with Finnish-only texts: no blank name or summary, fallbacks marked', () => {
    const { services } = importGeneralDescriptions(
      [
        fakeGeneralDescription(),
        fakeGeneralDescription({
          code: 'SOTE-0010',
          name: { fi: 'Lastensuojelu' },
          short: {},
          description: { fi: 'Lapsen etu ensin. Tukea perheelle.' },
        }),
      ],
      fakeImportOptions(),
    );
    const kb = { ...bundled, services, paths: [] };
    checkAllDoors(kb);
    const child = services.find((s) => s.id === 'SOTE-0010')!;
    const sv = presentService(child, { kb, lang: 'sv', now: NOW, holidays });
    expect(plain(sv.name)).toBe('Lastensuojelu (på finska)');
    expect(plain(sv.summary)).toBe('Lapsen etu ensin. (på finska)');
    expect(panelText(child, kb, 'en')).toContain('Lastensuojelu (in Finnish)');
    expect(botText(child, kb, 'en')).toContain('Lastensuojelu (in Finnish)');
  });
});
