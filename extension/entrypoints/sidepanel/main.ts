/**
 * The side panel's composition root: loads settings and knowledge from
 * storage, falls back to the bundled snapshot, and connects the panel to the
 * browser (selection hand-over, refreshed knowledge, clipboard).
 */
import bundledHolidays from 'virtual:opastin-holidays';
import bundledSnapshot from 'virtual:opastin-knowledge';
import { browser } from 'wxt/browser';
import { calendarFromTable } from '../../../knowledge/hours/calendar';
import { createSearchEngine } from '../../../knowledge/search/index';
import { acceptSnapshot } from '../../../knowledge/gate';
import { readSelectionFromTab } from '../../background/selection';
import { unpackSnapshot } from '../../lib/bundled';
import { chooseKnowledge } from '../../lib/knowledge';
import {
  KNOWLEDGE_KEY,
  REFRESH_MESSAGE,
  SELECTION_KEY,
  SETTINGS_KEY,
  type PendingSelection,
  type Settings,
  type StoredKnowledge,
  USE_SELECTION_COMMAND,
} from '../../lib/state';
import { Panel } from './panel';

async function start(): Promise<void> {
  const [local, bundled, commands] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, KNOWLEDGE_KEY]),
    unpackSnapshot(bundledSnapshot),
    browser.commands.getAll().catch(() => []),
  ]);
  let settings = (local[SETTINGS_KEY] as Settings | undefined) ?? {};
  const choose = (stored: StoredKnowledge | undefined) =>
    chooseKnowledge(stored, settings.serverUrl, bundled, acceptSnapshot);

  const panel = new Panel({
    doc: document,
    knowledge: choose(local[KNOWLEDGE_KEY] as StoredKnowledge | undefined),
    createEngine: createSearchEngine,
    holidays: calendarFromTable(bundledHolidays),
    settings,
    saveSettings: async (next) => {
      // Re-read first: the options page may have changed the server URL meanwhile.
      const current = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
        Settings | undefined;
      settings = { ...current, language: next.language, municipality: next.municipality };
      await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    },
    readSelection: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return readSelectionFromTab(browser, tab.id);
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    shortcut: commands.find((c) => c.name === USE_SELECTION_COMMAND)?.shortcut,
  });

  const takeSelection = async (pending: PendingSelection | undefined) => {
    if (!pending?.text) return;
    // The text is consumed once; it never lingers in storage.
    await browser.storage.session.remove(SELECTION_KEY);
    panel.useText(pending.text);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes[SELECTION_KEY]?.newValue) {
      void takeSelection(changes[SELECTION_KEY].newValue as PendingSelection);
    }
    if (area === 'local' && (changes[KNOWLEDGE_KEY] || changes[SETTINGS_KEY])) {
      const before = settings.serverUrl;
      if (changes[SETTINGS_KEY])
        settings = { ...(changes[SETTINGS_KEY].newValue as Settings | undefined) };
      if (!changes[KNOWLEDGE_KEY] && before === settings.serverUrl) return;
      void browser.storage.local.get(KNOWLEDGE_KEY).then((stored) => {
        panel.setKnowledge(choose(stored[KNOWLEDGE_KEY] as StoredKnowledge | undefined));
      });
    }
  });
  const waiting = (await browser.storage.session.get(SELECTION_KEY))[SELECTION_KEY] as
    PendingSelection | undefined;
  if (waiting) await takeSelection(waiting);
  // No note yet: warm the engine up so the counsellor's first match is as fast as the rest.
  else setTimeout(() => panel.warmUp(), 0);
  // Opening the panel is a good moment to check for newer knowledge; errors only mean "keep what we have".
  browser.runtime.sendMessage({ type: REFRESH_MESSAGE }).catch(() => undefined);
}

void start();
