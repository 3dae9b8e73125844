/**
 * One content file's text to what it adds to the knowledge base: its entity
 * (or entities), the problems found in the file alone (YAML, size and alias
 * bounds, schema, file name) and where each entity lives. It depends on no
 * other file, which is what lets parse.ts reuse the result for a file whose
 * text did not change (ParsedFiles) while the cross-file rules still run on
 * the whole knowledge base every time.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { check } from './schema-check';
import { checkYamlBounds } from './yaml-bounds';
import type { ContentFile, SourceLocation } from './parse';
import type { EntityKey, Problem } from './problems';
import type { NationalNumber } from './schema';
import {
  EmergencyNumbers,
  Municipality,
  RedFlagFile,
  ReferralPath,
  Segmentation,
  Service,
} from './schema';

/** What one file adds; null when it could not be read, failed its schema or is not a layout file. */
export type FileContent =
  | { kind: 'service'; value: Service }
  | { kind: 'path'; value: ReferralPath }
  | { kind: 'redflags'; value: RedFlagFile }
  | { kind: 'segments'; value: Segmentation }
  | { kind: 'municipalities'; value: Municipality[] }
  | { kind: 'emergency'; value: NationalNumber[] }
  | null;

/** Where an entity lives; `first` yields to an earlier file's entry for the same key (a duplicate id). */
export interface SourceEntry {
  key: EntityKey;
  where: SourceLocation;
  first?: boolean;
}

export interface ParsedFile {
  content: FileContent;
  problems: Problem[];
  sources: SourceEntry[];
}

/** The largest content file we accept: far above any real service, far below what hurts. */
export const MAX_FILE_BYTES = 1_000_000;

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
}

function readYaml(file: ContentFile, problems: Problem[]): ParsedYaml | null {
  if (file.text.length > MAX_FILE_BYTES) {
    problems.push({
      severity: 'error',
      rule: 'yaml',
      file: file.path,
      message: `file is ${file.text.length} characters; the limit is ${MAX_FILE_BYTES}`,
    });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(file.text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        severity: 'error',
        rule: 'yaml',
        file: file.path,
        // linePos is only set with prettyErrors; the offset always is.
        line: error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  const bounds = checkYamlBounds(doc);
  if (bounds) {
    problems.push({
      severity: 'error',
      rule: 'yaml',
      file: file.path,
      line: lines.linePos(bounds.offset).line,
      message: bounds.message,
    });
    return null;
  }
  return { doc, lines };
}

/** The document's value; aliases were bounded by checkYamlBounds, so yaml's own count limit is off. */
function valueOf(file: ContentFile, parsed: ParsedYaml, problems: Problem[]): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: -1 });
  } catch (error) {
    // Whatever yaml still refuses is a problem with this file, never a crash of the caller.
    problems.push({
      severity: 'error',
      rule: 'yaml',
      file: file.path,
      message: `invalid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
}

function locator(file: string, parsed: ParsedYaml, base: (string | number)[]): SourceLocation {
  return {
    file,
    base,
    lineOf(field) {
      // Walk up the path until a node exists: a missing field is reported at its parent.
      for (let n = field.length; n >= 0; n--) {
        const node = parsed.doc.getIn([...base, ...field.slice(0, n)], true) as
          { range?: [number, number, number] } | undefined;
        if (node?.range) return parsed.lines.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}

/** Parses one content file on its own; never throws for bad content. */
export function parseFile(file: ContentFile): ParsedFile {
  const problems: Problem[] = [];
  const sources: SourceEntry[] = [];
  const done = (content: FileContent): ParsedFile => ({ content, problems, sources });
  const parsed = readYaml(file, problems);
  if (!parsed) return done(null);
  const value = valueOf(file, parsed, problems);
  if (value === undefined) return done(null);
  const entityFile = /^(services|paths)\/([^/]+)\.ya?ml$/.exec(file.path);

  if (/^redflags\/[^/]+\.ya?ml$/.test(file.path)) {
    const key = `redflags:${file.path}`;
    const where = locator(file.path, parsed, []);
    sources.push({ key, where });
    const content = check(RedFlagFile, value, key, where, problems);
    if (!content) return done(null);
    // Each concept and situation is its own entity, so a rule's problem names its line.
    content.concepts.forEach((c, i) =>
      sources.push({ key: `concept:${c.id}`, where: locator(file.path, parsed, ['concepts', i]) }),
    );
    content.situations.forEach((s, i) =>
      sources.push({
        key: `situation:${s.id}`,
        where: locator(file.path, parsed, ['situations', i]),
      }),
    );
    if (content.context)
      sources.push({ key: 'redflags-context', where: locator(file.path, parsed, ['context']) });
    return done({ kind: 'redflags', value: content });
  }

  if (entityFile) {
    const [, folder, name] = entityFile as unknown as [string, 'services' | 'paths', string];
    const kind = folder === 'services' ? 'service' : 'path';
    const id =
      value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
        ? value.id
        : name;
    const key = `${kind}:${id}`;
    const where = locator(file.path, parsed, []);
    sources.push({ key, where, first: true });
    if (id !== name) {
      problems.push({
        severity: 'error',
        rule: 'file-name',
        entity: key,
        field: 'id',
        file: file.path,
        line: where.lineOf(['id']),
        message: `id '${id}' does not match the file name '${name}'; rename the file to ${folder}/${id}.yaml`,
      });
    }
    if (kind === 'service') {
      const service = check(Service, value, key, where, problems);
      return done(service && { kind, value: service });
    }
    const path = check(ReferralPath, value, key, where, problems);
    return done(path && { kind, value: path });
  }

  switch (file.path) {
    case 'segments.yaml': {
      const where = locator(file.path, parsed, []);
      sources.push({ key: 'segments', where });
      const segmentation = check(Segmentation, value, 'segments', where, problems);
      return done(segmentation && { kind: 'segments', value: segmentation });
    }
    case 'municipalities.yaml': {
      const where = locator(file.path, parsed, []);
      sources.push({ key: 'municipalities', where });
      const parsedList = check(
        z.strictObject({ municipalities: z.array(Municipality).min(1) }),
        value,
        'municipalities',
        where,
        problems,
      );
      if (!parsedList) return done(null);
      parsedList.municipalities.forEach((m, i) =>
        sources.push({
          key: `municipality:${m.id}`,
          where: locator(file.path, parsed, ['municipalities', i]),
        }),
      );
      return done({ kind: 'municipalities', value: parsedList.municipalities });
    }
    case 'emergency.yaml': {
      const where = locator(file.path, parsed, []);
      sources.push({ key: 'emergency', where });
      const numbers = check(EmergencyNumbers, value, 'emergency', where, problems)?.numbers;
      return done(numbers ? { kind: 'emergency', value: numbers } : null);
    }
    default:
      problems.push({
        severity: 'warning',
        rule: 'unknown-file',
        file: file.path,
        message:
          'this file is not part of the knowledge base layout (services/<id>.yaml, paths/<id>.yaml, redflags/<name>.yaml, segments.yaml, municipalities.yaml, emergency.yaml) and is ignored',
      });
      return done(null);
  }
}
