import { defineConfig } from 'wxt';

// The extension lives in extension/; everything browser-specific is decided here.
export default defineConfig({
  srcDir: 'extension',
  manifest: {
    name: 'Opastin',
  },
});
