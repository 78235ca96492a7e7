import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAR } from '../../src/cli/progress.js';
import { runCli, runDist } from '../support/cli.js';
import { families, makeKey, seeded } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
function repo(options?: { init?: boolean }): TestRepo {
  const r = new TestRepo(options);
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    findings: Record<string, unknown>[];
    stats: Record<string, unknown>;
    notes: { code: string; message: string }[];
  };

describe('skguard scan in a git work tree', () => {
  it('scans tracked and untracked files, honours .gitignore, and reports file:line:column', async () => {
    const r = repo();
    const tracked = makeKey('openai-project-key');
    const untracked = makeKey('anthropic-api-key');
    const ignored = makeKey('openrouter-api-key');
    r.write('.gitignore', 'secret.env\n').write('src/app.ts', `const a = 1;\nconst key = "${tracked}";\n`).commit();
    r.write('notes/todo.md', `use ${untracked}\n`).write('secret.env', `KEY=${ignored}\n`);
    const res = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const report = json(res.stdout);
    expect(report.findings.map((f) => [f.file, f.line, f.column, f.provider])).toEqual([
      ['notes/todo.md', 1, 5, 'anthropic'],
      ['src/app.ts', 2, 14, 'openai'],
    ]);
    expectNoKeyIn([res.stdout, res.stderr], [tracked, untracked, ignored]);
  });

  it('reports paths relative to the repository root when run from a sub-directory, and scans only below PATH', async () => {
    const r = repo();
    r.write('a/key.txt', makeKey('openai-legacy-key')).write('b/key.txt', makeKey('openai-legacy-key')).commit();
    const res = await runCli(['scan', '.', '--format', 'json'], { cwd: r.path('a') });
    expect(json(res.stdout).findings.map((f) => f.file)).toEqual(['a/key.txt']);
  });

  it('scans a file git ignores when it is named explicitly, and warns when a named directory is ignored', async () => {
    const r = repo();
    r.write('.gitignore', 'local/\n')
      .write('local/.env', `K=${makeKey('openai-legacy-key')}\n`)
      .commit();
    const file = await runCli(['scan', 'local/.env', '--format', 'json'], { cwd: r.dir });
    expect(json(file.stdout).findings).toHaveLength(1);
    const dir = await runCli(['scan', 'local', '--format', 'json'], { cwd: r.dir });
    expect(dir.code).toBe(0);
    expect(json(dir.stdout).notes.map((n) => n.code)).toContain('ignored-path');
  });

  it('skips binary files, scans invalid UTF-8 text, streams large files', async () => {
    const r = repo();
    const inBinary = makeKey('openai-legacy-key');
    const inLatin1 = makeKey('openai-legacy-key');
    const inLarge = makeKey('openai-admin-key');
    r.write('image.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x00, 0x01]), Buffer.from(inBinary)]));
    r.write('latin1.txt', Buffer.concat([Buffer.from([0xe9, 0xe8, 0x20]), Buffer.from(`${inLatin1}\n`)]));
    // 40 MB: above the streaming threshold; the key sits on the last line.
    const filler = `${'x'.repeat(99)}\n`.repeat(400_000);
    r.write('big.log', `${filler}key=${inLarge}`);
    const res = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    const report = json(res.stdout);
    expect(report.findings.map((f) => [f.file, f.line])).toEqual([
      ['big.log', 400_001],
      ['latin1.txt', 1],
    ]);
    expect(report.stats).toMatchObject({ skipped: expect.objectContaining({ binary: 1 }) });
  });

  it('does not follow symbolic links out of the root or in a loop, and does not enter submodules', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secret.txt'), makeKey('openai-legacy-key'));
    const sub = repo();
    sub.write('inner.txt', makeKey('openai-legacy-key')).commit();
    const r = repo();
    r.write('readme.md', 'hello\n');
    symlinkSync(path.join(outside, 'secret.txt'), r.path('link-out.txt'));
    mkdirSync(r.path('loop'));
    symlinkSync('..', r.path('loop/up'));
    r.commit();
    r.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    r.commit('add submodule');
    const res = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(json(res.stdout).stats).toMatchObject({ skipped: expect.objectContaining({ symlink: 2, submodule: 1 }) });
  });

  it('handles file names with spaces, unicode and newlines', async () => {
    const r = repo();
    r.write('with space/ünïcødé file.txt', makeKey('openai-legacy-key'))
      .write('new\nline.txt', makeKey('openai-legacy-key'))
      .commit();
    const res = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    expect(
      json(res.stdout)
        .findings.map((f) => f.file)
        .sort(),
    ).toEqual(['new\nline.txt', 'with space/ünïcødé file.txt']);
  });

  it('never changes the repository, the index or the work tree', async () => {
    const r = repo();
    r.write('a.txt', makeKey('openai-legacy-key')).commit();
    r.write('b.txt', 'untracked\n');
    const before = [r.git('status', '--porcelain=v2', '--untracked-files=all'), r.git('ls-files', '-s', '--debug')];
    await runCli(['scan'], { cwd: r.dir });
    expect([r.git('status', '--porcelain=v2', '--untracked-files=all'), r.git('ls-files', '-s', '--debug')]).toEqual(
      before,
    );
  });

  it('works in an empty repository and on a detached HEAD', async () => {
    const empty = repo();
    expect((await runCli(['scan'], { cwd: empty.dir })).code).toBe(0);
    const r = repo();
    r.write('a.txt', makeKey('openai-legacy-key')).commit();
    r.git('checkout', '-q', '--detach');
    expect((await runCli(['scan'], { cwd: r.dir })).code).toBe(1);
  });
});

describe('skguard scan outside git', () => {
  it('scans every file under a plain directory, hidden files included', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, '.env'), `OPENAI_API_KEY=${makeKey('openai-user-key')}\n`);
    writeFileSync(path.join(dir, 'conf', 'app.yaml'), `key: ${makeKey('anthropic-admin-key')}\n`);
    const res = await runCli(['scan', dir, '--format', 'json'], { cwd: tempDir() });
    expect(json(res.stdout).findings.map((f) => f.file)).toEqual(['.env', 'conf/app.yaml']);
  });

  it('finds the same keys without git on the PATH (no native prefilter)', () => {
    // An empty directory as PATH: the bundle runs on process.execPath, and git is nowhere to be found.
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), `x ${makeKey('openrouter-api-key')}\n`);
    writeFileSync(path.join(dir, 'b.css'), '.sk-cube { color: red }\n');
    const res = runDist(['scan', '.', '--format', 'json'], { cwd: dir, env: { PATH: tempDir() } });
    expect(res.code).toBe(1);
    expect(json(res.stdout).findings.map((f) => f.file)).toEqual(['a.txt']);
  });

  it('reads standard input with "-"', async () => {
    const key = makeKey('openai-service-account-key');
    const res = await runCli(['scan', '-', '--format', 'json'], { cwd: tempDir(), stdin: `line\n${key}\n` });
    expect(res.code).toBe(1);
    expect(json(res.stdout).findings).toMatchObject([{ file: '-', line: 2, rule: 'openai-service-account-key' }]);
    expect(json(res.stdout).stats).toMatchObject({ source: 'stdin' });
  });
});

describe('exit codes and errors', () => {
  it('exits 0 when clean, 1 with findings, 2 on usage errors, with one clear line', async () => {
    const dir = tempDir();
    expect((await runCli(['scan', dir], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'k'), makeKey('openai-legacy-key'));
    expect((await runCli(['scan', dir], { cwd: dir })).code).toBe(1);
    for (const args of [['scan', 'no/such/path'], ['nope'], ['scan', '--bogus'], ['scan', '--format', 'xml']]) {
      const res = await runCli(args, { cwd: dir });
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr.trim().split('\n')[0]).toMatch(/error/);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it.each([
    [['--verbose'], /^skguard: error: unknown option '--verbose' before a command/],
    [['staged', 'extra'], /^skguard: error: unexpected argument 'extra' \(run skguard staged --help\)\n$/],
    [['scan', '-o'], /^skguard: error: option --output needs a value/],
    [['hook', 'nope'], /^skguard: error: unknown command 'hook nope'/],
    [['scna'], /^skguard: error: unknown command 'scna': did you mean 'scan'\?/],
    [['hook', 'instal'], /^skguard: error: unknown command 'hook instal': did you mean 'hook install'\?/],
    [['scan', '--formt', 'json'], /^skguard: error: unknown option '--formt': did you mean '--format'\?/],
    [
      ['scan', '--fail-on', 'sometimes'],
      /^skguard: error: --fail-on: unknown value "sometimes"; expected one of any, live\n$/,
    ],
  ])('usage error for %j: exit 2 and one line', async (args, message) => {
    const res = await runCli(args, { cwd: tempDir() });
    expect(res).toMatchObject({ code: 2, stdout: '' });
    expect(res.stderr).toMatch(message);
  });

  it('every command has --help, listing its options', async () => {
    for (const [args, option] of [
      [['scan'], '--baseline <file>'],
      [['staged'], '--verbose'],
      [['history'], '[rev-range...]'],
      [['verify'], '--azure-endpoint <url>'],
      [['doctor'], '--dotenv <file>'],
      [['hook', 'install'], '--force'],
      [['hook', 'run'], '[files...]'],
    ] as const) {
      const res = await runCli([...args, '--help'], { cwd: tempDir() });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain(`Usage: skguard ${args.join(' ')}`);
      expect(res.stdout).toContain(option);
    }
  });

  it('`skguard`, `skguard help [COMMAND]` and `skguard hook [--help]` print usage, exit 0', async () => {
    for (const [args, text] of [
      [[], 'Usage: skguard <command>'],
      [['help'], 'Usage: skguard <command>'],
      [['help', 'scan'], 'Usage: skguard scan [options]'],
      [['help', 'hook', 'install'], 'Usage: skguard hook install'],
      [['hook'], 'Usage: skguard hook <command>'],
      [['hook', '--help'], 'hook install [options]'],
    ] as const) {
      const res = await runCli([...args], { cwd: tempDir() });
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toContain(text);
    }
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], { cwd: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/scan \[options\] \[paths\.\.\.\]/);
    expect(help.stdout).toMatch(/staged/);
    const version = await runCli(['--version'], { cwd: tempDir() });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('the bundled CLI sets the process exit code and prints no stack trace', () => {
    const dir = tempDir();
    expect(runDist(['scan', 'missing'], { cwd: dir })).toMatchObject({ code: 2, stdout: '' });
    expect(runDist(['scan', 'missing'], { cwd: dir }).stderr).toBe('skguard: error: path not found: missing\n');
  });
});

describe('text output', () => {
  it('groups by file, shows provider, rule, redacted key, fingerprint and what to do, without colour off a TTY', async () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    writeFileSync(path.join(dir, 'config.py'), `\nOPENAI_API_KEY = "${key}"\n`);
    const res = await runCli(['scan', dir], { cwd: dir });
    expect(res.stdout).toContain('config.py:2:19');
    expect(res.stdout).toMatch(/openai openai-project-key/);
    expect(res.stdout).toContain(`sk-proj-${key.slice(8, 12)}…${key.slice(-4)}`);
    expect(res.stdout).toMatch(/fingerprint [0-9a-f]{24}/);
    expect(res.stdout).toMatch(/Rotate/);
    expect(res.stdout).toMatch(/scanned 1 file/);
    expect(res.stdout).not.toContain('\u001b[');
    expectNoKeyIn([res.stdout, res.stderr], [key]);
  });

  it('uses colour on a terminal only, and never with NO_COLOR or --no-color', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'k'), makeKey('openai-legacy-key'));
    const forced = await runCli(['scan', dir], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    expect((await runCli(['scan', dir], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
    expect((await runCli(['scan', dir, '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('--quiet prints findings only, and nothing when clean; --output writes the report to a file', async () => {
    const dir = tempDir();
    expect((await runCli(['scan', dir, '--quiet'], { cwd: dir })).stdout).toBe('');
    writeFileSync(path.join(dir, 'k'), makeKey('openai-legacy-key'));
    const quiet = await runCli(['scan', dir, '-q'], { cwd: dir });
    expect(quiet.stdout).toContain('k:1:1');
    expect(quiet.stdout).not.toMatch(/scanned/);
    const out = path.join(tempDir(), 'report.json');
    const res = await runCli(['scan', dir, '--format', 'json', '--output', out], { cwd: dir });
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/1 finding .* report written to/);
    expect(JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')).findings).toHaveLength(1);
  });
});

describe('JSON report', () => {
  it('has version, tool, findings with the documented fields, stats and notes', async () => {
    const dir = tempDir();
    const random = seeded(4);
    writeFileSync(path.join(dir, 'a.env'), `A=${families['openai-proj-74']!.make(random)}\n`);
    const res = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(res.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: 'skguard' } });
    expect(Object.keys(report.findings[0]).sort()).toEqual(
      [
        'column',
        'description',
        'endColumn',
        'file',
        'fingerprint',
        'line',
        'provider',
        'redacted',
        'rotateUrl',
        'rule',
      ].sort(),
    );
    expect(report.stats).toMatchObject({
      source: 'files',
      files: 1,
      bytes: expect.any(Number),
      durationMs: expect.any(Number),
    });
  });
});

describe('progress', () => {
  it('shows progress on a terminal stderr for a long scan and erases it before the report', async () => {
    const dir = tempDir();
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `f${i}.txt`), 'T3BlbkFJ filler\n');
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    const { Readable } = await import('node:stream');
    const code = await main(['scan', dir, '--format', 'json'], {
      cwd: dir,
      env: {},
      stdin: Readable.from([]),
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
      progressDelayMs: 0,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/read \d+ of 300 files/);
    // Erased before the closing line that a JSON report on stdout leaves for people on stderr.
    expect(stderr).toContain(`${CLEAR}skguard: no keys found · scanned 300 files`);
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'T3BlbkFJ\n');
    expect((await runCli(['scan', dir], { cwd: dir })).stderr).toBe('');
  });
});

describe('without git', () => {
  // An empty directory as PATH: the bundle runs on process.execPath, and git is nowhere to be found.
  const noGit = { PATH: tempDir() };
  it('scan reads a work tree as a plain directory and says so', () => {
    const r = new TestRepo();
    r.write('a.txt', makeKey('openai-legacy-key')).commit();
    const res = runDist(['scan', '.', '--format', 'json'], { cwd: r.dir, env: noGit });
    expect(res.code).toBe(1);
    expect(json(res.stdout).notes.map((n) => n.code)).toContain('git-missing');
    r.dispose();
  });

  it('staged is an error that names git (exit 2)', () => {
    const res = runDist(['staged'], { cwd: tempDir(), env: noGit });
    expect(res).toMatchObject({
      code: 2,
      stderr: 'skguard: error: git was not found on the PATH: skguard staged reads the index through git\n',
    });
  });
});

describe('UTF-16 text', () => {
  it('finds keys in UTF-16 files with a byte-order mark (little and big endian), at the right line and column', async () => {
    const dir = tempDir();
    const le = makeKey('openai-project-key');
    const be = makeKey('anthropic-api-key');
    const text = (key: string) => `# written by Notepad\r\nOPENAI_API_KEY=${key}\r\n`;
    writeFileSync(
      path.join(dir, 'le.env'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(le), 'utf16le')]),
    );
    writeFileSync(
      path.join(dir, 'be.env'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text(be), 'utf16le').swap16()]),
    );
    const res = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
    expect(json(res.stdout).findings.map((f) => [f.file, f.line, f.column, f.provider])).toEqual([
      ['be.env', 2, 16, 'anthropic'],
      ['le.env', 2, 16, 'openai'],
    ]);
  });

  it('in a work tree (through the file prefilter) and in history', async () => {
    const r = repo();
    const key = makeKey('openai-admin-key');
    r.write('notes.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`a\nK=${key}\n`, 'utf16le')])).commit();
    const tree = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    expect(json(tree.stdout).findings.map((f) => [f.file, f.line])).toEqual([['notes.txt', 2]]);
    const history = await runCli(['history', '--format', 'json'], { cwd: r.dir });
    expect(json(history.stdout).findings.map((f) => [f.file, f.line])).toEqual([['notes.txt', 2]]);
  });
});

describe('reading many files through one buffer', () => {
  it('finds keys in files of every size around the buffer size, and never in stale bytes of an earlier file', async () => {
    const dir = tempDir();
    const keys = [makeKey('openai-legacy-key'), makeKey('openai-legacy-key'), makeKey('openai-legacy-key')];
    const filler = (n: number) => `${'x'.repeat(n - 1)}\n`;
    // a-: 2 MB with the key at its start; b-: exactly 1 MiB; c-: short, read after the others.
    writeFileSync(path.join(dir, 'a-big.txt'), `${keys[0]}\n${filler(2 * 1024 * 1024)}`);
    const exact = `${keys[1]}\n`;
    writeFileSync(path.join(dir, 'b-exact.txt'), exact + filler(1024 * 1024 - exact.length));
    writeFileSync(path.join(dir, 'c-small.txt'), 'T3BlbkFJ, read but no key\n'); // a prefilter candidate
    writeFileSync(path.join(dir, 'd-small.txt'), `k=${keys[2]}\n`);
    const res = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
    expect(json(res.stdout).findings.map((f) => [f.file, f.line])).toEqual([
      ['a-big.txt', 1],
      ['b-exact.txt', 1],
      ['d-small.txt', 1],
    ]);
  });
});
