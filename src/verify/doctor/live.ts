import { classifyOpenai, OPENAI_URLS } from '../../core/providers/openai.js';
import { openaiRequest } from '../check.js';
import { under } from '../endpoints.js';
import { type Fetch, probe } from '../http.js';
import type { ProbeAnswer, Verdict } from '../types.js';
import { type Add, type DoctorCheck, KEY_VARIABLE } from './types.js';

export function modelsUrl(api: URL): URL {
  return under(api, '/models');
}

/** The API's root: its base URL less the `/v1` every OpenAI path starts with. */
export function apiRoot(api: URL): URL {
  const root = new URL(api.href);
  root.pathname = root.pathname.replace(/\/v1\/?$/, '');
  return root;
}

const LIVE_FIXES: Partial<Record<Verdict['reason'], string>> = {
  invalid_api_key: `create a new key at ${OPENAI_URLS.keys} and put it in ${KEY_VARIABLE} (a revoked or deleted key never comes back)`,
  revoked: `create a new key at ${OPENAI_URLS.keys}`,
  account_deactivated:
    'the account is deactivated: check the account e-mail from OpenAI, contact support, or use a key of an active account',
  key_disabled: `create a new key at ${OPENAI_URLS.keys}`,
  insufficient_quota: `add credit at ${OPENAI_URLS.billing} and check the usage limits at ${OPENAI_URLS.limits} (new credit can take a few minutes)`,
  missing_scopes: `the key is restricted: give it the permissions your app needs (Models: Read for /v1/models) at ${OPENAI_URLS.keys}`,
  rate_limited: `wait and retry with backoff; see your rate limits at ${OPENAI_URLS.limits}`,
  ip_not_allowed: `add this network's IP address to the project's IP allow-list (${OPENAI_URLS.projects}) or run from an allowed network`,
  region_blocked: `OpenAI does not serve requests from here: see ${OPENAI_URLS.regions}`,
  missing_api_key: 'something between you and OpenAI drops the Authorization header: check the proxy or gateway',
  server_error: `OpenAI is in trouble: see ${OPENAI_URLS.status} and retry later`,
  overloaded: 'the service is overloaded: retry later',
  timeout: 'check the network, proxy and firewall; retry later',
  network_error: 'check the network, proxy and firewall',
  dns_error: 'check the host name and DNS',
  tls_error: 'trust the TLS-inspecting proxy CA: NODE_EXTRA_CA_CERTS, SSL_CERT_FILE or REQUESTS_CA_BUNDLE',
  redirected: 'OPENAI_BASE_URL probably points at a web page rather than the API: check it',
  unrecognised: `retry later; if it persists see ${OPENAI_URLS.status}`,
};

export function liveCheck(verdict: Verdict, admin: boolean, elsewhere: string | undefined): DoctorCheck {
  const fix = LIVE_FIXES[verdict.reason];
  if (verdict.status === 'live' && verdict.reason === 'ok') {
    if (elsewhere) {
      return {
        id: 'live',
        status: 'warn',
        message: `${elsewhere} answered 200 to GET /models: some services answer that without checking the key`,
        fix: 'make one real request to be sure, or unset OPENAI_BASE_URL to check against OpenAI',
      };
    }
    return { id: 'live', status: admin ? 'warn' : 'pass', message: verdict.detail };
  }
  const works = verdict.status === 'live' && (verdict.reason === 'missing_scopes' || verdict.reason === 'rate_limited');
  return {
    id: 'live',
    status: works ? 'warn' : 'fail',
    message: verdict.detail,
    ...(fix ? { fix } : {}),
  };
}

export async function orgProjectChecks(
  key: string,
  env: Record<string, string | undefined>,
  api: URL,
  admin: boolean,
  first: ProbeAnswer | undefined,
  fetch: Fetch,
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
  const result = await probe(request, fetch, timeoutMs);
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
    add({
      id: org ? 'organization' : 'project',
      status: 'fail',
      message: `with the organization/project headers the SDK sends, OpenAI answers differently: ${v.detail}`,
      fix: `check ${[org ? orgName : '', project ? 'OPENAI_PROJECT_ID' : ''].filter(Boolean).join(' and ')}, or unset them`,
    });
  }
  if (!answer && 'failure' in result) {
    add({
      id: org ? 'organization' : 'project',
      status: 'warn',
      message: `could not check the organization/project headers: ${result.failure.meaning}`,
    });
  }
}
