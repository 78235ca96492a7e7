import { describe, expect, it } from 'vitest';
import { getInputs } from '../../src/action/inputs.js';
import { failureMessage } from '../../src/action/verdict.js';
import { actionYml } from './harness.js';

/** Inputs as the runner gives them: action.yml's defaults (token evaluated), then `with:` values. */
function reader(given: Record<string, string> = {}) {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    values[name] = String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/, 'tok');
  }
  Object.assign(values, given);
  return (name: string) => {
    if (!(name in values)) throw new Error(`the action read an input action.yml does not declare: ${name}`);
    return values[name] as string;
  };
}

describe('getInputs: every input read once into typed settings', () => {
  it("action.yml's defaults give the documented settings", () => {
    expect(getInputs(reader())).toEqual({
      token: 'tok',
      mode: 'auto',
      verify: false,
      failOn: 'any',
      comment: true,
      inlineComments: true,
      sarifFile: 'skguard.sarif',
      config: undefined,
      baseline: undefined,
    });
  });

  it('reads YAML booleans as core.getBooleanInput does', () => {
    const s = getInputs(reader({ verify: 'True', comment: 'FALSE', 'inline-comments': 'false', 'fail-on': 'live' }));
    expect(s).toMatchObject({ verify: true, comment: false, inlineComments: false, failOn: 'live' });
  });

  it('an empty sarif-file means no SARIF file', () => {
    expect(getInputs(reader({ 'sarif-file': '' })).sarifFile).toBeUndefined();
  });

  it('errors name the input, the value and what was expected', () => {
    expect(() => getInputs(reader({ mode: 'everything' }))).toThrow(
      'input mode: got "everything"; expected one of auto, history, tree',
    );
    expect(() => getInputs(reader({ verify: 'yes' }))).toThrow('input verify: got "yes"; expected true or false');
    expect(() => getInputs(reader({ 'fail-on': 'some' }))).toThrow(
      'input fail-on: got "some"; expected one of any, live, never',
    );
  });

  it('does not echo a long value (a token pasted into the wrong input stays out of the log)', () => {
    const long = `ghp_${'x'.repeat(60)}`;
    expect(() => getInputs(reader({ mode: long }))).toThrow('input mode: got a 64-character value; expected one of');
  });

  it('fail-on: live without verify is an error naming both inputs', () => {
    expect(() => getInputs(reader({ 'fail-on': 'live' }))).toThrow(/input fail-on: "live" needs input verify: true/);
  });
});

describe('failureMessage: the check fails per fail-on', () => {
  it('any: every finding fails; live: only a live key; never: nothing', () => {
    expect(failureMessage('any', 2, 0)).toBe(
      '2 keys found: rotate them and take them out of the code (see the job summary)',
    );
    expect(failureMessage('any', 0, 0)).toBeUndefined();
    expect(failureMessage('live', 3, 0)).toBeUndefined();
    expect(failureMessage('live', 3, 1)).toBe('1 of 3 keys found is live: rotate it now (see the job summary)');
    expect(failureMessage('never', 3, 3)).toBeUndefined();
  });

  it('says when a live key was suppressed: a working key cannot be acknowledged away', () => {
    expect(failureMessage('any', 1, 1, 1)).toBe(
      '1 key found: rotate it and take it out of the code; it is suppressed, but live: a working key cannot be acknowledged away (see the job summary)',
    );
    expect(failureMessage('live', 3, 2, 1)).toBe(
      '2 of 3 keys found are live: rotate them now; 1 of them is suppressed, but live: a working key cannot be acknowledged away (see the job summary)',
    );
  });
});
