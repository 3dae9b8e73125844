/**
 * What `npm run search` prints: the stable JSON lines other tools read, and a
 * readable form for people. Flags explain themselves in both: the situation,
 * tier, action, the words that fired it and the concept of each word.
 */
import type { KnowledgeBase } from '../schema';
import type { NoteMatch } from '../search/match-note';
import { describeEmergency, describeSafetyNet } from '../search/emergency-view';
import type { SearchResponse, SearchResult } from '../search/types';

/** The most results a JSON line carries. */
const MAX_RESULTS = 10;

/** The stable JSON form of a search response (emergency and results as documented in issue 2). */
export function toJson(response: SearchResponse): string {
  return JSON.stringify({
    q: response.q,
    lang: response.lang,
    emergency: response.emergency,
    safetyNet: response.safetyNet,
    confident: response.confident,
    results: response.results.slice(0, MAX_RESULTS),
  });
}

/**
 * The stable JSON form of what the panel shows for a note: the same fields as a
 * search, plus the segment (as detected and as used) and each result's place on
 * its referral path. `results` are exactly the panel's list, in its order.
 */
export function noteToJson(model: NoteMatch): string {
  return JSON.stringify({
    q: model.query,
    lang: model.lang ?? null,
    emergency: model.emergency?.match ?? null,
    safetyNet: model.safetyNet?.notice ?? null,
    segment: {
      lifeStage: model.lifeStage ?? null,
      needProfile: model.needProfile ?? null,
      evidence: model.detected.evidence,
    },
    confident: model.confident,
    results: model.results.map((r) => ({
      id: r.service.id,
      score: r.score,
      why: r.why,
      path: r.path
        ? {
            id: r.path.path.id,
            step: r.path.stepIndex + 1,
            of: r.path.path.steps.length,
            next: r.path.next?.service ?? null,
          }
        : null,
    })),
  });
}

function resultLines(results: SearchResult[], kb: KnowledgeBase, lang: NoteMatch['lang']) {
  const lines: string[] = [];
  results.forEach((r, i) => {
    const name = kb.services.find((s) => s.id === r.id)?.name[lang ?? 'fi'] ?? r.id;
    lines.push(`${i + 1}. ${r.id}  ${r.score.toFixed(3)}  ${name}`);
    for (const w of r.why) lines.push(`     ${w.term} -> ${w.matched} (${w.field}, ${w.kind})`);
  });
  if (results.length === 0) lines.push('(no results)');
  return lines;
}

export function toHuman(response: SearchResponse, kb: KnowledgeBase): string {
  const lines: string[] = [];
  if (response.emergency) lines.push(describeEmergency(response.emergency));
  if (response.safetyNet) lines.push(describeSafetyNet(response.safetyNet));
  lines.push(`[${response.lang}] ${response.confident ? 'confident' : 'NOT confident'}`);
  lines.push(...resultLines(response.results, kb, response.lang));
  return lines.join('\n');
}

export function noteToHuman(model: NoteMatch, kb: KnowledgeBase): string {
  const lines: string[] = [];
  if (model.emergency) lines.push(describeEmergency(model.emergency.match));
  if (model.safetyNet) lines.push(describeSafetyNet(model.safetyNet.notice));
  const segment = [model.lifeStage ?? '-', model.needProfile ?? '-'].join(' / ');
  lines.push(
    `[${model.lang ?? '?'}] segment ${segment}; ${model.confident ? 'confident' : 'NOT confident'}`,
  );
  const results = model.results.map((r) => ({ id: r.service.id, score: r.score, why: r.why }));
  lines.push(...resultLines(results, kb, model.lang));
  return lines.join('\n');
}
