/**
 * What PTV does not say directly: the service level and who the service is
 * mainly for, inferred from the notations of its target groups (KR…), service
 * classes (P…) and life events (KE…). Conservative: when nothing points to a
 * life stage the service is for everyone, and the level defaults to basic.
 */
import type { Level } from '../schema';

export interface Notations {
  targetGroups: string[];
  serviceClasses: string[];
  lifeEvents: string[];
}

const has = (codes: readonly string[], ...wanted: string[]) =>
  codes.some((c) => wanted.some((w) => c === w || c.startsWith(`${w}.`)));

/**
 * Emergency first (P5.5 first aid and emergency, or a päivystys service), then
 * guidance (P4.13, P5.17 advice, P5.11 self-care, P4.12 peer support, P5.19
 * patient rights), child welfare (P3.8) as demanding, assessed and
 * specialised services as special, everything else basic.
 */
export function inferLevel(n: Notations, finnishName: string): Level {
  if (has(n.serviceClasses, 'P5.5') || /päivystys/i.test(finnishName)) return 'emergency';
  if (has(n.serviceClasses, 'P4.13', 'P5.17', 'P5.11', 'P4.12', 'P5.19')) return 'universal';
  if (has(n.serviceClasses, 'P3.8')) return 'demanding';
  if (has(n.serviceClasses, 'P4.1', 'P4.4', 'P4.5', 'P5.6', 'P3.3', 'P3.5', 'P3.7', 'P3.9')) {
    return 'special';
  }
  return 'basic';
}

/**
 * Life stages: families for children, young people, family services, child
 * health clinics, school and student health, and having a child; older people
 * for seniors and elderly services; working-age for occupational health and
 * employment support. Only ids that exist in the target knowledge base are used.
 */
export function inferLifeStages(n: Notations, known: ReadonlySet<string>): string[] | 'all' {
  const stages: string[] = [];
  if (
    has(n.targetGroups, 'KR1.2', 'KR1.3') ||
    has(n.serviceClasses, 'P3.2', 'P3.3', 'P3.6', 'P3.7', 'P3.8', 'P3.9', 'P4.9', 'P5.2', 'P5.9') ||
    has(n.lifeEvents, 'KE1')
  ) {
    stages.push('families');
  }
  if (has(n.serviceClasses, 'P5.12', 'P4.8')) stages.push('working-age');
  if (has(n.targetGroups, 'KR1.1') || has(n.serviceClasses, 'P4.2')) stages.push('older-people');
  const existing = stages.filter((s) => known.has(s));
  return existing.length > 0 ? existing : 'all';
}

/** Long-term illness (KR1.4), disability (KR1.6) and disability services (P4.4, P4.5) mean many service needs. */
export function inferNeedProfiles(n: Notations, known: ReadonlySet<string>): string[] | undefined {
  const high = has(n.targetGroups, 'KR1.4', 'KR1.6') || has(n.serviceClasses, 'P4.4', 'P4.5');
  return high && known.has('high-need') ? ['high-need'] : undefined;
}
