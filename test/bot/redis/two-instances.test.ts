/** Two instances on one Redis, with the knowledge in one shared directory (no DATABASE_URL). */
import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { describeTwoInstances, sharedDirectory } from './two-instances';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeTwoInstances(
  'two instances on one REDIS_URL, knowledge in a shared directory',
  sharedDirectory(dirs),
);
