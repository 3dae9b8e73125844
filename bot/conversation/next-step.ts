/** The next step after a service on the referral path that fits the resident. */
import { nextStep, pathsForService } from '../../knowledge/paths';
import type {
  KnowledgeBase,
  LifeStageRefs,
  PathStep,
  ReferralPath,
  Service,
} from '../../knowledge/schema';

/**
 * A path fits when it is for everyone, for the resident's known life stage, or
 * (life stage unknown) for every life stage the service itself serves: specialist
 * care must not point a pensioner to the child health clinic of the pregnancy path.
 */
function fits(path: ReferralPath, service: Service, lifeStage: string | undefined): boolean {
  const covers = (stages: LifeStageRefs, wanted: string[]) =>
    stages === 'all' || wanted.every((stage) => stages.includes(stage));
  if (path.lifeStages === 'all') return true;
  if (lifeStage) return covers(path.lifeStages, [lifeStage]);
  const served = service.audience.lifeStages;
  return served !== 'all' && covers(path.lifeStages, served);
}

/** The first following step on the best-fitting path where the service is not the last step. */
export function findNextStep(
  kb: KnowledgeBase,
  service: Service,
  lifeStage?: string,
): { path: ReferralPath; step: PathStep } | undefined {
  for (const { path, stepIndex } of pathsForService(
    kb,
    service.id,
    lifeStage ? { lifeStage } : {},
  )) {
    if (!fits(path, service, lifeStage)) continue;
    const step = nextStep(path, stepIndex);
    if (step) return { path, step };
  }
  return undefined;
}
