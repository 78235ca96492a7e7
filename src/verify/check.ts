import {
  type AnswerRow,
  type BodyTest,
  commonFacts,
  errorOf,
  type FactSpec,
  type Facts,
  isJsonObject,
  type ProbeAnswer,
  type ProviderCheck,
  type ProviderModule,
  providerOf,
  quoted,
  rateLimited,
  redirected,
  serverTrouble,
  unrecognised,
  untrusted,
  type Verdict,
  verdict,
} from '../core/index.js';
import { displayUrl, hostUrl, under } from './endpoints.js';
import type { KeyContext, ProbeRequest } from './types.js';

/**
 * The one interpreter of the providers' checks (`src/core/providers/*`): builds the request a
 * module describes and reads the answer through its table. What every provider shares (redirects
 * not followed, a proxy's HTML page never taken for the provider's word, 5xx and throttling
 * unknown) is decided here, once.
 */

/**
 * The requests for one key (one per region to try, in order), or a verdict at once when the key
 * cannot be checked (nothing is sent). `override` is the provider's `SKGUARD_<ID>_BASE_URL`: it
 * replaces where requests go, not which resource they are for.
 */
export function checkRequests(
  module: ProviderModule,
  check: ProviderCheck,
  key: string,
  context: KeyContext,
  override: URL | undefined,
): ProbeRequest[] | Verdict {
  const notCheckable = check.notCheckableRules?.[context.rule];
  if (notCheckable !== undefined) return verdict('unknown', 'not_checkable', notCheckable);
  const named = namedHost(check, context);
  let targets: URL[];
  if (override) targets = [override];
  else if (named) targets = [hostUrl(named, `${module.name} endpoint`)];
  else if (check.base) targets = [check.base, ...(check.regions ?? [])].map((b) => new URL(b));
  else {
    const why = check.withoutBase ?? {
      reason: 'endpoint_unknown' as const,
      detail: `no ${module.name} host was found beside the key: the key's status is unknown`,
    };
    return verdict('unknown', why.reason, why.detail);
  }
  // Azure: an override stands in for the resource, which must still be known.
  if (override && check.base === undefined && !named && check.baseFromContext !== undefined) {
    const why = check.withoutBase ?? {
      reason: 'endpoint_unknown' as const,
      detail: `no ${module.name} host was found beside the key`,
    };
    return verdict('unknown', why.reason, why.detail);
  }
  const spec = { ...check.request, ...check.byRule?.[context.rule] };
  const headers: Record<string, string> = { ...spec.headers };
  let body: string | undefined;
  switch (spec.auth.kind) {
    case 'bearer':
      headers.authorization = `Bearer ${key}`;
      break;
    case 'header':
      headers[spec.auth.name.toLowerCase()] = key;
      break;
    case 'basic': {
      const user = context.context[spec.auth.userFromContext];
      if (!user) {
        return verdict(
          'unknown',
          'context_missing',
          check.withoutUser ?? 'the key is checked together with another credential, and none was found beside it',
        );
      }
      headers.authorization = `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`;
      break;
    }
    case 'form':
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ [spec.auth.field]: key }).toString();
      break;
  }
  return targets.map((target) => ({
    url: under(target, spec.path),
    method: spec.method,
    headers,
    ...(body === undefined ? {} : { body }),
  }));
}

/** Which entries of a key's context name its host (the check's `baseFromContext`), in order. */
export function hostContextIndexes(check: ProviderCheck): readonly number[] {
  const at = check.baseFromContext;
  return at === undefined ? [] : typeof at === 'number' ? [at] : at;
}

/** The host named beside the key, by the check's `baseFromContext` (the first that was found). */
function namedHost(check: ProviderCheck, context: KeyContext): string | undefined {
  return hostContextIndexes(check)
    .map((i) => context.context[i])
    .find((text) => text);
}

/** The field at a dotted path of a JSON body (`error.code`, `balance_infos.0.currency`). */
function field(json: unknown, path: string): unknown {
  if (path === '') return json;
  let value: unknown = json;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function keptFacts(answer: ProbeAnswer, specs: readonly FactSpec[], facts: Facts): Facts {
  const success = answer.status >= 200 && answer.status < 300;
  for (const spec of specs) {
    if ((spec.status ?? 'success') === 'success' && !success) continue;
    const value = spec.from === 'header' ? answer.headers.get(spec.path) : field(answer.json, spec.path);
    if (spec.count) {
      if (Array.isArray(value)) facts[spec.as] = value.length;
    } else if (typeof value === 'string') {
      if (value !== '') facts[spec.as] = untrusted(value);
    } else if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
      facts[spec.as] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      facts[spec.as] = untrusted(value.join(', '));
    }
  }
  return facts;
}

function holds(test: BodyTest, json: unknown): boolean {
  const value = field(json, test.path);
  if (test.equals !== undefined && value !== test.equals) return false;
  if (test.matches !== undefined && !(typeof value === 'string' && test.matches.test(value))) return false;
  if (test.le !== undefined) {
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
    if (!(Number.isFinite(n) && n <= test.le)) return false;
  }
  return true;
}

function fits(row: AnswerRow, answer: ProbeAnswer): boolean {
  const statuses = typeof row.status === 'number' ? [row.status] : row.status;
  if (!statuses.includes(answer.status)) return false;
  // Only the provider's own (JSON or empty) answer can call a key invalid, never a proxy's page.
  if (row.verdict === 'invalid' && !isJsonObject(answer) && answer.text.trim() !== '') return false;
  if (row.verdict === 'live' && answer.status < 300 && !isJsonObject(answer)) return false;
  return (row.body ?? []).every((test) => holds(test, answer.json));
}

function phrase(template: string, values: Record<string, string>, facts: Facts): string {
  return template.replace(/\{(fact:)?([a-zA-Z]+)\}/g, (whole, fact: string | undefined, name: string) => {
    if (fact) return String(facts[name] ?? '?');
    return values[name] ?? whole;
  });
}

/** What an answer means, per the module's table; what no row covers is never invalid. */
export function classifyAnswer(
  module: ProviderModule,
  check: ProviderCheck,
  answer: ProbeAnswer,
  context: KeyContext,
): Verdict {
  const facts = keptFacts(answer, check.facts ?? [], commonFacts(answer, check.requestIdHeader ?? 'x-request-id'));
  const rotate = module.rules.find((r) => r.id === context.rule)?.rotateUrl ?? module.rotateUrl;
  const name = module.name;
  const custom = check.classify?.(answer, { rule: context.rule, facts, name, rotate });
  if (custom) return custom;
  const endpointText = namedHost(check, context);
  const values: Record<string, string> = {
    name,
    rotate,
    status: String(answer.status),
    message: quoted(errorOf(answer).message),
    endpoint: endpointText ? displayUrl(hostUrl(endpointText, `${name} endpoint`)) : 'the endpoint',
  };
  const row = check.answers.find((r) => fits(r, answer));
  if (row) return verdict(row.verdict, row.reason, phrase(row.detail, values, facts), facts);
  const { status } = answer;
  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(name, answer, facts);
    return verdict('live', 'ok', `${name} accepted the key: it works; if it leaked, revoke it at ${rotate}`, facts);
  }
  if (status >= 300 && status < 400) return redirected(name, answer, facts);
  if (status === 429) return rateLimited(name, facts, '; try again later');
  if (status >= 500) return serverTrouble(name, answer, check.statusPage ?? rotate, facts);
  return unrecognised(name, answer, facts);
}

/** OpenAI's request (`/v1/models`, or the admin-key list for admin keys) at `base`, with extra headers: what `doctor` sends. */
export function openaiRequest(
  key: string,
  base: URL,
  admin: boolean,
  extra: Record<string, string> = {},
): ProbeRequest {
  const module = providerOf('openai') as ProviderModule;
  const rule = admin ? 'openai-admin-key' : 'openai-project-key';
  const requests = checkRequests(
    module,
    module.check as ProviderCheck,
    key,
    { provider: 'openai', rule, context: [] },
    base,
  );
  const request = (requests as ProbeRequest[])[0] as ProbeRequest;
  return { ...request, headers: { ...request.headers, ...extra } };
}
