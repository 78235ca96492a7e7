import { SkguardError } from '../../core/errors.js';
import { isCheckable, type ProviderCheck, type ProviderModule, type Rule, verdict } from '../../core/index.js';
import { checkRequests, hostContextIndexes } from '../check.js';
import { displayUrl, hostUrl } from '../endpoints.js';
import { defaultRule, familyCheck } from './family.js';
import { liveCheck } from './live.js';
import { routeChecks } from './route.js';
import { lookup } from './sources.js';
import type { Add, DiagnoseKey, KeyDiagnosis, Run } from './types.js';

/**
 * Any provider but OpenAI: which key the variable holds, then that provider's live check (the
 * registry's, through the validator `--verify` uses, so through the same proxy), with the fix.
 */
export const diagnoseProvider: DiagnoseKey = async (run, module, variable, key, out, add) => {
  const family = familyCheck(module, variable, key, add);
  if (!family.send) {
    add({ id: 'live', status: 'skip', message: family.why ?? 'not checked' });
    return;
  }
  await liveStep(run, module, variable, key, family.rule ?? defaultRule(module), out, add);
};

/**
 * The live check of a key at its provider: the context its check needs (from the variables its
 * SDKs read), the route to the host, then the validator's verdict as a doctor line.
 */
export async function liveStep(
  run: Run,
  module: ProviderModule,
  variable: string,
  key: string,
  rule: Rule | undefined,
  out: KeyDiagnosis,
  add: Add,
): Promise<void> {
  const check = module.check;
  if (!isCheckable(check)) {
    const v = verdict('unknown', 'not_checkable', check.notCheckable);
    out.verification = v;
    add(liveCheck(v, module, variable));
    return;
  }
  const context = contextOf(run, check, out.source, add);
  if (context === undefined) {
    add({ id: 'live', status: 'skip', message: 'not checked: the key would be sent in clear text' });
    return;
  }
  const ruleId = rule?.id ?? '';
  const requests = checkRequests(
    module,
    check,
    key,
    { provider: module.id, rule: ruleId, context },
    run.overrides[module.id],
  );
  if (!Array.isArray(requests)) {
    out.verification = requests;
    add(liveCheck(requests, module, variable));
    return;
  }
  const target = (requests[0] as { url: URL }).url;
  out.target = displayUrl(target);
  if (!(await routeChecks(target, run.env, run.net, run.timeoutMs, add))) {
    add({ id: 'live', status: 'skip', message: `not checked: ${target.host} could not be reached from here` });
    return;
  }
  const v = await run.verifier.verify({ secret: key, provider: module.id, rule: ruleId, context });
  out.verification = v;
  add(liveCheck(v, module, variable));
}

/**
 * What the check needs besides the key, from the variables the provider's SDKs read (Azure's
 * endpoint, Langfuse's public key and host), where the key was read, each said as found. A host that may not carry the key
 * (plain http to another machine) fails, and undefined is returned: nothing is sent.
 */
function contextOf(run: Run, check: ProviderCheck, keySource: string | undefined, add: Add): string[] | undefined {
  const hostIndexes = hostContextIndexes(check);
  const context: string[] = [];
  let refused = false;
  (check.contextEnv ?? []).forEach((names, i) => {
    const name = names.find((n) => lookup(run.sources, n, keySource) !== undefined);
    const value = name === undefined ? undefined : lookup(run.sources, name, keySource);
    context[i] = value ?? '';
    if (name === undefined || value === undefined) return;
    if (!hostIndexes.includes(i)) {
      add({ id: 'context', status: 'pass', message: `${name} is set: the check sends it with the key` });
      return;
    }
    try {
      add({ id: 'endpoint', status: 'pass', message: `${name} names ${displayUrl(hostUrl(value, name))}` });
    } catch (error) {
      if (!(error instanceof SkguardError)) throw error;
      refused = true;
      add({
        id: 'endpoint',
        status: 'fail',
        message: error.message,
        fix: `use https in ${name} (plain http is fine only for a server on this machine)`,
      });
    }
  });
  return refused ? undefined : context;
}
