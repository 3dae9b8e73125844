/**
 * The PTV import as a pure function: the general descriptions export and the
 * code lists in, one Service per SOTE code and the content files out. The CLI
 * (knowledge/cli/import-ptv.ts) does the reading and writing.
 */
import { stringify } from 'yaml';
import type { ContentFile } from '../parse';
import type { Service } from '../schema';
import { groupByCode, parseGeneralDescriptions } from './general-descriptions';
import { toService, type ImportOptions } from './to-service';

export interface ImportResult {
  services: Service[];
  /** `SOTE-0066: …` lines for the person running the import. */
  notes: string[];
  /** How many export entries were SOTE versions (the rest belong to other registries). */
  versions: number;
}

export function importGeneralDescriptions(json: unknown, options: ImportOptions): ImportResult {
  const groups = groupByCode(parseGeneralDescriptions(json));
  const services: Service[] = [];
  const notes: string[] = [];
  let versions = 0;
  for (const [code, entries] of groups) {
    versions += entries.length;
    const imported = toService(code, entries, options);
    services.push(imported.service);
    notes.push(...imported.notes.map((note) => `${code}: ${note}`));
  }
  return { services, notes, versions };
}

/** A service as a content file, in the layout parse.ts reads (`services/<id>.yaml`). */
export function serviceFile(service: Service): ContentFile {
  const header = `# Imported from the PTV general description ${service.ptvCodes.join(', ')}.\n# Texts are PTV's own (summaries trimmed to PTV's summary rules); edit them in PTV or replace this file with county content.\n`;
  return {
    path: `services/${service.id}.yaml`,
    text: header + stringify(service, { lineWidth: 100, minContentWidth: 40 }),
  };
}
