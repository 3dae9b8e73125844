/**
 * Which insight groups editors marked resolved, by whom and why: a JSONL file
 * by default, PostgreSQL when several instances share a database (so every
 * Insight page agrees). The newest mark of a group wins.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InsightGroup } from './insight-groups';

export type Resolution = NonNullable<InsightGroup['resolved']> & { id: string };

export interface InsightResolutions {
  /** By group id. */
  all(): Promise<Map<string, Resolution>>;
  add(resolution: Resolution): Promise<void>;
}

/** One JSON line per mark, appended (data/insight-resolved.jsonl). */
export class FileInsightResolutions implements InsightResolutions {
  constructor(readonly file: string) {}

  async all(): Promise<Map<string, Resolution>> {
    const map = new Map<string, Resolution>();
    let text = '';
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      try {
        const r = JSON.parse(line) as Resolution;
        if (typeof r.id === 'string') map.set(r.id, r);
      } catch {
        continue;
      }
    }
    return map;
  }

  async add(resolution: Resolution): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(resolution)}\n`);
  }
}
