import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME_DIR, FIREFOX_DIR, ensureBuilt } from './build';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  icons?: Record<string, string>;
};
const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

let chrome: Manifest;
let firefox: Manifest;

beforeAll(async () => {
  await ensureBuilt();
  chrome = read(CHROME_DIR);
  firefox = read(FIREFOX_DIR);
});

function connectSources(csp: string): string[] {
  const directive = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('connect-src '));
  return directive?.split(/\s+/).slice(1) ?? [];
}

describe('built manifests', () => {
  it('ask for exactly the permissions the counsellor panel needs (Chrome)', () => {
    expect([...(chrome.permissions ?? [])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'].sort(),
    );
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('ask for exactly the same, minus sidePanel, in Firefox, with a sidebar from the same page', () => {
    expect([...(firefox.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it.each([
    ['chrome', () => chrome],
    ['firefox', () => firefox],
  ])('%s: no host permissions, no content scripts, no web-accessible pages', (_name, manifest) => {
    const m = manifest();
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it.each([
    [
      'chrome',
      () => (chrome.content_security_policy as { extension_pages: string }).extension_pages,
    ],
    ['firefox', () => firefox.content_security_policy as string],
  ])('%s: the CSP lets pages connect to one knowledge server only', (_name, csp) => {
    const sources = connectSources(csp());
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatch(/^https?:\/\/[^*\s/]+$/);
    expect(csp()).toContain("script-src 'self'");
  });

  it('declares to Firefox that no data is collected', () => {
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has the toolbar icons the stores require', () => {
    for (const m of [chrome, firefox])
      expect(Object.keys(m.icons ?? {})).toEqual(['16', '32', '48', '128']);
  });

  it('offers the keyboard shortcut for using the selected text', () => {
    expect(chrome.commands).toHaveProperty('use-selection.suggested_key.default', 'Alt+Shift+O');
  });
});
