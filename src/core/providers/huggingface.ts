import { keyRule, rejects, throttledLive } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://huggingface.co/settings/tokens';

export const huggingface: ProviderModule = {
  id: 'huggingface',
  name: 'Hugging Face',
  rotateUrl: KEYS,
  env: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HUGGINGFACEHUB_API_TOKEN'],
  rules: [
    keyRule({
      id: 'huggingface-token',
      provider: 'huggingface',
      // Letters only: a higher entropy floor keeps CamelCase identifiers (`hf_requiredCharacteristic…`) out.
      description: 'Hugging Face user access token (`hf_`)',
      keywords: ['hf_'],
      pattern: /hf_[A-Za-z]{34}/g,
      redactPrefix: 'hf_',
      checks: [{ kind: 'entropy', min: 4.0 }, { kind: 'not-patterned' }],
      shape: ['hf_', { charset: 'letters', length: 34 }],
      rotateUrl: KEYS,
      examples: ['HF_TOKEN={key}', 'login(token="{key}")', 'huggingface-cli login --token {key}'],
      negatives: [
        'hf_...',
        'hf_YOUR_TOKEN',
        '{zeros}',
        'kCBAdvDataManufacturerDatahf_requiredCharacteristicUUIDs',
        'x{key}',
      ],
    }),
    keyRule({
      id: 'huggingface-org-token',
      provider: 'huggingface',
      description: 'Hugging Face organization API token (`api_org_`, older form)',
      keywords: ['api_org_'],
      pattern: /api_org_[A-Za-z]{34}/g,
      redactPrefix: 'api_org_',
      checks: [{ kind: 'entropy', min: 4.0 }, { kind: 'not-patterned' }],
      shape: ['api_org_', { charset: 'letters', length: 34 }],
      rotateUrl: KEYS,
      examples: ['HUGGINGFACEHUB_API_TOKEN={key}', "token: '{key}'"],
      negatives: ['api_org_...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://huggingface.co',
    request: { method: 'GET', path: '/api/whoami-v2', auth: { kind: 'bearer' } },
    statusPage: 'https://status.huggingface.co',
    facts: [
      { from: 'body', path: 'name', as: 'name' },
      { from: 'body', path: 'auth.accessToken.role', as: 'role' },
      { from: 'body', path: 'auth.accessToken.displayName', as: 'tokenName' },
    ],
    answers: [
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail:
          '{name} accepted the token (user {fact:name}, role {fact:role}): it works; if it leaked, invalidate it at {rotate}',
      },
      { ...rejects(401, 'expired'), body: [{ path: 'error', matches: /expired/i }] },
      rejects(401),
      throttledLive,
    ],
  },
};
