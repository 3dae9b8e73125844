/** A field-level summary of a save for the history list: which fields were added, removed or changed. */
import { parse } from 'yaml';

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
}

function fieldsOf(text: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (text === null) return out;
  try {
    flatten(parse(text), '', out);
  } catch {
    out.set('(file)', text);
  }
  return out;
}

export function fieldDiff(before: string | null, after: string | null): string[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const changes: string[] = [];
  for (const [k, v] of b) {
    if (!a.has(k)) changes.push(`+ ${k}`);
    else if (a.get(k) !== v) changes.push(`~ ${k}`);
  }
  for (const k of a.keys()) if (!b.has(k)) changes.push(`- ${k}`);
  return changes.slice(0, 50);
}
