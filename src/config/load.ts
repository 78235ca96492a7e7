import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { builtinRules, fingerprint, type Rule, Scanner } from '../core/index.js';
import { MAX_KEY_LENGTH } from '../core/scanner.js';
import { CONFIG_LIMIT, jsonProblem, readSettingsFile } from './read.js';
import type { Config, CustomRule } from './schema.js';

/** The config file's name at the repository root. */
export const CONFIG_FILE = '.skguard.json';

/** The settings when there is no config file. */
export function defaultConfig(): Config {
  return { exclude: [], disableRules: [], rules: [] };
}

/**
 * Loads `.skguard.json` from `dir` (or the file given by `--config`). No file means the defaults;
 * a file that is not valid is an error naming the file, the field and what was expected.
 */
export async function loadConfig(dir: string, explicit?: string): Promise<{ config: Config; file?: string }> {
  const file = explicit ? path.resolve(explicit) : path.join(dir, CONFIG_FILE);
  const shown = explicit ?? CONFIG_FILE;
  const text = readSettingsFile(file, { label: shown, limit: CONFIG_LIMIT, followLinks: explicit !== undefined });
  if (text === undefined) {
    if (explicit) throw new SkguardError(`config file not found: ${explicit}`, 'config');
    return { config: defaultConfig() };
  }
  return { config: await parseConfig(text, shown), file };
}

/**
 * Checks the text of a config file (read from disk, or from a commit: a pull request's base) and
 * compiles its custom rules. An error names `shown`, the field and what was expected.
 */
export async function parseConfig(text: string, shown: string): Promise<Config> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SkguardError(`${shown}: ${jsonProblem(text, e as Error)}`, 'config');
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
  if (config.rules.length > 0) {
    // Before any pattern runs, even on its rule's own examples; the analysis loads only for custom rules.
    const { unsafePattern } = await import('./regex-safety.js');
    config.rules.forEach((rule, i) => {
      const unsafe = unsafePattern(rule.pattern, Math.min(rule.maxLength, MAX_KEY_LENGTH));
      if (unsafe) throw new SkguardError(`${shown}: field rules[${i}].pattern (rule ${rule.id}): ${unsafe}`, 'config');
    });
  }
  config.rules.forEach((rule, i) => {
    compileCustomRule(rule, `${shown}: field rules[${i}]`);
  });
  return config;
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
