/**
 * Everything durable in PostgreSQL (DATABASE_URL): published knowledge and its
 * history, insight and its resolved marks, editor accounts. The composition
 * root (bot/index.ts) calls `openPostgresStores` and uses these in place of the
 * knowledge directory and the JSONL/JSON files.
 */
import type pg from 'pg';
import type { Problem } from '../../../knowledge/problems';
import { acceptKnowledge, type Acceptance } from '../../../knowledge/accept';
import { PostgresAccountStore } from './account-store';
import { describeDatabase, openDatabase } from './database';
import { followKnowledge, type KnowledgeFollower } from './follow-knowledge';
import { PostgresInsightResolutions } from './insight-resolutions';
import { PostgresInsightStore } from './insight-store';
import { seedKnowledge } from './knowledge-dir';
import { PostgresKnowledgeStore } from './knowledge-store';

export interface PostgresConfig {
  url: string;
  /** Seeds an empty database (the bundled content unless OPASTIN_KNOWLEDGE_DIR says otherwise). */
  seedDir: string;
  insightRetentionDays?: number;
  /** How often to look for another instance's publish. */
  pollMs?: number;
  log: (line: string) => void;
}

export interface PostgresStores {
  pool: pg.Pool;
  knowledge: PostgresKnowledgeStore;
  insight: PostgresInsightStore;
  resolutions: PostgresInsightResolutions;
  accounts: PostgresAccountStore;
  /** The published knowledge as stored, through the gate (knowledge/accept.ts). */
  loadKnowledge(): Promise<Acceptance>;
  /** Reloads (through `reload`) whenever another instance publishes; see follow-knowledge.ts. */
  follow(reload: () => Promise<unknown>): KnowledgeFollower;
  close(): Promise<void>;
}

const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

/** Connects, migrates, seeds an empty database, and starts insight retention. */
export async function openPostgresStores(config: PostgresConfig): Promise<PostgresStores> {
  const { log } = config;
  const pool = await openDatabase(config.url, { log });
  const knowledge = new PostgresKnowledgeStore(pool);
  const seeded = await seedKnowledge(knowledge, config.seedDir);
  if (!seeded.ok) {
    await pool.end();
    throw new SeedError(config.seedDir, seeded.problems);
  }
  if (seeded.summary)
    log(`database: seeded ${seeded.summary.created.length} knowledge files from ${config.seedDir}`);
  const insight = new PostgresInsightStore(pool, { retentionDays: config.insightRetentionDays });
  const prune = () =>
    insight.prune().then(
      (n) => n && log(`insight: deleted ${n} entries past retention`),
      (error: Error) => log(`insight: retention failed: ${error.message}`),
    );
  void prune();
  const pruning = setInterval(prune, PRUNE_EVERY_MS).unref();
  const followers: KnowledgeFollower[] = [];
  let loadedAt: string | undefined;
  log(`database: ${describeDatabase(config.url)} holds knowledge, insight and editor accounts`);
  return {
    pool,
    knowledge,
    insight,
    resolutions: new PostgresInsightResolutions(pool),
    accounts: new PostgresAccountStore(pool),
    async loadKnowledge() {
      // The version first: a save landing while we read is then seen by follow() and reloaded.
      loadedAt = await knowledge.version();
      return acceptKnowledge({ files: await knowledge.list() });
    },
    follow(reload) {
      const follower = followKnowledge(knowledge, reload, {
        intervalMs: config.pollMs,
        since: loadedAt,
        log,
      });
      followers.push(follower);
      return follower;
    },
    async close() {
      clearInterval(pruning);
      for (const follower of followers) follower.stop();
      await pool.end();
    },
  };
}

/** The directory meant to seed an empty database does not pass the publish gate. */
export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly dir: string,
    readonly problems: Problem[],
  ) {
    super(
      `cannot seed the empty database from ${dir}: ${problems.filter((p) => p.severity === 'error').length} error(s); fix them (npm run kb:check -- ${dir}) and restart`,
    );
  }
}
