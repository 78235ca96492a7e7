import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { builtinRules, fingerprint, type Rule, Scanner } from '../core/index.js';
import { MAX_KEY_LENGTH } from '../core/scanner.js';
import type { Config, CustomRule } from './schema.js';

const CONFIG_FILE = '.skguard.json';

const DEFAULTS: Config = { exclude: [], disableRules: [], rules: [] };

/**
 * Loads `.skguard.json` from `dir` (or the file given by `--config`). No file means the defaults;
 * a file that is not valid is an error naming the file, the field and what was expected.
 */
export async function loadConfig(dir: string, explicit?: string): Promise<{ config: Config; file?: string }> {
  const file = explicit ? path.resolve(explicit) : path.join(dir, CONFIG_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new SkguardError(`config file not found: ${explicit}`, 'config');
    return { config: DEFAULTS };
  }
  const shown = explicit ?? CONFIG_FILE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SkguardError(`${shown}: not valid JSON: ${(e as Error).message}`, 'config');
  }
  // The schema (and zod) load only when there is a config to check: the hook's start-up stays small.
  const { checkConfig } = await import('./schema.js');
  const checked = checkConfig(raw);
  if (!('config' in checked)) throw new SkguardError(`${shown}: field ${checked.field}: ${checked.problem}`, 'config');
  const config = checked.config;
  const known = new Set(builtinRules.map((r) => r.id));
  config.disableRules.forEach((id, i) => {
    if (!known.has(id)) {
      throw new SkguardError(
        `${shown}: field disableRules[${i}]: unknown rule "${id}"; known rules: ${[...known].join(', ')}`,
        'config',
      );
    }
  });
  config.rules.forEach((rule, i) => {
    compileCustomRule(rule, `${shown}: field rules[${i}]`);
  });
  return { config, file };
}

/**
 * The active rules: built-ins less the disabled ones, plus custom rules (each checked against its
 * own examples). The keys in those examples are documented fakes: their fingerprints come back so
 * that the config file itself is not reported.
 */
export function activeRules(config: Config): { rules: Rule[]; fakes: Set<string> } {
  const disabled = new Set(config.disableRules);
  const fakes = new Set<string>();
  const custom = config.rules.map((r) => compileCustomRule(r, r.id, fakes));
  return { rules: [...builtinRules.filter((r) => !disabled.has(r.id)), ...custom], fakes };
}

function compileCustomRule(custom: CustomRule, where: string, fakes?: Set<string>): Rule {
  let pattern: RegExp;
  try {
    pattern = new RegExp(custom.pattern, 'g');
  } catch (e) {
    throw new SkguardError(`${where}.pattern: not a valid regular expression: ${(e as Error).message}`, 'config');
  }
  if (pattern.test('')) throw new SkguardError(`${where}.pattern: matches the empty string`, 'config');
  const rule: Rule = {
    id: custom.id,
    provider: custom.provider,
    description: custom.description,
    keywords: custom.keywords,
    pattern,
    maxLength: Math.min(custom.maxLength, MAX_KEY_LENGTH),
    redactPrefix: custom.prefix,
    checks: custom.minEntropy === undefined ? [] : [{ kind: 'entropy', min: custom.minEntropy }],
    examples: custom.examples,
    negatives: custom.negatives,
  };
  const scanner = new Scanner([rule]);
  custom.examples.forEach((text, i) => {
    const found = scanner.scan(Buffer.from(text));
    for (const m of found) fakes?.add(fingerprint(m.secret));
    if (found.length !== 1) {
      throw new SkguardError(
        `${where}.examples[${i}]: the rule does not find exactly one key in this example`,
        'config',
      );
    }
  });
  custom.negatives.forEach((text, i) => {
    if (scanner.scan(Buffer.from(text)).length !== 0) {
      throw new SkguardError(`${where}.negatives[${i}]: the rule finds a key in this negative example`, 'config');
    }
  });
  return rule;
}
