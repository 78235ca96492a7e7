/**
 * The vocabulary of the detection core. Everything here is plain data: rules describe key shapes,
 * findings describe where a key stands. Nothing in `src/core` touches the file system, git or the
 * network; sources hand it bytes, reporters phrase what it returns.
 */

/** Provider ids as they appear in every output format (the registry in `providers/` lists them). */
export type ProviderId = string;

/** A character class used to describe (and, in tests, generate) a key body. */
export type Charset =
  | 'alnum'
  | 'alnum_dash'
  | 'hex'
  | 'upper_hex'
  | 'A-L'
  | 'lower'
  | 'lower_alnum'
  | 'letters'
  | 'base64'
  | 'digit';

/**
 * One piece of a key's shape: a literal, `length` characters of a charset, or a checksum computed
 * over everything before it (so that generated keys pass the rule's checksum check).
 */
export type ShapePart = string | { charset: Charset; length: number } | { checksum: ChecksumKind };

/** Offline checksums some key families carry. */
export type ChecksumKind = 'azure-marvin32';

/**
 * A check run on a regex match before it becomes a finding. Checks are data so that a rule file
 * reads as a description of the key, not as code.
 */
export type Check =
  /** Shannon entropy (bits per char) of the named capture group `body` (or the whole key) must reach `min`. */
  | { kind: 'entropy'; min: number }
  /** Rejects bodies made of a short repeated unit or a long ascending/descending run (`abcdef…`, `0123…`). */
  | { kind: 'not-patterned' }
  /**
   * `pattern` must occur within `within` bytes before or after the key. `keyword` is a literal
   * every such occurrence contains (compared case-insensitively): external prefilters use it.
   */
  | { kind: 'near'; pattern: RegExp; keyword: string; within: number; what: string }
  /** `pattern` must occur on the same line, ending at most `within` bytes before the key. */
  | { kind: 'label-before'; pattern: RegExp; within: number; what: string }
  /**
   * `pattern` must occur somewhere in the same file (before or after the key). With `optional`,
   * the file need not hold it: what it matched is only carried to the validator (a Langfuse key's
   * public key, a self-hosted host).
   */
  | { kind: 'in-file'; pattern: RegExp; keyword: string; what: string; optional?: boolean }
  /** The key's own offline checksum must hold (Azure identifiable keys). */
  | { kind: 'checksum'; checksum: ChecksumKind };

/**
 * How a key whose shape several providers share (`sk-` + 32 hex: DeepSeek or DashScope) is
 * attributed to one of them. A match of such a rule is a finding only when its provider is named:
 * first by the label on the key's own line (`DASHSCOPE_API_KEY=`), else by the nearest base URL,
 * client or SDK import in the file. A model name (`deepseek-r1`) names no provider. With no
 * context there is no finding, and a key is only ever sent to the provider it is attributed to.
 */
export interface Attribution {
  /** Rules with the same group compete for the same span. */
  group: string;
  /**
   * Words that name the provider in a label identifier (`DEEPSEEK_API_KEY`, `deepseekApiKey`,
   * `"deepseek":`), compared by identifier token; a token must be a key word (`key`, `token`…) too,
   * unless the identifier is the word alone. Written as the brand spells them (`DeepSeek`).
   */
  labelWords: string[];
  /** Whole label identifiers that name the provider without its word (`CO_API_KEY` for Cohere). */
  labels?: string[];
  /** Base URLs, clients and SDK imports; each with a literal it contains (found in its brand spellings). */
  context: { pattern: RegExp; keyword: string; what: string }[];
}

/** A detection rule: what a key of one family looks like, with its own proof. */
export interface Rule {
  /** Stable id, kebab-case, e.g. `openai-project-key`. */
  id: string;
  provider: ProviderId;
  /** One line for people: what this key is. */
  description: string;
  /**
   * Literal strings of which at least one occurs in every key of this rule (matched
   * case-sensitively, unless `keywordsIgnoreCase`). The prefilter only runs the pattern near them.
   */
  keywords: string[];
  keywordsIgnoreCase?: boolean;
  /**
   * The key's pattern, with no flags and no anchors. Boundaries are checked by the scanner: the
   * character before and after the match must not continue a token.
   */
  pattern: RegExp;
  /** How far (in bytes) a key may extend from a keyword occurrence, in either direction. */
  maxLength: number;
  /** The family prefix kept in redacted output, e.g. `sk-proj-`. */
  redactPrefix: string;
  checks: Check[];
  /** Key shape, used to generate examples at test time: the repository never holds a literal key. */
  shape?: ShapePart[];
  /** Texts that must yield exactly one finding of this rule; `{key}` is replaced by a generated key. */
  examples: string[];
  /** Texts that must yield no finding of this rule; `{key}` is replaced by a generated key. */
  negatives: string[];
  /** Where to create a new key: shown next to a finding. */
  rotateUrl?: string;
  /** For shapes several providers share: how a match is attributed (see `Attribution`). */
  attribution?: Attribution;
}

/** A key found in some content. Offsets are byte offsets into that content. */
export interface Match {
  rule: Rule;
  /** The key itself. Never leaves memory unredacted: reporters use `redacted` and `fingerprint`. */
  secret: string;
  /** Byte offset of the first byte of the key. */
  start: number;
  /** Byte offset one past the last byte of the key. */
  end: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units of the decoded line (as editors and SARIF count). */
  column: number;
  /** 1-based column one past the key's last character. */
  endColumn: number;
  /** True when the line carries an inline `skguard:allow` marker. */
  allowed: boolean;
  /**
   * How the key was written where it stands, when not verbatim: `base64`, `percent`, `escape`, `html`,
   * `hex` or `split` (joined string literals), outermost first (`escape>escape`). The offsets, line and
   * column are then those of the encoded form; `secret` is the decoded key.
   */
  encoding?: string;
  /**
   * What satisfied the rule's `in-file` checks, in check order (e.g. the Azure OpenAI endpoint host
   * named in the same file; `''` for an optional one the file does not hold): the validator needs it
   * to know where the key belongs.
   */
  context?: string[];
}

/** A finding as it leaves the core: everything a reporter needs and nothing secret. */
export interface Finding {
  provider: ProviderId;
  rule: string;
  description: string;
  /** Path relative to the scanned root (the repository root in a git work tree), `/`-separated. */
  file: string;
  /**
   * True when the key is in the path itself (a file or folder name), not in the content: `file` is
   * the path up to the end of the key, and `line`/`column` are 1.
   */
  inPath?: boolean;
  /**
   * The archive the key was found in (the outermost one, as the repository holds it), when it
   * stands in an archive's member: `file` is then `ARCHIVE!MEMBER` and `line` is the member's line.
   */
  archive?: string;
  line: number;
  column: number;
  endColumn: number;
  /**
   * How the key was encoded where it stands (`base64`, `percent`, `escape`, `html`, `hex`, `split`,
   * chained outermost first: `escape>escape`); absent when it stands verbatim. `line` and `column`
   * are then where the encoded form starts.
   */
  encoding?: string;
  /** Family prefix plus at most four characters after it and the last four: `sk-proj-AbCd…WxYz`. */
  redacted: string;
  /** One-way hash of the key: stable across files, lines and commits; what `.skguardignore` lists. */
  fingerprint: string;
  rotateUrl?: string;
  /**
   * History: where the key stands now, in the revision the run is about (HEAD, a pull request's
   * head): still in the file, removed from it (it stays in history), or the file itself is gone.
   */
  atHead?: 'present' | 'removed' | 'deleted';
  /** For sources with history: the commit that introduced the key at this path. */
  commit?: string;
  author?: string;
  date?: string;
  /** Set by `--verify`: whether the key still works, as its provider answered. */
  verification?: Verification;
  /** Set on a suppressed finding (listed apart from the findings): what suppressed it, and why. */
  suppression?: Suppression;
}

/**
 * Why a finding was not reported: an inline `skguard:allow` on its line, an entry of
 * `.skguardignore` (with what `skguard ignore` recorded), a baseline report, or a custom rule's own
 * example key.
 */
export interface Suppression {
  kind: 'inline' | 'ignore' | 'baseline' | 'example';
  /** `.skguardignore` line. */
  line?: number;
  reason?: string;
  by?: string;
  added?: string;
  expires?: string;
}

/**
 * A provider's answer about a key. `unknown` is never a soft `invalid`: it means the answer did not
 * tell (region block, IP allow-list, 5xx, timeout, network error, anything unrecognised).
 */
export interface Verification {
  status: 'live' | 'invalid' | 'unknown';
  /** Stable code for machines: `ok`, `invalid_api_key`, `insufficient_quota`, `rate_limited`, `timeout`, … */
  reason: string;
  /** One line for people: what the answer means and what to do. Never holds a key. */
  detail: string;
  /** What else the answer told (organisation, request id, rate-limit headers, key label, balance), redacted. */
  facts?: Facts;
}

/** The three outcomes of a check, as trufflehog has them: a key works, does not, or the answer did not tell. */
export type VerifyStatus = Verification['status'];

/**
 * Stable reason codes. Each provider maps its answers onto these; reporters and `doctor` phrase them.
 * A reason does not decide the status alone (a 429 `rate_limited` is live at OpenAI, unknown elsewhere).
 */
export type Reason =
  | 'ok'
  | 'invalid_api_key'
  | 'revoked'
  | 'expired'
  | 'account_deactivated'
  | 'key_disabled'
  | 'key_blocked'
  | 'missing_scopes'
  | 'insufficient_quota'
  | 'rate_limited'
  | 'ip_not_allowed'
  | 'region_blocked'
  | 'missing_api_key'
  | 'mismatched_organization'
  | 'mismatched_project'
  | 'permission_denied'
  | 'bad_request'
  | 'not_found'
  | 'server_error'
  | 'overloaded'
  | 'timeout'
  | 'network_error'
  | 'dns_error'
  | 'tls_error'
  | 'redirected'
  | 'endpoint_unknown'
  | 'context_missing'
  | 'not_checkable'
  | 'not_checked'
  | 'ambiguous'
  | 'unsupported_key'
  | 'unrecognised';

/** What an answer told besides the verdict: flat, printable, redacted. */
export type Facts = Record<string, string | number | boolean | null>;

/** A verdict on one key. Nothing in it holds the key whole. */
export interface Verdict extends Verification {
  reason: Reason;
}

/** An HTTP answer, read and bounded: what a provider's answer table is applied to. */
export interface ProbeAnswer {
  status: number;
  headers: Headers;
  /** The body as text (at most 1 MiB), untrusted. */
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

/** Something the user should know that is not a finding (an unused ignore entry, a truncated history). */
export interface Note {
  level: 'info' | 'warning';
  /** Stable id, for machines: `unused-ignore`, `unreadable-file`, `shallow-history`, … */
  code: string;
  message: string;
}
