import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';
import { mirrorRepository, noRegistry, output, preCommitAvailable, preCommitConfig } from './hook-repos.js';
import { head, hookEnv, type Run } from './support.js';

/**
 * A Python project on the pre-commit framework, on a machine with no Node: `language: node` (the
 * mirror) makes the framework download Node through nodeenv. There is no internet here, so Node
 * comes from a loopback server, as a nodejs.org-style tarball made from this machine's own node
 * and npm (with its SHASUMS256.txt and an index.json, as a mirror has them), and the PATH holds no
 * node or npm.
 *
 * How nodeenv is pointed at the server depends on its version, and the project does both, in the
 * `[nodeenv]` section of its setup.cfg (which nodeenv reads from the directory it runs in):
 * - `node = <version>`: no look-up of the latest version (nodeenv 0.13 asks for it over https).
 * - `mirror = http://127.0.0.1:PORT/dist`: nodeenv 1.7 and later download from there.
 * - nodeenv 0.13 (Debian's, with pre-commit 3.0) has no mirror setting: it fetches
 *   `http://nodejs.org/dist/v<version>/…`, through `http_proxy` when set; the same loopback server
 *   answers as that proxy. It answers the tarball's path and nothing else, and forwards nothing.
 */
const VERSION = process.versions.node;
const PLATFORM = `linux-${process.arch}`;
const TARBALL = `node-v${VERSION}-${PLATFORM}.tar.gz`;
const supported = process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64');
const hasPreCommit = supported && preCommitAvailable();

const cleanup: string[] = [];
let server: Server;
let port = 0;
const requests: string[] = [];

/** `node-v<version>-<platform>/{bin/node,bin/npm,bin/npx,lib/node_modules/npm}`, as nodejs.org ships it. */
function nodeTarball(): string {
  const stage = tempDir('skguard-node-dist-');
  cleanup.push(stage);
  const top = path.join(stage, `node-v${VERSION}-${PLATFORM}`);
  mkdirSync(path.join(top, 'bin'), { recursive: true });
  mkdirSync(path.join(top, 'lib', 'node_modules'), { recursive: true });
  copyFileSync(process.execPath, path.join(top, 'bin', 'node'));
  const npm = path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm');
  expect(existsSync(path.join(npm, 'bin', 'npm-cli.js')), `npm beside node at ${npm}`).toBe(true);
  cpSync(npm, path.join(top, 'lib', 'node_modules', 'npm'), { recursive: true, dereference: true });
  symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(top, 'bin', 'npm'));
  symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', path.join(top, 'bin', 'npx'));
  const file = path.join(stage, TARBALL);
  const tar = spawnSync('tar', ['-C', stage, '-cf', file, '-I', 'gzip -1', path.basename(top)]);
  expect(tar.status, String(tar.stderr)).toBe(0);
  rmSync(top, { recursive: true, force: true });
  return file;
}

/** This PATH's programs, less node and npm: one folder of links (node sits in /usr/bin with git). */
function pathWithoutNode(): string {
  const bin = tempDir('skguard-bin-');
  cleanup.push(bin);
  const left = new Set(['node', 'nodejs', 'npm', 'npx', 'corepack']);
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || !existsSync(dir)) continue;
    for (const tool of readdirSync(dir)) {
      if (left.has(tool) || existsSync(path.join(bin, tool))) continue;
      symlinkSync(path.join(dir, tool), path.join(bin, tool));
    }
  }
  return bin;
}

/** Runs a command without blocking this process, which serves Node to it. */
function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let project: TestRepo;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!hasPreCommit) return;
  const tarball = readFileSync(nodeTarball());
  // What a nodejs.org mirror holds for this one version: the tarball, its checksum, the index.
  const files = new Map<string, Buffer>([
    [`/v${VERSION}/${TARBALL}`, tarball],
    [`/v${VERSION}/SHASUMS256.txt`, Buffer.from(`${createHash('sha256').update(tarball).digest('hex')}  ${TARBALL}\n`)],
    ['/index.json', Buffer.from(JSON.stringify([{ version: `v${VERSION}`, files: [PLATFORM], lts: false }]))],
  ]);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const file = [...files].find(([suffix]) => req.method === 'GET' && (req.url ?? '').endsWith(suffix));
    if (file) res.writeHead(200, { 'content-length': file[1].length }).end(file[1]);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const hookRepo = mirrorRepository(cleanup);
  const home = tempDir('skguard-pre-commit-home-');
  const cache = tempDir('skguard-npm-cache-');
  cleanup.push(home, cache);
  env = hookEnv({
    PATH: pathWithoutNode(),
    PRE_COMMIT_HOME: home,
    http_proxy: `http://127.0.0.1:${port}`,
    HTTP_PROXY: undefined,
    https_proxy: undefined,
    HTTPS_PROXY: undefined,
    no_proxy: undefined,
    NO_PROXY: undefined,
    ...noRegistry(cache),
  });
  project = new TestRepo();
  project.write('.pre-commit-config.yaml', preCommitConfig(hookRepo));
  project.write('setup.cfg', `[nodeenv]\nnode = ${VERSION}\nmirror = http://127.0.0.1:${port}/dist\n`);
  project.write('app.py', 'print("hello")\n');
  project.commit('init');
  const install = await runAsync('pre-commit', ['install'], project.dir, env);
  expect(install.code, output(install)).toBe(0);
}, 120_000);

afterAll(async () => {
  if (!hasPreCommit) return;
  project?.dispose();
  await new Promise((resolve) => server.close(resolve));
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!hasPreCommit)('pre-commit framework on a machine without Node (nodeenv)', () => {
  it('downloads Node for the hook, installs skguard with no registry, and blocks a commit that adds a key', async () => {
    expect(spawnSync('sh', ['-c', 'command -v node npm'], { env }).stdout.toString()).toBe('');
    const envs = await runAsync('pre-commit', ['install-hooks'], project.dir, env);
    expect(envs.code, output(envs)).toBe(0);
    expect(requests.filter((r) => r.includes(TARBALL))).toHaveLength(1);

    const key = makeKey('openai-project-key');
    project.write('settings.py', `OPENAI_API_KEY = "${key}"\n`);
    project.git('add', '-A');
    const before = head(project.dir);
    const blocked = await runAsync('git', ['commit', '-q', '-m', 'key'], project.dir, env);
    expect(blocked.code).not.toBe(0);
    expect(output(blocked)).toMatch(/skguard \(AI-provider API keys\)\.+Failed/);
    expect(output(blocked)).toContain('settings.py:1');
    expectNoKeyIn([blocked.stdout, blocked.stderr], [key]);
    expect(head(project.dir)).toBe(before);

    project.write('settings.py', 'import os\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
    project.git('add', '-A');
    const clean = await runAsync('git', ['commit', '-q', '-m', 'clean'], project.dir, env);
    expect(clean.code, output(clean)).toBe(0);
    // Nothing but the mirror's files was asked for (and nothing was forwarded anywhere).
    expect(requests.every((r) => /\/(index\.json|SHASUMS256\.txt|node-v[^/]+\.tar\.gz)$/.test(r))).toBe(true);
  }, 300_000);
});
