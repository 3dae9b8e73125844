/**
 * Applies form edits to a content file's YAML so a save is a small diff:
 * each changed scalar (or flow list of words) is spliced into the original
 * text at its source range, keeping comments, order and line wrapping of
 * everything else. Structural edits (new or removed keys, reordered steps)
 * fall back to re-serialising the yaml Document, which still keeps field
 * order and comments. The result is always re-parsed and compared.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document } from 'yaml';
import { checkYamlBounds } from '../../knowledge/yaml-bounds';

/** A dotted field path (e.g. `summary.sv`, `phrasings.fi`, `steps.0.when.fi`) and its new value; null removes it. */
export type Edits = Record<string, unknown>;

export class EditError extends Error {
  override name = 'EditError';
}

const FIELD_PATH = /^[A-Za-z]\w*(\.(\d+|[A-Za-z]\w*))*$/;
const WRAP = 100;

function parsed(text: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new EditError(`The file is not valid YAML: ${doc.errors[0]?.message}`);
  return doc;
}

/** The document's value, refusing an alias bomb (knowledge/yaml-bounds.ts) instead of expanding it. */
function valueOf(doc: Document): unknown {
  const bounds = checkYamlBounds(doc);
  if (bounds) throw new EditError(`The file cannot be edited: ${bounds.message}`);
  return doc.toJS({ maxAliasCount: -1 });
}

/** A plain one-line scalar when YAML allows it, else quoted (never a multi-line block). */
function inlineScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Re-folds a long text the way the content files write folded scalars (`>-`, wrapped at 100). */
function folded(value: string, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line && pad.length + line.length + 1 + word.length > WRAP) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => pad + l).join('\n')}\n`;
}

function renderScalar(value: unknown, source: string, start: number): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return null;
  const wasFolded = source.startsWith('>', start);
  if (wasFolded && !/\n|\s{2}|^\s|\s$/.test(value) && value.length > 0) {
    const nextLine = source.slice(source.indexOf('\n', start) + 1);
    const indent = /^ */.exec(nextLine)?.[0].length ?? 4;
    return folded(value, indent);
  }
  if (value.includes('\n')) return null;
  return inlineScalar(value);
}

export function applyEdits(text: string, edits: Edits): string {
  const doc = parsed(text);
  valueOf(doc);
  const splices: { start: number; end: number; text: string }[] = [];
  let structural = false;
  for (const [field, value] of Object.entries(edits)) {
    if (!FIELD_PATH.test(field)) throw new EditError(`Not a field path: ${field.slice(0, 80)}`);
    const keys = field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const node = doc.getIn(keys, true);
    let replacement: string | null = null;
    if (value !== null && value !== undefined && node && (node as { range?: unknown }).range) {
      const [start, end] = (node as { range: [number, number, number] }).range;
      if (isScalar(node)) replacement = renderScalar(value, text, start);
      else if (
        isSeq(node) &&
        node.flow &&
        Array.isArray(value) &&
        value.every((v) => typeof v === 'string')
      )
        replacement = `[${value.map((v) => inlineScalar(v)).join(', ')}]`;
      if (replacement !== null) splices.push({ start, end, text: replacement });
    }
    if (replacement === null) structural = true;
    if (value === null || value === undefined) doc.deleteIn(keys);
    else doc.setIn(keys, doc.createNode(value));
  }
  const expected = JSON.stringify(valueOf(doc));
  if (!structural) {
    let out = text;
    for (const s of splices.sort((a, b) => b.start - a.start))
      out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const check = parseDocument(out);
    if (check.errors.length === 0 && JSON.stringify(valueOf(check)) === expected) return out;
  }
  return doc.toString({ lineWidth: WRAP, flowCollectionPadding: false });
}

/** Parses YAML text for the form; a clear message instead of a stack trace when it is broken. */
export function readFields(text: string): Record<string, unknown> {
  const doc = parsed(text);
  if (!isMap(doc.contents)) return {};
  return valueOf(doc) as Record<string, unknown>;
}
