import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://elevenlabs.io/app/settings/api-keys';

export const elevenlabs: ProviderModule = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  rotateUrl: KEYS,
  env: ['ELEVENLABS_API_KEY', 'ELEVEN_API_KEY'],
  rules: [
    keyRule({
      id: 'elevenlabs-api-key',
      provider: 'elevenlabs',
      // `sk_` is in every `task_`, `disk_`, `mask_`: as a required literal it would make every file a
      // candidate, and the shape names no provider. As peers do, ElevenLabs must be named beside it.
      description: 'ElevenLabs API key (`sk_` + 48 hex, with ElevenLabs named beside it)',
      keywords: ['sk_'],
      pattern: /sk_[0-9a-f]{48}/g,
      redactPrefix: 'sk_',
      checks: [{ kind: 'entropy', min: 3.2 }, { kind: 'not-patterned' }],
      shape: ['sk_', { charset: 'hex', length: 48 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'elevenlabs',
        labelWords: ['ElevenLabs', 'Eleven'],
        labels: ['XI_API_KEY', 'xi-api-key', 'xi_api_key'],
        context: [
          { pattern: /api\.elevenlabs\.io/i, keyword: 'elevenlabs', what: "ElevenLabs' API host" },
          {
            pattern: /\b(?:from|import)\s+elevenlabs\b|@elevenlabs\/|ElevenLabs\(/,
            keyword: 'elevenlabs',
            what: 'the ElevenLabs SDK',
          },
          { pattern: /xi-api-key/i, keyword: 'xi-api-key', what: 'the xi-api-key header' },
        ],
      },
      examples: ['ELEVENLABS_API_KEY={key}', 'headers = {"xi-api-key": "{key}"}'],
      negatives: ['sk_...', 'sk_live_...', 'ELEVENLABS_API_KEY={zeros}', 'OTHER_KEY={key}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.elevenlabs.io',
    // Needs the user_read permission; a scoped key without it answers `missing_permissions`.
    request: { method: 'GET', path: '/v1/user', auth: { kind: 'header', name: 'xi-api-key' } },
    statusPage: 'https://status.elevenlabs.io',
    facts: [
      { from: 'body', path: 'subscription.tier', as: 'tier' },
      { from: 'body', path: 'subscription.character_count', as: 'charactersUsed' },
      { from: 'body', path: 'subscription.character_limit', as: 'characterLimit' },
    ],
    answers: [
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail: '{name} accepted the key (tier {fact:tier}): it works; if it leaked, delete it at {rotate}',
      },
      {
        status: 401,
        body: [{ path: 'detail.status', equals: 'missing_permissions' }],
        verdict: 'live',
        reason: 'missing_scopes',
        detail: '{name} knows the key but it is scoped{message}: it works for what its permissions allow',
      },
      rejects([400, 401]),
    ],
  },
};
