/**
 * Language detection accuracy for `npm run eval`: every labelled message of
 * the eval sets (search queries, the safety set) is detected on its own, as a
 * first message would be, and against a conversation in another language,
 * where an unsure guess keeps the conversation's language.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LANGUAGES, type Language } from '../schema';
import type { SearchEngine } from '../search/types';
import type { Io } from './args';

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));

/**
 * The labelled sets measured: the query sets and the safety halves of `safetyDir`, the same folder
 * the red-flag section reads, so a tuning run pointed at a dev-only folder never opens test.yaml.
 */
export function languageSets(safetyDir = `${EVAL_DIR}safety`): Record<string, string> {
  return {
    queries: `${EVAL_DIR}queries.yaml`,
    ptv: `${EVAL_DIR}ptv-queries.yaml`,
    'safety-dev': path.join(safetyDir, 'dev.yaml'),
    'safety-test': path.join(safetyDir, 'test.yaml'),
  };
}

/**
 * Sets whose items are never printed, only counted: printing a misdetected
 * message of the held-out half is reading it, and reading it is tuning on it.
 */
export const HELD_OUT_SETS: ReadonlySet<string> = new Set(['safety-test']);

/** A message and the language it is written in. */
export interface LabelledMessage {
  text: string;
  lang: Language;
}

export interface LanguageFigures {
  n: number;
  /** Share detected correctly with no conversation language to fall back on. */
  accuracy: number;
  /**
   * In a conversation in another language: share answered in the message's
   * language (the rest keep the conversation's language, judged too unsure).
   */
  switched: number;
  /** In a conversation already in the message's language: share wrongly moved away. */
  falseSwitch: number;
  failures: string[];
}

/** Reads `{q|text, lang}` items from an eval YAML file; other fields are ignored. */
export async function readLabelledMessages(file: string): Promise<LabelledMessage[]> {
  const items: unknown = parse(await readFile(file, 'utf8'));
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: Record<string, unknown>) => {
    const text = typeof item.q === 'string' ? item.q : item.text;
    const lang = item.lang as Language;
    return typeof text === 'string' && LANGUAGES.includes(lang) ? [{ text, lang }] : [];
  });
}

/** Measures `detect` on `messages`. */
export function measureLanguage(
  messages: readonly LabelledMessage[],
  detect: SearchEngine['detectLanguage'],
): LanguageFigures {
  let correct = 0;
  let switched = 0;
  let falseSwitch = 0;
  let trials = 0;
  const failures: string[] = [];
  for (const { text, lang } of messages) {
    const alone = detect(text);
    if (alone === lang) correct++;
    else failures.push(`${lang}→${alone}: ${text}`);
    if (detect(text, lang) !== lang) falseSwitch++;
    for (const current of LANGUAGES.filter((l) => l !== lang)) {
      trials++;
      if (detect(text, current) === lang) switched++;
    }
  }
  const n = messages.length;
  return {
    n,
    accuracy: correct / n,
    switched: switched / trials,
    falseSwitch: falseSwitch / n,
    failures,
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/**
 * Prints detection accuracy per eval set and language (files that do not
 * exist are skipped); with `showFailures`, the misdetected messages too, except
 * for the held-out sets.
 */
export async function languageReport(
  engine: Pick<SearchEngine, 'detectLanguage'>,
  io: Io,
  showFailures = false,
  files: Record<string, string> = languageSets(),
  heldOut: ReadonlySet<string> = HELD_OUT_SETS,
): Promise<void> {
  io.out(
    '\nLanguage detection (alone: a first message; switch: answered in its language in a conversation in another; false-switch: moved away from its own)',
  );
  io.out('set          lang    n   alone   switch  false-switch');
  for (const [name, file] of Object.entries(files)) {
    if (!existsSync(file)) continue;
    const messages = await readLabelledMessages(file);
    for (const lang of [...LANGUAGES, 'all'] as const) {
      const subset = lang === 'all' ? messages : messages.filter((m) => m.lang === lang);
      if (subset.length === 0) continue;
      const f = measureLanguage(subset, (text, current) => engine.detectLanguage(text, current));
      io.out(
        `${name.padEnd(12)} ${lang.padEnd(4)} ${String(f.n).padStart(4)} ${pct(f.accuracy)}  ${pct(f.switched)}   ${pct(f.falseSwitch)}`,
      );
      if (showFailures && lang === 'all' && !heldOut.has(name))
        for (const line of f.failures) io.out(`   ${line}`);
    }
  }
}
