/**
 * `npm run kb:import-ptv -- --general-descriptions FILE --out DIR`: builds a
 * complete knowledge directory from PTV general descriptions: one service per
 * SOTE code, plus the bundled segments, municipalities and emergency numbers
 * (PTV has none of those). It then checks the result like kb:check does.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR, readContentFile } from '../loader';
import { parseKnowledge, type ContentFile } from '../parse';
import { formatProblem, hasErrors, KnowledgeError } from '../problems';
import { parseCodeList, type CodeLists } from '../ptv/code-lists';
import type { KnowledgeBase } from '../schema';
import { importGeneralDescriptions, serviceFile } from '../ptv/import';
import { narrowServicePoints, redFlagServices } from '../ptv/shared-files';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { summarize } from './kb-check';

export const USAGE = `usage: npm run kb:import-ptv -- --general-descriptions FILE --out DIR
         [--target-groups FILE] [--service-classes FILE] [--life-events FILE]
         [--base DIR] [--reviewed-at YYYY-MM-DD] [--force]

Builds a knowledge directory from a PTV general descriptions export. The code
lists default to TargetGroups.json, ServiceClasses.json and LifeEvents.json
next to the export; segments.yaml, municipalities.yaml, emergency.yaml and
redflags/*.yaml are copied from --base (default: the bundled knowledge/content). --force writes
into a directory that is not empty.`;

const SHARED_FILES = ['segments.yaml', 'municipalities.yaml', 'emergency.yaml'] as const;

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError(
      `cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The code lists: next to the export unless a flag names another file. */
async function readCodeLists(input: string, flags: Record<string, unknown>): Promise<CodeLists> {
  const read = async (flag: string, file: string, what: string) =>
    parseCodeList(
      await readJson(
        typeof flags[flag] === 'string' ? flags[flag] : path.join(path.dirname(input), file),
        what,
      ),
      what,
    );
  return {
    targetGroups: await read('target-groups', 'TargetGroups.json', 'target groups'),
    serviceClasses: await read('service-classes', 'ServiceClasses.json', 'service classes'),
    lifeEvents: await read('life-events', 'LifeEvents.json', 'life events'),
  };
}

/** What the new directory takes from the base: the shared files and the red flags' emergency services. */
async function readBase(dir: string): Promise<{ base: KnowledgeBase; files: ContentFile[] }> {
  const files: ContentFile[] = [];
  // The red flags (redflags/*.yaml) travel with the numbers: an imported directory must still recognise emergencies.
  const redFlagFiles = (await readdir(path.join(dir, 'redflags')).catch(() => []))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `redflags/${name}`);
  for (const name of [...SHARED_FILES, ...redFlagFiles]) {
    const file = await readContentFile(dir, name);
    if (!file) {
      throw new KnowledgeError(
        `${path.join(dir, name)} does not exist; the importer copies it into the new knowledge directory (give another with --base)`,
      );
    }
    files.push(file);
  }
  const base = parseKnowledge(files).kb;
  if (!base) {
    throw new KnowledgeError(
      `segments.yaml, municipalities.yaml, emergency.yaml or redflags/*.yaml in ${dir} does not parse; run kb:check on it`,
    );
  }
  for (const id of redFlagServices(base)) {
    const file = await readContentFile(dir, `services/${id}.yaml`);
    if (!file) {
      throw new KnowledgeError(
        `red flags in ${path.join(dir, 'redflags')} send residents to '${id}', but services/${id}.yaml does not exist there`,
      );
    }
    files.push(file);
  }
  return { base, files };
}

async function writeFiles(out: string, files: readonly ContentFile[], force: boolean) {
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0 && !force) {
    throw new KnowledgeError(`${out} is not empty; choose a new directory or pass --force`);
  }
  for (const file of files) {
    const full = path.join(out, file.path);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, file.text);
  }
}

export async function importPtv(argv: string[], io: Io): Promise<number> {
  const { values } = parseCli(argv, {
    'general-descriptions': { type: 'string' },
    out: { type: 'string' },
    'target-groups': { type: 'string' },
    'service-classes': { type: 'string' },
    'life-events': { type: 'string' },
    base: { type: 'string' },
    'reviewed-at': { type: 'string' },
    force: { type: 'boolean' },
  });
  const input = values['general-descriptions'];
  const out = values.out;
  if (!input || !out) throw new UsageError('--general-descriptions and --out are required');
  const reviewedAt = values['reviewed-at'] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewedAt)) {
    throw new UsageError('--reviewed-at expects YYYY-MM-DD');
  }

  // Everything is read and converted before anything is written, so bad input leaves no half directory.
  const codeLists = await readCodeLists(input, values);
  const { base, files: baseFiles } = await readBase(values.base ?? BUNDLED_KNOWLEDGE_DIR);
  const result = importGeneralDescriptions(await readJson(input, 'general descriptions'), {
    codeLists,
    reviewedAt,
    lifeStages: new Set(base.lifeStages.map((s) => s.id)),
    needProfiles: new Set(base.needProfiles.map((s) => s.id)),
  });
  if (result.services.length === 0) {
    throw new KnowledgeError(`${input} has no SOTE general descriptions`);
  }
  const emergency = redFlagServices(base);
  const keep = new Set([...result.services.map((s) => s.id), ...emergency]);
  await writeFiles(
    out,
    [
      ...baseFiles.map((f) =>
        f.path === 'municipalities.yaml' ? narrowServicePoints(f, keep) : f,
      ),
      ...result.services.map(serviceFile),
    ],
    values.force ?? false,
  );
  for (const note of result.notes) io.err(note);
  io.out(
    `imported ${result.services.length} services from ${result.versions} SOTE versions into ${out}` +
      ` (plus ${emergency.length} emergency services the red flags point to)`,
  );

  const { problems } = await acceptKnowledgeDir(out);
  for (const problem of problems) {
    if (problem.severity === 'error') io.out(formatProblem(problem));
  }
  io.out(`${out}: ${summarize(problems)} (run npm run kb:check -- ${out} for the warnings)`);
  return hasErrors(problems) ? 1 : 0;
}

runIfMain(import.meta.url, importPtv, USAGE);
