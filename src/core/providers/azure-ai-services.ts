import { AZURE_API_VERSION, AZURE_ENDPOINT, azureAnswers, azureKeyShape } from './azure-openai.js';
import { keyRule } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/AllInOne';

/**
 * The 84-character multi-service (Foundry) key. `JQQJ9` + kind (`9` access key, `D` derived,
 * `H` hashed), year and month, `AAAAACOG` (service A, Cognitive Services), then a Marvin32 checksum
 * of the rest. A key whose checksum fails is not reported: Azure's own validator rejects it, so it
 * was never issued (a typo, a cut copy, a pattern-only test string).
 */
export const azureAiServices: ProviderModule = {
  id: 'azure-ai-services',
  name: 'Azure AI Services',
  rotateUrl: KEYS,
  env: ['AZURE_AI_SERVICES_KEY', 'AZURE_AI_API_KEY', 'AZURE_COGNITIVE_SERVICES_KEY'],
  rules: [
    keyRule({
      id: 'azure-ai-services-key',
      provider: 'azure-ai-services',
      description: 'Azure AI Services key (84-character identifiable form, signature `AAAAACOG`, checksum verified)',
      keywords: ['JQQJ9'],
      pattern: /[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}AAAAACOG[A-Za-z0-9]{4}(?:[A-Za-z0-9]{2}==)?/g,
      maxLength: 88,
      redactPrefix: '',
      checks: [
        { kind: 'entropy', min: 3.5 },
        { kind: 'checksum', checksum: 'azure-marvin32' },
        {
          kind: 'in-file',
          pattern: AZURE_ENDPOINT,
          keyword: '.azure.com',
          what: 'an Azure AI endpoint',
          optional: true,
        },
      ],
      shape: azureKeyShape('AAAAACOG'),
      rotateUrl: KEYS,
      examples: ['AZURE_AI_SERVICES_KEY={key}', 'Ocp-Apim-Subscription-Key: {key}', '"{key}"'],
      negatives: ['x{key}', '{key}y', '{zeros}'],
    }),
  ],
  check: {
    baseFromContext: 0,
    withoutBase: {
      reason: 'endpoint_unknown',
      detail:
        "an Azure AI Services key is checked against its resource endpoint, and none was found beside it: the key's status is unknown",
    },
    request: {
      method: 'GET',
      path: `/openai/models?api-version=${AZURE_API_VERSION}`,
      auth: { kind: 'header', name: 'api-key' },
    },
    requestIdHeader: 'apim-request-id',
    statusPage: 'https://azure.status.microsoft/status',
    answers: azureAnswers,
  },
};
