// Checks that the commit checked out can be released as VERSION, before anything is tagged:
//
//   node scripts/release-check.mjs 0.1.0
//
// An action runs the dist/ committed at its tag, and a moving major tag points every `@v0` user at
// it: a tag on a stale or uncommitted dist/ ships code that no test ran. So: the work tree is clean,
// dist/ is byte for byte what the sources build (built into a temporary folder; nothing in the
// tree is touched), the version is the same in package.json, package-lock.json, the bundle and a
// dated CHANGELOG entry, the tag does not exist yet, and HEAD is what origin/main has (what CI
// tested). Exit 0 prints the commands that tag and publish (RELEASING.md); exit 1 lists what failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const version = process.argv[2];
if (!version || process.argv.length > 3) {
  process.stderr.write('usage: node scripts/release-check.mjs VERSION   (e.g. 0.1.0)\n');
  process.exit(2);
}

const scripts = import.meta.dirname;
const failures = [];
const check = (ok, what) => {
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!ok) failures.push(what);
};
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' });
const read = (file) => readFileSync(file, 'utf8');

const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version);
check(semver !== null, `${version} is a release version MAJOR.MINOR.PATCH`);
const tag = `v${version}`;
const major = `v${semver?.[1] ?? '?'}`;

const status = git('status', '--porcelain', '--untracked-files=normal');
check(status.status === 0 && status.stdout === '', 'the work tree is clean (everything released is committed)');

const pkg = JSON.parse(read('package.json'));
check(pkg.version === version, `package.json version is ${version} (it is ${pkg.version})`);
const lock = JSON.parse(read('package-lock.json'));
check(
  lock.version === version && lock.packages?.['']?.version === version,
  `package-lock.json version is ${version} (npm version ${version} --no-git-tag-version sets both)`,
);

const changelog = read('CHANGELOG.md');
const escaped = version.replaceAll('.', '\\.');
check(
  new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog),
  `CHANGELOG.md has a dated entry "## [${version}] - YYYY-MM-DD"`,
);
check(new RegExp(`^\\[${escaped}\\]: `, 'm').test(changelog), `CHANGELOG.md links [${version}]`);

// dist/ as the sources build it, compared file by file.
const out = mkdtempSync(path.join(tmpdir(), 'skguard-release-'));
try {
  const built = spawnSync(process.execPath, [path.join(scripts, 'build.mjs'), out], { encoding: 'utf8' });
  check(built.status === 0, `the sources build${built.status === 0 ? '' : `: ${built.stderr.trim()}`}`);
  const names = new Set([...readdirSync('dist'), ...readdirSync(out)]);
  const stale = [...names].filter(
    (name) =>
      !existsSync(path.join('dist', name)) ||
      !existsSync(path.join(out, name)) ||
      !readFileSync(path.join('dist', name)).equals(readFileSync(path.join(out, name))),
  );
  check(
    stale.length === 0,
    `dist/ is what the sources build${stale.length ? ` (differs: dist/${stale.join(', dist/')})` : ''}`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
const cliVersion = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' }).stdout.trim();
check(cliVersion.endsWith(version), `dist/cli.js --version says ${version} (it says ${cliVersion || 'nothing'})`);

check(git('rev-parse', '-q', '--verify', `refs/tags/${tag}`).status !== 0, `the tag ${tag} does not exist yet`);
const head = git('rev-parse', 'HEAD').stdout.trim();
const upstream = git('rev-parse', '-q', '--verify', 'refs/remotes/origin/main');
if (upstream.status === 0) {
  check(
    upstream.stdout.trim() === head,
    'HEAD is origin/main (the commit CI tested): git fetch origin, then check out origin/main',
  );
} else {
  process.stdout.write('note no origin/main here: make sure HEAD is the commit CI passed on main\n');
}

if (failures.length > 0) {
  process.stderr.write(`\n${failures.length} check(s) failed: nothing may be tagged yet.\n`);
  process.exit(1);
}
process.stdout.write(`
${version} can be released from ${head.slice(0, 12)}. Next (RELEASING.md):
  git tag -a ${tag} -m "skguard ${version}" && git push origin ${tag}
  git tag -f -a ${major} -m "skguard ${major}: ${version}" ${tag}^{commit} && git push -f origin ${major}
  npm publish
  node scripts/hook-mirror.mjs ../skguard-pre-commit   (then commit, tag ${tag} and push there)
  gh release create ${tag} --verify-tag --title "skguard ${version}" --notes "the CHANGELOG entry"
     (a release for ${tag} only: never for ${major}, which a release would lock in place)
`);
