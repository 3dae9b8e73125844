/**
 * The safety evaluation (knowledge/eval/safety/, issue 8 §3): does the red-flag
 * layer flag what must be flagged, and nothing else? Reported for the
 * development and test halves separately; misses are listed for dev only,
 * because test.yaml must never be tuned on. Resident messages go through the
 * engine's search (as the bot does), client notes through the panel's own
 * matchNote (which detects the language itself, as the panel does).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { KnowledgeError } from '../problems';
import { ACTIONS, Language, type KnowledgeBase } from '../schema';
import { matchNote } from '../search/match-note';
import type { EmergencyMatch, SearchEngine } from '../search/types';
import type { Io } from './args';

export const SafetyItem = z.strictObject({
  text: z.string().min(1),
  lang: Language,
  register: z.enum(['resident', 'note']),
  expect: z.enum(['emergency', 'urgent', 'none']),
  situation: z.string().optional(),
  action: z.enum(ACTIONS).optional(),
  services: z.array(z.string()).optional(),
  segment: z.record(z.string(), z.string()).optional(),
});
export type SafetyItem = z.infer<typeof SafetyItem>;

export async function readSafetySet(file: string): Promise<SafetyItem[]> {
  const parsed = z.array(SafetyItem).safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KnowledgeError(`${file}: item ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** What the product answered for one item: the flag and the top three services. */
export interface SafetyAnswer {
  match: EmergencyMatch | null;
  top3: string[];
  /** The situation the concepts matched and the second look set aside, if any. */
  setAside?: string;
}

/** Bot path for resident messages, panel path for notes. */
export function productAnswer(engine: SearchEngine, kb: KnowledgeBase) {
  return (item: SafetyItem): SafetyAnswer => {
    if (item.register === 'note') {
      const model = matchNote(engine, kb, item.text);
      return {
        match: model.emergency?.match ?? null,
        top3: model.results.slice(0, 3).map((r) => r.service.id),
        setAside: model.safetyNet?.notice.setAside,
      };
    }
    const r = engine.search(item.text, { lang: item.lang });
    return {
      match: r.emergency,
      top3: r.results.slice(0, 3).map((x) => x.id),
      setAside: r.safetyNet?.setAside,
    };
  };
}

interface Tally {
  hit: number;
  n: number;
}
const tally = (): Tally => ({ hit: 0, n: 0 });
const add = (t: Tally, ok: boolean) => {
  t.n++;
  if (ok) t.hit++;
};

export interface SafetyFigures {
  recall: Tally;
  falseAlarms: Tally;
  /** Of the flagged emergencies, how many chose the expected action (112, crisis, poison, 116117). */
  action: Tally;
  /** Of the flagged emergencies, how many named the expected situation. */
  situation: Tally;
  lookalikeTop3: Tally;
  /**
   * The learned signal's share: of the emergencies found, how many only it found; of the
   * false alarms, how many were its own (hit/n, so the line reads "its part of the total").
   */
  learnedFound: Tally;
  learnedFalseAlarms: Tally;
  /** Concept matches the second look set aside: look-alikes (right) and emergencies (wrong). */
  setAside: { lookAlikes: number; emergencies: number };
  /**
   * The misses by kind: no flag at all, an urgent flag for an emergency (both leave a resident
   * without 112), and an emergency flag for an urgent case (112 where 116117 was enough).
   */
  missedBy: { noFlag: number; urgentForEmergency: number; emergencyForUrgent: number };
  byLanguage: Map<string, { recall: Tally; falseAlarms: Tally }>;
  byRegister: Map<string, { recall: Tally; falseAlarms: Tally }>;
  bySituation: Map<string, { recall: Tally; action: Tally }>;
  /** Missed flags, false alarms, wrong actions and look-alikes that lost their service. */
  misses: string[];
}

/** Scores a set: a positive counts when a flag of the expected tier fired. */
export function measureSafety(
  items: readonly SafetyItem[],
  answer: (item: SafetyItem) => SafetyAnswer,
): SafetyFigures {
  const f: SafetyFigures = {
    recall: tally(),
    falseAlarms: tally(),
    action: tally(),
    situation: tally(),
    lookalikeTop3: tally(),
    learnedFound: tally(),
    learnedFalseAlarms: tally(),
    setAside: { lookAlikes: 0, emergencies: 0 },
    missedBy: { noFlag: 0, urgentForEmergency: 0, emergencyForUrgent: 0 },
    byLanguage: new Map(),
    byRegister: new Map(),
    bySituation: new Map(),
    misses: [],
  };
  const group = (map: SafetyFigures['byLanguage'], key: string) => {
    if (!map.has(key)) map.set(key, { recall: tally(), falseAlarms: tally() });
    return map.get(key)!;
  };
  for (const item of items) {
    const { match, top3, setAside } = answer(item);
    if (setAside) f.setAside[item.expect === 'none' ? 'lookAlikes' : 'emergencies']++;
    const lang = group(f.byLanguage, item.lang);
    const register = group(f.byRegister, item.register);
    if (item.expect === 'none') {
      add(f.falseAlarms, match !== null);
      add(lang.falseAlarms, match !== null);
      add(register.falseAlarms, match !== null);
      if (match) add(f.learnedFalseAlarms, match.learned === true);
      if (match) f.misses.push(`false alarm ${describe(match)}: ${item.text}`);
      if (item.services?.length) {
        const found = top3.some((id) => item.services!.includes(id));
        add(f.lookalikeTop3, found);
        if (!found)
          f.misses.push(
            `look-alike top-3 [${top3.join(', ')}], want ${item.services.join('|')}: ${item.text}`,
          );
      }
      continue;
    }
    const ok = match !== null && match.tier === item.expect;
    const key = item.situation ?? '?';
    if (!f.bySituation.has(key)) f.bySituation.set(key, { recall: tally(), action: tally() });
    const situation = f.bySituation.get(key)!;
    add(f.recall, ok);
    add(lang.recall, ok);
    add(register.recall, ok);
    add(situation.recall, ok);
    if (!ok) f.misses.push(`missed ${key} (got ${match ? describe(match) : 'none'}): ${item.text}`);
    if (!match) f.missedBy.noFlag++;
    else if (!ok && match.tier === 'urgent') f.missedBy.urgentForEmergency++;
    else if (!ok) f.missedBy.emergencyForUrgent++;
    if (!ok || !match) continue;
    add(f.learnedFound, match.learned === true);
    add(f.action, match.action === item.action);
    add(situation.action, match.action === item.action);
    add(f.situation, match.flag === item.situation);
    if (match.action !== item.action)
      f.misses.push(`wrong action ${describe(match)}, want ${item.action}: ${item.text}`);
  }
  return f;
}

const describe = (m: EmergencyMatch) => `${m.flag}/${m.action} "${m.matched}"`;
const pct = (t: Tally) =>
  t.n === 0 ? '    -  ' : `${((100 * t.hit) / t.n).toFixed(1).padStart(5)}% `;
const cell = (t: Tally) => `${pct(t)}(${t.hit}/${t.n})`.padEnd(18);

/**
 * Prints one half's tables; misses only when asked (and never for the test half). `top3: false`
 * leaves out the look-alikes' services, for answers that read the red flags alone.
 */
export function printSafety(
  title: string,
  f: SafetyFigures,
  io: Io,
  showMisses: boolean,
  { top3 = true } = {},
) {
  io.out(`\n${title}`);
  const services = top3 ? ` look-alike top-3 ${cell(f.lookalikeTop3)}` : '';
  io.out(
    `recall ${cell(f.recall)} false alarms ${cell(f.falseAlarms)} action ${cell(f.action)} situation ${cell(f.situation)}${services}`,
  );
  const { noFlag, urgentForEmergency, emergencyForUrgent } = f.missedBy;
  io.out(
    `missed: ${noFlag} with no flag, ${urgentForEmergency} urgent for an emergency, ${emergencyForUrgent} an emergency for an urgent case`,
  );
  io.out(
    `learned signal: ${f.learnedFound.hit} of ${f.learnedFound.n} emergencies found, ${f.learnedFalseAlarms.hit} of ${f.learnedFalseAlarms.n} false alarms (the concepts found or raised the rest)`,
  );
  io.out(
    `second look: set aside ${f.setAside.lookAlikes} look-alikes and ${f.setAside.emergencies} emergencies that the concepts matched`,
  );
  io.out('                recall              false alarms');
  for (const [key, g] of [...f.byLanguage, ...f.byRegister])
    io.out(`  ${key.padEnd(12)}  ${cell(g.recall)}  ${cell(g.falseAlarms)}`);
  io.out('  situation           recall              action');
  for (const [key, s] of [...f.bySituation].sort(([a], [b]) => a.localeCompare(b)))
    io.out(`  ${key.padEnd(18)}  ${cell(s.recall)}  ${cell(s.action)}`);
  if (showMisses) for (const line of f.misses) io.out(`   ${line}`);
}
