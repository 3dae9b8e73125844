/**
 * Publishing: every change goes through the same gate before residents see it.
 * A candidate knowledge base is parsed and validated in memory; only a clean
 * one is written and swapped into the live server, so a broken edit never
 * reaches the bot and the last good knowledge base keeps serving.
 */
import { parseKnowledge, type ContentFile } from '../parse';
import { hasErrors, type Problem } from '../problems';
import type { KnowledgeBase } from '../schema';
import type { SearchEngine } from '../search/types';
import { validateKnowledge } from '../validate';
import type { LiveKnowledge } from '../live';
import { assertContentPath } from './content-path';
import { watchDirectory, type DirectoryWatch } from './watch-dir';
import type { HistoryEntry, KnowledgeStore, StoredFile } from './store';

export interface Candidate {
  kb: KnowledgeBase | null;
  problems: Problem[];
}

export type SaveResult =
  | { ok: true; file: StoredFile; version: string; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export interface PublisherDeps {
  store: KnowledgeStore;
  live: LiveKnowledge;
  buildEngine: (kb: KnowledgeBase) => SearchEngine;
}

/** Parses and validates a whole knowledge directory given as texts. Pure. */
export function evaluateCandidate(files: readonly ContentFile[]): Candidate {
  const parsed = parseKnowledge(files);
  const problems = [...parsed.problems];
  if (parsed.kb) problems.push(...validateKnowledge(parsed.kb, parsed.sources));
  return { kb: parsed.kb, problems };
}

export class KnowledgePublisher {
  readonly #deps: PublisherDeps;
  /** Problems of the files on disk when they could not be published (edited outside the editor). */
  #diskProblems: Problem[] = [];
  #watcher: DirectoryWatch | null = null;

  constructor(deps: PublisherDeps) {
    this.#deps = deps;
  }

  get diskProblems(): readonly Problem[] {
    return this.#diskProblems;
  }

  /** The knowledge base as it would be with `changes` applied, without writing anything. */
  async preview(changes: readonly ContentFile[]): Promise<Candidate> {
    const files = new Map((await this.#deps.store.list()).map((f) => [f.path, f.text]));
    for (const change of changes) files.set(assertContentPath(change.path), change.text);
    return evaluateCandidate([...files].map(([path, text]) => ({ path, text })));
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
    const candidate = await this.preview([{ path, text }]);
    if (!candidate.kb || hasErrors(candidate.problems))
      return { ok: false, problems: candidate.problems };
    const file = await this.#deps.store.write(path, text, options);
    this.#publish(candidate.kb);
    return { ok: true, file, version: candidate.kb.version, problems: candidate.problems };
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
  async reload(): Promise<{ published: boolean; problems: Problem[] }> {
    const files = await this.#deps.store.list();
    const candidate = evaluateCandidate(files);
    if (!candidate.kb || hasErrors(candidate.problems)) {
      this.#diskProblems = candidate.problems;
      return { published: false, problems: candidate.problems };
    }
    this.#diskProblems = [];
    if (candidate.kb.version !== this.#deps.live.current().kb.version) this.#publish(candidate.kb);
    return { published: true, problems: candidate.problems };
  }

  /** Picks up edits made directly in the files (a text editor, `sed -i`, git pull); see watch-dir.ts. */
  watch(
    dir: string,
    debounceMs = 200,
    onReload?: (result: { published: boolean; problems: Problem[] }) => void,
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

  #publish(kb: KnowledgeBase): void {
    this.#deps.live.swap({ kb, engine: this.#deps.buildEngine(kb) });
  }
}
