/**
 * Watches a knowledge directory for any change made outside the editor: a
 * text editor's save, `sed -i`, `git pull`, a folder swapped in by a deploy.
 *
 * Directories are watched, never files: editors and `sed -i` replace a file by
 * renaming a new one over it, and a watch on the old file (its inode) then
 * hears nothing more. A directory's watch reports every entry created,
 * renamed, deleted or written inside it. After each burst of events the
 * folders are rescanned, so a new or replaced folder is watched again too.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** The layout's folders, watched with all their subfolders; the top level is watched on its own. */
const ENTITY_FOLDERS = ['services', 'paths'];

export interface DirectoryWatch {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs: one call per editor save, not three. */
  debounceMs?: number;
  /** File names whose events are ignored (e.g. our own atomic-write temp files). */
  ignore?: (name: string) => boolean;
}

function inode(dir: string): number | null {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? info.ino : null;
  } catch {
    return null;
  }
}

/** The folders to watch right now: the root, services/ and paths/ with their subfolders. */
function foldersOf(root: string): string[] {
  const folders = [root];
  for (const name of ENTITY_FOLDERS) {
    const top = path.join(root, name);
    if (inode(top) === null) continue;
    folders.push(top);
    try {
      for (const entry of readdirSync(top, { recursive: true, withFileTypes: true }))
        if (entry.isDirectory()) folders.push(path.join(entry.parentPath, entry.name));
    } catch {
      // Vanished between the two calls; the event that removed it triggers another scan.
    }
  }
  return folders;
}

/**
 * Calls `onChange` (debounced, never two at once) after anything under `root`
 * changes. `onChange` may be async; events during a run cause one more run after it.
 */
export function watchDirectory(
  root: string,
  onChange: () => unknown,
  { debounceMs = 200, ignore = () => false }: WatchOptions = {},
): DirectoryWatch {
  const watched = new Map<string, { watcher: FSWatcher; ino: number }>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;

  const unwatch = (dir: string) => {
    watched.get(dir)?.watcher.close();
    watched.delete(dir);
  };

  // Watch each current folder once; a folder replaced by a new one (a new inode) is watched afresh.
  const rescan = () => {
    const folders = new Set(foldersOf(root));
    for (const dir of watched.keys()) if (!folders.has(dir)) unwatch(dir);
    for (const dir of folders) {
      const ino = inode(dir);
      const current = watched.get(dir);
      if (ino === null) {
        unwatch(dir);
        continue;
      }
      if (current?.ino === ino) continue;
      unwatch(dir);
      try {
        const watcher = watch(dir, (_event, name) => {
          if (name && ignore(name.toString())) return;
          schedule();
        });
        // A watched folder that is deleted reports an error on some systems: rescan instead of crashing.
        watcher.on('error', () => {
          unwatch(dir);
          schedule();
        });
        watched.set(dir, { watcher, ino });
      } catch {
        // Gone since the scan; the next event rescans.
      }
    }
  };

  const run = async () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      rescan();
      await onChange();
    } catch {
      // onChange reports its own failures; the watch must outlive them.
    } finally {
      running = false;
      if (again && !closed) {
        again = false;
        schedule();
      }
    }
  };

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  }

  rescan();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const dir of [...watched.keys()]) unwatch(dir);
    },
  };
}
