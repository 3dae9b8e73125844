import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { finnishHolidayTable } from './knowledge/hours/finnish-holidays';
import { bundledKnowledge } from './extension/build/bundled-knowledge';

/**
 * The one server the extension may talk to. The side panel's CSP is fixed at
 * build time, so a county builds with OPASTIN_SERVER_URL=https://opastin.example.fi;
 * the options page can then switch syncing on, but only against this origin.
 */
const SERVER_ORIGIN = new URL(process.env.OPASTIN_SERVER_URL ?? 'http://localhost:3978').origin;

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

// Client text must never leave the browser: scripts only from the package,
// network only to the configured knowledge server.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  `connect-src ${SERVER_ORIGIN}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A county can bundle its own content (e.g. a PTV import) instead of knowledge/content. */
const KNOWLEDGE_DIR = process.env.OPASTIN_KNOWLEDGE_DIR || undefined;

const BUNDLED_HOLIDAYS = 'virtual:opastin-holidays';
/**
 * The years the extension knows Finnish holidays for. date-holidays itself
 * (every country's rules plus moment-timezone) would add about a megabyte, so
 * the build computes Finland's holidays once and bundles the table (a few kB).
 * Fixed, not taken from the build date, so every build of a commit is the same.
 */
const HOLIDAY_YEARS = [2024, 2040] as const;

function bundledHolidays(): Plugin {
  const resolved = `\0${BUNDLED_HOLIDAYS}`;
  return {
    name: 'opastin-bundled-holidays',
    resolveId: (id) => (id === BUNDLED_HOLIDAYS ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      return `export default ${JSON.stringify(finnishHolidayTable(...HOLIDAY_YEARS))};`;
    },
  };
}

// The extension lives in extension/; everything browser-specific is decided here.
export default defineConfig({
  srcDir: 'extension',
  // Static files (the toolbar icons) live with the extension, not at the repository root.
  publicDir: 'extension/public',
  vite: () => ({
    // The knowledge snapshot passes the gate at build time; rule errors fail the build.
    plugins: [bundledKnowledge(KNOWLEDGE_DIR), bundledHolidays()],
    define: { 'import.meta.env.OPASTIN_SERVER_ORIGIN': JSON.stringify(SERVER_ORIGIN) },
    build: {
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; they only cost log noise.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  }),
  // Firefox reviewers get the sources needed to rebuild the extension, not the server's.
  zip: { excludeSources: ['bot/**', 'data/**', '.tmp*', '.tmp/**', 'coverage/**'] },
  manifest: ({ browser }) => {
    const commands = {
      'use-selection': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Find services and referral path for the selected text',
      },
    };
    if (browser === 'firefox') {
      return {
        name: 'Opastin',
        description:
          'Services and referral paths for the text a counsellor is reading. Text stays in the browser.',
        permissions: PERMISSIONS,
        commands,
        content_security_policy: CSP,
        browser_specific_settings: {
          gecko: {
            id: 'opastin@lansi-uusimaa.example',
            // Built-in data consent (below) needs Firefox 140 (the current ESR); older versions reject the key.
            strict_min_version: '140.0',
            // Nothing the counsellor reads or types is collected or sent anywhere.
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return {
      name: 'Opastin',
      description:
        'Services and referral paths for the text a counsellor is reading. Text stays in the browser.',
      permissions: [...PERMISSIONS, 'sidePanel'],
      commands,
      action: { default_title: 'Opastin' },
      content_security_policy: { extension_pages: CSP },
      minimum_chrome_version: '116',
    };
  },
});
