/**
 * `npm run bench:extension`: builds the store zips (which builds both
 * browsers) and prints unpacked and zipped sizes, with the knowledge snapshot
 * on its own line since it is most of the bundle. Target: < 1 MB unpacked.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeDir } from '../../knowledge/loader';
import { toSnapshot } from '../../knowledge/snapshot';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = join(ROOT, '.output');
const TARGET_UNPACKED = 1024 * 1024;

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const wxt = join(ROOT, 'node_modules/.bin/wxt');
    for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
      execFileSync(wxt, args, { cwd: ROOT, stdio: 'ignore' });
    }
  }
  const { kb } = await loadKnowledgeDir(process.env.OPASTIN_KNOWLEDGE_DIR || undefined);
  const json = kb ? toSnapshot(kb) : '';
  const snapshot = Buffer.byteLength(json);
  // As wxt.config.ts bundles it: gzip, then base64.
  const packed = gzipSync(json, { level: 9 }).toString('base64').length;

  console.log('Opastin extension size');
  console.log(
    `  knowledge snapshot: ${kB(snapshot)} JSON, ${kB(packed)} as bundled (gzip+base64); ` +
      `${kb?.services.length ?? 0} services, ${kb?.paths.length ?? 0} paths`,
  );
  let worst = 0;
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const { bytes, files } = dirSize(join(OUTPUT, target));
    worst = Math.max(worst, bytes);
    console.log(`  ${target.padEnd(12)} unpacked: ${kB(bytes)} in ${files} files`);
  }
  for (const zip of readdirSync(OUTPUT)
    .filter((f) => f.endsWith('.zip'))
    .sort()) {
    console.log(`  ${zip.padEnd(30)} zipped: ${kB(statSync(join(OUTPUT, zip)).size)}`);
  }
  const verdict = worst < TARGET_UNPACKED ? 'meets' : 'MISSES';
  console.log(`  largest unpacked ${kB(worst)} ${verdict} the < ${kB(TARGET_UNPACKED)} target`);
}

void main();
