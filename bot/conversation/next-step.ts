/**
 * The next step after a service on the referral path that fits the resident.
 * Delegates to knowledge/paths.ts (owned by the rules team) once it exists;
 * until then a local equivalent with the same meaning is used.
 */
import type { KnowledgeBase, PathStep } from '../../knowledge/schema';

/** The step that follows `serviceId` on the best-fitting path, if the service is on one and not last. */
export function findNextStep(
  kb: KnowledgeBase,
  serviceId: string,
  lifeStage?: string,
): PathStep | undefined {
  const fits = (stages: 'all' | string[]) =>
    stages === 'all' || lifeStage === undefined || stages.includes(lifeStage);
  const candidates = kb.paths
    .map((path) => ({ path, index: path.steps.findIndex((s) => s.service === serviceId) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => Number(fits(b.path.lifeStages)) - Number(fits(a.path.lifeStages)));
  for (const { path, index } of candidates) {
    const next = path.steps[index + 1];
    if (next) return next;
  }
  return undefined;
}
