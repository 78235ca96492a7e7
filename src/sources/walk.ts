import { readdirSync } from 'node:fs';
import path from 'node:path';

/** What a directory listing says an entry is, without a `stat` of its own. */
export type EntryKind = 'file' | 'symlink' | 'other';

export interface WalkEntry {
  /** Relative to the walked root, `/`-separated. */
  rel: string;
  kind: EntryKind;
}

/**
 * Every entry under `root` that is not a folder, sorted by path, without following symbolic links
 * and without entering `.git` folders. Written here rather than taken from a glob library: a glob
 * silently drops names it cannot match (fast-glob drops any name holding a carriage return or a
 * newline, a place to hide a key) and suppresses unreadable folders; here every name is listed and
 * every folder that cannot be read is told to `onError`, so that a miss is never reported as clean.
 */
export function walk(root: string, onError: (rel: string, code: string) => void): WalkEntry[] {
  const out: WalkEntry[] = [];
  const visit = (dir: string, prefix: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(prefix === '' ? '.' : prefix, (e as NodeJS.ErrnoException).code ?? 'error');
      return;
    }
    for (const entry of entries) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') visit(path.join(dir, entry.name), rel);
      } else {
        out.push({ rel, kind: entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'symlink' : 'other' });
      }
    }
  };
  visit(root, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
