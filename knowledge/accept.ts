/**
 * The one gate every knowledge base passes before anyone is served from it:
 * server startup, the editor's publish and the watcher, the extension's bundled
 * snapshot and its sync, kb:check, kb:export and the search CLI. The policy is
 * decided here once: parse, schema and every rule run; errors reject, warnings
 * pass. Pure (no Node APIs), so the extension runs the same gate on a fetched
 * snapshot; knowledge/loader.ts adds reading a directory.
 */
import { parseKnowledge, type ContentFile } from './parse';
import { hasErrors, KnowledgeError, formatProblem, type Problem } from './problems';
import type { RuleContext } from './rules';
import type { KnowledgeBase } from './schema';
import { readSnapshot } from './snapshot';
import { sortProblems, validateKnowledge } from './validate';

/** Content files (a directory's texts) or a JSON snapshot (text or parsed value). */
export type KnowledgeInput = { files: readonly ContentFile[] } | { snapshot: unknown };

export interface Acceptance {
  /** True when nothing is an error: `kb` may be served. */
  accepted: boolean;
  /**
   * The knowledge base. When not accepted it is what could still be assembled
   * (every file that parsed), or null; serve it only knowingly (see bot/index.ts).
   */
  kb: KnowledgeBase | null;
  /** Errors and warnings, in file order. */
  problems: Problem[];
}

/** Runs the gate: parse or read, schema, every rule; errors reject, warnings pass. */
export function acceptKnowledge(
  input: KnowledgeInput,
  context: Partial<RuleContext> = {},
): Acceptance {
  // Files carry where each entity came from, so rule problems get a file and line.
  const read =
    'files' in input
      ? parseKnowledge(input.files)
      : { ...readSnapshot(input.snapshot), sources: undefined };
  const ruleProblems = read.kb ? validateKnowledge(read.kb, read.sources, context) : [];
  const problems = sortProblems([...read.problems, ...ruleProblems]);
  return { accepted: read.kb !== null && !hasErrors(problems), kb: read.kb, problems };
}

/** How many errors a rejection message lists; the rest are counted. */
const MAX_LISTED = 10;

/**
 * The accepted knowledge base, or a KnowledgeError naming the first errors
 * (`what` says which knowledge, e.g. a directory or "the fetched snapshot").
 */
export function requireAccepted(result: Acceptance, what: string): KnowledgeBase {
  if (result.accepted && result.kb) return result.kb;
  const errors = result.problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED).map(formatProblem);
  if (errors.length > MAX_LISTED) listed.push(`(and ${errors.length - MAX_LISTED} more)`);
  throw new KnowledgeError(`${what} has errors:\n${listed.join('\n')}`, errors);
}

/** The gate for a snapshot as one call: the accepted knowledge base, or a KnowledgeError. */
export function acceptSnapshot(json: unknown, context: Partial<RuleContext> = {}): KnowledgeBase {
  return requireAccepted(acceptKnowledge({ snapshot: json }, context), 'the knowledge snapshot');
}
