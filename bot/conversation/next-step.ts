/** The next step after a service on the referral path that fits the resident best. */
import { nextStep, pathsForService } from '../../knowledge/paths';
import type { KnowledgeBase, PathStep, ReferralPath } from '../../knowledge/schema';

/** The first following step on the best-fitting path where the service is not the last step. */
export function findNextStep(
  kb: KnowledgeBase,
  serviceId: string,
  lifeStage?: string,
): { path: ReferralPath; step: PathStep } | undefined {
  for (const { path, stepIndex } of pathsForService(
    kb,
    serviceId,
    lifeStage ? { lifeStage } : {},
  )) {
    const step = nextStep(path, stepIndex);
    if (step) return { path, step };
  }
  return undefined;
}
