import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BlobSink, ChunkSink, Origin } from './types.js';

/**
 * Git LFS. A file tracked with LFS is committed as a small pointer (`version https://git-lfs…`,
 * `oid sha256:…`, `size …`); its content lives in `.git/lfs/objects`. Scanning the pointer alone
 * passes a key that then goes to the LFS server: so the content is read when this clone has it,
 * and when it does not, the file is counted as not read and said in a warning — never clean.
 */

const POINTER_MAX = 1024;
/** How every LFS pointer starts: what a native prefilter looks for to read pointers too. */
export const LFS_POINTER_START = 'version https://git-lfs.github.com/spec/v1';
const POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[a-z0-9-]+ [^\n]*\n)*?oid sha256:([0-9a-f]{64})\n/;
const CHUNK = 8 * 1024 * 1024;

/** The LFS object id a blob points at, when the blob is an LFS pointer. */
function lfsPointer(data: Buffer): string | undefined {
  if (data.length > POINTER_MAX || data.length < 40 || data[0] !== 0x76 /* v */) return undefined;
  return POINTER.exec(data.toString('latin1'))?.[1];
}

/**
 * A sink that replaces LFS pointers by the content they point at. `top` is the work tree (or bare
 * repository) whose `.git` holds `lfs/objects`; the folder is found from the files alone, and only
 * when a pointer is met (the hook's start-up pays nothing).
 */
export function lfsAware(sink: BlobSink, top: string): BlobSink {
  let store: string | null | undefined;
  const objects = () => {
    if (store === undefined) store = lfsStore(top);
    return store;
  };
  return {
    whole(origin, data) {
      const oid = lfsPointer(data);
      if (oid === undefined) return sink.whole(origin, data);
      const dir = objects();
      const file = dir === null ? undefined : path.join(dir, oid.slice(0, 2), oid.slice(2, 4), oid);
      if (file === undefined || !existsSync(file)) {
        sink.skipped(
          'unreadable',
          origin.path || `blob ${origin.blob ?? oid}`,
          'a Git LFS file whose content is not in this clone (run git lfs fetch, then scan again)',
        );
        return;
      }
      // The pointer's lines say nothing about the content's: the content is scanned whole.
      const whole: Origin = { path: origin.path, ...(origin.blob ? { blob: origin.blob } : {}) };
      return pushFile(file, whole, sink);
    },
    open: (origin) => sink.open(origin),
    cleared: (p, bytes) => sink.cleared(p, bytes),
    skipped: (reason, p, why) => sink.skipped(reason, p, why),
    note: (n) => sink.note(n),
    named: (p) => sink.named(p),
  };
}

function pushFile(file: string, origin: Origin, sink: BlobSink): void | Promise<void> {
  if (statSync(file).size <= CHUNK) return sink.whole(origin, readFileSync(file));
  const chunks: ChunkSink = sink.open(origin);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
      chunks.push(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  chunks.end();
}

/**
 * `<git common dir>/lfs/objects`, found from the folders: `.git` is a folder, or a file naming the
 * git dir (a linked worktree, a submodule), whose `commondir` names the shared one. Null when there
 * is none (git-lfs keeps objects there unless `lfs.storage` moves them).
 */
function lfsStore(top: string): string | null {
  let gitDir = path.join(top, '.git');
  try {
    if (!existsSync(gitDir)) {
      // A bare repository: `top` is the git dir itself.
      gitDir = top;
    } else if (statSync(gitDir).isFile()) {
      const named = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'))?.[1]?.trim();
      if (!named) return null;
      gitDir = path.resolve(top, named);
    }
    const common = path.join(gitDir, 'commondir');
    if (existsSync(common)) gitDir = path.resolve(gitDir, readFileSync(common, 'utf8').trim());
    return path.join(gitDir, 'lfs', 'objects');
  } catch {
    return null;
  }
}
