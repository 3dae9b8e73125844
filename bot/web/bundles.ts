/**
 * Where the browser code (resident page, editor, editor login) is built to and from what. The server reads the
 * output; bot/web/build.ts writes it. Kept apart so the server never loads Vite.
 */
import { fileURLToPath } from 'node:url';

/** The built scripts (gitignored), one file per page. */
export const BUNDLE_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Each page's entry module, by the file name it is served as. */
export const BUNDLES: Record<string, string> = {
  'app.js': fileURLToPath(new URL('./src/main.ts', import.meta.url)),
  'admin.js': fileURLToPath(new URL('../admin/web/src/main.ts', import.meta.url)),
  'login.js': fileURLToPath(new URL('../admin/web/src/login.ts', import.meta.url)),
};
