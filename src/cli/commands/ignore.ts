import { SkguardError } from '../../core/errors.js';
import { defineCommand, EXIT_CLEAN } from '../command.js';

/** `skguard ignore`'s settings. */
export interface IgnoreSettings {
  fingerprints: string[];
  reason: string;
  expires: string | undefined;
}

const FINGERPRINT = /^[0-9a-f]{24}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `skguard ignore FINGERPRINT... --reason TEXT [--expires YYYY-MM-DD]`: acknowledges keys in
 * `.skguardignore`, with the reason, who (git `user.email`), when, and an optional last day. The
 * file is committed like any other, so a reviewer sees every acknowledgement; an entry that has
 * expired suppresses nothing.
 */
export const ignoreCommand = defineCommand<IgnoreSettings>({
  spec: {
    words: ['ignore'],
    description: 'acknowledge keys by fingerprint in .skguardignore, with a reason (and an end): e.g. a rotated key',
    args: { name: 'fingerprints', description: 'fingerprints as every finding prints them (24 hex characters)' },
    options: [
      { name: 'reason', value: '<text>', description: 'why (required): "rotated on 2026-11-29", "test fixture"…' },
      { name: 'expires', value: '<YYYY-MM-DD>', description: 'the last day the entry suppresses the key' },
    ],
  },
  settings: ({ args, options }) => {
    if (args.length === 0) throw new SkguardError('ignore: name the fingerprints to acknowledge', 'usage');
    const bad = args.find((a) => !FINGERPRINT.test(a));
    if (bad !== undefined) {
      throw new SkguardError(
        `ignore: "${bad.slice(0, 40)}" is not a fingerprint (24 hex characters, as printed with each finding)`,
        'usage',
      );
    }
    const reason = typeof options.reason === 'string' ? options.reason.replace(/\s+/g, ' ').trim() : '';
    if (reason === '') {
      throw new SkguardError(
        'ignore: --reason is required: say why the key may stay (rotated, a test fixture…)',
        'usage',
      );
    }
    const expires = typeof options.expires === 'string' ? options.expires : undefined;
    if (expires !== undefined) {
      const day = new Date(`${expires}T00:00:00Z`);
      if (!DATE.test(expires) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== expires) {
        throw new SkguardError(`--expires: "${expires.slice(0, 20)}" is not a date (YYYY-MM-DD)`, 'usage');
      }
      if (expires < new Date().toISOString().slice(0, 10)) {
        throw new SkguardError(`--expires: ${expires} is already past: the entry would suppress nothing`, 'usage');
      }
    }
    return { fingerprints: [...new Set(args)], reason, expires };
  },
  async run(s, io) {
    // Loaded on demand: no other command pays for it.
    const { recordIgnores } = await import('../../pipeline/ignore-file.js');
    const result = await recordIgnores(io.cwd, s);
    for (const line of result.lines) io.stdout.write(`skguard: ${result.file}: ${line}\n`);
    io.stdout.write(`skguard: commit ${result.file}: reviewers see each entry, with its reason\n`);
    return EXIT_CLEAN;
  },
});
