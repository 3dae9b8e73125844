/**
 * Builds the browser code (the resident page, the editor) with Vite into
 * dist/web/. Runs before `npm start` (prestart) and before the tests (vitest
 * globalSetup), so a clean clone works without a separate step. Each page is
 * one self-contained ES module: no shared chunks to name, serve or cache.
 */
import { build } from 'vite';
import { BUNDLE_DIR, BUNDLES } from './bundles';

/** Builds every page's script into BUNDLE_DIR. */
export async function buildBrowserCode(outDir = BUNDLE_DIR): Promise<void> {
  for (const [file, entry] of Object.entries(BUNDLES)) {
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        // Top-level await (the editor waits for its session); every browser of the last years has it.
        target: 'es2022',
        sourcemap: false,
        rollupOptions: {
          input: entry,
          output: { format: 'es', entryFileNames: file, inlineDynamicImports: true },
        },
      },
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildBrowserCode();
  console.log(`browser code built into ${BUNDLE_DIR} in ${Date.now() - started} ms`);
}
