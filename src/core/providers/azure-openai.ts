import type { Rule, ShapePart } from '../types.js';
import type { AnswerRow, ProviderCheck, ProviderModule } from './types.js';

const ROTATE = 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI';
const ENDPOINT = /[a-z0-9-]+\.(?:openai|cognitiveservices)\.azure\.com/i;
/** Any Azure AI resource endpoint a key may be used with. */
const AZURE_ENDPOINT = /[a-z0-9-]+\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)/i;
const AZURE_API_VERSION = '2024-10-21';

/**
 * An 84-character identifiable key (microsoft/security-utilities' layout): 52 random characters,
 * `JQQJ9` + kind (`9` access key, `D` derived, `H` hashed), year and month, the service `signature`
 * (`AAABACOG` Azure OpenAI, `AAAAACOG` AI Services), and a Marvin32 checksum of the rest. A key whose
 * checksum fails is not reported: Azure's own validator rejects it, so it was never issued (a typo,
 * a cut copy, a pattern-only test string). The endpoint named in the file is carried to the check.
 */
export function identifiableKey(key: {
  id: string;
  provider: string;
  description: string;
  signature: string;
  rotateUrl: string;
  examples: string[];
}): Rule {
  return {
    id: key.id,
    provider: key.provider,
    description: key.description,
    keywords: ['JQQJ9'],
    pattern: new RegExp(
      `[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}${key.signature}[A-Za-z0-9]{4}(?:[A-Za-z0-9]{2}==)?`,
      'g',
    ),
    maxLength: 88,
    redactPrefix: '',
    checks: [
      { kind: 'entropy', min: 3.5 },
      { kind: 'checksum', checksum: 'azure-marvin32' },
      { kind: 'in-file', pattern: AZURE_ENDPOINT, keyword: '.azure.com', what: 'an Azure endpoint', optional: true },
    ],
    shape: azureKeyShape(key.signature),
    rotateUrl: key.rotateUrl,
    examples: key.examples,
    negatives: ['x{key}', '{key}y', '{zeros}'],
  };
}

/** The 84-character identifiable key with a service signature, ending in its checksum. */
function azureKeyShape(signature: string): ShapePart[] {
  return [
    { charset: 'alnum', length: 52 },
    'JQQJ99',
    { charset: 'alnum', length: 1 },
    { charset: 'A-L', length: 1 },
    { charset: 'alnum', length: 12 },
    signature,
    { checksum: 'azure-marvin32' },
  ];
}

const rules: Rule[] = [
  {
    id: 'azure-openai-key',
    provider: 'azure-openai',
    description: 'Azure OpenAI key (32 hex, labelled as an API key, in a file naming an Azure OpenAI endpoint)',
    keywords: ['key'],
    keywordsIgnoreCase: true,
    pattern: /[0-9a-f]{32}/g,
    maxLength: 96,
    redactPrefix: '',
    checks: [
      { kind: 'in-file', pattern: ENDPOINT, keyword: '.azure.com', what: 'an Azure OpenAI endpoint' },
      {
        kind: 'label-before',
        // The label, then nothing but separators and quotes up to the key: `API_KEY=`, `"api-key": "`,
        // `api_key = '`, `OpenAIKey" value="`. A label inside a longer identifier does not count.
        pattern: /(?:api|openai)[_.-]?key["'`\])}]*\s*(?:=>|[:=,])?\s*(?:value\s*=\s*)?["'`([{]*\s*$/i,
        within: 48,
        what: 'an api-key label',
      },
      { kind: 'entropy', min: 3.0 },
      { kind: 'not-patterned' },
    ],
    shape: [{ charset: 'hex', length: 32 }],
    rotateUrl: ROTATE,
    examples: [
      'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_API_KEY={key}\n',
      'AZURE_OPENAI_API_KEY="{key}"\nendpoint = "https://contoso.openai.azure.com/"',
      'curl https://x.cognitiveservices.azure.com/openai/models -H "api-key: {key}"',
      '<add key="AzureOpenAIKey" value="{key}" />\n<add key="Endpoint" value="https://contoso.openai.azure.com/" />',
    ],
    negatives: [
      'AZURE_OPENAI_API_KEY={key}',
      'endpoint=https://contoso.openai.azure.com/\nopenai_key_rotation_date = 1; sha={key}',
      'endpoint=https://contoso.openai.azure.com/\ncommit={key}',
      'endpoint=https://contoso.openai.azure.com/\napi_key=\n\n\n{key}',
    ],
  },
  identifiableKey({
    id: 'azure-openai-identifiable-key',
    provider: 'azure-openai',
    description: 'Azure OpenAI key (84-character identifiable form, signature `AAABACOG`, checksum verified)',
    signature: 'AAABACOG',
    rotateUrl: ROTATE,
    examples: ['AZURE_OPENAI_API_KEY={key}', 'api-key: {key}', '"{key}"'],
  }),
];

/** How an Azure Cognitive Services resource answers `/openai/models` (Azure OpenAI and AI Services alike). */
const azureAnswers: readonly AnswerRow[] = [
  {
    status: 401,
    verdict: 'invalid',
    reason: 'invalid_api_key',
    // Taken as invalid only because the endpoint is the one found beside the key.
    detail: '{name} at {endpoint} rejected the key{message}: wrong or regenerated key for this resource',
  },
  {
    status: 403,
    body: [{ path: 'error.message', matches: /firewall|virtual network|public access|\bip\b|private endpoint/i }],
    verdict: 'unknown',
    reason: 'ip_not_allowed',
    detail: "{name} at {endpoint} refused the request (403){message}: the key's status is unknown",
  },
  {
    status: 403,
    verdict: 'unknown',
    reason: 'permission_denied',
    detail: "{name} at {endpoint} refused the request (403){message}: the key's status is unknown",
  },
  {
    status: 404,
    verdict: 'unknown',
    reason: 'not_found',
    detail:
      "{name} at {endpoint} answered 404: that endpoint may not be this key's resource; the key's status is unknown",
  },
];

/**
 * How an Azure AI resource's key is checked: against the resource endpoint named beside it (none:
 * unknown), `GET /openai/models` with the `api-key` header. `endpointEnv`: the variables that name
 * the endpoint in an environment.
 */
export function azureCheck(name: string, endpointEnv: readonly string[]): ProviderCheck {
  return {
    baseFromContext: 0,
    contextEnv: [endpointEnv],
    withoutBase: {
      reason: 'endpoint_unknown',
      detail: `an ${name} key is checked against its resource endpoint, and none was found beside it: the key's status is unknown`,
    },
    request: {
      method: 'GET',
      path: `/openai/models?api-version=${AZURE_API_VERSION}`,
      auth: { kind: 'header', name: 'api-key' },
    },
    requestIdHeader: 'apim-request-id',
    statusPage: 'https://azure.status.microsoft/status',
    answers: azureAnswers,
  };
}

export const azureOpenai: ProviderModule = {
  id: 'azure-openai',
  name: 'Azure OpenAI',
  rotateUrl: ROTATE,
  env: ['AZURE_OPENAI_API_KEY'],
  rules,
  check: azureCheck('Azure OpenAI', ['AZURE_OPENAI_ENDPOINT']),
};
