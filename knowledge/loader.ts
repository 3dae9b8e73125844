/**
 * The one module that reads knowledge files from disk. Everything else gets a
 * KnowledgeBase value (or the file texts) from here, so tests, the editor and
 * the extension never depend on a file system.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { acceptKnowledge, type Acceptance } from './accept';
import { MAX_FILE_BYTES, parseKnowledge, type ContentFile, type ParseResult } from './parse';
import type { Problem } from './problems';
import type { RuleContext } from './rules';

/** The knowledge base that ships with Opastin. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL('./content', import.meta.url));

const CONTENT_FILE = /\.ya?ml$/;

const reason = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);

/**
 * Reads every YAML file under `dir` (recursively) as text, with paths relative
 * to `dir`. A file or directory that cannot be read is a problem, never an exception.
 */
export async function readContentFiles(
  dir: string,
): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const unreadable = (file: string | undefined, message: string) =>
    problems.push({ severity: 'error', rule: 'read', ...(file ? { file } : {}), message });
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    unreadable(
      undefined,
      code === 'ENOENT'
        ? `knowledge directory not found: ${dir}`
        : `cannot read the knowledge directory ${dir} (${reason(error)})`,
    );
    return { files, problems };
  }
  for (const entry of entries) {
    if (!entry.isFile() || !CONTENT_FILE.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    try {
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
    } catch (error) {
      // Deleted since the listing, or not readable by the server's user.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        unreadable(relative, `cannot read the file (${reason(error)})`);
    }
  }
  return { files, problems };
}

/** Reads and parses a knowledge directory, without the rules. To decide whether to serve it, use acceptKnowledgeDir. */
export async function loadKnowledgeDir(dir: string = BUNDLED_KNOWLEDGE_DIR): Promise<ParseResult> {
  const { files, problems } = await readContentFiles(dir);
  const result = parseKnowledge(files);
  return { ...result, problems: [...problems, ...result.problems] };
}

/** Reads a knowledge directory and runs the gate (accept.ts); a file that cannot be read is an error. */
export async function acceptKnowledgeDir(
  dir: string = BUNDLED_KNOWLEDGE_DIR,
  context: Partial<RuleContext> = {},
): Promise<Acceptance> {
  const { files, problems } = await readContentFiles(dir);
  return withReadProblems(acceptKnowledge({ files }, context), problems);
}

/** Adds problems found while reading to a verdict: any of them rejects. */
export function withReadProblems(result: Acceptance, problems: readonly Problem[]): Acceptance {
  if (problems.length === 0) return result;
  const all = [...problems, ...result.problems];
  return {
    ...result,
    problems: all,
    accepted: result.accepted && !problems.some((p) => p.severity === 'error'),
  };
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
