/**
 * Scores a parsed query: walks only the postings of the query's keys, keeps
 * per service the best key of each term (a word's stem and its folded form
 * must not count twice), sums terms, applies segment and municipality context,
 * and keeps the top `limit` in a small sorted array (no sort of every match).
 */
import type { Service } from '../schema';
import { FIELDS, STRONG_FIELDS } from './fields';
import type { InvertedIndex } from './inverted-index';
import type { ParsedQuery } from './query';
import type { SearchOptions } from './types';

export interface Candidate {
  doc: number;
  service: Service;
  raw: number;
  /** IDF-weighted query words matched (compound parts count as fractions). */
  coverage: number;
  /** Whether some term hit a name, alternate name, phrasing, summary or classification. */
  strong: boolean;
  /** IDF-weighted query words matched in those strong fields. */
  strongCoverage: number;
  context: number;
}

export interface Scratch {
  total: Float64Array;
  term: Float64Array;
  coverage: Float64Array;
  strongCoverage: Float64Array;
  nameCoverage: Float64Array;
  strong: Uint8Array;
  termStrong: Uint8Array;
  termName: Uint8Array;
}

const STRONG_MASK = FIELDS.reduce((m, f, i) => (STRONG_FIELDS.has(f.name) ? m | (1 << i) : m), 0);
const NAME_MASK = FIELDS.reduce(
  (m, f, i) => (f.name === 'name' || f.name === 'alternateNames' ? m | (1 << i) : m),
  0,
);
/**
 * A service whose name carries the query words is what the resident asked for
 * ("disability services", "nursing home"), more than one that mentions them in
 * passing: up to this much extra, in proportion to the query covered by names.
 */
const NAME_BONUS = 0.5;
const COMMON_SHARE = 0.5;
const COMMON_MIN_SERVICES = 1_000;

/** Multiplier for how well a service's audience and area fit the context; 0 drops it. */
export function contextFactor(service: Service, options: SearchOptions): number {
  let factor = 1;
  if (options.level && service.level !== options.level) return 0;
  if (options.municipality) {
    const m = service.municipalities;
    if (m !== 'all' && !m.includes(options.municipality)) return 0;
    if (m !== 'all') factor *= 1.1;
  }
  if (options.lifeStage) {
    const stages = service.audience.lifeStages;
    if (stages !== 'all') factor *= stages.includes(options.lifeStage) ? 1.3 : 0.8;
  }
  if (options.needProfile && service.audience.needProfiles?.includes(options.needProfile))
    factor *= 1.1;
  return factor;
}

export function scoreQuery(
  index: InvertedIndex,
  query: ParsedQuery,
  scratch: Scratch,
  options: SearchOptions,
  limit: number,
): Candidate[] {
  const { total, term, coverage, strong, strongCoverage, termStrong, nameCoverage, termName } =
    scratch;
  const touched: number[] = [];
  const termTouched: number[] = [];
  for (const t of query.terms) {
    for (const { key, factor } of t.keys) {
      const start = index.offsets[key]!;
      const end = index.offsets[key + 1]!;
      // A word in most of a large knowledge base ("services" in 50,000 service texts) weighs
      // next to nothing in BM25 but would cost a walk over most services: skip it.
      if (
        end - start > COMMON_SHARE * index.services.length &&
        index.services.length >= COMMON_MIN_SERVICES
      )
        continue;
      for (let p = start; p < end; p++) {
        const d = index.docs[p]!;
        const s = index.scores[p]! * factor;
        if (term[d] === 0) termTouched.push(d);
        if (s > term[d]!) term[d] = s;
        const m = index.masks[p]!;
        if (m & STRONG_MASK) {
          strong[d] = 1;
          termStrong[d] = 1;
        }
        if (m & NAME_MASK) termName[d] = 1;
      }
    }
    for (const d of termTouched) {
      if (total[d] === 0) touched.push(d);
      total[d]! += term[d]!;
      coverage[d]! += t.coverage * t.weight;
      if (termStrong[d]) strongCoverage[d]! += t.coverage * t.weight;
      if (termName[d]) nameCoverage[d]! += t.coverage * t.weight;
      term[d] = 0;
      termStrong[d] = 0;
      termName[d] = 0;
    }
    termTouched.length = 0;
  }

  const top: Candidate[] = [];
  for (const d of touched) {
    const service = index.services[d]!;
    const context = contextFactor(service, options);
    const names = query.totalWeight > 0 ? nameCoverage[d]! / query.totalWeight : 0;
    const raw = total[d]! * context * (1 + NAME_BONUS * Math.min(1, names));
    if (context > 0 && (top.length < limit || raw > top[top.length - 1]!.raw)) {
      const candidate = {
        doc: d,
        service,
        raw,
        coverage: coverage[d]!,
        strong: strong[d] === 1,
        strongCoverage: strongCoverage[d]!,
        context,
      };
      let at = top.length;
      while (at > 0 && top[at - 1]!.raw < raw) at--;
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    total[d] = 0;
    coverage[d] = 0;
    strongCoverage[d] = 0;
    nameCoverage[d] = 0;
    strong[d] = 0;
  }
  return top;
}
