import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtensionApi } from '../../../extension/background/api';
import { MENU_ID } from '../../../extension/background/context-menu';
import { startBackground } from '../../../extension/background';
import { readPageSelection } from '../../../extension/lib/selection';
import {
  KNOWLEDGE_KEY,
  REFRESH_MESSAGE,
  SELECTION_KEY,
  SETTINGS_KEY,
  SYNC_KEY,
} from '../../../extension/lib/state';
import { fakeKnowledgeBase } from '../../factories/knowledge';

/** A minimal event with trigger(), for the APIs fakeBrowser does not implement. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => listeners.length > 0,
    trigger: (...args: A) => listeners.map((l) => l(...args)),
  };
}

// fakeBrowser has no contextMenus, sidePanel, scripting or commands: spy on exactly what we use.
function withSpies() {
  const spies = {
    contextMenus: {
      create: vi.fn(),
      removeAll: vi.fn(async () => undefined),
      onClicked:
        fakeEvent<
          [{ menuItemId: string; selectionText?: string }, { id?: number; windowId?: number }?]
        >(),
    },
    sidePanel: {
      open: vi.fn(async () => undefined),
      setPanelBehavior: vi.fn(async () => undefined),
    },
    scripting: { executeScript: vi.fn(async () => [{ frameId: 0, result: 'muisti heikentynyt' }]) },
    commands: { onCommand: fakeEvent<[string, { id?: number; windowId?: number }?]>() },
  };
  Object.assign(fakeBrowser, spies);
  return spies;
}

const api = () => fakeBrowser as unknown as ExtensionApi;

/** A message as the panel sends it; fakeBrowser's typing omits the sendResponse argument Chrome passes. */
function refreshMessage(sendResponse: (response: unknown) => void) {
  const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (
    ...args: unknown[]
  ) => unknown;
  trigger({ type: REFRESH_MESSAGE }, {}, sendResponse);
}

async function session(): Promise<unknown> {
  return (await fakeBrowser.storage.session.get(SELECTION_KEY))[SELECTION_KEY];
}

describe('background', () => {
  let spies: ReturnType<typeof withSpies>;
  let fetch: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    spies = withSpies();
    fetch = vi.fn(async () => new Response('{}', { status: 500 }));
    startBackground(api(), fetch as unknown as typeof globalThis.fetch);
  });

  it('adds the context menu item for selected text, titled in the counsellor’s language', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() =>
      expect(spies.contextMenus.create).toHaveBeenCalledWith({
        id: MENU_ID,
        title: 'Etsi palvelut ja palvelupolku',
        contexts: ['selection'],
      }),
    );
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'sv' } });
    await vi.waitFor(() =>
      expect(spies.contextMenus.create).toHaveBeenLastCalledWith(
        expect.objectContaining({ title: 'Sök tjänster och servicestig' }),
      ),
    );
  });

  it('on a menu click opens the panel for that tab and hands it the selected text', async () => {
    spies.contextMenus.onClicked.trigger(
      { menuItemId: MENU_ID, selectionText: 'äiti 84 v, muisti heikentynyt' },
      { id: 7, windowId: 1 },
    );
    expect(spies.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(async () =>
      expect(await session()).toMatchObject({ text: 'äiti 84 v, muisti heikentynyt' }),
    );
  });

  it('ignores other menu items and empty selections', async () => {
    spies.contextMenus.onClicked.trigger({ menuItemId: 'other', selectionText: 'x' }, { id: 7 });
    spies.contextMenus.onClicked.trigger({ menuItemId: MENU_ID }, { id: 7 });
    expect(spies.sidePanel.open).not.toHaveBeenCalled();
    expect(await session()).toBeUndefined();
  });

  it('on the shortcut reads the selection from that tab only, then hands it over', async () => {
    spies.commands.onCommand.trigger('use-selection', { id: 3, windowId: 1 });
    expect(spies.sidePanel.open).toHaveBeenCalledWith({ tabId: 3 });
    await vi.waitFor(async () =>
      expect(await session()).toMatchObject({ text: 'muisti heikentynyt' }),
    );
    expect(spies.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 3 },
      func: readPageSelection,
    });
  });

  it('stays quiet when the page cannot be scripted', async () => {
    spies.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    spies.commands.onCommand.trigger('use-selection', { id: 3 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await session()).toBeUndefined();
  });

  it('opens Firefox’s sidebar where there is no side panel API', () => {
    const open = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
    spies.contextMenus.onClicked.trigger({ menuItemId: MENU_ID, selectionText: 'x' }, { id: 7 });
    expect(open).toHaveBeenCalled();
  });

  it('refreshes knowledge from the configured server when asked, and answers with the status', async () => {
    const kb = fakeKnowledgeBase();
    fetch.mockImplementation(
      async () => new Response(JSON.stringify(kb), { status: 200, headers: { etag: '"v1"' } }),
    );
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { serverUrl: 'http://localhost:3978/' },
    });
    const sendResponse = vi.fn();
    refreshMessage(sendResponse);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith(
        expect.objectContaining({ state: 'updated', version: kb.version }),
      ),
    );
    expect(fetch).toHaveBeenCalledWith('http://localhost:3978/api/knowledge', expect.anything());
    const stored = (await fakeBrowser.storage.local.get(KNOWLEDGE_KEY))[KNOWLEDGE_KEY];
    expect(stored).toMatchObject({ etag: '"v1"', serverUrl: 'http://localhost:3978/' });
    expect((await fakeBrowser.storage.local.get(SYNC_KEY))[SYNC_KEY]).toMatchObject({
      state: 'updated',
    });
  });

  it('makes one request when saving the options both changes the URL and asks for a refresh', async () => {
    const kb = fakeKnowledgeBase();
    fetch.mockImplementation(async () => new Response(JSON.stringify(kb), { status: 200 }));
    const saved = fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { serverUrl: 'http://localhost:3978/' },
    });
    const sendResponse = vi.fn();
    await saved;
    refreshMessage(sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('makes no request at all while no server is configured', async () => {
    const sendResponse = vi.fn();
    refreshMessage(sendResponse);
    await vi.waitFor(() =>
      expect(sendResponse).toHaveBeenCalledWith(expect.objectContaining({ state: 'off' })),
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
