/**
 * Bounds what a YAML document can turn into before it is converted to values.
 *
 * An anchor used many times is legitimate (one `&weekdays` opening-hours block
 * shared by every channel), but aliases of aliases multiply: nine lines can
 * expand to a billion values (a "billion laughs" alias bomb). yaml's own guard
 * (`maxAliasCount`) throws, and its default of 100 also rejects honest files
 * that reuse one anchor 100 times. So the limit here is on what matters, the
 * size of the fully expanded document, measured without expanding it: each
 * anchored node's expanded size is computed once and added for every alias.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/**
 * The largest expanded document accepted, in size units (one per node plus the
 * characters of each scalar). Twice the largest file allowed (parse.ts
 * MAX_FILE_BYTES), so no file without aliases can reach it, and an expanded
 * file stays the size of a big plain one.
 */
export const MAX_EXPANDED_SIZE = 2_000_000;

/** Content nests a handful of levels; this only stops a stack-deep `[[[[…` from exhausting the stack. */
export const MAX_DEPTH = 100;

/**
 * yaml resolves each alias by scanning every anchor and alias before it, so
 * many aliases cost quadratic time even when they expand to little (measured:
 * 1,000 aliases 70 ms, 5,000 aliases 0.7 s, 20,000 aliases 9 s). Real files use tens.
 */
export const MAX_ALIASES = 1_000;

export interface BoundsProblem {
  /** Offset in the source of the node that broke the bound. */
  offset: number;
  message: string;
}

class Exceeded extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

interface Ranged {
  range?: [number, number, number] | null;
}

const offsetOf = (node: unknown) => (node as Ranged | null)?.range?.[0] ?? 0;

/** Checks `doc` against the bounds above; null when it is within them. */
export function checkYamlBounds(
  doc: Document,
  limits = { size: MAX_EXPANDED_SIZE, depth: MAX_DEPTH, aliases: MAX_ALIASES },
): BoundsProblem | null {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  let total = 0;
  let aliases = 0;

  const add = (units: number, node: unknown) => {
    total += units;
    if (total > limits.size)
      throw new Exceeded(
        offsetOf(node),
        `the document expands to more than ${limits.size} values and characters through its aliases (*name); ` +
          'this looks like an alias bomb. Repeat the content or use fewer, smaller anchors',
      );
  };

  // Walks in document order, as yaml resolves an alias to the last anchor of that name before it.
  const walk = (node: unknown, depth: number): void => {
    if (depth > limits.depth)
      throw new Exceeded(offsetOf(node), `nested deeper than ${limits.depth} levels`);
    if (isAlias(node)) {
      if (++aliases > limits.aliases)
        throw new Exceeded(offsetOf(node), `more than ${limits.aliases} aliases (*name)`);
      const target = anchors.get(node.source);
      if (target === undefined)
        throw new Exceeded(
          offsetOf(node),
          `alias *${node.source} has no anchor &${node.source} before it`,
        );
      if (inProgress.has(target))
        throw new Exceeded(
          offsetOf(node),
          `alias *${node.source} refers to a node that contains it`,
        );
      add(sizes.get(target) ?? 1, node);
      return;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    const before = total;
    if (anchor) {
      anchors.set(anchor, node);
      inProgress.add(node);
    }
    if (isScalar(node)) add(1 + String(node.source ?? node.value ?? '').length, node);
    else if (isMap(node) || isSeq(node)) {
      add(1, node);
      for (const item of node.items) walk(item, depth + 1);
    } else if (isPair(node)) {
      walk(node.key, depth);
      walk(node.value, depth);
    }
    if (anchor) {
      inProgress.delete(node);
      sizes.set(node, total - before);
    }
  };

  try {
    walk(doc.contents, 0);
    return null;
  } catch (error) {
    if (error instanceof Exceeded) return { offset: error.offset, message: error.message };
    throw error;
  }
}
