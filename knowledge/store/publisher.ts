/**
 * Publishing: every change goes through the gate (accept.ts) before residents
 * see it. A candidate knowledge base is checked in memory; only an accepted
 * one is written and swapped into the live server (and stored as the last
 * accepted version), so a broken edit never reaches the bot and the last good
 * knowledge base keeps serving.
 */
import { acceptKnowledge } from '../accept';
import type { LiveKnowledge } from '../live';
import type { ContentFile } from '../parse';
import type { Problem } from '../problems';
import { ParsedFiles } from '../parsed-files';
import type { KnowledgeBase } from '../schema';
import type { SearchEngine } from '../search/types';
import type { LastAcceptedFile } from './last-accepted';
import { assertContentPath } from './content-path';
import { startTimings, type PublishTimings } from './publish-timings';
import { watchDirectory, type DirectoryWatch } from './watch-dir';
import {
  ConflictError,
  StaleCandidateError,
  type HistoryEntry,
  type KnowledgeStore,
  type SavedFile,
  type StoredFile,
} from './store';

export interface Candidate {
  /** Whether the gate accepts it: no errors. */
  accepted: boolean;
  kb: KnowledgeBase | null;
  problems: Problem[];
}

export type SaveResult =
  | { ok: true; file: StoredFile; version: string; problems: Problem[]; timings: PublishTimings }
  | { ok: false; problems: Problem[] };

/** What a reload did; `timings` says where its time went. */
export interface ReloadResult {
  published: boolean;
  problems: Problem[];
  timings: PublishTimings;
  /** The store's version showed that this instance already serves its content: nothing was read. */
  upToDate?: boolean;
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

/**
 * How often a save is checked again when other saves keep committing between
 * its check and its write (StaleCandidateError) before the editor is asked to
 * save again.
 */
const MAX_SAVE_ATTEMPTS = 5;

export class KnowledgePublisher {
  readonly #deps: PublisherDeps;
  /** Problems of the files on disk when they could not be published (edited outside the editor). */
  #diskProblems: Problem[] = [];
  #watcher: DirectoryWatch | null = null;
  /** Every candidate goes through the whole gate; only unchanged files skip parsing. */
  readonly #parsed = new ParsedFiles();
  /**
   * With a store that has versions: the version whose content this instance
   * serves. An older one is never swapped in over it (a reload that read
   * before this instance's own save finished after it), and a reload finds
   * out with one small query that it has nothing to do.
   */
  #served: bigint | undefined;
  readonly #onCommit = new Set<(version: string) => void>();

  constructor(deps: PublisherDeps) {
    this.#deps = deps;
    this.#diskProblems = deps.diskProblems ?? [];
  }

  get diskProblems(): readonly Problem[] {
    return this.#diskProblems;
  }

  /**
   * Calls `listener` with the knowledge version as soon as a save is stored,
   * before this instance has built its own search index, so other instances
   * can start loading it at once (bot/redis/knowledge-notices.ts).
   */
  onCommit(listener: (version: string) => void): () => void {
    this.#onCommit.add(listener);
    return () => this.#onCommit.delete(listener);
  }

  /** The knowledge base as it would be with `changes` applied, without writing anything. */
  async preview(changes: readonly ContentFile[]): Promise<Candidate> {
    return (await this.#check(changes, startTimings().timings)).candidate;
  }

  /**
   * Validates, writes and publishes one file. Throws ConflictError on a stale
   * etag, or when other saves kept landing between its check and its write.
   */
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
    const { timings, done } = startTimings();
    for (let attempt = 1; ; attempt++) {
      const { candidate, basedOn } = await this.#check([{ path, text }], timings);
      if (!candidate.accepted || !candidate.kb) return { ok: false, problems: candidate.problems };
      const writing = performance.now();
      let saved: SavedFile;
      try {
        saved = await this.#deps.store.write(path, text, { ...options, basedOn });
      } catch (error) {
        if (!(error instanceof StaleCandidateError)) throw error;
        // Another instance saved another file after our check: the gate has not seen this
        // change together with that one, so it checks again against what is stored now.
        if (attempt < MAX_SAVE_ATTEMPTS) continue;
        throw new ConflictError(
          path,
          await this.#deps.store.read(path),
          `other saves kept changing the knowledge base while ${path} was being checked; nothing was saved, save again`,
        );
      }
      timings.writeMs = performance.now() - writing;
      for (const listener of this.#onCommit) {
        try {
          listener(candidate.kb.version);
        } catch (error) {
          // The save is stored; a failed announcement only leaves others to their poll.
          (this.#deps.log ?? console.warn)(`knowledge: commit listener failed: ${String(error)}`);
        }
      }
      // The whole directory, with this change, passed the gate: nothing on disk is broken now.
      this.#diskProblems = [];
      await this.#publish(candidate.kb, timings, saved.storeVersion);
      const file = { path: saved.path, text: saved.text, etag: saved.etag };
      return {
        ok: true,
        file,
        version: candidate.kb.version,
        problems: candidate.problems,
        timings: done(),
      };
    }
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
    const { timings, done } = startTimings();
    const { store } = this.#deps;
    if (store.version && this.#served !== undefined) {
      // Our own save, or a publish already loaded: nothing to read, parse or build.
      if (BigInt(await store.version()) === this.#served)
        return { published: true, problems: [], timings: done(), upToDate: true };
    }
    const { candidate, basedOn } = await this.#check([], timings);
    if (!candidate.accepted || !candidate.kb) {
      this.#diskProblems = candidate.problems;
      // What serves is still the last accepted version, unless nothing was ever accepted.
      const { source } = this.#deps.live.status();
      this.#deps.live.setStatus({
        source: source === 'partial' ? 'partial' : 'last-accepted',
        problems: candidate.problems.filter((p) => p.severity === 'error').length,
      });
      return { published: false, problems: candidate.problems, timings: done() };
    }
    this.#diskProblems = [];
    if (candidate.kb.version !== this.#deps.live.current().kb.version)
      await this.#publish(candidate.kb, timings, basedOn);
    else {
      this.#advance(basedOn);
      this.#deps.live.setStatus({ source: 'directory', problems: 0 });
    }
    return { published: true, problems: candidate.problems, timings: done() };
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

  /**
   * The stored files (with their version, when the store has versions) and
   * `changes` applied, through the gate.
   */
  async #check(
    changes: readonly ContentFile[],
    timings: PublishTimings,
  ): Promise<{ candidate: Candidate; basedOn?: string }> {
    const started = performance.now();
    const { store } = this.#deps;
    const read = store.snapshot ? await store.snapshot() : { files: await store.list() };
    timings.listMs = performance.now() - started;
    const files = new Map(read.files.map((f) => [f.path, f.text]));
    for (const change of changes) files.set(assertContentPath(change.path), change.text);
    const candidate = acceptKnowledge(
      { files: [...files].map(([path, text]) => ({ path, text })), cache: this.#parsed },
      {},
      timings,
    );
    return { candidate, basedOn: 'version' in read ? read.version : undefined };
  }

  /** Records that `storeVersion` serves; false when a later one already does. */
  #advance(storeVersion: string | undefined): boolean {
    if (storeVersion === undefined) return true;
    const version = BigInt(storeVersion);
    if (this.#served !== undefined && version <= this.#served) return false;
    this.#served = version;
    return true;
  }

  async #publish(kb: KnowledgeBase, timings: PublishTimings, storeVersion?: string): Promise<void> {
    // A reload that read before a newer save (ours or another's) was swapped in is already stale.
    if (!this.#advance(storeVersion)) return;
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
