/**
 * `npm run kb:export [-- --kb DIR]`: prints the knowledge base as one JSON
 * snapshot on stdout, the format the extension and other tools consume. A
 * knowledge base with errors is not exported: its problems go to stderr.
 */
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../loader';
import { formatProblem } from '../problems';
import { toSnapshot } from '../snapshot';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { assertDirectory, summarize } from './kb-check';

export const USAGE = `usage: npm run --silent kb:export [-- --kb DIR]

Prints the JSON snapshot of a knowledge directory (default: the bundled
knowledge/content). Exit status 1, with the problems on stderr, when the
knowledge base has errors.`;

export async function kbExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCli(argv, { kb: { type: 'string' } }, true);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const dir = values.kb ?? BUNDLED_KNOWLEDGE_DIR;
  await assertDirectory(dir);
  const { accepted, kb, problems } = await acceptKnowledgeDir(dir);
  if (!accepted || !kb) {
    for (const problem of problems.filter((p) => p.severity === 'error')) {
      io.err(formatProblem(problem));
    }
    io.err(`${dir}: not exported: ${summarize(problems)}`);
    return 1;
  }
  io.out(toSnapshot(kb));
  return 0;
}

runIfMain(import.meta.url, kbExport, USAGE);
