import type { Problem } from '../problems';
import { LANGUAGES } from '../schema';
import type { Rule } from './types';

/** PTV's limit: a summary is read in a result list and must fit in one glance. */
export const MAX_SUMMARY_LENGTH = 150;

export const summaryTooLong: Rule = {
  id: 'summary-too-long',
  description: `A service summary has at most ${MAX_SUMMARY_LENGTH} characters (PTV's rule).`,
  check(kb) {
    const problems: Problem[] = [];
    for (const service of kb.services) {
      for (const lang of LANGUAGES) {
        const length = [...service.summary[lang].trim()].length;
        if (length <= MAX_SUMMARY_LENGTH) continue;
        problems.push({
          severity: 'error',
          rule: 'summary-too-long',
          entity: `service:${service.id}`,
          field: `summary.${lang}`,
          message: `summary is ${length} characters; the limit is ${MAX_SUMMARY_LENGTH}. Move detail to the description`,
        });
      }
    }
    return problems;
  },
};
