import { describe, expect, it } from 'vitest';
import { fitSections } from '../../src/ci/budget.js';
import { keyPositions } from '../../src/ci/place.js';
import type { Finding } from '../../src/core/index.js';
import {
  annotations,
  type GithubView,
  hasReviewNews,
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
    // No verification ran: no column that would say "not checked" on every row.
    expect(text).toContain('| File | Line | Commit | Provider | Key | Fingerprint | Now |');
    expect(text).not.toContain('Verification');
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
    // 8 unescaped cell separators for 7 columns, whatever the path holds.
    expect(row.split(/(?<!\\)\|/)).toHaveLength(9);
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
    expect(body).toContain('| File | Line | Commit | Provider | Key | Verification | Fingerprint | Now |');
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

describe('the way out, by case, in the comment and the summary', () => {
  const placedAt = (f: Finding) =>
    f.atHead === 'removed' || f.atHead === 'deleted' ? { finding: f, head: { state: f.atHead } as const } : present(f);
  const findings = [
    finding({ file: 'src/app.ts' }),
    finding({ file: 'config/.env', fingerprint: '1'.repeat(24) }),
    finding({ file: 'nb/explore.ipynb', fingerprint: '2'.repeat(24) }),
    finding({ file: 'app/config.py', fingerprint: '3'.repeat(24), atHead: 'removed' }),
    finding({
      file: 'ops/admin.py',
      fingerprint: '4'.repeat(24),
      rule: 'openai-admin-key',
      rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    }),
  ];
  const body = summaryComment(report(findings), findings.map(placedAt), view);

  it('gives each case its exact commands in a code block, with every fingerprint of a key only in history', () => {
    expect(body).toContain(
      '   - `src/app.ts`, `ops/admin.py`: read the key from an environment variable or a secret store instead.',
    );
    expect(body).toContain(
      '   - `config/.env`: an environment file is tracked by git; stop tracking it and keep it out:\n     ```sh\n     git rm --cached -- config/.env && echo config/.env >> .gitignore\n     ```',
    );
    expect(body).toContain('     jupyter nbconvert --clear-output --inplace nb/explore.ipynb');
    expect(body).toMatch(
      new RegExp(`\\n {5}skguard ignore ${'3'.repeat(24)} --reason "rotated on \\d{4}-\\d{2}-\\d{2}"\\n`),
    );
  });

  it('one rotate link per provider and key type, each with its own label', () => {
    expect(body).toContain(
      '([OpenAI (API keys)](https://platform.openai.com/api-keys) · [OpenAI (admin keys)](https://platform.openai.com/settings/organization/admin-keys))',
    );
  });

  it('renders as markdown: no HTML entities, links and code spans as written', () => {
    expect(body).not.toMatch(/&#?\w+;/);
    expect(jobSummary(report(findings), findings.map(placedAt), view)).not.toMatch(/&#?\w+;/);
  });

  it('a path cannot end the code block it is quoted in, nor break out of the list', () => {
    const hostile = finding({ file: 'x/```\n# Owned @octocat.env', fingerprint: '5'.repeat(24) });
    const text = summaryComment(report([hostile]), [present(hostile)], view);
    const block = text.slice(text.indexOf('````sh'));
    const lines = block.split('\n');
    const end = lines.indexOf('     ````', 1);
    expect(end).toBeGreaterThan(1);
    expect(lines.slice(1, end).every((l) => l.startsWith('     ') && !/^\s*````/.test(l))).toBe(true);
    expect(text).not.toMatch(/^# Owned/m);
  });

  it('says which keys are live, and the suppressed live ones loudly', () => {
    const live = finding({
      file: 'app/config.py',
      atHead: 'removed',
      verification: { status: 'live', reason: 'ok', detail: 'works' },
      suppression: { kind: 'ignore', line: 3, reason: 'rotated' },
    });
    const text = summaryComment(report([live]), [placedAt(live)], { ...view, verified: true });
    expect(text).toContain('**Live now**: `sk-proj-AbCd…WxYz`: rotate it first.');
    expect(text).toContain('> [!CAUTION]');
    expect(text).toContain(
      `**1 suppressed key is live**: its provider accepted it, so the suppression does not hold and the check fails`,
    );
    expect(text).toContain(
      `[\`.skguardignore:3\`](https://github.com/octo/widgets/blob/${'h'.repeat(40)}/.skguardignore#L3)`,
    );
  });
});

describe('what reviewers see: the settings change and the suppressions a pull request adds', () => {
  const acknowledged = finding({
    file: 'app/config.py',
    atHead: 'removed',
    suppression: {
      kind: 'ignore',
      line: 3,
      reason: 'rotated on 2026-11-29 after #42',
      by: 'dev@example.test',
      expires: '2027-01-31',
    },
  });
  const reviewing: GithubView = {
    ...view,
    review: {
      base: 'b'.repeat(40),
      config: { label: '.skguard.json', change: 'changed' },
      added: [{ finding: acknowledged, head: { state: 'removed' } }],
      approved: 2,
    },
  };

  it('a comment with no key reported still lists the suppression: key, where, how, why, who, until', () => {
    const text = summaryComment(report([]), [], reviewing);
    expect(text).toContain('### skguard: no keys found, 1 suppression to review');
    expect(text).toContain('| File | Line | Key | Suppressed by | Reason | By | Until | Fingerprint | Now |');
    expect(text).toContain(
      `| \`app/config.py\` | [4](https://github.com/octo/widgets/blob/${'c'.repeat(40)}/app/config.py#L4) | \`sk-proj-AbCd…WxYz\` | [\`.skguardignore:3\`](https://github.com/octo/widgets/blob/${'h'.repeat(40)}/.skguardignore#L3) | rotated on 2026-11-29 after \`#42\` | \`dev@example.test\` | \`2027-01-31\` | \`0123456789abcdef01234567\` | removed, still in history |`,
    );
    expect(text).toContain('(2 more findings are suppressed by what the base commit already holds.)');
    expect(text).not.toContain('What to do');
  });

  it('says the pull request changes the config, which takes effect once merged', () => {
    for (const text of [summaryComment(report([]), [], reviewing), jobSummary(report([]), [], reviewing)]) {
      expect(text).toContain(
        `> This pull request changes \`.skguard.json\`. A change does not judge itself: skguard used the version in its base commit \`${'b'.repeat(12)}\`. The change takes effect once merged.`,
      );
    }
    const added = {
      ...reviewing,
      review: { ...reviewing.review!, config: { label: '.skguard.json', change: 'added' as const } },
    };
    expect(summaryComment(report([]), [], added)).toContain(
      `its base commit \`${'b'.repeat(12)}\` has none, so skguard used the defaults`,
    );
  });

  it('a pull request has news for its comment when it has keys, adds suppressions or changes the settings; not otherwise', () => {
    expect(hasReviewNews(report([]), reviewing)).toBe(true);
    expect(hasReviewNews(report([]), { ...reviewing, review: { ...reviewing.review!, config: undefined } })).toBe(true);
    expect(
      hasReviewNews(report([]), { ...reviewing, review: { ...reviewing.review!, config: undefined, added: [] } }),
    ).toBe(false);
    expect(hasReviewNews(report([finding()]), view)).toBe(true);
    expect(hasReviewNews(report([]), view)).toBe(false);
  });
});
