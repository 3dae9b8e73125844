/**
 * PTV code lists (Finto): target groups KR…, service classes P…, life events
 * KE…. General descriptions refer to codes by their old URN
 * (`http://urn.fi/URN:NBN:fi:au:ptvl:v2003`); the lists give the notation and
 * labels in fi/sv/en.
 */
import { z } from 'zod';
import { KnowledgeError } from '../problems';
import type { LocalizedText } from '../schema';

const Code = z.looseObject({
  Id: z.string().nullable().optional(),
  Notation: z.string(),
  OldUri: z.string().nullable().optional(),
  Label: z.looseObject({
    Fi: z.string().nullable().optional(),
    Sv: z.string().nullable().optional(),
    En: z.string().nullable().optional(),
  }),
});

export interface CodeEntry {
  notation: string;
  label: LocalizedText;
}

/** Codes by both their current URI and their old URN. */
export type CodeList = Map<string, CodeEntry>;

export interface CodeLists {
  targetGroups: CodeList;
  serviceClasses: CodeList;
  lifeEvents: CodeList;
}

export function parseCodeList(json: unknown, name: string): CodeList {
  const result = z.array(Code).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KnowledgeError(
      `${name} is not a PTV code list${issue ? ` (${issue.path.join('.')}: ${issue.message})` : ''}`,
    );
  }
  const list: CodeList = new Map();
  for (const code of result.data) {
    const entry = {
      notation: code.Notation,
      label: { fi: code.Label.Fi ?? '', sv: code.Label.Sv ?? '', en: code.Label.En ?? '' },
    };
    if (code.Id) list.set(code.Id, entry);
    if (code.OldUri) list.set(code.OldUri, entry);
  }
  return list;
}
