/**
 * The one gate every knowledge base passes before anyone is served from it:
 * server startup, the editor's publish and the watcher, the extension's bundled
 * snapshot and its sync, kb:check, kb:export and the search CLI. The policy
 * (knowledge/gate.ts): parse or read, schema and every rule run; errors
 * reject, warnings pass. Pure (no Node APIs); knowledge/loader.ts adds reading
 * a directory, and the extension uses gate.ts acceptSnapshot directly.
 */
import { judgeKnowledge, type Acceptance } from './gate';
import { parseKnowledge, type ContentFile } from './parse';
import type { ParsedFiles } from './parsed-files';
import type { RuleContext } from './rules';
import { readSnapshot } from './snapshot';

export { acceptSnapshot, requireAccepted, type Acceptance } from './gate';

/**
 * Content files (a directory's texts) or a JSON snapshot (text or parsed value).
 * `cache` lets a caller that checks one knowledge base after another (the
 * publisher) skip parsing files whose text did not change; see parsed-files.ts.
 */
export type KnowledgeInput =
  { files: readonly ContentFile[]; cache?: ParsedFiles } | { snapshot: unknown };

/** Where the gate spent its time, in milliseconds (filled when asked for: logs and bench:publish). */
export interface GateTimings {
  /** Parsing the files (or reading the snapshot) and checking the schema. */
  parseMs: number;
  /** The cross-file rules (knowledge/rules/). */
  rulesMs: number;
}

/** Runs the gate: parse or read, schema, every rule; errors reject, warnings pass. */
export function acceptKnowledge(
  input: KnowledgeInput,
  context: Partial<RuleContext> = {},
  timings?: GateTimings,
): Acceptance {
  const started = performance.now();
  // Files carry where each entity came from, so rule problems get a file and line.
  const read =
    'files' in input ? parseKnowledge(input.files, input.cache) : readSnapshot(input.snapshot);
  const parsed = performance.now();
  const result = judgeKnowledge(read, context);
  if (timings) {
    timings.parseMs = parsed - started;
    timings.rulesMs = performance.now() - parsed;
  }
  return result;
}
