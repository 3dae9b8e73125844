import type { Problem } from '../problems';
import type { Rule } from './types';

/** Content older than this is likely out of date (fees, laws and hours change yearly). */
export const REVIEW_INTERVAL_MONTHS = 12;

/** `date` moved back by `months`, as YYYY-MM-DD. */
function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** Services and paths reviewed more than a year ago (or dated in the future) are flagged for an editor. */
export const reviewOverdue: Rule = {
  id: 'review-overdue',
  description: `Services and paths are reviewed at least every ${REVIEW_INTERVAL_MONTHS} months.`,
  check(kb, ctx) {
    const problems: Problem[] = [];
    const oldest = monthsBefore(ctx.today, REVIEW_INTERVAL_MONTHS);
    const entities = [
      ...kb.services.map((s) => ({ entity: `service:${s.id}`, reviewedAt: s.reviewedAt })),
      ...kb.paths.map((p) => ({ entity: `path:${p.id}`, reviewedAt: p.reviewedAt })),
    ];
    for (const { entity, reviewedAt } of entities) {
      if (reviewedAt < oldest) {
        problems.push({
          severity: 'warning',
          rule: 'review-overdue',
          entity,
          field: 'reviewedAt',
          message: `last reviewed ${reviewedAt}, more than ${REVIEW_INTERVAL_MONTHS} months ago; check the content and update the date`,
        });
      } else if (reviewedAt > ctx.today) {
        problems.push({
          severity: 'warning',
          rule: 'review-overdue',
          entity,
          field: 'reviewedAt',
          message: `reviewedAt ${reviewedAt} is in the future`,
        });
      }
    }
    return problems;
  },
};
