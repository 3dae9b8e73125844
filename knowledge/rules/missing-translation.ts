import type { Problem, Severity } from '../problems';
import { LANGUAGES, type Service } from '../schema';
import { dotted, entitiesOf, isImported, walkTexts, type FieldPath } from './entities';
import type { Rule } from './types';

/** Texts a resident can do without; a gap in them is a warning, not an error. */
const OPTIONAL_FIELDS = new Set([
  'requirements',
  'fees',
  'professionalNotes',
  'note',
  'street',
  'city',
]);

/** Lists that must have entries in every language, and how bad a gap is. */
const LIST_FIELDS: Record<string, Severity | undefined> = {
  phrasings: 'warning',
  signals: 'warning',
  // Red-flag concept words: a language without them is a language whose emergencies are missed.
  words: 'error',
};

const LANGUAGE_NAMES = { fi: 'Finnish', sv: 'Swedish', en: 'English' } as const;

/**
 * Finnish and Swedish are equal and English follows: every text needs all three.
 * A missing text in a name, summary, description, instructions or any other
 * required field is an error. PTV-imported services (ptvCodes + classification)
 * get warnings instead: PTV publishes many texts only in Finnish, and inventing
 * translations would be worse than showing the Finnish one.
 */
export const missingTranslation: Rule = {
  id: 'missing-translation',
  description: 'Every text must be written in Finnish, Swedish and English.',
  check(kb) {
    const problems: Problem[] = [];
    for (const { entity, base, value } of entitiesOf(kb)) {
      const imported = entity.startsWith('service:') && isImported(value as Service);
      walkTexts(value, base, {
        text(path, text) {
          const missing = LANGUAGES.filter((lang) => text[lang].trim() === '');
          if (missing.length === 0) return;
          const severity = severityOf(path, imported);
          if (missing.length === LANGUAGES.length) {
            problems.push({
              severity,
              rule: 'missing-translation',
              entity,
              field: dotted(path),
              message: 'no text in any language (fi, sv, en)',
            });
            return;
          }
          for (const lang of missing) {
            problems.push({
              severity,
              rule: 'missing-translation',
              entity,
              field: dotted([...path, lang]),
              message: `no ${LANGUAGE_NAMES[lang]} text (${lang})`,
            });
          }
        },
        // Lists feed search: a language without entries is a language residents are
        // not understood in.
        list(path, list) {
          const severity = LIST_FIELDS[String(path.at(-1))];
          if (!severity || imported) return;
          // An empty optional list is a choice; a list in only some languages is a gap.
          if (severity === 'warning' && LANGUAGES.every((l) => list[l].length === 0)) return;
          for (const lang of LANGUAGES.filter((l) => list[l].length === 0)) {
            problems.push({
              severity,
              rule: 'missing-translation',
              entity,
              field: dotted([...path, lang]),
              message: `no ${LANGUAGE_NAMES[lang]} entries (${lang})`,
            });
          }
        },
      });
    }
    return problems;
  },
};

function severityOf(path: FieldPath, imported: boolean): Severity {
  if (imported) return 'warning';
  return path.some((part) => typeof part === 'string' && OPTIONAL_FIELDS.has(part))
    ? 'warning'
    : 'error';
}
