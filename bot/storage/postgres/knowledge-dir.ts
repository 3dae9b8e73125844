/**
 * Moving knowledge between a YAML directory (what editors, git and reviews
 * see) and PostgreSQL. Into the database only through the publish gate: a
 * directory with errors is refused with its problems and nothing is written.
 * Out of it as the same files, so `kb:check` and git diffs work on an export.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readContentFiles } from '../../../knowledge/loader';
import type { ContentFile } from '../../../knowledge/parse';
import { hasErrors, KnowledgeError, type Problem } from '../../../knowledge/problems';
import { assertContentPath } from '../../../knowledge/store/content-path';
import { writeFileAtomic } from '../../../knowledge/store/file-store';
import { acceptKnowledge } from '../../../knowledge/accept';
import type { PostgresKnowledgeStore, ReplaceSummary } from './knowledge-store';

export type ImportResult =
  | { ok: true; summary: ReplaceSummary | null; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/** The directory's files and every problem the publish gate finds in them (plus names that are not content files). */
async function readAccepted(dir: string): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const read = await readContentFiles(dir);
  const problems = [...read.problems];
  const files: ContentFile[] = [];
  for (const file of read.files) {
    try {
      files.push({ path: assertContentPath(file.path), text: file.text });
    } catch (error) {
      problems.push({
        severity: 'error',
        rule: 'path',
        file: file.path,
        message: (error as KnowledgeError).message,
      });
    }
  }
  problems.push(...acceptKnowledge({ files }).problems);
  return { files, problems };
}

/**
 * Makes the database's knowledge exactly the directory's (kb:import-dir), as
 * one transaction recorded in the history under `author`, or nothing at all
 * when the gate finds an error.
 */
export async function importKnowledgeDir(
  store: PostgresKnowledgeStore,
  dir: string,
  author: string,
  { onlyIfEmpty = false }: { onlyIfEmpty?: boolean } = {},
): Promise<ImportResult> {
  const { files, problems } = await readAccepted(dir);
  if (hasErrors(problems) || files.length === 0)
    return {
      ok: false,
      problems: files.length
        ? problems
        : [
            ...problems,
            { severity: 'error', rule: 'yaml', message: `${dir} has no content files` },
          ],
    };
  const summary = await store.replaceAll(files, author, { onlyIfEmpty });
  return { ok: true, summary, problems };
}

/**
 * Fills an empty database from a knowledge directory (the bundled content at
 * first start). Several instances may start at once: exactly one seeds, and
 * the others see `summary: null`.
 */
export function seedKnowledge(store: PostgresKnowledgeStore, dir: string): Promise<ImportResult> {
  return importKnowledgeDir(store, dir, 'seed', { onlyIfEmpty: true });
}

/**
 * Writes the database's knowledge into `outDir` (kb:export-dir) and removes the
 * content files there that the database no longer has, so the directory
 * mirrors it. Other files in `outDir` are left alone. Never refused: an export
 * is also how content with problems gets out to be fixed.
 */
export async function exportKnowledgeDir(
  store: PostgresKnowledgeStore,
  outDir: string,
): Promise<{ written: string[]; removed: string[]; problems: Problem[] }> {
  const files = await store.list();
  await mkdir(outDir, { recursive: true });
  const wanted = new Set(files.map((f) => f.path));
  const removed: string[] = [];
  for (const old of (await readContentFiles(outDir)).files) {
    if (wanted.has(old.path) || !isContentPath(old.path)) continue;
    await rm(path.join(outDir, old.path));
    removed.push(old.path);
  }
  for (const file of files) {
    const full = path.join(outDir, assertContentPath(file.path));
    await mkdir(path.dirname(full), { recursive: true });
    await writeFileAtomic(full, file.text);
  }
  return {
    written: files.map((f) => f.path),
    removed,
    problems: acceptKnowledge({ files }).problems,
  };
}

function isContentPath(relative: string): boolean {
  try {
    assertContentPath(relative);
    return true;
  } catch {
    return false;
  }
}
