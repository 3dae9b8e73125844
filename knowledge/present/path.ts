/**
 * Where the service stands on a referral path that fits the person, and the
 * next step. A path fits when it is for everyone, for the known life stage,
 * or (life stage unknown) for every life stage the service itself serves:
 * specialist care must not point a pensioner to the child health clinic of
 * the pregnancy path. Among fitting paths, one with a next step is preferred.
 */
import { nextStep, pathsForService } from '../paths';
import type { LifeStageRefs, ReferralPath, Service } from '../schema';
import { localize } from './text';
import type { PathView, PresentContext } from './types';

function fits(path: ReferralPath, service: Service, lifeStage: string | undefined): boolean {
  const covers = (stages: LifeStageRefs, wanted: string[]) =>
    stages === 'all' || wanted.every((stage) => stages.includes(stage));
  if (path.lifeStages === 'all') return true;
  if (lifeStage) return covers(path.lifeStages, [lifeStage]);
  const served = service.audience.lifeStages;
  return served !== 'all' && covers(path.lifeStages, served);
}

export function pathView(service: Service, ctx: PresentContext): PathView | undefined {
  const { kb, lang } = ctx;
  const segment = ctx.segment ?? {};
  const fitting = pathsForService(kb, service.id, {
    ...(segment.lifeStage ? { lifeStage: segment.lifeStage } : {}),
    ...(segment.needProfile ? { needProfile: segment.needProfile } : {}),
  }).filter(({ path }) => fits(path, service, segment.lifeStage));
  const chosen = fitting.find((p) => nextStep(p.path, p.stepIndex)) ?? fitting[0];
  const step = chosen?.path.steps[chosen.stepIndex];
  if (!chosen || !step) return undefined;
  const nameOf = (id: string) =>
    localize(kb.services.find((s) => s.id === id)?.name ?? { fi: id, sv: id, en: id }, lang);
  const next = nextStep(chosen.path, chosen.stepIndex);
  return {
    id: chosen.path.id,
    name: localize(chosen.path.name, lang),
    position: chosen.stepIndex + 1,
    total: chosen.path.steps.length,
    steps: chosen.path.steps.map((s) => ({ serviceId: s.service, name: nameOf(s.service) })),
    when: localize(step.when, lang),
    criteria: localize(step.criteria, lang),
    prepare: localize(step.prepare, lang),
    counsellorNote: localize(step.counsellorNote, lang),
    referredBy: step.referredBy,
    urgency: step.urgency,
    ...(next
      ? {
          next: {
            serviceId: next.service,
            name: nameOf(next.service),
            when: localize(next.when, lang),
          },
        }
      : {}),
  };
}
