/**
 * Schema checks of parsed YAML as located problems: each zod issue becomes a
 * message an editor can act on ("expected a phone number, got 'soita
 * meille'"), placed at its file and line.
 */
import type { z } from 'zod';
import type { SourceLocation } from './parse';
import type { EntityKey, Problem } from './problems';

/** A short, safe rendering of a wrong value for a message: `'soita meille'`, `number 42`, `a list`. */
function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return `${typeof value} ${String(value)}`;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  }
  // `input` is only there because check() asks zod for it (reportInput).
  const missing = issue.input === undefined;
  if (issue.code === 'invalid_type') {
    if (missing) return `required field is missing (expected ${issue.expected})`;
    if (issue.path.length === 0 && issue.input === null) return 'the file is empty';
    return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_union') {
    // "Invalid input" says nothing; name what each alternative expects instead.
    const options = issue.errors.flatMap((branch) => {
      const first = branch[0];
      if (first?.code === 'invalid_value') return first.values.map((v) => `'${String(v)}'`);
      if (first?.code === 'invalid_type') return [first.expected];
      return [];
    });
    const expected = options.length > 0 ? `expected ${options.join(' or ')}` : issue.message;
    return missing
      ? `required field is missing (${expected})`
      : `${expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    const expected = `expected one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}`;
    return missing
      ? `required field is missing (${expected})`
      : `${expected}, got ${describeValue(issue.input)}`;
  }
  if (missing) return `required field is missing: ${issue.message}`;
  if (issue.code === 'invalid_format') {
    return `${issue.message}, got ${describeValue(issue.input)}`;
  }
  return issue.message;
}

/** Validates `value` against `schema`, turning each zod issue into a located problem. */
export function check<T extends z.ZodType>(
  schema: T,
  value: unknown,
  entity: EntityKey,
  where: SourceLocation,
  problems: Problem[],
): z.infer<T> | null {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    problems.push({
      severity: 'error',
      rule: 'schema',
      entity,
      field: path.join('.') || undefined,
      file: where.file,
      line: where.lineOf(path),
      message: describeZodIssue(issue),
    });
  }
  return null;
}
