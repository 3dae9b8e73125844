/**
 * npm run --silent search -- [--kb DIR|FILE] [--lang fi|sv|en] [--json] [--batch] [--note] [words…]
 *
 * Searches a knowledge directory (default: the bundled one) or a JSON snapshot.
 * With --batch, reads one JSON object per stdin line ({"q":"…","lang":"fi"}) and
 * writes one JSON line per input line, in order; a bad line gets
 * {"error":"…","line":N} and the batch goes on. With --note, each text is a
 * client note and runs exactly what the counsellor's panel runs (matchNote:
 * segment detection, the panel's result count, paths, flags). Other tools
 * depend on this output: keep it stable.
 */
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { acceptSnapshot, requireAccepted } from '../accept';
import { acceptKnowledgeDir, BUNDLED_KNOWLEDGE_DIR } from '../loader';
import { KnowledgeError } from '../problems';
import { LANGUAGES, type KnowledgeBase, type Language } from '../schema';
import { createSearchEngine } from '../search/index';
import { matchNote } from '../search/match-note';
import type { SearchEngine, SearchOptions } from '../search/types';
import { parseCli, runIfMain, UsageError, type Io } from './args';
import { noteToHuman, noteToJson, toHuman, toJson } from './search-output';

const USAGE = `usage: npm run --silent search -- [--kb DIR|FILE] [--lang fi|sv|en] [--json] [--batch] [--note] [words…]
  --kb DIR|FILE  knowledge directory or JSON snapshot (default: the bundled knowledge base)
  --lang L       query language (default: detected)
  --json         print the response as one JSON line
  --batch        read {"q":"…","lang":"fi"} lines from stdin, write one JSON line each
  --note         treat each text as a counsellor's client note: what the side panel shows`;

/** The longest batch line accepted; longer lines get an error instead of a search. */
const MAX_LINE = 100_000;

/** Loads a knowledge directory or a JSON snapshot file; throws KnowledgeError with the first problems. */
export async function loadKnowledge(path: string = BUNDLED_KNOWLEDGE_DIR): Promise<KnowledgeBase> {
  const info = await stat(path).catch(() => {
    throw new KnowledgeError(`${path}: no such file or directory`);
  });
  // The same gate as the server and the extension: a knowledge base with rule errors is not searched.
  if (info.isFile()) return acceptSnapshot(await readFile(path, 'utf8'));
  return requireAccepted(await acceptKnowledgeDir(path), path);
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** How batch lines are answered: a search, or (with `note`) the panel's match over this knowledge. */
export interface Answering {
  engine: SearchEngine;
  lang?: Language;
  note?: KnowledgeBase;
}

/** One batch line -> one output line. Never throws. */
export function answerLine(
  { engine, lang: defaultLang, note }: Answering,
  line: string,
  n: number,
): string {
  const fail = (error: string) => JSON.stringify({ error, line: n });
  if (line.length > MAX_LINE) return fail(`line is longer than ${MAX_LINE} characters`);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return fail('invalid JSON: expected an object like {"q":"…","lang":"fi"}');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail('expected a JSON object with "q"');
  const input = value as Record<string, unknown>;
  if (typeof input.q !== 'string') return fail('"q" must be a string');
  if (input.lang !== undefined && !isLanguage(input.lang))
    return fail('"lang" must be one of fi, sv, en');
  const options: SearchOptions = {};
  const lang = input.lang ?? defaultLang;
  if (lang) options.lang = lang as Language;
  for (const key of ['municipality', 'lifeStage', 'needProfile'] as const) {
    if (typeof input[key] === 'string') options[key] = input[key];
  }
  if (note) return noteToJson(matchNote(engine, note, input.q, options));
  return toJson(engine.search(input.q, options));
}

export async function searchCommand(
  argv: string[],
  io: Io,
  stdin: Readable = process.stdin,
): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    {
      kb: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      note: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    true,
  );
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.lang !== undefined && !isLanguage(values.lang))
    throw new UsageError(`--lang must be fi, sv or en`);
  const lang = values.lang as Language | undefined;
  if (!values.batch && positionals.length === 0)
    throw new UsageError('give the words to search for, or --batch');
  const kb = await loadKnowledge(values.kb);
  const engine = createSearchEngine(kb);

  if (values.batch) {
    const answering: Answering = {
      engine,
      ...(lang ? { lang } : {}),
      ...(values.note ? { note: kb } : {}),
    };
    let n = 0;
    for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
      n++;
      io.out(answerLine(answering, line, n));
    }
    return 0;
  }
  if (values.note) {
    const model = matchNote(engine, kb, positionals.join(' '), lang ? { lang } : {});
    io.out(values.json ? noteToJson(model) : noteToHuman(model, kb));
    return 0;
  }
  const response = engine.search(positionals.join(' '), lang ? { lang } : {});
  io.out(values.json ? toJson(response) : toHuman(response, kb));
  return 0;
}

runIfMain(import.meta.url, searchCommand, USAGE);
