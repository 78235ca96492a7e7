import { createHash } from 'node:crypto';
import { type Finding, providerOf, type Rule } from '../core/index.js';
import { encodingLabel, providerName } from './format.js';
import type { Note, Reporter, ScanReport } from './types.js';

/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it (upload with
 * `github/codeql-action/upload-sarif`). Checked in the tests against the official JSON schema and
 * Microsoft's SARIF Multitool with GitHub's rules (`--rule-kind Gh;Sarif`): no error, no warning.
 *
 * Like every reporter, it carries only the redacted key and the key's fingerprint, never the key:
 * no `region.snippet`, no `contextRegion`, no embedded file contents (each would hold the key).
 */
export const sarifReporter: Reporter = (report, context) => {
  const descriptors = context.rules.map(ruleDescriptor);
  const indexById = new Map(descriptors.map((d, i) => [d.id, i]));
  // A finding's rule is always among the active rules; should one not be, it still gets a
  // descriptor (from what the finding carries) rather than a dangling `ruleIndex`.
  for (const f of [...report.findings, ...(report.suppressed ?? [])]) {
    if (!indexById.has(f.rule)) {
      indexById.set(f.rule, descriptors.length);
      descriptors.push(ruleDescriptor(ruleFromFinding(f)));
    }
  }
  // Suppressed findings are results too, marked suppressed (GitHub shows them as dismissed, with the
  // justification): what was acknowledged stays visible.
  const reported = [...report.findings, ...(report.suppressed ?? [])];
  const occurrences = occurrenceIndexes(reported);
  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.toolName,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            informationUri: INFORMATION_URI,
            rules: descriptors,
          },
        },
        invocations: [invocation(report)],
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The root of the scanned repository (or directory).' } },
        },
        columnKind: 'utf16CodeUnits',
        results: reported.map((f, i) => result(f, indexById.get(f.rule) as number, occurrences[i] as number)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/skguard/skguard';
const HELP_URI = `${INFORMATION_URI}#rules`;
const SRCROOT = '%SRCROOT%';
/** Name of skguard's entry in `partialFingerprints`/`fingerprints`; bump `v1` if its value ever changes. */
export const SARIF_FINGERPRINT_KEY = 'skguard/v1';
/**
 * The artifact URI of content read from standard input (finding file `-`). It has no `uriBaseId`:
 * it is not a file under the source root, and a consumer must not look for one there. `-` itself
 * is a valid URI reference but says nothing to a person reading the alert; `stdin` does.
 */
export const STDIN_URI = 'stdin';

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const provider = providerName(rule.provider);
  const contextDependent = isContextDependent(rule);
  const short = sentence(rule.description);
  const full = [
    short,
    'Anyone who can read the repository or its history can use a key committed to it, until the key is revoked.',
    contextDependent ? 'The shape alone is ambiguous, so skguard reports it only in the context named above.' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: helpText(rule, provider), markdown: helpMarkdown(rule, provider) },
    helpUri: HELP_URI,
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'secret', 'external/cwe/cwe-798', rule.provider],
      // Rules that need surrounding text (a mention of DeepSeek, an Azure endpoint in the file)
      // accept shapes that are not keys more often than the signature-carrying families.
      precision: contextDependent ? 'medium' : 'high',
      // GitHub maps scores "over 9.0" to critical and 7.0–8.9 to high. An admin key manages the
      // organization (creates keys, members, billing): critical, and 9.5 stays clear of the 9.0
      // boundary. Any other key spends the account's money and reads its data: high (8.0).
      'security-severity': isAdmin(rule) ? '9.5' : '8.0',
    },
  };
}

/** Context-dependent rules: the regex match alone is not enough, text around it must agree. */
function isContextDependent(rule: Rule): boolean {
  return (
    rule.attribution !== undefined ||
    rule.checks.some(
      (c) => c.kind === 'near' || c.kind === 'label-before' || (c.kind === 'in-file' && c.optional !== true),
    )
  );
}

function isAdmin(rule: Rule): boolean {
  return rule.id.split('-').includes('admin');
}

/** The variable the provider's SDKs read (from the registry); for a custom rule's provider, a likely name. */
function envVar(rule: Rule): string {
  return providerOf(rule.provider)?.env[0] ?? `${rule.provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`;
}

function helpText(rule: Rule, provider: string): string {
  const rotate = rule.rotateUrl ? ` at ${rule.rotateUrl}` : '';
  return [
    `${sentence(rule.description)} Anyone who can read the repository or its history can use the key until it is revoked.`,
    '',
    `1. Rotate it now: revoke the key and create a new one${rotate}. Rotating is what protects you: deleting the line does not take the key out of git history.`,
    `2. Remove it from the code: read it from an environment variable (e.g. ${envVar(rule)}) or a secret store (GitHub Actions secrets, a vault) instead.`,
    '3. If the repository must not keep it, rewrite history (git filter-repo) after rotating.',
    '',
    `Not a real ${provider} key? Add "skguard:allow" in a comment on its line, or add the fingerprint shown in the alert to .skguardignore.`,
  ].join('\n');
}

function helpMarkdown(rule: Rule, provider: string): string {
  const rotate = rule.rotateUrl ? ` at <${rule.rotateUrl}>` : '';
  return [
    `**${sentence(rule.description)}** Anyone who can read the repository or its history can use the key until it is revoked.`,
    '',
    '## What to do',
    '',
    `1. **Rotate it now**: revoke the key and create a new one${rotate}. Rotating is what protects you: deleting the line does not take the key out of git history.`,
    `2. **Remove it from the code**: read it from an environment variable (e.g. \`${envVar(rule)}\`) or a secret store (GitHub Actions secrets, a vault) instead.`,
    '3. If the repository must not keep it, rewrite history (`git filter-repo`) after rotating.',
    '',
    '## Not a real key?',
    '',
    `If this is not a real ${provider} key (a test fixture, an example), add \`skguard:allow\` in a comment on its line, or add the fingerprint shown in the alert to \`.skguardignore\`.`,
  ].join('\n');
}

function result(f: Finding, ruleIndex: number, occurrence: number): Result {
  const stdin = f.file === '-';
  const artifactLocation: ArtifactLocation = stdin
    ? { uri: STDIN_URI, description: { text: 'standard input' } }
    : // A key in an archive's member is on the archive: the repository has no file `a.zip!member`.
      { uri: fileUri(f.archive ?? f.file), uriBaseId: SRCROOT };
  const id = locationFingerprint(f, occurrence);
  const properties: PropertyBag = { provider: f.provider, fingerprint: f.fingerprint, redacted: f.redacted };
  // History findings: where the key came in. The author's e-mail stays out of the report; SARIF's
  // `versionControlProvenance` is not used because it requires the repository's URI, unknown here.
  if (f.encoding) properties.encoding = f.encoding;
  if (f.commit) properties.commit = f.commit;
  if (f.date) properties.date = f.date;
  const verification = verificationOf(f);
  if (verification) properties.verification = { status: verification.status, reason: verification.reason };
  // A key gone from its file at head must not be pinned on what that line holds now: the alert is
  // on the file, and the message says where the key came in. A member's line is not the archive's.
  const noRegion = f.atHead === 'removed' || f.atHead === 'deleted' || f.archive !== undefined;
  const member = memberOf(f);
  if (member !== undefined) properties.member = member;
  if (f.atHead) properties.atHead = f.atHead;
  const out: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: 'error',
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: noRegion
          ? { artifactLocation }
          : {
              artifactLocation,
              region: { startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn },
            },
      },
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    fingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    properties,
  };
  // Suppressed, unless its provider says it is live (then it is reported, and says what tried).
  if (f.suppression && f.verification?.status !== 'live') {
    out.suppressions = [
      {
        kind: f.suppression.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        justification: justification(f),
      },
    ];
  }
  return out;
}

function justification(f: Finding): string {
  const s = f.suppression;
  if (!s) return '';
  const where =
    s.kind === 'inline'
      ? 'skguard:allow on its line'
      : s.kind === 'ignore'
        ? `.skguardignore line ${s.line}`
        : s.kind === 'baseline'
          ? 'the baseline report'
          : "a custom rule's documented example";
  const by = [s.by ? `by ${s.by}` : '', s.added ? `on ${s.added}` : '', s.expires ? `until ${s.expires}` : '']
    .filter(Boolean)
    .join(' ');
  return `${where}${s.reason ? `: ${s.reason}` : ''}${by ? ` (${by})` : ''}`;
}

/** For a key in an archive's member: the member's path inside the archive (`config/.env`). */
function memberOf(f: Finding): string | undefined {
  return f.archive === undefined ? undefined : f.file.slice(f.archive.length + 1);
}

function message(f: Finding): string {
  const provider = providerName(f.provider);
  // Built-in descriptions name their provider; a rule whose description does not gets it in front.
  const what = f.description.toLowerCase().includes(provider.toLowerCase())
    ? stripPeriod(f.description)
    : `${provider}: ${stripPeriod(f.description)}`;
  const parts = [
    `${what} found${f.inPath ? ' in the path itself (a file or folder name)' : ''}${f.encoding ? ` (${encodingLabel(f.encoding)})` : ''}: ${f.redacted}, fingerprint ${f.fingerprint}.`,
    `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ''} and remove it from the code.`,
  ];
  const verification = verificationOf(f);
  if (verification) parts.push(`Verification: ${verification.status} (${verification.reason}).`);
  const member = memberOf(f);
  if (member !== undefined) parts.push(`It is in the archive's member ${member}, line ${f.line}.`);
  if (f.commit) parts.push(`Introduced in commit ${f.commit.slice(0, 12)}${f.date ? `, authored ${f.date}` : ''}.`);
  if (f.atHead === 'removed') parts.push('It is no longer in this file, but stays in git history: rotate it.');
  if (f.atHead === 'deleted') parts.push('The file is gone now, but the key stays in git history: rotate it.');
  return parts.join(' ');
}

/**
 * What GitHub tracks an alert by: the key's fingerprint combined with its file, so each file that
 * holds a key is its own alert, and the alert survives the line moving. The same key twice in one
 * file (or introduced twice at one path in history) adds its occurrence number from the second on,
 * so no two results of a run share a value and GitHub keeps each as its own alert. Hashed, so the
 * value is short and free of the path's characters; like the fingerprint, it reveals nothing of the key.
 */
function locationFingerprint(f: Finding, occurrence: number): string {
  const tail = occurrence > 0 ? `\0${occurrence}` : '';
  return createHash('sha256')
    .update(`${SARIF_FINGERPRINT_KEY}\0${f.fingerprint}\0${f.file}${tail}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * The provider's answer, when `--verify` asked for one. Read structurally: the reporter needs only
 * status and reason (the detail and facts stay in the JSON report).
 */
function verificationOf(f: Finding): { status: string; reason: string } | undefined {
  const v = (f as { verification?: { status?: unknown; reason?: unknown } }).verification;
  return v && typeof v.status === 'string' && typeof v.reason === 'string'
    ? { status: v.status, reason: v.reason }
    : undefined;
}

/** For each finding, how many earlier findings hold the same key in the same file (report order). */
function occurrenceIndexes(findings: readonly Finding[]): number[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.fingerprint}\0${f.file}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
}

/**
 * A repository-relative `/`-separated path as a relative URI reference (RFC 3986): each segment
 * percent-encoded as UTF-8, so spaces, `#`, `?`, `%`, `:` and non-ASCII characters survive.
 * Lone surrogates (a path that was not valid UTF-16) become U+FFFD instead of throwing.
 */
export function fileUri(file: string): string {
  const wellFormed = file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return wellFormed.split('/').map(encodeURIComponent).join('/');
}

function invocation(report: ScanReport): Invocation {
  const notifications = report.notes.map(notification);
  return {
    executionSuccessful: true,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
    properties: { stats: report.stats },
  };
}

function notification(note: Note): Notification {
  return {
    level: note.level === 'warning' ? 'warning' : 'note',
    message: { text: sentence(note.message) },
    descriptor: { id: note.code },
  };
}

function ruleFromFinding(f: Finding): Rule {
  return {
    id: f.rule,
    provider: f.provider,
    description: f.description,
    keywords: [],
    pattern: /$^/g,
    maxLength: 0,
    redactPrefix: '',
    checks: [],
    examples: [],
    negatives: [],
    ...(f.rotateUrl ? { rotateUrl: f.rotateUrl } : {}),
  };
}

/** `openai-project-key` → `OpenaiProjectKey`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function stripPeriod(text: string): string {
  return text.trim().replace(/\.$/, '');
}

// The parts of SARIF 2.1.0 this reporter writes (after @types/sarif, which is not a dependency).

type PropertyBag = Record<string, unknown>;
interface MessageText {
  text: string;
}
interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Run[];
}
interface Run {
  tool: { driver: ToolComponent };
  invocations: Invocation[];
  originalUriBaseIds: Record<string, { uri?: string; description?: MessageText }>;
  columnKind: 'utf16CodeUnits' | 'unicodeCodePoints';
  results: Result[];
}
interface ToolComponent {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: ReportingDescriptor[];
}
interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: MessageText;
  fullDescription: MessageText;
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
  properties: PropertyBag & { tags: string[]; precision: 'very-high' | 'high' | 'medium' | 'low' };
}
type Level = 'none' | 'note' | 'warning' | 'error';
interface Invocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: Notification[];
  properties?: PropertyBag;
}
interface Notification {
  level: Level;
  message: MessageText;
  descriptor: { id: string };
}
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  description?: MessageText;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: MessageText;
  locations: {
    physicalLocation: {
      artifactLocation: ArtifactLocation;
      region?: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  fingerprints: Record<string, string>;
  properties: PropertyBag;
  suppressions?: { kind: 'inSource' | 'external'; status: 'accepted'; justification: string }[];
}
