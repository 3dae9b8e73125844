/**
 * Turns the text of content files into a KnowledgeBase. Pure: it never touches
 * the file system (knowledge/loader.ts does), so the editor can parse an unsaved
 * change in memory and tests can parse strings.
 *
 * Layout of a knowledge directory (paths relative to it):
 *   services/<id>.yaml    one Service per file, the file name is its id
 *   paths/<id>.yaml       one ReferralPath per file
 *   segments.yaml         life stages, need profiles and the six segments
 *   municipalities.yaml   { municipalities: [...] } with their service points
 *   emergency.yaml        national numbers
 *   redflags/<name>.yaml  red-flag concepts, situations and their context (merged in file order)
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { hashString } from './hash';
import { checkYamlBounds } from './yaml-bounds';
import type { EntityKey, Problem } from './problems';
import type { Emergency, NationalNumber } from './schema';
import {
  EmergencyNumbers,
  KnowledgeBase,
  RedFlagFile,
  Municipality,
  ReferralPath,
  Segmentation,
  Service,
} from './schema';

export interface ContentFile {
  /** Relative to the knowledge directory, with forward slashes. */
  path: string;
  text: string;
}

/** Where each entity lives, so a problem about `summary.sv` can name a file and line. */
export interface SourceLocation {
  file: string;
  /** Path of the entity inside its file's document (empty for one-entity files). */
  base: (string | number)[];
  /** The 1-based line of a field path inside the entity, or of the nearest parent that exists. */
  lineOf(field: (string | number)[]): number | undefined;
}

export type SourceIndex = Map<EntityKey, SourceLocation>;

export interface ParseResult {
  /** Null when a required file is missing or unreadable; otherwise built from every file that parsed. */
  kb: KnowledgeBase | null;
  problems: Problem[];
  sources: SourceIndex;
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
function check<T extends z.ZodType>(
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

const REQUIRED_FILES = ['segments.yaml', 'municipalities.yaml', 'emergency.yaml'] as const;

/** Parses a whole knowledge directory given as file texts. */
export function parseKnowledge(files: readonly ContentFile[]): ParseResult {
  const problems: Problem[] = [];
  const sources: SourceIndex = new Map();
  const services: Service[] = [];
  const paths: ReferralPath[] = [];
  let segmentation: Segmentation | null = null;
  let municipalities: Municipality[] | null = null;
  let numbers: NationalNumber[] | null = null;
  const redFlags: RedFlagFile[] = [];

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const parsed = readYaml(file, problems);
    if (!parsed) continue;
    const value = valueOf(file, parsed, problems);
    if (value === undefined) continue;
    const entityFile = /^(services|paths)\/([^/]+)\.ya?ml$/.exec(file.path);

    if (/^redflags\/[^/]+\.ya?ml$/.test(file.path)) {
      const key = `redflags:${file.path}`;
      const where = locator(file.path, parsed, []);
      sources.set(key, where);
      const content = check(RedFlagFile, value, key, where, problems);
      if (content) {
        redFlags.push(content);
        // Each concept and situation is its own entity, so a rule's problem names its line.
        content.concepts.forEach((c, i) =>
          sources.set(`concept:${c.id}`, locator(file.path, parsed, ['concepts', i])),
        );
        content.situations.forEach((s, i) =>
          sources.set(`situation:${s.id}`, locator(file.path, parsed, ['situations', i])),
        );
        if (content.context)
          sources.set('redflags-context', locator(file.path, parsed, ['context']));
      }
      continue;
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
      if (!sources.has(key)) sources.set(key, where);
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
        if (service) services.push(service);
      } else {
        const path = check(ReferralPath, value, key, where, problems);
        if (path) paths.push(path);
      }
      continue;
    }

    switch (file.path) {
      case 'segments.yaml': {
        const where = locator(file.path, parsed, []);
        sources.set('segments', where);
        segmentation = check(Segmentation, value, 'segments', where, problems);
        break;
      }
      case 'municipalities.yaml': {
        const where = locator(file.path, parsed, []);
        sources.set('municipalities', where);
        const parsedList = check(
          z.strictObject({ municipalities: z.array(Municipality).min(1) }),
          value,
          'municipalities',
          where,
          problems,
        );
        municipalities = parsedList?.municipalities ?? null;
        parsedList?.municipalities.forEach((m, i) =>
          sources.set(`municipality:${m.id}`, locator(file.path, parsed, ['municipalities', i])),
        );
        break;
      }
      case 'emergency.yaml': {
        const where = locator(file.path, parsed, []);
        sources.set('emergency', where);
        numbers = check(EmergencyNumbers, value, 'emergency', where, problems)?.numbers ?? null;
        break;
      }
      default:
        problems.push({
          severity: 'warning',
          rule: 'unknown-file',
          file: file.path,
          message:
            'this file is not part of the knowledge base layout (services/<id>.yaml, paths/<id>.yaml, redflags/<name>.yaml, segments.yaml, municipalities.yaml, emergency.yaml) and is ignored',
        });
    }
  }

  for (const required of REQUIRED_FILES) {
    if (!sorted.some((f) => f.path === required)) {
      problems.push({
        severity: 'error',
        rule: 'missing-file',
        file: required,
        message: `${required} is missing`,
      });
    }
  }

  const emergency = numbers && assembleRedFlags(numbers, redFlags, problems);
  if (!segmentation || !municipalities || !emergency) return { kb: null, problems, sources };

  const kb = assembleKnowledgeBase({ ...segmentation, municipalities, services, paths, emergency });
  return { kb, problems, sources };
}

/** Merges the redflags/*.yaml files (in path order) with the numbers; null when a part is missing. */
function assembleRedFlags(
  numbers: NationalNumber[],
  files: RedFlagFile[],
  problems: Problem[],
): Emergency | null {
  const concepts = files.flatMap((f) => f.concepts);
  const situations = files.flatMap((f) => f.situations);
  const contexts = files.flatMap((f) => (f.context ? [f.context] : []));
  const missing = [
    concepts.length === 0 && 'concepts',
    situations.length === 0 && 'situations',
    contexts.length !== 1 && 'exactly one context',
  ].filter(Boolean);
  if (missing.length > 0) {
    problems.push({
      severity: 'error',
      rule: 'missing-file',
      file: 'redflags/',
      message: `the red flags need ${missing.join(', ')} in redflags/*.yaml; without them no emergency can be recognised`,
    });
    return null;
  }
  return { numbers, concepts, situations, context: contexts[0]! };
}

type KnowledgeContent = Omit<KnowledgeBase, 'version' | 'updatedAt'>;

/** Adds the version (a content hash) and updatedAt (the newest review date) to parsed content. */
export function assembleKnowledgeBase(content: KnowledgeContent): KnowledgeBase {
  const ordered: KnowledgeContent = {
    lifeStages: content.lifeStages,
    needProfiles: content.needProfiles,
    segments: content.segments,
    municipalities: content.municipalities,
    services: [...content.services].sort((a, b) => a.id.localeCompare(b.id)),
    paths: [...content.paths].sort((a, b) => a.id.localeCompare(b.id)),
    emergency: content.emergency,
  };
  const dates = [...ordered.services, ...ordered.paths].map((e) => e.reviewedAt).sort();
  return {
    version: hashString(JSON.stringify(ordered)),
    updatedAt: dates.at(-1) ?? '1970-01-01',
    ...ordered,
  };
}
