/**
 * Problems are data, not exceptions: every check in the knowledge core returns
 * them, and thin reporters (kb:check, the editor) decide how to show them.
 */
export type Severity = 'error' | 'warning';

/** Which entity a problem is about: `service:dental-care`, `path:memory-decline`, `segments`, `municipalities`, `emergency`. */
export type EntityKey = string;

export interface Problem {
  severity: Severity;
  /** The rule or stage that found it, e.g. `summary-too-long` or `yaml`. */
  rule: string;
  message: string;
  entity?: EntityKey;
  /** Dotted path inside the entity, e.g. `summary.sv` or `steps.2.service`. */
  field?: string;
  /** Content file, relative to the knowledge directory. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
}

/** One line per problem, the way compilers print them: `file:line: field: message`. */
export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
  const field = p.field ? `${p.field}: ` : '';
  return `${where}${p.severity}: ${field}${p.message} [${p.rule}]`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Base class so callers can tell our errors from bugs, with context on the error itself. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}
