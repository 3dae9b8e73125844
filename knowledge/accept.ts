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
import type { RuleContext } from './rules';
import { readSnapshot } from './snapshot';

export { acceptSnapshot, requireAccepted, type Acceptance } from './gate';

/** Content files (a directory's texts) or a JSON snapshot (text or parsed value). */
export type KnowledgeInput = { files: readonly ContentFile[] } | { snapshot: unknown };

/** Runs the gate: parse or read, schema, every rule; errors reject, warnings pass. */
export function acceptKnowledge(
  input: KnowledgeInput,
  context: Partial<RuleContext> = {},
): Acceptance {
  // Files carry where each entity came from, so rule problems get a file and line.
  const read = 'files' in input ? parseKnowledge(input.files) : readSnapshot(input.snapshot);
  return judgeKnowledge(read, context);
}
