/**
 * The knowledge base currently being served. The bot, /api/search and
 * /api/knowledge read it on every request, so a publish (or a file edited on
 * disk) takes effect without a restart. The editor's knowledge store swaps it.
 */
import type { KnowledgeBase } from './schema';
import type { SearchEngine } from './search/types';

export interface ServedKnowledge {
  kb: KnowledgeBase;
  engine: SearchEngine;
}

/**
 * Where the served knowledge base came from, shown in /healthz and the editor.
 * - `directory`: the knowledge files as they are now passed the gate.
 * - `last-accepted`: the files have errors; the last version that passed keeps serving.
 * - `partial`: the files have errors and no version ever passed here; the
 *   files that are valid on their own serve, the broken ones are left out.
 */
export interface KnowledgeStatus {
  source: 'directory' | 'last-accepted' | 'partial';
  /** Errors in the knowledge files; 0 when the source is `directory`. */
  problems: number;
}

/** One loud line for the log and the editor, or null when the files serve as they are. */
export function describeKnowledgeStatus(status: KnowledgeStatus): string | null {
  const errors = `${status.problems} error${status.problems === 1 ? '' : 's'}`;
  if (status.source === 'last-accepted')
    return `KNOWLEDGE FILES HAVE ${errors}: residents are served the last accepted version; fix the files (npm run kb:check) and they go live once they pass.`;
  if (status.source === 'partial')
    return `KNOWLEDGE FILES HAVE ${errors} and no accepted version is stored: only the valid files are served and the broken services are missing; fix the files (npm run kb:check).`;
  return null;
}

export interface KnowledgeSource {
  current(): ServedKnowledge;
  /** Where the served knowledge came from; sources without files (tests, snapshots) may leave it out. */
  status?(): KnowledgeStatus;
  /** Called after every successful swap; returns an unsubscribe function. */
  onChange(listener: (next: ServedKnowledge) => void): () => void;
}

/** A KnowledgeSource that holds one value in memory and can be swapped atomically. */
export class LiveKnowledge implements KnowledgeSource {
  #served: ServedKnowledge;
  #status: KnowledgeStatus;
  readonly #listeners = new Set<(next: ServedKnowledge) => void>();

  constructor(
    initial: ServedKnowledge,
    status: KnowledgeStatus = { source: 'directory', problems: 0 },
  ) {
    this.#served = initial;
    this.#status = status;
  }

  current(): ServedKnowledge {
    return this.#served;
  }

  status(): KnowledgeStatus {
    return this.#status;
  }

  /** Set by the publisher whenever it (re)reads the files, whether or not the served version changes. */
  setStatus(status: KnowledgeStatus): void {
    this.#status = status;
  }

  swap(next: ServedKnowledge): void {
    this.#served = next;
    for (const listener of this.#listeners) listener(next);
  }

  onChange(listener: (next: ServedKnowledge) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
