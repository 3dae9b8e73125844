/**
 * Issue 10, finding 10: a server restart must not strand the resident page.
 * The real server is restarted under an open page (same port, empty memory):
 * the page starts a new conversation by itself and says so in one line, in the
 * page's language. A reload in the same tab resumes the conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumEnv, ensureChromium } from '../../support/chromium';
import { startRealServer, type RealServer } from '../real-server';
import { PAGE_TEXTS } from '../../../bot/web/src/strings';

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

async function say(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

const savedConversationId = (page: Page) =>
  page.evaluate(
    () =>
      (
        JSON.parse(sessionStorage.getItem('opastin.conversation') ?? '{}') as {
          conversationId?: string;
        }
      ).conversationId,
  );

async function restartServer(): Promise<void> {
  const port = Number(new URL(running.url).port);
  running.server.server.closeAllConnections();
  await running.close();
  running = await startRealServer({}, port);
}

describe('the resident page survives a server restart', { timeout: 120_000 }, () => {
  it('starts a new conversation by itself, says so in the page language, and answers again', async () => {
    const context = await browser.newContext({ locale: 'sv-FI' });
    const page = await context.newPage();
    await page.goto(running.url);
    const transcript = page.locator('#webchat');
    await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Jag är Opastin/);
    await say(page, 'tandvärk');
    await transcript.getByText('Mun- och tandvård').first().waitFor({ timeout: 10_000 });
    const before = await savedConversationId(page);
    expect(before).toBeTruthy();

    await restartServer();

    // Without a reload: the notice in Swedish, a new conversation, and the bot answers again.
    await expect
      .poll(() => page.locator('#status').innerText(), { timeout: 30_000 })
      .toBe(PAGE_TEXTS.sv.restarted);
    await expect.poll(() => savedConversationId(page), { timeout: 10_000 }).not.toBe(before);
    await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Jag är Opastin/);
    await say(page, 'tandvärk');
    await transcript.getByText('Mun- och tandvård').first().waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('resumes the same conversation after a reload in the same tab', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    await page.goto(running.url);
    const transcript = page.locator('#webchat');
    await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Olen Opastin/);
    await say(page, 'asun Lohjalla');
    await expect
      .poll(() => transcript.innerText(), { timeout: 10_000 })
      .toMatch(/Kotikuntasi: Lohja/);
    const before = await savedConversationId(page);

    await page.reload();

    // The same conversation: its history is shown again and the bot still knows the municipality.
    await expect
      .poll(() => transcript.innerText(), { timeout: 10_000 })
      .toMatch(/Kotikuntasi: Lohja/);
    expect(await savedConversationId(page)).toBe(before);
    await say(page, 'hammassärky');
    await expect
      .poll(() => transcript.innerText(), { timeout: 10_000 })
      .toMatch(/Palvelupiste: Lohja/);
    expect(await page.locator('#status').innerText()).toBe('');
    // A new tab is a new conversation (sessionStorage is per tab, nothing in localStorage).
    const other = await context.newPage();
    await other.goto(running.url);
    await expect.poll(() => savedConversationId(other), { timeout: 10_000 }).toBeTruthy();
    expect(await savedConversationId(other)).not.toBe(before);
    expect(await other.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });

  it('refreshes its token before it expires, so a long conversation goes on', async () => {
    // Tokens live 4 s here: without refreshing, the conversation would be lost within seconds.
    const shortLived = await startRealServer({ directLine: { tokenTtlMs: 4_000 } });
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    try {
      await page.goto(shortLived.url);
      const transcript = page.locator('#webchat');
      await expect.poll(() => transcript.innerText(), { timeout: 10_000 }).toMatch(/Olen Opastin/);
      const before = await savedConversationId(page);
      await page.waitForTimeout(9_000);
      await say(page, 'asun Lohjalla');
      await expect
        .poll(() => transcript.innerText(), { timeout: 10_000 })
        .toMatch(/Kotikuntasi: Lohja/);
      expect(await savedConversationId(page)).toBe(before);
      expect(await page.locator('#status').innerText()).toBe('');
    } finally {
      await context.close();
      shortLived.server.server.closeAllConnections();
      await shortLived.close();
    }
  });
});
