/**
 * The last knowledge base that passed the gate, kept on disk (in the data
 * directory) so a restart with broken files serves it instead of silently
 * dropping the broken services. Written atomically on every accepted version.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase } from '../schema';
import { toSnapshot } from '../snapshot';
import { writeFileAtomic } from './file-store';

export class LastAcceptedFile {
  #savedVersion: string | null = null;

  constructor(readonly file: string) {}

  /** The stored snapshot's JSON text, or null when none was stored yet. Check it with the gate before use. */
  async read(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Stores `kb` as the last accepted version (only once per version). */
  async save(kb: KnowledgeBase): Promise<void> {
    if (kb.version === this.#savedVersion) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, toSnapshot(kb));
    this.#savedVersion = kb.version;
  }
}
