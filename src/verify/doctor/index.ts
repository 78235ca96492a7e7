import { SkguardError } from '../../core/errors.js';
import { fingerprint, type ProviderModule, providerOf, providers } from '../../core/index.js';
import { resolveOverrides } from '../endpoints.js';
import { ruleOfKey } from '../infer.js';
import { systemNet } from '../reach.js';
import { Verifier } from '../verifier.js';
import { foreignRules, ownRule, redactAny } from './family.js';
import { isVariantOf, nearMisses } from './near-miss.js';
import { diagnoseOpenai } from './openai.js';
import { diagnoseProvider } from './provider.js';
import { appEnv, findValue, isSet, readSources, visibleNames } from './sources.js';
import type {
  DoctorCheck,
  DoctorDeps,
  DoctorInput,
  DoctorReport,
  KeyDiagnosis,
  ProviderDiagnosis,
  Run,
  Sources,
} from './types.js';
import { cleanValue } from './value.js';
import { keyVerdict, worst } from './verdict.js';

export type {
  CheckStatus,
  DoctorCheck,
  DoctorDeps,
  DoctorInput,
  DoctorReport,
  DoctorVerdict,
  KeyDiagnosis,
  ProviderDiagnosis,
} from './types.js';

/**
 * Diagnoses a developer's own provider keys, as each provider's troubleshooting guide would: every
 * provider variable that is set (in the environment, the `--dotenv` file or an unloaded `./.env`),
 * or one provider's: is the variable there, is its value clean, is it that provider's key at all,
 * how the host is reached, does the provider accept it (OpenAI also: organization, project, model).
 * Live checks go through the same transport as `--verify`, proxy variables included. Never returns
 * a key whole. Throws a `SkguardError` (usage) for a bad `--dotenv`, `--provider` or override.
 */
export async function runDoctor(input: DoctorInput, deps: DoctorDeps = {}): Promise<DoctorReport> {
  const only = input.provider === undefined ? undefined : providerOf(input.provider);
  if (input.provider !== undefined && !only) {
    throw new SkguardError(`--provider: unknown provider "${input.provider}"`, 'usage');
  }
  const sources = readSources(input);
  const timeoutMs = input.timeoutMs ?? 10_000;
  // Where skguard's own checks go is a setting of skguard: a bad override is a usage error, before anything runs.
  const overrides = resolveOverrides(input.env);
  const run: Run = {
    env: input.env,
    appEnv: appEnv(sources),
    sources,
    overrides,
    verifier: new Verifier({ env: input.env, timeoutMs, retries: 0, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
    fetch: deps.fetch,
    net: deps.net ?? systemNet,
    timeoutMs,
    model: input.model,
  };
  const plan = selection(sources, only);
  if (plan.length === 0) {
    return {
      ok: false,
      verdict: 'does-not-work',
      providers: [],
      lookedFor: providers.flatMap((p) => p.env),
      lookedIn: sources.file ? [sources.file.name] : ['the environment', './.env'],
    };
  }
  const diagnosed = await Promise.all(
    plan.map(async ({ module, variables }): Promise<ProviderDiagnosis> => {
      const keys = await Promise.all(variables.map((variable) => diagnoseKey(run, module, variable)));
      const verdict = worst(keys.map((k) => k.verdict));
      return { provider: module.id, name: module.name, verdict, ok: verdict === 'works', keys };
    }),
  );
  const verdict = worst(diagnosed.map((p) => p.verdict));
  return { ok: verdict === 'works', verdict, providers: diagnosed };
}

/**
 * The providers to diagnose, in registry order, each with its variables that are set. A provider
 * none of whose variables is set is diagnosed (as missing) when `--provider` names it, or when a
 * near-miss name of its is set: a variant of its variable's spelling, or another name holding its key.
 */
function selection(
  sources: Sources,
  only: ProviderModule | undefined,
): { module: ProviderModule; variables: string[] }[] {
  const names = [...visibleNames(sources).keys()];
  const out: { module: ProviderModule; variables: string[] }[] = [];
  for (const module of only ? [only] : providers) {
    const set = module.env.filter((v) => isSet(sources, v));
    if (set.length > 0) out.push({ module, variables: set });
    else if (
      only ||
      nearMisses(module, names).some((n) => isVariantOf(module, n) || holdsKeyOf(module, valueSeen(sources, n)))
    ) {
      out.push({ module, variables: [module.env[0] as string] });
    }
  }
  return out;
}

/** A variable's value wherever doctor sees it (to tell a near-miss name that holds a key). */
function valueSeen(sources: Sources, name: string): string | undefined {
  return sources.file ? sources.file.vars.get(name)?.value : (sources.env[name] ?? sources.dotenv?.get(name)?.value);
}

/** Whether a value, quotes and spaces aside, is a key of the provider's shapes. */
function holdsKeyOf(module: ProviderModule, value: string | undefined): boolean {
  const bare = value?.trim().replace(/^["'`]|["'`]$/g, '');
  return bare !== undefined && ownRule(module, bare) !== undefined;
}

/** One variable of one provider, from the value to the verdict. */
async function diagnoseKey(run: Run, module: ProviderModule, variable: string): Promise<KeyDiagnosis> {
  const checks: DoctorCheck[] = [];
  const add = (check: DoctorCheck) => checks.push(check);
  const out: KeyDiagnosis = { variable, verdict: 'could-not-tell', checks };
  const { value, source } = findValue(module, variable, run.sources, add);
  if (source !== undefined) out.source = source;
  const key = value === undefined ? '' : cleanValue(value, module, variable, add);
  if (key !== '') {
    const rule = ownRule(module, key) ?? foreignRules(module, key)[0] ?? ruleOfKey(key);
    out.key = {
      redacted: redactAny(key, rule),
      fingerprint: fingerprint(key),
      length: key.length,
      ...(rule ? { rule: rule.id } : {}),
    };
    // OpenAI has its own, deeper diagnosis; every other provider the registry's.
    const diagnose = module.id === 'openai' ? diagnoseOpenai : diagnoseProvider;
    await diagnose(run, module, variable, key, out, add);
  }
  // The verdict first, the checks last: how people read the JSON.
  const { checks: _, ...found } = out;
  return { ...found, verdict: keyVerdict(checks), checks };
}
