import type { ProviderModule } from '../../core/index.js';
import { redactAny } from './family.js';
import { assignment } from './sources.js';
import type { Add } from './types.js';

const INVISIBLE = /[\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]/;

const NAMES: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u201c': 'a curly quote',
  '\u201d': 'a curly quote',
  '\u2018': 'a curly quote',
  '\u2019': 'a curly quote',
};

/**
 * Checks the raw value of a provider's variable and returns it cleaned (what the key would be once
 * fixed), or '' when nothing is left.
 */
export function cleanValue(raw: string, module: ProviderModule, variable: string, add: Add): string {
  const problems: string[] = [];
  const fixes: string[] = [];
  let v = raw;
  if (v.trim() === '') {
    add({
      id: 'value',
      status: 'fail',
      message: `${variable} is set but empty`,
      fix: `put the key in it: ${assignment(module, variable)}`,
    });
    return '';
  }
  if (/[\r\n]/.test(v.trim())) {
    problems.push('a line break inside the value');
    fixes.push('join the key on one line (it was wrapped when pasted)');
  } else if (/[\r\n]/.test(v)) {
    problems.push('a line break at its end');
    fixes.push('remove the trailing newline (e.g. use $(cat file | tr -d "\\n"))');
  }
  const unbroken = v.replace(/^[\r\n]+|[\r\n]+$/g, '');
  if (unbroken !== unbroken.trim()) {
    problems.push(/^\s/.test(unbroken) ? 'leading whitespace' : 'trailing whitespace');
    fixes.push('remove the spaces around the key');
  }
  v = v.trim();
  const quote = /^(["'`\u201c\u2018])[\s\S]*(["'`\u201d\u2019])$/.exec(v);
  if (quote || /^["'`]|["'`]$/.test(v)) {
    problems.push('quotes around it (they become part of the key)');
    fixes.push(
      'remove the quotes; in a .env file they are fine, in docker --env-file, systemd or a Windows set command they are not',
    );
    v = v.replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, '').trim();
  }
  if (/^bearer\s+/i.test(v)) {
    problems.push('a "Bearer " prefix (the SDK adds it)');
    fixes.push('drop "Bearer ": the variable holds the key alone');
    v = v.replace(/^bearer\s+/i, '');
  }
  const invisible = [...v].find((c) => INVISIBLE.test(c) || c in NAMES);
  if (invisible) {
    const at = [...v].indexOf(invisible) + 1;
    problems.push(
      `${NAMES[invisible] ?? `an invisible character (U+${invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`} at character ${at}`,
    );
    fixes.push('retype or re-copy the key from the dashboard; rich-text editors and chat apps insert such characters');
    v = [...v].filter((c) => !(INVISIBLE.test(c) || c in NAMES)).join('');
  }
  if (/\s/.test(v)) {
    problems.push('whitespace inside the key');
    fixes.push('remove the spaces: a key is one unbroken string');
    v = v.replace(/\s+/g, '');
  }
  if (isPlaceholder(v, module)) {
    add({
      id: 'value',
      status: 'fail',
      message: `${variable} holds a placeholder (${redactAny(v, undefined)}), not a key`,
      fix: `create a key at ${module.rotateUrl} and put it in ${variable}`,
    });
    return '';
  }
  if (problems.length > 0) {
    add({
      id: 'value',
      status: 'fail',
      message: `the value has ${problems.join(', ')}: ${module.name} receives a different string than the key`,
      fix: [...new Set(fixes)].join('; '),
    });
  } else {
    add({
      id: 'value',
      status: 'pass',
      message: 'the value is clean: no quotes, spaces, "Bearer " prefix or line breaks',
    });
  }
  return v;
}

/** `your-api-key`, `xxxx`, `<key>`, `sk-...`, `changeme`: after the provider's own prefix, if any. */
function isPlaceholder(value: string, module: ProviderModule): boolean {
  const prefixes = ['sk-', ...module.rules.map((r) => r.redactPrefix)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const prefix = prefixes.find((p) => value.startsWith(p)) ?? '';
  return (
    /^(?:\.\.\.|…|x{4,}|your|<|\[|\{|replace|change|insert|example|dummy|placeholder|my[-_]?key|none$|null$|undefined$)/i.test(
      value.slice(prefix.length),
    ) || /your[_-]?(?:api[_-]?)?(?:key|token)/i.test(value)
  );
}
