/**
 * Which knowledge base the panel uses: the last good snapshot from the
 * configured server when there is one and it still validates (an extension
 * update may have changed the schema), otherwise the snapshot bundled at build time.
 */
import type { KnowledgeBase } from '../../knowledge/schema';
import type { StoredKnowledge } from './state';

export interface ChosenKnowledge {
  kb: KnowledgeBase;
  source: 'server' | 'bundled';
  fetchedAt?: string;
}

export function chooseKnowledge(
  stored: StoredKnowledge | undefined,
  serverUrl: string | undefined,
  bundled: KnowledgeBase,
  parse: (json: unknown) => KnowledgeBase,
): ChosenKnowledge {
  if (!stored || !serverUrl || stored.serverUrl !== serverUrl)
    return { kb: bundled, source: 'bundled' };
  try {
    return { kb: parse(stored.kb), source: 'server', fetchedAt: stored.fetchedAt };
  } catch {
    return { kb: bundled, source: 'bundled' };
  }
}
