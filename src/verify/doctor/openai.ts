import { isCheckable, type ProviderModule, providers, type Rule, scrubbed } from '../../core/index.js';
import { classifyOpenai, isOpenaiAdminKey, modelIds, OPENAI_URLS } from '../../core/providers/openai.js';
import { openaiRequest } from '../check.js';
import { displayUrl, under } from '../endpoints.js';
import { probe, type Transport } from '../http.js';
import type { ProbeAnswer, Verdict } from '../types.js';
import { failureVerdict } from '../verifier.js';
import { article, foreignKey, foreignRules, ownRule, placeholderCheck } from './family.js';
import { liveCheck, liveStatus } from './live.js';
import { requestTarget } from './openai-endpoint.js';
import { liveStep } from './provider.js';
import { routeChecks } from './route.js';
import type { Add, DiagnoseKey, DoctorCheck } from './types.js';

/**
 * OpenAI, the deepest diagnosis, as the troubleshooting guide would: where requests go
 * (`OPENAI_BASE_URL`, gateways, OpenAI-compatible providers), which key this is, the route, OpenAI's
 * answer, and the organization, project and model the SDK would send.
 */
export const diagnoseOpenai: DiagnoseKey = async (run, module, variable, key, out, add) => {
  const override = run.overrides.openai;
  const where = requestTarget(run.appEnv, override, add);
  const family = openaiFamily(module, variable, key, where.sdk, add);
  if (!family) {
    add({ id: 'live', status: 'skip', message: 'not checked: the variable does not hold an OpenAI key' });
    return;
  }
  if (!where.sendable) {
    add({ id: 'live', status: 'skip', message: 'not checked: the key would be sent in clear text' });
    return;
  }
  if (family.via) {
    await liveStep(run, family.via, variable, key, family.rule, out, add);
    return;
  }
  const target = where.api;
  out.target = displayUrl(target);
  if (!(await routeChecks(target, run.env, run.net, run.timeoutMs, add))) {
    add({ id: 'live', status: 'skip', message: `not checked: ${target.host} could not be reached from here` });
    return;
  }
  const transport: Transport = { fetch: run.fetch, env: run.env };
  const admin = family.admin;
  const request = openaiRequest(key, apiRoot(target), admin);
  if (!admin) request.url = modelsUrl(target);
  const result = await probe(request, transport, run.timeoutMs);
  const answer = 'answer' in result ? result.answer : undefined;
  const verdict: Verdict = scrubbed(
    answer
      ? classifyOpenai(answer, admin)
      : failureVerdict('OpenAI', target.host, (result as { failure: never }).failure),
    key,
  );
  out.verification = verdict;
  // Through another service (a gateway), a 200 on /models may not have looked at the key.
  const elsewhere = !override && target.hostname !== 'api.openai.com' ? target.host : undefined;
  add(openaiLive(verdict, module, variable, admin, elsewhere));
  if (verdict.status === 'live') {
    await orgProjectChecks(key, run.appEnv, target, admin, answer, transport, run.timeoutMs, add);
  }
  if (run.model !== undefined) modelCheck(run.model, admin ? undefined : answer, add);
};

function modelsUrl(api: URL): URL {
  return under(api, '/models');
}

/** The API's root: its base URL less the `/v1` every OpenAI path starts with. */
function apiRoot(api: URL): URL {
  const root = new URL(api.href);
  root.pathname = root.pathname.replace(/\/v1\/?$/, '');
  return root;
}

/** The live line, OpenAI's way: an admin key works only for administration; a gateway's 200 may not have checked. */
function openaiLive(
  verdict: Verdict,
  module: ProviderModule,
  variable: string,
  admin: boolean,
  elsewhere: string | undefined,
): DoctorCheck {
  const line = liveCheck(verdict, module, variable);
  if (line.status !== 'pass') return line;
  if (elsewhere) {
    return {
      id: 'live',
      status: 'warn',
      message: `${elsewhere} answered 200 to GET /models: some services answer that without checking the key`,
      fix: 'make one real request to be sure, or unset OPENAI_BASE_URL to check against OpenAI',
    };
  }
  return admin ? { ...line, status: 'warn' } : line;
}

/** What the OpenAI variable holds: checked at OpenAI (`admin` keys on their own endpoint), at a compatible provider `via` OPENAI_BASE_URL, or not at all. */
type OpenaiFamily = { via?: undefined; admin: boolean } | { via: ProviderModule; rule: Rule };

function openaiFamily(
  module: ProviderModule,
  variable: string,
  key: string,
  sdk: URL,
  add: Add,
): OpenaiFamily | undefined {
  const own = ownRule(module, key);
  if (own?.id === 'openai-admin-key' || (!own && isOpenaiAdminKey(key))) {
    add({
      id: 'family',
      status: 'fail',
      message: `an OpenAI admin key (sk-admin-, ${key.length} characters): it manages the organisation and cannot call the model APIs`,
      fix: `create a project key at ${OPENAI_URLS.keys} for API calls; keep admin keys for the administration API`,
    });
    return { admin: true };
  }
  if (own) {
    if (placeholderCheck(module, variable, own, key, add)) return undefined;
    add({ id: 'family', status: 'pass', message: `an OpenAI key: ${own.description} (${key.length} characters)` });
    return { admin: false };
  }
  // OPENAI_BASE_URL at a provider that speaks OpenAI's API: that provider's key is right there.
  const via = providers.find(
    (p) => p.id !== 'openai' && isCheckable(p.check) && hostsOf(p).includes(sdk.hostname) && ownRule(p, key),
  );
  if (via) {
    add({
      id: 'family',
      status: 'pass',
      message: `${article(via.name)} ${via.name} key, and OPENAI_BASE_URL points at ${sdk.hostname}: that works`,
    });
    return { via, rule: ownRule(via, key) as Rule };
  }
  if (/^[0-9a-f]{32}$/.test(key)) {
    add({
      id: 'family',
      status: 'fail',
      message: `an Azure OpenAI key in ${variable}: api.openai.com does not accept Azure keys`,
      fix: 'use the AzureOpenAI client with AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT (and OPENAI_API_VERSION)',
    });
    return undefined;
  }
  const foreign = foreignRules(module, key);
  if (foreign[0]) {
    const line = foreignKey(module, variable, foreign);
    add({
      ...line,
      fix: `${line.fix}; or, to use it through the OpenAI SDK, point OPENAI_BASE_URL at its provider's OpenAI-compatible endpoint`,
    });
    return undefined;
  }
  shapeHint(key, add);
  return { admin: false };
}

/** The official hosts of a provider's check (all regions). */
function hostsOf(module: ProviderModule): string[] {
  const check = module.check;
  if (!isCheckable(check) || !check.base) return [];
  return [check.base, ...(check.regions ?? [])].map((b) => new URL(b).hostname);
}

/** An sk- value that fits no known OpenAI shape: say what looks wrong, and still let OpenAI answer. */
function shapeHint(key: string, add: Add): void {
  if (!key.startsWith('sk-')) {
    add({
      id: 'family',
      status: 'warn',
      message: `the value does not look like an OpenAI key (they start with sk-; this starts with ${JSON.stringify(key.slice(0, 3))})`,
      fix: `copy the key again from ${OPENAI_URLS.keys}`,
    });
    return;
  }
  const expected: [string, number[]][] = [
    ['sk-proj-', [56, 132, 164]],
    ['sk-svcacct-', [167, 151]],
    ['sk-admin-', [133, 165]],
    ['sk-None-', [56]],
    ['sk-', [51]],
  ];
  const [prefix, lengths] = expected.find(([p]) => key.startsWith(p)) as [string, number[]];
  const bad = /[^A-Za-z0-9_-]/.exec(key);
  const why = bad
    ? `it holds a character keys never have (${JSON.stringify(bad[0])})`
    : !key.includes('T3BlbkFJ')
      ? 'it lacks the T3BlbkFJ signature every OpenAI key carries'
      : `it has ${key.length} characters where a ${prefix} key has ${lengths.join(' or ')}`;
  add({
    id: 'family',
    status: 'warn',
    message: `an sk- key of no known OpenAI shape: ${why} (truncated or mistyped?)`,
    fix: `copy the whole key again from ${OPENAI_URLS.keys}`,
  });
}

/** With `--model`: is the model in the key's list? */
function modelCheck(model: string, answer: ProbeAnswer | undefined, add: Add): void {
  if (answer?.status !== 200) {
    add({ id: 'model', status: 'skip', message: 'not checked: the live check returned no model list' });
    return;
  }
  const ids = modelIds(answer);
  if (ids.includes(model)) {
    add({ id: 'model', status: 'pass', message: `${model} is in the key's model list (${ids.length} models)` });
    return;
  }
  const near = ids.filter((id) => id.startsWith(model.split('-')[0] ?? '')).slice(0, 5);
  add({
    id: 'model',
    status: 'fail',
    message: `${model} is not in the key's model list (${ids.length} models)${near.length ? `; similar: ${near.join(', ')}` : ''}`,
    fix: `check the model name's spelling, and the project's model access at ${OPENAI_URLS.limits}`,
  });
}

/** Organization and project, as the SDKs send them (`OpenAI-Organization`, `OpenAI-Project`). */
async function orgProjectChecks(
  key: string,
  env: Record<string, string | undefined>,
  api: URL,
  admin: boolean,
  first: ProbeAnswer | undefined,
  transport: Transport,
  timeoutMs: number,
  add: Add,
): Promise<void> {
  const org = env.OPENAI_ORG_ID?.trim() || env.OPENAI_ORGANIZATION?.trim() || undefined;
  const orgName = env.OPENAI_ORG_ID?.trim() ? 'OPENAI_ORG_ID' : 'OPENAI_ORGANIZATION';
  const project = env.OPENAI_PROJECT_ID?.trim() || undefined;
  if (!org && !project) return;
  if (org && !org.startsWith('org-')) {
    add({
      id: 'organization',
      status: 'warn',
      message: `${orgName}=${org} does not look like an organization id (org-…)`,
      fix: `copy the id from ${OPENAI_URLS.organization}, or unset ${orgName}`,
    });
  }
  if (project && !project.startsWith('proj_')) {
    add({
      id: 'project',
      status: 'warn',
      message: `OPENAI_PROJECT_ID=${project} does not look like a project id (proj_…)`,
      fix: `copy the id from ${OPENAI_URLS.projects}, or unset OPENAI_PROJECT_ID`,
    });
  }
  // Send what the SDK sends: the same key with the OpenAI-Organization / OpenAI-Project headers.
  const headers: Record<string, string> = {};
  if (org) headers['openai-organization'] = org;
  if (project) headers['openai-project'] = project;
  const request = openaiRequest(key, apiRoot(api), admin, headers);
  if (!admin) request.url = modelsUrl(api);
  const result = await probe(request, transport, timeoutMs);
  const answer = 'answer' in result ? result.answer : undefined;
  const v = answer ? classifyOpenai(answer, admin) : undefined;
  const seenOrg = answer?.headers.get('openai-organization') ?? first?.headers.get('openai-organization') ?? undefined;
  const seenProject = answer?.headers.get('openai-project') ?? first?.headers.get('openai-project') ?? undefined;
  if (org) {
    if (v?.reason === 'mismatched_organization' || (seenOrg?.startsWith('org-') && seenOrg !== org)) {
      add({
        id: 'organization',
        status: 'fail',
        message: `${orgName}=${org}, but the key belongs to ${seenOrg?.startsWith('org-') ? seenOrg : 'another organization'}: requests sent with it fail`,
        fix: `set ${orgName} to the key's organization (${OPENAI_URLS.organization}) or unset it`,
      });
    } else if (v && v.status === 'live') {
      add({ id: 'organization', status: 'pass', message: `OpenAI accepts the key with ${orgName}=${org}` });
    }
  }
  if (project) {
    if (v?.reason === 'mismatched_project' || (seenProject?.startsWith('proj_') && seenProject !== project)) {
      add({
        id: 'project',
        status: 'fail',
        message: `OPENAI_PROJECT_ID=${project}, but the key belongs to ${seenProject?.startsWith('proj_') ? seenProject : 'another project'}: requests sent with it fail`,
        fix: `set OPENAI_PROJECT_ID to the key's project (${OPENAI_URLS.projects}) or unset it; a project key already names its project`,
      });
    } else if (v && v.status === 'live') {
      add({ id: 'project', status: 'pass', message: `OpenAI accepts the key with OPENAI_PROJECT_ID=${project}` });
    }
  }
  if (v && v.status !== 'live' && v.reason !== 'mismatched_organization' && v.reason !== 'mismatched_project') {
    // A refusal is the set-up's failure; an answer that tells nothing (a 5xx) is not.
    const status = liveStatus(v) === 'fail' ? 'fail' : 'unknown';
    add({
      id: org ? 'organization' : 'project',
      status,
      message: `with the organization/project headers the SDK sends, OpenAI answers differently: ${v.detail}`,
      fix: `check ${[org ? orgName : '', project ? 'OPENAI_PROJECT_ID' : ''].filter(Boolean).join(' and ')}, or unset them`,
    });
  }
  if (!answer && 'failure' in result) {
    add({
      id: org ? 'organization' : 'project',
      status: 'unknown',
      message: `could not check the organization/project headers: ${result.failure.meaning}`,
    });
  }
}
