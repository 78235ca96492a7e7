import { BASE_URL_VARIABLES, displayUrl, mayCarryKey, under } from '../endpoints.js';
import type { Add } from './types.js';

const DEFAULT_OPENAI_API = 'https://api.openai.com/v1';

/** Where the SDK sends requests (OPENAI_BASE_URL or the default), and where skguard's own check goes. */
export function requestTarget(
  env: Record<string, string | undefined>,
  override: URL | undefined,
  add: Add,
): { sdk: URL; api: URL; sendable: boolean } {
  if (env.OPENAI_API_BASE && !env.OPENAI_BASE_URL) {
    add({
      id: 'endpoint',
      status: 'warn',
      message: 'OPENAI_API_BASE is set, but only openai-python before 1.0 reads it',
      fix: 'rename it to OPENAI_BASE_URL, which current SDKs read',
    });
  }
  const raw = env.OPENAI_BASE_URL?.trim();
  let api = new URL(DEFAULT_OPENAI_API);
  let sendable = true;
  if (raw) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      add({
        id: 'endpoint',
        status: 'fail',
        message: `OPENAI_BASE_URL is not a URL (${displayUrl(raw)})`,
        fix: `set it to a full URL such as ${DEFAULT_OPENAI_API}, or unset it`,
      });
    }
    if (url) {
      const shown = displayUrl(url);
      if (!mayCarryKey(url)) {
        sendable = override !== undefined;
        add({
          id: 'endpoint',
          status: 'fail',
          message: `OPENAI_BASE_URL=${shown}: requests go over plain http, so the key travels in clear text`,
          fix: 'use https (plain http is fine only for a server on this machine)',
        });
      } else if (url.host === 'api.openai.com') {
        add({
          id: 'endpoint',
          status: /\/v1\/?$/.test(url.pathname) ? 'pass' : 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL)`,
          ...(/\/v1\/?$/.test(url.pathname)
            ? {}
            : { fix: `the OpenAI API lives under /v1: set OPENAI_BASE_URL=${DEFAULT_OPENAI_API}, or unset it` }),
        });
      } else {
        add({
          id: 'endpoint',
          status: 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL), not to api.openai.com: the key must be one that this service accepts`,
          fix: 'unset OPENAI_BASE_URL to talk to OpenAI directly',
        });
      }
      api = url;
    }
  } else {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `requests go to ${DEFAULT_OPENAI_API} (the default; OPENAI_BASE_URL is not set)`,
    });
  }
  if (override) {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `skguard's own checks go to ${displayUrl(override)} (${BASE_URL_VARIABLES.openai})`,
    });
    return { sdk: api, api: under(override, '/v1'), sendable };
  }
  return { sdk: api, api, sendable };
}
