import { keyRule, rejects, throttledLive } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://console.groq.com/keys';

export const groq: ProviderModule = {
  id: 'groq',
  name: 'Groq',
  rotateUrl: KEYS,
  env: ['GROQ_API_KEY'],
  rules: [
    keyRule({
      id: 'groq-api-key',
      provider: 'groq',
      // Issued keys carry `WGdyb3FY` (base64 of "Xgroq") at body offset 20; the rule does not
      // require it (undocumented), the generated examples carry it.
      description: 'Groq API key (`gsk_`)',
      keywords: ['gsk_'],
      pattern: /gsk_[A-Za-z0-9]{52}/g,
      redactPrefix: 'gsk_',
      shape: ['gsk_', { charset: 'alnum', length: 20 }, 'WGdyb3FY', { charset: 'alnum', length: 24 }],
      rotateUrl: KEYS,
      examples: ['GROQ_API_KEY={key}', 'Groq(api_key="{key}")', '"{key}",'],
      negatives: ['gsk_...', 'gsk_YOUR_KEY', '{zeros}', 'x{key}', '{key}0'],
    }),
  ],
  check: {
    base: 'https://api.groq.com',
    request: { method: 'GET', path: '/openai/v1/models', auth: { kind: 'bearer' } },
    statusPage: 'https://groqstatus.com',
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects(401), throttledLive],
  },
};
