/**
 * The redacted form of a key: its family prefix, at most four characters after it, `…`, and the
 * last four — e.g. `sk-proj-AbCd…WxYz`. Short bodies show less, so that no more than a quarter of a
 * body is ever visible.
 */
export function redact(secret: string, prefix: string): string {
  const hasPrefix = prefix.length > 0 && secret.startsWith(prefix);
  const head = hasPrefix ? prefix : '';
  const body = secret.slice(head.length);
  const shown = Math.min(4, Math.floor(body.length / 8));
  if (shown === 0) return `${head}…`;
  return `${head}${body.slice(0, shown)}…${body.slice(-shown)}`;
}
