import { execFileSync } from 'node:child_process';
import { afterEach, expect, it } from 'vitest';
import { stagedChanges } from '../../src/sources/staged.js';
import { TestRepo } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

it('rebuilds each staged file from the streamed diff exactly as git stores it (CRLF, no final newline, bytes, renames, long lines)', async () => {
  const r = new TestRepo();
  repos.push(r);
  r.write('crlf.txt', 'a\r\nb\r\n')
    .write('noeol.txt', 'x\ny')
    .write('ren.txt', 'r1\nr2\nr3\nr4\nr5\nr6\n')
    .write('bytes.bin', Buffer.from([0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a]))
    .commit();
  r.write('crlf.txt', 'a\r\nb\r\nc\r\n').write('noeol.txt', 'x\ny\nz');
  r.git('mv', 'ren.txt', 'renamed.txt');
  r.write('renamed.txt', 'r1\nr2\nr3\nr4\nr5\nr6\nr7');
  r.write('bytes.bin', Buffer.from([0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a, 0x00, 0x01, 0x0a]));
  r.write('new.txt', 'first\n\n\nlast\n').write('eol-added.txt', 'p\nq\n');
  r.write('big.txt', `${Array.from({ length: 50_000 }, (_, i) => `line ${i}`).join('\n')}\n`);
  // One line far longer than git's output chunks, read as it streams in.
  r.write('long.txt', `${'0123456789abcdef'.repeat(40_000)}\ndiff --git a/x b/x\n${'z'.repeat(200_000)}`);
  r.git('add', '-A');
  const changes = await stagedChanges(r.dir);
  const withLines = [];
  for await (const c of changes.contents()) if (c.added.size > 0) withLines.push(c);
  expect(withLines.map((c) => c.file.path).sort()).toEqual(
    ['big.txt', 'bytes.bin', 'crlf.txt', 'eol-added.txt', 'long.txt', 'new.txt', 'noeol.txt', 'renamed.txt'].sort(),
  );
  for (const c of withLines) {
    const blob = execFileSync('git', ['cat-file', 'blob', c.file.blob], { cwd: r.dir });
    expect(c.content.equals(blob), c.file.path).toBe(true);
  }
});
