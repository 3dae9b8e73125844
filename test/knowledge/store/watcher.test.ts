import { execFile } from 'node:child_process';
import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LiveKnowledge } from '../../../knowledge/live';
import { FileKnowledgeStore } from '../../../knowledge/store/file-store';
import { KnowledgePublisher } from '../../../knowledge/store/publisher';
import { fakeEngine } from '../../factories/fake-engine';
import { writeKnowledgeDir } from '../../factories/knowledge-dir';
import { fakeKnowledgeBase, fakeService } from '../../factories/knowledge';

const SERVICE = 'services/fake-service.yaml';
/** The promise of the README: a disk edit is live within this time. */
const LIVE_WITHIN_MS = 2000;

let dir: string;
let live: LiveKnowledge;
let publisher: KnowledgePublisher;

beforeEach(async () => {
  const kb = fakeKnowledgeBase();
  dir = await writeKnowledgeDir(kb);
  const data = await mkdtemp(path.join(tmpdir(), 'opastin-history-'));
  const store = new FileKnowledgeStore(dir, path.join(data, 'history.jsonl'));
  live = new LiveKnowledge({ kb, engine: fakeEngine(kb) });
  publisher = new KnowledgePublisher({ store, live, buildEngine: (next) => fakeEngine(next) });
  publisher.watch(dir, 50);
  // Let the watcher settle on the directory before the first change.
  await new Promise((resolve) => setTimeout(resolve, 100));
});

afterEach(async () => {
  publisher.close();
  await rm(dir, { recursive: true, force: true });
});

const serviceText = (summarySv: string, id = 'fake-service') =>
  stringify({ ...fakeService({ id }), summary: { fi: 'Kuvaus.', sv: summarySv, en: 'About.' } });

const servedSummary = (id = 'fake-service') =>
  live.current().kb.services.find((s) => s.id === id)?.summary.sv;

/** Polls until `read()` gives `expected`; fails after LIVE_WITHIN_MS with what it saw last. */
async function expectLive(read: () => unknown, expected: unknown): Promise<void> {
  const deadline = Date.now() + LIVE_WITHIN_MS;
  while (Date.now() < deadline) {
    if (read() === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(read()).toBe(expected);
}

/** What a text editor does on save: write a new file beside the old one and rename it over. */
async function renameReplace(relative: string, text: string): Promise<void> {
  const full = path.join(dir, relative);
  const temp = path.join(path.dirname(full), `${path.basename(full)}~`);
  await writeFile(temp, text);
  await rename(temp, full);
}

describe('KnowledgePublisher.watch', () => {
  it('keeps picking up edits after a file was replaced by rename, twice in a row', async () => {
    await renameReplace(SERVICE, serviceText('Första bytet'));
    await expectLive(servedSummary, 'Första bytet');
    await renameReplace(SERVICE, serviceText('Andra bytet'));
    await expectLive(servedSummary, 'Andra bytet');
    // An ordinary in-place write to the replaced file is seen as well.
    await writeFile(path.join(dir, SERVICE), serviceText('Skrivet på plats'));
    await expectLive(servedSummary, 'Skrivet på plats');
  });

  it('picks up `sed -i` edits, one after another', async () => {
    await writeFile(path.join(dir, SERVICE), serviceText('ett'));
    await expectLive(servedSummary, 'ett');
    const sed = promisify(execFile);
    await sed('sed', ['-i', 's/sv: ett/sv: två/', path.join(dir, SERVICE)]);
    await expectLive(servedSummary, 'två');
    await sed('sed', ['-i', 's/sv: två/sv: tre/', path.join(dir, SERVICE)]);
    await expectLive(servedSummary, 'tre');
  });

  it('sees new files, including in a folder created after the watch started', async () => {
    await writeFile(path.join(dir, 'services/new-service.yaml'), serviceText('Ny', 'new-service'));
    await expectLive(() => servedSummary('new-service'), 'Ny');
    // A deploy that swaps in a whole new services/ folder.
    const fresh = path.join(dir, 'services.next');
    await cp(path.join(dir, 'services'), fresh, { recursive: true });
    await writeFile(path.join(fresh, 'fake-service.yaml'), serviceText('Ny mapp'));
    await rm(path.join(dir, 'services'), { recursive: true });
    await rename(fresh, path.join(dir, 'services'));
    await expectLive(servedSummary, 'Ny mapp');
    await renameReplace(SERVICE, serviceText('Efter mappbytet'));
    await expectLive(servedSummary, 'Efter mappbytet');
  });

  it('sees a deleted service go', async () => {
    await writeFile(path.join(dir, 'services/extra.yaml'), serviceText('Extra', 'extra'));
    await expectLive(() => servedSummary('extra'), 'Extra');
    await rm(path.join(dir, 'services/extra.yaml'));
    await expectLive(() => servedSummary('extra'), undefined);
  });
});
