import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionLog, neutralise } from '../../src/action/log.js';
import { families, seeded } from '../support/keys.js';
import { actingCommands, readAsRunner } from '../support/runner-log.js';

/**
 * The Action's one way to its log, read back as the runner reads it (test/support/runner-log.ts).
 * @actions/core writes to process.stdout; the tests capture those writes (nothing is mocked).
 */

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** What an attacker puts in a file name, an author, a rule description: every way to a command. */
const ATTACKS = [
  'x\n::error file=forged.ts,line=1::forged annotation',
  'x\r::warning::forged warning',
  'x\r\n::set-output name=findings::0',
  '::add-mask::skguard',
  'Eve ##[stop-commands]pwn',
  '##[error]legacy forged',
  '  \u00a0\u2003::error::after unicode spaces',
  '\u2028::error::after a line separator',
  '\u0085::error::after NEL',
  '::stop-commands::pwn',
  '::STOP-COMMANDS::pwn',
  '##[set-output name=live]9',
  '%0A::error::escaped newline',
  'a::error::not at the start, harmless, but neutralised anyway',
];

describe('ActionLog: nothing the input chose becomes a workflow command', () => {
  it('text from the input is written where the runner obeys no command, and commands resume after', () => {
    const log = new ActionLog();
    for (const attack of ATTACKS) log.text(`skguard: could not read ${attack}`);
    log.error('a finding', { file: 'app.ts', startLine: 3 });
    log.close();
    const reading = readAsRunner(out);
    const acting = actingCommands(reading);
    expect(acting.map((c) => c.name)).toEqual(['error']);
    expect(acting[0]).toMatchObject({ properties: { file: 'app.ts', line: '3' }, data: 'a finding' });
    expect(reading.stopped).toBe(false);
    // Every attack is still there to read, as text.
    expect(reading.text.join('\n')).toContain('Eve ##[stop-commands]pwn');
  });

  it('annotation messages and titles, and the failure, are inert as command lines', () => {
    const log = new ActionLog();
    for (const attack of ATTACKS) log.error(`message ${attack}\n${attack}`, { title: attack });
    log.fail(`skguard: ${ATTACKS.join('\n')}`);
    log.close();
    const acting = actingCommands(readAsRunner(out));
    // Nine findings' annotations (the tenth error is the failure's), then the failure.
    expect(acting.map((c) => c.name)).toEqual([...Array(9).fill('error'), 'error']);
    for (const c of acting) {
      for (const shown of [c.data, c.properties.title ?? '']) {
        // What the runner shows: no line of it would parse as a command, no `##[` anywhere.
        const again = readAsRunner(shown);
        expect(actingCommands(again)).toEqual([]);
        expect(shown).not.toContain('##[');
      }
    }
    expect(process.exitCode).toBe(1);
  });

  it('holds for any text (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('::', '##[', ']', '\n', '\r', '\r\n', '%', '%0A', ',', '=', ' ', '\u00a0', '\u2028', '\u0085'),
      fc.constantFrom('error', 'warning', 'add-mask', 'stop-commands', 'set-output', 'set-env', 'notice', 'echo'),
      fc.string({ maxLength: 6 }),
    );
    const hostile = fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        out = '';
        const log = new ActionLog();
        log.text(a);
        log.error(b, { title: c, file: a });
        log.warning(c);
        log.text(b);
        log.close();
        const reading = readAsRunner(out);
        expect(reading.stopped).toBe(false);
        expect(actingCommands(reading).map((cmd) => cmd.name)).toEqual(['error', 'warning']);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralise breaks `::` at a line start and `##[` anywhere, and changes nothing else', () => {
    expect(neutralise(' ::error::x\nok :: fine\n##[a] b##[c')).toBe(
      ' :\u200b:error::x\nok :: fine\n##\u200b[a] b##\u200b[c',
    );
    expect(neutralise('plain text: 3 keys')).toBe('plain text: 3 keys');
  });
});

describe('ActionLog: keys', () => {
  const random = seeded(91);
  const key = families['anthropic-api']!.make(random);
  const other = families['openai-proj-74']!.make(random);

  it('a key the scan found is masked before anything shows it, and shown redacted', () => {
    const log = new ActionLog();
    log.learn(key, 'sk-ant-api03-');
    log.text(`found ${key} in a file`);
    log.error(`key ${key}`, { title: key, file: 'a.ts' });
    log.close();
    const reading = readAsRunner(out);
    const masks = actingCommands(reading).filter((c) => c.name === 'add-mask');
    expect(masks.map((m) => m.data)).toEqual([key]);
    expect(out.indexOf(`::add-mask::${key}`)).toBeLessThan(out.indexOf('found'));
    const shown = out.replace(`::add-mask::${key}`, '');
    expect(shown).not.toContain(key);
    expect(shown).toContain('sk-ant-api03-');
  });

  it('a key in a path, an author or a branch is masked, then shown redacted; its path is named on no file', () => {
    const log = new ActionLog();
    log.text(`skguard: push to refs/heads/${other}`);
    log.error('finding', { file: `config/${other}.env`, startLine: 2, title: `by ${other}` });
    log.close();
    const acting = actingCommands(readAsRunner(out));
    expect(acting[0]).toMatchObject({ name: 'add-mask', data: other });
    const error = acting.find((c) => c.name === 'error');
    expect(error?.properties.file).toBeUndefined();
    expect(error?.properties.line).toBeUndefined();
    expect(out.replace(`::add-mask::${other}`, '')).not.toContain(other);
  });

  it('does not mask strings shorter than a key (a hostile rule cannot blank the log)', () => {
    const log = new ActionLog();
    log.learn('error', '');
    log.close();
    expect(out).not.toContain('add-mask');
  });
});

describe('ActionLog: GitHub limits', () => {
  it('emits at most nine error annotations and ten warnings; the failure always gets its own', () => {
    const log = new ActionLog();
    const shown = Array.from({ length: 30 }, (_, i) => log.error(`finding ${i}`));
    for (let i = 0; i < 15; i++) log.warning(`problem ${i}`);
    log.fail('skguard: 30 keys found');
    log.close();
    expect(shown.filter(Boolean)).toHaveLength(9);
    const acting = actingCommands(readAsRunner(out));
    expect(acting.filter((c) => c.name === 'error')).toHaveLength(10);
    expect(acting.filter((c) => c.name === 'warning')).toHaveLength(10);
    expect(acting.at(-1)).toMatchObject({ name: 'error', data: 'skguard: 30 keys found' });
    // The warnings past ten are still in the log, as text.
    expect(readAsRunner(out).text).toContain('warning: problem 14');
  });
});

describe('the Action writes to its log only through ActionLog', () => {
  const dir = path.resolve(import.meta.dirname, '../../src/action');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('no other module of src/action imports @actions/core or writes to stdout, stderr or the console', () => {
    const offenders = files
      .filter((f) => f !== 'log.ts')
      .filter((f) =>
        /from '@actions\/core'|import\('@actions\/core'\)|process\.(stdout|stderr)|console\./.test(
          readFileSync(path.join(dir, f), 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
