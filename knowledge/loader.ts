/**
 * The one module that reads knowledge files from disk. Everything else gets a
 * KnowledgeBase value (or the file texts) from here, so tests, the editor and
 * the extension never depend on a file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { MAX_FILE_BYTES, parseKnowledge, type ContentFile, type ParseResult } from './parse';
import type { Problem } from './problems';

/** The knowledge base that ships with Opastin. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL('./content', import.meta.url));

const CONTENT_FILE = /\.ya?ml$/;

/** Reads every YAML file under `dir` (recursively) as text, with paths relative to `dir`. */
export async function readContentFiles(
  dir: string,
): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !CONTENT_FILE.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    const size = (await stat(full)).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        severity: 'error',
        rule: 'yaml',
        file: relative,
        message: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`,
      });
      continue;
    }
    files.push({ path: relative, text: await readFile(full, 'utf8') });
  }
  return { files, problems };
}

/** Reads and parses a knowledge directory. Validation rules are applied separately (knowledge/validate.ts). */
export async function loadKnowledgeDir(dir: string = BUNDLED_KNOWLEDGE_DIR): Promise<ParseResult> {
  const { files, problems } = await readContentFiles(dir);
  const result = parseKnowledge(files);
  return { ...result, problems: [...problems, ...result.problems] };
}

/** Reads one content file, or null when it does not exist. `relative` must already be a validated content path. */
export async function readContentFile(dir: string, relative: string): Promise<ContentFile | null> {
  try {
    return { path: relative, text: await readFile(path.join(dir, relative), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
