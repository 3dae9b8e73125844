import type { browser } from 'wxt/browser';

/** The extension APIs the background uses; tests pass fakeBrowser with the missing ones spied in. */
export type ExtensionApi = typeof browser;

/** Firefox's sidebar API, which Chrome's typings do not know. */
interface SidebarActionApi {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the panel next to the page. Must run synchronously inside the user's
 * action (menu click, shortcut): both browsers refuse to open it later.
 */
export function openPanel(
  api: ExtensionApi,
  tab: { id?: number; windowId?: number } | undefined,
): void {
  const sidebar = (api as unknown as SidebarActionApi).sidebarAction;
  let opening: Promise<void> | undefined;
  if (api.sidePanel?.open) {
    if (tab?.id !== undefined) opening = api.sidePanel.open({ tabId: tab.id });
    else if (tab?.windowId !== undefined) opening = api.sidePanel.open({ windowId: tab.windowId });
  } else {
    opening = sidebar?.open();
  }
  // Opening fails when the panel is already open in some browsers; the selection still arrives.
  opening?.catch(() => undefined);
}
