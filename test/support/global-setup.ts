import { ensureChromium } from './chromium';
import { createTemplateRoot } from './postgres-server';

// Install (or locate) Chromium once, before any end-to-end test file starts.
// The PostgreSQL template directory costs nothing until a PostgreSQL test file
// builds its cluster there; it is removed when the run ends.
export default function setup(): () => void {
  process.env.CHROMIUM_PATH = ensureChromium();
  const template = createTemplateRoot();
  process.env.OPASTIN_PG_TEMPLATE_ROOT = template.root;
  return template.remove;
}
