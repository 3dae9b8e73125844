import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumEnv, ensureChromium } from '../../support/chromium';
import { startRealServer, type RealServer } from '../real-server';
import { RESOURCES } from '../../../bot/i18n';
import { seriousAxeViolations } from '../../support/axe';

let running: RealServer;
let browser: Browser;

beforeAll(async () => {
  running = await startRealServer();
  browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
    env: chromiumEnv(),
  });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** Opens the page and records Content-Security-Policy violations. */
async function openPage(
  viewport = { width: 1100, height: 900 },
  path = '/',
  locale = 'fi-FI',
): Promise<{ page: Page; cspViolations: string[] }> {
  // Each page its own context: its own browser language and its own sessionStorage.
  const page = await browser.newPage({ viewport, locale });
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text()))
      cspViolations.push(message.text());
  });
  await page.goto(`${running.url}${path}`);
  return { page, cspViolations };
}

function serviceName(id: string, lang: 'fi' | 'sv' | 'en'): string {
  const service = running.kb.services.find((s) => s.id === id);
  if (!service) throw new Error(`no service ${id} in the knowledge base`);
  return service.name[lang];
}

async function say(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

describe('the resident page in Chromium', { timeout: 90_000 }, () => {
  it('finds the dental service in Finnish, switches to Swedish, finds it again, and passes axe', async () => {
    const { page, cspViolations } = await openPage();
    const transcript = page.locator('#webchat');
    // The welcome arrives without the resident typing anything.
    await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Opastin/);

    await say(page, 'tarvitsen hammaslääkärin');
    await transcript
      .getByText(serviceName('dental-care', 'fi'), { exact: true })
      .first()
      .waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: 'Svenska', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/fråga om tjänster/);
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Svenska', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    // The page told the bot (event opastin/set-language), and the bot confirms in Swedish.
    await expect
      .poll(() => transcript.innerText(), { timeout: 10_000 })
      .toContain(RESOURCES.sv.language.changed);
    await say(page, 'tandvärk');
    await transcript
      .getByText(serviceName('dental-care', 'sv'), { exact: true })
      .first()
      .waitFor({ timeout: 10_000 });
    // Web Chat's own texts follow the locale too.
    await expect
      .poll(() => page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder'))
      .toMatch(/meddelande/i);

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it.each(['sv', 'en'] as const)(
    'opened with ?lang=%s, the page, Web Chat and the welcome are in that language',
    async (lang) => {
      const { page } = await openPage(undefined, `/?lang=${lang}`);
      const intro = RESOURCES[lang].welcome.intro;
      // From "Opastin" on: Web Chat's markdown turns the apostrophe in "I'm" into a curly one.
      const welcome = intro.slice(intro.indexOf('Opastin'), intro.indexOf('Opastin') + 40);
      await expect
        .poll(() => page.locator('#webchat').innerText(), { timeout: 10_000 })
        .toContain(welcome);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(
        await page
          .getByRole('button', { name: lang === 'sv' ? 'Svenska' : 'English', exact: true })
          .getAttribute('aria-pressed'),
      ).toBe('true');
      await page.close();
    },
  );

  it('opens in Swedish for a browser set to sv-FI: <html lang>, Web Chat and the welcome', async () => {
    const { page, cspViolations } = await openPage(undefined, '/', 'sv-FI');
    await expect
      .poll(() => page.locator('#webchat').innerText(), { timeout: 10_000 })
      .toMatch(/Jag är Opastin/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/fråga om tjänster/);
    expect(
      await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder'),
    ).toMatch(/meddelande/i);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('opens in English for a browser in another language, and keeps a chosen language on reload', async () => {
    const { page } = await openPage(undefined, '/', 'de-DE');
    await expect
      .poll(() => page.locator('#webchat').innerText(), { timeout: 10_000 })
      .toMatch(/Opastin/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page.close();
  });

  it('answers a Swedish message on a Finnish page in Swedish, and the page follows when the resident keeps Swedish', async () => {
    const { page, cspViolations } = await openPage();
    const transcript = page.locator('#webchat');
    await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Olen Opastin/);
    await say(page, 'jag har ont i en tand, var hittar jag tandvård');
    await transcript
      .getByText(serviceName('dental-care', 'sv'), { exact: true })
      .first()
      .waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await page
      .getByRole('button', { name: RESOURCES.sv.language.keep, exact: true })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/fråga om tjänster/);
    await expect
      .poll(() => page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder'))
      .toMatch(/meddelande/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('works by keyboard: the first Tab reaches the skip link, which lands in the message box', async () => {
    const { page } = await openPage();
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      'webchat-sendbox-input',
    );
    await page.close();
  });

  it('fits a phone screen without sideways scrolling, with the privacy notice visible', async () => {
    const { page } = await openPage({ width: 360, height: 740 });
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 10_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect.poll(() => page.locator('#privacy-notice').innerText()).toMatch(/henkilötunnus/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
