import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://aistudio.google.com/app/apikey';
const blocked = /^API_KEY_(?:SERVICE|HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED$/;

/**
 * An `AIza` key is any Google Cloud API key: it reaches Gemini when its project enabled the
 * Generative Language API, which is what the check asks. `AQ.` keys are Gemini's 2026 auth keys.
 */
export const googleGemini: ProviderModule = {
  id: 'google-gemini',
  name: 'Google Gemini',
  rotateUrl: KEYS,
  env: ['GEMINI_API_KEY', 'GOOGLE_API_KEY'],
  rules: [
    keyRule({
      id: 'google-api-key',
      provider: 'google-gemini',
      description: 'Google API key (`AIza…`), as Google Gemini (AI Studio) issues them',
      keywords: ['AIza'],
      pattern: /AIza[A-Za-z0-9_-]{35}/g,
      redactPrefix: 'AIza',
      shape: ['AIzaSy', { charset: 'alnum_dash', length: 33 }],
      rotateUrl: KEYS,
      examples: [
        'GEMINI_API_KEY={key}',
        'genai.Client(api_key="{key}")',
        'https://x.googleapis.com/v1beta/models?key={key}&alt=sse',
      ],
      negatives: ['AIza...', 'AIzaSy{zeros}', 'GOOGLE_API_KEY=AIzaSyYOUR_API_KEY', 'x{key}', '{key}A'],
    }),
    keyRule({
      id: 'google-gemini-auth-key',
      provider: 'google-gemini',
      description: 'Google Gemini auth key (`AQ.Ab8RN6…`, 2026 form)',
      keywords: ['Ab8RN6'],
      pattern: /AQ\.Ab8RN6[A-Za-z0-9_-]{44}/g,
      redactPrefix: 'AQ.Ab8RN6',
      shape: ['AQ.Ab8RN6', { charset: 'alnum_dash', length: 44 }],
      rotateUrl: KEYS,
      examples: ['GEMINI_API_KEY={key}', '{"apiKey": "{key}"}'],
      negatives: ['AQ.Ab8RN6...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://generativelanguage.googleapis.com',
    request: { method: 'GET', path: '/v1beta/models', auth: { kind: 'header', name: 'x-goog-api-key' } },
    statusPage: 'https://aistudio.google.com/status',
    facts: [
      { from: 'body', path: 'models', as: 'models', count: true },
      { from: 'body', path: 'error.details.0.reason', as: 'errorReason', status: 'any' },
    ],
    answers: [
      {
        status: 400,
        body: [{ path: 'error.details.0.reason', equals: 'API_KEY_INVALID' }],
        verdict: 'invalid',
        reason: 'invalid_api_key',
        detail:
          '{name} says the API key is not valid (API_KEY_INVALID): it is wrong or deleted; create a new one at {rotate}',
      },
      { ...rejects(400), body: [{ path: 'error.message', matches: /API key not valid|API key expired/i }] },
      {
        status: 403,
        body: [{ path: 'error.details.0.reason', matches: blocked }],
        verdict: 'live',
        reason: 'permission_denied',
        detail:
          '{name}: the key exists but is restricted ({fact:errorReason}): it works where its restrictions allow; review them in the Google Cloud console',
      },
      {
        status: 429,
        verdict: 'live',
        reason: 'rate_limited',
        detail:
          '{name} knows the key but its quota is exhausted (RESOURCE_EXHAUSTED): it works; see its limits at {rotate}',
      },
      {
        status: 401,
        verdict: 'unknown',
        reason: 'unsupported_key',
        detail: "{name} does not take this kind of key on this endpoint{message}: the key's status is unknown",
      },
    ],
  },
};
