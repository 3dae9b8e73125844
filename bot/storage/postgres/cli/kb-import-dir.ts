/**
 * `npm run kb:import-dir -- DIR`: makes the knowledge in PostgreSQL
 * (DATABASE_URL) exactly the YAML directory DIR, through the publish gate.
 * A directory with errors is refused with its problems and nothing changes.
 * Running instances pick the new version up within a second or two.
 */
import { parseCli, runIfMain, UsageError, type Io } from '../../../../knowledge/cli/args';
import { assertDirectory, summarize } from '../../../../knowledge/cli/kb-check';
import { formatProblem } from '../../../../knowledge/problems';
import { describeDatabase, openDatabase } from '../database';
import { importKnowledgeDir } from '../knowledge-dir';
import { PostgresKnowledgeStore } from '../knowledge-store';

export const USAGE = `usage: DATABASE_URL=postgres://… npm run kb:import-dir -- DIR [--author NAME]

Replaces the knowledge in PostgreSQL with the YAML files in DIR (for example
knowledge/content, or a directory made by kb:export-dir), if they pass the same
checks as kb:check and the editor's publish gate. Every changed, added or
removed file is recorded in the editor's history under NAME (default: import).`;

export async function kbImportDir(
  argv: string[],
  io: Io,
  databaseUrl: string | undefined,
): Promise<number> {
  const { values, positionals } = parseCli(argv, { author: { type: 'string' } }, true);
  const [dir, extra] = positionals;
  if (!dir || extra) throw new UsageError('give exactly one directory');
  if (!databaseUrl) throw new UsageError('DATABASE_URL is not set');
  await assertDirectory(dir);
  const pool = await openDatabase(databaseUrl, { log: io.err, max: 2 });
  try {
    const result = await importKnowledgeDir(
      new PostgresKnowledgeStore(pool),
      dir,
      values.author ?? 'import',
    );
    const shown = result.ok
      ? result.problems
      : result.problems.filter((p) => p.severity === 'error');
    for (const problem of shown) io.err(formatProblem(problem));
    if (!result.ok) {
      io.err(`${dir}: not imported, nothing changed: ${summarize(result.problems)}`);
      return 1;
    }
    const s = result.summary!;
    io.out(
      `${dir} → ${describeDatabase(databaseUrl)}: ${s.created.length} created, ${s.updated.length} updated, ${s.deleted.length} deleted (${summarize(result.problems)})`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

runIfMain(import.meta.url, (argv, io) => kbImportDir(argv, io, process.env.DATABASE_URL), USAGE);
