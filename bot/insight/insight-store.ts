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
  /** ISO timestamp. */
  at: string;
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
  return clean;
}

/** Keeps the newest `limit` entries in memory, so a flood of questions cannot exhaust memory. */
export class MemoryInsightStore implements InsightStore {
  readonly #entries: InsightEntry[] = [];
  readonly #limit: number;

  constructor({ limit = 10_000 }: { limit?: number } = {}) {
    this.#limit = limit;
  }

  async record(entry: InsightEntry): Promise<void> {
    this.#entries.push(cleanInsightEntry(entry));
    if (this.#entries.length > this.#limit)
      this.#entries.splice(0, this.#entries.length - this.#limit);
  }

  async list(): Promise<InsightEntry[]> {
    return this.#entries.map((e) => ({ ...e }));
  }
}
