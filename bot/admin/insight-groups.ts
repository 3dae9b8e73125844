/**
 * Groups residents' unanswered questions and "not helpful" feedback by
 * language and word overlap (folded, stemmed, stopwords dropped) so editors
 * see the gaps with counts and examples; and exports them as CSV.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../../knowledge/schema';
import { keyOf } from '../../knowledge/search/stem';
import { fold, isStopword, tokenize } from '../../knowledge/search/text';
import type { InsightEntry } from '../insight/insight-store';

export interface InsightGroup {
  id: string;
  kind: 'unanswered' | 'not-helpful';
  lang: Language;
  count: number;
  examples: string[];
  serviceIds: string[];
  lastAt: string;
  resolved?: { by: string; at: string; note: string };
}

function keysOf(text: string, lang: Language): Set<string> {
  const keys = new Set<string>();
  for (const token of tokenize(text, 40)) {
    const folded = fold(token);
    if (folded.length < 2 || isStopword(folded)) continue;
    keys.add(keyOf(folded, lang));
  }
  return keys;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  return common / Math.min(a.size, b.size);
}

export function groupInsight(entries: readonly InsightEntry[], threshold = 0.5): InsightGroup[] {
  const groups: (InsightGroup & { keys: Set<string> })[] = [];
  for (const entry of entries) {
    if (entry.kind === 'helpful') continue;
    const keys = keysOf(entry.text, entry.lang);
    const group = groups.find(
      (g) => g.kind === entry.kind && g.lang === entry.lang && overlap(g.keys, keys) >= threshold,
    );
    if (group) {
      group.count += entry.count ?? 1;
      if (group.examples.length < 5 && !group.examples.includes(entry.text))
        group.examples.push(entry.text);
      if (entry.serviceId && !group.serviceIds.includes(entry.serviceId))
        group.serviceIds.push(entry.serviceId);
      if (entry.at > group.lastAt) group.lastAt = entry.at;
      for (const k of keys) group.keys.add(k);
    } else {
      // The id is derived from the first question's words so a resolution survives restarts.
      const id = createHash('sha256')
        .update(`${entry.kind}|${entry.lang}|${[...keys].sort().join(' ')}`)
        .digest('base64url')
        .slice(0, 16);
      groups.push({
        id,
        kind: entry.kind,
        lang: entry.lang,
        count: entry.count ?? 1,
        examples: [entry.text],
        serviceIds: entry.serviceId ? [entry.serviceId] : [],
        lastAt: entry.at,
        keys,
      });
    }
  }
  return groups
    .map(({ keys: _keys, ...g }) => g)
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

/** One CSV cell: quoted, and a leading = + - @ (or tab/CR) neutralised so spreadsheets never run it as a formula. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function insightCsv(groups: readonly InsightGroup[]): string {
  const rows = [['kind', 'lang', 'count', 'examples', 'services', 'last', 'resolved']];
  for (const g of groups)
    rows.push([
      g.kind,
      g.lang,
      String(g.count),
      g.examples.join(' | '),
      g.serviceIds.join(' '),
      g.lastAt,
      g.resolved ? `${g.resolved.by} ${g.resolved.at}: ${g.resolved.note}` : '',
    ]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
