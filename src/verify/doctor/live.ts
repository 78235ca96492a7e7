import { isCheckable, type ProviderModule, type Reason } from '../../core/index.js';
import { OPENAI_URLS } from '../../core/providers/openai.js';
import type { Verdict } from '../types.js';
import type { CheckStatus, DoctorCheck } from './types.js';

/** What a user does about each reason, for any provider: `{rotate}` its key page, `{variable}` the variable. */
const FIXES: Partial<Record<Reason, string>> = {
  invalid_api_key: 'create a new key at {rotate} and put it in {variable} (a revoked or deleted key never comes back)',
  revoked: 'create a new key at {rotate} and put it in {variable}',
  expired: 'create a new key at {rotate} and put it in {variable}',
  key_disabled: 'enable the key again at {rotate}, or create a new one',
  key_blocked: 'the key or its team is blocked: see {rotate}, or create a key in a team in good standing',
  account_deactivated:
    'the account is deactivated: check the e-mail from the provider, or use a key of an active account',
  insufficient_quota: 'add credit to the account (see {rotate}) and retry; new credit can take a few minutes',
  missing_scopes: 'the key is restricted: give it the permissions your app needs at {rotate}',
  permission_denied: 'the key is restricted: check what it may do at {rotate}',
  rate_limited: 'wait and retry with backoff',
  ip_not_allowed: "add this network's IP address to the allow-list, or run from an allowed network",
  region_blocked: 'the provider does not serve requests from here: run from a supported region',
  missing_api_key: 'something between you and the provider drops the key header: check the proxy or gateway',
  server_error: 'the provider is in trouble: retry later{status}',
  overloaded: 'the provider is overloaded: retry later',
  timeout: 'check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the firewall, then retry',
  network_error: 'check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the firewall, then retry',
  dns_error: 'check the host name and DNS; behind a corporate proxy set HTTPS_PROXY',
  tls_error: 'trust the TLS-inspecting proxy CA: NODE_EXTRA_CA_CERTS, SSL_CERT_FILE or REQUESTS_CA_BUNDLE',
  redirected: 'a redirect is not followed (the key would go along): check where requests go',
  endpoint_unknown: 'set {context} so that the key can be checked against its resource',
  context_missing: 'set {context}: the key is checked together with it',
  unrecognised: 'retry later; if it persists, check the provider status{status}',
};

/** OpenAI's own pages for the same reasons. */
const OPENAI_FIXES: Partial<Record<Reason, string>> = {
  insufficient_quota: `add credit at ${OPENAI_URLS.billing} and check the usage limits at ${OPENAI_URLS.limits} (new credit can take a few minutes)`,
  missing_scopes: `the key is restricted: give it the permissions your app needs (Models: Read for /v1/models) at ${OPENAI_URLS.keys}`,
  rate_limited: `wait and retry with backoff; see your rate limits at ${OPENAI_URLS.limits}`,
  ip_not_allowed: `add this network's IP address to the project's IP allow-list (${OPENAI_URLS.projects}) or run from an allowed network`,
  region_blocked: `OpenAI does not serve requests from here: see ${OPENAI_URLS.regions}`,
  account_deactivated:
    'the account is deactivated: check the account e-mail from OpenAI, contact support, or use a key of an active account',
  server_error: `OpenAI is in trouble: see ${OPENAI_URLS.status} and retry later`,
  redirected: 'OPENAI_BASE_URL probably points at a web page rather than the API: check it',
  unrecognised: `retry later; if it persists see ${OPENAI_URLS.status}`,
};

/**
 * The provider's own answers that refuse requests from here whatever the key: the set-up does not
 * work from here, though the key's status is unknown to `--verify`.
 */
const REFUSED_HERE = new Set<Reason>(['region_blocked', 'ip_not_allowed']);

/** A live key that still does not serve requests: an account without credit. */
const LIVE_BUT_FAILING = new Set<Reason>(['insufficient_quota']);

/**
 * How a verdict reads as a doctor line: `pass` (or `warn`, restricted or throttled) only when the
 * provider accepted the key; `fail` when it rejected it, or refused requests from here, or the
 * account cannot pay; `skip` when the key is never sent; `unknown` for everything else (no answer,
 * a proxy that carried nothing, a 5xx): could not tell.
 */
export function liveStatus(verdict: Verdict): CheckStatus {
  if (verdict.status === 'live') {
    if (LIVE_BUT_FAILING.has(verdict.reason)) return 'fail';
    return verdict.reason === 'ok' ? 'pass' : 'warn';
  }
  if (verdict.status === 'invalid' || REFUSED_HERE.has(verdict.reason)) return 'fail';
  return verdict.reason === 'not_checkable' ? 'skip' : 'unknown';
}

/** The fix for a verdict's reason, in the provider's terms. */
function liveFix(verdict: Verdict, module: ProviderModule, variable: string): string | undefined {
  const template = (module.id === 'openai' ? OPENAI_FIXES[verdict.reason] : undefined) ?? FIXES[verdict.reason];
  if (!template) return undefined;
  const check = isCheckable(module.check) ? module.check : undefined;
  const context = [...new Set((check?.contextEnv ?? []).map((names) => names[0]))].filter(Boolean).join(' and ');
  return template
    .replaceAll('{rotate}', module.rotateUrl)
    .replaceAll('{variable}', variable)
    .replaceAll('{context}', context || 'what the key is used with')
    .replaceAll('{status}', check?.statusPage ? ` (${check.statusPage})` : '');
}

/** The `live` line: what the provider's answer means for the key, and what to do. */
export function liveCheck(verdict: Verdict, module: ProviderModule, variable: string): DoctorCheck {
  const status = liveStatus(verdict);
  const fix = status === 'pass' ? undefined : liveFix(verdict, module, variable);
  return { id: 'live', status, message: verdict.detail, ...(fix ? { fix } : {}) };
}
