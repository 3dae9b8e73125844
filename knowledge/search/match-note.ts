/**
 * Turns a client note into what the counsellor's panel shows: the emergency or
 * urgent flag, a safety-net notice, the client segment, ranked services and
 * where the client stands on each referral path. The panel and
 * `npm run search -- --note` both run this, so an evaluation of notes measures
 * the panel itself, and the bot's engine and path rules decide for both.
 */
import { nextStep, pathsForService } from '../paths';
import type { KnowledgeBase, Language, Level, PathStep, ReferralPath, Service } from '../schema';
import {
  emergencyView,
  safetyNetView,
  type EmergencyView,
  type SafetyNetView,
} from './emergency-view';
import type { MatchReason, SearchEngine, SegmentGuess } from './types';

/** Client notes longer than this are cut: a note is a paragraph, not a record dump. */
export const MAX_NOTE_CHARS = 20_000;
/** How many services the panel lists for a note. */
export const NOTE_RESULT_LIMIT = 8;

export interface NoteFilters {
  /** Counsellor's choice on the segment chips; overrides what was detected. */
  lifeStage?: string;
  needProfile?: string;
  municipality?: string;
  level?: Level;
  /** Life stage filter: hides services not meant for this life stage. */
  onlyLifeStage?: string;
  limit?: number;
  /** The note's language; detected from the text when absent (the panel never sets it). */
  lang?: Language;
}

export interface PathPosition {
  path: ReferralPath;
  stepIndex: number;
  step: PathStep;
  next?: PathStep;
}

export interface ServiceMatch {
  service: Service;
  score: number;
  why: MatchReason[];
  path?: PathPosition;
}

export interface NoteMatch {
  query: string;
  /** The language the note was searched in. */
  lang?: Language;
  emergency?: EmergencyView;
  /** Acute words that fired no situation: a one-line notice above the services, never instead of them. */
  safetyNet?: SafetyNetView;
  detected: SegmentGuess;
  lifeStage?: string;
  needProfile?: string;
  municipality?: string;
  confident: boolean;
  results: ServiceMatch[];
}

/** Matches one note; pure apart from the engine it is given. */
export function matchNote(
  engine: SearchEngine,
  kb: KnowledgeBase,
  note: string,
  filters: NoteFilters = {},
): NoteMatch {
  const query = note.slice(0, MAX_NOTE_CHARS).trim();
  const detected = query ? engine.detectSegment(query, filters.lang) : { evidence: [] };
  const lifeStage = filters.lifeStage ?? detected.lifeStage;
  const needProfile = filters.needProfile ?? detected.needProfile;
  const base = { query, detected, lifeStage, needProfile, municipality: filters.municipality };
  if (!query) return { ...base, confident: false, results: [] };

  const response = engine.search(query, {
    lifeStage,
    needProfile,
    municipality: filters.municipality,
    level: filters.level,
    limit: filters.limit ?? NOTE_RESULT_LIMIT,
    note: true,
    ...(filters.lang ? { lang: filters.lang } : {}),
  });
  const results: ServiceMatch[] = [];
  for (const result of response.results) {
    const service = kb.services.find((s) => s.id === result.id);
    if (!service || !servesLifeStage(service, filters.onlyLifeStage)) continue;
    const path = positionOn(kb, service.id, lifeStage, needProfile);
    results.push({ service, score: result.score, why: result.why, ...(path ? { path } : {}) });
  }
  return {
    ...base,
    lang: response.lang,
    confident: response.confident,
    results,
    ...(response.emergency ? { emergency: emergencyView(kb, response.emergency) } : {}),
    ...(response.safetyNet ? { safetyNet: safetyNetView(kb, response.safetyNet) } : {}),
  };
}

function servesLifeStage(service: Service, lifeStage: string | undefined): boolean {
  const stages = service.audience.lifeStages;
  return !lifeStage || stages === 'all' || stages.includes(lifeStage);
}

function positionOn(
  kb: KnowledgeBase,
  serviceId: string,
  lifeStage: string | undefined,
  needProfile: string | undefined,
): PathPosition | undefined {
  const [best] = pathsForService(kb, serviceId, { lifeStage, needProfile });
  const step = best?.path.steps[best.stepIndex];
  if (!best || !step) return undefined;
  const next = nextStep(best.path, best.stepIndex);
  return { path: best.path, stepIndex: best.stepIndex, step, ...(next ? { next } : {}) };
}
