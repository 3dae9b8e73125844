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

export interface KnowledgeSource {
  current(): ServedKnowledge;
  /** Called after every successful swap; returns an unsubscribe function. */
  onChange(listener: (next: ServedKnowledge) => void): () => void;
}

/** A KnowledgeSource that holds one value in memory and can be swapped atomically. */
export class LiveKnowledge implements KnowledgeSource {
  #served: ServedKnowledge;
  readonly #listeners = new Set<(next: ServedKnowledge) => void>();

  constructor(initial: ServedKnowledge) {
    this.#served = initial;
  }

  current(): ServedKnowledge {
    return this.#served;
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
