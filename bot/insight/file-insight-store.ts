/**
 * InsightStore that survives restarts: one JSON line per entry appended to a
 * file (data/insight.jsonl). Entries are redacted again on the way in, like
 * the in-memory store. Only the newest `limit` entries are kept in memory
 * and returned; the file itself is the full record.
 */
import { appendFile, chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanInsightEntry as clean, type InsightEntry, type InsightStore } from './insight-store';

const FILE_MODE = 0o600;
const KINDS = new Set(['unanswered', 'not-helpful', 'helpful']);
const LANGS = new Set(['fi', 'sv', 'en']);

export class FileInsightStore implements InsightStore {
  readonly #file: string;
  readonly #limit: number;
  #entries: InsightEntry[] | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string, { limit = 50_000 }: { limit?: number } = {}) {
    this.#file = file;
    this.#limit = limit;
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
    const entries: InsightEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as InsightEntry;
        // A torn last line (crash mid-append) or a hand-edited line is skipped, not fatal.
        if (KINDS.has(e.kind) && LANGS.has(e.lang) && typeof e.text === 'string')
          entries.push(clean(e));
      } catch {
        continue;
      }
    }
    this.#entries = entries.slice(-this.#limit);
    return this.#entries;
  }

  record(entry: InsightEntry): Promise<void> {
    const run = this.#queue.then(async () => {
      const entries = await this.#load();
      const c = clean(entry);
      await mkdir(path.dirname(this.#file), { recursive: true });
      await appendFile(this.#file, `${JSON.stringify(c)}\n`, { mode: FILE_MODE });
      entries.push(c);
      if (entries.length > this.#limit) entries.splice(0, entries.length - this.#limit);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<InsightEntry[]> {
    await this.#queue;
    return (await this.#load()).map((e) => ({ ...e }));
  }
}
