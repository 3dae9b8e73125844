/**
 * The policy of the knowledge gate, decided once: schema and every rule run;
 * errors reject, warnings pass. accept.ts applies it to content files or a
 * snapshot; this module holds the policy and the snapshot path without the
 * YAML parser, so the extension bundles only what it runs.
 */
import { formatProblem, hasErrors, KnowledgeError, type Problem } from './problems';
import type { RuleContext } from './rules';
import type { KnowledgeBase } from './schema';
import { readSnapshot } from './snapshot';
import type { SourceIndex } from './parse';
import { sortProblems, validateKnowledge } from './validate';

export interface Acceptance {
  /** True when nothing is an error: `kb` may be served. */
  accepted: boolean;
  /**
   * The knowledge base. When not accepted it is what could still be assembled
   * (every file that parsed), or null; serve it only knowingly (see knowledge/store/startup.ts).
   */
  kb: KnowledgeBase | null;
  /** Errors and warnings, in file order. */
  problems: Problem[];
}

/** The verdict on what was read: rules run on whatever could be assembled; any error rejects. */
export function judgeKnowledge(
  read: { kb: KnowledgeBase | null; problems: readonly Problem[]; sources?: SourceIndex },
  context: Partial<RuleContext> = {},
): Acceptance {
  const ruleProblems = read.kb ? validateKnowledge(read.kb, read.sources, context) : [];
  const problems = sortProblems([...read.problems, ...ruleProblems]);
  return { accepted: read.kb !== null && !hasErrors(problems), kb: read.kb, problems };
}

/** How many errors a rejection message lists; the rest are counted. */
const MAX_LISTED = 10;

/**
 * The accepted knowledge base, or a KnowledgeError naming the first errors
 * (`what` says which knowledge, e.g. a directory or "the knowledge snapshot").
 */
export function requireAccepted(result: Acceptance, what: string): KnowledgeBase {
  if (result.accepted && result.kb) return result.kb;
  const errors = result.problems.filter((p) => p.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED).map(formatProblem);
  if (errors.length > MAX_LISTED) listed.push(`(and ${errors.length - MAX_LISTED} more)`);
  throw new KnowledgeError(`${what} has errors:\n${listed.join('\n')}`, errors);
}

/** The gate for a JSON snapshot (text or parsed value) as one call: the accepted knowledge base, or a KnowledgeError. */
export function acceptSnapshot(json: unknown, context: Partial<RuleContext> = {}): KnowledgeBase {
  return requireAccepted(judgeKnowledge(readSnapshot(json), context), 'the knowledge snapshot');
}
