import { keyRule } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://console.aws.amazon.com/bedrock/home#/api-keys';

/**
 * Long-term Bedrock API keys: `ABSK` + base64 of `BedrockAPIKey-…`. Short-term keys (a presigned
 * URL, at most 12 hours) are longer than the scanner's key limit and are not covered.
 */
export const awsBedrock: ProviderModule = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  rotateUrl: KEYS,
  env: ['AWS_BEARER_TOKEN_BEDROCK'],
  rules: [
    keyRule({
      id: 'aws-bedrock-api-key',
      provider: 'aws-bedrock',
      description: 'Amazon Bedrock long-term API key (`ABSK…`)',
      keywords: ['ABSKQmVkcm9ja0FQSUtleS'],
      pattern: /ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{91,251}={0,2}/g,
      maxLength: 275,
      redactPrefix: 'ABSK',
      shape: ['ABSKQmVkcm9ja0FQSUtleS', { charset: 'base64', length: 120 }],
      rotateUrl: KEYS,
      examples: ['AWS_BEARER_TOKEN_BEDROCK={key}', 'export AWS_BEARER_TOKEN_BEDROCK="{key}"'],
      negatives: ['ABSK...', 'ABSKQmVkcm9ja0FQSUtleS...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    notCheckable:
      "no read-only check is established for Bedrock API keys (no peer verifies one), so skguard does not send it: the key's status is not checkable; review it in the Bedrock console",
  },
};
