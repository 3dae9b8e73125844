/**
 * InsightStore that survives restarts: one JSON line per entry appended to a
 * file (data/insight.jsonl, mode 0600). Entries are redacted again on the way
 * in, like the in-memory store. A repeated question raises its entry's count:
 * the updated entry is appended and the loader keeps the last line of each
 * question. When the file passes `maxFileBytes` it is rewritten from memory
 * (one line per question, the newest `limit`), so a flood cannot fill the disk.
 */
import { appendFile, chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../knowledge/store/file-store';
import {
  addOrCount,
  cleanInsightEntry as clean,
  insightKey,
  keepNewest,
  type InsightEntry,
  type InsightStore,
} from './insight-store';

const FILE_MODE = 0o600;
const KINDS = new Set(['unanswered', 'not-helpful', 'helpful']);
const LANGS = new Set(['fi', 'sv', 'en']);

export interface FileInsightOptions {
  /** Distinct questions kept (the newest). */
  limit?: number;
  /** The file is compacted when it grows past this. */
  maxFileBytes?: number;
}

export class FileInsightStore implements InsightStore {
  readonly #file: string;
  readonly #limit: number;
  readonly #maxFileBytes: number;
  #entries: InsightEntry[] | null = null;
  readonly #index = new Map<string, InsightEntry>();
  #fileBytes = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    file: string,
    { limit = 20_000, maxFileBytes = 16 * 1024 * 1024 }: FileInsightOptions = {},
  ) {
    this.#file = file;
    this.#limit = limit;
    this.#maxFileBytes = maxFileBytes;
  }

  async #load(): Promise<InsightEntry[]> {
    if (this.#entries) return this.#entries;
    let text = '';
    try {
      text = await readFile(this.#file, 'utf8');
      // Residents' questions: readable by the server's user only, also in a file made before this rule.
      await chmod(this.#file, FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.#fileBytes = Buffer.byteLength(text);
    const entries: InsightEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as InsightEntry;
        // A torn last line (crash mid-append) or a hand-edited line is skipped, not fatal.
        if (!KINDS.has(e.kind) || !LANGS.has(e.lang) || typeof e.text !== 'string') continue;
        const entry = clean(e);
        const known = this.#index.get(insightKey(entry));
        // A later line of the same question carries its newer count.
        if (known) known.count = entry.count;
        else addOrCount(entries, this.#index, entry);
      } catch {
        continue;
      }
    }
    keepNewest(entries, this.#index, this.#limit);
    this.#entries = entries;
    return entries;
  }

  record(entry: InsightEntry): Promise<void> {
    const run = this.#queue.then(async () => {
      const entries = await this.#load();
      const kept = addOrCount(entries, this.#index, clean(entry));
      keepNewest(entries, this.#index, this.#limit);
      await mkdir(path.dirname(this.#file), { recursive: true });
      const line = `${JSON.stringify(kept)}\n`;
      if (this.#fileBytes + Buffer.byteLength(line) > this.#maxFileBytes) await this.#compact();
      else {
        await appendFile(this.#file, line, { mode: FILE_MODE });
        this.#fileBytes += Buffer.byteLength(line);
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Rewrites the file as one line per question, dropping the oldest until it fits in half the budget. */
  async #compact(): Promise<void> {
    const entries = this.#entries ?? [];
    const lines = entries.map((e) => `${JSON.stringify(e)}\n`);
    let bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l), 0);
    let drop = 0;
    while (bytes > this.#maxFileBytes / 2 && drop < lines.length - 1) {
      bytes -= Buffer.byteLength(lines[drop] ?? '');
      drop += 1;
    }
    keepNewest(entries, this.#index, entries.length - drop);
    await writeFileAtomic(this.#file, lines.slice(drop).join(''), FILE_MODE);
    this.#fileBytes = (await stat(this.#file)).size;
  }

  async list(): Promise<InsightEntry[]> {
    await this.#queue;
    return (await this.#load()).map((e) => ({ ...e }));
  }
}
