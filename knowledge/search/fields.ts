/**
 * Which parts of a service the search reads, and how much a word in each
 * counts. Names, alternate names and everyday phrasings say what the service
 * IS; the summary says it briefly; descriptions and instructions mention many
 * things in passing, so a hit there counts least.
 */
import type { Language, LocalizedList, LocalizedText, Service } from '../schema';

export interface FieldSpec {
  name: string;
  weight: number;
  /** BM25 length normalisation: 0 = a long field is not penalised, 1 = fully. */
  b: number;
  texts(service: Service, lang: Language): string[];
}

const text = (value: LocalizedText | undefined, lang: Language) => (value ? [value[lang]] : []);
const list = (value: LocalizedList | undefined, lang: Language) => value?.[lang] ?? [];

export const FIELDS: readonly FieldSpec[] = [
  { name: 'name', weight: 6, b: 0.3, texts: (s, l) => text(s.name, l) },
  { name: 'alternateNames', weight: 5, b: 0.3, texts: (s, l) => list(s.alternateNames, l) },
  { name: 'phrasings', weight: 4.5, b: 0.3, texts: (s, l) => list(s.phrasings, l) },
  { name: 'summary', weight: 2.5, b: 0.5, texts: (s, l) => text(s.summary, l) },
  { name: 'classification', weight: 1.5, b: 0.5, texts: (s, l) => list(s.classification, l) },
  { name: 'audience', weight: 1, b: 0.5, texts: (s, l) => text(s.audience.text, l) },
  { name: 'description', weight: 1, b: 0.75, texts: (s, l) => text(s.description, l) },
  { name: 'requirements', weight: 0.6, b: 0.75, texts: (s, l) => text(s.requirements, l) },
  { name: 'instructions', weight: 0.6, b: 0.75, texts: (s, l) => text(s.instructions, l) },
];

/** Fields whose hit alone makes an answer credible (used by the confidence check). */
export const STRONG_FIELDS = new Set([
  'name',
  'alternateNames',
  'phrasings',
  'summary',
  'classification',
]);
