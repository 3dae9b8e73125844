import { InvalidPathError } from './store';

const TOP_LEVEL = new Set(['segments.yaml', 'municipalities.yaml', 'emergency.yaml']);
const ENTITY = /^(services|paths)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*|SOTE-\d{4})\.yaml$/;
/** Red-flag concepts and situations: redflags/<name>.yaml. */
const RED_FLAGS = /^redflags\/[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

/**
 * Accepts only the knowledge base's own file names. Checking the whole name
 * against a pattern (rather than normalising and comparing prefixes) means no
 * `..`, absolute path, backslash or odd encoding can ever reach the file system.
 */
export function assertContentPath(path: string): string {
  if (TOP_LEVEL.has(path) || ENTITY.test(path) || RED_FLAGS.test(path)) return path;
  throw new InvalidPathError(
    `'${path.slice(0, 80)}' is not a knowledge file: expected services/<id>.yaml, paths/<id>.yaml, redflags/<name>.yaml, segments.yaml, municipalities.yaml or emergency.yaml`,
  );
}

/** The content path of a service or referral path id. */
export function entityPath(kind: 'service' | 'path', id: string): string {
  return assertContentPath(`${kind === 'service' ? 'services' : 'paths'}/${id}.yaml`);
}
