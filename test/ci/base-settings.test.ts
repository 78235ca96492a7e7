import { symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readBaseSettings, type SettingsPaths } from '../../src/ci/base-settings.js';
import { createCiGit } from '../../src/ci/git.js';
import { fingerprint } from '../../src/core/index.js';
import { makeKey } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** A repository whose `main` is the base; `change` makes the change's commit on a branch, left checked out. */
function change(base: (r: TestRepo) => void, change: (r: TestRepo) => void) {
  const r = new TestRepo();
  repos.push(r);
  r.write('README.md', '# x\n');
  base(r);
  const baseSha = r.commit('base');
  r.git('checkout', '-q', '-b', 'feature');
  change(r);
  const head = r.commit('change');
  return {
    r,
    base: baseSha,
    head,
    git: createCiGit(r.dir, { header: undefined, serverUrl: '', repository: undefined }),
  };
}

const DEFAULT: SettingsPaths = {
  config: { path: '.skguard.json', label: '.skguard.json', explicit: false },
  baseline: undefined,
};
const read = (c: ReturnType<typeof change>, head: string | undefined, paths = DEFAULT) =>
  readBaseSettings(c.git, c.base, head, c.r.dir, paths, 'pull request #7');

describe("readBaseSettings: the base commit's settings judge a change", () => {
  it('reads .skguard.json at the base, and tells that the change edits it (whether through git or the work tree)', async () => {
    const c = change(
      (r) => r.write('.skguard.json', '{ "exclude": ["docs/**"] }\n'),
      (r) => r.write('.skguard.json', '{ "exclude": ["**"] }\n'),
    );
    for (const head of [c.head, undefined]) {
      const s = await read(c, head);
      expect(s.config?.exclude).toEqual(['docs/**']);
      expect(s.configChange).toBe('changed');
      expect(s.notes[0]?.message).toMatch(
        /^pull request #7 changes \.skguard\.json: skguard used the version at the base commit [0-9a-f]{12}; the change takes effect once merged$/,
      );
    }
  });

  it('the defaults when the base has none; a change that adds one is told so, one that does not is not', async () => {
    const adds = change(
      () => {},
      (r) => r.write('.skguard.json', '{ "exclude": ["**"] }\n'),
    );
    const s = await read(adds, adds.head);
    expect(s.config).toEqual({ exclude: [], disableRules: [], rules: [] });
    expect(s.configChange).toBe('added');
    const none = change(
      () => {},
      (r) => r.write('app.py', 'x = 1\n'),
    );
    expect((await read(none, none.head)).configChange).toBe('none');
  });

  it('an explicit config the base lacks: the defaults if the change adds it, an error if nobody has it', async () => {
    const c = change(
      () => {},
      (r) => r.write('ci/[cfg]*.json', '{ "exclude": ["**"] }\n'),
    );
    // A path with pattern characters is read as the literal path it is.
    const paths: SettingsPaths = {
      config: { path: 'ci/[cfg]*.json', label: 'ci/[cfg]*.json', explicit: true },
      baseline: undefined,
    };
    expect((await read(c, c.head, paths)).configChange).toBe('added');
    const missing: SettingsPaths = {
      config: { path: 'ci/none.json', label: 'ci/none.json', explicit: true },
      baseline: undefined,
    };
    await expect(read(c, c.head, missing)).rejects.toThrow(/config file not found: ci\/none\.json/);
  });

  it('a config outside the repository is not read at the base: the caller reads it as given', async () => {
    const c = change(
      () => {},
      () => {},
    );
    const s = await read(c, c.head, { config: 'outside', baseline: undefined });
    expect(s.config).toBeUndefined();
    expect(s.configChange).toBe('none');
  });

  it('a base config that is invalid, a symbolic link or too large is an error naming it and the base commit', async () => {
    const invalid = change(
      (r) => r.write('.skguard.json', '{ "exclude": "**" }\n'),
      () => {},
    );
    await expect(read(invalid, invalid.head)).rejects.toThrow(
      /^\.skguard\.json \(at the base commit [0-9a-f]{12}\): field exclude: expected an array/,
    );
    const link = change(
      (r) => symlinkSync('/dev/zero', r.path('.skguard.json')),
      () => {},
    );
    await expect(read(link, link.head)).rejects.toThrow(
      /\.skguard\.json \(at the base commit [0-9a-f]{12}\): is a symbolic link/,
    );
    const big = change(
      (r) => r.write('.skguard.json', `{ "exclude": [], "x": "${'a'.repeat(1024 * 1024)}" }`),
      () => {},
    );
    await expect(read(big, big.head)).rejects.toThrow(/more than the 1048576 a settings file may hold/);
  });

  it("reads the base's .skguardignore and, for a baseline in the repository, the base's baseline", async () => {
    const key = makeKey('openai-project-key');
    const c = change(
      (r) => {
        r.write('.skguardignore', `${fingerprint(key)}  # by=ops@example.test reason=rotated\n`);
        r.write(
          'reports/baseline.json',
          JSON.stringify({ findings: [{ fingerprint: fingerprint(key), file: 'a.py' }] }),
        );
      },
      (r) => r.write('.skguardignore', ''),
    );
    const s = await read(c, c.head, { ...DEFAULT, baseline: 'reports/baseline.json' });
    expect(s.ignore.entries).toMatchObject([
      { fingerprint: fingerprint(key), by: 'ops@example.test', reason: 'rotated' },
    ]);
    expect([...(s.baseline ?? [])]).toEqual([`${fingerprint(key)}\0a.py`]);
    // A baseline the base lacks: every baseline suppression is the change's.
    expect((await read(c, c.head, { ...DEFAULT, baseline: 'other.json' })).baseline?.size).toBe(0);
    expect((await read(c, c.head, { ...DEFAULT, baseline: 'outside' })).baseline).toBeUndefined();
  });
});
