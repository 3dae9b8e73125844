/**
 * Which knowledge base the server starts with. The files on disk go through
 * the gate; when they have errors, residents must not silently lose services
 * (a broken dental-care file once made "hammaslääkäri" answer with the wrong
 * service), so the last accepted version serves instead, and the status says
 * so. With no accepted version stored yet, the valid files serve on their own
 * (status `partial`): that is the only knowledge there is, and the log,
 * /healthz and the editor all name the errors.
 */
import { acceptKnowledge, type Acceptance } from '../accept';
import type { KnowledgeStatus } from '../live';
import { KnowledgeError, type Problem } from '../problems';
import type { RuleContext } from '../rules';
import type { KnowledgeBase } from '../schema';
import type { LastAcceptedFile } from './last-accepted';

export interface StartupKnowledge {
  kb: KnowledgeBase;
  status: KnowledgeStatus;
  /** The problems of the files on disk (errors and warnings). */
  problems: Problem[];
  /** Why the last accepted version could not be used, when it was tried and failed. */
  lastAcceptedProblems: Problem[];
}

const errorCount = (problems: readonly Problem[]) =>
  problems.filter((p) => p.severity === 'error').length;

/**
 * Picks what to serve from `load` (the knowledge directory or database through
 * the gate) and the last accepted version. Throws KnowledgeError when there is nothing.
 */
export async function chooseStartupKnowledge(deps: {
  load: () => Promise<Acceptance>;
  /** Where `load` reads, for messages: a directory or "the database". */
  where: string;
  lastAccepted: LastAcceptedFile;
  context?: Partial<RuleContext>;
}): Promise<StartupKnowledge> {
  const onDisk = await deps.load();
  const problems = onDisk.problems;
  if (onDisk.accepted && onDisk.kb) {
    await deps.lastAccepted.save(onDisk.kb);
    return {
      kb: onDisk.kb,
      status: { source: 'directory', problems: 0 },
      problems,
      lastAcceptedProblems: [],
    };
  }

  const stored = await deps.lastAccepted.read().catch((error: unknown) => {
    const message = `cannot read ${deps.lastAccepted.file}: ${String(error)}`;
    return { unreadable: message };
  });
  // The stored version passes the same gate again: rules may have changed since it was written.
  let lastAcceptedProblems: Problem[] = [];
  if (typeof stored === 'string') {
    const last = acceptKnowledge({ snapshot: stored }, deps.context);
    if (last.accepted && last.kb)
      return {
        kb: last.kb,
        status: { source: 'last-accepted', problems: errorCount(problems) },
        problems,
        lastAcceptedProblems: [],
      };
    lastAcceptedProblems = last.problems;
  } else if (stored) {
    lastAcceptedProblems = [
      { severity: 'error', rule: 'last-accepted', message: stored.unreadable },
    ];
  }

  if (onDisk.kb && onDisk.kb.services.length > 0)
    return {
      kb: onDisk.kb,
      status: { source: 'partial', problems: errorCount(problems) },
      problems,
      lastAcceptedProblems,
    };
  throw new KnowledgeError(
    `no knowledge to serve: ${deps.where} has ${errorCount(problems)} error(s) and no accepted version is stored in ${deps.lastAccepted.file}`,
    problems,
  );
}
