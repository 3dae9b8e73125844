/**
 * Tells every instance when knowledge is published, so each swaps to the new
 * version within a second instead of waiting for a poll. Redis pub/sub is
 * fire-and-forget: a notice missed during a reconnect is caught up by the
 * knowledge store's own follow-up (file watcher or database poll), so the
 * notice only makes it fast, never correct.
 *
 * An instance announces its own save as soon as it is stored (before it has
 * built its own search index), and every other swap of its served knowledge
 * except one it made because of a notice, so a publish is announced once,
 * not echoed.
 */
import { randomBytes } from 'node:crypto';
import type { KnowledgeSource } from '../../knowledge/live';
import { KEY_PREFIX, type Redis } from './client';

export const KNOWLEDGE_CHANNEL = `${KEY_PREFIX}knowledge-published`;

interface Notice {
  version: string;
  /** The announcing instance, so it ignores its own notice. */
  from: string;
}

export interface KnowledgeNotices {
  close(): Promise<void>;
}

export interface KnowledgeNoticeDeps {
  redis: Redis;
  live: KnowledgeSource;
  /** Reloads knowledge from the configured store (directory or database). */
  reload: () => Promise<unknown>;
  /** This instance's saves, announced the moment they are stored (KnowledgePublisher.onCommit). */
  commits?: { onCommit(listener: (version: string) => void): () => void };
  log: (line: string) => void;
}

/** Subscribes to notices and announces this instance's publishes. Resolves once subscribed. */
export async function shareKnowledgeNotices(deps: KnowledgeNoticeDeps): Promise<KnowledgeNotices> {
  const me = randomBytes(9).toString('base64url');
  // Versions swapped in because of a notice, and versions announced already: not announced
  // (again). A few of each are enough.
  const heard: string[] = [];
  const announced: string[] = [];
  const remember = (list: string[], version: string) => {
    list.push(version);
    list.splice(0, list.length - 8);
  };
  // A subscribed connection can do nothing else, so it is a second connection.
  const subscriber = deps.redis.duplicate();
  subscriber.on('error', () => undefined); // the main client already logs connection trouble
  await subscriber.connect();

  // Notices arriving during a reload are served by one more reload, not one each.
  let reloading: Promise<unknown> | undefined;
  let again = false;
  const reload = (): void => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = deps
      .reload()
      .catch((error: unknown) => {
        deps.log(`knowledge: reload after a publish notice failed: ${(error as Error).message}`);
      })
      .finally(() => {
        reloading = undefined;
        if (again) {
          again = false;
          reload();
        }
      });
  };

  await subscriber.subscribe(KNOWLEDGE_CHANNEL, (message) => {
    let notice: Notice;
    try {
      notice = JSON.parse(message) as Notice;
    } catch {
      return;
    }
    if (notice.from === me || typeof notice.version !== 'string') return;
    if (deps.live.current().kb.version === notice.version) return;
    remember(heard, notice.version);
    reload();
  });

  const announce = (version: string) => {
    if (heard.includes(version) || announced.includes(version)) return;
    remember(announced, version);
    const notice: Notice = { version, from: me };
    deps.redis.publish(KNOWLEDGE_CHANNEL, JSON.stringify(notice)).catch((error: unknown) => {
      deps.log(`knowledge: could not announce the publish: ${(error as Error).message}`);
    });
  };
  const stopCommits = deps.commits?.onCommit(announce);
  const stopListening = deps.live.onChange((next) => announce(next.kb.version));

  return {
    async close() {
      stopCommits?.();
      stopListening();
      await subscriber.close();
    },
  };
}
