/**
 * Publishing: every change goes through the gate (accept.ts) before residents
 * see it. A candidate knowledge base is checked in memory; only an accepted
 * one is written and swapped into the live server (and stored as the last
 * accepted version), so a broken edit never reaches the bot and the last good
 * knowledge base keeps serving.
 */
import { acceptKnowledge, type GateTimings } from '../accept';
import type { LiveKnowledge } from '../live';
import type { ContentFile } from '../parse';
import type { Problem } from '../problems';
import type { KnowledgeBase } from '../schema';
import type { SearchEngine } from '../search/types';
import type { LastAcceptedFile } from './last-accepted';
import { assertContentPath } from './content-path';
import { watchDirectory, type DirectoryWatch } from './watch-dir';
import type { HistoryEntry, KnowledgeStore, StoredFile } from './store';

export interface Candidate {
  /** Whether the gate accepts it: no errors. */
  accepted: boolean;
  kb: KnowledgeBase | null;
  problems: Problem[];
}

/** Where one publish spent its time, in milliseconds: for the log and bench:publish. */
export interface PublishTimings extends GateTimings {
  /** Reading every content file from the store. */
  listMs: number;
  /** The store's write (saves only). */
  writeMs?: number;
  /** Building the search engine for the new version; 0 when nothing was swapped. */
  engineMs: number;
}

/** `412 ms (list 12, parse 210, rules 30, write 9, engine 151)`: one line for a log. */
export function describeTimings(t: PublishTimings): string {
  const parts: [string, number | undefined][] = [
    ['list', t.listMs],
    ['parse', t.parseMs],
    ['rules', t.rulesMs],
    ['write', t.writeMs],
    ['engine', t.engineMs],
  ];
  const total = parts.reduce((sum, [, ms]) => sum + (ms ?? 0), 0);
  const shown = parts
    .filter(([, ms]) => ms !== undefined)
    .map(([name, ms]) => `${name} ${Math.round(ms!)}`);
  return `${Math.round(total)} ms (${shown.join(', ')})`;
}

export type SaveResult =
  | { ok: true; file: StoredFile; version: string; problems: Problem[]; timings: PublishTimings }
  | { ok: false; problems: Problem[] };

/** What a reload did; `timings` says where its time went. */
export interface ReloadResult {
  published: boolean;
  problems: Problem[];
  timings: PublishTimings;
}

export interface PublisherDeps {
  store: KnowledgeStore;
  live: LiveKnowledge;
  buildEngine: (kb: KnowledgeBase) => SearchEngine;
  /** Where every published version is kept, for a restart with broken files (startup.ts). */
  lastAccepted?: LastAcceptedFile;
  /** Problems of the files on disk when the server started (see startup.ts). */
  diskProblems?: Problem[];
  log?: (line: string) => void;
}

export class KnowledgePublisher {
  readonly #deps: PublisherDeps;
  /** Problems of the files on disk when they could not be published (edited outside the editor). */
  #diskProblems: Problem[] = [];
  #watcher: DirectoryWatch | null = null;

  constructor(deps: PublisherDeps) {
    this.#deps = deps;
    this.#diskProblems = deps.diskProblems ?? [];
  }

  get diskProblems(): readonly Problem[] {
    return this.#diskProblems;
  }

  /** The knowledge base as it would be with `changes` applied, without writing anything. */
  async preview(
    changes: readonly ContentFile[],
    timings: PublishTimings = newTimings(),
  ): Promise<Candidate> {
    const started = performance.now();
    const files = new Map((await this.#deps.store.list()).map((f) => [f.path, f.text]));
    timings.listMs = performance.now() - started;
    for (const change of changes) files.set(assertContentPath(change.path), change.text);
    return acceptKnowledge(
      { files: [...files].map(([path, text]) => ({ path, text })) },
      {},
      timings,
    );
  }

  /** Validates, writes and publishes one file. Throws ConflictError on a stale etag. */
  async save(
    path: string,
    text: string,
    options: {
      expectedEtag: string | null;
      author: string;
      action?: HistoryEntry['action'];
      reverts?: string;
    },
  ): Promise<SaveResult> {
    const timings = newTimings();
    const candidate = await this.preview([{ path, text }], timings);
    if (!candidate.accepted || !candidate.kb) return { ok: false, problems: candidate.problems };
    const writing = performance.now();
    const file = await this.#deps.store.write(path, text, options);
    timings.writeMs = performance.now() - writing;
    // The whole directory, with this change, passed the gate: nothing on disk is broken now.
    this.#diskProblems = [];
    await this.#publish(candidate.kb, timings);
    return { ok: true, file, version: candidate.kb.version, problems: candidate.problems, timings };
  }

  /** Restores the text a history entry replaced, as a new, recorded save. */
  async revert(entryId: string, author: string): Promise<SaveResult | null> {
    const entry = await this.#deps.store.historyEntry(entryId);
    if (!entry || entry.before === null) return null;
    const current = await this.#deps.store.read(entry.path);
    return this.save(entry.path, entry.before, {
      expectedEtag: current?.etag ?? null,
      author,
      action: 'revert',
      reverts: entry.id,
    });
  }

  /** Re-reads the files on disk and publishes them if they validate; otherwise keeps serving the last good version. */
  async reload(): Promise<ReloadResult> {
    const timings = newTimings();
    const started = performance.now();
    const files = await this.#deps.store.list();
    timings.listMs = performance.now() - started;
    const candidate = acceptKnowledge({ files }, {}, timings);
    if (!candidate.accepted || !candidate.kb) {
      this.#diskProblems = candidate.problems;
      // What serves is still the last accepted version, unless nothing was ever accepted.
      const { source } = this.#deps.live.status();
      this.#deps.live.setStatus({
        source: source === 'partial' ? 'partial' : 'last-accepted',
        problems: candidate.problems.filter((p) => p.severity === 'error').length,
      });
      return { published: false, problems: candidate.problems, timings };
    }
    this.#diskProblems = [];
    if (candidate.kb.version !== this.#deps.live.current().kb.version)
      await this.#publish(candidate.kb, timings);
    else this.#deps.live.setStatus({ source: 'directory', problems: 0 });
    return { published: true, problems: candidate.problems, timings };
  }

  /** Picks up edits made directly in the files (a text editor, `sed -i`, git pull); see watch-dir.ts. */
  watch(
    dir: string,
    debounceMs = 200,
    onReload?: (result: {
      published: boolean;
      problems: Problem[];
      timings?: PublishTimings;
    }) => void,
  ): void {
    if (this.#watcher) return;
    this.#watcher = watchDirectory(
      dir,
      () =>
        this.reload().then(onReload, (error: unknown) =>
          onReload?.({
            published: false,
            problems: [{ severity: 'error', rule: 'reload', message: String(error) }],
          }),
        ),
      // Our own atomic writes create dot-prefixed temp files; the rename that follows triggers the real reload.
      { debounceMs, ignore: (name) => /(^|\/)\.[^/]*\.tmp$/.test(name) },
    );
  }

  close(): void {
    this.#watcher?.close();
    this.#watcher = null;
  }

  async #publish(kb: KnowledgeBase, timings: PublishTimings): Promise<void> {
    const started = performance.now();
    const engine = this.#deps.buildEngine(kb);
    timings.engineMs = performance.now() - started;
    this.#deps.live.swap({ kb, engine });
    this.#deps.live.setStatus({ source: 'directory', problems: 0 });
    try {
      await this.#deps.lastAccepted?.save(kb);
    } catch (error) {
      // Residents already have the new version; only the restart fallback is stale.
      (this.#deps.log ?? console.warn)(
        `knowledge: could not store the last accepted version: ${String(error)}`,
      );
    }
  }
}

function newTimings(): PublishTimings {
  return { listMs: 0, parseMs: 0, rulesMs: 0, engineMs: 0 };
}
