import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, type Finding } from '../../src/core/index.js';
import { fileUri, SARIF_FINGERPRINT_KEY, STDIN_URI, sarifReporter } from '../../src/report/sarif.js';
import type { ReportContext, ScanReport } from '../../src/report/types.js';
import { runCli } from '../support/cli.js';
import { families, makeKey, seeded } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';
import { multitoolProblem, multitoolValidate, schemaErrors } from '../support/sarif-tools.js';

// biome-ignore lint/suspicious/noExplicitAny: SARIF is read back as plain JSON.
type Json = any;

const context: ReportContext = { toolName: 'skguard', toolVersion: '0.1.0', rules: builtinRules, color: false };

/** Keys of several families, in files whose names need percent-encoding, with UTF-16 columns that differ from code points. */
function keyRepo(random: () => number) {
  const keys = {
    project: families['openai-proj-74']!.make(random),
    anthropic: families['anthropic-api']!.make(random),
    openrouter: families.openrouter!.make(random),
    admin: families['openai-admin']!.make(random),
    deepseek: makeKey('deepseek-api-key', random),
  };
  const files: Record<string, string> = {
    'src/app.ts': `// config\nconst greeting = "😀😀"; const key = "${keys.project}";\n`,
    'docs/read me.md': `# Setup\n\nSet \`ANTHROPIC_API_KEY=${keys.anthropic}\` in your shell.\n`,
    'ünïcødé/ключ.env': `OPENROUTER_API_KEY=${keys.openrouter}\n`,
    'odd/#1?50%.txt': `admin: ${keys.admin}\n`,
    'deepseek.py': `client = OpenAI(api_key="${keys.deepseek}", base_url="https://api.deepseek.com")\n`,
  };
  const repo = new TestRepo();
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  // One entry that is not a fingerprint (a warning note) and one that matches nothing (an info note).
  repo.write('.skguardignore', `not-a-fingerprint\n${'0'.repeat(24)}\n`);
  const commit = repo.commit('add config');
  return { repo, keys, files, commit };
}

/** A scan's report as the CLI builds it, read back from `--format json`. */
async function scanReport(args: string[], cwd: string, stdin?: string): Promise<ScanReport> {
  const r = await runCli(['scan', ...args, '--format', 'json'], { cwd, ...(stdin === undefined ? {} : { stdin }) });
  // A machine format on stdout leaves only the closing line for people, on stderr.
  expect(r.stderr).toMatch(/^skguard: .* · scanned [^\n]*\n$/);
  const json = JSON.parse(r.stdout);
  return { findings: json.findings, stats: json.stats, notes: json.notes };
}

function expectNoKeys(text: string, keys: Record<string, string>) {
  for (const [name, key] of Object.entries(keys)) {
    expect(text.includes(key), `${name} key appears in the output`).toBe(false);
    // Nor any long piece of it (the redacted form shows at most 4 + 4 body characters).
    expect(text.includes(key.slice(-20)), `the tail of the ${name} key appears in the output`).toBe(false);
  }
}

describe('SARIF reporter on a scan with findings in several files, from history and from stdin', () => {
  const random = seeded(2024);
  let fixture: ReturnType<typeof keyRepo>;
  let report: ScanReport;
  let stdinKey: string;
  let sarif: string;
  let log: Json;

  beforeAll(async () => {
    fixture = keyRepo(random);
    const files = await scanReport([fixture.repo.dir], fixture.repo.dir);
    stdinKey = families['anthropic-admin']!.make(random);
    const fromStdin = await scanReport(['-'], fixture.repo.dir, `export KEY=${stdinKey}\n`);
    const anthropic = files.findings.find((f) => f.provider === 'anthropic') as Finding;
    // What a history scan reports for a key that a commit introduced at a path no longer in the tree.
    const history = {
      ...anthropic,
      file: 'old/settings.json',
      line: 3,
      column: 12,
      endColumn: 12 + fixture.keys.anthropic.length,
      commit: fixture.commit,
      author: 'Test Author <author@example.test>',
      date: '2024-01-01T00:00:00Z',
      // What `--verify` adds; cast because the field is not part of every version of Finding.
      ...({ verification: { status: 'live', reason: 'ok', detail: 'the provider accepted the key' } } as object),
    } as Finding;
    report = { ...files, findings: [...files.findings, history, ...fromStdin.findings] };
    sarif = sarifReporter(report, context);
    log = JSON.parse(sarif);
  });
  afterAll(() => fixture.repo.dispose());

  it('found what the fixture holds (7 findings, 2 notes), so the checks below have something to check', () => {
    expect(report.findings.map((f) => f.rule).sort()).toEqual(
      [
        'anthropic-admin-key',
        'anthropic-api-key',
        'anthropic-api-key',
        'deepseek-api-key',
        'openai-admin-key',
        'openai-project-key',
        'openrouter-api-key',
      ].sort(),
    );
    expect(report.notes.map((n) => n.level).sort()).toEqual(['info', 'warning']);
  });

  it('is valid against the official SARIF 2.1.0 JSON schema (formats included)', () => {
    expect(schemaErrors(log)).toEqual([]);
  });

  it('passes the SARIF Multitool with GitHub and SARIF rules: no error, no warning', () => {
    const problem = multitoolProblem();
    // Not a silent skip: on a platform the Multitool does not ship for, say so and why.
    if (problem) {
      console.warn(`SKIPPED Multitool validation: ${problem}`);
      expect(process.platform === 'linux' && process.arch === 'x64', problem).toBe(false);
      return;
    }
    const found = multitoolValidate(sarif);
    expect(found.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
  });

  it('ends in a newline and never holds a key, a tail of one, or an author e-mail', () => {
    expect(sarif.endsWith('}\n')).toBe(true);
    expectNoKeys(sarif, { ...fixture.keys, stdin: stdinKey });
    expect(sarif).not.toContain('@example.test');
    expect(sarif).not.toContain('Test Author');
  });

  it('describes the tool and lists every active rule, with GitHub severity and precision', () => {
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\/.*sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({
      name: 'skguard',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/skguard/skguard',
    });
    const rules: Json[] = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(builtinRules.map((r) => r.id));
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('openai-project-key').name).toBe('OpenaiProjectKey');
    expect(byId.get('azure-openai-identifiable-key').name).toBe('AzureOpenaiIdentifiableKey');
    for (const rule of rules) {
      expect(rule.defaultConfiguration.level).toBe('error');
      expect(rule.properties.tags).toEqual(expect.arrayContaining(['security', 'secret']));
      expect(rule.help.markdown).toContain('skguard:allow');
      expect(rule.help.markdown).toContain('.skguardignore');
      expect(rule.help.text).toContain('environment variable');
    }
    expect(byId.get('openai-project-key').help.markdown).toContain('https://platform.openai.com/api-keys');
    expect(byId.get('openai-project-key').help.markdown).toContain('`OPENAI_API_KEY`');
    expect(byId.get('anthropic-api-key').properties.tags).toContain('anthropic');
    const severity = Object.fromEntries(rules.map((r) => [r.id, r.properties['security-severity']]));
    expect(severity['openai-admin-key']).toBe('9.5');
    expect(severity['anthropic-admin-key']).toBe('9.5');
    expect(severity['openai-project-key']).toBe('8.0');
    const precision = Object.fromEntries(rules.map((r) => [r.id, r.properties.precision]));
    expect(precision['deepseek-api-key']).toBe('medium');
    expect(precision['azure-openai-key']).toBe('medium');
    expect(precision['openai-project-key']).toBe('high');
    expect(precision['azure-openai-identifiable-key']).toBe('high');
  });

  it('gives each result its rule by id and index, level error, and a message with provider, redacted key and fingerprint', () => {
    const names: Record<string, string> = {
      openai: 'OpenAI',
      anthropic: 'Anthropic',
      openrouter: 'OpenRouter',
      deepseek: 'DeepSeek',
    };
    const run = log.runs[0];
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((res: Json, i: number) => {
      const f = report.findings[i]!;
      expect(res.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(f.rule);
      expect(res.level).toBe('error');
      expect(res.message.text).toContain(names[f.provider]);
      expect(res.message.text).toContain(f.redacted);
      expect(res.message.text).toContain(f.fingerprint);
      expect(res.properties.fingerprint).toBe(f.fingerprint);
    });
  });

  it('writes repository-relative paths as percent-encoded URI references under %SRCROOT%', () => {
    const locations = log.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation);
    const uris = locations.map((l: Json) => l.uri);
    expect(uris).toContain('docs/read%20me.md');
    expect(uris).toContain('odd/%231%3F50%25.txt');
    expect(uris).toContain('%C3%BCn%C3%AFc%C3%B8d%C3%A9/%D0%BA%D0%BB%D1%8E%D1%87.env');
    for (const [i, loc] of locations.entries()) {
      const f = report.findings[i]!;
      if (f.file === '-') continue;
      expect(loc.uriBaseId).toBe('%SRCROOT%');
      expect(decodeURIComponent(loc.uri)).toBe(f.file);
    }
    expect(fileUri('a:b/c d')).toBe('a%3Ab/c%20d');
    expect(fileUri('lone\uD800.txt')).toBe('lone%EF%BF%BD.txt');
  });

  it('gives a stdin finding the artifact "stdin", outside %SRCROOT%', () => {
    const res = log.runs[0].results.find((r: Json) => r.ruleId === 'anthropic-admin-key');
    const loc = res.locations[0].physicalLocation.artifactLocation;
    expect(loc.uri).toBe(STDIN_URI);
    expect(loc.uriBaseId).toBeUndefined();
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 12 });
  });

  it('records the commit, author date and verification of a history finding, not the author', () => {
    const res = log.runs[0].results.find(
      (r: Json) => r.locations[0].physicalLocation.artifactLocation.uri === 'old/settings.json',
    );
    expect(res.properties).toMatchObject({ commit: fixture.commit, date: '2024-01-01T00:00:00Z' });
    expect(res.properties.author).toBeUndefined();
    expect(res.message.text).toContain(fixture.commit.slice(0, 12));
    expect(res.properties.verification).toEqual({ status: 'live', reason: 'ok' });
    expect(res.message.text).toContain('Verification: live (ok).');
  });

  it('fingerprints each location: same key in two files or twice in one differs, a moved line keeps its fingerprint', () => {
    const results: Json[] = log.runs[0].results;
    const anthropic = results.filter((r) => r.ruleId === 'anthropic-api-key');
    expect(anthropic).toHaveLength(2);
    const [a, b] = anthropic.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY]);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(new Set(results.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY])).size).toBe(results.length);
    for (const r of results) expect(r.fingerprints).toEqual(r.partialFingerprints);
    const twice = { ...report, findings: [report.findings[0]!, { ...report.findings[0]!, line: 9 }] };
    const [first, second] = JSON.parse(sarifReporter(twice, context)).runs[0].results;
    expect(first.partialFingerprints).toEqual(results[0].partialFingerprints);
    expect(second.partialFingerprints[SARIF_FINGERPRINT_KEY]).not.toBe(
      first.partialFingerprints[SARIF_FINGERPRINT_KEY],
    );
    const moved = { ...report, findings: report.findings.map((f) => ({ ...f, line: f.line + 5 })) };
    const again = JSON.parse(sarifReporter(moved, context)).runs[0].results;
    expect(again.map((r: Json) => r.partialFingerprints)).toEqual(results.map((r) => r.partialFingerprints));
  });

  it('reports notes as tool execution notifications of a successful invocation', () => {
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications.map((n: Json) => [n.level, n.descriptor.id]).sort()).toEqual([
      ['note', 'unused-ignore'],
      ['warning', 'invalid-ignore-entry'],
    ]);
  });
});

it('gives a finding of a rule missing from the rule table a descriptor of its own, so ruleIndex never dangles', () => {
  const finding: Finding = {
    provider: 'acme',
    rule: 'acme-token',
    description: 'Token of a rule not in the table',
    file: 'a.txt',
    line: 1,
    column: 1,
    endColumn: 10,
    redacted: 'acme-…',
    fingerprint: 'f'.repeat(24),
  };
  const stats = {
    source: 'files',
    files: 1,
    bytes: 9,
    skipped: { binary: 0, symlink: 0, excluded: 0, unreadable: 0, submodule: 0 },
    suppressed: { inline: 0, ignored: 0, baseline: 0 },
    durationMs: 1,
  } as const;
  const log = JSON.parse(
    sarifReporter({ findings: [finding], stats, notes: [] }, { ...context, rules: builtinRules.slice(0, 2) }),
  );
  const run = log.runs[0];
  expect(run.tool.driver.rules.map((r: Json) => r.id)).toEqual([
    ...builtinRules.slice(0, 2).map((r) => r.id),
    'acme-token',
  ]);
  expect(run.results[0].ruleIndex).toBe(2);
  expect(run.results[0].message.text).toContain('acme: Token of a rule not in the table found: acme-…');
  expect(schemaErrors(log)).toEqual([]);
});

describe('skguard scan --format sarif', () => {
  it('exits 1 with valid SARIF whose regions point at each key, listing every rule, never a key', async () => {
    const { repo, keys, files } = keyRepo(seeded(7));
    try {
      const r = await runCli(['scan', repo.dir, '--format', 'sarif'], { cwd: repo.dir });
      expect(r.stderr).toMatch(/^skguard: \d+ findings · scanned [^\n]*\n$/);
      expect(r.code).toBe(1);
      expectNoKeys(r.stdout + r.stderr, keys);
      const log = JSON.parse(r.stdout);
      expect(schemaErrors(log)).toEqual([]);
      const run = log.runs[0];
      expect(run.tool.driver.rules.map((x: Json) => x.id)).toEqual(builtinRules.map((x) => x.id));
      expect(run.results).toHaveLength(Object.keys(keys).length);
      const found = new Set<string>();
      for (const res of run.results) {
        const { artifactLocation, region } = res.locations[0].physicalLocation;
        const file = decodeURIComponent(artifactLocation.uri);
        expect(readFileSync(repo.path(file), 'utf8')).toBe(files[file]);
        expect(region.endLine).toBe(region.startLine);
        // Columns count UTF-16 code units, as JavaScript strings do: the slice is the key itself.
        const line = files[file]!.split('\n')[region.startLine - 1]!;
        const key = line.slice(region.startColumn - 1, region.endColumn - 1);
        expect(Object.values(keys)).toContain(key);
        found.add(key);
      }
      expect(found.size).toBe(Object.keys(keys).length);
      const app = run.results.find((x: Json) => x.locations[0].physicalLocation.artifactLocation.uri === 'src/app.ts');
      // Two emoji before the key: 2 UTF-16 units each, so code points would put the key 2 columns earlier.
      expect(app.locations[0].physicalLocation.region.startColumn).toBe(
        files['src/app.ts']!.split('\n')[1]!.indexOf(keys.project) + 1,
      );
    } finally {
      repo.dispose();
    }
  });

  it('exits 0 on a clean repository with valid SARIF, no results and the full rule table', async () => {
    const repo = new TestRepo();
    try {
      repo.write('README.md', 'Set OPENAI_API_KEY=sk-... in your environment.\n').commit();
      const r = await runCli(['scan', repo.dir, '--format', 'sarif'], { cwd: repo.dir });
      expect(r.code).toBe(0);
      const log = JSON.parse(r.stdout);
      expect(schemaErrors(log)).toEqual([]);
      expect(log.runs[0].results).toEqual([]);
      expect(log.runs[0].tool.driver.rules).toHaveLength(builtinRules.length);
      expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
      if (!multitoolProblem()) {
        expect(multitoolValidate(r.stdout).filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
      }
    } finally {
      repo.dispose();
    }
  });
});
