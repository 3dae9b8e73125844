import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Extension unit tests need WXT's plugin (fakeBrowser behind `wxt/browser`), so
// they run as their own project; tests of the built extension (manifest, end to
// end in real Chromium) run without it. Everything else runs as before.
const EXTENSION = 'test/extension/**';
const BUILT = 'test/extension/built/**/*.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, EXTENSION],
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BUILT],
        },
      },
      { extends: true, test: { name: 'extension-built', include: [BUILT] } },
    ],
  },
});
