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
import { hashString } from './hash';
import { parseFile } from './parse-file';
import type { ParsedFiles } from './parsed-files';
import type { EntityKey, Problem } from './problems';
import type {
  Emergency,
  KnowledgeBase,
  Municipality,
  NationalNumber,
  RedFlagFile,
  ReferralPath,
  Segmentation,
  Service,
} from './schema';

export { MAX_FILE_BYTES } from './parse-file';

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

const REQUIRED_FILES = ['segments.yaml', 'municipalities.yaml', 'emergency.yaml'] as const;

/**
 * Parses a whole knowledge directory given as file texts. With `cache`, a file
 * whose text is the same as last time is not parsed again (see ParsedFiles).
 */
export function parseKnowledge(files: readonly ContentFile[], cache?: ParsedFiles): ParseResult {
  const problems: Problem[] = [];
  const sources: SourceIndex = new Map();
  const services: Service[] = [];
  const paths: ReferralPath[] = [];
  let segmentation: Segmentation | null = null;
  let municipalities: Municipality[] | null = null;
  let numbers: NationalNumber[] | null = null;
  const redFlags: RedFlagFile[] = [];

  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const parsedFiles = cache ? cache.parseAll(sorted) : sorted.map(parseFile);
  for (const parsed of parsedFiles) {
    problems.push(...parsed.problems);
    for (const { key, where, first } of parsed.sources)
      if (!first || !sources.has(key)) sources.set(key, where);
    const content = parsed.content;
    if (content?.kind === 'service') services.push(content.value);
    else if (content?.kind === 'path') paths.push(content.value);
    else if (content?.kind === 'redflags') redFlags.push(content.value);
    else if (content?.kind === 'segments') segmentation = content.value;
    else if (content?.kind === 'municipalities') municipalities = content.value;
    else if (content?.kind === 'emergency') numbers = content.value;
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
