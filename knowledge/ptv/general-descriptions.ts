/**
 * The PTV general descriptions export (gd.json of PTV's data-import tool): the
 * input shape, checked loosely (only what the importer reads), and the choice of
 * the fullest text per field and language across a code's versions.
 */
import { z } from 'zod';
import { KnowledgeError } from '../problems';
import { LANGUAGES, type Language, type LocalizedText } from '../schema';
import { plainText } from './draft';

const Label = z.looseObject({ Lang: z.string(), Label: z.string().nullable().optional() });
const Labels = z.array(Label).nullable().optional();
const Keyed = z.array(z.looseObject({ Key: z.string(), Value: z.string().nullable().optional() }));

const Law = z.looseObject({ Names: Labels, Links: Labels });

export const GeneralDescription = z.looseObject({
  ReferenceCode: z.string().nullable(),
  Name: Labels,
  ShortDescription: Labels,
  Description: Labels,
  BackgroundDescription: Labels,
  UserInstructions: Labels,
  ServiceRestrictions: Labels,
  ChargeTypeAdditionalInfo: Labels,
  ChargeType: z.string().nullable().optional(),
  Laws: z.array(Law).nullable().optional(),
  ServiceClass: Keyed.nullable().optional(),
  OntologyTerm: Keyed.nullable().optional(),
  TargetGroup: Keyed.nullable().optional(),
  LifeEvent: Keyed.nullable().optional(),
});
export type GeneralDescription = z.infer<typeof GeneralDescription>;

export type TextField =
  | 'Name'
  | 'ShortDescription'
  | 'Description'
  | 'BackgroundDescription'
  | 'UserInstructions'
  | 'ServiceRestrictions'
  | 'ChargeTypeAdditionalInfo';

/** A SOTE code, e.g. SOTE-0066: the id of an imported service. */
export const SOTE_CODE = /^SOTE-\d{4}$/;

/** Reads the export, throwing KnowledgeError (with the first wrong entry) when it is not one. */
export function parseGeneralDescriptions(json: unknown): GeneralDescription[] {
  if (!Array.isArray(json)) {
    throw new KnowledgeError('not a PTV general descriptions export: expected a JSON array');
  }
  return json.map((entry, i) => {
    const result = GeneralDescription.safeParse(entry);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new KnowledgeError(
      `not a PTV general descriptions export: entry ${i}${issue ? `, ${issue.path.join('.')}: ${issue.message}` : ''}`,
    );
  });
}

/** The versions of each SOTE code, codes in order. Entries of other registries (non-SOTE) are left out. */
export function groupByCode(
  entries: readonly GeneralDescription[],
): Map<string, GeneralDescription[]> {
  const groups = new Map<string, GeneralDescription[]>();
  for (const entry of entries) {
    const code = entry.ReferenceCode?.trim();
    if (!code || !SOTE_CODE.test(code)) continue;
    groups.set(code, [...(groups.get(code) ?? []), entry]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** The longest plain text of `field` in `lang` over all versions ('' when none has one). */
export function fullest(
  versions: readonly GeneralDescription[],
  field: TextField,
  lang: Language,
): string {
  let best = '';
  for (const version of versions) {
    for (const label of version[field] ?? []) {
      if (label.Lang !== lang) continue;
      const text = plainText(label.Label);
      if (text.length > best.length) best = text;
    }
  }
  return best;
}

/** The fullest text of a field in every language. */
export function fullestText(
  versions: readonly GeneralDescription[],
  field: TextField,
): LocalizedText {
  const [fi, sv, en] = LANGUAGES.map((lang) => fullest(versions, field, lang)) as [
    string,
    string,
    string,
  ];
  return { fi, sv, en };
}
