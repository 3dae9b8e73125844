/**
 * What residents asked that the bot could not answer, and what they thought of
 * the answers: the gap list content editors work from. Entries are redacted
 * before they get here and never carry a user or conversation id.
 */
import type { Language } from '../../knowledge/schema';
import { redact } from '../privacy/redact';

export type InsightKind = 'unanswered' | 'not-helpful' | 'helpful';

export interface InsightEntry {
  kind: InsightKind;
  lang: Language;
  /** The resident's question, redacted. */
  text: string;
  /** The service the answer showed, for feedback on a service card. */
  serviceId?: string;
  /** ISO timestamp of the first time it was asked. */
  at: string;
  /** How many times the same question (same insightKey) was recorded; 1 when absent. */
  count?: number;
}

export interface InsightStore {
  record(entry: InsightEntry): Promise<void>;
  /** Oldest first. */
  list(): Promise<InsightEntry[]>;
}

/**
 * The only shape an entry is stored in: redacted again (a caller that forgot
 * to redact must not leak), bounded, and with no field beyond the known ones.
 * Every InsightStore passes entries through this on the way in.
 */
export function cleanInsightEntry(entry: InsightEntry): InsightEntry {
  const clean: InsightEntry = {
    kind: entry.kind,
    lang: entry.lang,
    text: redact(entry.text).slice(0, 1000),
    at: entry.at,
  };
  if (entry.serviceId) clean.serviceId = entry.serviceId;
  if (typeof entry.count === 'number' && Number.isSafeInteger(entry.count) && entry.count > 1)
    clean.count = entry.count;
  return clean;
}

/**
 * What makes two entries the same question: kind, language, service and the
 * text folded (NFKC, lower case, punctuation and repeated spaces ignored). A
 * store counts a repeat instead of keeping another copy.
 */
export function insightKey(entry: InsightEntry): string {
  const text = entry.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}[\]*]+/gu, ' ')
    .trim();
  return `${entry.kind}|${entry.lang}|${entry.serviceId ?? ''}|${text}`;
}

/** `entries` with `entry` added, or the same question's count raised; returns the entry kept. */
export function addOrCount(
  entries: InsightEntry[],
  index: Map<string, InsightEntry>,
  entry: InsightEntry,
): InsightEntry {
  const key = insightKey(entry);
  const existing = index.get(key);
  if (existing) {
    existing.count = (existing.count ?? 1) + (entry.count ?? 1);
    return existing;
  }
  entries.push(entry);
  index.set(key, entry);
  return entry;
}

/** Drops the oldest entries beyond `limit` (and from the index). */
export function keepNewest(
  entries: InsightEntry[],
  index: Map<string, InsightEntry>,
  limit: number,
): void {
  if (entries.length <= limit) return;
  for (const dropped of entries.splice(0, entries.length - limit))
    index.delete(insightKey(dropped));
}

/** Keeps the newest `limit` entries in memory, so a flood of questions cannot exhaust memory. */
export class MemoryInsightStore implements InsightStore {
  readonly #entries: InsightEntry[] = [];
  readonly #index = new Map<string, InsightEntry>();
  readonly #limit: number;

  constructor({ limit = 10_000 }: { limit?: number } = {}) {
    this.#limit = limit;
  }

  async record(entry: InsightEntry): Promise<void> {
    addOrCount(this.#entries, this.#index, cleanInsightEntry(entry));
    keepNewest(this.#entries, this.#index, this.#limit);
  }

  async list(): Promise<InsightEntry[]> {
    return this.#entries.map((e) => ({ ...e }));
  }
}
