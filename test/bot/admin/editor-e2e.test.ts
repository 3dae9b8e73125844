/**
 * End to end in headless Chromium: an editor logs in at /admin, changes a
 * Swedish summary, previews it, publishes, and the resident page's bot shows
 * the new text at once, with no restart. axe checks the admin pages.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumEnv, ensureChromium } from '../../support/chromium';
import { seriousAxeViolations } from '../../support/axe';
import { PASSWORD, startAdmin, USER } from './admin-harness';

let browser: Browser;
let running: Awaited<ReturnType<typeof startAdmin>>;

beforeAll(async () => {
  running = await startAdmin({}, { realBot: true });
  browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
    env: chromiumEnv(),
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe('the content editor in Chromium', { timeout: 120_000 }, () => {
  it('edits a Swedish summary, previews it, publishes, and the bot answers with it without a restart', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${running.url}/admin`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('User name').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'Edit dental-care' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Edit dental-care' }).click();

    const summary = page.locator('[id="field-summary.sv"]');
    await summary.waitFor();
    expect(await summary.getAttribute('lang')).toBe('sv');
    const text = 'Tandvård för alla, nu med <script>alert(1)</script> kvällsmottagning.';
    await summary.fill(text);

    await page.getByLabel("A resident's question").fill('tandvärk');
    await page.getByRole('button', { name: 'Preview answer' }).click();
    const preview = page.locator('#preview-out');
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).toContain(text);
    expect(await page.locator('#preview-out script').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save and publish' }).click();
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 15_000 })
      .toMatch(/Published/);
    await expect.poll(() => page.locator('#history').innerText()).toContain('summary.sv');

    const chat = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await chat.goto(`${running.url}/?lang=sv`);
    const transcript = chat.locator('#webchat');
    await expect.poll(() => transcript.innerText(), { timeout: 15_000 }).toMatch(/Opastin/);
    const input = chat.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('tandvärk');
    await input.press('Enter');
    await expect
      .poll(() => transcript.innerText(), { timeout: 15_000 })
      .toContain('kvällsmottagning');
    expect(await chat.locator('#webchat script').count()).toBe(0);
    await chat.close();
    await page.close();
  });
  it('edits a referral path (reorder steps), opens segments and insight, all passing axe', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${running.url}/admin`);
    await page.getByLabel('User name').fill(USER);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    // Inline validation: the problem is shown next to the field it belongs to.
    await page.getByRole('button', { name: 'Edit dental-care' }).click();
    const level = page.locator('[id="field-level"]');
    await level.fill('galactic');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => level.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    const describedBy = await level.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).not.toBe('');
    await page.getByRole('button', { name: 'Paths, segments and other files' }).click();
    await page.getByRole('button', { name: 'Edit paths/depression-and-anxiety.yaml' }).click();
    const firstStep = page.locator('[id="field-steps.0.service"]');
    await firstStep.waitFor();
    const first = await firstStep.inputValue();
    const second = await page.locator('[id="field-steps.1.service"]').inputValue();
    await page.getByRole('button', { name: 'Move steps 2 up' }).click();
    expect(await page.locator('[id="field-steps.0.service"]').inputValue()).toBe(second);
    expect(await page.locator('[id="field-steps.1.service"]').inputValue()).toBe(first);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 15_000 })
      .toMatch(/publish/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Edit segments.yaml' }).click();
    await page.locator('#edit-form fieldset').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Insight from residents' }).click();
    await page.getByRole('link', { name: 'Download as CSV' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('speaks Swedish to a Swedish browser, switches to Finnish keeping an open edit, and shows the preview from the view model', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 }, locale: 'sv-FI' });
    await page.goto(`${running.url}/admin`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.getByLabel('Användarnamn').fill(USER);
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('button', { name: 'Redigera dental-care' }).click();
    const summary = page.locator('[id="field-summary.fi"]');
    await summary.fill('Hammashoitoa kaikille.');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    await expect
      .poll(() => page.locator('#editor-h').innerText())
      .toBe('Muokataan: services/dental-care.yaml');
    // The edit survives the switch.
    expect(await page.locator('[id="field-summary.fi"]').inputValue()).toBe(
      'Hammashoitoa kaikille.',
    );

    await page.getByLabel('Asukkaan kysymys').fill('hammassärky');
    await page.getByRole('button', { name: 'Esikatsele vastaus' }).click();
    const card = page.getByRole('group', { name: 'Vastaus sellaisena kuin asukas sen näkee' });
    await expect
      .poll(() => card.innerText(), { timeout: 15_000 })
      .toContain('Hammashoitoa kaikille.');
    expect(await card.getAttribute('lang')).toBe('fi');
    // Channels come with their status from the presentation core.
    expect(await card.innerText()).toMatch(/Asiointikanavat/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
