import { ensureChromium } from './chromium';

// Install (or locate) Chromium once, before any end-to-end test file starts.
export default function setup(): void {
  process.env.CHROMIUM_PATH = ensureChromium();
}
