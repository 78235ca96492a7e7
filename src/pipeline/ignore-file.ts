import path from 'node:path';
import { IGNORE_LIMIT, readSettingsFile } from '../config/read.js';
import { formatIgnoreEntry, type IgnoreEntry, parseIgnoreFile } from '../core/suppress.js';
import { writeReport } from '../report/output.js';
import { findWorkTree, git } from '../sources/git.js';
import { IGNORE_FILE } from './suppressions.js';

/**
 * Records acknowledgements in `.skguardignore` at the repository's top (or the current folder
 * outside git): each fingerprint's line is replaced if it is there, added at the end otherwise.
 * Written whole (never through a link), like a report.
 */
export async function recordIgnores(
  cwd: string,
  what: { fingerprints: string[]; reason: string; expires: string | undefined },
  today = new Date().toISOString().slice(0, 10),
): Promise<{ file: string; lines: string[] }> {
  const top = (await findWorkTree(cwd).catch(() => undefined)) ?? cwd;
  const file = path.join(top, IGNORE_FILE);
  const text = readSettingsFile(file, { label: IGNORE_FILE, limit: IGNORE_LIMIT, followLinks: false }) ?? '';
  const email = await git(['config', '--get', 'user.email'], top, { ok: [0, 1, 128] }).catch(() => undefined);
  const by = email?.code === 0 ? email.stdout.toString('utf8').trim() || undefined : undefined;
  const lines = text === '' ? [] : text.replace(/\r?\n$/, '').split(/\r?\n/);
  const existing = new Map(parseIgnoreFile(text).entries.map((e) => [e.fingerprint, e]));
  const said: string[] = [];
  for (const fingerprint of what.fingerprints) {
    const entry: Omit<IgnoreEntry, 'line'> = {
      fingerprint,
      added: today,
      ...(by ? { by } : {}),
      ...(what.expires ? { expires: what.expires } : {}),
      reason: what.reason,
    };
    const line = formatIgnoreEntry(entry);
    const old = existing.get(fingerprint);
    if (old) lines[old.line - 1] = line;
    else lines.push(line);
    said.push(
      `${old ? 'updated' : 'added'} ${fingerprint}${what.expires ? ` until ${what.expires}` : ''}: ${what.reason}`,
    );
  }
  if (text === '') {
    lines.unshift(
      '# skguard: keys acknowledged by fingerprint (skguard ignore FINGERPRINT --reason TEXT [--expires YYYY-MM-DD]).',
      '# An entry past its expires= day suppresses nothing; a key its provider says is live is reported anyway.',
    );
  }
  writeReport(IGNORE_FILE, `${lines.join('\n')}\n`, { label: IGNORE_FILE, base: top });
  return { file: path.relative(cwd, file) || IGNORE_FILE, lines: said };
}
