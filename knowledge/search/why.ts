/**
 * Explains a result: for each query term that hit the service, the field and
 * the word of the service text it matched, and how (exact, stem, compound part,
 * typo). Counsellors and editors see this, so the word shown is the one really
 * in the service text, found by re-reading only the one field of the (at most
 * ten) results, not stored for every posting.
 */
import type { Language } from '../schema';
import { FIELDS } from './fields';
import { postingOf, type InvertedIndex } from './inverted-index';
import type { ParsedQuery } from './query';
import type { Candidate } from './score';
import { indexKey } from './stem';
import { fold, tokenize } from './text';
import type { MatchReason, SearchOptions } from './types';

const LANG_OF_TAG: Record<string, Language> = { f: 'fi', s: 'sv', e: 'en' };

// Recently explained texts, tokenised: the same few services answer most questions.
const tokenCache = new Map<string, string[]>();
function tokensOf(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= 500) tokenCache.clear();
    tokens = tokenize(text);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** The word in the service's field that carries `key` (keys are tagged with their language). */
function findWord(
  index: InvertedIndex,
  c: Candidate,
  fieldIndex: number,
  key: string,
): { word: string; part: boolean } | null {
  const lang = LANG_OF_TAG[key[0]!];
  const field = FIELDS[fieldIndex];
  if (!lang || !field) return null;
  for (const text of field.texts(c.service, lang)) {
    const tokens = tokensOf(text);
    for (const token of tokens) {
      if (indexKey(token, lang) === key || indexKey(fold(token), lang) === key)
        return { word: token, part: false };
    }
    for (const token of tokens) {
      const parts = token.length >= 7 ? index.splitter.split(fold(token)) : null;
      if (parts?.some((p) => indexKey(p, lang) === key)) return { word: token, part: true };
    }
  }
  return null;
}

export function explain(
  index: InvertedIndex,
  query: ParsedQuery,
  c: Candidate,
  options: SearchOptions,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  for (const term of query.terms) {
    let best: { score: number; mask: number; key: number; kind: MatchReason['kind'] } | null = null;
    for (const k of term.keys) {
      const posting = postingOf(index, k.key, c.doc);
      const score = posting.score * k.factor;
      if (score > 0 && (!best || score > best.score))
        best = { ...posting, score, key: k.key, kind: k.kind };
    }
    if (!best) continue;
    // The highest-weighted field the key occurs in (FIELDS are ordered by weight).
    const fieldIndex = FIELDS.findIndex((_, i) => best.mask & (1 << i));
    const key = index.keys[best.key]!;
    const found = findWord(index, c, fieldIndex, key);
    const matched = found?.word ?? key.slice(1);
    let kind = best.kind;
    if (kind === 'stem')
      kind = found?.part ? 'compound' : fold(matched) === fold(term.text) ? 'exact' : 'stem';
    reasons.push({ term: term.text, field: FIELDS[fieldIndex]?.name ?? 'text', matched, kind });
  }
  if (c.context !== 1) {
    const s = c.service;
    if (
      options.lifeStage &&
      s.audience.lifeStages !== 'all' &&
      s.audience.lifeStages.includes(options.lifeStage)
    ) {
      reasons.push({
        term: options.lifeStage,
        field: 'audience',
        matched: options.lifeStage,
        kind: 'context',
      });
    }
    if (options.needProfile && s.audience.needProfiles?.includes(options.needProfile)) {
      reasons.push({
        term: options.needProfile,
        field: 'audience',
        matched: options.needProfile,
        kind: 'context',
      });
    }
    if (options.municipality && s.municipalities !== 'all') {
      reasons.push({
        term: options.municipality,
        field: 'municipalities',
        matched: options.municipality,
        kind: 'context',
      });
    }
  }
  return reasons;
}
