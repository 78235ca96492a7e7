/** Which contents are archives, told from their first bytes (never from a name: a name can lie). */

export type ArchiveKind = 'zip' | 'gzip' | 'tar';

/** Bytes of a content's start that tell whether it is an archive (a tar's magic sits at 257). */
export const ARCHIVE_SNIFF_BYTES = 265;

/** The archive format a content's first bytes announce, if any. */
export function archiveKind(head: Buffer): ArchiveKind | undefined {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b) {
    // Local file header, or the end record of an empty archive.
    if ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6)) return 'zip';
  }
  if (head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8) return 'gzip';
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
  return undefined;
}
