/**
 * The knowledge store on the local file system: content files stay plain YAML
 * in the knowledge directory (readable, small diffs, reviewable in git), and
 * every save is appended to a JSON-lines history file.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { hashString } from '../hash';
import { readContentFile, readContentFiles } from '../loader';
import { assertContentPath } from './content-path';
import {
  ConflictError,
  type HistoryEntry,
  type KnowledgeStore,
  type StoredFile,
  type WriteOptions,
} from './store';

export function etagOf(text: string): string {
  return hashString(text);
}

/**
 * Writes `text` to `file` so that a crash at any moment leaves either the old
 * file or the new one, never a torn one: write a temporary file beside it,
 * fsync it, rename it over the old one (atomic on POSIX), then fsync the
 * directory so the rename itself survives a power cut.
 */
export async function writeFileAtomic(file: string, text: string, mode = 0o644): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  // The mode is set on the temporary file, so the renamed file never exists with wider rights.
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export class FileKnowledgeStore implements KnowledgeStore {
  // Saves are serialised in-process so the etag check and the write are one step.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly contentDir: string,
    readonly historyFile: string,
  ) {}

  async list(): Promise<StoredFile[]> {
    const { files } = await readContentFiles(this.contentDir);
    return files.map((f) => ({ ...f, etag: etagOf(f.text) }));
  }

  async read(relative: string): Promise<StoredFile | null> {
    const file = await readContentFile(this.contentDir, assertContentPath(relative));
    return file && { ...file, etag: etagOf(file.text) };
  }

  write(relative: string, text: string, options: WriteOptions): Promise<StoredFile> {
    const run = this.#queue.then(() => this.#write(relative, text, options));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #write(relative: string, text: string, options: WriteOptions): Promise<StoredFile> {
    assertContentPath(relative);
    const current = await this.read(relative);
    if ((current?.etag ?? null) !== options.expectedEtag)
      throw new ConflictError(relative, current);
    const etag = etagOf(text);
    const full = path.join(this.contentDir, relative);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFileAtomic(full, text);
    const entry: HistoryEntry = {
      id: randomUUID(),
      at: new Date().toISOString(),
      author: options.author,
      action: options.action ?? (current ? 'update' : 'create'),
      path: relative,
      before: current?.text ?? null,
      after: text,
      etagBefore: current?.etag ?? null,
      etagAfter: etag,
      ...(options.reverts ? { reverts: options.reverts } : {}),
    };
    await this.#appendHistory(entry);
    return { path: relative, text, etag };
  }

  async #appendHistory(entry: HistoryEntry): Promise<void> {
    await mkdir(path.dirname(this.historyFile), { recursive: true });
    // One line per entry, appended and synced: the history is never rewritten.
    const handle = await open(this.historyFile, 'a', 0o600);
    try {
      await handle.appendFile(`${JSON.stringify(entry)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async #readHistory(): Promise<HistoryEntry[]> {
    let text: string;
    try {
      text = await readFile(this.historyFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: HistoryEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as HistoryEntry);
      } catch {
        // A line torn by a crash mid-append is skipped; every complete line is kept.
      }
    }
    return entries;
  }

  async history(options: { path?: string; limit?: number } = {}): Promise<HistoryEntry[]> {
    const all = await this.#readHistory();
    const filtered = options.path ? all.filter((e) => e.path === options.path) : all;
    return filtered.reverse().slice(0, options.limit ?? 200);
  }

  async historyEntry(id: string): Promise<HistoryEntry | null> {
    return (await this.#readHistory()).find((e) => e.id === id) ?? null;
  }
}
