import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/schema.js';
import { runCli } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { tempDir } from '../support/repo.js';

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}
const findings = async (dir: string, extra: string[] = []) => {
  const res = await runCli(['scan', dir, '--format', 'json', ...extra], { cwd: dir });
  return { ...res, report: res.stdout ? JSON.parse(res.stdout) : undefined };
};

describe('.skguard.json', () => {
  it('excludes paths by glob and disables rules', async () => {
    const dir = project({
      '.skguard.json': JSON.stringify({ exclude: ['*.fixture'], disableRules: ['openrouter-api-key'] }),
      'a.fixture': makeKey('openai-legacy-key'),
      'b.txt': makeKey('openrouter-api-key'),
      'c.txt': makeKey('anthropic-api-key'),
    });
    const { report } = await findings(dir);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['c.txt']);
    expect(report.stats.skipped.excluded).toBe(1);
  });

  it('adds custom rules, checked against their own examples', async () => {
    const rule = {
      id: 'acme-api-key',
      provider: 'acme',
      description: 'Acme API key',
      keywords: ['acme_'],
      pattern: 'acme_[a-z0-9]{24}',
      prefix: 'acme_',
      minEntropy: 3,
      examples: ['key = acme_q8d7f6g5h4j3k2l1z9x8c7v6'],
      negatives: ['acme_example'],
    };
    const dir = project({
      '.skguard.json': JSON.stringify({ rules: [rule] }),
      'x.txt': 'token acme_p0o9i8u7y6t5r4e3w2q1a2s3\n',
    });
    const { report, code } = await findings(dir);
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ provider: 'acme', rule: 'acme-api-key', redacted: 'acme_p0o…2s3' }]);
  });

  it.each([
    [{ exclude: 'dist' }, /\.skguard\.json: field exclude: expected an array, got a string$/m],
    [{ exlude: ['x'] }, /\.skguard\.json: field \(top level\): unknown field "exlude"/],
    [{ exclud: ['x'] }, /field \(top level\): unknown field "exclud" \(did you mean "exclude"\?\)$/m],
    [{ disabledRules: [] }, /unknown field "disabledRules" \(did you mean "disableRules"\?\)$/m],
    [{ colour: true }, /field \(top level\): unknown field "colour"$/m],
    [
      { rules: [{ id: 'x', provider: 'p', description: 'd', keywords: ['abc'], pattern: 'abc', negative: [] }] },
      /field rules\[0\]: unknown field "negative" \(did you mean "negatives"\?\)$/m,
    ],
    [
      { rules: [{ id: 'Bad Id', provider: 'p', description: 'd', keywords: ['abc'], pattern: 'abc' }] },
      /field rules\[0\]\.id: expected a kebab-case id/,
    ],
    [
      { rules: [{ id: 'x', provider: 'p', description: 'd', keywords: ['abc'], pattern: 'abc', maxLength: 1.5 }] },
      /field rules\[0\]\.maxLength: expected a whole number, got a number/,
    ],
    [{ disableRules: ['no-such-rule'] }, /field disableRules\[0\]: unknown rule "no-such-rule"/],
    [
      { rules: [{ id: 'x', provider: 'p', description: 'd', keywords: ['abc'], pattern: '(' }] },
      /field rules\[0\]\.pattern: not a valid regular expression/,
    ],
    [
      { rules: [{ id: 'x', provider: 'p', description: 'd', keywords: [], pattern: 'abc' }] },
      /field rules\[0\]\.keywords: expected at least 1 item$/m,
    ],
    [
      {
        rules: [
          {
            id: 'x',
            provider: 'p',
            description: 'd',
            keywords: ['abc'],
            pattern: 'abc[0-9]{8}',
            examples: ['nothing here'],
          },
        ],
      },
      /rules\[0\]\.examples\[0\]: the rule does not find/,
    ],
  ])('an invalid config %j is an error naming the file, the field and what was expected', async (config, message) => {
    const dir = project({ '.skguard.json': JSON.stringify(config) });
    const res = await runCli(['scan', dir], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('broken JSON is an error that names the file', async () => {
    const dir = project({ '.skguard.json': '{ "exclude": [ ' });
    const res = await runCli(['scan', dir], { cwd: dir });
    expect(res).toMatchObject({ code: 2 });
    expect(res.stderr).toMatch(/^skguard: error: \.skguard\.json: not valid JSON/);
  });

  it('--config names another file; a missing one is an error', async () => {
    const dir = project({
      'other.json': JSON.stringify({ disableRules: ['openai-legacy-key'] }),
      'k.txt': makeKey('openai-legacy-key'),
    });
    expect((await findings(dir, ['--config', path.join(dir, 'other.json')])).code).toBe(0);
    expect((await runCli(['scan', dir, '--config', 'nope.json'], { cwd: dir })).code).toBe(2);
  });

  it('the published JSON Schema is the one the config is validated with', () => {
    const published = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../schema/skguard.schema.json'), 'utf8'),
    );
    expect(published).toEqual(configJsonSchema());
  });
});

describe('suppression', () => {
  it('.skguardignore drops a fingerprint everywhere and mentions unused entries', async () => {
    const key = makeKey('openai-legacy-key');
    const dir = project({ 'a.txt': key, 'b.txt': key });
    const first = await findings(dir);
    const fp = first.report.findings[0].fingerprint;
    writeFileSync(path.join(dir, '.skguardignore'), `# reviewed\n${fp}\n${'0'.repeat(24)}\ngarbage\n`);
    const second = await findings(dir);
    expect(second.code).toBe(0);
    expect(second.report.stats.suppressed.ignored).toBe(2);
    expect(second.report.notes.map((n: { code: string }) => n.code).sort()).toEqual([
      'invalid-ignore-entry',
      'unused-ignore',
    ]);
  });

  it('--baseline reports only findings not in an earlier JSON report', async () => {
    const dir = project({ 'a.txt': makeKey('openai-legacy-key') });
    const baseline = path.join(tempDir(), 'baseline.json');
    await runCli(['scan', dir, '--format', 'json', '--output', baseline], { cwd: dir });
    expect((await findings(dir, ['--baseline', baseline])).code).toBe(0);
    writeFileSync(path.join(dir, 'b.txt'), makeKey('openai-legacy-key'));
    const res = await findings(dir, ['--baseline', baseline]);
    expect(res.report.findings.map((f: { file: string }) => f.file)).toEqual(['b.txt']);
    expect(res.report.stats.suppressed.baseline).toBe(1);
    expect((await runCli(['scan', dir, '--baseline', path.join(dir, 'a.txt')], { cwd: dir })).code).toBe(2);
  });
});
