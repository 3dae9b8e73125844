/**
 * End to end in headless Chromium: an editor logs in at /admin, changes a
 * Swedish summary, previews it, publishes, and the resident page's bot shows
 * the new text at once, with no restart. axe checks the admin pages.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveKnowledge } from '../../../knowledge/live';
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledgeDir } from '../../../knowledge/loader';
import { createSearchEngine } from '../../../knowledge/search';
import { FileKnowledgeStore } from '../../../knowledge/store/file-store';
import { KnowledgePublisher } from '../../../knowledge/store/publisher';
import { OpastinBot } from '../../../bot/adapter/opastin-bot';
import { upsertAccount } from '../../../bot/admin/accounts';
import { registerAdminRoutes } from '../../../bot/admin/routes';
import { MemoryInsightStore } from '../../../bot/insight/insight-store';
import { createServer } from '../../../bot/server/create-server';
import { CHROMIUM_ARGS, ensureChromium } from '../../support/chromium';
import { listenOnLoopback } from '../server/harness';
import { seriousAxeViolations } from '../../support/axe';

let browser: Browser;
let running: { url: string; close(): Promise<void> };
let publisher: KnowledgePublisher;

beforeAll(async () => {
  const contentDir = await mkdtemp(path.join(tmpdir(), 'opastin-e2e-kb-'));
  await cp(BUNDLED_KNOWLEDGE_DIR, contentDir, { recursive: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'opastin-e2e-data-'));
  const accountsFile = path.join(dataDir, 'accounts.json');
  await upsertAccount(accountsFile, 'anna', 'correct horse battery');
  const { kb } = await loadKnowledgeDir(contentDir);
  if (!kb) throw new Error('knowledge does not load');
  const live = new LiveKnowledge({ kb, engine: createSearchEngine(kb) });
  const store = new FileKnowledgeStore(contentDir, path.join(dataDir, 'history.jsonl'));
  publisher = new KnowledgePublisher({ store, live, buildEngine: createSearchEngine });
  const insight = new MemoryInsightStore();
  const botAuth = new ConfigurationBotFrameworkAuthentication({});
  const storage = new MemoryStorage();
  const bot = new OpastinBot({
    knowledge: live,
    conversationState: new ConversationState(storage),
    insight,
    log: () => undefined,
  });
  const server = createServer({
    adapter: new CloudAdapter(botAuth),
    botAuth,
    bot,
    knowledge: live,
    log: () => undefined,
    extraRoutes: [
      (s) =>
        registerAdminRoutes(s, {
          store,
          publisher,
          live,
          buildEngine: createSearchEngine,
          insight,
          accountsFile,
          resolutionsFile: path.join(dataDir, 'resolved.jsonl'),
          log: () => undefined,
        }),
    ],
  });
  running = await listenOnLoopback(server);
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  publisher?.close();
  await running?.close();
});

describe('the content editor in Chromium', { timeout: 120_000 }, () => {
  it('edits a Swedish summary, previews it, publishes, and the bot answers with it without a restart', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${running.url}/admin`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('User name').fill('anna');
    await page.getByLabel('Password').fill('correct horse battery');
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
    await page.getByLabel('User name').fill('anna');
    await page.getByLabel('Password').fill('correct horse battery');
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
});
