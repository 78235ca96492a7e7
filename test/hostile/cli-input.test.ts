import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIST_CLI, runCli, runDist } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { gitEnv, TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
const newRepo = () => {
  const r = new TestRepo();
  repos.push(r);
  return r;
};

/** Runs a shell command line as a user types it (globs expanded by the shell). */
function shell(line: string, cwd: string) {
  const r = spawnSync('sh', ['-c', line], {
    cwd,
    env: { ...process.env, ...gitEnv, NO_COLOR: '1', SKGUARD: `${process.execPath} ${DIST_CLI}` },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('a file name never becomes an option', () => {
  it('`skguard scan *` with a file named --output=README.md refuses instead of overwriting README.md', () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    writeFileSync(path.join(dir, 'README.md'), '# keep me\n');
    writeFileSync(path.join(dir, '--output=README.md'), `k=${key}\n`);
    writeFileSync(path.join(dir, 'app.env'), `OPENAI_API_KEY=${key}\n`);
    const r = shell('$SKGUARD scan *', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'--output=README.md' names a file here");
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# keep me\n');
    expectNoKeyIn([r.stdout, r.stderr], [key]);
  });

  it('after --, such names are files: `skguard scan -- *` scans them', () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    writeFileSync(path.join(dir, '--verify'), `k=${key}\n`);
    const r = shell('$SKGUARD scan -- *', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--verify:1');
  });

  it('an option that names no file is still an option', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'nothing\n');
    const r = await runCli(['scan', '--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });
});

describe('a repository cannot make git run its programs', () => {
  /**
   * A repository whose own config names programs, as a downloaded or cloned-with-config repository
   * can: each writes a marker file when run.
   */
  function trapped(): { repo: TestRepo; marker: string } {
    const repo = newRepo();
    const marker = path.join(repo.dir, '..', `${path.basename(repo.dir)}-pwned`);
    const script = path.join(tempDir(), 'evil.sh');
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`);
    chmodSync(script, 0o755);
    const key = makeKey('openai-project-key');
    repo.write('app.env', `OPENAI_API_KEY=${key}\n`).write('.gitattributes', '* diff=evil filter=evil\n');
    repo.commit('init');
    // Staged and untracked changes first (git add would run the filter), then the trap.
    repo.write('app.env', `OPENAI_API_KEY=${key}\nMORE=1\n`).write('new.txt', `${key}\n`);
    repo.git('add', 'app.env');
    for (const [name, value] of [
      ['core.fsmonitor', script],
      ['core.pager', script],
      ['diff.external', script],
      ['diff.evil.textconv', script],
      ['diff.evil.command', script],
      ['filter.evil.clean', script],
      ['filter.evil.smudge', script],
      ['log.showSignature', 'true'],
      ['gpg.program', script],
      ['core.hooksPath', path.dirname(script)],
    ] as const) {
      repo.git('config', name, value);
    }
    return { repo, marker };
  }

  it.each([
    ['scan', ['scan', '.']],
    ['staged', ['staged']],
    ['history', ['history']],
    ['hook run', ['hook', 'run', '--', 'app.env', 'new.txt']],
  ])('%s runs none of them', (_name, args) => {
    const { repo, marker } = trapped();
    const r = runDist(args, { cwd: repo.dir });
    expect([0, 1]).toContain(r.code);
    expect(existsSync(marker), existsSync(marker) ? readFileSync(marker, 'utf8') : '').toBe(false);
  });
});

describe('nothing is written through a link', () => {
  it('--output refuses a symbolic link committed in the repository and leaves its target alone', () => {
    const repo = newRepo();
    const outside = path.join(tempDir(), 'victim.txt');
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, path.join(repo.dir, 'report.json'));
    const r = runDist(['scan', '.', '--format', 'json', '--output', 'report.json'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.json is a symbolic link');
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
  });

  it('--output refuses a path through a linked folder, and a .git folder', () => {
    const repo = newRepo();
    const outsideDir = tempDir();
    symlinkSync(outsideDir, path.join(repo.dir, 'out'));
    const viaLink = runDist(['scan', '.', '-o', 'out/r.json'], { cwd: repo.dir });
    expect(viaLink.code).toBe(2);
    expect(existsSync(path.join(outsideDir, 'r.json'))).toBe(false);
    const intoGit = runDist(['scan', '.', '-o', '.git/hooks/pre-commit'], { cwd: repo.dir });
    expect(intoGit.code).toBe(2);
    expect(intoGit.stderr).toContain('.git folder');
    expect(existsSync(path.join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);
  });

  it('--output into a missing folder says which folder', () => {
    const dir = tempDir();
    const r = runDist(['scan', '.', '-o', 'nope/r.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder nope does not exist');
  });

  it('--output replaces an existing report whole (written beside it, then renamed)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'r.json'), 'old');
    const r = runDist(['scan', '.', '--format', 'json', '-o', 'r.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).findings).toEqual([]);
    expect(spawnSync('ls', ['-a', dir], { encoding: 'utf8' }).stdout).not.toMatch(/\.tmp/);
  });
});

describe('input cannot speak for skguard on a terminal', () => {
  it('control characters in file names are shown escaped, never obeyed', () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    const name = 'evil\u001b[2K\rclean.txt';
    writeFileSync(path.join(dir, name), `k=${key}\n`);
    const r = runDist(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\r');
    expect(r.stdout).toContain('evil\\x1b[2K\\x0dclean.txt');
  });
});

describe('a key is never printed whole, wherever it comes from', () => {
  it('a key in a file name, a folder name or an argument is redacted in every output', () => {
    const dir = tempDir();
    const inName = makeKey('openai-project-key');
    const inArg = makeKey('anthropic-api-key');
    writeFileSync(path.join(dir, `${inName}.txt`), 'nothing here\n');
    for (const format of ['text', 'json', 'sarif']) {
      const r = runDist(['scan', '.', '--format', format], { cwd: dir });
      expectNoKeyIn([r.stdout, r.stderr], [inName]);
    }
    const missing = runDist(['scan', inArg], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('path not found: sk-ant-api03-');
    expectNoKeyIn([missing.stdout, missing.stderr], [inArg]);
  });
});

describe('a miss is never reported as clean', () => {
  it('a file whose name holds a newline or a carriage return is scanned, not dropped', () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    writeFileSync(path.join(dir, 'a\nb.env'), `k=${key}\n`);
    writeFileSync(path.join(dir, 'c\rd.env'), `k=${key}\n`);
    const r = runDist(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['a\nb.env', 'c\rd.env']);
  });

  it('a folder that cannot be read is a warning in every format, and the verdict is not "clean"', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'ok.txt'), 'nothing\n');
    const locked = path.join(dir, 'locked');
    spawnSync('mkdir', [locked]);
    writeFileSync(path.join(locked, 'secret.env'), `k=${makeKey('openai-project-key')}\n`);
    chmodSync(locked, 0o700);
    // As another user (the attack needs no root: the scan simply cannot enter the folder).
    const asNobody = (format: string) =>
      spawnSync(
        'setpriv',
        [
          '--reuid=nobody',
          '--regid=nogroup',
          '--clear-groups',
          process.execPath,
          DIST_CLI,
          'scan',
          '.',
          '--format',
          format,
        ],
        {
          cwd: dir,
          env: { ...process.env, ...gitEnv, NO_COLOR: '1', HOME: '/' },
          encoding: 'utf8',
        },
      );
    const text = asNobody('text');
    expect(text.status).toBe(0);
    expect(text.stdout, text.stdout + text.stderr).toContain('warning: could not read locked/');
    expect(text.stdout).toContain('no keys found in what could be read (1 not read: see the warnings)');
    expect(text.stdout).not.toMatch(/^no keys found ·/m);
    const json = JSON.parse(asNobody('json').stdout);
    expect(json.stats.skipped.unreadable).toBe(1);
    expect(json.notes.map((n: { code: string }) => n.code)).toContain('unreadable-file');
    const sarif = JSON.parse(asNobody('sarif').stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].descriptor.id).toBe('unreadable-file');
  });

  it('a repository nested in the work tree (not a submodule) is a warning, not silently skipped', () => {
    const repo = newRepo();
    repo.write('README.md', 'x\n').commit();
    mkdirSync(path.join(repo.dir, 'vendor/lib'), { recursive: true });
    const nested = new TestRepo({ dir: path.join(repo.dir, 'vendor/lib') });
    nested.write('leak.env', `k=${makeKey('openai-project-key')}\n`).commit();
    const r = runDist(['scan', '.'], { cwd: repo.dir });
    expect(r.stdout).toContain('vendor/lib/ is a git repository inside this one');
    const inside = runDist(['scan', 'vendor/lib'], { cwd: repo.dir });
    expect(inside.code).toBe(1);
  });
});

describe('settings files in a repository are regular files of bounded size', () => {
  it.each(['.skguard.json', '.skguardignore'])(
    '%s as a link to /dev/zero is refused at once, in bounded memory',
    (name) => {
      const repo = newRepo();
      symlinkSync('/dev/zero', path.join(repo.dir, name));
      const started = Date.now();
      const r = runDist(['scan', '.'], { cwd: repo.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${name}: is a symbolic link`);
      expect(Date.now() - started).toBeLessThan(20_000);
    },
  );

  it('a FIFO or an oversized .skguard.json is refused, never waited on or read whole', () => {
    const repo = newRepo();
    spawnSync('mkfifo', [path.join(repo.dir, '.skguard.json')]);
    const fifo = runDist(['scan', '.'], { cwd: repo.dir });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('.skguard.json: is not a regular file');
    const big = newRepo();
    writeFileSync(path.join(big.dir, '.skguard.json'), `{"exclude":[${'"x",'.repeat(600_000)}"y"]}`);
    const r = runDist(['scan', '.'], { cwd: big.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more than the 1048576 a settings file may hold/);
  });

  it('a config that is not JSON is named with a position, never quoted (it may be any file)', () => {
    const dir = tempDir();
    const secret = path.join(tempDir(), 'credentials');
    writeFileSync(secret, 'root-password: hunter2\n');
    const r = runDist(['scan', '.', '--config', secret], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).not.toContain('hunter2');
  });
});

describe('a custom rule cannot hang a scan', () => {
  const rule = (pattern: string) =>
    JSON.stringify({
      rules: [{ id: 'slow-rule', provider: 'acme', description: 'Acme', keywords: ['aaa'], pattern }],
    });

  it.each([
    ['(a+)+b', 'backtrack catastrophically (exponential'],
    ['a{1,30}a{1,30}b', 'backtrack catastrophically (polynomial'],
    ['aaa[a-z]+', 'unbounded length'],
    ['(aaa)\\1', 'backreference'],
  ])('rejects %s naming the rule, before running it', (pattern, why) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.skguard.json'), rule(pattern));
    writeFileSync(path.join(dir, 'input.txt'), `${'a'.repeat(50_000)}\n`);
    const started = Date.now();
    const r = runDist(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules[0].pattern (rule slow-rule)');
    expect(r.stderr).toContain(why);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('accepts a bounded, linear pattern', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, '.skguard.json'),
      JSON.stringify({
        rules: [
          { id: 'acme', provider: 'acme', description: 'Acme', keywords: ['acme_'], pattern: 'acme_[a-z0-9]{32}' },
        ],
      }),
    );
    writeFileSync(path.join(dir, 'a.env'), `K=acme_${'k3y9'.repeat(8)}\n`);
    const r = runDist(['scan', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
  });
});

describe('keys in paths are findings', () => {
  it('a folder named after a key is one finding (redacted), whatever it holds', () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write(`backup/${key}/a.txt`, 'x\n').write(`backup/${key}/b.txt`, 'y\n').write('notes.txt', 'z\n');
    for (const format of ['text', 'json', 'sarif']) {
      const r = runDist(['scan', '.', '--format', format], { cwd: repo.dir });
      expect(r.code).toBe(1);
      expectNoKeyIn([r.stdout, r.stderr], [key]);
    }
    const json = JSON.parse(runDist(['scan', '.', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.findings).toHaveLength(1);
    expect(json.findings[0]).toMatchObject({ inPath: true, rule: 'openai-project-key', line: 1 });
    expect(json.findings[0].file).toMatch(/^backup\/sk-proj-.{4}….{4}$/);
  });

  it('the staged commit and history report a key in a committed file name too', () => {
    const repo = newRepo();
    const key = makeKey('anthropic-api-key');
    repo.write('README.md', 'x\n').commit();
    repo.write(`keys/${key}.pem`, 'not a key\n');
    repo.git('add', '-A');
    const staged = runDist(['staged'], { cwd: repo.dir });
    expect(staged.code).toBe(1);
    expectNoKeyIn([staged.stdout, staged.stderr], [key]);
    repo.commit();
    const history = runDist(['history', '--format', 'json'], { cwd: repo.dir });
    expect(history.code).toBe(1);
    expect(JSON.parse(history.stdout).findings[0].inPath).toBe(true);
  });
});

describe('smaller things the input can do', () => {
  it('`skguard scan . | head -1` exits as the scan says, quietly', () => {
    const dir = tempDir();
    const key = makeKey('openai-project-key');
    for (let i = 0; i < 200; i++) writeFileSync(path.join(dir, `f${i}.env`), `K=${key}\n`);
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${DIST_CLI}" scan . | head -1; echo "exit \${PIPESTATUS[0]}" >&2`],
      {
        cwd: dir,
        env: { ...process.env, ...gitEnv, NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr.trim()).toBe('exit 1');
  });

  it("a repository's diff.suppressBlankEmpty does not shift staged line numbers", () => {
    const repo = newRepo();
    repo.write('a.txt', 'one\n\nthree\n').commit();
    repo.git('config', 'diff.suppressBlankEmpty', 'true');
    const key = makeKey('openai-project-key');
    repo.write('a.txt', `one\n\nthree\n\n\nK=${key}\n`);
    repo.git('add', 'a.txt');
    const r = runDist(['staged', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line)).toEqual([6]);
  });

  it('a repository owned by another user is refused by git: the error names safe.directory', () => {
    const repo = newRepo();
    repo.write('a.txt', 'x\n').commit();
    spawnSync('chown', ['-R', 'nobody', repo.dir]);
    try {
      for (const args of [['staged'], ['history'], ['scan', '.']]) {
        const r = runDist(args, { cwd: repo.dir });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain('safe.directory');
        expect(r.stderr).not.toContain("unknown option `cached'");
      }
    } finally {
      spawnSync('chown', ['-R', 'root', repo.dir]);
    }
  });
});
