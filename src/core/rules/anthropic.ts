import type { Check, Rule } from '../types.js';

const randomBody: Check[] = [{ kind: 'entropy', min: 3.5 }, { kind: 'not-patterned' }];
const body = (prefix: string) => [prefix, { charset: 'alnum_dash', length: 93 } as const, 'AA'];

export const anthropicRules: Rule[] = [
  {
    id: 'anthropic-api-key',
    provider: 'anthropic',
    description: 'Anthropic API key (`sk-ant-api03-`)',
    keywords: ['sk-ant-api03-'],
    pattern: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/g,
    maxLength: 108,
    redactPrefix: 'sk-ant-api03-',
    checks: randomBody,
    shape: body('sk-ant-api03-'),
    rotateUrl: 'https://console.anthropic.com/settings/keys',
    examples: [
      'ANTHROPIC_API_KEY={key}',
      'client = anthropic.Anthropic(api_key="{key}")',
      'curl -H "x-api-key: {key}" https://api.anthropic.com/v1/models',
      '{"k":"{key}"}',
      '({key})',
    ],
    negatives: ['sk-ant-api03-...', 'sk-ant-api03-YOUR_KEY', 'sk-ant-api03-abc***xyz', 'x{key}', '{key}x'],
  },
  {
    id: 'anthropic-admin-key',
    provider: 'anthropic',
    description: 'Anthropic Admin API key (`sk-ant-admin01-`): manages the organization',
    keywords: ['sk-ant-admin01-'],
    pattern: /sk-ant-admin01-[A-Za-z0-9_-]{93}AA/g,
    maxLength: 110,
    redactPrefix: 'sk-ant-admin01-',
    checks: randomBody,
    shape: body('sk-ant-admin01-'),
    rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
    examples: ['ANTHROPIC_ADMIN_KEY={key}', "key: '{key}'", '{key},'],
    negatives: ['sk-ant-admin01-...', 'sk-ant-admin01-{key}'],
  },
];
