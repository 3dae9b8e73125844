/**
 * Runs every validation rule over a knowledge base and places each problem in
 * its file and line. The rules are pure (knowledge/rules/); this module only
 * combines them. Whether a knowledge base may be served is decided in accept.ts.
 */
import type { SourceIndex } from './parse';
import type { Problem } from './problems';
import { RULES, type RuleContext } from './rules';
import type { KnowledgeBase } from './schema';

/** The calendar day in Helsinki at `now`: the day review dates are compared with. */
export function todayInHelsinki(now = new Date()): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
}

/** Fills `file` and `line` of a problem from where its entity was parsed. */
export function locate(problem: Problem, sources: SourceIndex | undefined): Problem {
  const where = problem.entity ? sources?.get(problem.entity) : undefined;
  if (!where || problem.file) return problem;
  const field = problem.field
    ? problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
    : [];
  return { ...problem, file: where.file, line: where.lineOf(field) };
}

/** Problems in file order, errors before warnings on the same line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** All rule problems for `kb`, located when `sources` (from parseKnowledge) is given. */
export function validateKnowledge(
  kb: KnowledgeBase,
  sources?: SourceIndex,
  context: Partial<RuleContext> = {},
): Problem[] {
  const ctx: RuleContext = { today: todayInHelsinki(), ...context };
  return sortProblems(RULES.flatMap((rule) => rule.check(kb, ctx)).map((p) => locate(p, sources)));
}
