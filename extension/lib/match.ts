/**
 * Turns a client note into what the panel shows: red flags, the client
 * segment, ranked services and where the client stands on each referral path.
 * The same engine and path rules as the bot, so both front doors agree.
 */
import { nextStep, pathsForService } from '../../knowledge/paths';
import type {
  KnowledgeBase,
  Level,
  NationalNumber,
  PathStep,
  RedFlag,
  ReferralPath,
  Service,
} from '../../knowledge/schema';
import type { MatchReason, SearchEngine, SegmentGuess } from '../../knowledge/search/types';

/** Client notes longer than this are cut: a note is a paragraph, not a record dump. */
export const MAX_NOTE_CHARS = 20_000;
const DEFAULT_LIMIT = 8;

export interface MatchFilters {
  /** Counsellor's choice on the segment chips; overrides what was detected. */
  lifeStage?: string;
  needProfile?: string;
  municipality?: string;
  level?: Level;
  /** Life stage filter: hides services not meant for this life stage. */
  onlyLifeStage?: string;
  limit?: number;
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

export interface EmergencyView {
  flag: RedFlag;
  service?: Service;
  numbers: NationalNumber[];
  matched: string;
}

export interface PanelModel {
  query: string;
  emergency?: EmergencyView;
  detected: SegmentGuess;
  lifeStage?: string;
  needProfile?: string;
  municipality?: string;
  confident: boolean;
  results: ServiceMatch[];
}

export function matchNote(
  engine: SearchEngine,
  kb: KnowledgeBase,
  note: string,
  filters: MatchFilters = {},
): PanelModel {
  const query = note.slice(0, MAX_NOTE_CHARS).trim();
  const detected = query ? engine.detectSegment(query) : { evidence: [] };
  const lifeStage = filters.lifeStage ?? detected.lifeStage;
  const needProfile = filters.needProfile ?? detected.needProfile;
  const base = { query, detected, lifeStage, needProfile, municipality: filters.municipality };
  if (!query) return { ...base, confident: false, results: [] };

  const response = engine.search(query, {
    lifeStage,
    needProfile,
    municipality: filters.municipality,
    level: filters.level,
    limit: filters.limit ?? DEFAULT_LIMIT,
  });
  const services = new Map(kb.services.map((s) => [s.id, s]));
  const results: ServiceMatch[] = [];
  for (const result of response.results) {
    const service = services.get(result.id);
    if (!service || !servesLifeStage(service, filters.onlyLifeStage)) continue;
    const path = positionOn(kb, service.id, lifeStage, needProfile);
    results.push({ service, score: result.score, why: result.why, ...(path ? { path } : {}) });
  }
  const emergency = response.emergency
    ? emergencyView(kb, response.emergency, services)
    : undefined;
  return { ...base, confident: response.confident, results, ...(emergency ? { emergency } : {}) };
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

function emergencyView(
  kb: KnowledgeBase,
  match: { id: string; flag: string; numbers: string[]; matched: string },
  services: Map<string, Service>,
): EmergencyView | undefined {
  const flag = kb.emergency.redFlags.find((f) => f.id === match.flag);
  if (!flag) return undefined;
  const numbers = match.numbers
    .map((id) => kb.emergency.numbers.find((n) => n.id === id))
    .filter((n): n is NationalNumber => n !== undefined);
  return { flag, service: services.get(match.id), numbers, matched: match.matched };
}
