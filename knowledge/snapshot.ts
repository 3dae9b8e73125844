/**
 * The JSON snapshot: the whole knowledge base as one document, for the
 * extension (bundled and refreshed from GET /api/knowledge), `npm run
 * kb:export` and other tools. Pure, so it runs in the browser too.
 */
import { KnowledgeError, type Problem } from './problems';
import { KnowledgeBase } from './schema';

/**
 * Stable JSON: the schema decides key order (not however the value was built),
 * so the same content always gives the same bytes.
 */
export function toSnapshot(kb: KnowledgeBase): string {
  return JSON.stringify(KnowledgeBase.parse(kb));
}

/** How many schema issues a snapshot error lists; a wrong file would otherwise produce thousands. */
const MAX_LISTED = 10;

/**
 * Reads a snapshot (a JSON string or an already parsed value) and checks it
 * against the schema, returning its problems as data (the gate, accept.ts,
 * adds the rules).
 */
export function readSnapshot(json: unknown): { kb: KnowledgeBase | null; problems: Problem[] } {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      const message = `knowledge snapshot is not valid JSON: ${(error as Error).message}`;
      return { kb: null, problems: [{ severity: 'error', rule: 'json', message }] };
    }
  }
  const result = KnowledgeBase.safeParse(value);
  if (result.success) return { kb: result.data, problems: [] };
  const problems: Problem[] = result.error.issues.map((issue) => ({
    severity: 'error',
    rule: 'snapshot',
    field: issue.path.map(String).join('.') || undefined,
    message: issue.message,
  }));
  return { kb: null, problems };
}

/**
 * Reads a snapshot and checks it against the schema only. Throws
 * KnowledgeError naming the first wrong fields. To decide whether a snapshot
 * may be used, call the gate (accept.ts acceptSnapshot) instead.
 */
export function parseSnapshot(json: unknown): KnowledgeBase {
  const { kb, problems } = readSnapshot(json);
  if (kb) return kb;
  if (problems[0]?.rule === 'json') throw new KnowledgeError(problems[0].message);
  const listed = problems
    .slice(0, MAX_LISTED)
    .map((p) => `${p.field ?? '(root)'}: ${p.message}`)
    .join('; ');
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  throw new KnowledgeError(
    `knowledge snapshot does not match the schema: ${listed}${more}`,
    problems,
  );
}
