/**
 * Parsed content files kept by path and text, so a publish parses only the
 * files that changed: an editor's save changes one file of dozens, and parsing
 * (YAML and schema) is most of what the gate costs. What comes out is exactly
 * what parseFile gives for that text; the cross-file rules still run over the
 * whole knowledge base on every candidate (accept.ts), so this saves time
 * without deciding anything.
 *
 * Parsed values are shared by successive knowledge base versions, so they are
 * frozen: code that tried to change one would change what an older version
 * serves, and fails loudly instead. One entry per path of the latest parse is
 * kept, so memory is bounded by the content itself.
 */
import type { ContentFile } from './parse';
import { parseFile, type ParsedFile } from './parse-file';

export class ParsedFiles {
  #entries = new Map<string, { text: string; parsed: ParsedFile }>();

  /** Each file parsed, in the given order; unchanged texts come from the cache. */
  parseAll(files: readonly ContentFile[]): ParsedFile[] {
    const next = new Map<string, { text: string; parsed: ParsedFile }>();
    const result = files.map((file) => {
      const known = this.#entries.get(file.path) ?? next.get(file.path);
      const entry =
        known?.text === file.text
          ? known
          : { text: file.text, parsed: deepFreeze(parseFile(file)) };
      next.set(file.path, entry);
      return entry.parsed;
    });
    this.#entries = next;
    return result;
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
