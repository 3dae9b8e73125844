/**
 * Referral paths seen from one service: which paths it is a step of, and what
 * comes next. The counsellor panel and the bot use this to say "after this,
 * the usual next step is…". Pure.
 */
import type { KnowledgeBase, PathStep, ReferralPath } from './schema';

export interface PathContext {
  lifeStage?: string;
  needProfile?: string;
}

export interface PathPosition {
  path: ReferralPath;
  /** Index of the service's step in `path.steps`. */
  stepIndex: number;
}

/**
 * How well a path fits the client's segment: a path named for the client's life
 * stage beats one for everyone, which beats one for another life stage; the
 * same for need profiles, with life stage weighing more.
 */
function fit(path: ReferralPath, ctx: PathContext): number {
  const stage =
    ctx.lifeStage === undefined || path.lifeStages === 'all'
      ? 1
      : path.lifeStages.includes(ctx.lifeStage)
        ? 2
        : 0;
  const need =
    ctx.needProfile === undefined || path.needProfiles === undefined
      ? 1
      : path.needProfiles.includes(ctx.needProfile)
        ? 2
        : 0;
  return stage * 3 + need;
}

/** Paths that have `serviceId` as a step, best fit for the segment first, then by path id. */
export function pathsForService(
  kb: KnowledgeBase,
  serviceId: string,
  ctx: PathContext = {},
): PathPosition[] {
  return kb.paths
    .flatMap((path) => {
      const stepIndex = path.steps.findIndex((step) => step.service === serviceId);
      return stepIndex === -1 ? [] : [{ path, stepIndex, fit: fit(path, ctx) }];
    })
    .sort((a, b) => b.fit - a.fit || a.path.id.localeCompare(b.path.id))
    .map(({ path, stepIndex }) => ({ path, stepIndex }));
}

/** The step after `stepIndex`, or undefined at the end of the path. */
export function nextStep(path: ReferralPath, stepIndex: number): PathStep | undefined {
  return stepIndex < 0 ? undefined : path.steps[stepIndex + 1];
}
