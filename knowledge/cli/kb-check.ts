/**
 * `npm run kb:check [-- DIR]`: checks a knowledge directory (the bundled one by
 * default) and prints every problem as `file:line: severity: field: message [rule]`.
 * Exits 1 when there are errors, so CI and editors can gate on it.
 */
import { stat } from 'node:fs/promises';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../loader';
import { todayInHelsinki } from '../validate';
import { formatProblem, KnowledgeError, type Problem } from '../problems';
import { parseCli, runIfMain, UsageError, type Io } from './args';

export const USAGE = `usage: npm run kb:check [-- [--kb] DIR] [--errors-only]

Checks a knowledge directory (default: the bundled knowledge/content) and
prints its problems. Exit status: 0 no errors, 1 errors, 2 wrong usage.`;

/** Fails with a clear message instead of a stack trace from readdir. */
export async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new KnowledgeError(`knowledge directory not found: ${dir}`);
  if (!info.isDirectory()) throw new KnowledgeError(`not a directory: ${dir}`);
}

export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export async function kbCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { kb: { type: 'string' }, 'errors-only': { type: 'boolean' } },
    true,
  );
  if (positionals.length > 1 || (values.kb && positionals.length > 0)) {
    throw new UsageError('give one knowledge directory');
  }
  const dir = values.kb ?? positionals[0] ?? BUNDLED_KNOWLEDGE_DIR;
  await assertDirectory(dir);
  const { accepted, kb, problems } = await acceptKnowledgeDir(dir, {
    today: todayInHelsinki(io.now()),
  });
  const shown = values['errors-only'] ? problems.filter((p) => p.severity === 'error') : problems;
  for (const problem of shown) io.out(formatProblem(problem));
  const counts = kb
    ? `${kb.services.length} services, ${kb.paths.length} paths`
    : 'the knowledge base could not be assembled';
  io.out(`${dir}: ${summarize(problems)} (${counts})`);
  return accepted ? 0 : 1;
}

runIfMain(import.meta.url, kbCheck, USAGE);
