import { Id } from '../schema';
import { InvalidPathError } from './store';

const TOP_LEVEL = new Set(['segments.yaml', 'municipalities.yaml', 'emergency.yaml']);
const ENTITY = /^(?:services|paths)\/([^/]*)\.yaml$/;
/** Red-flag concepts and situations: redflags/<name>.yaml, the name as long as an id at most. */
const RED_FLAGS = /^redflags\/(?=[^/]{1,80}\.yaml$)[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

/**
 * Accepts only the knowledge base's own file names. Checking the whole name
 * against a pattern (rather than normalising and comparing prefixes) means no
 * `..`, absolute path, backslash or odd encoding can ever reach the file system.
 */
export function assertContentPath(path: string): string {
  if (TOP_LEVEL.has(path) || RED_FLAGS.test(path)) return path;
  // The id part is checked by the schema's own Id, so a file name is never longer or odder than an id.
  const id = ENTITY.exec(path)?.[1];
  const valid = id === undefined ? null : Id.safeParse(id);
  if (valid?.success) return path;
  const shown = path.length > 80 ? `${path.slice(0, 80)}…` : path;
  throw new InvalidPathError(
    valid
      ? `'${shown}' is not a knowledge file: the id ${valid.error.issues[0]?.message}`
      : `'${shown}' is not a knowledge file: expected services/<id>.yaml, paths/<id>.yaml, redflags/<name>.yaml, segments.yaml, municipalities.yaml or emergency.yaml`,
  );
}

/** The content path of a service or referral path id. */
export function entityPath(kind: 'service' | 'path', id: string): string {
  return assertContentPath(`${kind === 'service' ? 'services' : 'paths'}/${id}.yaml`);
}
