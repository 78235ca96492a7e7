import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSarifFile } from '../../src/action/sarif-file.js';
import { builtinRules, type Finding } from '../../src/core/index.js';
import type { ScanReport } from '../../src/report/types.js';
import { tempDir } from '../support/repo.js';

const finding = (i: number): Finding => ({
  provider: 'openai',
  rule: 'openai-project-key',
  description: 'OpenAI project API key',
  file: `keys/SECRET-${i}.env`,
  line: 1,
  column: 1,
  endColumn: 100,
  redacted: 'sk-proj-AbCd…WxYz',
  fingerprint: i.toString(16).padStart(24, '0'),
});

const report = (n: number): ScanReport => ({
  findings: Array.from({ length: n }, (_, i) => finding(i)),
  stats: {
    source: 'files',
    files: n,
    bytes: n * 100,
    skipped: { binary: 0, symlink: 0, excluded: 0, unreadable: 0, submodule: 0 },
    suppressed: { inline: 0, ignored: 0, baseline: 0 },
    durationMs: 1,
  },
  notes: [],
});

describe('the SARIF file for code scanning', () => {
  it('holds at most 25,000 results (GitHub refuses more in a run), and says how many it left out', () => {
    const dir = tempDir('skguard-sarif-');
    writeSarifFile('out.sarif', dir, report(25_003), builtinRules, (t) => t);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(25_000);
    const note = sarif.runs[0].invocations[0].toolExecutionNotifications.find(
      (n: { descriptor: { id: string } }) => n.descriptor.id === 'sarif-limit',
    );
    expect(note.message.text).toMatch(
      /^3 of 25,003 findings are not in this file: GitHub code scanning accepts at most 25,000/,
    );
  }, 30_000);

  it("is redacted with the run's scrub, and complete when within the limits", () => {
    const dir = tempDir('skguard-sarif-');
    writeSarifFile('out.sarif', dir, report(3), builtinRules, (t) => t.replaceAll('SECRET', 'redacted'));
    const text = readFileSync(path.join(dir, 'out.sarif'), 'utf8');
    expect(text).not.toContain('SECRET');
    expect(JSON.parse(text).runs[0].results).toHaveLength(3);
    expect(text).not.toContain('sarif-limit');
  });
});
