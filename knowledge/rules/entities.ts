/**
 * Walks a knowledge base the way problems name things: each entity key matches
 * the SourceIndex built by parse.ts, and each field is a dotted path inside that
 * entity's file, so validate.ts can turn it into a line number.
 */
import type { EntityKey } from '../problems';
import {
  LANGUAGES,
  type KnowledgeBase,
  type LocalizedList,
  type LocalizedText,
  type Service,
} from '../schema';

export type FieldPath = (string | number)[];

export interface EntityRef {
  entity: EntityKey;
  /** Path of the value inside its entity's file. */
  base: FieldPath;
  value: unknown;
}

/** Every object that carries text, with where it lives. */
export function entitiesOf(kb: KnowledgeBase): EntityRef[] {
  return [
    ...kb.services.map((s) => ({ entity: `service:${s.id}`, base: [], value: s })),
    ...kb.paths.map((p) => ({ entity: `path:${p.id}`, base: [], value: p })),
    ...kb.lifeStages.map((v, i) => ({ entity: 'segments', base: ['lifeStages', i], value: v })),
    ...kb.needProfiles.map((v, i) => ({ entity: 'segments', base: ['needProfiles', i], value: v })),
    ...kb.segments.map((v, i) => ({ entity: 'segments', base: ['segments', i], value: v })),
    ...kb.municipalities.map((v, i) => ({
      entity: 'municipalities',
      base: ['municipalities', i],
      value: v,
    })),
    ...kb.emergency.numbers.map((v, i) => ({
      entity: 'emergency',
      base: ['numbers', i],
      value: v,
    })),
    ...kb.emergency.redFlags.map((v, i) => ({
      entity: 'emergency',
      base: ['redFlags', i],
      value: v,
    })),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasLanguageKeys(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.length === 3 && ['fi', 'sv', 'en'].every((k) => keys.includes(k));
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    isRecord(value) &&
    hasLanguageKeys(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

export function isLocalizedList(value: unknown): value is LocalizedList {
  return isRecord(value) && hasLanguageKeys(value) && Object.values(value).every(Array.isArray);
}

export interface TextRef {
  path: FieldPath;
  text: LocalizedText;
}

export interface ListRef {
  path: FieldPath;
  list: LocalizedList;
}

/** Every LocalizedText and LocalizedList inside `value`, depth first, in document order. */
export function textsIn(
  value: unknown,
  path: FieldPath = [],
  out: { texts: TextRef[]; lists: ListRef[] } = { texts: [], lists: [] },
): { texts: TextRef[]; lists: ListRef[] } {
  if (isLocalizedText(value)) out.texts.push({ path, text: value });
  else if (isLocalizedList(value)) out.lists.push({ path, list: value });
  else if (Array.isArray(value)) value.forEach((v, i) => textsIn(v, [...path, i], out));
  else if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) textsIn(v, [...path, key], out);
  }
  return out;
}

export function dotted(path: FieldPath): string {
  return path.join('.');
}

/**
 * A service brought in by the PTV importer. Its texts are the national
 * authority's, kept as published, so rules that would need them rewritten or
 * translated report warnings rather than errors for it (see schema.md).
 */
export function isImported(service: Service): boolean {
  return service.classification !== undefined && service.ptvCodes.length > 0;
}

/** Every single string of every text and list inside `value`, with its path (`description.fi`, `phrasings.sv.2`). */
export function stringsIn(value: unknown, base: FieldPath): { path: FieldPath; value: string }[] {
  const { texts, lists } = textsIn(value, base);
  return [
    ...texts.flatMap(({ path, text }) =>
      LANGUAGES.map((lang) => ({ path: [...path, lang], value: text[lang] })),
    ),
    ...lists.flatMap(({ path, list }) =>
      LANGUAGES.flatMap((lang) =>
        list[lang].map((v, i) => ({ path: [...path, lang, i], value: v })),
      ),
    ),
  ];
}
