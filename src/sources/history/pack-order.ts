import { type GitStream, spawnGit } from '../git.js';
import type { BlobReader } from './blob-reader.js';

/** How a `.gitmodules` file begins (after comments at most): `[submodule "name"]`. */
const SUBMODULE_SECTION = '[submodule "';
/** Bytes at the start of a blob looked at for it. */
const SNIFF_BYTES = 1024;

/**
 * Asks `reader` for every blob the object store holds, in pack order (`git cat-file
 * --batch-all-objects --unordered`, which lists a pack's objects by offset, so that each delta
 * follows its base), and waits until all are read. Blobs come without a path: whether the history
 * has a `.gitmodules` file is decided by content (a blob that declares a submodule) confirmed by
 * the revisions (a commit in scope that touches a `.gitmodules` path), so the walk only runs in
 * repositories that have such a blob. `feed` streams the listing into the reader with back-pressure.
 */
export async function requestStoredBlobs(
  cwd: string,
  revArgs: string[],
  reader: BlobReader,
  feed: (list: GitStream, onLine: (line: string) => boolean) => Promise<number>,
): Promise<{ listed: number; unreadable: string[]; submodules: boolean }> {
  let confirming: Promise<boolean> | undefined;
  reader.onContent = (_blob, head) => {
    if (confirming || !head.subarray(0, SNIFF_BYTES).includes(SUBMODULE_SECTION, 0, 'latin1')) return;
    confirming = touchesGitmodules(cwd, revArgs);
    confirming.catch(() => {}); // awaited below, after the reading
  };
  const list = spawnGit(
    ['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objecttype) %(objectname)'],
    cwd,
  );
  const unreadable: string[] = [];
  const listed = await feed(list, (line) => {
    if (line.startsWith('blob ')) {
      reader.request({ id: line.slice(5), name: '' });
      return true;
    }
    // Trees too, for the names they hold (a file or folder named after a key): a few percent of the bytes.
    if (line.startsWith('tree ')) {
      reader.request({ id: line.slice(5), name: '' });
      return false;
    }
    // `<id> missing`: listed by the object store, yet git cannot read its type (a corrupt object).
    if (line.endsWith(' missing')) unreadable.push(line.slice(0, line.indexOf(' ')));
    return false;
  });
  await reader.finish();
  return { listed, unreadable, submodules: confirming !== undefined && (await confirming) };
}

/** Whether a commit of `revArgs` adds or changes a `.gitmodules` file, at the top or deeper. */
async function touchesGitmodules(cwd: string, revArgs: string[]): Promise<boolean> {
  const revList = spawnGit(['rev-list', '-n', '1', ...revArgs, '--', ':(glob)**/.gitmodules'], cwd);
  let out = '';
  revList.child.stdout.on('data', (b: Buffer) => {
    out += b.toString('latin1');
  });
  await revList.exited;
  return out.trim() !== '';
}
