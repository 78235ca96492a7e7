import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Environment for git in tests: no user or system config, fixed identity and dates. */
export const gitEnv: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
};

/** A temporary directory removed by `dispose()`. */
export function tempDir(prefix = 'skguard-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A real git repository in a temp dir, with helpers to write files and run git. */
export class TestRepo {
  readonly dir: string;
  constructor(options: { init?: boolean; dir?: string } = {}) {
    this.dir = options.dir ?? tempDir();
    if (options.init !== false) this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });
  }

  write(file: string, content: string | Buffer): this {
    const abs = path.join(this.dir, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }

  /** Stages everything and commits. */
  commit(message = 'commit'): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  path(file = ''): string {
    return path.join(this.dir, file);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
