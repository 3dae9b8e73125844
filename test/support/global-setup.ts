import { buildBrowserCode } from '../../bot/web/build';
import { ensureChromium } from './chromium';
import { createTemplateRoot } from '../../bot/support/postgres-server';
import { redisServerAvailability } from '../../bot/support/redis-server';

// Once, before any test file starts: install (or locate) Chromium for the
// end-to-end tests, and build the browser code the server serves, so `npm test`
// works from a clean clone. The PostgreSQL template directory costs nothing until
// a PostgreSQL test file builds its cluster there; it is removed when the run ends.
export default async function setup(): Promise<() => void> {
  process.env.CHROMIUM_PATH = ensureChromium();
  await buildBrowserCode();
  // Install redis-server once here (as root, when missing), not in parallel test workers.
  const redis = redisServerAvailability();
  if (redis.ok) process.env.REDIS_SERVER_PATH = redis.path;
  const template = createTemplateRoot();
  process.env.OPASTIN_PG_TEMPLATE_ROOT = template.root;
  return template.remove;
}
