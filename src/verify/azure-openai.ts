import {
  commonFacts,
  errorOf,
  isJsonObject,
  quoted,
  rateLimited,
  redirected,
  serverTrouble,
  unrecognised,
  verdict,
} from './answer.js';
import { displayUrl, keyUrl, under } from './endpoints.js';
import type { ProbeAnswer, ProviderCheck, Verdict } from './types.js';

const NAME = 'Azure OpenAI';
const URLS = {
  keys: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI',
  status: 'https://azure.status.microsoft/status',
};
export const AZURE_API_VERSION = '2024-10-21';

/**
 * The resource endpoint as a URL: a bare host found beside the key (`contoso.openai.azure.com`) is
 * reached over https; a URL given by the user keeps its scheme (and must pass the key URL policy).
 */
export function azureEndpoint(text: string, source = 'Azure OpenAI endpoint'): URL {
  const url = keyUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`, source);
  // Keep a path prefix (a gateway in front of the resource), drop query and fragment.
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}

/**
 * Azure OpenAI: 200 live. A 401 ("invalid subscription key or wrong API endpoint") is taken as
 * invalid only because the endpoint is the one found beside the key; everything else is unknown.
 */
export function classifyAzure(answer: ProbeAnswer, endpoint: string): Verdict {
  const f = commonFacts(answer, 'apim-request-id');
  const { status } = answer;
  const { message } = errorOf(answer);
  const at = `at ${endpoint}`;
  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(NAME, answer, f);
    return verdict(
      'live',
      'ok',
      `${NAME} ${at} accepted the key: it works; if it leaked, regenerate it in the portal (${URLS.keys})`,
      f,
    );
  }
  if (status >= 300 && status < 400) return redirected(NAME, answer, f);
  if (status === 401) {
    return verdict(
      'invalid',
      'invalid_api_key',
      `${NAME} ${at} rejected the key${quoted(message)}: wrong or regenerated key for this resource`,
      f,
    );
  }
  if (status === 403) {
    const network = /firewall|virtual network|public access|ip|private endpoint/i.test(message);
    return verdict(
      'unknown',
      network ? 'ip_not_allowed' : 'permission_denied',
      `${NAME} ${at} refused the request (403)${quoted(message)}: the key's status is unknown`,
      f,
    );
  }
  if (status === 404) {
    return verdict(
      'unknown',
      'not_found',
      `${NAME} ${at} answered 404: that endpoint may not be this key's resource; the key's status is unknown`,
      f,
    );
  }
  if (status === 429) return rateLimited(`${NAME} ${at}`, f);
  if (status >= 500) return serverTrouble(NAME, answer, URLS.status, f);
  return unrecognised(NAME, answer, f);
}

export const azureOpenaiCheck: ProviderCheck = {
  provider: 'azure-openai',
  name: NAME,
  request(key, context, base) {
    if (!context.endpoint) {
      return verdict(
        'unknown',
        'endpoint_unknown',
        `an ${NAME} key is checked against its resource endpoint, and none was found beside it: the key's status is unknown`,
      );
    }
    const endpoint = azureEndpoint(context.endpoint);
    // SKGUARD_AZURE_OPENAI_BASE_URL (tests, proxies) replaces where the request goes, not which resource it is for.
    const url = under(base ?? endpoint, `/openai/models?api-version=${AZURE_API_VERSION}`);
    return { url, headers: { 'api-key': key } };
  },
  classify(answer, context) {
    return classifyAzure(answer, context.endpoint ? displayUrl(azureEndpoint(context.endpoint)) : 'the endpoint');
  },
};
