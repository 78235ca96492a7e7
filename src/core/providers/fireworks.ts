import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://fireworks.ai/account/api-keys';

export const fireworks: ProviderModule = {
  id: 'fireworks',
  name: 'Fireworks AI',
  rotateUrl: KEYS,
  env: ['FIREWORKS_API_KEY'],
  rules: [
    keyRule({
      id: 'fireworks-api-key',
      provider: 'fireworks',
      // At least two digits, as titus requires: C identifiers such as firmware names also start `fw_`.
      description: 'Fireworks AI API key (`fw_`)',
      keywords: ['fw_'],
      pattern: /fw_(?=(?:[A-Za-z]*[0-9]){2})[A-Za-z0-9]{24}/g,
      redactPrefix: 'fw_',
      shape: ['fw_', { charset: 'alnum', length: 22 }, { charset: 'digit', length: 2 }],
      rotateUrl: KEYS,
      examples: ['FIREWORKS_API_KEY={key}', 'Fireworks(api_key="{key}")'],
      // Digit-less identifiers (`fw_loadFirmware…`) are built in test/core/scanner.test.ts: here they
      // would be key-shaped literals.
      negatives: ['fw_...', 'fw_update', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.fireworks.ai',
    request: { method: 'GET', path: '/inference/v1/models', auth: { kind: 'bearer' } },
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects(401)],
  },
};
