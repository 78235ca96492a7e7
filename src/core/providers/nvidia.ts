import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://org.ngc.nvidia.com/setup/api-keys';

export const nvidia: ProviderModule = {
  id: 'nvidia',
  name: 'NVIDIA NIM',
  rotateUrl: KEYS,
  env: ['NVIDIA_API_KEY', 'NGC_API_KEY'],
  rules: [
    keyRule({
      id: 'nvidia-api-key',
      provider: 'nvidia',
      description: 'NVIDIA NIM / NGC API key (`nvapi-`)',
      keywords: ['vapi-'],
      pattern: /nvapi-[A-Za-z0-9_-]{64}/g,
      redactPrefix: 'nvapi-',
      shape: ['nvapi-', { charset: 'alnum_dash', length: 64 }],
      rotateUrl: KEYS,
      examples: ['NVIDIA_API_KEY={key}', 'OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="{key}")'],
      negatives: ['nvapi-...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.ngc.nvidia.com',
    // Asks who the caller is; changes nothing.
    request: { method: 'POST', path: '/v3/keys/get-caller-info', auth: { kind: 'form', field: 'credentials' } },
    facts: [{ from: 'body', path: 'user.name', as: 'user' }],
    answers: [rejects(401)],
  },
};
