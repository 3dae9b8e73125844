import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelDeps } from '../../../../extension/entrypoints/sidepanel/panel';
import { finnishHolidays } from '../../../../knowledge/hours/finnish-holidays';
import { memoryKb, scriptedEngine } from '../../fixtures';

const HTML = readFileSync(
  new URL('../../../../extension/entrypoints/sidepanel/index.html', import.meta.url),
  'utf8',
);
const NOTE = 'äiti 84 v, muisti heikentynyt, asuu yksin, omaishoitaja uupunut';

function mount(overrides: Partial<PanelDeps> = {}) {
  const { document, window } = parseHTML(HTML);
  const engine = scriptedEngine(['memory-clinic', 'informal-care-support']);
  const saveSettings = vi.fn(async () => undefined);
  const copyText = vi.fn(async () => undefined);
  const panel = new Panel({
    doc: document as unknown as Document,
    knowledge: { kb: memoryKb(), source: 'bundled' },
    createEngine: () => engine,
    settings: { municipality: 'lohja' },
    saveSettings,
    readSelection: async () => NOTE,
    copyText,
    now: () => new Date('2026-11-24T08:00:00Z'),
    holidays: finnishHolidays(),
    ...overrides,
  });
  const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
  const click = (selector: string) =>
    $(selector).dispatchEvent(new window.Event('click', { bubbles: true }));
  return { panel, engine, saveSettings, copyText, document, $, click };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the side panel', () => {
  it('starts in Finnish with the knowledge version and an empty-state hint', () => {
    const { $ } = mount();
    expect($('#knowledge-version').textContent).toContain('laajennuksen mukana');
    expect($('#results').textContent).toContain('Valitse tekstiä');
    expect($('button[data-lang="fi"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('"use selected text" matches the page selection and shows services', async () => {
    const { click, $, document } = mount();
    click('#use-selection');
    await flush();
    expect(($('#note') as HTMLTextAreaElement).value).toBe(NOTE);
    const ids = [...document.querySelectorAll('article.service')].map((a) =>
      a.getAttribute('data-service-id'),
    );
    expect(ids).toEqual(['memory-clinic', 'informal-care-support']);
    expect($('#status').textContent).toContain(`${NOTE.length}`);
  });

  it('explains what to do when the page cannot be read', async () => {
    const { click, $ } = mount({
      readSelection: async () => Promise.reject(new Error('no activeTab')),
    });
    click('#use-selection');
    await flush();
    expect($('#status').textContent).toContain('Etsi palvelut ja palvelupolku');
    expect($('#status').textContent).toContain('Alt+Shift+O');
  });

  it('warms the engine up without showing anything', () => {
    const { panel, engine, $ } = mount();
    panel.warmUp();
    expect(engine.calls).toHaveLength(1);
    expect($('#results').textContent).toContain('Valitse tekstiä');
  });

  it('shows the shortcut as the counsellor has set it', () => {
    const { $ } = mount({ shortcut: 'Ctrl+Shift+Y' });
    expect($('#shortcut-hint').textContent).toContain('Ctrl+Shift+Y');
  });

  it('re-ranks when the counsellor changes a segment chip', () => {
    const { panel, engine, click, $ } = mount();
    panel.useText(NOTE);
    click('button.chip[data-axis="needProfile"][data-id="occasional"]');
    expect(engine.calls.at(-1)).toMatchObject({
      lifeStage: 'older-people',
      needProfile: 'occasional',
    });
    expect($('button.chip[data-id="occasional"]').getAttribute('aria-pressed')).toBe('true');
    expect($('button.chip[data-id="high-need"]').getAttribute('aria-pressed')).toBe('false');
  });

  it('switches language for labels and results, and remembers it', () => {
    const { panel, click, $, saveSettings, document } = mount();
    panel.useText(NOTE);
    click('button[data-lang="sv"]');
    expect(document.documentElement.getAttribute('lang')).toBe('sv');
    expect($('#use-selection').textContent).toBe('Använd markerad text');
    expect($('article.service h3').textContent).toContain('Minnesmottagning');
    expect(saveSettings).toHaveBeenCalledWith(expect.objectContaining({ language: 'sv' }));
  });

  it('copies a plain-text referral summary and shows it', async () => {
    const { panel, click, $, copyText } = mount();
    panel.useText(NOTE);
    click('#copy-summary');
    await flush();
    expect(copyText).toHaveBeenCalledWith(expect.stringContaining('Muistipoliklinikka'));
    expect(($('#summary-text') as HTMLTextAreaElement).value).toContain('Palvelupolku');
    expect($('#status').textContent).toContain('kopioitu');
  });

  it('keeps the summary on screen for manual copying when the clipboard refuses', async () => {
    const { panel, click, $ } = mount({
      copyText: async () => Promise.reject(new Error('denied')),
    });
    panel.useText(NOTE);
    click('#copy-summary');
    await flush();
    expect(($('#summary-text') as HTMLTextAreaElement).value).toContain('Muistipoliklinikka');
    expect($('#status').textContent).toContain('Kopiointi ei onnistunut');
  });

  it('re-runs the match with refreshed knowledge', () => {
    const { panel, $ } = mount();
    panel.useText(NOTE);
    const kb = memoryKb();
    kb.services.find((s) => s.id === 'memory-clinic')!.name.fi = 'Muistipoli (päivitetty)';
    panel.setKnowledge({ kb, source: 'server' });
    expect($('article.service h3').textContent).toContain('Muistipoli (päivitetty)');
    expect($('#knowledge-version').textContent).toContain('palvelimelta');
  });
});
