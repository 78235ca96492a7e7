import type { Finding } from '../core/index.js';

import type { HeadPlace, PlacedFinding } from '../report/github.js';
import type { CiGit } from './git.js';

/** Where a key stands in a text: 1-based line, and 1-based UTF-16 columns as editors and GitHub count them. */
export interface KeyPosition {
  line: number;
  column: number;
  endColumn: number;
}

/** Every place `secret` occurs in `text`. */
export function keyPositions(text: string, secret: string): KeyPosition[] {
  const out: KeyPosition[] = [];
  if (secret === '') return out;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
    for (let nl = text.indexOf('\n', scanned); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    scanned = at;
    out.push({ line, column: at - lineStart + 1, endColumn: at - lineStart + 1 + secret.length });
  }
  return out;
}

/**
 * Finds where each finding's key stands at `head`: findings from history carry the line of the
 * commit that introduced the key, which later commits may have moved, removed or deleted. The key
 * itself (held in `hits`) is searched for in the head version of its file. Without a head (a
 * work-tree scan) each finding is where it was found.
 */
export async function placeFindings(
  findings: readonly Finding[],
  hits: readonly { finding: Finding; secret: string }[],
  git: CiGit | undefined,
  head: string | undefined,
): Promise<PlacedFinding[]> {
  if (!git || !head) {
    return findings.map((finding) => ({
      finding,
      head: { state: 'present', line: finding.line, column: finding.column, endColumn: finding.endColumn },
    }));
  }
  const secrets = new Map(hits.map((h) => [h.finding.fingerprint, h.secret]));
  const tree = await git.treeBlobs(head);
  const ids = [...new Set(findings.map((f) => tree.get(f.file)).filter((id): id is string => id !== undefined))];
  const blobs = await git.readBlobs(ids);
  return findings.map((finding) => {
    const placed = place(finding);
    // What a report says of the key now (the way out, SARIF's location) follows from this.
    finding.atHead = placed.head.state;
    return placed;
  });

  function place(finding: Finding): PlacedFinding {
    if (finding.inPath) {
      return { finding, head: { state: 'present', line: 1, column: 1, endColumn: 1 } };
    }
    // A key in an archive's member: the archive is what HEAD holds or not. Whether the archive at
    // HEAD still holds the key is not read here (it is compressed): a tracked archive counts as present.
    if (finding.archive !== undefined) {
      if (!tree.has(finding.archive)) return { finding, head: { state: 'deleted' } };
      return {
        finding,
        head: { state: 'present', line: finding.line, column: finding.column, endColumn: finding.endColumn },
      };
    }
    const id = tree.get(finding.file);
    const data = id === undefined ? undefined : blobs.get(id);
    if (data === undefined) return { finding, head: { state: 'deleted' } };
    const secret = secrets.get(finding.fingerprint);
    const positions = secret === undefined ? [] : keyPositions(data.toString('utf8'), secret);
    return { finding, head: nearest(positions, finding.line) };
  }
}

/** The occurrence closest to the line the key was introduced at (a key may stand more than once in a file). */
function nearest(positions: KeyPosition[], line: number): HeadPlace {
  let best: KeyPosition | undefined;
  for (const p of positions) if (!best || Math.abs(p.line - line) < Math.abs(best.line - line)) best = p;
  return best ? { state: 'present', ...best } : { state: 'removed' };
}
