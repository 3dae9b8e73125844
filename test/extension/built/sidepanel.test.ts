/**
 * End to end in headless Debian Chromium: the production build is loaded as
 * an unpacked extension, a counsellor selects a client note on a local page,
 * the selection reaches the side panel (opened as a tab: headless Chromium has
 * no side panel UI), and the panel shows the right services and path steps.
 * Every request leaving the browser is recorded; none may carry the note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_ID } from '../../../extension/background/context-menu';
import { loadKnowledgeDir } from '../../../knowledge/loader';
import { createSearchEngine } from '../../../knowledge/search/index';
import { CHROMIUM_ARGS, chromiumEnv, ensureChromium } from '../../support/chromium';
import { CHROME_DIR, ensureBuilt } from './build';
import { recordingProxy, servePages, type SeenRequest } from './net';
import { seriousAxeViolations } from '../../support/axe';

const NOTE = 'äiti 84 v, muisti heikentynyt, asuu yksin, omaishoitaja uupunut';
/** Phrases from the notes that must never appear in any request, in any encoding. */
const SECRETS = [
  'muisti heikentynyt',
  'omaishoitaja uupunut',
  'asuu yksin',
  'eksyi kauppareissulla',
];

/** A realistic 2,000-character client note: the short note inside a longer record entry. */
function longNote(): string {
  const sentences = [
    `Puhelu tyttäreltä: ${NOTE}.`,
    'Äiti eksyi kauppareissulla viime viikolla ja naapuri toi hänet kotiin.',
    'Lääkkeet ovat jääneet ottamatta useana päivänä, dosetti on sekaisin.',
    'Tytär asuu toisella paikkakunnalla ja käy viikonloppuisin, mutta jaksaa huonosti.',
    'Isä kuoli kaksi vuotta sitten; äiti on siitä asti asunut yksin omakotitalossa.',
    'Kotona on portaita ja kylpyhuone on hankala, kaatumisia ei ole ollut.',
    'Äiti itse kokee pärjäävänsä, mutta unohtelee syödä ja laihtunut on.',
    'Toiveena arvio muistista ja tietoa siitä, millaista apua kotiin voisi saada.',
  ];
  let note = '';
  for (let i = 0; note.length < 2_000; i++) note += `${sentences[i % sentences.length]} `;
  return note.slice(0, 2_000);
}

const FIXTURE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Asiakastietojärjestelmä</title></head>
<body><h1>Asiakasmerkinnät</h1><p id="note">${NOTE}</p><p id="long">${longNote()}</p></body></html>`;

/** The one request the extension itself may make: the knowledge refresh from the build's server. */
const KNOWLEDGE_URL = 'http://localhost:3978/api/knowledge';

/** Chromium's own background services, which run with or without the extension. */
const BROWSER_HOSTS =
  /^(?:https?:\/\/)?[a-z0-9.-]*\b(?:googleapis\.com|google\.com|gvt1\.com|gstatic\.com)(?::\d+)?(?:\/|$)/;

/** The few extension APIs the test calls inside the extension (Chrome's event objects can dispatch). */
interface ExtensionGlobals {
  chrome: {
    contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      getCurrent(): Promise<{ id?: number } | undefined>;
    };
  };
}

let context: BrowserContext;
let worker: Worker;
let panel: Page;
let page: Page;
let userDataDir: string;
let closeAll: () => void;
const seenByPlaywright: SeenRequest[] = [];
let seenByProxy: SeenRequest[];
let pageOrigin: string;
let fixtureTabId: number | undefined;
const panelErrors: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
  const pages = await servePages({ '/client.html': FIXTURE });
  const proxy = await recordingProxy(pages.origin);
  pageOrigin = pages.origin;
  seenByProxy = proxy.seen;
  userDataDir = mkdtempSync(join(tmpdir(), 'opastin-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    env: chromiumEnv(),
    headless: true,
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${CHROME_DIR}`,
      `--load-extension=${CHROME_DIR}`,
      `--proxy-server=${proxy.url}`,
      // Route loopback through the proxy too, so the fixture page's traffic is seen.
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  context.on('request', (r) =>
    seenByPlaywright.push({
      method: r.method(),
      url: r.url(),
      headers: JSON.stringify(r.headers()),
      body: r.postData() ?? '',
    }),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  closeAll = () => {
    pages.close();
    proxy.close();
  };
});

afterAll(async () => {
  await context?.close();
  closeAll?.();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Selects an element's text on the page, as a counsellor would with the mouse. */
async function select(selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel) as Node);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}

/**
 * The counsellor's "Find services and referral path" click: headless Chromium
 * has no context-menu UI, so the test dispatches the menu's onClicked event
 * in the extension's service worker, and the real background handler runs
 * (opening the side panel needs a real click and fails quietly here; handing
 * the text to the panel does not).
 */
async function handOver(text: string): Promise<{ total: number; search: number }> {
  const before = await matchCount();
  await worker.evaluate(
    ([menuItemId, selectionText, tabId]) =>
      (globalThis as unknown as ExtensionGlobals).chrome.contextMenus.onClicked.dispatch(
        { menuItemId, selectionText, editable: false, pageUrl: '' },
        { id: tabId },
      ),
    [MENU_ID, text, fixtureTabId] as const,
  );
  await panel.waitForFunction(
    (n) => performance.getEntriesByName('opastin:match').length > n,
    before,
  );
  return panel.evaluate(() => ({
    total: performance.getEntriesByName('opastin:match').at(-1)?.duration ?? NaN,
    search: performance.getEntriesByName('opastin:search').at(-1)?.duration ?? NaN,
  }));
}

function matchCount(): Promise<number> {
  return panel.evaluate(() => performance.getEntriesByName('opastin:match').length);
}

describe('the counsellor side panel in Chromium', () => {
  it('loads the extension and opens the panel page', async () => {
    const extensionId = new URL(worker.url()).host;
    page = await context.newPage();
    await page.goto(`${pageOrigin}/client.html`);
    panel = await context.newPage();
    panel.on('pageerror', (error) => panelErrors.push(error.message));
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    // With the start-up blank page closed, the fixture is the one tab that is not the panel.
    await Promise.all(
      context
        .pages()
        .filter((p) => p !== page && p !== panel)
        .map((p) => p.close()),
    );
    fixtureTabId = await panel.evaluate(async () => {
      const { tabs } = (globalThis as unknown as ExtensionGlobals).chrome;
      const own = (await tabs.getCurrent())?.id;
      return (await tabs.query({})).find((t) => t.id !== own)?.id;
    });
    expect(fixtureTabId).toBeTypeOf('number');
    await expect
      .poll(() => panel.locator('#knowledge-version').textContent())
      .toContain('laajennuksen mukana');
  });

  it('matches the selected client note to the right services and path steps', async () => {
    const selected = await select('#note');
    expect(selected).toBe(NOTE);
    await handOver(selected);
    const ids = await panel
      .locator('article.service')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')));
    expect(ids.slice(0, 4)).toContain('memory-clinic');
    expect(ids).toContain('informal-care-support');

    const memory = panel.locator('article[data-service-id="memory-clinic"]');
    await memory.locator('.why li').first().waitFor();
    expect(await memory.locator('.path-steps li').count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => memory.locator('[aria-current="step"]').textContent())
      .toContain('Muistipoliklinikka');
    await expect.poll(() => memory.locator('.step-details').textContent()).toContain('Kuka ohjaa');
    await expect
      .poll(() => panel.locator('button.chip[data-id="older-people"]').getAttribute('aria-pressed'))
      .toBe('true');
  });

  it('matches and renders a 2,000-character selection quickly (printed, target < 100 ms)', async () => {
    const selected = await select('#long');
    expect(selected.length).toBe(2_000);
    const timings: { total: number; search: number }[] = [];
    // A different rotation of the note each time, so no run can reuse a previous query.
    for (let i = 0; i < 7; i++) {
      timings.push(await handOver(selected.slice(i * 37) + selected.slice(0, i * 37)));
    }
    const [first, ...rest] = timings;
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const ms = (x: number | undefined) => `${(x ?? NaN).toFixed(1)} ms`;
    console.log(
      `[extension e2e] match + render of a 2,000-character selection (target < 100 ms): ` +
        `first ${ms(first?.total)} (matching ${ms(first?.search)}), ` +
        `then median ${ms(median(rest.map((t) => t.total)))} (matching ${ms(median(rest.map((t) => t.search)))}), ` +
        `max ${ms(Math.max(...rest.map((t) => t.total)))}`,
    );
    expect(await panel.locator('article[data-service-id="memory-clinic"]').count()).toBe(1);
  });

  it('"use selected text" explains what to do where it may not read the page', async () => {
    // The active tab is the panel itself here, which no extension may script.
    await panel.locator('#use-selection').click();
    await expect.poll(() => panel.locator('#status').textContent()).toContain('Alt+Shift+O');
  });

  it('re-ranks from the keyboard and switches language', async () => {
    await panel.locator('button.chip[data-id="occasional"]').focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('button.chip[data-id="occasional"]').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      'occasional',
    );
    await panel.locator('button[data-lang="sv"]').click();
    await expect.poll(() => panel.locator('#results-heading').textContent()).toBe('Tjänster');
    await expect.poll(() => panel.locator('html').getAttribute('lang')).toBe('sv');
    await panel.locator('button[data-lang="fi"]').click();
  });

  it('copies a referral summary without the client note', async () => {
    await panel.locator('#copy-summary').click();
    const summary = await panel.locator('#summary-text').inputValue();
    expect(summary).toContain('Muistipoliklinikka');
    for (const secret of SECRETS) expect(summary).not.toContain(secret);
  });

  it('flags an emergency note as the bot does: tier, situation, the words that fired it, 112', async () => {
    const note = 'Puoliso soitti: miehen rintaa puristaa ja hän hikoilee.';
    const { kb } = await loadKnowledgeDir();
    const bot = createSearchEngine(kb!).search(note).emergency;
    expect(bot).not.toBeNull();
    await handOver(note);
    const banner = panel.locator('section.emergency');
    await banner.waitFor();
    expect(await banner.getAttribute('data-tier')).toBe(bot?.tier);
    expect(await banner.getAttribute('data-situation')).toBe(bot?.flag);
    expect(await banner.locator('.emergency-why').textContent()).toContain(`”${bot?.matched}”`);
    expect(await banner.locator('a.phone').first().getAttribute('href')).toBe('tel:112');
  });

  it('shows the learned signal’s flag for a note no concept names, as the bot does', async () => {
    const note = 'Asiakas soitti illalla: seison sillalla enkä jaksa enää.';
    const { kb } = await loadKnowledgeDir();
    const bot = createSearchEngine(kb!).search(note).emergency;
    expect(bot).toMatchObject({ learned: true, flag: 'general-112' });
    await handOver(note);
    const banner = panel.locator('section.emergency');
    await banner.waitFor();
    expect(await banner.getAttribute('data-situation')).toBe(bot?.flag);
    expect(await banner.locator('.emergency-why').textContent()).toContain(`”${bot?.matched}”`);
    expect(await banner.locator('a.phone').first().getAttribute('href')).toBe('tel:112');
  });

  it('has no serious or critical accessibility violations, also with a red flag shown', async () => {
    await handOver(`${NOTE}. Hänellä on nyt kova rintakipu.`);
    await panel.locator('.emergency').waitFor();
    expect(await seriousAxeViolations(panel)).toEqual([]);
  });

  it('cannot connect anywhere but the configured knowledge server (CSP)', async () => {
    const outcome = await panel.evaluate(
      (url) =>
        fetch(url).then(
          () => 'connected',
          () => 'blocked',
        ),
      `${pageOrigin}/client.html?q=probe`,
    );
    expect(outcome).toBe('blocked');
    expect(seenByProxy.some((r) => r.url.includes('probe'))).toBe(false);
  });

  it('options: refuses a server the CSP does not allow, and survives an unreachable one', async () => {
    const options = await context.newPage();
    await options.goto(panel.url().replace('sidepanel.html', 'options.html'));
    await options.locator('#server-url').fill('https://evil.example.com/');
    await options.locator('button[type="submit"]').click();
    await expect
      .poll(() => options.locator('#options-status').textContent())
      .toContain('http://localhost:3978');

    // Nothing listens on the build's server here: the refresh fails and the bundled knowledge stays.
    await options.locator('#server-url').fill('http://localhost:3978');
    await options.locator('button[type="submit"]').click();
    await expect
      .poll(() => options.locator('#options-status').textContent())
      .toContain('Päivitys epäonnistui');
    expect(
      seenByProxy.some((r) => r.url === KNOWLEDGE_URL && r.method === 'GET' && r.body === ''),
    ).toBe(true);
    await expect
      .poll(() => panel.locator('#knowledge-version').textContent())
      .toContain('laajennuksen mukana');
    await options.close();
  });

  it('ran the whole session without an uncaught error in the panel', () => {
    expect(panelErrors).toEqual([]);
  });

  it('sends nothing of the selected text anywhere', async () => {
    // Give late requests (knowledge refresh, favicons) a moment to show up.
    await panel.waitForTimeout(500);
    const carries = (r: SeenRequest) => {
      const all = `${r.url}\n${r.headers}\n${r.body}`;
      const decoded = (() => {
        try {
          return decodeURIComponent(all.replace(/\+/g, ' '));
        } catch {
          return all;
        }
      })();
      return SECRETS.some((s) => all.includes(s) || decoded.includes(s));
    };
    expect(seenByPlaywright.filter(carries)).toEqual([]);
    expect(seenByProxy.filter(carries)).toEqual([]);
    // Besides the fixture page and the knowledge refresh (a GET with no body, checked above),
    // only Chromium's own update and sign-in services call out, as they do with no extension.
    const others = seenByProxy.filter(
      (r) => !r.url.startsWith(`${pageOrigin}/`) && r.url !== KNOWLEDGE_URL,
    );
    expect(others.filter((r) => !BROWSER_HOSTS.test(r.url))).toEqual([]);
    expect(
      seenByPlaywright.filter(
        (r) =>
          r.url.startsWith('http') &&
          !r.url.startsWith(`${pageOrigin}/`) &&
          r.url !== KNOWLEDGE_URL,
      ),
    ).toEqual([]);
    expect(seenByProxy.some((r) => r.url === `${pageOrigin}/client.html`)).toBe(true);
  });
});
