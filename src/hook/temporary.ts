import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a program runs from when a package runner fetched it for one run: a plain git hook that
 * records such a path stops working when the runner's cache is cleaned, with no warning. npx keeps
 * its packages in `<npm cache>/_npx/<hash>/`, pnpm dlx in `<cache>/pnpm/dlx/`, and yarn dlx and
 * bunx in the OS temporary folder (`xfs-…/dlx-…`, `bunx-…`).
 */
export function temporaryPlace(file: string, tmpdir: string): string | undefined {
  const real = realOrSame(file);
  const parts = real.split(/[\\/]+/);
  if (parts.includes('_npx')) return "npx's cache";
  if (parts.some((p, i) => p === 'dlx' && parts[i - 1] === 'pnpm')) return "pnpm dlx's cache";
  for (const dir of new Set([tmpdir, realOrSame(tmpdir)])) {
    // A TMPDIR set to the root would hold every path: it says nothing then.
    if (dir === '' || path.parse(dir).root === dir) continue;
    const rel = path.relative(dir, real);
    if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      return `the temporary folder ${dir}`;
    }
  }
  return undefined;
}

/**
 * The OS temporary folder as Node's `os.tmpdir()` finds it, from a given environment (the CLI's,
 * which tests set), not the process's.
 */
export function tmpdirOf(env: Record<string, string | undefined>): string {
  const dir =
    process.platform === 'win32'
      ? env.TEMP || env.TMP || path.join(env.SystemRoot || env.windir || 'C:\\Windows', 'temp')
      : env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return dir.length > 1 && /[\\/]$/.test(dir) ? dir.slice(0, -1) : dir;
}

function realOrSame(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
