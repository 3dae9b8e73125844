import type { Problem } from '../problems';
import { LANGUAGES } from '../schema';
import { isImported } from './entities';
import type { Rule } from './types';

/** Lower case, punctuation as spaces: "Kotihoito – " and "kotihoito" compare equal. */
function words(text: string): string {
  return text
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when the summary starts with the service name. A prefix (not a whole
 * word) also catches inflected repeats such as "Kotihoitoon kuuluu…" for
 * "Kotihoito", which is what PTV's rule is about: the name is already shown.
 */
export function repeatsName(summary: string, name: string): boolean {
  const s = words(summary);
  const n = words(name);
  return n.length > 0 && s.startsWith(n);
}

/**
 * PTV's writing rule: the summary says what the service gives, it does not
 * open by repeating the name shown right above it. Imported PTV texts are kept
 * as the authority published them, so for them this is a warning.
 */
export const summaryRepeatsName: Rule = {
  id: 'summary-repeats-name',
  description: "A service summary does not begin by repeating the service name (PTV's rule).",
  check(kb) {
    const problems: Problem[] = [];
    for (const service of kb.services) {
      for (const lang of LANGUAGES) {
        if (!repeatsName(service.summary[lang], service.name[lang])) continue;
        problems.push({
          severity: isImported(service) ? 'warning' : 'error',
          rule: 'summary-repeats-name',
          entity: `service:${service.id}`,
          field: `summary.${lang}`,
          message: `summary begins with the name '${service.name[lang]}'; start with what the service gives instead`,
        });
      }
    }
    return problems;
  },
};
