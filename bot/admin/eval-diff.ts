/**
 * Before/after check of an unsaved change: runs the evaluation set against the
 * live engine and the candidate engine and lists the queries whose top-1 or
 * top-3 changed, so an edit never silently steals another service's questions.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Language } from '../../knowledge/schema';
import type { SearchEngine } from '../../knowledge/search/types';

export const EVAL_FILE = fileURLToPath(
  new URL('../../knowledge/eval/queries.yaml', import.meta.url),
);

export interface EvalQuery {
  q: string;
  lang: Language;
  expect?: string | string[];
}

export interface EvalChange {
  q: string;
  lang: Language;
  expect: string[];
  before: string[];
  after: string[];
  /** better: an expected service entered top-3 or became top-1; worse: the opposite; moved: other changes. */
  verdict: 'better' | 'worse' | 'moved';
}

export async function loadEvalQueries(file = EVAL_FILE): Promise<EvalQuery[]> {
  const items = parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(items)) return [];
  return items.filter(
    (i): i is EvalQuery =>
      typeof i === 'object' && i !== null && typeof (i as EvalQuery).q === 'string',
  );
}

function rankOf(ids: string[], expect: string[]): number {
  const i = ids.findIndex((id) => expect.includes(id));
  return i < 0 ? 99 : i;
}

export function compareEngines(
  queries: readonly EvalQuery[],
  before: SearchEngine,
  after: SearchEngine,
): EvalChange[] {
  const changes: EvalChange[] = [];
  for (const query of queries) {
    const top = (engine: SearchEngine) =>
      engine.search(query.q, { lang: query.lang, limit: 3 }).results.map((r) => r.id);
    const b = top(before);
    const a = top(after);
    if (b.join() === a.join()) continue;
    const expect = query.expect === undefined ? [] : [query.expect].flat();
    const rb = rankOf(b, expect);
    const ra = rankOf(a, expect);
    const verdict = ra < rb ? 'better' : ra > rb ? 'worse' : 'moved';
    // A change that only reorders ranks 2-3 without touching the expected answer is noise.
    if (verdict === 'moved' && b[0] === a[0] && [...b].sort().join() === [...a].sort().join())
      continue;
    changes.push({ q: query.q, lang: query.lang, expect, before: b, after: a, verdict });
  }
  return changes;
}
