import type { Note } from '../report/types.js';
import { type FileListing, readFiles, type ScanRoot } from '../sources/files.js';
import { type Hit, scanContents, type Tally } from './scan-contents.js';
import type { ScanSession } from './session.js';

/**
 * Reads a file listing through the scanner: what cannot be read becomes a note (and a count in
 * `listing.skipped`), and files the `git grep` prefilter cleared count as scanned, since git
 * searched them without skguard reading them.
 */
export async function scanListing(
  session: ScanSession,
  listing: FileListing,
  tally: Tally,
  onContent?: (tally: Tally) => void,
): Promise<Hit[]> {
  for (const rel of listing.unreadable) session.notes.push(unreadable(rel));
  const contents = readFiles(listing.files, (rel, error) => {
    listing.skipped.unreadable++;
    session.notes.push(unreadable(rel, (error as NodeJS.ErrnoException).code ?? error.message));
  });
  const hits = await scanContents(contents, session.scanner, tally, onContent);
  for (const f of listing.files) {
    if (!f.candidate) {
      tally.files++;
      tally.bytes += f.size;
    }
  }
  return hits;
}

/** What a user should know about how a PATH was read: git missing, or the PATH ignored by git. */
export function rootNotes(root: ScanRoot, listing: FileListing): Note[] {
  const notes: Note[] = [];
  if (root.gitMissing) {
    notes.push({
      level: 'warning',
      code: 'git-missing',
      message: 'git was not found on the PATH: scanned every file as a plain directory (.gitignore not honoured)',
    });
  }
  if (listing.ignoredRoot) {
    notes.push({
      level: 'warning',
      code: 'ignored-path',
      message: `${listing.ignoredRoot} is ignored by git (.gitignore), so nothing under it was scanned; name a file in it to scan that file`,
    });
  }
  return notes;
}

function unreadable(rel: string, why?: string): Note {
  return { level: 'warning', code: 'unreadable-file', message: `could not read ${rel}${why ? `: ${why}` : ''}` };
}
