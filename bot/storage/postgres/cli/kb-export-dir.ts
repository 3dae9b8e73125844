/**
 * `npm run kb:export-dir -- --out DIR`: writes the knowledge in PostgreSQL
 * (DATABASE_URL) as the YAML directory editors, git and reviews know, one file
 * per service or path. Content files in DIR that the database no longer has
 * are removed, so DIR mirrors the database.
 */
import { parseCli, runIfMain, UsageError, type Io } from '../../../../knowledge/cli/args';
import { summarize } from '../../../../knowledge/cli/kb-check';
import { formatProblem } from '../../../../knowledge/problems';
import { describeDatabase, openDatabase } from '../database';
import { exportKnowledgeDir } from '../knowledge-dir';
import { PostgresKnowledgeStore } from '../knowledge-store';

export const USAGE = `usage: DATABASE_URL=postgres://… npm run kb:export-dir -- --out DIR

Writes every knowledge file from PostgreSQL into DIR (created if missing) and
removes DIR's content files that the database no longer has. Other files in
DIR are left alone. Check the result with: npm run kb:check -- DIR`;

export async function kbExportDir(
  argv: string[],
  io: Io,
  databaseUrl: string | undefined,
): Promise<number> {
  const { values, positionals } = parseCli(argv, { out: { type: 'string' } }, true);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.out) throw new UsageError('--out DIR is required');
  if (!databaseUrl) throw new UsageError('DATABASE_URL is not set');
  const pool = await openDatabase(databaseUrl, { log: io.err, max: 2 });
  try {
    const result = await exportKnowledgeDir(new PostgresKnowledgeStore(pool), values.out);
    for (const problem of result.problems) io.err(formatProblem(problem));
    io.out(
      `${describeDatabase(databaseUrl)} → ${values.out}: ${result.written.length} files written, ${result.removed.length} removed (${summarize(result.problems)})`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}

runIfMain(import.meta.url, (argv, io) => kbExportDir(argv, io, process.env.DATABASE_URL), USAGE);
