/** Small phrasing helpers shared by the human-readable reporters. */

export { plural } from '../core/plural.js';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A provider id as people write it, from the registry (`azure-openai` → `Azure OpenAI`); custom providers as given. */
export { providerName } from '../core/index.js';

const ENCODING_NAMES: Record<string, string> = {
  base64: 'base64',
  percent: 'percent-encoded',
  escape: 'escaped (\\u, \\x)',
  html: 'HTML entities',
  hex: 'hex',
  split: 'split across string literals',
};

/** How an encoded key was written, for people (`base64`, `split across string literals`), outermost first. */
export function encodingLabel(encoding: string): string {
  return encoding
    .split('>')
    .map((layer) => ENCODING_NAMES[layer] ?? layer)
    .join(', inside that ');
}
