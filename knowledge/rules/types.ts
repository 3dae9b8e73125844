/**
 * The shape every validation rule shares. A rule is a pure function of the
 * knowledge base: no I/O, no clock (today's date comes in the context), so the
 * same content always gives the same problems in kb:check, the editor and tests.
 */
import type { Problem } from '../problems';
import type { KnowledgeBase } from '../schema';

export interface RuleContext {
  /** Today as YYYY-MM-DD; rules about review dates compare against it. */
  today: string;
}

export interface Rule {
  /** Shown in brackets after each problem, e.g. `[summary-too-long]`. */
  id: string;
  /** One sentence for editors: what the rule protects. */
  description: string;
  check(kb: KnowledgeBase, ctx: RuleContext): Problem[];
}
