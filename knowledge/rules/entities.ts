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
    ...kb.emergency.situations.map((v) => ({ entity: `situation:${v.id}`, base: [], value: v })),
    ...kb.emergency.concepts.map((v) => ({ entity: `concept:${v.id}`, base: [], value: v })),
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

export interface TextVisitor {
  text?(path: FieldPath, text: LocalizedText): void;
  list?(path: FieldPath, list: LocalizedList): void;
}

/**
 * Calls the visitor for every LocalizedText and LocalizedList inside `value`,
 * depth first, in document order. `path` is one array reused for the whole
 * walk (a 50,000-service knowledge base has millions of texts): copy or
 * `dotted()` it to keep it.
 */
export function walkTexts(value: unknown, base: FieldPath, visitor: TextVisitor): void {
  const path = [...base];
  const walk = (node: unknown) => {
    if (isLocalizedText(node)) visitor.text?.(path, node);
    else if (isLocalizedList(node)) visitor.list?.(path, node);
    else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        path.push(i);
        walk(child);
        path.pop();
      });
    } else if (isRecord(node)) {
      for (const key of Object.keys(node)) {
        path.push(key);
        walk(node[key]);
        path.pop();
      }
    }
  };
  walk(value);
}

/** Calls `visit` with every single string of every text and list (`description.fi`, `phrasings.sv.2`); `path` is reused. */
export function forEachString(
  value: unknown,
  base: FieldPath,
  visit: (path: FieldPath, text: string) => void,
): void {
  walkTexts(value, base, {
    text(path, text) {
      for (const lang of LANGUAGES) {
        path.push(lang);
        visit(path, text[lang]);
        path.pop();
      }
    },
    list(path, list) {
      for (const lang of LANGUAGES) {
        path.push(lang);
        list[lang].forEach((text, i) => {
          path.push(i);
          visit(path, text);
          path.pop();
        });
        path.pop();
      }
    },
  });
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
