import { describe, expect, it } from 'vitest';
import { fitSections } from '../../src/ci/budget.js';
import { keyPositions } from '../../src/ci/place.js';
import type { Finding } from '../../src/core/index.js';
import {
  annotations,
  type GithubView,
  inlineMarker,
  inlineNote,
  isSummaryComment,
  jobSummary as jobSummarySections,
  markersIn,
  type PresentFinding,
  resolvedComment,
  SUMMARY_MARKER,
  summaryComment as summarySections,
} from '../../src/report/github.js';
import type { ScanReport } from '../../src/report/types.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  provider: 'openai',
  rule: 'openai-project-key',
  description: 'OpenAI project API key (`sk-proj-`)',
  file: 'src/app.ts',
  line: 4,
  column: 7,
  endColumn: 171,
  redacted: 'sk-proj-AbCd…WxYz',
  fingerprint: '0123456789abcdef01234567',
  rotateUrl: 'https://platform.openai.com/api-keys',
  commit: 'c'.repeat(40),
  author: 'Ada Lovelace <ada@example.org>',
  date: '2024-01-01T00:00:00Z',
  ...over,
});

const report = (findings: Finding[]): ScanReport => ({
  findings,
  stats: {
    source: 'history',
    files: 3,
    bytes: 12345,
    commits: 2,
    blobs: 3,
    skipped: { binary: 0, symlink: 0, excluded: 0, unreadable: 0, submodule: 0 },
    suppressed: { inline: 0, ignored: 0, baseline: 0 },
    durationMs: 5,
  },
  notes: [{ level: 'warning', code: 'x', message: 'see @octocat at http://evil.test/[x](y)' }],
});

const view: GithubView = {
  serverUrl: 'https://github.com',
  repository: 'octo/widgets',
  head: 'h'.repeat(40),
  scope: 'pull request #7: aaa..bbb',
  pullRequest: 7,
  verified: false,
  runUrl: 'https://github.com/octo/widgets/actions/runs/9',
  scrub: (text) => text,
};

const jobSummary = (...args: Parameters<typeof jobSummarySections>) =>
  fitSections(jobSummarySections(...args), 1 << 20);
const summaryComment = (...args: Parameters<typeof summarySections>) => fitSections(summarySections(...args), 65_536);

const present = (f: Finding, line = 10): PresentFinding => ({
  finding: f,
  head: { state: 'present', line, column: 3, endColumn: 50 },
});

describe('annotations', () => {
  it('one per finding whose file exists at head: at the line where the key stands now', () => {
    const [a] = annotations([present(finding())], view);
    expect(a).toMatchObject({
      title: 'OpenAI key: openai-project-key',
      file: 'src/app.ts',
      startLine: 10,
      endLine: 10,
      startColumn: 3,
      endColumn: 50,
    });
    expect(a?.message).toContain('sk-proj-AbCd…WxYz');
    expect(a?.message).toContain('0123456789abcdef01234567');
  });

  it('on the file, without a line, when the key was removed since; none when the file is gone', () => {
    const out = annotations(
      [
        { finding: finding(), head: { state: 'removed' } },
        { finding: finding({ file: 'gone.env' }), head: { state: 'deleted' } },
      ],
      view,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.startLine).toBeUndefined();
    expect(out[0]?.message).toContain('still in git history');
  });
});

describe('job summary and pull-request comment', () => {
  const placed = [
    present(finding()),
    { finding: finding({ file: 'a|b.md', line: 2 }), head: { state: 'deleted' } as const },
  ];

  it('the summary has the table, the remediation and the notes, and no author', () => {
    const text = jobSummary(report(placed.map((p) => p.finding)), placed, view);
    expect(text).toContain('## skguard: 2 keys found (1 distinct key)');
    expect(text).toContain('| File | Line | Commit | Provider | Key | Verification | Fingerprint | Now |');
    expect(text).toContain(`[10](https://github.com/octo/widgets/blob/${'h'.repeat(40)}/src/app.ts#L10)`);
    expect(text).toContain(`[2](https://github.com/octo/widgets/blob/${'c'.repeat(40)}/a%7Cb.md#L2)`);
    expect(text).toContain('file deleted, still in history');
    expect(text).toContain('Rotate each key now');
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('ada@example.org');
  });

  it('a "|" in a path does not break the table row', () => {
    const text = jobSummary(report([finding({ file: 'a|b.md' })]), [present(finding({ file: 'a|b.md' }))], view);
    const row = text.split('\n').find((l) => l.includes('a\\|b.md')) ?? '';
    // 9 unescaped cell separators for 8 columns, whatever the path holds.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(10);
  });

  it('untrusted text cannot mention, link or inject HTML, and reads as itself', () => {
    const text = jobSummary(report([]), [], view);
    expect(text).toContain('- **warning**: see `@octocat` at `http://evil.test/[x](y)`');
  });

  it('skguard\'s own words are not escaped: the scope reads "pull request #7: aaa..bbb"', () => {
    const text = jobSummary(report([]), [], view);
    expect(text).toContain('Scope: pull request #7: aaa..bbb ·');
    // A branch the input named is escaped where it could act.
    const push = jobSummary(report([]), [], { ...view, pullRequest: undefined, scope: 'push to refs/heads/@evil' });
    expect(push).toContain('Scope: push to `refs/heads/@evil` ·');
  });

  it("every piece of input text goes through the view's scrub before it is shown", () => {
    const seen: string[] = [];
    const scrubbing = {
      ...view,
      scrub: (t: string) => {
        seen.push(t);
        return t.replace('secret', '[redacted]');
      },
    };
    const f = finding({ file: 'dir/secret.env', description: 'secret rule' });
    const all = [
      jobSummary(report([f]), [present(f)], scrubbing),
      summaryComment(report([f]), [present(f)], scrubbing),
      inlineNote(present(f), scrubbing).body,
      annotations([present(f)], scrubbing)[0]?.message ?? '',
    ];
    for (const text of all) expect(text).not.toMatch(/secret\.env|secret rule/);
    // The link to a file whose path the scrub changes is left out rather than leak it.
    expect(all[0]).not.toContain('blob/');
  });

  it('the comment carries the hidden marker, and a clean run has a resolved comment with it', () => {
    const body = summaryComment(report([finding()]), [present(finding())], view);
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(isSummaryComment(body)).toBe(true);
    expect(body).toContain('/actions/runs/9');
    const resolved = resolvedComment(report([]), view);
    expect(isSummaryComment(resolved)).toBe(true);
    expect(resolved).toContain('no keys found any more');
  });

  it('the comment lists at most 40 rows and says where the rest are', () => {
    const many = Array.from({ length: 45 }, (_, i) => present(finding({ file: `f${i}.ts` })));
    const body = summaryComment(report(many.map((p) => p.finding)), many, view);
    expect(body).toContain('…and 5 more in the job summary.');
    expect(body.length).toBeLessThan(65_536);
  });

  it('bounds every cell: a 4,000-character path is clipped and not linked', () => {
    const long = `${'d/'.repeat(2000)}k.env`;
    const f = finding({ file: long });
    const body = summaryComment(report([f]), [present(f)], view);
    expect(body).not.toContain(long);
    expect(body).toContain('k.env');
    expect(body.split('\n').find((l) => l.includes('k.env'))!.length).toBeLessThan(1000);
  });

  it('shows the verification verdict, LIVE prominently', () => {
    const live = finding({ verification: { status: 'live', reason: 'ok', detail: 'works' } });
    const body = jobSummary(report([live]), [present(live)], { ...view, verified: true });
    expect(body).toContain('**LIVE** (`ok`)');
    expect(body).toContain('1 key found, 1 live');
  });
});

describe('review comments', () => {
  it('carry a marker naming the key and the file, so a re-run finds them', () => {
    const f = finding();
    const note = inlineNote(present(f), view);
    expect(note.body).toContain(inlineMarker(f));
    expect(markersIn(note.body)).toEqual([inlineMarker(f)]);
    expect(note).toMatchObject({ path: 'src/app.ts', line: 10 });
    expect(inlineMarker(f)).not.toBe(inlineMarker(finding({ file: 'other.ts' })));
    expect(inlineMarker(f)).toBe(inlineMarker(finding({ line: 99, commit: 'd'.repeat(40) })));
  });

  it('the marker holds nothing of the path (a path can hold a key)', () => {
    expect(inlineMarker(finding({ file: 'sk-proj-something/x.env' }))).not.toContain('sk-proj');
  });
});

describe('keyPositions', () => {
  it('finds every occurrence with 1-based lines and UTF-16 columns', () => {
    const key = 'KEYKEY';
    const text = `a\n😀 ${key}\r\nx ${key} ${key}\n`;
    expect(keyPositions(text, key)).toEqual([
      { line: 2, column: 4, endColumn: 10 },
      { line: 3, column: 3, endColumn: 9 },
      { line: 3, column: 10, endColumn: 16 },
    ]);
    expect(keyPositions('nothing', key)).toEqual([]);
  });
});
