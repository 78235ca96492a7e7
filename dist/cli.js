#!/usr/bin/env node
const __skguardFileUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/core/errors.ts
var SkguardError, init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    SkguardError = class extends Error {
      constructor(message2, code = "error") {
        super(message2);
        this.code = code;
      }
      code;
      name = "SkguardError";
    };
  }
});

// src/core/version.ts
var VERSION, PACKAGE_NAME, init_version = __esm({
  "src/core/version.ts"() {
    "use strict";
    VERSION = "0.1.0", PACKAGE_NAME = "@skguard/cli";
  }
});

// src/core/did-you-mean.ts
function didYouMean(word, candidates) {
  let typed = word.toLowerCase(), limit = Math.min(2, Math.ceil(typed.length / 2) - 1), best, bestDistance = limit + 1;
  for (let candidate of candidates) {
    let d = editDistance(typed, candidate.toLowerCase());
    d < bestDistance && (best = candidate, bestDistance = d);
  }
  return best;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return Number.POSITIVE_INFINITY;
  let rows = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array(b.length).fill(0)]);
  let at = (i, j) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let row = rows[i];
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d = Math.min(d, at(i - 2, j - 2) + 1)), row[j] = d;
    }
  }
  return at(a.length, b.length);
}
var init_did_you_mean = __esm({
  "src/core/did-you-mean.ts"() {
    "use strict";
  }
});

// src/core/untrusted.ts
function untrusted(text, secrets = [], maxLength = 240) {
  let out = text;
  for (let secret of secrets) secret.length >= 8 && (out = out.split(secret).join("[key]"));
  return out = out.replace(ANSI, "").replace(CONTROL, " ").replace(PREFIXED_TOKEN, (_m, family) => `${family}-\u2026`).replace(LONG_TOKEN, (m) => m.length <= 48 && ID_PREFIX.test(m) ? m : "[redacted]").replace(/\s+/g, " ").trim(), out.length > maxLength ? `${out.slice(0, maxLength - 1)}\u2026` : out;
}
function scrubbed(verdict2, secret) {
  let facts2 = verdict2.facts ? Object.fromEntries(
    Object.entries(verdict2.facts).map(([k, v]) => [
      k,
      typeof v == "string" ? untrusted(v, [secret], 1 / 0) : v
    ])
  ) : void 0;
  return { ...verdict2, detail: untrusted(verdict2.detail, [secret], 1 / 0), ...facts2 ? { facts: facts2 } : {} };
}
var PREFIXED_TOKEN, LONG_TOKEN, ID_PREFIX, CONTROL, ANSI, init_untrusted = __esm({
  "src/core/untrusted.ts"() {
    "use strict";
    PREFIXED_TOKEN = /(?<![A-Za-z0-9])(sk|rk|pk)-[A-Za-z0-9_\-*.…]+/g, LONG_TOKEN = /[A-Za-z0-9_\-+=]{32,}/g, ID_PREFIX = /^(?:req|org|proj|user|key|apikey|file|msg|chatcmpl|run|asst|thread|batch)[_-]/, CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g, ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
  }
});

// src/core/answer.ts
function retryAfterMs(headers, now2 = Date.now()) {
  let ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  let value = headers.get("retry-after");
  if (value === null || value.trim() === "") return;
  let s = Number(value.trim());
  if (Number.isFinite(s)) return s >= 0 ? s * 1e3 : void 0;
  let date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now2);
}
function errorOf(answer) {
  let json = answer.json, raw = json && typeof json == "object" ? json.error ?? json.detail : void 0, e = raw && typeof raw == "object" ? raw : {}, message2 = typeof e.message == "string" ? e.message : typeof raw == "string" ? raw : typeof json?.message == "string" ? json.message : "", str = (v) => typeof v == "string" ? v : typeof v == "number" ? String(v) : "";
  return { message: untrusted(message2), type: untrusted(str(e.type)), code: untrusted(str(e.code)) };
}
function isJsonObject(answer) {
  return typeof answer.json == "object" && answer.json !== null;
}
function commonFacts(answer, requestIdHeader) {
  let facts2 = { httpStatus: answer.status }, bodyRequestId = answer.json?.request_id, requestId = answer.headers.get(requestIdHeader) ?? (typeof bodyRequestId == "string" ? bodyRequestId : null);
  requestId && (facts2.requestId = untrusted(requestId));
  let retry = retryAfterMs(answer.headers);
  if (retry !== void 0 && (facts2.retryAfterSeconds = Math.round(retry / 100) / 10), answer.status >= 300) {
    let error = errorOf(answer);
    error.code && (facts2.errorCode = error.code), error.type && (facts2.errorType = error.type), error.message && (facts2.message = error.message);
  }
  return facts2;
}
function headerFacts(answer, names, facts2) {
  for (let [header, fact] of Object.entries(names)) {
    let value = answer.headers.get(header);
    value !== null && value !== "" && (facts2[fact] = untrusted(value));
  }
  return facts2;
}
function verdict(status, reason, detail, facts2) {
  return facts2 && Object.keys(facts2).length > 0 ? { status, reason, detail, facts: facts2 } : { status, reason, detail };
}
function quoted(message2) {
  return message2 ? ` ("${message2.length > 120 ? `${message2.slice(0, 119)}\u2026` : message2}")` : "";
}
function unrecognised(name, answer, facts2) {
  let message2 = errorOf(answer).message || (isJsonObject(answer) ? "" : untrusted(answer.text).slice(0, 80));
  return verdict(
    "unknown",
    "unrecognised",
    `${name} answered ${answer.status}${quoted(message2)}, an answer skguard does not know: the key's status is unknown`,
    facts2
  );
}
function serverTrouble(name, answer, statusPage, facts2) {
  return verdict(
    "unknown",
    "server_error",
    `${name} answered ${answer.status} (server trouble): the key's status is unknown; try again later, see ${statusPage}`,
    facts2
  );
}
function rateLimited(who, facts2, tail = "") {
  return verdict(
    "unknown",
    "rate_limited",
    `${who} is rate-limiting requests (429): the key's status is unknown${tail}`,
    facts2
  );
}
function redirected(name, answer, f) {
  let location = answer.headers.get("location");
  return verdict(
    "unknown",
    "redirected",
    `${name} answered ${answer.status} (a redirect${location ? " elsewhere" : ""}): not followed, so that the key goes nowhere else; the key's status is unknown`,
    f
  );
}
var init_answer = __esm({
  "src/core/answer.ts"() {
    "use strict";
    init_untrusted();
  }
});

// src/core/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  let distinct = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    COUNTS[c] === 0 && distinct.push(c), COUNTS[c] = COUNTS[c] + 1;
  }
  let bits = 0;
  for (let c of distinct) {
    let p = COUNTS[c] / text.length;
    COUNTS[c] = 0, bits -= p * Math.log2(p);
  }
  return bits;
}
function isPatterned(text) {
  let n = text.length;
  if (n < 4) return !0;
  for (let period = 1; period <= n >> 1; period++) {
    let repeats = !0;
    for (let i = period; i < n; i++)
      if (text.charCodeAt(i) !== text.charCodeAt(i - period)) {
        repeats = !1;
        break;
      }
    if (repeats) return !0;
  }
  let stepping = 0;
  for (let i = 1; i < n; i++) {
    let step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    (step === 1 || step === -1) && stepping++;
  }
  return stepping >= (n - 1) / 2;
}
var COUNTS, init_entropy = __esm({
  "src/core/entropy.ts"() {
    "use strict";
    COUNTS = new Uint32Array(65536);
  }
});

// src/core/fingerprint.ts
function fingerprint(secret) {
  return createHash ??= load("node:crypto").createHash, createHash("sha256").update(`skguard:v1:${secret}`).digest("hex").slice(0, FINGERPRINT_LENGTH);
}
function isFingerprint(text) {
  return text.length === FINGERPRINT_LENGTH && /^[0-9a-f]+$/.test(text);
}
var import_node_module, load, createHash, FINGERPRINT_LENGTH, init_fingerprint = __esm({
  "src/core/fingerprint.ts"() {
    "use strict";
    import_node_module = require("node:module"), load = (0, import_node_module.createRequire)(__skguardFileUrl), FINGERPRINT_LENGTH = 24;
  }
});

// src/core/redact.ts
function redact(secret, prefix) {
  let head = prefix.length > 0 && secret.startsWith(prefix) ? prefix : "", body2 = secret.slice(head.length), shown = Math.min(4, Math.floor(body2.length / 8));
  return shown === 0 ? `${head}\u2026` : `${head}${body2.slice(0, shown)}\u2026${body2.slice(-shown)}`;
}
var init_redact = __esm({
  "src/core/redact.ts"() {
    "use strict";
  }
});

// src/core/finding.ts
function toFinding(match, origin) {
  let { rule } = match, finding = {
    provider: rule.provider,
    rule: rule.id,
    description: rule.description,
    file: origin.file,
    line: match.line,
    column: match.column,
    endColumn: match.endColumn,
    ...match.encoding ? { encoding: match.encoding } : {},
    redacted: redact(match.secret, rule.redactPrefix),
    fingerprint: fingerprint(match.secret)
  };
  return rule.rotateUrl && (finding.rotateUrl = rule.rotateUrl), origin.inPath && (finding.inPath = !0), origin.archive && (finding.archive = origin.archive), origin.commit && (finding.commit = origin.commit), origin.author && (finding.author = origin.author), origin.date && (finding.date = origin.date), finding;
}
function compareFindings(a, b) {
  return a.file !== b.file ? a.file < b.file ? -1 : 1 : a.line - b.line || a.column - b.column;
}
var init_finding = __esm({
  "src/core/finding.ts"() {
    "use strict";
    init_fingerprint();
    init_redact();
  }
});

// src/core/checksum.ts
function marvin64(data, seed) {
  let p0 = Number(seed & 0xffffffffn) >>> 0, p1 = Number(seed >> 32n & 0xffffffffn) >>> 0, block2 = () => {
    p1 = (p1 ^ p0) >>> 0, p0 = ROTL(p0, 20), p0 = p0 + p1 >>> 0, p1 = ROTL(p1, 9), p1 = (p1 ^ p0) >>> 0, p0 = ROTL(p0, 27), p0 = p0 + p1 >>> 0, p1 = ROTL(p1, 19);
  }, u32 = (i2) => (data[i2] | data[i2 + 1] << 8 | data[i2 + 2] << 16 | data[i2 + 3] << 24) >>> 0, i = 0, n = data.length;
  for (; n >= 4; )
    p0 = p0 + u32(i) >>> 0, block2(), i += 4, n -= 4;
  let last = 128;
  for (let k = n - 1; k >= 0; k--) last = (last << 8 | data[i + k]) >>> 0;
  return p0 = p0 + last >>> 0, block2(), block2(), [p1, p0];
}
function marvin32(data, seed) {
  let [high, low] = marvin64(data, seed);
  return (high ^ low) >>> 0;
}
function base62(bytes) {
  let value = 0n;
  for (let b of bytes) value = value << 8n | BigInt(b);
  let out = "";
  for (; value > 0n; )
    out = BASE62[Number(value % 62n)] + out, value /= 62n;
  let zeros = 0;
  for (; zeros < bytes.length && bytes[zeros] === 0; ) zeros++;
  return "0".repeat(zeros) + (out || (zeros === 0 ? "0" : ""));
}
function azureChecksum(first80, legacy = !1) {
  let sum = marvin32(Buffer.from(first80, "base64"), AZURE_CHECKSUM_SEED), bytes = new Uint8Array([sum & 255, sum >>> 8 & 255, sum >>> 16 & 255, sum >>> 24]);
  return legacy ? Buffer.from(bytes.subarray(0, 3)).toString("base64") : base62(bytes).slice(0, 4);
}
function checksumHolds(kind, key) {
  switch (kind) {
    case "azure-marvin32": {
      if (key.length < 84) return !1;
      let head = key.slice(0, 80), tail = key.slice(80, 84);
      return azureChecksum(head) === tail || azureChecksum(head, !0) === tail;
    }
  }
}
function checksumFor(kind, prefix) {
  if (kind === "azure-marvin32")
    return azureChecksum(prefix.slice(0, 80));
}
var ROTL, AZURE_CHECKSUM_SEED, BASE62, init_checksum = __esm({
  "src/core/checksum.ts"() {
    "use strict";
    ROTL = (x, n) => (x << n | x >>> 32 - n) >>> 0;
    AZURE_CHECKSUM_SEED = 0x44656661756c7430n, BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  }
});

// src/core/rules/shape.ts
function alphabetOf(charset) {
  return ALPHABETS[charset];
}
function keyFromShape(shape2, random = Math.random) {
  let out = "";
  for (let part of shape2) {
    if (typeof part == "string") {
      out += part;
      continue;
    }
    if ("checksum" in part) {
      out += checksumFor(part.checksum, out);
      continue;
    }
    let alphabet = ALPHABETS[part.charset];
    for (let i = 0; i < part.length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  }
  return out;
}
function shapeLength(shape2) {
  return shape2.reduce(
    (n, part) => n + (typeof part == "string" ? part.length : "checksum" in part ? 4 : part.length),
    0
  );
}
var ALPHABETS, init_shape = __esm({
  "src/core/rules/shape.ts"() {
    "use strict";
    init_checksum();
    ALPHABETS = {
      alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
      alnum_dash: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
      hex: "0123456789abcdef",
      upper_hex: "0123456789ABCDEF",
      "A-L": "ABCDEFGHIJKL",
      lower: "abcdefghijklmnopqrstuvwxyz",
      lower_alnum: "abcdefghijklmnopqrstuvwxyz0123456789",
      letters: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
      base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
      digit: "0123456789"
    };
  }
});

// src/core/providers/define.ts
function keyRule(rule) {
  return { ...rule, checks: rule.checks ?? randomBody(), maxLength: rule.maxLength ?? shapeLength(rule.shape) };
}
function rejects(status, reason = "invalid_api_key") {
  return {
    status,
    verdict: "invalid",
    reason,
    detail: "{name} rejected the key{message}: it is wrong, revoked or expired; create a new one at {rotate}"
  };
}
function noCredit(status, where) {
  return {
    status,
    verdict: "live",
    reason: "insufficient_quota",
    detail: `{name} knows the key but its account has no credit left (${status}): add credit at ${where}`
  };
}
var randomBody, throttledLive, KEY_LABEL, labelledBareKey, init_define = __esm({
  "src/core/providers/define.ts"() {
    "use strict";
    init_shape();
    randomBody = (min = 3.5) => [{ kind: "entropy", min }, { kind: "not-patterned" }];
    throttledLive = {
      status: 429,
      verdict: "live",
      reason: "rate_limited",
      detail: "{name} knows the key but is rate-limiting it{message}: it works; slow down and try again later"
    }, KEY_LABEL = /(?:key|token|secret)["'`\])}]*\s*(?:=>|:=|[:=,])?\s*(?:Bearer\s+)?["'`([{]*\s*$/i, labelledBareKey = {
      keywords: ["key", "token", "secret"],
      keywordsIgnoreCase: !0,
      redactPrefix: "",
      checks: (min = 3.5) => [
        { kind: "label-before", pattern: KEY_LABEL, within: 64, what: "an api-key label" },
        { kind: "entropy", min },
        { kind: "not-patterned" }
      ]
    };
  }
});

// src/core/providers/anthropic.ts
function oauthToken(kind, what, meaning, examples) {
  let prefix = `sk-ant-${kind}-`;
  return {
    id: `anthropic-oauth-${what}-token`,
    provider: "anthropic",
    description: `Claude Code OAuth ${what} token (\`${prefix}\`): ${meaning}`,
    keywords: ["ant-o"],
    pattern: new RegExp(`${prefix}[A-Za-z0-9_-]{95}`, "g"),
    maxLength: 108,
    redactPrefix: prefix,
    checks: RANDOM_BODY,
    shape: [prefix, { charset: "alnum_dash", length: 95 }],
    rotateUrl: OAUTH,
    examples,
    negatives: [`${prefix}...`, `${prefix}YOUR_TOKEN`, "x{key}", "{key}x"]
  };
}
var RANDOM_BODY, body, KEYS, ADMIN_KEYS, OAUTH, rules, OAUTH_NOT_CHECKED, anthropic, init_anthropic = __esm({
  "src/core/providers/anthropic.ts"() {
    "use strict";
    init_define();
    RANDOM_BODY = randomBody(), body = (prefix, tail = "AA") => [prefix, { charset: "alnum_dash", length: 93 }, tail], KEYS = "https://console.anthropic.com/settings/keys", ADMIN_KEYS = "https://console.anthropic.com/settings/admin-keys", OAUTH = "https://claude.ai/settings/account";
    rules = [
      {
        id: "anthropic-api-key",
        provider: "anthropic",
        description: "Anthropic API key (`sk-ant-api03-`)",
        keywords: ["sk-ant-api03-"],
        pattern: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/g,
        maxLength: 108,
        redactPrefix: "sk-ant-api03-",
        checks: RANDOM_BODY,
        shape: body("sk-ant-api03-"),
        rotateUrl: KEYS,
        examples: [
          "ANTHROPIC_API_KEY={key}",
          'client = anthropic.Anthropic(api_key="{key}")',
          'curl -H "x-api-key: {key}" https://api.anthropic.com/v1/models',
          '{"k":"{key}"}',
          "({key})"
        ],
        negatives: ["sk-ant-api03-...", "sk-ant-api03-YOUR_KEY", "sk-ant-api03-abc***xyz", "x{key}", "{key}x"]
      },
      {
        id: "anthropic-admin-key",
        provider: "anthropic",
        description: "Anthropic Admin API key (`sk-ant-admin01-`): manages the organization",
        keywords: ["sk-ant-admin01-"],
        pattern: /sk-ant-admin01-[A-Za-z0-9_-]{93}AA/g,
        maxLength: 110,
        redactPrefix: "sk-ant-admin01-",
        checks: RANDOM_BODY,
        shape: body("sk-ant-admin01-"),
        rotateUrl: ADMIN_KEYS,
        examples: ["ANTHROPIC_ADMIN_KEY={key}", "key: '{key}'", "{key},"],
        negatives: ["sk-ant-admin01-...", "sk-ant-admin01-{key}"]
      },
      oauthToken("oat01", "access", "a Claude subscription credential", [
        "CLAUDE_CODE_OAUTH_TOKEN={key}",
        '{"accessToken":"{key}","expiresAt":1767225600000}'
      ]),
      // The refresh token's length is assumed equal to the access token's (gitleaks PR #2178); a
      // shorter one is not reported rather than guessed at.
      oauthToken("ort01", "refresh", "renews a Claude subscription session", [
        '{"refreshToken":"{key}"}',
        "refresh_token: {key}"
      ])
    ], OAUTH_NOT_CHECKED = "a Claude Code OAuth token is a Claude subscription credential: skguard does not send it anywhere, so it is not checkable; sign out of Claude Code (claude /logout) or revoke the session in your Claude account to end it", anthropic = {
      id: "anthropic",
      name: "Anthropic",
      rotateUrl: KEYS,
      env: ["ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "CLAUDE_CODE_OAUTH_TOKEN"],
      rules,
      check: {
        base: "https://api.anthropic.com",
        request: {
          method: "GET",
          path: "/v1/models",
          auth: { kind: "header", name: "x-api-key" },
          headers: { "anthropic-version": "2023-06-01" }
        },
        byRule: { "anthropic-admin-key": { path: "/v1/organizations/api_keys?limit=1" } },
        notCheckableRules: {
          "anthropic-oauth-access-token": OAUTH_NOT_CHECKED,
          "anthropic-oauth-refresh-token": OAUTH_NOT_CHECKED
        },
        requestIdHeader: "request-id",
        statusPage: "https://status.anthropic.com",
        facts: [
          { from: "header", path: "anthropic-organization-id", as: "organization" },
          { from: "body", path: "data", as: "models", count: !0 }
        ],
        // Per KEYS.md: 401 and 404 (a disabled key) are invalid; 400, 403, 429, 5xx and 529 say nothing about the key.
        answers: [
          {
            status: 401,
            verdict: "invalid",
            reason: "invalid_api_key",
            detail: "{name} rejected the key{message}: it is wrong, deleted or revoked; create a new one at {rotate}"
          },
          {
            status: 404,
            verdict: "invalid",
            reason: "key_disabled",
            detail: "{name} answered 404 for the key: it is disabled or deleted; create a new one at {rotate}"
          },
          {
            status: 403,
            verdict: "unknown",
            reason: "permission_denied",
            detail: "{name} refused the request (403){message}: the key's status is unknown"
          },
          {
            status: 400,
            verdict: "unknown",
            reason: "bad_request",
            detail: "{name} answered 400{message}: the key's status is unknown"
          },
          {
            status: 529,
            verdict: "unknown",
            reason: "overloaded",
            detail: "{name} is overloaded (529): the key's status is unknown; try again later, see https://status.anthropic.com"
          }
        ]
      }
    };
  }
});

// src/core/providers/aws-bedrock.ts
var KEYS2, awsBedrock, init_aws_bedrock = __esm({
  "src/core/providers/aws-bedrock.ts"() {
    "use strict";
    init_define();
    KEYS2 = "https://console.aws.amazon.com/bedrock/home#/api-keys", awsBedrock = {
      id: "aws-bedrock",
      name: "Amazon Bedrock",
      rotateUrl: KEYS2,
      env: ["AWS_BEARER_TOKEN_BEDROCK"],
      rules: [
        keyRule({
          id: "aws-bedrock-api-key",
          provider: "aws-bedrock",
          description: "Amazon Bedrock long-term API key (`ABSK\u2026`)",
          keywords: ["ABSKQmVkcm9ja0FQSUtleS"],
          pattern: /ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{91,251}={0,2}/g,
          maxLength: 275,
          redactPrefix: "ABSK",
          shape: ["ABSKQmVkcm9ja0FQSUtleS", { charset: "base64", length: 120 }],
          rotateUrl: KEYS2,
          examples: ["AWS_BEARER_TOKEN_BEDROCK={key}", 'export AWS_BEARER_TOKEN_BEDROCK="{key}"'],
          negatives: ["ABSK...", "ABSKQmVkcm9ja0FQSUtleS...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        notCheckable: "no read-only check is established for Bedrock API keys (no peer verifies one), so skguard does not send it: the key's status is not checkable; review it in the Bedrock console"
      }
    };
  }
});

// src/core/providers/azure-openai.ts
function identifiableKey(key) {
  return {
    id: key.id,
    provider: key.provider,
    description: key.description,
    keywords: ["JQQJ9"],
    pattern: new RegExp(
      `[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}${key.signature}[A-Za-z0-9]{4}(?:[A-Za-z0-9]{2}==)?`,
      "g"
    ),
    maxLength: 88,
    redactPrefix: "",
    checks: [
      { kind: "entropy", min: 3.5 },
      { kind: "checksum", checksum: "azure-marvin32" },
      { kind: "in-file", pattern: AZURE_ENDPOINT, keyword: ".azure.com", what: "an Azure endpoint", optional: !0 }
    ],
    shape: azureKeyShape(key.signature),
    rotateUrl: key.rotateUrl,
    examples: key.examples,
    negatives: ["x{key}", "{key}y", "{zeros}"]
  };
}
function azureKeyShape(signature2) {
  return [
    { charset: "alnum", length: 52 },
    "JQQJ99",
    { charset: "alnum", length: 1 },
    { charset: "A-L", length: 1 },
    { charset: "alnum", length: 12 },
    signature2,
    { checksum: "azure-marvin32" }
  ];
}
function azureCheck(name, endpointEnv) {
  return {
    baseFromContext: 0,
    contextEnv: [endpointEnv],
    withoutBase: {
      reason: "endpoint_unknown",
      detail: `an ${name} key is checked against its resource endpoint, and none was found beside it: the key's status is unknown`
    },
    request: {
      method: "GET",
      path: `/openai/models?api-version=${AZURE_API_VERSION}`,
      auth: { kind: "header", name: "api-key" }
    },
    requestIdHeader: "apim-request-id",
    statusPage: "https://azure.status.microsoft/status",
    answers: azureAnswers
  };
}
var ROTATE, ENDPOINT, AZURE_ENDPOINT, AZURE_API_VERSION, rules2, azureAnswers, azureOpenai, init_azure_openai = __esm({
  "src/core/providers/azure-openai.ts"() {
    "use strict";
    ROTATE = "https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/OpenAI", ENDPOINT = /[a-z0-9-]+\.(?:openai|cognitiveservices)\.azure\.com/i, AZURE_ENDPOINT = /[a-z0-9-]+\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)/i, AZURE_API_VERSION = "2024-10-21";
    rules2 = [
      {
        id: "azure-openai-key",
        provider: "azure-openai",
        description: "Azure OpenAI key (32 hex, labelled as an API key, in a file naming an Azure OpenAI endpoint)",
        keywords: ["key"],
        keywordsIgnoreCase: !0,
        pattern: /[0-9a-f]{32}/g,
        maxLength: 96,
        redactPrefix: "",
        checks: [
          { kind: "in-file", pattern: ENDPOINT, keyword: ".azure.com", what: "an Azure OpenAI endpoint" },
          {
            kind: "label-before",
            // The label, then nothing but separators and quotes up to the key: `API_KEY=`, `"api-key": "`,
            // `api_key = '`, `OpenAIKey" value="`. A label inside a longer identifier does not count.
            pattern: /(?:api|openai)[_.-]?key["'`\])}]*\s*(?:=>|[:=,])?\s*(?:value\s*=\s*)?["'`([{]*\s*$/i,
            within: 48,
            what: "an api-key label"
          },
          { kind: "entropy", min: 3 },
          { kind: "not-patterned" }
        ],
        shape: [{ charset: "hex", length: 32 }],
        rotateUrl: ROTATE,
        examples: [
          `AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/
AZURE_OPENAI_API_KEY={key}
`,
          `AZURE_OPENAI_API_KEY="{key}"
endpoint = "https://contoso.openai.azure.com/"`,
          'curl https://x.cognitiveservices.azure.com/openai/models -H "api-key: {key}"',
          `<add key="AzureOpenAIKey" value="{key}" />
<add key="Endpoint" value="https://contoso.openai.azure.com/" />`
        ],
        negatives: [
          "AZURE_OPENAI_API_KEY={key}",
          `endpoint=https://contoso.openai.azure.com/
openai_key_rotation_date = 1; sha={key}`,
          `endpoint=https://contoso.openai.azure.com/
commit={key}`,
          `endpoint=https://contoso.openai.azure.com/
api_key=


{key}`
        ]
      },
      identifiableKey({
        id: "azure-openai-identifiable-key",
        provider: "azure-openai",
        description: "Azure OpenAI key (84-character identifiable form, signature `AAABACOG`, checksum verified)",
        signature: "AAABACOG",
        rotateUrl: ROTATE,
        examples: ["AZURE_OPENAI_API_KEY={key}", "api-key: {key}", '"{key}"']
      })
    ], azureAnswers = [
      {
        status: 401,
        verdict: "invalid",
        reason: "invalid_api_key",
        // Taken as invalid only because the endpoint is the one found beside the key.
        detail: "{name} at {endpoint} rejected the key{message}: wrong or regenerated key for this resource"
      },
      {
        status: 403,
        body: [{ path: "error.message", matches: /firewall|virtual network|public access|\bip\b|private endpoint/i }],
        verdict: "unknown",
        reason: "ip_not_allowed",
        detail: "{name} at {endpoint} refused the request (403){message}: the key's status is unknown"
      },
      {
        status: 403,
        verdict: "unknown",
        reason: "permission_denied",
        detail: "{name} at {endpoint} refused the request (403){message}: the key's status is unknown"
      },
      {
        status: 404,
        verdict: "unknown",
        reason: "not_found",
        detail: "{name} at {endpoint} answered 404: that endpoint may not be this key's resource; the key's status is unknown"
      }
    ];
    azureOpenai = {
      id: "azure-openai",
      name: "Azure OpenAI",
      rotateUrl: ROTATE,
      env: ["AZURE_OPENAI_API_KEY"],
      rules: rules2,
      check: azureCheck("Azure OpenAI", ["AZURE_OPENAI_ENDPOINT"])
    };
  }
});

// src/core/providers/azure-ai-services.ts
var KEYS3, azureAiServices, init_azure_ai_services = __esm({
  "src/core/providers/azure-ai-services.ts"() {
    "use strict";
    init_azure_openai();
    KEYS3 = "https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/AllInOne", azureAiServices = {
      id: "azure-ai-services",
      name: "Azure AI Services",
      rotateUrl: KEYS3,
      env: ["AZURE_AI_SERVICES_KEY", "AZURE_AI_API_KEY", "AZURE_COGNITIVE_SERVICES_KEY"],
      rules: [
        identifiableKey({
          id: "azure-ai-services-key",
          provider: "azure-ai-services",
          description: "Azure AI Services key (84-character identifiable form, signature `AAAAACOG`, checksum verified)",
          signature: "AAAAACOG",
          rotateUrl: KEYS3,
          examples: ["AZURE_AI_SERVICES_KEY={key}", "Ocp-Apim-Subscription-Key: {key}", '"{key}"']
        })
      ],
      check: azureCheck("Azure AI Services", [
        "AZURE_AI_SERVICES_ENDPOINT",
        "AZURE_AI_ENDPOINT",
        "AZURE_COGNITIVE_SERVICES_ENDPOINT"
      ])
    };
  }
});

// src/core/providers/cerebras.ts
var KEYS4, cerebras, init_cerebras = __esm({
  "src/core/providers/cerebras.ts"() {
    "use strict";
    init_define();
    KEYS4 = "https://cloud.cerebras.ai/platform", cerebras = {
      id: "cerebras",
      name: "Cerebras",
      rotateUrl: KEYS4,
      env: ["CEREBRAS_API_KEY"],
      rules: [
        keyRule({
          id: "cerebras-api-key",
          provider: "cerebras",
          description: "Cerebras API key (`csk-`)",
          keywords: ["csk-"],
          pattern: /csk-[a-z0-9]{48}/g,
          redactPrefix: "csk-",
          shape: ["csk-", { charset: "lower_alnum", length: 48 }],
          rotateUrl: KEYS4,
          examples: ["CEREBRAS_API_KEY={key}", 'Cerebras(api_key="{key}")'],
          negatives: ["csk-...", "{zeros}", "{ascending}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.cerebras.ai",
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        statusPage: "https://status.cerebras.ai",
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects([401, 403])]
      }
    };
  }
});

// src/core/providers/cohere.ts
var KEYS5, cohere, init_cohere = __esm({
  "src/core/providers/cohere.ts"() {
    "use strict";
    init_define();
    KEYS5 = "https://dashboard.cohere.com/api-keys", cohere = {
      id: "cohere",
      name: "Cohere",
      rotateUrl: KEYS5,
      env: ["CO_API_KEY", "COHERE_API_KEY"],
      rules: [
        keyRule({
          id: "cohere-api-key",
          provider: "cohere",
          description: "Cohere API key (40 alphanumerics after a key label, with Cohere named beside it)",
          ...labelledBareKey,
          pattern: /[A-Za-z0-9]{40}/g,
          maxLength: 104,
          checks: labelledBareKey.checks(),
          shape: [{ charset: "alnum", length: 40 }],
          rotateUrl: KEYS5,
          attribution: {
            group: "bare-40",
            labelWords: ["Cohere"],
            labels: ["CO_API_KEY"],
            context: [
              { pattern: /api\.cohere\.(?:com|ai)/i, keyword: "cohere", what: "Cohere's API host" },
              {
                pattern: /\bimport cohere\b|cohere\.Client(?:V2)?\(|CohereClient(?:V2)?\b|cohere-ai|ChatCohere/,
                keyword: "cohere",
                what: "the Cohere SDK"
              }
            ]
          },
          examples: ["CO_API_KEY={key}", `import cohere
co = cohere.ClientV2(api_key="{key}")`],
          negatives: ["OTHER_KEY={key}", "COHERE_API_KEY={zeros}", `import cohere
sha = "{key}"`]
        })
      ],
      check: {
        base: "https://api.cohere.com",
        // Cohere's documented key check: it reads nothing and generates nothing.
        request: { method: "POST", path: "/v1/check-api-key", auth: { kind: "bearer" } },
        statusPage: "https://status.cohere.com",
        facts: [
          { from: "body", path: "organization_id", as: "organization" },
          { from: "body", path: "owner_id", as: "owner" }
        ],
        answers: [
          { ...rejects(200), body: [{ path: "valid", equals: !1 }] },
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: "{name} accepted the key (organization {fact:organization}): it works; if it leaked, delete it at {rotate}"
          },
          rejects(401),
          throttledLive
        ]
      }
    };
  }
});

// src/core/providers/dashscope.ts
var KEYS6, HOST, dashscope, init_dashscope = __esm({
  "src/core/providers/dashscope.ts"() {
    "use strict";
    init_define();
    KEYS6 = "https://bailian.console.alibabacloud.com/?apiKey=1#/api-key", HOST = /dashscope(?:-intl)?\.aliyuncs\.com/i, dashscope = {
      id: "dashscope",
      name: "Alibaba DashScope (Model Studio)",
      rotateUrl: KEYS6,
      env: ["DASHSCOPE_API_KEY"],
      rules: [
        keyRule({
          id: "dashscope-api-key",
          provider: "dashscope",
          description: "Alibaba DashScope / Model Studio (Qwen) API key (`sk-` + 32 hex, with DashScope named beside it)",
          keywords: ["sk-"],
          pattern: /sk-[0-9a-f]{32}/g,
          redactPrefix: "sk-",
          checks: [
            { kind: "entropy", min: 3 },
            { kind: "not-patterned" },
            { kind: "in-file", pattern: HOST, keyword: "aliyuncs", what: "DashScope's API host", optional: !0 }
          ],
          shape: ["sk-", { charset: "hex", length: 32 }],
          rotateUrl: KEYS6,
          attribution: {
            group: "sk-hex32",
            labelWords: ["DashScope", "Qwen", "Bailian", "Aliyun"],
            context: [
              { pattern: HOST, keyword: "aliyuncs", what: "DashScope's API host" },
              {
                pattern: /\b(?:from|import)\s+dashscope\b|dashscope\.api_key/,
                keyword: "dashscope",
                what: "the DashScope SDK"
              },
              {
                pattern: /provider\W{0,4}(?:dashscope|qwen|bailian)(?![-\w.])/i,
                keyword: "dashscope",
                what: "a provider setting"
              }
            ]
          },
          examples: [
            "DASHSCOPE_API_KEY={key}",
            'client = OpenAI(api_key="{key}", base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")',
            `base_url = "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"
model = "deepseek-r1"
api_key = "{key}"`
          ],
          negatives: ["OTHER_KEY={key}", "DASHSCOPE_API_KEY={zeros}", `model: qwen-max
api_key: {key}`]
        })
      ],
      check: {
        base: "https://dashscope-intl.aliyuncs.com",
        regions: ["https://dashscope.aliyuncs.com"],
        baseFromContext: 0,
        request: { method: "GET", path: "/compatible-mode/v1/models", auth: { kind: "bearer" } },
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/deepseek.ts
var KEYS7, TOP_UP, deepseek, init_deepseek = __esm({
  "src/core/providers/deepseek.ts"() {
    "use strict";
    init_define();
    KEYS7 = "https://platform.deepseek.com/api_keys", TOP_UP = "https://platform.deepseek.com/top_up", deepseek = {
      id: "deepseek",
      name: "DeepSeek",
      rotateUrl: KEYS7,
      env: ["DEEPSEEK_API_KEY"],
      rules: [
        {
          id: "deepseek-api-key",
          provider: "deepseek",
          description: "DeepSeek API key (`sk-` + 32 hex, with DeepSeek named beside it)",
          keywords: ["sk-"],
          pattern: /sk-[0-9a-f]{32}/g,
          maxLength: 35,
          redactPrefix: "sk-",
          checks: [{ kind: "entropy", min: 3 }, { kind: "not-patterned" }],
          shape: ["sk-", { charset: "hex", length: 32 }],
          rotateUrl: KEYS7,
          attribution: {
            group: "sk-hex32",
            labelWords: ["DeepSeek"],
            context: [
              { pattern: /api\.deepseek\.com/i, keyword: "deepseek", what: "DeepSeek's API host" },
              { pattern: /provider\W{0,4}deepseek(?![-\w.])/i, keyword: "deepseek", what: "a provider setting" }
            ]
          },
          examples: [
            "DEEPSEEK_API_KEY={key}",
            'client = OpenAI(api_key="{key}", base_url="https://api.deepseek.com")',
            `provider: deepseek
model: deepseek-chat
api_key: {key}
`
          ],
          negatives: [
            "OTHER_KEY={key}",
            "DEEPSEEK_API_KEY={zeros}",
            "DEEPSEEK_API_KEY={ascending}",
            "deepseek: x{key}",
            // A model name is not a provider: DashScope serves deepseek-r1.
            `model = "deepseek-r1"
api_key = "{key}"`
          ]
        }
      ],
      check: {
        base: "https://api.deepseek.com",
        request: { method: "GET", path: "/user/balance", auth: { kind: "bearer" } },
        statusPage: "https://status.deepseek.com",
        facts: [
          { from: "body", path: "is_available", as: "isAvailable" },
          { from: "body", path: "balance_infos.0.total_balance", as: "balance" },
          { from: "body", path: "balance_infos.0.currency", as: "currency" }
        ],
        answers: [
          {
            status: 200,
            body: [{ path: "is_available", equals: !1 }],
            verdict: "live",
            reason: "insufficient_quota",
            detail: `{name} accepted the key but its balance cannot pay for calls (is_available false): top up at ${TOP_UP}`
          },
          rejects(401),
          noCredit(402, TOP_UP)
        ]
      }
    };
  }
});

// src/core/providers/elevenlabs.ts
var KEYS8, elevenlabs, init_elevenlabs = __esm({
  "src/core/providers/elevenlabs.ts"() {
    "use strict";
    init_define();
    KEYS8 = "https://elevenlabs.io/app/settings/api-keys", elevenlabs = {
      id: "elevenlabs",
      name: "ElevenLabs",
      rotateUrl: KEYS8,
      env: ["ELEVENLABS_API_KEY", "ELEVEN_API_KEY"],
      rules: [
        keyRule({
          id: "elevenlabs-api-key",
          provider: "elevenlabs",
          // `sk_` is in every `task_`, `disk_`, `mask_`: as a required literal it would make every file a
          // candidate, and the shape names no provider. As peers do, ElevenLabs must be named beside it.
          description: "ElevenLabs API key (`sk_` + 48 hex, with ElevenLabs named beside it)",
          keywords: ["sk_"],
          pattern: /sk_[0-9a-f]{48}/g,
          redactPrefix: "sk_",
          checks: [{ kind: "entropy", min: 3.2 }, { kind: "not-patterned" }],
          shape: ["sk_", { charset: "hex", length: 48 }],
          rotateUrl: KEYS8,
          attribution: {
            group: "elevenlabs",
            labelWords: ["ElevenLabs", "Eleven"],
            labels: ["XI_API_KEY", "xi-api-key", "xi_api_key"],
            context: [
              { pattern: /api\.elevenlabs\.io/i, keyword: "elevenlabs", what: "ElevenLabs' API host" },
              {
                pattern: /\b(?:from|import)\s+elevenlabs\b|@elevenlabs\/|ElevenLabs\(/,
                keyword: "elevenlabs",
                what: "the ElevenLabs SDK"
              },
              { pattern: /xi-api-key/i, keyword: "xi-api-key", what: "the xi-api-key header" }
            ]
          },
          examples: ["ELEVENLABS_API_KEY={key}", 'headers = {"xi-api-key": "{key}"}'],
          negatives: ["sk_...", "sk_live_...", "ELEVENLABS_API_KEY={zeros}", "OTHER_KEY={key}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.elevenlabs.io",
        // Needs the user_read permission; a scoped key without it answers `missing_permissions`.
        request: { method: "GET", path: "/v1/user", auth: { kind: "header", name: "xi-api-key" } },
        statusPage: "https://status.elevenlabs.io",
        facts: [
          { from: "body", path: "subscription.tier", as: "tier" },
          { from: "body", path: "subscription.character_count", as: "charactersUsed" },
          { from: "body", path: "subscription.character_limit", as: "characterLimit" }
        ],
        answers: [
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: "{name} accepted the key (tier {fact:tier}): it works; if it leaked, delete it at {rotate}"
          },
          {
            status: 401,
            body: [{ path: "detail.status", equals: "missing_permissions" }],
            verdict: "live",
            reason: "missing_scopes",
            detail: "{name} knows the key but it is scoped{message}: it works for what its permissions allow"
          },
          rejects([400, 401])
        ]
      }
    };
  }
});

// src/core/providers/fireworks.ts
var KEYS9, fireworks, init_fireworks = __esm({
  "src/core/providers/fireworks.ts"() {
    "use strict";
    init_define();
    KEYS9 = "https://fireworks.ai/account/api-keys", fireworks = {
      id: "fireworks",
      name: "Fireworks AI",
      rotateUrl: KEYS9,
      env: ["FIREWORKS_API_KEY"],
      rules: [
        keyRule({
          id: "fireworks-api-key",
          provider: "fireworks",
          // At least two digits, as titus requires: C identifiers such as firmware names also start `fw_`.
          description: "Fireworks AI API key (`fw_`)",
          keywords: ["fw_"],
          pattern: /fw_(?=(?:[A-Za-z]*[0-9]){2})[A-Za-z0-9]{24}/g,
          redactPrefix: "fw_",
          shape: ["fw_", { charset: "alnum", length: 22 }, { charset: "digit", length: 2 }],
          rotateUrl: KEYS9,
          examples: ["FIREWORKS_API_KEY={key}", 'Fireworks(api_key="{key}")'],
          // Digit-less identifiers (`fw_loadFirmware…`) are built in test/core/scanner.test.ts: here they
          // would be key-shaped literals.
          negatives: ["fw_...", "fw_update", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.fireworks.ai",
        request: { method: "GET", path: "/inference/v1/models", auth: { kind: "bearer" } },
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/google-gemini.ts
var KEYS10, blocked, googleGemini, init_google_gemini = __esm({
  "src/core/providers/google-gemini.ts"() {
    "use strict";
    init_define();
    KEYS10 = "https://aistudio.google.com/app/apikey", blocked = /^API_KEY_(?:SERVICE|HTTP_REFERRER|IP_ADDRESS|ANDROID_APP|IOS_APP)_BLOCKED$/, googleGemini = {
      id: "google-gemini",
      name: "Google Gemini",
      rotateUrl: KEYS10,
      env: ["GEMINI_API_KEY", "GOOGLE_API_KEY"],
      rules: [
        keyRule({
          id: "google-api-key",
          provider: "google-gemini",
          description: "Google API key (`AIza\u2026`), as Google Gemini (AI Studio) issues them",
          keywords: ["AIza"],
          pattern: /AIza[A-Za-z0-9_-]{35}/g,
          redactPrefix: "AIza",
          shape: ["AIzaSy", { charset: "alnum_dash", length: 33 }],
          rotateUrl: KEYS10,
          examples: [
            "GEMINI_API_KEY={key}",
            'genai.Client(api_key="{key}")',
            "https://x.googleapis.com/v1beta/models?key={key}&alt=sse"
          ],
          negatives: ["AIza...", "AIzaSy{zeros}", "GOOGLE_API_KEY=AIzaSyYOUR_API_KEY", "x{key}", "{key}A"]
        }),
        keyRule({
          id: "google-gemini-auth-key",
          provider: "google-gemini",
          description: "Google Gemini auth key (`AQ.Ab8RN6\u2026`, 2026 form)",
          keywords: ["Ab8RN6"],
          pattern: /AQ\.Ab8RN6[A-Za-z0-9_-]{44}/g,
          redactPrefix: "AQ.Ab8RN6",
          shape: ["AQ.Ab8RN6", { charset: "alnum_dash", length: 44 }],
          rotateUrl: KEYS10,
          examples: ["GEMINI_API_KEY={key}", '{"apiKey": "{key}"}'],
          negatives: ["AQ.Ab8RN6...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://generativelanguage.googleapis.com",
        request: { method: "GET", path: "/v1beta/models", auth: { kind: "header", name: "x-goog-api-key" } },
        statusPage: "https://aistudio.google.com/status",
        facts: [
          { from: "body", path: "models", as: "models", count: !0 },
          { from: "body", path: "error.details.0.reason", as: "errorReason", status: "any" }
        ],
        answers: [
          {
            status: 400,
            body: [{ path: "error.details.0.reason", equals: "API_KEY_INVALID" }],
            verdict: "invalid",
            reason: "invalid_api_key",
            detail: "{name} says the API key is not valid (API_KEY_INVALID): it is wrong or deleted; create a new one at {rotate}"
          },
          { ...rejects(400), body: [{ path: "error.message", matches: /API key not valid|API key expired/i }] },
          {
            status: 403,
            body: [{ path: "error.details.0.reason", matches: blocked }],
            verdict: "live",
            reason: "permission_denied",
            detail: "{name}: the key exists but is restricted ({fact:errorReason}): it works where its restrictions allow; review them in the Google Cloud console"
          },
          {
            status: 429,
            verdict: "live",
            reason: "rate_limited",
            detail: "{name} knows the key but its quota is exhausted (RESOURCE_EXHAUSTED): it works; see its limits at {rotate}"
          },
          {
            status: 401,
            verdict: "unknown",
            reason: "unsupported_key",
            detail: "{name} does not take this kind of key on this endpoint{message}: the key's status is unknown"
          }
        ]
      }
    };
  }
});

// src/core/providers/groq.ts
var KEYS11, groq, init_groq = __esm({
  "src/core/providers/groq.ts"() {
    "use strict";
    init_define();
    KEYS11 = "https://console.groq.com/keys", groq = {
      id: "groq",
      name: "Groq",
      rotateUrl: KEYS11,
      env: ["GROQ_API_KEY"],
      rules: [
        keyRule({
          id: "groq-api-key",
          provider: "groq",
          // Issued keys carry `WGdyb3FY` (base64 of "Xgroq") at body offset 20; the rule does not
          // require it (undocumented), the generated examples carry it.
          description: "Groq API key (`gsk_`)",
          keywords: ["gsk_"],
          pattern: /gsk_[A-Za-z0-9]{52}/g,
          redactPrefix: "gsk_",
          shape: ["gsk_", { charset: "alnum", length: 20 }, "WGdyb3FY", { charset: "alnum", length: 24 }],
          rotateUrl: KEYS11,
          examples: ["GROQ_API_KEY={key}", 'Groq(api_key="{key}")', '"{key}",'],
          negatives: ["gsk_...", "gsk_YOUR_KEY", "{zeros}", "x{key}", "{key}0"]
        })
      ],
      check: {
        base: "https://api.groq.com",
        request: { method: "GET", path: "/openai/v1/models", auth: { kind: "bearer" } },
        statusPage: "https://groqstatus.com",
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects(401), throttledLive]
      }
    };
  }
});

// src/core/providers/huggingface.ts
var KEYS12, huggingface, init_huggingface = __esm({
  "src/core/providers/huggingface.ts"() {
    "use strict";
    init_define();
    KEYS12 = "https://huggingface.co/settings/tokens", huggingface = {
      id: "huggingface",
      name: "Hugging Face",
      rotateUrl: KEYS12,
      env: ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN"],
      rules: [
        keyRule({
          id: "huggingface-token",
          provider: "huggingface",
          // Letters only: a higher entropy floor keeps CamelCase identifiers (`hf_requiredCharacteristic…`) out.
          description: "Hugging Face user access token (`hf_`)",
          keywords: ["hf_"],
          pattern: /hf_[A-Za-z]{34}/g,
          redactPrefix: "hf_",
          checks: [{ kind: "entropy", min: 4 }, { kind: "not-patterned" }],
          shape: ["hf_", { charset: "letters", length: 34 }],
          rotateUrl: KEYS12,
          examples: ["HF_TOKEN={key}", 'login(token="{key}")', "huggingface-cli login --token {key}"],
          negatives: [
            "hf_...",
            "hf_YOUR_TOKEN",
            "{zeros}",
            "kCBAdvDataManufacturerDatahf_requiredCharacteristicUUIDs",
            "x{key}"
          ]
        }),
        keyRule({
          id: "huggingface-org-token",
          provider: "huggingface",
          description: "Hugging Face organization API token (`api_org_`, older form)",
          keywords: ["api_org_"],
          pattern: /api_org_[A-Za-z]{34}/g,
          redactPrefix: "api_org_",
          checks: [{ kind: "entropy", min: 4 }, { kind: "not-patterned" }],
          shape: ["api_org_", { charset: "letters", length: 34 }],
          rotateUrl: KEYS12,
          examples: ["HUGGINGFACEHUB_API_TOKEN={key}", "token: '{key}'"],
          negatives: ["api_org_...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://huggingface.co",
        request: { method: "GET", path: "/api/whoami-v2", auth: { kind: "bearer" } },
        statusPage: "https://status.huggingface.co",
        facts: [
          { from: "body", path: "name", as: "name" },
          { from: "body", path: "auth.accessToken.role", as: "role" },
          { from: "body", path: "auth.accessToken.displayName", as: "tokenName" }
        ],
        answers: [
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: "{name} accepted the token (user {fact:name}, role {fact:role}): it works; if it leaked, invalidate it at {rotate}"
          },
          { ...rejects(401, "expired"), body: [{ path: "error", matches: /expired/i }] },
          rejects(401),
          throttledLive
        ]
      }
    };
  }
});

// src/core/providers/langfuse.ts
var KEYS13, UUID, langfuse, init_langfuse = __esm({
  "src/core/providers/langfuse.ts"() {
    "use strict";
    init_define();
    KEYS13 = "https://cloud.langfuse.com", UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", langfuse = {
      id: "langfuse",
      name: "Langfuse",
      rotateUrl: KEYS13,
      env: ["LANGFUSE_SECRET_KEY"],
      rules: [
        keyRule({
          id: "langfuse-secret-key",
          provider: "langfuse",
          description: "Langfuse secret key (`sk-lf-`)",
          keywords: ["k-lf-"],
          pattern: new RegExp(`sk-lf-${UUID}`, "g"),
          redactPrefix: "sk-lf-",
          checks: [
            { kind: "entropy", min: 3 },
            { kind: "not-patterned" },
            {
              kind: "in-file",
              pattern: new RegExp(`pk-lf-${UUID}`),
              keyword: "pk-lf-",
              what: "the public key",
              optional: !0
            },
            {
              kind: "in-file",
              pattern: /LANGFUSE_(?:BASE_URL|HOST)["']?\s*[:=]\s*["']?(?<value>https?:\/\/[A-Za-z0-9.:[\]-]+)/,
              keyword: "LANGFUSE_",
              what: "the Langfuse host",
              optional: !0
            }
          ],
          shape: [
            "sk-lf-",
            { charset: "hex", length: 8 },
            "-",
            { charset: "hex", length: 4 },
            "-",
            { charset: "hex", length: 4 },
            "-",
            { charset: "hex", length: 4 },
            "-",
            { charset: "hex", length: 12 }
          ],
          rotateUrl: KEYS13,
          examples: ["LANGFUSE_SECRET_KEY={key}", 'Langfuse(public_key="pk-lf-1", secret_key="{key}")'],
          negatives: ["sk-lf-...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://cloud.langfuse.com",
        regions: ["https://us.cloud.langfuse.com"],
        baseFromContext: 1,
        contextEnv: [["LANGFUSE_PUBLIC_KEY"], ["LANGFUSE_BASE_URL", "LANGFUSE_HOST", "LANGFUSE_BASEURL"]],
        request: { method: "GET", path: "/api/public/projects", auth: { kind: "basic", userFromContext: 0 } },
        withoutUser: "a Langfuse secret key is checked with its public key (pk-lf-\u2026), and none was found beside it: the key's status is unknown",
        facts: [{ from: "body", path: "data", as: "projects", count: !0 }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/langsmith.ts
function token(kind, id, what, examples) {
  return keyRule({
    id: `langsmith-${id}`,
    provider: "langsmith",
    description: `LangSmith ${what} (\`lsv2_${kind}_\`)`,
    keywords: ["lsv2_"],
    pattern: new RegExp(`lsv2_${kind}_[0-9a-f]{32}_[0-9a-f]{10}`, "g"),
    redactPrefix: `lsv2_${kind}_`,
    checks: [{ kind: "entropy", min: 3 }, { kind: "not-patterned" }],
    shape: shape(kind),
    rotateUrl: KEYS14,
    examples,
    negatives: [`lsv2_${kind}_...`, "{zeros}", "x{key}"]
  });
}
var KEYS14, shape, langsmith, init_langsmith = __esm({
  "src/core/providers/langsmith.ts"() {
    "use strict";
    init_define();
    KEYS14 = "https://smith.langchain.com/settings", shape = (kind) => [
      `lsv2_${kind}_`,
      { charset: "hex", length: 32 },
      "_",
      { charset: "hex", length: 10 }
    ];
    langsmith = {
      id: "langsmith",
      name: "LangSmith",
      rotateUrl: KEYS14,
      env: ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"],
      rules: [
        token("pt", "personal-token", "personal access token", ["LANGSMITH_API_KEY={key}", 'LANGCHAIN_API_KEY="{key}"']),
        token("sk", "service-key", "service key", ["LANGSMITH_API_KEY={key}", "api_key: '{key}'"])
      ],
      check: {
        base: "https://api.smith.langchain.com",
        request: { method: "GET", path: "/api/v1/api-key/current", auth: { kind: "header", name: "x-api-key" } },
        byRule: { "langsmith-service-key": { path: "/api/v1/orgs/current" } },
        answers: [rejects([401, 403])]
      }
    };
  }
});

// src/core/providers/minimax.ts
var KEYS15, minimax, init_minimax = __esm({
  "src/core/providers/minimax.ts"() {
    "use strict";
    init_define();
    KEYS15 = "https://www.minimax.io/platform/user-center/basic-information/interface-key", minimax = {
      id: "minimax",
      name: "MiniMax",
      rotateUrl: KEYS15,
      env: ["MINIMAX_API_KEY"],
      rules: [
        keyRule({
          id: "minimax-api-key",
          provider: "minimax",
          description: "MiniMax API key (`sk-api-`)",
          keywords: ["k-api-"],
          pattern: /sk-api-[A-Za-z0-9_-]{119}/g,
          redactPrefix: "sk-api-",
          shape: ["sk-api-", { charset: "alnum_dash", length: 119 }],
          rotateUrl: KEYS15,
          examples: ["MINIMAX_API_KEY={key}", "Authorization: Bearer {key}"],
          negatives: ["sk-api-...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.minimax.io",
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        facts: [
          { from: "body", path: "data", as: "models", count: !0 },
          { from: "body", path: "base_resp.status_code", as: "baseStatus", status: "any" }
        ],
        // MiniMax also reports errors inside a 200, in `base_resp` (1004: authentication failed, 2049: invalid key).
        answers: [
          { ...rejects(200), body: [{ path: "base_resp.status_code", equals: 1004 }] },
          { ...rejects(200), body: [{ path: "base_resp.status_code", equals: 2049 }] },
          rejects([401, 403])
        ]
      }
    };
  }
});

// src/core/providers/mistral.ts
var KEYS16, mistral, init_mistral = __esm({
  "src/core/providers/mistral.ts"() {
    "use strict";
    init_define();
    KEYS16 = "https://console.mistral.ai/api-keys", mistral = {
      id: "mistral",
      name: "Mistral AI",
      rotateUrl: KEYS16,
      env: ["MISTRAL_API_KEY"],
      rules: [
        keyRule({
          id: "mistral-api-key",
          provider: "mistral",
          description: "Mistral AI API key (32 alphanumerics after a key label, with Mistral named beside it)",
          ...labelledBareKey,
          pattern: /[A-Za-z0-9]{32}/g,
          maxLength: 96,
          checks: labelledBareKey.checks(),
          shape: [{ charset: "alnum", length: 32 }],
          rotateUrl: KEYS16,
          attribution: {
            group: "bare-32",
            labelWords: ["Mistral", "MistralAI"],
            context: [
              { pattern: /api\.mistral\.ai/i, keyword: "mistral", what: "Mistral's API host" },
              {
                pattern: /\b(?:from|import)\s+mistralai\b|@mistralai\/mistralai|ChatMistralAI|MistralClient|new Mistral\(|Mistral\(api_key/,
                keyword: "mistral",
                what: "the Mistral SDK"
              }
            ]
          },
          examples: ["MISTRAL_API_KEY={key}", `from mistralai import Mistral
client = Mistral(api_key="{key}")`],
          negatives: ["OTHER_KEY={key}", "MISTRAL_API_KEY={zeros}", `from mistralai import Mistral
commit = "{key}"`]
        })
      ],
      check: {
        base: "https://api.mistral.ai",
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        statusPage: "https://status.mistral.ai",
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects(401), throttledLive]
      }
    };
  }
});

// src/core/providers/moonshot.ts
var KEYS17, HOST2, moonshot, init_moonshot = __esm({
  "src/core/providers/moonshot.ts"() {
    "use strict";
    init_define();
    KEYS17 = "https://platform.moonshot.ai/console/api-keys", HOST2 = /api\.moonshot\.(?:cn|ai)/i, moonshot = {
      id: "moonshot",
      name: "Moonshot AI (Kimi)",
      rotateUrl: KEYS17,
      env: ["MOONSHOT_API_KEY", "KIMI_API_KEY"],
      rules: [
        keyRule({
          id: "moonshot-api-key",
          provider: "moonshot",
          description: "Moonshot AI / Kimi API key (`sk-` + 48, with Moonshot or Kimi named beside it)",
          keywords: ["sk-"],
          pattern: /sk-[A-Za-z0-9]{48}/g,
          redactPrefix: "sk-",
          checks: [
            { kind: "entropy", min: 3.5 },
            { kind: "not-patterned" },
            { kind: "in-file", pattern: HOST2, keyword: "moonshot", what: "Moonshot's API host", optional: !0 }
          ],
          shape: ["sk-", { charset: "alnum", length: 48 }],
          rotateUrl: KEYS17,
          attribution: {
            group: "sk-48",
            labelWords: ["Moonshot", "Kimi"],
            context: [
              { pattern: HOST2, keyword: "moonshot", what: "Moonshot's API host" },
              { pattern: /provider\W{0,4}(?:moonshot|kimi)(?![-\w.])/i, keyword: "moonshot", what: "a provider setting" }
            ]
          },
          examples: [
            "MOONSHOT_API_KEY={key}",
            'client = OpenAI(api_key="{key}", base_url="https://api.moonshot.cn/v1")',
            'KIMI_API_KEY="{key}"'
          ],
          negatives: ["OTHER_KEY={key}", "MOONSHOT_API_KEY={zeros}", `model: kimi-k2
api_key: {key}`]
        })
      ],
      check: {
        base: "https://api.moonshot.ai",
        regions: ["https://api.moonshot.cn"],
        baseFromContext: 0,
        request: { method: "GET", path: "/v1/users/me/balance", auth: { kind: "bearer" } },
        facts: [
          { from: "body", path: "data.available_balance", as: "availableBalance" },
          { from: "body", path: "data.voucher_balance", as: "voucherBalance" },
          { from: "body", path: "data.cash_balance", as: "cashBalance" }
        ],
        answers: [
          {
            status: 200,
            body: [{ path: "data.available_balance", le: 0 }],
            verdict: "live",
            reason: "insufficient_quota",
            detail: "{name} accepted the key but its balance is {fact:availableBalance}: top up to use it"
          },
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: "{name} accepted the key (balance {fact:availableBalance}): it works; if it leaked, delete it at {rotate}"
          },
          {
            status: 429,
            body: [{ path: "error.type", equals: "exceeded_current_quota_error" }],
            verdict: "live",
            reason: "insufficient_quota",
            detail: "{name} knows the key but its quota is used up{message}: top up to use it"
          },
          {
            status: 429,
            body: [{ path: "error.type", equals: "rate_limit_reached_error" }],
            verdict: "live",
            reason: "rate_limited",
            detail: "{name} knows the key but is rate-limiting it: it works"
          },
          rejects(401)
        ]
      }
    };
  }
});

// src/core/providers/nvidia.ts
var KEYS18, nvidia, init_nvidia = __esm({
  "src/core/providers/nvidia.ts"() {
    "use strict";
    init_define();
    KEYS18 = "https://org.ngc.nvidia.com/setup/api-keys", nvidia = {
      id: "nvidia",
      name: "NVIDIA NIM",
      rotateUrl: KEYS18,
      env: ["NVIDIA_API_KEY", "NGC_API_KEY"],
      rules: [
        keyRule({
          id: "nvidia-api-key",
          provider: "nvidia",
          description: "NVIDIA NIM / NGC API key (`nvapi-`)",
          keywords: ["vapi-"],
          pattern: /nvapi-[A-Za-z0-9_-]{64}/g,
          redactPrefix: "nvapi-",
          shape: ["nvapi-", { charset: "alnum_dash", length: 64 }],
          rotateUrl: KEYS18,
          examples: ["NVIDIA_API_KEY={key}", 'OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="{key}")'],
          negatives: ["nvapi-...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.ngc.nvidia.com",
        // Asks who the caller is; changes nothing.
        request: { method: "POST", path: "/v3/keys/get-caller-info", auth: { kind: "form", field: "credentials" } },
        facts: [{ from: "body", path: "user.name", as: "user" }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/openai.ts
function isOpenaiAdminKey(key, rule) {
  return rule === "openai-admin-key" || key.startsWith("sk-admin-");
}
function modelIds(answer) {
  let data = answer.json?.data;
  return Array.isArray(data) ? data.map((m) => m?.id).filter((id) => typeof id == "string") : [];
}
function facts(answer) {
  let out = headerFacts(
    answer,
    {
      "openai-organization": "organization",
      "openai-project": "project",
      "x-ratelimit-limit-requests": "rateLimitRequests",
      "x-ratelimit-limit-tokens": "rateLimitTokens"
    },
    commonFacts(answer, "x-request-id")
  );
  if (answer.status === 200) {
    let data = answer.json?.data;
    Array.isArray(data) && (out.models = data.length);
  }
  return out;
}
function classifyOpenai(answer, admin = !1) {
  let f = facts(answer), { status } = answer, error = errorOf(answer), { message: message2, code, type } = error, org = typeof f.organization == "string" ? ` (organization ${f.organization})` : "", has = (re) => re.test(message2);
  if (status >= 200 && status < 300)
    return isJsonObject(answer) ? verdict(
      "live",
      "ok",
      `${NAME} accepted the ${admin ? "admin " : ""}key${org}: it works; if it leaked, revoke it at ${admin ? OPENAI_URLS.adminKeys : OPENAI_URLS.keys}`,
      f
    ) : unrecognised(NAME, answer, f);
  if (status >= 300 && status < 400) return redirected(NAME, answer, f);
  if ((status === 401 || status === 403) && has(/missing scopes|insufficient permissions/i)) {
    let scopes = /missing scopes:\s*([a-z0-9_.:, ]+?)(?:\.(?:\s|$)|$)/i.exec(message2)?.[1]?.trim();
    return scopes && (f.missingScopes = scopes), verdict(
      "live",
      "missing_scopes",
      `${NAME} knows the key but it is restricted${scopes ? ` (missing scopes: ${scopes})` : ""}: it works for what its permissions allow; change them at ${OPENAI_URLS.keys}`,
      f
    );
  }
  return status === 401 || status === 403 ? code === "unsupported_country_region_territory" || has(/country, region,? or territory|unsupported_country/i) ? verdict(
    "unknown",
    "region_blocked",
    `${NAME} does not serve the country or region this request came from: the key's status is unknown; check from a supported region (${OPENAI_URLS.regions})`,
    f
  ) : code === "account_deactivated" || has(/deactivated/i) ? verdict(
    "invalid",
    "account_deactivated",
    `the key belongs to a deactivated ${NAME} account: it cannot be used; the account owner must contact OpenAI support, or use a key of an active account`,
    f
  ) : /ip/i.test(code) || has(/\bIP\b.{0,40}not (?:authori[sz]ed|allowed)|not (?:authori[sz]ed|allowed).{0,40}\bIP\b|allow-?list/i) ? verdict(
    "unknown",
    "ip_not_allowed",
    `${NAME} refused requests from this IP address (the key's project has an IP allow-list): the key exists, whether it works from an allowed network is unknown`,
    f
  ) : code === "missing_api_key" || has(/didn't provide an API key|did not provide an API key|no API key provided/i) ? verdict(
    "unknown",
    "missing_api_key",
    `${NAME} received no key: something between skguard and ${NAME} (a proxy?) dropped the Authorization header`,
    f
  ) : code === "mismatched_organization" || has(/OpenAI-Organization header/i) ? verdict(
    "unknown",
    "mismatched_organization",
    `the OpenAI-Organization header (OPENAI_ORG_ID) names an organization this key does not belong to: unset it or set it to the key's organization (${OPENAI_URLS.organization})`,
    f
  ) : code === "mismatched_project" || has(/OpenAI-Project header/i) ? verdict(
    "unknown",
    "mismatched_project",
    `the OpenAI-Project header (OPENAI_PROJECT_ID) names a project this key does not belong to: unset it or set it to the key's project (${OPENAI_URLS.projects})`,
    f
  ) : has(/revoked/i) ? verdict(
    "invalid",
    "revoked",
    `${NAME} says the key was revoked: create a new one at ${OPENAI_URLS.keys}`,
    f
  ) : code === "invalid_api_key" || has(/incorrect api key|invalid api key/i) ? verdict(
    "invalid",
    "invalid_api_key",
    `${NAME} rejected the key as invalid: it is wrong, deleted or revoked; create a new one at ${admin ? OPENAI_URLS.adminKeys : OPENAI_URLS.keys}`,
    f
  ) : unrecognised(NAME, answer, f) : status === 429 ? code === "insufficient_quota" || type === "insufficient_quota" || has(/exceeded your current quota/i) ? verdict(
    "live",
    "insufficient_quota",
    `${NAME} knows the key but its account has no credit left (insufficient_quota): add credit at ${OPENAI_URLS.billing} or raise the usage limit at ${OPENAI_URLS.limits}`,
    f
  ) : code === "rate_limit_exceeded" || has(/rate limit/i) ? verdict(
    "live",
    "rate_limited",
    `${NAME} knows the key but is rate-limiting it${quoted(message2)}: it works; slow down or see the limits at ${OPENAI_URLS.limits}`,
    f
  ) : verdict(
    "unknown",
    "rate_limited",
    `${NAME} (or a proxy before it) answered 429 without saying why: the key's status is unknown; try again later`,
    f
  ) : status >= 500 ? serverTrouble(NAME, answer, OPENAI_URLS.status, f) : unrecognised(NAME, answer, f);
}
var SIGNATURE, ROTATE2, RANDOM_BODY2, ascending, shortForm, longForm, contexts, rules3, OPENAI_URLS, NAME, openai, init_openai = __esm({
  "src/core/providers/openai.ts"() {
    "use strict";
    init_answer();
    init_define();
    SIGNATURE = "T3BlbkFJ", ROTATE2 = "https://platform.openai.com/api-keys", RANDOM_BODY2 = randomBody(), ascending = (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i % 26)).join(""), shortForm = (prefix) => [
      prefix,
      { charset: "alnum", length: 20 },
      SIGNATURE,
      { charset: "alnum", length: 20 }
    ], longForm = (prefix, half) => [
      prefix,
      { charset: "alnum_dash", length: half },
      SIGNATURE,
      { charset: "alnum_dash", length: half }
    ], contexts = [
      "OPENAI_API_KEY={key}",
      'const client = new OpenAI({ apiKey: "{key}" });',
      "openai.api_key = '{key}'",
      "f({key}, 1)",
      "https://example.test/?key={key}&x=1",
      '{"key":"{key}"}',
      '"source": ["line one\\n", "k=\\"{key}\\"\\n"]',
      "see {key}.",
      `KEY={key}\r
`
    ], rules3 = [
      {
        id: "openai-legacy-key",
        provider: "openai",
        description: "OpenAI user API key (legacy `sk-` form)",
        keywords: [SIGNATURE],
        pattern: /sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/g,
        maxLength: 51,
        redactPrefix: "sk-",
        checks: RANDOM_BODY2,
        shape: shortForm("sk-"),
        rotateUrl: ROTATE2,
        examples: contexts,
        negatives: [
          "sk-YOUR_KEY",
          "sk-...",
          "Incorrect API key provided: sk-inval***c66a",
          // Key-shaped placeholders, built at run time so that no key-shaped literal is in the source.
          `sk-${"x".repeat(20)}${SIGNATURE}${"x".repeat(20)}`,
          `sk-${ascending(20)}${SIGNATURE}${ascending(20)}`,
          "token_{key}",
          "x{key}",
          "{key}Z"
        ]
      },
      {
        id: "openai-user-key",
        provider: "openai",
        description: "OpenAI user API key (`sk-None-` form)",
        keywords: [SIGNATURE],
        pattern: /sk-None-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/g,
        maxLength: 56,
        redactPrefix: "sk-None-",
        checks: RANDOM_BODY2,
        shape: shortForm("sk-None-"),
        rotateUrl: ROTATE2,
        examples: contexts,
        negatives: ["sk-None-YOUR_KEY", "sk-None-...", "a{key}", "{key}0"]
      },
      {
        id: "openai-project-key",
        provider: "openai",
        description: "OpenAI project API key (`sk-proj-`)",
        keywords: [SIGNATURE],
        pattern: /sk-proj-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58})/g,
        maxLength: 164,
        redactPrefix: "sk-proj-",
        checks: RANDOM_BODY2,
        shape: longForm("sk-proj-", 74),
        rotateUrl: ROTATE2,
        examples: [...contexts, 'minified;var a="{key}",b=1;'],
        negatives: ["sk-proj-YOUR_KEY_HERE", "sk-proj-...", "sk-proj-abc***xyz", "my-{key}", "{key}-extra", "{key}_"]
      },
      {
        id: "openai-service-account-key",
        provider: "openai",
        description: "OpenAI service account key (`sk-svcacct-`)",
        keywords: [SIGNATURE],
        pattern: /sk-svcacct-(?:[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58})/g,
        maxLength: 167,
        redactPrefix: "sk-svcacct-",
        checks: RANDOM_BODY2,
        shape: longForm("sk-svcacct-", 74),
        rotateUrl: ROTATE2,
        examples: contexts,
        negatives: ["sk-svcacct-...", "sk-svcacct-REPLACE_ME", "A{key}"]
      },
      {
        id: "openai-service-key-legacy",
        provider: "openai",
        description: "OpenAI service account key (old `sk-service-<name>-` form)",
        keywords: [SIGNATURE],
        pattern: /sk-service-[A-Za-z0-9_-]{21,180}T3BlbkFJ[A-Za-z0-9_-]{20,100}/g,
        maxLength: 300,
        redactPrefix: "sk-service-",
        checks: RANDOM_BODY2,
        shape: ["sk-service-build-bot-", { charset: "alnum", length: 20 }, SIGNATURE, { charset: "alnum", length: 20 }],
        rotateUrl: ROTATE2,
        examples: contexts,
        negatives: ["sk-service-account", "sk-service-...", "z{key}"]
      },
      {
        id: "openai-admin-key",
        provider: "openai",
        description: "OpenAI admin API key (`sk-admin-`): manages the whole organization",
        keywords: [SIGNATURE],
        pattern: /sk-admin-(?:[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}|[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74})/g,
        maxLength: 165,
        redactPrefix: "sk-admin-",
        checks: RANDOM_BODY2,
        shape: longForm("sk-admin-", 58),
        rotateUrl: "https://platform.openai.com/settings/organization/admin-keys",
        examples: contexts,
        negatives: ["sk-admin-1234abcd", '"redacted_value": "sk-admin...def"', "sk-admin-{key}"]
      }
    ], OPENAI_URLS = {
      keys: "https://platform.openai.com/api-keys",
      adminKeys: "https://platform.openai.com/settings/organization/admin-keys",
      billing: "https://platform.openai.com/settings/organization/billing/overview",
      limits: "https://platform.openai.com/settings/organization/limits",
      organization: "https://platform.openai.com/settings/organization/general",
      projects: "https://platform.openai.com/settings/organization/projects",
      status: "https://status.openai.com",
      regions: "https://platform.openai.com/docs/supported-countries"
    }, NAME = "OpenAI";
    openai = {
      id: "openai",
      name: NAME,
      rotateUrl: OPENAI_URLS.keys,
      env: ["OPENAI_API_KEY"],
      rules: rules3,
      check: {
        base: "https://api.openai.com",
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        byRule: { "openai-admin-key": { path: "/v1/organization/admin_api_keys?limit=1" } },
        statusPage: OPENAI_URLS.status,
        answers: [],
        // The status code alone is not enough at OpenAI: the body's code and message decide.
        classify: (answer, context) => classifyOpenai(answer, context.rule === "openai-admin-key")
      }
    };
  }
});

// src/core/providers/openrouter.ts
var KEYS19, openrouter, init_openrouter = __esm({
  "src/core/providers/openrouter.ts"() {
    "use strict";
    init_define();
    KEYS19 = "https://openrouter.ai/settings/keys", openrouter = {
      id: "openrouter",
      name: "OpenRouter",
      rotateUrl: KEYS19,
      env: ["OPENROUTER_API_KEY"],
      rules: [
        {
          id: "openrouter-api-key",
          provider: "openrouter",
          description: "OpenRouter API key (`sk-or-v1-`)",
          keywords: ["sk-or-v1-"],
          pattern: /sk-or-v1-[0-9a-f]{64}/g,
          maxLength: 73,
          redactPrefix: "sk-or-v1-",
          checks: [{ kind: "entropy", min: 3.2 }, { kind: "not-patterned" }],
          shape: ["sk-or-v1-", { charset: "hex", length: 64 }],
          rotateUrl: KEYS19,
          examples: ["OPENROUTER_API_KEY={key}", "Authorization: Bearer {key}", '["{key}"]'],
          // Placeholders are built by the rules test from the shape ({zeros}, {ascending}): no literal here.
          negatives: ["sk-or-v1-...", "{zeros}", "{ascending}", "{key}0"]
        }
      ],
      check: {
        base: "https://openrouter.ai",
        request: { method: "GET", path: "/api/v1/key", auth: { kind: "bearer" } },
        statusPage: "https://status.openrouter.ai",
        facts: [
          { from: "body", path: "data.label", as: "label" },
          { from: "body", path: "data.limit", as: "limit" },
          { from: "body", path: "data.usage", as: "usage" },
          { from: "body", path: "data.limit_remaining", as: "limitRemaining" },
          { from: "body", path: "data.is_free_tier", as: "isFreeTier" }
        ],
        answers: [
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: '{name} accepted the key (label "{fact:label}"): it works; if it leaked, delete it at {rotate}'
          },
          rejects(401),
          noCredit(402, "https://openrouter.ai/settings/credits")
        ]
      }
    };
  }
});

// src/core/providers/perplexity.ts
var KEYS20, perplexity, init_perplexity = __esm({
  "src/core/providers/perplexity.ts"() {
    "use strict";
    init_define();
    KEYS20 = "https://www.perplexity.ai/account/api/keys", perplexity = {
      id: "perplexity",
      name: "Perplexity",
      rotateUrl: KEYS20,
      env: ["PERPLEXITY_API_KEY", "PPLX_API_KEY"],
      rules: [
        keyRule({
          id: "perplexity-api-key",
          provider: "perplexity",
          description: "Perplexity API key (`pplx-`)",
          keywords: ["pplx-"],
          pattern: /pplx-[A-Za-z0-9]{48}/g,
          redactPrefix: "pplx-",
          shape: ["pplx-", { charset: "alnum", length: 48 }],
          rotateUrl: KEYS20,
          examples: ["PERPLEXITY_API_KEY={key}", 'OpenAI(api_key="{key}", base_url="https://api.perplexity.ai")'],
          negatives: ["pplx-...", "pplx-YOUR_KEY", "{zeros}", "x{key}"]
        })
      ],
      check: {
        notCheckable: "Perplexity has no read-only endpoint: the only check known is a chat request, which skguard does not send (it is not a read and may cost money); the key's status is not checkable"
      }
    };
  }
});

// src/core/providers/pinecone.ts
var KEYS21, pinecone, init_pinecone = __esm({
  "src/core/providers/pinecone.ts"() {
    "use strict";
    init_define();
    KEYS21 = "https://app.pinecone.io", pinecone = {
      id: "pinecone",
      name: "Pinecone",
      rotateUrl: KEYS21,
      env: ["PINECONE_API_KEY"],
      rules: [
        keyRule({
          id: "pinecone-api-key",
          provider: "pinecone",
          description: "Pinecone API key (`pcsk_`)",
          keywords: ["pcsk_"],
          pattern: /pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}/g,
          maxLength: 75,
          redactPrefix: "pcsk_",
          shape: ["pcsk_", { charset: "alnum", length: 6 }, "_", { charset: "alnum", length: 63 }],
          rotateUrl: KEYS21,
          examples: ["PINECONE_API_KEY={key}", 'Pinecone(api_key="{key}")'],
          negatives: ["pcsk_...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.pinecone.io",
        request: {
          method: "GET",
          path: "/indexes",
          auth: { kind: "header", name: "Api-Key" },
          headers: { "x-pinecone-api-version": "2025-10" }
        },
        statusPage: "https://status.pinecone.io",
        facts: [{ from: "body", path: "indexes", as: "indexes", count: !0 }],
        answers: [
          {
            status: 403,
            verdict: "live",
            reason: "permission_denied",
            detail: "{name} knows the key but its role may not list indexes (403): it works for what its role allows; review it at {rotate}"
          },
          rejects(401)
        ]
      }
    };
  }
});

// src/core/providers/replicate.ts
var KEYS22, replicate, init_replicate = __esm({
  "src/core/providers/replicate.ts"() {
    "use strict";
    init_define();
    KEYS22 = "https://replicate.com/account/api-tokens", replicate = {
      id: "replicate",
      name: "Replicate",
      rotateUrl: KEYS22,
      env: ["REPLICATE_API_TOKEN"],
      rules: [
        keyRule({
          id: "replicate-api-token",
          provider: "replicate",
          description: "Replicate API token (`r8_`)",
          keywords: ["r8_"],
          pattern: /r8_[A-Za-z0-9]{37}/g,
          redactPrefix: "r8_",
          shape: ["r8_", { charset: "alnum", length: 37 }],
          rotateUrl: KEYS22,
          examples: ["REPLICATE_API_TOKEN={key}", 'replicate.Client(api_token="{key}")'],
          negatives: ["r8_...", "r8_YOUR_TOKEN", "{zeros}", "x{key}", "{key}a"]
        })
      ],
      check: {
        base: "https://api.replicate.com",
        request: { method: "GET", path: "/v1/account", auth: { kind: "bearer" } },
        statusPage: "https://www.replicatestatus.com",
        facts: [
          { from: "body", path: "username", as: "username" },
          { from: "body", path: "type", as: "accountType" }
        ],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/siliconflow.ts
var KEYS23, HOST3, siliconflow, init_siliconflow = __esm({
  "src/core/providers/siliconflow.ts"() {
    "use strict";
    init_define();
    KEYS23 = "https://cloud.siliconflow.com/account/ak", HOST3 = /api\.siliconflow\.(?:cn|com)/i, siliconflow = {
      id: "siliconflow",
      name: "SiliconFlow",
      rotateUrl: KEYS23,
      env: ["SILICONFLOW_API_KEY"],
      rules: [
        keyRule({
          id: "siliconflow-api-key",
          provider: "siliconflow",
          description: "SiliconFlow API key (`sk-` + 48 lowercase letters, with SiliconFlow named beside it)",
          keywords: ["sk-"],
          pattern: /sk-[a-z]{48}/g,
          redactPrefix: "sk-",
          checks: [
            { kind: "entropy", min: 3.5 },
            { kind: "not-patterned" },
            { kind: "in-file", pattern: HOST3, keyword: "siliconflow", what: "SiliconFlow's API host", optional: !0 }
          ],
          shape: ["sk-", { charset: "lower", length: 48 }],
          rotateUrl: KEYS23,
          attribution: {
            group: "sk-48",
            labelWords: ["SiliconFlow"],
            context: [
              { pattern: HOST3, keyword: "siliconflow", what: "SiliconFlow's API host" },
              { pattern: /provider\W{0,4}siliconflow(?![-\w.])/i, keyword: "siliconflow", what: "a provider setting" }
            ]
          },
          examples: ["SILICONFLOW_API_KEY={key}", 'OpenAI(api_key="{key}", base_url="https://api.siliconflow.cn/v1")'],
          negatives: ["OTHER_KEY={key}", "SILICONFLOW_API_KEY={zeros}"]
        })
      ],
      check: {
        base: "https://api.siliconflow.com",
        regions: ["https://api.siliconflow.cn"],
        baseFromContext: 0,
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        facts: [{ from: "body", path: "data", as: "models", count: !0 }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/stability.ts
var KEYS24, stability, init_stability = __esm({
  "src/core/providers/stability.ts"() {
    "use strict";
    init_define();
    KEYS24 = "https://platform.stability.ai/account/keys", stability = {
      id: "stability",
      name: "Stability AI",
      rotateUrl: KEYS24,
      env: ["STABILITY_API_KEY", "STABILITY_KEY"],
      rules: [
        keyRule({
          id: "stability-api-key",
          provider: "stability",
          description: "Stability AI API key (`sk-` + 48, with Stability named beside it)",
          keywords: ["sk-"],
          pattern: /sk-[A-Za-z0-9]{48}/g,
          redactPrefix: "sk-",
          shape: ["sk-", { charset: "alnum", length: 48 }],
          rotateUrl: KEYS24,
          attribution: {
            group: "sk-48",
            labelWords: ["Stability", "StabilityAI", "DreamStudio"],
            context: [
              { pattern: /api\.stability\.ai/i, keyword: "stability", what: "Stability's API host" },
              { pattern: /stability_sdk|stability-sdk|stability_client/i, keyword: "stability", what: "the Stability SDK" }
            ]
          },
          examples: [
            "STABILITY_API_KEY={key}",
            `url = "https://api.stability.ai/v2beta/stable-image/generate/core"
key = "{key}"`
          ],
          negatives: ["OTHER_KEY={key}", "STABILITY_API_KEY={zeros}", `model: stable-diffusion-xl
token: {key}`]
        })
      ],
      check: {
        base: "https://api.stability.ai",
        request: { method: "GET", path: "/v1/user/account", auth: { kind: "bearer" } },
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/together.ts
var KEYS25, together, init_together = __esm({
  "src/core/providers/together.ts"() {
    "use strict";
    init_define();
    KEYS25 = "https://api.together.ai/settings/api-keys", together = {
      id: "together",
      name: "Together AI",
      rotateUrl: KEYS25,
      env: ["TOGETHER_API_KEY"],
      rules: [
        keyRule({
          id: "together-api-key",
          provider: "together",
          description: "Together AI API key (`tgp_v1_`)",
          keywords: ["tgp_"],
          pattern: /tgp_v1_[A-Za-z0-9_-]{43}/g,
          redactPrefix: "tgp_v1_",
          shape: ["tgp_v1_", { charset: "alnum_dash", length: 43 }],
          rotateUrl: KEYS25,
          examples: ["TOGETHER_API_KEY={key}", 'Together(api_key="{key}")'],
          negatives: ["tgp_v1_...", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.together.xyz",
        request: { method: "GET", path: "/v1/models", auth: { kind: "bearer" } },
        // Together's model list is a bare JSON array.
        facts: [{ from: "body", path: "", as: "models", count: !0 }],
        answers: [rejects(401)]
      }
    };
  }
});

// src/core/providers/voyage.ts
var KEYS26, voyage, init_voyage = __esm({
  "src/core/providers/voyage.ts"() {
    "use strict";
    init_define();
    KEYS26 = "https://dashboard.voyageai.com/organization/api-keys", voyage = {
      id: "voyage",
      name: "Voyage AI",
      rotateUrl: KEYS26,
      env: ["VOYAGE_API_KEY"],
      rules: [
        keyRule({
          id: "voyage-api-key",
          provider: "voyage",
          // `pa-` is a short prefix: kebab-case words after it are not keys, so a digit is required and the
          // entropy floor is high.
          description: "Voyage AI API key (`pa-`)",
          keywords: ["pa-"],
          pattern: /pa-(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{43}/g,
          redactPrefix: "pa-",
          checks: [{ kind: "entropy", min: 4 }, { kind: "not-patterned" }],
          shape: [
            "pa-",
            { charset: "alnum_dash", length: 40 },
            { charset: "digit", length: 1 },
            { charset: "alnum", length: 2 }
          ],
          rotateUrl: KEYS26,
          examples: ["VOYAGE_API_KEY={key}", 'voyageai.Client(api_key="{key}")'],
          negatives: ["pa-...", "data-pa-settings-panel-header-toggle-button-x", "{zeros}", "x{key}"]
        })
      ],
      check: {
        base: "https://api.voyageai.com",
        request: { method: "GET", path: "/v1/files", auth: { kind: "bearer" } },
        answers: [rejects([401, 403])]
      }
    };
  }
});

// src/core/providers/xai.ts
var KEYS27, xai, init_xai = __esm({
  "src/core/providers/xai.ts"() {
    "use strict";
    init_define();
    KEYS27 = "https://console.x.ai", xai = {
      id: "xai",
      name: "xAI",
      rotateUrl: KEYS27,
      env: ["XAI_API_KEY"],
      rules: [
        keyRule({
          id: "xai-api-key",
          provider: "xai",
          description: "xAI (Grok) API key (`xai-`)",
          keywords: ["xai-"],
          pattern: /xai-[A-Za-z0-9]{80}/g,
          redactPrefix: "xai-",
          shape: ["xai-", { charset: "alnum", length: 80 }],
          rotateUrl: KEYS27,
          examples: ["XAI_API_KEY={key}", 'client = Client(api_key="{key}")', "Authorization: Bearer {key}"],
          negatives: ["xai-...", "xai-YOUR_KEY", "{zeros}", "x{key}", "{key}0"]
        })
      ],
      check: {
        base: "https://api.x.ai",
        // Describes the key itself: its ACLs, and whether it or its team is blocked.
        request: { method: "GET", path: "/v1/api-key", auth: { kind: "bearer" } },
        statusPage: "https://status.x.ai",
        facts: [
          { from: "body", path: "name", as: "name" },
          { from: "body", path: "redacted_api_key", as: "redactedKey" },
          { from: "body", path: "acls", as: "acls" },
          { from: "body", path: "api_key_blocked", as: "apiKeyBlocked" },
          { from: "body", path: "api_key_disabled", as: "apiKeyDisabled" },
          { from: "body", path: "team_blocked", as: "teamBlocked" }
        ],
        answers: [
          {
            status: 200,
            body: [{ path: "api_key_disabled", equals: !0 }],
            verdict: "invalid",
            reason: "key_disabled",
            detail: "{name} says the key is disabled: it cannot be used; create a new one at {rotate}"
          },
          {
            status: 200,
            body: [{ path: "api_key_blocked", equals: !0 }],
            verdict: "invalid",
            reason: "key_blocked",
            detail: "{name} says the key is blocked: it cannot be used; create a new one at {rotate}"
          },
          {
            status: 200,
            body: [{ path: "team_blocked", equals: !0 }],
            verdict: "invalid",
            reason: "key_blocked",
            detail: "{name} says the key's team is blocked: the key cannot be used"
          },
          {
            status: 200,
            verdict: "live",
            reason: "ok",
            detail: "{name} accepted the key (ACLs: {fact:acls}): it works; if it leaked, delete it at {rotate}"
          },
          { ...rejects(400), body: [{ path: "error", matches: /incorrect api key|invalid api key/i }] },
          rejects(401)
        ]
      }
    };
  }
});

// src/core/providers/zhipu.ts
var KEYS28, zhipu, init_zhipu = __esm({
  "src/core/providers/zhipu.ts"() {
    "use strict";
    init_define();
    KEYS28 = "https://open.bigmodel.cn/usercenter/apikeys", zhipu = {
      id: "zhipu",
      name: "Zhipu AI (Z.ai)",
      rotateUrl: KEYS28,
      env: ["ZHIPUAI_API_KEY", "ZAI_API_KEY"],
      rules: [
        keyRule({
          id: "zhipu-api-key",
          provider: "zhipu",
          description: "Zhipu AI / Z.ai (GLM) API key (`32 hex.16 alnum`, with Zhipu or Z.ai named beside it)",
          ...labelledBareKey,
          pattern: /[0-9a-f]{32}\.[A-Za-z0-9]{16}/g,
          maxLength: 113,
          checks: [
            ...labelledBareKey.checks(3.2),
            { kind: "in-file", pattern: /open\.bigmodel\.cn/i, keyword: "bigmodel", what: "Zhipu's host", optional: !0 },
            { kind: "in-file", pattern: /api\.z\.ai/i, keyword: "z.ai", what: "Z.ai's host", optional: !0 }
          ],
          shape: [{ charset: "hex", length: 32 }, ".", { charset: "alnum", length: 16 }],
          rotateUrl: KEYS28,
          attribution: {
            group: "zhipu",
            labelWords: ["Zhipu", "ZhipuAI", "BigModel"],
            labels: ["ZAI_API_KEY", "Z_AI_API_KEY"],
            context: [
              { pattern: /open\.bigmodel\.cn/i, keyword: "bigmodel", what: "Zhipu's API host" },
              { pattern: /api\.z\.ai/i, keyword: "api.z.ai", what: "Z.ai's API host" },
              { pattern: /\b(?:from|import)\s+zhipuai\b|ZhipuAI\(|ZhipuAiClient/, keyword: "zhipu", what: "the Zhipu SDK" }
            ]
          },
          examples: [
            "ZHIPUAI_API_KEY={key}",
            'client = ZhipuAI(api_key="{key}")',
            `base_url: https://api.z.ai/api/paas/v4
api_key: {key}`
          ],
          negatives: ["api_key={key}", "ZHIPUAI_API_KEY={zeros}", `zhipu
version = {key}`]
        })
      ],
      check: {
        base: "https://open.bigmodel.cn",
        regions: ["https://api.z.ai"],
        baseFromContext: [0, 1],
        request: { method: "GET", path: "/api/paas/v4/files", auth: { kind: "bearer" } },
        answers: [
          {
            status: 429,
            body: [{ path: "error.message", matches: /insufficient balance|余额不足/i }],
            verdict: "live",
            reason: "insufficient_quota",
            detail: "{name} knows the key but its balance is used up{message}: top up at {rotate}"
          },
          rejects([401, 403])
        ]
      }
    };
  }
});

// src/core/providers/types.ts
function isCheckable(check) {
  return !("notCheckable" in check);
}
function baseUrlVariable(id) {
  return `SKGUARD_${id.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_BASE_URL`;
}
var init_types = __esm({
  "src/core/providers/types.ts"() {
    "use strict";
  }
});

// src/core/providers/index.ts
function providerOf(id) {
  return byId.get(id);
}
function providerName(id) {
  return byId.get(id)?.name ?? id;
}
var providers, byId, init_providers = __esm({
  "src/core/providers/index.ts"() {
    "use strict";
    init_anthropic();
    init_aws_bedrock();
    init_azure_ai_services();
    init_azure_openai();
    init_cerebras();
    init_cohere();
    init_dashscope();
    init_deepseek();
    init_elevenlabs();
    init_fireworks();
    init_google_gemini();
    init_groq();
    init_huggingface();
    init_langfuse();
    init_langsmith();
    init_minimax();
    init_mistral();
    init_moonshot();
    init_nvidia();
    init_openai();
    init_openrouter();
    init_perplexity();
    init_pinecone();
    init_replicate();
    init_siliconflow();
    init_stability();
    init_together();
    init_voyage();
    init_xai();
    init_zhipu();
    init_types();
    providers = [
      openai,
      anthropic,
      openrouter,
      minimax,
      googleGemini,
      xai,
      groq,
      huggingface,
      perplexity,
      replicate,
      together,
      fireworks,
      cerebras,
      nvidia,
      pinecone,
      langsmith,
      langfuse,
      elevenlabs,
      awsBedrock,
      azureAiServices,
      voyage,
      deepseek,
      dashscope,
      moonshot,
      stability,
      siliconflow,
      zhipu,
      azureOpenai,
      mistral,
      cohere
    ], byId = new Map(providers.map((p) => [p.id, p]));
  }
});

// src/core/rules/index.ts
var builtinRules, init_rules = __esm({
  "src/core/rules/index.ts"() {
    "use strict";
    init_providers();
    builtinRules = providers.flatMap((p) => p.rules);
  }
});

// src/core/attribution.ts
function spellings(word) {
  let lower = word.toLowerCase();
  return [
    .../* @__PURE__ */ new Set([
      word,
      lower,
      word.toUpperCase(),
      lower.charAt(0).toUpperCase() + lower.slice(1),
      word.charAt(0).toLowerCase() + word.slice(1)
    ])
  ];
}
function attributionLiterals(a) {
  let words = [...a.labelWords, ...a.context.map((c) => c.keyword)].flatMap(spellings), cut = [
    .../* @__PURE__ */ new Set([...words.map((l) => l.length >= 5 && /^[A-Za-z]/.test(l) ? l.slice(1) : l), ...a.labels ?? []])
  ];
  return cut.filter((l) => !cut.some((other) => other !== l && l.includes(other)));
}
function labelBefore(data, start) {
  let from = Math.max(0, start - 200), text = data.toString("latin1", from, start), newline = text.lastIndexOf(`
`);
  return newline >= 0 && (text = text.slice(newline + 1)), LABEL.exec(text)?.[1];
}
function labelNames(a, label, spelt) {
  return label ? a.labels?.includes(label) ? !0 : spelt.some((w) => label === w || label.includes(w) && KEYISH.test(label.replace(w, ""))) : !1;
}
function prepare(rule) {
  let a = rule.attribution;
  if (a)
    return { rule, attribution: a, labelSpellings: a.labelWords.flatMap(spellings), literals: attributionLiterals(a) };
}
var LABEL, KEYISH, init_attribution = __esm({
  "src/core/attribution.ts"() {
    "use strict";
    LABEL = /([A-Za-z0-9_.-]+)["'`\]]*\s*(?:=>|:=|[:=,])?\s*(?:Bearer\s+)?["'`([{]*\s*$/, KEYISH = /key|token|secret|passw|credential|auth/i;
  }
});

// src/core/bytes.ts
function byteClass(chars) {
  let table2 = new Uint8Array(256);
  for (let c of chars) table2[c.charCodeAt(0)] = 1;
  return table2;
}
var ALNUM_CHARS, TOKEN_BYTES, HEX_BYTES, init_bytes = __esm({
  "src/core/bytes.ts"() {
    "use strict";
    ALNUM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", TOKEN_BYTES = byteClass(`${ALNUM_CHARS}_-`), HEX_BYTES = byteClass("0123456789abcdefABCDEF");
  }
});

// src/core/decode/spans.ts
function runAround(data, at, cls) {
  let { lo, hi } = bounds(data, at), s = at;
  for (; s > lo && cls[data[s - 1]]; ) s--;
  let e = at;
  for (; e < hi && cls[data[e]]; ) e++;
  return [s, e];
}
function decodeBase64(data, at, phase) {
  let { lo, hi } = bounds(data, at), [s, e] = runAround(data, at, BASE64), segments = [[s, e]];
  for (let first = s; ; ) {
    let prevEnd = lineBreakBefore(data, first, lo);
    if (prevEnd === void 0) break;
    let ps = prevEnd;
    for (; ps > lo && BASE64[data[ps - 1]]; ) ps--;
    let len = prevEnd - ps;
    if (len < 16 || len % 4 !== 0 || (segments.unshift([ps, prevEnd]), first = ps, !startsLine(data, ps))) break;
  }
  for (let last = segments[segments.length - 1]; !((last[1] - last[0]) % 4 !== 0 || last[1] - last[0] < 16); ) {
    let next = lineStartAfter(data, last[1], hi);
    if (next === void 0) break;
    let ne = next;
    for (; ne < hi && BASE64[data[ne]]; ) ne++;
    if (ne === next) break;
    last = [next, ne], segments.push(last);
  }
  let text = "", atIndex = 0, origin = [];
  for (let [from, to] of segments)
    at >= from && at < to && (atIndex = text.length + (at - from)), origin.push(text.length, from), text += data.toString("latin1", from, to);
  if (text.length < MIN_BASE64) return;
  let group = atIndex - phase, aligned = (group % 4 + 4) % 4, w0 = Math.max(aligned, group - BASE64_WINDOW), w1 = Math.min(text.length, group + BASE64_WINDOW);
  if (w1 -= (w1 - w0) % 4 === 1 ? 1 : 0, w1 - w0 < MIN_BASE64) return;
  let toData = (index) => {
    let best = 0;
    for (let k = 0; k < origin.length; k += 2) origin[k] <= index && (best = k);
    return origin[best + 1] + index - origin[best];
  };
  return { start: toData(w0), end: toData(w1 - 1) + 1, bytes: Buffer.from(text.slice(w0, w1), "base64") };
}
function lineBreakBefore(data, at, lo) {
  let i = at;
  for (; i > lo && (data[i - 1] === 32 || data[i - 1] === 9); ) i--;
  if (!(i <= lo || data[i - 1] !== NEWLINE))
    return i--, i > lo && data[i - 1] === CR && i--, i;
}
function startsLine(data, at) {
  let i = at;
  for (; i > 0 && (data[i - 1] === 32 || data[i - 1] === 9); ) i--;
  return i === 0 || data[i - 1] === NEWLINE;
}
function lineStartAfter(data, at, hi) {
  let i = at;
  if (data[i] === CR && i++, !(i >= hi || data[i] !== NEWLINE)) {
    for (i++; i < hi && (data[i] === 32 || data[i] === 9); ) i++;
    return i < hi ? i : void 0;
  }
}
function pushCodePoint(out, code) {
  code < 128 ? out.push(code) : out.push(...Buffer.from(String.fromCodePoint(Math.min(code, 1114111)), "utf8"));
}
function decodePercent(data, at) {
  let [s, e] = runAround(data, at, PERCENT_TOKEN), out = [];
  for (let i = s; i < e; i++) {
    let c = data[i];
    c === 37 && i + 2 < e && isHex(data, i + 1, 2) ? (out.push(hexAt(data, i + 1, 2)), i += 2) : out.push(c);
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}
function decodeEscapes(data, at) {
  let [s, e] = runAround(data, at, ESCAPE_TOKEN), out = [];
  for (let i = s; i < e; i++) {
    let c = data[i];
    if (c !== 92 || i + 1 >= e) {
      out.push(c);
      continue;
    }
    let next = data[i + 1];
    next === 117 && isHex(data, i + 2, 4) && i + 6 <= e ? (pushCodePoint(out, hexAt(data, i + 2, 4)), i += 5) : next === 120 && isHex(data, i + 2, 2) && i + 4 <= e ? (out.push(hexAt(data, i + 2, 2)), i += 3) : next === 92 ? (out.push(92), i += 1) : out.push(c);
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}
function decodeHtml(data, at) {
  let [s, e] = runAround(data, at, HTML_TOKEN), text = data.toString("latin1", s, e), out = [], ref = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));|&amp;/giy;
  for (let i = 0; i < text.length; ) {
    ref.lastIndex = i;
    let m = text[i] === "&" ? ref.exec(text) : null;
    if (!m) {
      out.push(text.charCodeAt(i)), i++;
      continue;
    }
    m[0].toLowerCase() === "&amp;" ? out.push(38) : pushCodePoint(out, m[1] !== void 0 ? Number.parseInt(m[1], 16) : Number(m[2])), i += m[0].length;
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}
function decodeHex(data, at) {
  let [s, e] = runAround(data, at, HEX_BYTES), start = s + (at - s) % 2, end = e - (e - start) % 2;
  if (!(end - start < MIN_HEX))
    return { start, end, bytes: Buffer.from(data.toString("latin1", start, end), "hex") };
}
var REACH, BASE64_WINDOW, MIN_BASE64, MIN_HEX, BASE64, PERCENT_TOKEN, ESCAPE_TOKEN, HTML_TOKEN, NEWLINE, CR, bounds, hexValue, isHex, hexAt, init_spans = __esm({
  "src/core/decode/spans.ts"() {
    "use strict";
    init_bytes();
    REACH = 4096, BASE64_WINDOW = 2048, MIN_BASE64 = 24, MIN_HEX = 40, BASE64 = byteClass(`${ALNUM_CHARS}+/-_`), PERCENT_TOKEN = byteClass(`${ALNUM_CHARS}%._~+-`), ESCAPE_TOKEN = byteClass(`${ALNUM_CHARS}\\._-`), HTML_TOKEN = byteClass(`${ALNUM_CHARS}&#;._-`), NEWLINE = 10, CR = 13, bounds = (data, at) => ({ lo: Math.max(0, at - REACH), hi: Math.min(data.length, at + REACH) });
    hexValue = (c) => c <= 57 ? c - 48 : (c | 32) - 87, isHex = (data, from, n) => {
      if (from + n > data.length) return !1;
      for (let i = from; i < from + n; i++) if (!HEX_BYTES[data[i]]) return !1;
      return !0;
    }, hexAt = (data, from, n) => {
      let v = 0;
      for (let i = from; i < from + n; i++) v = v * 16 + hexValue(data[i]);
      return v;
    };
  }
});

// src/core/decode/split.ts
function chainAt(data, at, lo = 0, hi = data.length) {
  let walk2 = new Walker(data, lo, hi), holding = walk2.fragmentAround(at);
  if (!holding) return { skipTo: at + 1 };
  let inParens = walk2.insideParens(holding.open), first = holding;
  for (let n = 0, f = walk2.previous(first.open, inParens); f && n < MAX_FRAGMENTS; n++)
    first = f, f = walk2.previous(f.open, inParens);
  let fragments = [first], length = first.close - first.open - 1, last = first;
  for (let f = walk2.next(first.close, inParens); f; f = walk2.next(f.close, inParens)) {
    if (last = f, length += f.close - f.open - 1, length > MAX_JOINED || fragments.length >= MAX_FRAGMENTS) return { skipTo: chainEnd(walk2, f, inParens) };
    fragments.push(f);
  }
  return fragments.length < 2 ? { skipTo: last.close } : {
    chain: {
      start: first.open + 1,
      end: last.close,
      joined: Buffer.concat(fragments.map((f) => data.subarray(f.open + 1, f.close)))
    },
    skipTo: last.close
  };
}
function chainEnd(walk2, from, inParens) {
  let end = from.close;
  for (let f = walk2.next(from.close, inParens); f; f = walk2.next(f.close, inParens)) end = f.close;
  return end;
}
var QUOTES, STRING_PREFIX, MAX_FRAGMENT, MAX_FRAGMENTS, MAX_JOINED, PAREN_LOOKBACK, NL, CR2, isSpace, isBlank, Walker, init_split = __esm({
  "src/core/decode/split.ts"() {
    "use strict";
    init_bytes();
    QUOTES = /* @__PURE__ */ new Set([34, 39, 96]), STRING_PREFIX = new Set([..."rRbBuUfF"].map((c) => c.charCodeAt(0))), MAX_FRAGMENT = 512, MAX_FRAGMENTS = 24, MAX_JOINED = 1024, PAREN_LOOKBACK = 512, NL = 10, CR2 = 13, isSpace = (c) => c === 32 || c === 9, isBlank = (c) => isSpace(c) || c === NL || c === CR2, Walker = class {
      constructor(data, lo, hi) {
        this.data = data;
        this.lo = lo;
        this.hi = hi;
      }
      data;
      lo;
      hi;
      at(i) {
        return i >= this.lo && i < this.hi ? this.data[i] : void 0;
      }
      /** The literal holding `at` (its text made of key characters only), if any. */
      fragmentAround(at) {
        let s = at;
        for (; s > this.lo && at - s < MAX_FRAGMENT && TOKEN_BYTES[this.at(s - 1)]; ) s--;
        let quote = this.at(s - 1);
        if (quote === void 0 || !QUOTES.has(quote)) return;
        let e = at;
        for (; e < this.hi && e - at < MAX_FRAGMENT && TOKEN_BYTES[this.at(e)]; ) e++;
        return this.at(e) === quote ? { open: s - 1, close: e } : void 0;
      }
      /** A literal opening at `open` (a quote), closed on the same line, made of key characters. */
      fragmentAt(open) {
        let quote = this.at(open);
        if (quote === void 0 || !QUOTES.has(quote)) return;
        let e = open + 1;
        for (; e < this.hi && e - open <= MAX_FRAGMENT && TOKEN_BYTES[this.at(e)]; ) e++;
        return this.at(e) === quote ? { open, close: e } : void 0;
      }
      /** A literal closing at `close` (a quote), opened on the same line, made of key characters. */
      fragmentEndingAt(close2) {
        let quote = this.at(close2);
        if (quote === void 0 || !QUOTES.has(quote)) return;
        let s = close2;
        for (; s > this.lo && close2 - s <= MAX_FRAGMENT && TOKEN_BYTES[this.at(s - 1)]; ) s--;
        return this.at(s - 1) === quote ? { open: s - 1, close: close2 } : void 0;
      }
      /** Skips blanks, newlines and line comments (`// …`, `# …`) forward. */
      skipForward(i) {
        let newline = !1;
        for (; ; ) {
          for (; i < this.hi && isBlank(this.at(i)); )
            this.at(i) === NL && (newline = !0), i++;
          let c = this.at(i);
          if (!(c === 35 || c === 47 && this.at(i + 1) === 47)) return { at: i, newline };
          for (; i < this.hi && this.at(i) !== NL; ) i++;
        }
      }
      /**
       * The next fragment after one closing at `close`, when the two are joined: by `+`, a backslash
       * continuation, adjacency on the line, or (inside parentheses) a newline.
       */
      next(close2, inParens) {
        let i = close2 + 1;
        for (; isSpace(this.at(i)); ) i++;
        let joined = !1, c = this.at(i);
        (c === 43 || c === 92 && (this.at(i + 1) === NL || this.at(i + 1) === CR2 && this.at(i + 2) === NL)) && (joined = !0, i++);
        let skipped = this.skipForward(i);
        if (i = skipped.at, !joined && this.at(i) === 43 && (joined = !0, i = this.skipForward(i + 1).at), !(!joined && skipped.newline && !inParens)) {
          for (; STRING_PREFIX.has(this.at(i)) && i - close2 < 64; ) i++;
          return this.fragmentAt(i);
        }
      }
      /** The fragment before one opening at `open`, when the two are joined (the same forms, backwards). */
      previous(open, inParens) {
        let i = open;
        for (; STRING_PREFIX.has(this.at(i - 1)) && open - i < 2; ) i--;
        let joined = !1, newline = !1, back = () => {
          for (; i > this.lo && isBlank(this.at(i - 1)); )
            this.at(i - 1) === NL && (newline = !0), i--;
        };
        if (back(), (this.at(i - 1) === 43 || newline && this.at(i - 1) === 92) && (joined = !0, i--, back()), !(!joined && newline && !inParens))
          return this.fragmentEndingAt(i - 1);
      }
      /** True when an unclosed `(` stands before `at` in the same statement (Python's implicit joins). */
      insideParens(at) {
        let depth = 0;
        for (let i = at - 1; i >= this.lo && at - i <= PAREN_LOOKBACK; i--) {
          let c = this.at(i);
          if (c === 41) depth++;
          else if (c === 40) {
            if (depth === 0) return !0;
            depth--;
          } else if (c === 59 || c === 123 || c === 125) return !1;
        }
        return !1;
      }
    };
  }
});

// src/core/decode/forms.ts
function base64Forms(text, min = 3) {
  let bytes = Buffer.from(text, "latin1"), forms = [];
  for (let alignment of [0, 1, 2]) {
    let encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString("base64"), start = [0, 2, 3][alignment], end = Math.floor((alignment + bytes.length) * 8 / 6), std = encoded.slice(start, end);
    if (std.length < min) continue;
    forms.push({ text: std, phase: start, alignment });
    let url = std.replaceAll("+", "-").replaceAll("/", "_");
    url !== std && forms.push({ text: url, phase: start, alignment });
  }
  return forms;
}
function escapedForms(text) {
  let out = /* @__PURE__ */ new Set();
  for (let escapeOf of Object.values(ESCAPES))
    for (let upper of [!1, !0])
      out.add(text.replace(/[^A-Za-z0-9]/g, (ch) => escapeOf(ch.charCodeAt(0), upper)));
  out.delete(text);
  let full = percentAll(text);
  return out.add(full), out.add(full.toUpperCase()), [...out];
}
function percentAll(text) {
  return Buffer.from(text, "latin1").toString("hex").replace(/../g, "%$&");
}
function hexForms(text) {
  let lower = Buffer.from(text, "latin1").toString("hex");
  return [lower, lower.toUpperCase()];
}
var hex, ESCAPES, init_forms = __esm({
  "src/core/decode/forms.ts"() {
    "use strict";
    hex = (code, width, upper) => {
      let digits = code.toString(16).padStart(width, "0");
      return upper ? digits.toUpperCase() : digits;
    }, ESCAPES = {
      percent: (c, u = !1) => `%${hex(c, 2, u)}`,
      unicode: (c, u = !1) => `\\u${hex(c, 4, u)}`,
      hexEscape: (c, u = !1) => `\\x${hex(c, 2, u)}`,
      htmlDecimal: (c) => `&#${c};`,
      htmlHex: (c, u = !1) => `&#x${hex(c, 2, u)};`
    };
  }
});

// src/core/decode/triggers.ts
function leadingLiteral(rule) {
  let first = rule.shape?.[0], prefix = typeof first == "string" ? first : rule.redactPrefix;
  return prefix.length >= 3 ? prefix : void 0;
}
function throughPunctuation(prefix, n) {
  let seen = 0;
  for (let i = 0; i < prefix.length; i++)
    if (!ALNUM.test(prefix[i]) && ++seen === n)
      return prefix.slice(0, i + 1);
}
function deriveTriggers(rules4) {
  let triggers = /* @__PURE__ */ new Map(), add = (t) => {
    let id = `${t.ignoreCase}:${t.ignoreCase ? t.text.toLowerCase() : t.text}`;
    triggers.has(id) || triggers.set(id, t);
  }, stems = [];
  for (let rule of rules4) {
    let prefix = leadingLiteral(rule), segment = prefix && (throughPunctuation(prefix, 1) ?? prefix);
    if (prefix && segment) {
      for (let form of base64Forms(segment))
        add({ text: form.text, ignoreCase: !1, decoder: "base64", phase: form.phase });
      add({ text: hexForms(segment)[0], ignoreCase: !0, decoder: "hex" }), add({ text: segment, ignoreCase: !1, decoder: "split", opensLiteral: !0 }), ALNUM_ONLY.test(segment) && add({ text: percentAll(segment), ignoreCase: !0, decoder: "percent" });
      for (let ch of new Set(segment.replace(/[A-Za-z0-9]/g, ""))) {
        let code = ch.charCodeAt(0);
        add({ text: ESCAPES.percent(code), ignoreCase: !0, decoder: "percent" }), add({ text: ESCAPES.unicode(code), ignoreCase: !0, decoder: "escape" }), add({ text: ESCAPES.hexEscape(code), ignoreCase: !0, decoder: "escape" }), add({ text: ESCAPES.htmlDecimal(code).slice(1), ignoreCase: !1, decoder: "html" }), add({ text: ESCAPES.htmlHex(code).slice(1), ignoreCase: !0, decoder: "html" });
      }
      let stem2 = throughPunctuation(prefix, 2);
      stem2 && rule.keywords.some((k) => k.startsWith(stem2) && k !== stem2) && stems.push(stem2);
    } else
      for (let keyword of rule.keywordsIgnoreCase ? [] : rule.keywords)
        if (add({ text: keyword, ignoreCase: !1, decoder: "split" }), !(keyword.length < 4)) {
          for (let form of base64Forms(keyword))
            add({ text: form.text, ignoreCase: !1, decoder: "base64", phase: form.phase });
          add({ text: hexForms(keyword)[0], ignoreCase: !0, decoder: "hex" }), add({ text: percentAll(keyword), ignoreCase: !0, decoder: "percent" });
        }
  }
  let list = [...triggers.values()], prefilter = list.filter((t) => t.decoder !== "split").map((t) => ({ text: t.text, ignoreCase: t.ignoreCase }));
  for (let stem2 of stems) prefilter.push({ text: stem2, ignoreCase: !1 });
  return { triggers: list, prefilter };
}
function minimalLiterals(literals) {
  let lower = literals.map((l) => l.text.toLowerCase()), covers = (a, b) => {
    let la = literals[a], lb = literals[b];
    return la.ignoreCase ? lower[b].includes(lower[a]) : !lb.ignoreCase && lb.text.includes(la.text);
  };
  return literals.filter(
    (lit, i) => !literals.some((other, j) => j === i || other.text.length > lit.text.length || !covers(j, i) ? !1 : other.text.length !== lit.text.length ? !0 : other.ignoreCase !== lit.ignoreCase ? other.ignoreCase : j < i)
  );
}
var ALNUM, ALNUM_ONLY, init_triggers = __esm({
  "src/core/decode/triggers.ts"() {
    "use strict";
    init_forms();
    ALNUM = /^[A-Za-z0-9]$/, ALNUM_ONLY = /^[A-Za-z0-9]+$/;
  }
});

// src/core/decode/decoding.ts
function wholeLiteral(data, at) {
  let quote = data[at - 1];
  if (QUOTE[quote] !== 1) return !1;
  let e = at;
  for (; e < data.length && e - at < 512 && TOKEN_BYTES[data[e]] === 1; ) e++;
  return data[e] === quote;
}
function resolveKind(data, at, trigger) {
  return trigger.decoder === "html" ? data[at - 1] === 38 || data[at - 1] === 59 ? "html" : void 0 : trigger.decoder;
}
function decodeAt(data, at, kind, trigger) {
  switch (kind) {
    case "base64":
      return decodeBase64(data, at, trigger.phase ?? 0);
    case "percent":
      return decodePercent(data, at);
    case "escape":
      return decodeEscapes(data, at);
    case "html":
      return decodeHtml(data, at);
    case "hex":
      return decodeHex(data, at);
    case "split":
      return;
  }
}
var MAX_DEPTH, CONTEXT, KEY_ROOM, QUOTE, Decoding, SPACE, EMPTY, init_decoding = __esm({
  "src/core/decode/decoding.ts"() {
    "use strict";
    init_bytes();
    init_spans();
    init_split();
    init_triggers();
    MAX_DEPTH = 3, CONTEXT = 1024, KEY_ROOM = 720, QUOTE = byteClass("\"'`"), Decoding = class {
      triggers;
      /** Literals a file-level prefilter must add so that no file a trigger could fire in is passed over. */
      prefilter;
      ids = [];
      constructor(rules4) {
        let set = deriveTriggers(rules4);
        this.triggers = set.triggers, this.prefilter = set.prefilter;
      }
      /** Learns each trigger's id in the scanner's literal search (which was given `triggers`). */
      bind(search) {
        this.ids = this.triggers.map((t) => search.idOf(t.text, t.ignoreCase));
      }
      /**
       * Keys in the encoded forms whose triggers start in the view's decided part. Offsets of the
       * returned matches are `data`'s, spanning the encoded form; line and column are left to the caller.
       */
      derive(view, depth, scan, covered) {
        let found = [], { data, from, to, base } = view, work = [];
        for (let i = 0; i < this.triggers.length; i++) {
          let trigger = this.triggers[i], positions = view.positions(this.ids[i]), opens = trigger.opensLiteral === !0;
          for (let k = 0; k < positions.length; k++) {
            let at = positions[k];
            at < from || at >= to || opens && !wholeLiteral(data, at) || work.push({ at, trigger });
          }
        }
        if (work.length === 0) return found;
        work.sort((a, b) => a.at - b.at);
        for (let { at, trigger } of work) {
          let kind = resolveKind(data, at, trigger);
          if (kind === void 0 || base + at < (covered.get(kind) ?? -1)) continue;
          if (kind === "split") {
            let { chain, skipTo } = chainAt(data, at, Math.max(0, at - REACH), Math.min(data.length, at + REACH));
            covered.set(kind, base + skipTo), chain && found.push(
              ...this.scanDecoded(data, { start: chain.start, end: chain.end, bytes: chain.joined }, kind, depth, scan)
            );
            continue;
          }
          let decoded = decodeAt(data, at, kind, trigger);
          decoded && (covered.set(kind, base + (kind === "base64" ? decoded.end - KEY_ROOM : decoded.end)), !(decoded.bytes.length === 0 || decoded.bytes.equals(data.subarray(decoded.start, decoded.end))) && found.push(...this.scanDecoded(data, decoded, kind, depth, scan)));
        }
        return found;
      }
      scanDecoded(data, decoded, kind, depth, scan) {
        let before = data.subarray(Math.max(0, decoded.start - CONTEXT), decoded.start), after = data.subarray(decoded.end, Math.min(data.length, decoded.end + CONTEXT)), lead = before.length > 0 && TOKEN_BYTES[before[before.length - 1]] ? SPACE : EMPTY, trail = after.length > 0 && TOKEN_BYTES[after[0]] ? SPACE : EMPTY, content = Buffer.concat([before, lead, decoded.bytes, trail, after]), inner0 = before.length + lead.length, inner1 = inner0 + decoded.bytes.length, out = [];
        for (let m of scan(content, depth + 1, [inner0, inner1])) {
          if (m.start < inner0 || m.end > inner1) continue;
          let match = {
            ...m,
            start: decoded.start,
            end: decoded.end,
            encoding: m.encoding ? `${kind}>${m.encoding}` : kind
          };
          out.push(match);
        }
        return out;
      }
    }, SPACE = Buffer.from(" "), EMPTY = Buffer.alloc(0);
  }
});

// src/core/literals/teddy-wasm.ts
var TEDDY_WASM, init_teddy_wasm = __esm({
  "src/core/literals/teddy-wasm.ts"() {
    "use strict";
    TEDDY_WASM = "AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQABBxECBm1lbW9yeQIABHNjYW4AAArpAgHmAgIFfw97QQD9AAQAIRFBEP0ABAAhEkEg/QAEACETQTD9AAQAIRRBwAD9AAQAIRVB0AD9AAQAIRYCQANAIAMgAU8NASAAIANq/QAEACEIIAj9DA8PDw8PDw8PDw8PDw8PDw/9TiEJIAhBBP1tIQogESAJ/Q4gEiAK/Q79TiELIBMgCf0OIBQgCv0O/U4hDCAVIAn9DiAWIAr9Dv1OIQ0gDiAL/Q0ODxAREhMUFRYXGBkaGxwdIA8gDP0NDxAREhMUFRYXGBkaGxwdHv1OIA39TiEQIBD9UwRAIBD9DAAAAAAAAAAAAAAAAAAAAAD9JP1kIQUDQCADIAVoakECayEGIAAgBmooAgBB////B3FBsfPd8XlsQRB2IQcgB0EDdi0AYEEBIAdBB3F0cQRAIAIgBEECdGogBjYCACAEQQFqIQQLIAUgBUEBa3EhBSAFDQALCyALIQ4gDCEPIANBEGohAwwACwsgBAs=";
  }
});

// src/core/literals/literal-search.ts
function hashOf(key) {
  return Math.imul(key, 2654435761) >>> 16;
}
function matchesAt(data, at, bytes, ignoreCase) {
  if (at + bytes.length > data.length) return !1;
  for (let j = 0; j < bytes.length; j++) {
    let c = data[at + j], want = bytes[j];
    if (c !== want && !(ignoreCase && c >= 65 && c <= 90 && (c | 32) === want)) return !1;
  }
  return !0;
}
function kernelCan(lit) {
  if (lit.text.length < WINDOW) return !1;
  for (let i = 0; i < lit.text.length; i++) {
    let c = lit.text.charCodeAt(i);
    if (c === 0 || c > 127) return !1;
  }
  return !0;
}
function spellingsOf(lit, offset) {
  let spellings2 = [[]];
  for (let j = 0; j < WINDOW; j++) {
    let c = lit.text.charCodeAt(offset + j), variants = lit.ignoreCase ? caseVariants(c) : [c];
    spellings2 = spellings2.flatMap((s) => variants.map((v) => [...s, v]));
  }
  return spellings2;
}
function caseVariants(c) {
  let lower = c >= 65 && c <= 90 ? c | 32 : c;
  return lower >= 97 && lower <= 122 ? [lower, lower & -33] : [c];
}
function rarestWindow(lit) {
  let best = { offset: 0, weight: Number.POSITIVE_INFINITY };
  for (let offset = 0; offset + WINDOW <= lit.text.length; offset++) {
    let weight = 1;
    for (let j = 0; j < WINDOW; j++) {
      let c = lit.text.charCodeAt(offset + j);
      weight *= (lit.ignoreCase ? caseVariants(c) : [c]).reduce((sum, v) => sum + FREQUENCY[v], 0);
    }
    weight < best.weight && (best = { offset, weight });
  }
  return best.offset;
}
function assignBuckets(windows) {
  let sums = /* @__PURE__ */ new Map(), sum = (lo, hi) => {
    let key = lo * 65536 + hi, q = sums.get(key);
    if (q === void 0) {
      q = 0;
      for (let h = 0; h < 16; h++)
        if (hi & 1 << h)
          for (let l = 0; l < 16; l++) lo & 1 << l && (q += FREQUENCY[h << 4 | l]);
      sums.set(key, q);
    }
    return q;
  }, nibbles = windows.map((spellings2) => {
    let n = new Int32Array(2 * WINDOW);
    for (let s of spellings2)
      for (let j = 0; j < WINDOW; j++)
        n[2 * j] = n[2 * j] | 1 << (s[j] & 15), n[2 * j + 1] = n[2 * j + 1] | 1 << (s[j] >> 4);
    return n;
  }), chance = (a, b) => {
    let p = 1;
    for (let j = 0; j < 2 * WINDOW; j += 2)
      p *= sum(a[j] | (b ? b[j] : 0), a[j + 1] | (b ? b[j + 1] : 0));
    return p;
  }, buckets = [], bucketChance = [], order = nibbles.map((n) => ({ n, chance: chance(n) })).sort((a, b) => b.chance - a.chance);
  for (let { n, chance: alone } of order) {
    let best = 0, bestCost = Number.POSITIVE_INFINITY;
    for (let b = 0; b < buckets.length; b++) {
      let cost = chance(buckets[b], n) - bucketChance[b];
      cost < bestCost && (bestCost = cost, best = b);
    }
    buckets.length < BUCKETS && alone < bestCost && (best = buckets.length), best === buckets.length && buckets.push(new Int32Array(2 * WINDOW));
    let bucket = buckets[best];
    for (let j = 0; j < 2 * WINDOW; j++) bucket[j] = bucket[j] | n[j];
    bucketChance[best] = chance(bucket);
  }
  let masks = new Uint8Array(32 * WINDOW);
  for (let [b, bucket] of buckets.entries())
    for (let j = 0; j < WINDOW; j++) {
      let lo = bucket[2 * j], hi = bucket[2 * j + 1];
      for (let x = 0; x < 16; x++)
        lo & 1 << x && (masks[32 * j + x] = masks[32 * j + x] | 1 << b), hi & 1 << x && (masks[32 * j + 16 + x] = masks[32 * j + 16 + x] | 1 << b);
    }
  return masks;
}
var WINDOW, PIECE, TABLES, HASHES, OUT, BUCKETS, wasm, LiteralSearch, LiteralHits, KernelPlan, FREQUENCY, init_literal_search = __esm({
  "src/core/literals/literal-search.ts"() {
    "use strict";
    init_teddy_wasm();
    WINDOW = 3, PIECE = 64 * 1024, TABLES = 0, HASHES = 96, OUT = HASHES + 8192, BUCKETS = 8, wasm = globalThis.WebAssembly, LiteralSearch = class {
      /**
       * `kernel: false` never uses the kernel. `kernelAfter`: bytes searched with `indexOf` before the
       * kernel is built: building it (compiling the module, assigning the literals to buckets) costs a
       * few milliseconds, more than searching a small commit literal by literal.
       */
      constructor(literals, options = {}) {
        this.options = options;
        let unique = [];
        for (let lit of literals) {
          let [ids, key] = lit.ignoreCase ? [this.folded, lit.text.toLowerCase()] : [this.exact, lit.text];
          ids.has(key) || (ids.set(key, unique.length), unique.push({ text: lit.text, ignoreCase: lit.ignoreCase }));
        }
        this.literals = unique;
      }
      options;
      literals;
      /** Ids by text: exact literals, and case-insensitive ones in lower case. */
      exact = /* @__PURE__ */ new Map();
      folded = /* @__PURE__ */ new Map();
      /** Literals the kernel finds, and how (built on first use: a hook that never scans pays nothing). */
      plan;
      planned = !1;
      /** Bytes searched so far without the kernel. */
      searched = 0;
      /** Literals `any` searches with indexOf: those the kernel does not handle. */
      unhandled;
      /** The index of a literal given to the constructor. */
      idOf(text, ignoreCase) {
        let id = ignoreCase ? this.folded.get(text) ?? this.folded.get(text.toLowerCase()) : this.exact.get(text);
        if (id === void 0) throw new Error(`LiteralSearch: "${text}" was not given to the constructor`);
        return id;
      }
      /** The occurrences in one content, found when first asked for. `data` must not change meanwhile. */
      in(data) {
        return new LiteralHits(data, this.literals, this.kernelFor(data));
      }
      /**
       * Whether any literal occurs in `data`: the search stops at the first one found, and keeps no
       * positions (a prefilter's question, asked of content that may hold millions of them).
       */
      any(data) {
        let plan = this.kernelFor(data);
        if (plan?.search(data, void 0)) return !0;
        if (this.unhandled ??= this.literals.flatMap((_, id) => plan?.handles(id) ? [] : [id]), this.unhandled.length === 0) return !1;
        let hits = new LiteralHits(data, this.literals, void 0);
        return this.unhandled.some((id) => hits.positions(id).length > 0);
      }
      /** The kernel, built once `kernelAfter` bytes have been searched without it. */
      kernelFor(data) {
        if (!this.planned) {
          if (this.searched += data.length, this.searched <= (this.options.kernelAfter ?? 0)) return;
          this.planned = !0, this.plan = this.options.kernel === !1 ? void 0 : KernelPlan.build(this.literals, this.options.piece);
        }
        return this.plan;
      }
    }, LiteralHits = class {
      constructor(data, literals, plan) {
        this.data = data;
        this.literals = literals;
        this.plan = plan;
        this.found = new Array(literals.length);
      }
      data;
      literals;
      plan;
      found;
      lower;
      positions(id) {
        let hits = this.found[id];
        return hits !== void 0 || (this.plan?.handles(id) ? (this.plan.search(this.data, this.found), hits = this.found[id]) : (hits = this.search(this.literals[id]), this.found[id] = hits)), hits;
      }
      search({ text, ignoreCase }) {
        let hits = [];
        if (ignoreCase) {
          this.lower ??= this.data.toString("latin1").toLowerCase();
          let needle = text.toLowerCase();
          for (let i = this.lower.indexOf(needle); i >= 0; i = this.lower.indexOf(needle, i + 1)) hits.push(i);
        } else {
          let data = this.data, needle = Buffer.from(text, "latin1");
          for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) hits.push(i);
        }
        return hits;
      }
    };
    KernelPlan = class _KernelPlan {
      constructor(literals, scan, memory, piece) {
        this.scan = scan;
        this.piece = piece;
        this.handled = literals.map((lit) => kernelCan(lit)), this.dataAt = OUT + piece * 4;
        let bytesNeeded = this.dataAt + piece + WINDOW + 16;
        memory.grow(Math.ceil(bytesNeeded / 65536) - memory.buffer.byteLength / 65536), this.heap = new Uint8Array(memory.buffer), this.out = new Int32Array(memory.buffer, OUT, piece);
        let windows = [];
        for (let [id, lit] of literals.entries()) {
          if (!this.handled[id]) continue;
          let offset = rarestWindow(lit), spellings2 = spellingsOf(lit, offset);
          windows.push(spellings2);
          let bytes = Uint8Array.from(lit.ignoreCase ? lit.text.toLowerCase() : lit.text, (ch) => ch.charCodeAt(0));
          for (let spelt of spellings2) {
            let key = spelt[0] | spelt[1] << 8 | spelt[2] << 16, hash = hashOf(key), slot = this.byHash[hash], entry = { key, id, offset, bytes, ignoreCase: lit.ignoreCase };
            slot ? slot.push(entry) : this.byHash[hash] = [entry], this.heap[HASHES + (hash >> 3)] = this.heap[HASHES + (hash >> 3)] | 1 << (hash & 7);
          }
        }
        let masks = assignBuckets(windows);
        this.heap.set(masks, TABLES);
      }
      scan;
      piece;
      handled;
      /** Literals by the hash of their window (one entry per case spelling). */
      byHash = new Array(65536);
      heap;
      out;
      dataAt;
      /** The plan for these literals, or undefined when the kernel handles none (or cannot run here). */
      static build(literals, piece = PIECE) {
        if (wasm === void 0 || !literals.some(kernelCan)) return;
        let instance = new wasm.Instance(new wasm.Module(Buffer.from(TEDDY_WASM, "base64")), {}), { memory, scan } = instance.exports;
        return new _KernelPlan(literals, scan, memory, Math.max(16, piece));
      }
      handles(id) {
        return this.handled[id] === !0;
      }
      /**
       * Fills `found` with the positions of every literal the kernel handles; without `found`, stops
       * at the first one. Returns whether any was found.
       */
      search(data, found) {
        let any = !1;
        if (found) for (let [id, handled] of this.handled.entries()) handled && (found[id] = []);
        let { heap, out, byHash, piece, dataAt } = this, n = data.length;
        for (let off = 0; off < n; off += piece) {
          let own = Math.min(piece, n - off), length = Math.min(n - off, own + WINDOW - 1);
          heap.set(data.subarray(off, off + length), dataAt), heap.fill(0, dataAt + length, dataAt + length + 16);
          let count = this.scan(dataAt, length, OUT);
          for (let k = 0; k < count; k++) {
            let start = out[k];
            if (start >= own) continue;
            let at = off + start;
            if (at + WINDOW > n) continue;
            let key = data[at] | data[at + 1] << 8 | data[at + 2] << 16, entries = byHash[hashOf(key)];
            if (entries !== void 0)
              for (let e = 0; e < entries.length; e++) {
                let entry = entries[e];
                if (entry.key !== key) continue;
                let begin = at - entry.offset;
                if (entry.bytes.length === WINDOW || begin >= 0 && matchesAt(data, begin, entry.bytes, entry.ignoreCase)) {
                  if (!found) return !0;
                  any = !0, found[entry.id].push(begin);
                }
              }
          }
        }
        return any;
      }
    };
    FREQUENCY = (() => {
      let f = new Float64Array(256).fill(5e-4);
      for (let [i, ch] of [..."etaoinsrhldcumfpgwybvkxjqz"].entries()) {
        let p = 0.07 * 0.88 ** i;
        f[ch.charCodeAt(0)] = p, f[ch.toUpperCase().charCodeAt(0)] = p / 8;
      }
      for (let ch of "0123456789") f[ch.charCodeAt(0)] = 6e-3;
      for (let ch of `.,;:()"'=_-/{}[]*<>`) f[ch.charCodeAt(0)] = 8e-3;
      return f[32] = 0.15, f[10] = 0.03, f[9] = 0.01, f;
    })();
  }
});

// src/core/scanner.ts
function isInFile(check) {
  return check.kind === "in-file";
}
function isRequiredInFile(check) {
  return check.kind === "in-file" && check.optional !== !0;
}
function keywordSearch(rules4, attributionLookups, triggers) {
  return new LiteralSearch(
    [
      ...rules4.flatMap((rule) => [
        ...rule.keywords.map((text) => ({ text, ignoreCase: rule.keywordsIgnoreCase === !0 })),
        ...rule.checks.filter(isInFile).map((check) => ({ text: check.keyword, ignoreCase: !1 }))
      ]),
      ...attributionLookups.map((text) => ({ text, ignoreCase: !1 })),
      ...triggers.map(({ text, ignoreCase }) => ({ text, ignoreCase }))
    ],
    { kernelAfter: KERNEL_AFTER }
  );
}
function withScreens(plans) {
  let groups = /* @__PURE__ */ new Map();
  for (let plan of plans) {
    if (!plan.anchored) continue;
    let key = plan.rule.keywords.join("\0");
    groups.set(key, [...groups.get(key) ?? [], plan]);
  }
  for (let group of groups.values()) {
    let flags = new Set(group.map((p) => p.anchored.flags)), sources = [...new Set(group.map((p) => p.anchored.source))], screen;
    if (flags.size === 1 && group.length > 1)
      try {
        screen = new RegExp(sources.map((source) => `(?:${source})`).join("|"), [...flags][0]);
      } catch {
        screen = void 0;
      }
    for (let plan of group) plan.screen = screen;
  }
  return plans;
}
function planOf(rule, attributed) {
  let source = rule.pattern.source, prefixes = new Set(
    rule.keywordsIgnoreCase ? [] : rule.keywords.filter(
      (k) => !hasTopLevelAlternative(source) && source.startsWith(k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    )
  );
  return {
    rule,
    gates: rule.checks.filter(isRequiredInFile),
    attributed,
    reach: `${rule.keywordsIgnoreCase === !0}:${rule.maxLength}:${rule.keywords.join("\0")}:${[...prefixes].join("\0")}`,
    prefixes,
    anchored: rule.keywords.length > 0 && prefixes.size === rule.keywords.length ? new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, "")}y`) : void 0
  };
}
function hasTopLevelAlternative(source) {
  let depth = 0, inClass = !1;
  for (let i = 0; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = !0;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return !0;
  }
  return !1;
}
function prefixPositions(rule, hits) {
  let data = hits.data, lists = rule.keywords.map((k) => hits.positions(k, !1));
  return (lists.length === 1 ? lists[0] : [...new Set(lists.flat())].sort((a, b) => a - b)).filter((at) => boundaryBefore(data, at));
}
function mergeWindows(rule, hits, prefixes) {
  let spans = [], data = hits.data;
  for (let keyword of rule.keywords) {
    let positions = hits.positions(keyword, rule.keywordsIgnoreCase === !0);
    if (prefixes.has(keyword))
      for (let at of positions) boundaryBefore(data, at) && spans.push([at, at + rule.maxLength]);
    else
      for (let at of positions) spans.push([at - rule.maxLength, at + keyword.length + rule.maxLength]);
  }
  if (spans.length === 0) return spans;
  rule.keywords.length > 1 && spans.sort((a, b) => a[0] - b[0]);
  let dataLength = hits.data.length, merged = [];
  for (let [s, e] of spans) {
    let from = Math.max(0, s), to = Math.min(dataLength, e), last = merged[merged.length - 1];
    last && from <= last[1] ? last[1] = Math.max(last[1], to) : merged.push([from, to]);
  }
  return merged;
}
function boundaryBefore(data, start) {
  if (start === 0) return !0;
  let prev = data[start - 1];
  return !TOKEN_BYTES[prev] || prev === 109 && endsColourCode(data, start - 1) || start >= 2 && data[start - 2] === BACKSLASH || start >= 3 && data[start - 3] === PERCENT && HEX_BYTES[prev] && HEX_BYTES[data[start - 2]] ? !0 : start >= 6 && data[start - 6] === BACKSLASH && data[start - 5] === 117 ? HEX_BYTES[data[start - 4]] === 1 && HEX_BYTES[data[start - 3]] === 1 && HEX_BYTES[data[start - 2]] === 1 && HEX_BYTES[prev] === 1 : !1;
}
function endsColourCode(data, at) {
  let i = at - 1, param = (c) => c === 59 || c !== void 0 && c >= 48 && c <= 57;
  for (; i >= 0 && at - i < 24 && param(data[i]); ) i--;
  return i < 0 || data[i] !== 91 ? !1 : data[i - 1] === 27 ? !0 : /\\(?:u001b|x1b|033|e)$/i.test(data.toString("latin1", Math.max(0, i - 6), i));
}
function boundaryAfter(data, end) {
  return end >= data.length || !TOKEN_BYTES[data[end]];
}
function passesChecks(rule, secret, data, start, end) {
  let body2, getBody = () => {
    if (body2 === void 0) {
      body2 = secret.startsWith(rule.redactPrefix) ? secret.slice(rule.redactPrefix.length) : secret;
      for (let keyword of rule.keywordsIgnoreCase ? [] : rule.keywords)
        body2.includes(keyword) && (body2 = body2.split(keyword).join(""));
    }
    return body2;
  };
  for (let check of rule.checks)
    switch (check.kind) {
      case "entropy":
        if (shannonEntropy(getBody()) < check.min) return !1;
        break;
      case "not-patterned":
        if (isPatterned(getBody())) return !1;
        break;
      case "near": {
        let within = Math.min(check.within, MAX_CONTEXT), text = data.toString("latin1", Math.max(0, start - within), Math.min(data.length, end + within));
        if (!check.pattern.test(text)) return !1;
        break;
      }
      case "label-before": {
        let lineStart = lineStartOf(data, start), from = Math.max(lineStart, start - Math.min(check.within, MAX_CONTEXT));
        if (!check.pattern.test(data.toString("latin1", from, start))) return !1;
        break;
      }
      case "checksum":
        if (!checksumHolds(check.checksum, secret)) return !1;
        break;
      case "in-file":
        break;
    }
  return !0;
}
function fileContext(hits, check, complete = !0) {
  let data = hits.data;
  for (let i of hits.positions(check.keyword, !1)) {
    let end = Math.min(data.length, i + 128), text = data.toString("latin1", Math.max(0, i - 128), end), m = check.pattern.exec(text);
    if (!(m && !complete && end === data.length && m.index + m[0].length === text.length) && m)
      return m.groups?.value ?? m[0];
  }
}
function lineStartOf(data, at) {
  return at === 0 ? 0 : data.lastIndexOf(NEWLINE2, at - 1) + 1;
}
function countNewlines(data, from, to) {
  let n = 0;
  for (let i = data.indexOf(NEWLINE2, from); i >= 0 && i < to; i = data.indexOf(NEWLINE2, i + 1)) n++;
  return n;
}
function utf16Length(data, from, to) {
  if (to <= from) return 0;
  for (let i = from; i < to; i++) if (data[i] >= 128) return data.toString("utf8", from, to).length;
  return to - from;
}
var CONTEXT_WINDOW, MAX_CONTEXT_POSITIONS, MAX_UNLABELLED, WHOLE_SCAN, SCAN_PIECE, KERNEL_AFTER, ALLOW_MARKER, MAX_KEY_LENGTH, MAX_CONTEXT, SAFE_TAIL, OVERLAP, BACKSLASH, PERCENT, NEWLINE2, Scanner, ScanStream, KeywordHits, init_scanner = __esm({
  "src/core/scanner.ts"() {
    "use strict";
    init_attribution();
    init_bytes();
    init_checksum();
    init_decoding();
    init_spans();
    init_triggers();
    init_entropy();
    init_literal_search();
    CONTEXT_WINDOW = 128, MAX_CONTEXT_POSITIONS = 1e4, MAX_UNLABELLED = 1e5, WHOLE_SCAN = 4 * 1024 * 1024, SCAN_PIECE = 1024 * 1024, KERNEL_AFTER = 256 * 1024, ALLOW_MARKER = "skguard:allow", MAX_KEY_LENGTH = 512, MAX_CONTEXT = 1024, SAFE_TAIL = MAX_KEY_LENGTH + MAX_CONTEXT + REACH, OVERLAP = SAFE_TAIL + MAX_CONTEXT + 16 + REACH, BACKSLASH = 92, PERCENT = 37, NEWLINE2 = 10, Scanner = class {
      rules;
      /** Rules in priority order: where two matches overlap, the earlier rule keeps the span. */
      priority = /* @__PURE__ */ new Map();
      inFileChecks;
      /** @internal */
      keywords;
      /** @internal What each rule's scan needs, worked out once (not per content). */
      plans;
      /** @internal */
      attributions = /* @__PURE__ */ new Map();
      /** @internal */
      contextEntries;
      /**
       * Literals the scan looks up besides the rules' keywords and in-file keywords: the names that
       * attribute shared shapes (gates and contexts). A multi-literal prefilter must search these too.
       */
      attributionLookups;
      /** Keys in encoded forms and split literals (see src/core/decode); absent with `decode: false`. */
      /** @internal */
      decoding;
      constructor(rules4, options = {}) {
        this.rules = rules4;
        for (let rule of rules4) {
          let prepared = prepare(rule);
          prepared && this.attributions.set(rule, prepared);
        }
        let entries = [...new Set([...this.attributions.values()].flatMap((p) => p.attribution.context))];
        this.contextEntries = entries.map((entry) => ({ entry, spelt: spellings(entry.keyword) })), this.attributionLookups = [
          .../* @__PURE__ */ new Set([
            ...[...this.attributions.values()].flatMap((p) => p.literals),
            ...this.contextEntries.flatMap((e) => e.spelt)
          ])
        ];
        for (let [i, rule] of rules4.entries()) this.priority.set(rule, i);
        this.plans = withScreens(rules4.map((rule) => planOf(rule, this.attributions.get(rule)))), this.inFileChecks = [...new Set(rules4.flatMap((r) => r.checks.filter(isInFile)))], this.decoding = options.decode === !1 ? void 0 : new Decoding(rules4), this.keywords = keywordSearch(rules4, this.attributionLookups, this.decoding?.triggers ?? []), this.decoding?.bind(this.keywords);
      }
      /**
       * Finds every key in a whole content. A large one is scanned as a stream of pieces (the same
       * findings): what a scan keeps per keyword hit then grows with the piece, not with the content.
       */
      scan(content) {
        return this.scanCounting(content).matches;
      }
      /** `scan`, and how many key-shaped strings were not kept (see MAX_UNLABELLED). */
      scanCounting(content) {
        let stream = this.pieces(content, 0);
        return { matches: stream.end(), unkept: stream.unkept };
      }
      /**
       * @internal A whole content `depth` decodings deep, decoding only what stands in `region` (the
       * decoded text: the context around it is the outer content's, decoded there).
       */
      scanAt(content, depth, region) {
        return this.pieces(content, depth, region).end();
      }
      /** A whole content pushed into a stream: at once, or in pieces when it is large. */
      pieces(content, depth, region) {
        let stream = new ScanStream(this, depth, region);
        if (content.length <= WHOLE_SCAN) stream.push(content, !0);
        else
          for (let at = 0; at < content.length; at += SCAN_PIECE)
            stream.push(content.subarray(at, at + SCAN_PIECE), at + SCAN_PIECE >= content.length);
        return stream;
      }
      /** A scan of content that arrives in chunks (a huge file, stdin); memory stays bounded. */
      stream() {
        return new ScanStream(this, 0);
      }
      /**
       * Literals such that content containing none of them cannot yield a finding: what a file
       * prefilter (src/sources/probe.ts) may search for without losing anything.
       */
      requiredLiterals() {
        let out = /* @__PURE__ */ new Map();
        for (let rule of this.rules) {
          let attributed = this.attributions.get(rule);
          if (attributed) {
            let a = attributed.attribution, words = [...a.labelWords, ...a.labels ?? [], ...a.context.map((c) => c.keyword)].map(
              (w) => w.toLowerCase()
            );
            for (let text of words.filter((w) => !words.some((other) => other !== w && w.includes(other))))
              out.set(`true:${text}`, { text, ignoreCase: !0 });
            continue;
          }
          let gate = rule.checks.find(isRequiredInFile), near = rule.checks.find((c) => c.kind === "near"), literals = gate ? [{ text: gate.keyword, ignoreCase: !1 }] : near ? [{ text: near.keyword, ignoreCase: !0 }] : rule.keywords.map((text) => ({ text, ignoreCase: rule.keywordsIgnoreCase === !0 }));
          for (let lit of literals) out.set(`${lit.ignoreCase}:${lit.text}`, lit);
        }
        return minimalLiterals([...out.values(), ...this.decoding?.prefilter ?? []]);
      }
      /** @internal */
      rank(rule) {
        return this.priority.get(rule) ?? Number.MAX_SAFE_INTEGER;
      }
      /** @internal */
      fileChecks() {
        return this.inFileChecks;
      }
    }, ScanStream = class {
      constructor(scanner, depth, region) {
        this.scanner = scanner;
        this.depth = depth;
        this.region = region;
      }
      scanner;
      depth;
      region;
      /**
       * Key-shaped strings of a shared shape, with no provider named on their line, that were not kept
       * because MAX_UNLABELLED of them already wait for the end of the content (see `attribute`).
       */
      unkept = 0;
      unlabelled = 0;
      carry = Buffer.alloc(0);
      /** Absolute offset of `carry[0]`. */
      carryOffset = 0;
      /** Newlines before `carry[0]`. */
      linesBefore = 0;
      /** UTF-16 length of the part of `carry[0]`'s line that lies before it. */
      columnCarry = 0;
      /** Whether the part of `carry[0]`'s line that lies before it holds the allow marker. */
      markedBefore = !1;
      /** Matches starting before this absolute offset have been decided. */
      decidedTo = 0;
      found = [];
      /** In-file checks satisfied so far, with the text that satisfied each. */
      seen = /* @__PURE__ */ new Map();
      /** Absolute offsets where each attribution context (a base URL, an SDK import) occurs. */
      contextAt = /* @__PURE__ */ new Map();
      /** Context keywords before this absolute offset have been looked at. */
      contextFrom = 0;
      /**
       * The last line of the data scanned so far (which the next data continues): where it starts,
       * whether it holds the allow marker, and the matches on it (see settleTail).
       */
      tail;
      /** The content, when it came whole (see `push`), with its keyword positions. */
      whole;
      /** Decoding state across pushes: how far decoded forms reach, and the keys found in them. */
      decoded = /* @__PURE__ */ new Map();
      derivedSeen = /* @__PURE__ */ new Set();
      ended = !1;
      /** Adds the next chunk. `last` marks the final one (then nothing needs to be carried over). */
      push(chunk, last = !1) {
        if (this.ended) throw new Error("ScanStream: push after the last chunk");
        let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk, base = this.carryOffset, decideBefore = last ? base + data.length : base + data.length - SAFE_TAIL, whole = last && base === 0, hits = new KeywordHits(this.scanner.keywords.in(data), this.scanner.keywords);
        this.noteContexts(hits, whole, last), whole ? this.whole = { data, hits } : this.noteAttributionContexts(data, base, last, hits), this.settleTail(data, base);
        let pending = [];
        if (decideBefore > this.decidedTo && this.scanData(data, base, decideBefore, whole, hits, pending), last || this.advanceTail(data, base, pending), last) {
          this.ended = !0;
          return;
        }
        this.decidedTo = Math.max(this.decidedTo, decideBefore);
        let keepFrom = Math.max(0, data.length - OVERLAP);
        if (keepFrom > 0) {
          let dropped = data.subarray(0, keepFrom);
          this.linesBefore += countNewlines(dropped, 0, dropped.length);
          let lastNewline = dropped.lastIndexOf(NEWLINE2);
          this.columnCarry = lastNewline >= 0 ? utf16Length(dropped, lastNewline + 1, dropped.length) : this.columnCarry + utf16Length(dropped, 0, dropped.length);
          let lineFrom = lastNewline + 1, upTo = Math.min(data.length, keepFrom + ALLOW_MARKER.length - 1), seen = upTo - lineFrom >= ALLOW_MARKER.length && data.subarray(lineFrom, upTo).includes(ALLOW_MARKER);
          this.markedBefore = lastNewline >= 0 ? seen : this.markedBefore || seen;
        }
        this.carry = Buffer.from(data.subarray(keepFrom)), this.carryOffset = base + keepFrom;
      }
      /** Finishes the scan and returns the matches, in content order. */
      end() {
        this.ended || this.push(Buffer.alloc(0), !0);
        let whole = this.whole;
        this.whole = void 0, whole && this.found.some((c) => c.alternatives) && this.noteAttributionContexts(whole.data, 0, !0, whole.hits);
        let kept = this.found.filter((c) => c.waitingFor.every((check) => this.seen.has(check))).filter((c) => this.attribute(c));
        for (let c of whole ? kept : [])
          for (let check of c.match.rule.checks) {
            if (check.kind !== "in-file" || this.seen.has(check)) continue;
            let text = fileContext(whole.hits, check);
            text !== void 0 && this.seen.set(check, text);
          }
        return kept.map((c) => this.withContext(c.match)).sort((a, b) => a.start - b.start);
      }
      withContext(match) {
        let gates = match.rule.checks.filter(isInFile);
        return gates.length > 0 && (match.context = gates.map((g) => this.seen.get(g) ?? "")), match;
      }
      /**
       * A shared shape's match goes to the provider its label names, else to the one whose context is
       * nearest; with neither, it is no finding. Decided at the end: a context may come after the key.
       */
      attribute(c) {
        if (!c.alternatives) return !0;
        let labelled = c.alternatives.find((a) => a.labelled);
        if (labelled)
          return c.match.rule = labelled.rule, !0;
        let best;
        for (let alt of c.alternatives) {
          let prepared = this.scanner.attributions.get(alt.rule);
          for (let entry of prepared?.attribution.context ?? [])
            for (let at of this.contextAt.get(entry) ?? []) {
              let distance = Math.abs(at - c.match.start);
              (!best || distance < best.distance) && (best = { rule: alt.rule, distance });
            }
        }
        return best ? (c.match.rule = best.rule, !0) : !1;
      }
      /** Records where each attribution context occurs; each position is looked at once, with its whole window. */
      noteAttributionContexts(data, base, last, hits) {
        let entries = this.scanner.contextEntries;
        if (entries.length === 0) return;
        let from = Math.max(0, this.contextFrom - base), until = last ? data.length : data.length - CONTEXT_WINDOW;
        for (let { entry, spelt } of entries) {
          let positions = this.contextAt.get(entry);
          for (let word of spelt)
            for (let i of hits.positions(word, !1)) {
              if (i < from || i >= until) continue;
              if (positions && positions.length >= MAX_CONTEXT_POSITIONS) break;
              let text = data.toString(
                "latin1",
                Math.max(0, i - CONTEXT_WINDOW),
                Math.min(data.length, i + CONTEXT_WINDOW)
              );
              entry.pattern.test(text) && (positions ??= [], positions.push(base + i), this.contextAt.set(entry, positions));
            }
        }
        this.contextFrom = last ? Number.MAX_SAFE_INTEGER : Math.max(this.contextFrom, base + until);
      }
      noteContexts(hits, whole, last) {
        for (let check of this.scanner.fileChecks()) {
          if (this.seen.has(check) || whole && check.optional) continue;
          let found = fileContext(hits, check, last);
          found !== void 0 && this.seen.set(check, found);
        }
      }
      /**
       * The last line of the data scanned so far goes on in this data: its allow marker may be here
       * (carried over, the end of what was looked at is here too: a marker across the boundary is
       * whole). Found, it allows the matches already on that line.
       */
      settleTail(data, base) {
        let tail = this.tail;
        if (!tail || tail.marked) return;
        let from = Math.max(0, tail.start - base), end = data.indexOf(NEWLINE2, from);
        if (end < 0 && (end = data.length), end - from >= ALLOW_MARKER.length && data.subarray(from, end).includes(ALLOW_MARKER)) {
          tail.marked = !0;
          for (let match of tail.matches) match.allowed = !0;
        }
      }
      /** After a data that is not the last: its last line, which the next data continues. */
      advanceTail(data, base, pending) {
        let newline = data.lastIndexOf(NEWLINE2);
        if (this.tail && (newline < 0 || this.tail.start === base + newline + 1)) {
          for (let match of pending) this.tail.matches.push(match);
          return;
        }
        let from = newline + 1, marked = data.length - from >= ALLOW_MARKER.length && data.subarray(from).includes(ALLOW_MARKER);
        this.tail = { start: base + from, marked, matches: pending };
      }
      scanData(data, base, decideBefore, whole, hits, pending) {
        let candidates = [], merged = /* @__PURE__ */ new Map(), contentText, starts = /* @__PURE__ */ new Map(), accept = (plan, secret, start, end) => {
          let absolute = base + start;
          if (secret.length === 0 || absolute < this.decidedTo || absolute >= decideBefore || !boundaryBefore(data, start) || !boundaryAfter(data, end) || !passesChecks(plan.rule, secret, data, start, end))
            return !1;
          let { rule, gates, attributed } = plan, labelled = attributed !== void 0 && labelNames(attributed.attribution, labelBefore(data, start), attributed.labelSpellings);
          if (attributed && !labelled) {
            if (this.unlabelled >= MAX_UNLABELLED)
              return this.unkept++, !0;
            this.unlabelled++;
          }
          return candidates.push({
            match: { rule, secret, start: absolute, end: base + end, line: 0, column: 0, endColumn: 0, allowed: !1 },
            waitingFor: gates.filter((g) => !this.seen.has(g)),
            ...attributed ? { alternatives: [{ rule, labelled }] } : {}
          }), !0;
        };
        for (let plan of this.scanner.plans) {
          let { rule, gates, attributed, reach, prefixes, anchored } = plan;
          if (whole && gates.some((g) => !this.seen.has(g)) || whole && attributed && rule.keywordsIgnoreCase && !attributed.literals.some((l) => hits.positions(l, !1).length > 0))
            continue;
          if (anchored) {
            contentText ??= data.toString("latin1");
            let keywords = rule.keywords.join("\0"), positions = starts.get(keywords);
            if (!positions) {
              positions = prefixPositions(rule, hits);
              let screen = plan.screen;
              if (screen) {
                let text = contentText;
                positions = positions.filter((at) => (screen.lastIndex = at, screen.test(text)));
              }
              starts.set(keywords, positions);
            }
            let from = 0;
            for (let at of positions) {
              if (at < from) continue;
              anchored.lastIndex = at;
              let m = anchored.exec(contentText);
              m !== null && accept(plan, m[0], at, at + m[0].length) && (from = at + m[0].length);
            }
            continue;
          }
          let shared = merged.get(reach);
          shared || (shared = { windows: mergeWindows(rule, hits, prefixes), texts: [] }, merged.set(reach, shared));
          let { windows, texts } = shared;
          for (let [w, [from, to]] of windows.entries()) {
            let text = texts[w];
            text === void 0 && (text = data.toString("latin1", from, to), texts[w] = text);
            let pattern = rule.pattern;
            pattern.lastIndex = 0;
            for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
              let start = from + m.index;
              accept(plan, m[0], start, start + m[0].length) || (pattern.lastIndex = m.index + 1);
            }
          }
        }
        let derived = this.derive(data, base, decideBefore, hits, candidates);
        candidates.sort((a, b) => a.match.start - b.match.start), this.locate(derived.length > 0 ? [...candidates, ...derived] : candidates, data, base, pending);
        for (let c of this.resolveOverlaps(candidates)) this.found.push(c);
        for (let c of derived) this.found.push(c);
      }
      /** Keys in encoded forms and split literals whose triggers this pass decides (see Decoding). */
      derive(data, base, decideBefore, hits, plain) {
        let decoding = this.scanner.decoding;
        if (!decoding || this.depth >= MAX_DEPTH) return [];
        let view = {
          data,
          base,
          from: Math.max(0, this.decidedTo - base, this.region ? this.region[0] - base : 0),
          to: Math.min(decideBefore - base, this.region ? this.region[1] - base : Number.POSITIVE_INFINITY),
          positions: (id) => hits.positionsById(id)
        }, out = [], scan = (content, depth, region) => this.scanner.scanAt(content, depth, region);
        for (let m of decoding.derive(view, this.depth, scan, this.decoded)) {
          let start = base + m.start, end = base + m.end;
          if (plain.some((c) => c.match.secret === m.secret && c.match.start < end && c.match.end > start)) continue;
          let id = `${m.rule.id}\0${m.secret}\0${start}`;
          this.derivedSeen.has(id) || (this.derivedSeen.add(id), out.push({ match: { ...m, start, end }, waitingFor: [] }));
        }
        return out;
      }
      /** Fills in line, column and the inline allow marker, walking the content once in order. */
      /** `pending`: receives the matches on this data's last line when it ends without a newline. */
      locate(candidates, data, base, pending) {
        candidates.sort((a, b) => a.match.start - b.match.start);
        let line = this.linesBefore + 1, scanned = 0;
        for (let { match } of candidates) {
          let start = match.start - base, end = match.end - base;
          line += countNewlines(data, scanned, start), scanned = start;
          let lineStart = lineStartOf(data, start), prefix = utf16Length(data, lineStart, start) + (lineStart === 0 ? this.columnCarry : 0), lineEnd = data.indexOf(NEWLINE2, end);
          lineEnd < 0 && (lineEnd = data.length, pending.push(match));
          let markedBefore = lineStart === 0 && base > 0 && this.markedBefore;
          match.line = line, match.column = prefix + 1;
          let width = match.encoding ? utf16Length(data, start, Math.min(end, lineEnd)) : match.secret.length;
          match.endColumn = prefix + 1 + Math.max(1, width), match.allowed = match.allowed || markedBefore || lineEnd - lineStart >= ALLOW_MARKER.length && data.subarray(lineStart, lineEnd).includes(ALLOW_MARKER);
        }
      }
      resolveOverlaps(sorted) {
        let kept = [];
        for (let c of sorted) {
          let last = kept[kept.length - 1];
          if (last?.alternatives && c.alternatives && c.match.start === last.match.start && c.match.end === last.match.end && c.match.rule.attribution?.group === last.match.rule.attribution?.group) {
            for (let alt of c.alternatives) last.alternatives.push(alt);
            continue;
          }
          if (last && c.match.start < last.match.end) {
            this.scanner.rank(c.match.rule) < this.scanner.rank(last.match.rule) && (kept[kept.length - 1] = c);
            continue;
          }
          kept.push(c);
        }
        return kept;
      }
    };
    KeywordHits = class {
      constructor(hits, search) {
        this.hits = hits;
        this.search = search;
      }
      hits;
      search;
      get data() {
        return this.hits.data;
      }
      positions(keyword, ignoreCase) {
        return this.hits.positions(this.search.idOf(keyword, ignoreCase));
      }
      positionsById(id) {
        return this.hits.positions(id);
      }
    };
  }
});

// src/core/suppress.ts
function parseIgnoreFile(text) {
  let entries = [], invalid = [];
  return text.split(/\r?\n/).forEach((raw, i) => {
    let hash = raw.indexOf("#"), content = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (content === "") return;
    let line = i + 1;
    if (!isFingerprint(content)) {
      invalid.push({ line, text: content.slice(0, 80), why: "not a fingerprint" });
      return;
    }
    let entry = { fingerprint: content, line, ...fieldsOf(hash < 0 ? "" : raw.slice(hash + 1)) };
    for (let field2 of ["added", "expires"]) {
      let value = entry[field2];
      if (value !== void 0 && !(DATE.test(value) && validDate(value))) {
        if (invalid.push({ line, text: content, why: `${field2}=${value.slice(0, 20)} is not a date (YYYY-MM-DD)` }), field2 === "expires") return;
        delete entry[field2];
      }
    }
    entries.push(entry);
  }), { entries, invalid };
}
function fieldsOf(comment) {
  let text = comment.trim();
  if (text === "") return {};
  let out = {}, rest = text;
  for (; ; ) {
    let m = /^(added|by|expires|reason)=/.exec(rest);
    if (!m) break;
    let key = m[1];
    if (key === "reason")
      return out.reason = rest.slice(m[0].length).trim(), out;
    let value = /^\S*/.exec(rest.slice(m[0].length))?.[0] ?? "";
    out[key] = value, rest = rest.slice(m[0].length + value.length).trimStart();
  }
  return rest !== "" && out.reason === void 0 && (out.reason = rest), out;
}
function validDate(text) {
  let d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
function formatIgnoreEntry(entry) {
  let fields = [
    entry.added ? `added=${entry.added}` : "",
    entry.by ? `by=${entry.by.replace(/\s+/g, "")}` : "",
    entry.expires ? `expires=${entry.expires}` : "",
    entry.reason ? `reason=${entry.reason.replace(/[\r\n]+/g, " ").trim()}` : ""
  ].filter(Boolean);
  return fields.length === 0 ? entry.fingerprint : `${entry.fingerprint}  # ${fields.join(" ")}`;
}
function applySuppressions(findings, suppressions) {
  let today = suppressions.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), ignore = /* @__PURE__ */ new Map(), expired = [];
  for (let e of suppressions.ignore?.entries ?? [])
    e.expires !== void 0 && e.expires < today ? expired.push(e) : ignore.set(e.fingerprint, e);
  let used = /* @__PURE__ */ new Set(), known = new Set((suppressions.baseline ?? []).map(baselineKey)), kept = [], suppressed = [], stats = { inline: 0, ignored: 0, baseline: 0, unusedIgnores: [], expiredIgnores: expired }, drop = (f, why) => {
    f.suppression = why, suppressed.push(f);
  };
  for (let f of findings) {
    let entry = ignore.get(f.fingerprint);
    f.suppression?.kind === "inline" ? (stats.inline++, suppressed.push(f)) : entry ? (used.add(f.fingerprint), stats.ignored++, drop(f, { kind: "ignore", ...ignoreFields(entry) })) : suppressions.fakes?.has(f.fingerprint) ? (stats.ignored++, drop(f, { kind: "example", reason: "a custom rule documents this key as its example" })) : known.has(baselineKey(f)) ? (stats.baseline++, drop(f, { kind: "baseline" })) : kept.push(f);
  }
  return stats.unusedIgnores = [...ignore.values()].filter((e) => !used.has(e.fingerprint)), { findings: kept, suppressed, stats };
}
function ignoreFields(entry) {
  let out = { line: entry.line };
  return entry.reason && (out.reason = entry.reason), entry.by && (out.by = entry.by), entry.added && (out.added = entry.added), entry.expires && (out.expires = entry.expires), out;
}
var IGNORE_FILE, DATE, baselineKey, init_suppress = __esm({
  "src/core/suppress.ts"() {
    "use strict";
    init_fingerprint();
    IGNORE_FILE = ".skguardignore", DATE = /^\d{4}-\d{2}-\d{2}$/;
    baselineKey = (f) => `${f.fingerprint}\0${f.file}`;
  }
});

// src/core/index.ts
var core_exports = {};
__export(core_exports, {
  IGNORE_FILE: () => IGNORE_FILE,
  Scanner: () => Scanner,
  alphabetOf: () => alphabetOf,
  applySuppressions: () => applySuppressions,
  baseUrlVariable: () => baseUrlVariable,
  builtinRules: () => builtinRules,
  commonFacts: () => commonFacts,
  compareFindings: () => compareFindings,
  didYouMean: () => didYouMean,
  errorOf: () => errorOf,
  fingerprint: () => fingerprint,
  formatIgnoreEntry: () => formatIgnoreEntry,
  headerFacts: () => headerFacts,
  isCheckable: () => isCheckable,
  isFingerprint: () => isFingerprint,
  isJsonObject: () => isJsonObject,
  isPatterned: () => isPatterned,
  keyFromShape: () => keyFromShape,
  parseIgnoreFile: () => parseIgnoreFile,
  providerName: () => providerName,
  providerOf: () => providerOf,
  providers: () => providers,
  quoted: () => quoted,
  rateLimited: () => rateLimited,
  redact: () => redact,
  redirected: () => redirected,
  retryAfterMs: () => retryAfterMs,
  scrubbed: () => scrubbed,
  serverTrouble: () => serverTrouble,
  shannonEntropy: () => shannonEntropy,
  shapeLength: () => shapeLength,
  toFinding: () => toFinding,
  unrecognised: () => unrecognised,
  untrusted: () => untrusted,
  verdict: () => verdict
});
var init_core = __esm({
  "src/core/index.ts"() {
    "use strict";
    init_answer();
    init_did_you_mean();
    init_entropy();
    init_finding();
    init_fingerprint();
    init_providers();
    init_redact();
    init_rules();
    init_shape();
    init_scanner();
    init_suppress();
    init_untrusted();
  }
});

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || !1 || !!env.CI), formatter = (open, close2, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close2, open.length);
      return ~index ? open + replaceClose(string, close2, replace, index) + close2 : open + string + close2;
    }, replaceClose = (string, close2, replace, index) => {
      let result2 = "", cursor = 0;
      do
        result2 += string.substring(cursor, index) + replace, cursor = index + close2.length, index = string.indexOf(close2, cursor);
      while (~index);
      return result2 + string.substring(cursor);
    }, createColors4 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors4();
    module2.exports.createColors = createColors4;
  }
});

// src/core/plural.ts
function plural(n, one, many = `${one}s`) {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
function grouped(n) {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString("en-US");
  let digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${digits}` : digits;
}
var init_plural = __esm({
  "src/core/plural.ts"() {
    "use strict";
  }
});

// node_modules/is-network-error/index.js
function isNetworkError(error) {
  if (!(error && isError(error) && error.name === "TypeError" && typeof error.message == "string"))
    return !1;
  let { message: message2, stack } = error;
  return message2 === "Load failed" || message2.startsWith("Load failed (") && message2.endsWith(")") ? stack === void 0 || "__sentry_captured__" in error : message2.startsWith("error sending request for url") || message2 === "Failed to fetch" || message2.startsWith("Failed to fetch (") && message2.endsWith(")") ? !0 : errorMessages.has(message2);
}
var objectToString, isError, errorMessages, init_is_network_error = __esm({
  "node_modules/is-network-error/index.js"() {
    objectToString = Object.prototype.toString, isError = (value) => objectToString.call(value) === "[object Error]", errorMessages = /* @__PURE__ */ new Set([
      "network error",
      // Chrome
      "NetworkError when attempting to fetch resource.",
      // Firefox
      "The Internet connection appears to be offline.",
      // Safari 16
      "Network request failed",
      // `cross-fetch`
      "fetch failed",
      // Undici (Node.js)
      "terminated",
      // Undici (Node.js)
      " A network error occurred.",
      // Bun (WebKit)
      "Network connection lost"
      // Cloudflare Workers (fetch)
    ]);
  }
});

// node_modules/p-retry/index.js
function validateRetries(retries) {
  if (typeof retries == "number") {
    if (retries < 0)
      throw new TypeError("Expected `retries` to be a non-negative number.");
    if (Number.isNaN(retries))
      throw new TypeError("Expected `retries` to be a valid number or Infinity, got NaN.");
  } else if (retries !== void 0)
    throw new TypeError("Expected `retries` to be a number or Infinity.");
}
function validateNumberOption(name, value, { min = 0, allowInfinity = !1 } = {}) {
  if (value !== void 0) {
    if (typeof value != "number" || Number.isNaN(value))
      throw new TypeError(`Expected \`${name}\` to be a number${allowInfinity ? " or Infinity" : ""}.`);
    if (!allowInfinity && !Number.isFinite(value))
      throw new TypeError(`Expected \`${name}\` to be a finite number.`);
    if (value < min)
      throw new TypeError(`Expected \`${name}\` to be \u2265 ${min}.`);
  }
}
function calculateDelay(retriesConsumed, options) {
  let attempt = Math.max(1, retriesConsumed + 1), random = options.randomize ? Math.random() + 1 : 1, timeout = Math.round(random * options.minTimeout * options.factor ** (attempt - 1));
  return timeout = Math.min(timeout, options.maxTimeout), timeout;
}
function calculateRemainingTime(start, max) {
  return Number.isFinite(max) ? max - (performance.now() - start) : max;
}
async function onAttemptFailure({ error, attemptNumber, retriesConsumed, startTime, options }) {
  let normalizedError = error instanceof Error ? error : new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);
  if (normalizedError instanceof AbortError)
    throw normalizedError.originalError;
  let retriesLeft = Number.isFinite(options.retries) ? Math.max(0, options.retries - retriesConsumed) : options.retries, maxRetryTime = options.maxRetryTime ?? Number.POSITIVE_INFINITY, context = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed
  });
  if (await options.onFailedAttempt(context), calculateRemainingTime(startTime, maxRetryTime) <= 0)
    throw normalizedError;
  let consumeRetry = await options.shouldConsumeRetry(context), remainingTime = calculateRemainingTime(startTime, maxRetryTime);
  if (remainingTime <= 0 || retriesLeft <= 0)
    throw normalizedError;
  if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
    if (consumeRetry)
      throw normalizedError;
    return options.signal?.throwIfAborted(), !1;
  }
  if (!await options.shouldRetry(context))
    throw normalizedError;
  if (!consumeRetry)
    return options.signal?.throwIfAborted(), !1;
  let delayTime = calculateDelay(retriesConsumed, options), finalDelay = Math.min(delayTime, remainingTime);
  return options.signal?.throwIfAborted(), finalDelay > 0 && await new Promise((resolve, reject) => {
    let onAbort = () => {
      clearTimeout(timeoutToken), options.signal?.removeEventListener("abort", onAbort), reject(options.signal.reason);
    }, timeoutToken = setTimeout(() => {
      options.signal?.removeEventListener("abort", onAbort), resolve();
    }, finalDelay);
    options.unref && timeoutToken.unref?.(), options.signal?.addEventListener("abort", onAbort, { once: !0 });
  }), options.signal?.throwIfAborted(), !0;
}
async function pRetry(input, options = {}) {
  if (options = { ...options }, validateRetries(options.retries), Object.hasOwn(options, "forever"))
    throw new Error("The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.");
  options.retries ??= 10, options.factor ??= 2, options.minTimeout ??= 1e3, options.maxTimeout ??= Number.POSITIVE_INFINITY, options.maxRetryTime ??= Number.POSITIVE_INFINITY, options.randomize ??= !1, options.onFailedAttempt ??= () => {
  }, options.shouldRetry ??= () => !0, options.shouldConsumeRetry ??= () => !0, validateNumberOption("factor", options.factor, { min: 0, allowInfinity: !1 }), validateNumberOption("minTimeout", options.minTimeout, { min: 0, allowInfinity: !1 }), validateNumberOption("maxTimeout", options.maxTimeout, { min: 0, allowInfinity: !0 }), validateNumberOption("maxRetryTime", options.maxRetryTime, { min: 0, allowInfinity: !0 }), options.factor > 0 || (options.factor = 1), options.signal?.throwIfAborted();
  let attemptNumber = 0, retriesConsumed = 0, startTime = performance.now();
  for (; !Number.isFinite(options.retries) || retriesConsumed <= options.retries; ) {
    attemptNumber++;
    try {
      options.signal?.throwIfAborted();
      let result2 = await input(attemptNumber);
      return options.signal?.throwIfAborted(), result2;
    } catch (error) {
      await onAttemptFailure({
        error,
        attemptNumber,
        retriesConsumed,
        startTime,
        options
      }) && retriesConsumed++;
    }
  }
  throw new Error("Retry attempts exhausted without throwing an error.");
}
var AbortError, init_p_retry = __esm({
  "node_modules/p-retry/index.js"() {
    init_is_network_error();
    AbortError = class extends Error {
      constructor(message2) {
        super(), message2 instanceof Error ? (this.originalError = message2, { message: message2 } = message2) : (this.originalError = new Error(message2), this.originalError.stack = this.stack), this.name = "AbortError", this.message = message2;
      }
    };
  }
});

// src/verify/endpoints.ts
var endpoints_exports = {};
__export(endpoints_exports, {
  BASE_URL_VARIABLES: () => BASE_URL_VARIABLES,
  displayUrl: () => displayUrl,
  hostUrl: () => hostUrl,
  keyUrl: () => keyUrl,
  mayCarryKey: () => mayCarryKey,
  resolveOverrides: () => resolveOverrides,
  under: () => under
});
function isLoopbackHost(hostname) {
  let host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost") return !0;
  let bare2 = host.replace(/^\[|\]$/g, "");
  return (0, import_node_net.isIPv4)(bare2) ? bare2.startsWith("127.") : (0, import_node_net.isIP)(bare2) === 6 ? bare2 === "::1" || /^::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(bare2) : !1;
}
function mayCarryKey(url) {
  return url.protocol === "https:" || url.protocol === "http:" && isLoopbackHost(url.hostname);
}
function displayUrl(url) {
  try {
    let u = new URL(String(url));
    return u.username = "", u.password = "", u.href.replace(/\/$/, "");
  } catch {
    return String(url).replace(/\/\/[^/@\s]*@/, "//");
  }
}
function keyUrl(value, source) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new SkguardError(`${source}: "${displayUrl(value)}" is not a URL; expected e.g. https://host`, "usage");
  }
  if (!mayCarryKey(url))
    throw new SkguardError(
      `${source}=${displayUrl(url)}: refused, ${KEY_URL_RULE}; no request was made`,
      "endpoint-policy"
    );
  return url;
}
function hostUrl(text, source) {
  let url = keyUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`, source);
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, "")}`);
}
function resolveOverrides(env) {
  let out = {};
  for (let module2 of providers) {
    let variable = baseUrlVariable(module2.id), value = env[variable];
    isCheckable(module2.check) && value !== void 0 && value.trim() !== "" && (out[module2.id] = keyUrl(value.trim(), variable));
  }
  return out;
}
function under(base, path21) {
  let url = new URL(base.href), [pathname = "", search] = path21.split("?", 2), baseParts = url.pathname.split("/").filter(Boolean), pathParts = pathname.split("/").filter(Boolean), overlap = 0;
  for (let n = Math.min(baseParts.length, pathParts.length - 1); n > 0; n--)
    if (baseParts.slice(baseParts.length - n).join("/") === pathParts.slice(0, n).join("/")) {
      overlap = n;
      break;
    }
  return url.pathname = `/${[...baseParts, ...pathParts.slice(overlap)].join("/")}`, url.search = search === void 0 ? "" : `?${search}`, url.hash = "", url;
}
var import_node_net, BASE_URL_VARIABLES, KEY_URL_RULE, init_endpoints = __esm({
  "src/verify/endpoints.ts"() {
    "use strict";
    import_node_net = require("node:net");
    init_errors();
    init_core();
    BASE_URL_VARIABLES = Object.fromEntries(
      providers.filter((p) => isCheckable(p.check)).map((p) => [p.id, baseUrlVariable(p.id)])
    ), KEY_URL_RULE = "a key is only ever sent over https, or over plain http to a loopback address (127.0.0.0/8, ::1, localhost)";
  }
});

// src/verify/check.ts
function checkRequests(module2, check, key, context, override) {
  let notCheckable = check.notCheckableRules?.[context.rule];
  if (notCheckable !== void 0) return verdict("unknown", "not_checkable", notCheckable);
  let named = namedHost(check, context), targets;
  if (override) targets = [override];
  else if (named) targets = [hostUrl(named, `${module2.name} endpoint`)];
  else if (check.base) targets = [check.base, ...check.regions ?? []].map((b) => new URL(b));
  else {
    let why = check.withoutBase ?? {
      reason: "endpoint_unknown",
      detail: `no ${module2.name} host was found beside the key: the key's status is unknown`
    };
    return verdict("unknown", why.reason, why.detail);
  }
  if (override && check.base === void 0 && !named && check.baseFromContext !== void 0) {
    let why = check.withoutBase ?? {
      reason: "endpoint_unknown",
      detail: `no ${module2.name} host was found beside the key`
    };
    return verdict("unknown", why.reason, why.detail);
  }
  let spec = { ...check.request, ...check.byRule?.[context.rule] }, headers = { ...spec.headers }, body2;
  switch (spec.auth.kind) {
    case "bearer":
      headers.authorization = `Bearer ${key}`;
      break;
    case "header":
      headers[spec.auth.name.toLowerCase()] = key;
      break;
    case "basic": {
      let user = context.context[spec.auth.userFromContext];
      if (!user)
        return verdict(
          "unknown",
          "context_missing",
          check.withoutUser ?? "the key is checked together with another credential, and none was found beside it"
        );
      headers.authorization = `Basic ${Buffer.from(`${user}:${key}`).toString("base64")}`;
      break;
    }
    case "form":
      headers["content-type"] = "application/x-www-form-urlencoded", body2 = new URLSearchParams({ [spec.auth.field]: key }).toString();
      break;
  }
  return targets.map((target) => ({
    url: under(target, spec.path),
    method: spec.method,
    headers,
    ...body2 === void 0 ? {} : { body: body2 }
  }));
}
function hostContextIndexes(check) {
  let at = check.baseFromContext;
  return at === void 0 ? [] : typeof at == "number" ? [at] : at;
}
function namedHost(check, context) {
  return hostContextIndexes(check).map((i) => context.context[i]).find((text) => text);
}
function field(json, path21) {
  if (path21 === "") return json;
  let value = json;
  for (let part of path21.split(".")) {
    if (value === null || typeof value != "object") return;
    value = value[part];
  }
  return value;
}
function keptFacts(answer, specs, facts2) {
  let success = answer.status >= 200 && answer.status < 300;
  for (let spec of specs) {
    if ((spec.status ?? "success") === "success" && !success) continue;
    let value = spec.from === "header" ? answer.headers.get(spec.path) : field(answer.json, spec.path);
    spec.count ? Array.isArray(value) && (facts2[spec.as] = value.length) : typeof value == "string" ? value !== "" && (facts2[spec.as] = untrusted(value)) : typeof value == "number" || typeof value == "boolean" || value === null ? facts2[spec.as] = value : Array.isArray(value) && value.every((v) => typeof v == "string") && (facts2[spec.as] = untrusted(value.join(", ")));
  }
  return facts2;
}
function holds(test, json) {
  let value = field(json, test.path);
  if (test.equals !== void 0 && value !== test.equals || test.matches !== void 0 && !(typeof value == "string" && test.matches.test(value))) return !1;
  if (test.le !== void 0) {
    let n = typeof value == "number" ? value : typeof value == "string" ? Number(value) : Number.NaN;
    if (!(Number.isFinite(n) && n <= test.le)) return !1;
  }
  return !0;
}
function fits(row, answer) {
  return !(typeof row.status == "number" ? [row.status] : row.status).includes(answer.status) || row.verdict === "invalid" && !isJsonObject(answer) && answer.text.trim() !== "" || row.verdict === "live" && answer.status < 300 && !isJsonObject(answer) ? !1 : (row.body ?? []).every((test) => holds(test, answer.json));
}
function phrase(template, values, facts2) {
  return template.replace(/\{(fact:)?([a-zA-Z]+)\}/g, (whole, fact, name) => fact ? String(facts2[name] ?? "?") : values[name] ?? whole);
}
function classifyAnswer(module2, check, answer, context) {
  let facts2 = keptFacts(answer, check.facts ?? [], commonFacts(answer, check.requestIdHeader ?? "x-request-id")), rotate = module2.rules.find((r) => r.id === context.rule)?.rotateUrl ?? module2.rotateUrl, name = module2.name, custom = check.classify?.(answer, { rule: context.rule, facts: facts2, name, rotate });
  if (custom) return custom;
  let endpointText = namedHost(check, context), values = {
    name,
    rotate,
    status: String(answer.status),
    message: quoted(errorOf(answer).message),
    endpoint: endpointText ? displayUrl(hostUrl(endpointText, `${name} endpoint`)) : "the endpoint"
  }, row = check.answers.find((r) => fits(r, answer));
  if (row) return verdict(row.verdict, row.reason, phrase(row.detail, values, facts2), facts2);
  let { status } = answer;
  return status >= 200 && status < 300 ? isJsonObject(answer) ? verdict("live", "ok", `${name} accepted the key: it works; if it leaked, revoke it at ${rotate}`, facts2) : unrecognised(name, answer, facts2) : status >= 300 && status < 400 ? redirected(name, answer, facts2) : status === 429 ? rateLimited(name, facts2, "; try again later") : status >= 500 ? serverTrouble(name, answer, check.statusPage ?? rotate, facts2) : unrecognised(name, answer, facts2);
}
function openaiRequest(key, base, admin, extra = {}) {
  let module2 = providerOf("openai"), rule = admin ? "openai-admin-key" : "openai-project-key", request = checkRequests(
    module2,
    module2.check,
    key,
    { provider: "openai", rule, context: [] },
    base
  )[0];
  return { ...request, headers: { ...request.headers, ...extra } };
}
var init_check = __esm({
  "src/verify/check.ts"() {
    "use strict";
    init_core();
    init_endpoints();
  }
});

// src/verify/http.ts
function proxyVariable(env, upper) {
  for (let name of [upper, upper.toLowerCase()]) {
    let value = env[name]?.trim();
    if (value) return { name, value };
  }
}
function proxyVariables(env) {
  let http = proxyVariable(env, "HTTP_PROXY"), https = proxyVariable(env, "HTTPS_PROXY") ?? http, noProxy = proxyVariable(env, "NO_PROXY");
  return { ...http ? { http } : {}, ...https ? { https } : {}, ...noProxy ? { noProxy } : {} };
}
function proxySettings(env) {
  let { http, https, noProxy } = proxyVariables(env);
  if (!(!http && !https))
    return {
      ...http ? { httpProxy: http.value } : {},
      ...https ? { httpsProxy: https.value } : {},
      ...noProxy ? { noProxy: noProxy.value } : {}
    };
}
function proxyFor(target, env) {
  let { http, https, noProxy } = proxyVariables(env), proxy = target.protocol === "https:" ? https : target.protocol === "http:" ? http : void 0;
  if (!proxy) return;
  let hostname = target.host.replace(/:\d*$/, "").toLowerCase(), port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0, value = noProxy?.value ?? "";
  if (value !== "*") {
    for (let entry of value.split(/[,\s]/)) {
      if (!entry) continue;
      let parsed = /^(.+):(\d+)$/.exec(entry), host = (parsed ? parsed[1] : entry).toLowerCase(), entryPort = parsed ? Number.parseInt(parsed[2], 10) : 0;
      if (!(entryPort && entryPort !== port) && (/^[.*]/.test(host) ? hostname.endsWith(host.replace(/^\*/, "")) : hostname === host))
        return;
    }
    return proxy;
  }
}
async function transportFetch(transport) {
  if (transport.fetch) return transport.fetch;
  let settings = proxySettings(transport.env ?? {});
  if (!settings) return globalThis.fetch;
  let id = JSON.stringify(settings), pending = proxied.get(id);
  return pending || (pending = import("./undici.js").then(({ EnvHttpProxyAgent, fetch }) => {
    let dispatcher = quietly(
      () => new EnvHttpProxyAgent({
        httpProxy: settings.httpProxy ?? "",
        httpsProxy: settings.httpsProxy ?? "",
        noProxy: settings.noProxy ?? ""
      })
    );
    return ((input, init) => fetch(input, { ...init, dispatcher }));
  }), proxied.set(id, pending)), pending;
}
function quietly(make) {
  let emit = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    (typeof rest[0] == "object" ? rest[0]?.code : rest[1]) !== "UNDICI-EHPA" && emit.call(process, warning, ...rest);
  });
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}
async function probe(request, transport, timeoutMs2) {
  let signal = AbortSignal.timeout(timeoutMs2);
  try {
    let response = await (await transportFetch(typeof transport == "function" ? { fetch: transport } : transport))(request.url, {
      method: request.method ?? "GET",
      headers: { accept: "application/json", "user-agent": "skguard-verify", ...request.headers },
      ...request.body === void 0 ? {} : { body: request.body },
      redirect: "manual",
      signal
    }), text = await readBounded(response), json;
    try {
      json = text.trim() === "" ? void 0 : JSON.parse(text);
    } catch {
      json = void 0;
    }
    return { answer: { status: response.status, headers: response.headers, text, json } };
  } catch (error) {
    return signal.aborted ? { failure: { kind: "timeout", code: "TIMEOUT", meaning: `no answer within ${seconds(timeoutMs2)}` } } : { failure: netFailure(error) };
  }
}
async function readBounded(response) {
  if (!response.body) return "";
  let reader2 = response.body.getReader(), chunks = [], size = 0;
  for (; ; ) {
    let { done, value } = await reader2.read();
    if (done) break;
    if (chunks.push(value), size += value.length, size >= 1048576) {
      await reader2.cancel().catch(() => {
      });
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}
function netFailure(error) {
  let code = errorCode(error) ?? "UNKNOWN", proxy = proxyMessage(error);
  return proxy ? { kind: "proxy", code, meaning: proxy } : { kind: classifyCode(code), code, meaning: MEANINGS[code] ?? describeTls(code) ?? "network error" };
}
function classifyCode(code) {
  return code === "TIMEOUT" ? "timeout" : code === "ENOTFOUND" || code.startsWith("EAI_") ? "dns" : isTlsCode(code) ? "tls" : "network";
}
function isTlsCode(code) {
  return /^ERR_(TLS|SSL)_|CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|^EPROTO$/.test(code);
}
function describeTls(code) {
  return isTlsCode(code) ? "TLS certificate problem" : void 0;
}
function proxyMessage(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let message2 = e.message;
    if (typeof message2 == "string" && /proxy|tunnel/i.test(message2)) {
      let status = /\((\d{3})\)/.exec(message2)?.[1];
      return status ? `the proxy answered ${status} to the tunnel request` : "the proxy refused or dropped the tunnel";
    }
  }
}
function errorCode(error) {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    let code = e.code;
    if (typeof code == "string" && code !== "") return code;
    if (e.name === "TimeoutError") return "TIMEOUT";
  }
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}
var DEFAULT_PORTS, proxied, MEANINGS, init_http = __esm({
  "src/verify/http.ts"() {
    "use strict";
    DEFAULT_PORTS = { "http:": 80, "https:": 443 };
    proxied = /* @__PURE__ */ new Map();
    MEANINGS = {
      ECONNREFUSED: "connection refused",
      ECONNRESET: "connection reset",
      EPIPE: "connection closed while sending",
      UND_ERR_SOCKET: "connection closed by the other side",
      UND_ERR_CLOSED: "connection closed",
      ETIMEDOUT: "connection timed out",
      UND_ERR_CONNECT_TIMEOUT: "connection timed out",
      EHOSTUNREACH: "host unreachable",
      ENETUNREACH: "network unreachable",
      ENOTFOUND: "host not found",
      EAI_AGAIN: "name lookup failed (temporary)",
      EAI_NONAME: "host not found",
      EAI_FAIL: "name lookup failed",
      CERT_HAS_EXPIRED: "certificate expired",
      DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed certificate",
      SELF_SIGNED_CERT_IN_CHAIN: "self-signed certificate in the chain (a TLS-inspecting proxy?)",
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: "certificate not verifiable",
      UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "certificate issuer unknown (a TLS-inspecting proxy?)",
      ERR_TLS_CERT_ALTNAME_INVALID: "certificate is for another host name",
      EPROTO: "TLS protocol error"
    };
  }
});

// src/verify/verifier.ts
function retryWait(answer) {
  return answer.status === 429 || answer.status >= 500 ? retryAfterMs(answer.headers) : void 0;
}
function failureVerdict(name, host, failure) {
  let facts2 = { errorCode: failure.code };
  switch (failure.kind) {
    case "timeout":
      return verdict(
        "unknown",
        "timeout",
        `${name} (${host}) did not answer in time (${failure.meaning}): the key's status is unknown`,
        facts2
      );
    case "dns":
      return verdict(
        "unknown",
        "dns_error",
        `could not resolve ${host} (${failure.code}, ${failure.meaning})${name.startsWith("Azure") ? ": for an Azure endpoint this means the resource does not exist" : ""}; the key's status is unknown`,
        facts2
      );
    case "tls":
      return verdict(
        "unknown",
        "tls_error",
        `TLS with ${host} failed (${failure.code}, ${failure.meaning}): the key's status is unknown; a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS`,
        facts2
      );
    case "proxy":
      return verdict(
        "unknown",
        "network_error",
        `the proxy did not carry the request to ${name} at ${host} (${failure.code}, ${failure.meaning}): the key's status is unknown`,
        facts2
      );
    default:
      return verdict(
        "unknown",
        "network_error",
        `could not reach ${name} at ${host} (${failure.code}, ${failure.meaning}): the key's status is unknown`,
        facts2
      );
  }
}
async function verifyHits(hits, options = {}) {
  let verifier = options instanceof Verifier ? options : new Verifier(options), byKey = /* @__PURE__ */ new Map();
  for (let hit of hits) {
    let list = byKey.get(hit.finding.fingerprint) ?? [];
    list.push(hit), byKey.set(hit.finding.fingerprint, list);
  }
  let verdicts = /* @__PURE__ */ new Map();
  return await Promise.all(
    [...byKey].map(async ([fp, group]) => {
      let first = group[0], context = group.find((h) => h.context?.some(Boolean))?.context, v = await verifier.verify({
        secret: first.secret,
        provider: first.finding.provider,
        rule: first.finding.rule,
        context
      });
      verdicts.set(fp, v);
      for (let h of group) h.finding.verification = v;
    })
  ), verdicts;
}
var RETRYABLE, AZURE, RetryableVerdict, Verifier, init_verifier = __esm({
  "src/verify/verifier.ts"() {
    "use strict";
    init_p_retry();
    init_core();
    init_check();
    init_endpoints();
    init_http();
    RETRYABLE = /* @__PURE__ */ new Set(["rate_limited", "server_error", "overloaded", "network_error"]), AZURE = /* @__PURE__ */ new Set(["azure-openai", "azure-ai-services"]), RetryableVerdict = class extends Error {
      constructor(verdict2, retryAfter) {
        super(`retryable verdict ${verdict2.reason}`);
        this.verdict = verdict2;
        this.retryAfter = retryAfter;
      }
      verdict;
      retryAfter;
    }, Verifier = class {
      bases;
      fetch;
      env;
      timeoutMs;
      concurrency;
      retries;
      minBackoffMs;
      maxBackoffMs;
      maxRetryAfterMs;
      azureEndpoint;
      maxKeys;
      deadline;
      budgetMs;
      cache = /* @__PURE__ */ new Map();
      active = 0;
      waiting = [];
      /** Requests made so far (every attempt counts). */
      requests = 0;
      /** Distinct keys given a check (sent, or answered at once). */
      started = 0;
      /** Keys refused by the caps, by cause. */
      skipped = { "max-keys": 0, budget: 0 };
      constructor(options = {}) {
        this.env = options.env ?? {}, this.bases = resolveOverrides(this.env), this.fetch = options.fetch, this.timeoutMs = options.timeoutMs ?? 1e4, this.concurrency = Math.max(1, options.concurrency ?? 4), this.retries = Math.max(0, options.retries ?? 2), this.minBackoffMs = options.minBackoffMs ?? 500, this.maxBackoffMs = options.maxBackoffMs ?? 4e3, this.maxRetryAfterMs = options.maxRetryAfterMs ?? 1e4, this.azureEndpoint = options.azureEndpoint, this.maxKeys = Math.max(0, options.maxKeys ?? 100), this.budgetMs = options.budgetMs ?? 12e4, this.deadline = Date.now() + this.budgetMs;
      }
      /** The verdict on one key; a key already checked in this run is not checked again. */
      verify(key) {
        let context = [...key.context ?? []], endpoint = key.endpoint ?? (AZURE.has(key.provider) ? this.azureEndpoint : void 0);
        endpoint && !context[0] && (context[0] = endpoint);
        let id = `${fingerprint(key.secret)}\0${context.join("\0")}`, pending = this.cache.get(id);
        return pending || (pending = this.limited(() => this.guarded(key, { provider: key.provider, rule: key.rule, context })).then(
          (v) => scrubbed(v, key.secret)
        ), this.cache.set(id, pending)), pending;
      }
      /** What the caps left unchecked so far. */
      unchecked() {
        let out = [];
        return this.skipped["max-keys"] > 0 && out.push({ keys: this.skipped["max-keys"], why: "max-keys", limit: this.maxKeys }), this.skipped.budget > 0 && out.push({ keys: this.skipped.budget, why: "budget", limit: this.budgetMs }), out;
      }
      async limited(task) {
        this.active >= this.concurrency && await new Promise((resolve) => this.waiting.push(resolve)), this.active++;
        try {
          return await task();
        } finally {
          this.active--, this.waiting.shift()?.();
        }
      }
      async guarded(key, context) {
        return this.started >= this.maxKeys ? (this.skipped["max-keys"]++, verdict(
          "unknown",
          "not_checked",
          `not checked: skguard checks at most ${this.maxKeys} keys per run, and this run found more; the key's status is unknown`
        )) : Date.now() >= this.deadline ? (this.skipped.budget++, verdict(
          "unknown",
          "not_checked",
          `not checked: the run's verification time (${seconds(this.budgetMs)}) ran out; the key's status is unknown`
        )) : (this.started++, this.check(key.secret, context));
      }
      async check(secret, context) {
        let module2 = providerOf(context.provider);
        if (!module2)
          return verdict(
            "unknown",
            "unsupported_key",
            `skguard cannot check ${context.provider} keys: the key's status is unknown`
          );
        if (!isCheckable(module2.check)) return verdict("unknown", "not_checkable", module2.check.notCheckable);
        let check = module2.check, requests = checkRequests(module2, check, secret, context, this.bases[module2.id]);
        if (!Array.isArray(requests)) return requests;
        let last;
        for (let request of requests)
          if (last = await this.send(module2, check, request, context), last.status !== "invalid") return last;
        return last;
      }
      async send(module2, check, request, context) {
        let host = request.url.host, attempt = async () => {
          this.requests++;
          let timeout = Math.max(1, Math.min(this.timeoutMs, this.deadline - Date.now())), result2 = await probe(request, { fetch: this.fetch, env: this.env }, timeout), v = "answer" in result2 ? classifyAnswer(module2, check, result2.answer, context) : failureVerdict(module2.name, host, result2.failure);
          if (RETRYABLE.has(v.reason))
            throw new RetryableVerdict(v, "answer" in result2 ? retryWait(result2.answer) : void 0);
          return v;
        }, backoff = (consumed) => Math.min(this.minBackoffMs * 2 ** consumed, this.maxBackoffMs), willRetry = (error, retriesLeft) => error instanceof RetryableVerdict && retriesLeft > 0 && Date.now() < this.deadline && (error.retryAfter === void 0 || error.retryAfter <= this.maxRetryAfterMs);
        try {
          return await pRetry(attempt, {
            retries: this.retries,
            factor: 2,
            minTimeout: this.minBackoffMs,
            maxTimeout: this.maxBackoffMs,
            // p-retry waits the backoff; a longer retry-after is made up here, so the wait is the larger of the two.
            onFailedAttempt: async ({ error, retriesLeft, retriesConsumed }) => {
              if (!willRetry(error, retriesLeft)) return;
              let extra = (error.retryAfter ?? 0) - backoff(retriesConsumed);
              extra > 0 && await new Promise((resolve) => setTimeout(resolve, extra));
            },
            shouldRetry: ({ error, retriesLeft }) => willRetry(error, retriesLeft)
          });
        } catch (error) {
          if (error instanceof RetryableVerdict) return error.verdict;
          throw error;
        }
      }
    };
  }
});

// src/verify/index.ts
var verify_exports = {};
__export(verify_exports, {
  Verifier: () => Verifier,
  verifyHits: () => verifyHits
});
var init_verify = __esm({
  "src/verify/index.ts"() {
    "use strict";
    init_verifier();
  }
});

// src/verify/infer.ts
var infer_exports = {};
__export(infer_exports, {
  keysFromLines: () => keysFromLines,
  ruleOfKey: () => ruleOfKey
});
function ruleOfKey(key, rules4 = builtinRules) {
  return rules4.find((rule) => new RegExp(`^(?:${rule.pattern.source})$`).test(key));
}
function keysFromLines(text, provider, rules4 = builtinRules) {
  let scanner = new Scanner(rules4), out = [];
  return text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    let keys = [], make = (rule, secret, context) => ({
      line: i + 1,
      secret,
      provider: rule.provider,
      rule: rule.id,
      context,
      redacted: redact(secret, rule.redactPrefix),
      fingerprint: fingerprint(secret)
    });
    for (let m of scanner.scan(Buffer.from(line)))
      (!provider || m.rule.provider === provider) && keys.push(make(m.rule, m.secret, m.context));
    let ambiguous;
    if (keys.length === 0) {
      let fits2 = rules4.filter((rule) => new RegExp(`^(?:${rule.pattern.source})$`).test(line)), chosen = provider ? fits2.filter((r) => r.provider === provider) : fits2, group = chosen.find((r) => r.attribution)?.attribution?.group, rivals = group ? [...new Set(rules4.filter((r) => r.attribution?.group === group).map((r) => r.provider))] : [];
      chosen[0] && (!group || provider) ? keys.push(make(chosen[0], line)) : group && (ambiguous = rivals);
    }
    out.push({ line: i + 1, keys, ...ambiguous ? { ambiguous } : {} });
  }), out;
}
var init_infer = __esm({
  "src/verify/infer.ts"() {
    "use strict";
    init_core();
  }
});

// src/verify/reach.ts
function timeoutError(what) {
  return Object.assign(new Error(`${what} timed out`), { code: "ETIMEDOUT" });
}
var import_promises, import_node_net2, import_node_tls, systemNet, init_reach = __esm({
  "src/verify/reach.ts"() {
    "use strict";
    import_promises = require("node:dns/promises"), import_node_net2 = require("node:net"), import_node_tls = require("node:tls");
    systemNet = {
      async lookup(host) {
        return (0, import_node_net2.isIP)(host.replace(/^\[|\]$/g, "")) ? [host] : (await (0, import_promises.lookup)(host, { all: !0 })).map((a) => a.address);
      },
      tcp(host, port, timeoutMs2) {
        return new Promise((resolve, reject) => {
          let socket = new import_node_net2.Socket(), timer = setTimeout(() => {
            socket.destroy(), reject(timeoutError("TCP connect"));
          }, timeoutMs2);
          socket.once("connect", () => {
            clearTimeout(timer), socket.destroy(), resolve();
          }), socket.once("error", (error) => {
            clearTimeout(timer), reject(error);
          }), socket.connect(port, host.replace(/^\[|\]$/g, ""));
        });
      },
      tls(host, port, timeoutMs2) {
        return new Promise((resolve, reject) => {
          let bare2 = host.replace(/^\[|\]$/g, ""), socket = (0, import_node_tls.connect)({
            host: bare2,
            port,
            servername: (0, import_node_net2.isIP)(bare2) ? void 0 : bare2,
            rejectUnauthorized: !0
          }), timer = setTimeout(() => {
            socket.destroy(), reject(timeoutError("TLS handshake"));
          }, timeoutMs2);
          socket.once("secureConnect", () => {
            clearTimeout(timer), socket.end(), resolve();
          }), socket.once("error", (error) => {
            clearTimeout(timer), socket.destroy(), reject(error);
          });
        });
      }
    };
  }
});

// src/verify/doctor/family.ts
function redactAny(key, rule) {
  return rule ? redact(key, rule.redactPrefix) : redact(key, PREFIXES.find((p) => key.startsWith(p)) ?? "");
}
function ownRule(module2, key) {
  return module2.rules.find((rule) => wholeMatch(rule, key));
}
function foreignRules(module2, key) {
  return builtinRules.filter((rule) => rule.provider !== module2.id && !bare(rule) && wholeMatch(rule, key));
}
function defaultRule(module2) {
  let check = module2.check;
  return module2.rules.find((r) => !isCheckable(check) || !check.notCheckableRules?.[r.id]);
}
function article(name) {
  return /^(?:[AEIOU]|xAI|NVIDIA)/.test(name) ? "an" : "a";
}
function familyCheck(module2, variable, key, add) {
  let own = ownRule(module2, key);
  if (own)
    return placeholderCheck(module2, variable, own, key, add) ? { rule: own, send: !1, why: "not checked: the value is a placeholder" } : (add({
      id: "family",
      status: "pass",
      message: `${article(module2.name)} ${module2.name} key: ${own.description} (${key.length} characters)`
    }), { rule: own, send: !0 });
  let foreign = foreignRules(module2, key);
  return foreign[0] ? (add(foreignKey(module2, variable, foreign)), { rule: foreign[0], send: !1, why: "not checked: a key is only ever sent to its own provider" }) : (shapeHint(module2, key, add), { rule: void 0, send: !0 });
}
function placeholderCheck(module2, variable, rule, key, add) {
  let body2 = key.startsWith(rule.redactPrefix) ? key.slice(rule.redactPrefix.length) : key, placeholder = rule.checks.some(
    (c) => c.kind === "entropy" && shannonEntropy(body2) < c.min || c.kind === "not-patterned" && isPatterned(body2)
  );
  return placeholder && add({
    id: "family",
    status: "fail",
    message: `${variable} holds a key-shaped placeholder (${redact(key, rule.redactPrefix)}), not a key`,
    fix: `create a key at ${module2.rotateUrl} and put it in ${variable}`
  }), placeholder;
}
function foreignKey(module2, variable, foreign) {
  let owners = [...new Set(foreign.map((r) => r.provider))].map((id) => providerOf(id)), names = owners.map((o, i) => o?.name ?? foreign[i].provider), first = foreign[0], prefix = first.redactPrefix ? ` (${first.redactPrefix}\u2026)` : "", homes = owners.flatMap((o) => o?.env[0] ? [o.env[0]] : []), whose = names.length === 1 ? `${article(names[0])} ${names[0]} key${prefix}` : `a key shaped like ${names.join(" or ")}'s${prefix}`, home = homes.length === 1 ? `put it in ${homes[0]} and use the ${names[0]} SDK; ` : homes.length > 1 ? `put it in its provider's variable (${homes.join(", ")}); ` : "";
  return {
    id: "family",
    status: "fail",
    message: `${whose} in ${variable}: ${module2.name} will reject it, so it is not sent there`,
    fix: `${home}for ${module2.name} create a key at ${module2.rotateUrl}`
  };
}
function shapeHint(module2, key, add) {
  let fix = `copy the whole key again from ${module2.rotateUrl}`, prefixed = module2.rules.filter((r) => r.redactPrefix !== "" && key.startsWith(r.redactPrefix)), prefixes = [...new Set(module2.rules.map((r) => r.redactPrefix).filter(Boolean))];
  if (prefixed.length === 0 && prefixes.length > 0 && prefixes.length === module2.rules.length) {
    add({
      id: "family",
      status: "warn",
      message: `the value does not look like ${article(module2.name)} ${module2.name} key (they start with ${prefixes.join(" or ")}; this starts with ${JSON.stringify(key.slice(0, 3))})`,
      fix
    });
    return;
  }
  let rules4 = prefixed.length > 0 ? prefixed : module2.rules, lengths = [...new Set(rules4.flatMap((r) => r.shape ? [shapeLength(r.shape)] : []))], bad = /[^A-Za-z0-9_.=+/-]/.exec(key), why = bad ? `it holds a character keys never have (${JSON.stringify(bad[0])})` : lengths.length > 0 && !lengths.includes(key.length) ? `it has ${key.length} characters where one has ${lengths.join(" or ")}` : "it fits none of their shapes", what = prefixed[0] ? `a key that starts with ${prefixed[0].redactPrefix} but` : "a value that";
  add({
    id: "family",
    status: "warn",
    message: `${what} fits no ${module2.name} key shape: ${why} (truncated or mistyped?)`,
    fix
  });
}
var PREFIXES, wholeMatch, bare, init_family = __esm({
  "src/verify/doctor/family.ts"() {
    "use strict";
    init_core();
    PREFIXES = [...new Set(builtinRules.map((r) => r.redactPrefix).filter(Boolean))].sort(
      (a, b) => b.length - a.length
    );
    wholeMatch = (rule, key) => new RegExp(`^(?:${rule.pattern.source})$`).test(key), bare = (rule) => rule.checks.some((c) => c.kind === "label-before");
  }
});

// src/verify/doctor/near-miss.ts
function stem(variable) {
  let s = squash(variable);
  for (; CREDENTIAL_WORDS.test(s) && s.replace(CREDENTIAL_WORDS, "").length >= 2; ) s = s.replace(CREDENTIAL_WORDS, "");
  return s;
}
function nearMissOwner(name) {
  if (exactNames.has(name)) return;
  let s = squash(name), owner, longest = 0;
  for (let p of providers) {
    if (variantsOf.get(p.id)?.has(s)) return p.id;
    for (let candidate of stemsOf.get(p.id) ?? [])
      new RegExp(`^${candidate}(?:AI)?(?:API|SECRET|ACCESS|AUTH)?(?:KEY|TOKEN)S?$`).test(s) && candidate.length > longest && (owner = p.id, longest = candidate.length);
  }
  return owner;
}
function isVariantOf(module2, name) {
  return !exactNames.has(name) && variantsOf.get(module2.id)?.has(squash(name)) === !0;
}
function nearMisses(module2, names) {
  return [...names].filter((name) => nearMissOwner(name) === module2.id);
}
var ALIASES, squash, CREDENTIAL_WORDS, exactNames, variantsOf, stemsOf, init_near_miss = __esm({
  "src/verify/doctor/near-miss.ts"() {
    "use strict";
    init_core();
    ALIASES = {
      anthropic: ["CLAUDE"],
      xai: ["GROK"],
      "aws-bedrock": ["BEDROCK", "AWSBEDROCK"]
    }, squash = (name) => name.toUpperCase().replace(/[^A-Z0-9]/g, ""), CREDENTIAL_WORDS = /(?:KEY|TOKEN|SECRET|API|AUTH|OAUTH|HUB|ACCESS)$/;
    exactNames = new Set(providers.flatMap((p) => p.env)), variantsOf = new Map(providers.map((p) => [p.id, new Set(p.env.map(squash))])), stemsOf = new Map(
      providers.map((p) => [p.id, [.../* @__PURE__ */ new Set([...p.env.map(stem), squash(p.name), ...ALIASES[p.id] ?? []])]])
    );
  }
});

// src/verify/doctor/live.ts
function liveStatus(verdict2) {
  return verdict2.status === "live" ? LIVE_BUT_FAILING.has(verdict2.reason) ? "fail" : verdict2.reason === "ok" ? "pass" : "warn" : verdict2.status === "invalid" || REFUSED_HERE.has(verdict2.reason) ? "fail" : verdict2.reason === "not_checkable" ? "skip" : "unknown";
}
function liveFix(verdict2, module2, variable) {
  let template = (module2.id === "openai" ? OPENAI_FIXES[verdict2.reason] : void 0) ?? FIXES[verdict2.reason];
  if (!template) return;
  let check = isCheckable(module2.check) ? module2.check : void 0, context = [...new Set((check?.contextEnv ?? []).map((names) => names[0]))].filter(Boolean).join(" and ");
  return template.replaceAll("{rotate}", module2.rotateUrl).replaceAll("{variable}", variable).replaceAll("{context}", context || "what the key is used with").replaceAll("{status}", check?.statusPage ? ` (${check.statusPage})` : "");
}
function liveCheck(verdict2, module2, variable) {
  let status = liveStatus(verdict2), fix = status === "pass" ? void 0 : liveFix(verdict2, module2, variable);
  return { id: "live", status, message: verdict2.detail, ...fix ? { fix } : {} };
}
var FIXES, OPENAI_FIXES, REFUSED_HERE, LIVE_BUT_FAILING, init_live = __esm({
  "src/verify/doctor/live.ts"() {
    "use strict";
    init_core();
    init_openai();
    FIXES = {
      invalid_api_key: "create a new key at {rotate} and put it in {variable} (a revoked or deleted key never comes back)",
      revoked: "create a new key at {rotate} and put it in {variable}",
      expired: "create a new key at {rotate} and put it in {variable}",
      key_disabled: "enable the key again at {rotate}, or create a new one",
      key_blocked: "the key or its team is blocked: see {rotate}, or create a key in a team in good standing",
      account_deactivated: "the account is deactivated: check the e-mail from the provider, or use a key of an active account",
      insufficient_quota: "add credit to the account (see {rotate}) and retry; new credit can take a few minutes",
      missing_scopes: "the key is restricted: give it the permissions your app needs at {rotate}",
      permission_denied: "the key is restricted: check what it may do at {rotate}",
      rate_limited: "wait and retry with backoff",
      ip_not_allowed: "add this network's IP address to the allow-list, or run from an allowed network",
      region_blocked: "the provider does not serve requests from here: run from a supported region",
      missing_api_key: "something between you and the provider drops the key header: check the proxy or gateway",
      server_error: "the provider is in trouble: retry later{status}",
      overloaded: "the provider is overloaded: retry later",
      timeout: "check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the firewall, then retry",
      network_error: "check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the firewall, then retry",
      dns_error: "check the host name and DNS; behind a corporate proxy set HTTPS_PROXY",
      tls_error: "trust the TLS-inspecting proxy CA: NODE_EXTRA_CA_CERTS, SSL_CERT_FILE or REQUESTS_CA_BUNDLE",
      redirected: "a redirect is not followed (the key would go along): check where requests go",
      endpoint_unknown: "set {context} so that the key can be checked against its resource",
      context_missing: "set {context}: the key is checked together with it",
      unrecognised: "retry later; if it persists, check the provider status{status}"
    }, OPENAI_FIXES = {
      insufficient_quota: `add credit at ${OPENAI_URLS.billing} and check the usage limits at ${OPENAI_URLS.limits} (new credit can take a few minutes)`,
      missing_scopes: `the key is restricted: give it the permissions your app needs (Models: Read for /v1/models) at ${OPENAI_URLS.keys}`,
      rate_limited: `wait and retry with backoff; see your rate limits at ${OPENAI_URLS.limits}`,
      ip_not_allowed: `add this network's IP address to the project's IP allow-list (${OPENAI_URLS.projects}) or run from an allowed network`,
      region_blocked: `OpenAI does not serve requests from here: see ${OPENAI_URLS.regions}`,
      account_deactivated: "the account is deactivated: check the account e-mail from OpenAI, contact support, or use a key of an active account",
      server_error: `OpenAI is in trouble: see ${OPENAI_URLS.status} and retry later`,
      redirected: "OPENAI_BASE_URL probably points at a web page rather than the API: check it",
      unrecognised: `retry later; if it persists see ${OPENAI_URLS.status}`
    }, REFUSED_HERE = /* @__PURE__ */ new Set(["region_blocked", "ip_not_allowed"]), LIVE_BUT_FAILING = /* @__PURE__ */ new Set(["insufficient_quota"]);
  }
});

// src/verify/doctor/openai-endpoint.ts
function requestTarget(env, override, add) {
  env.OPENAI_API_BASE && !env.OPENAI_BASE_URL && add({
    id: "endpoint",
    status: "warn",
    message: "OPENAI_API_BASE is set, but only openai-python before 1.0 reads it",
    fix: "rename it to OPENAI_BASE_URL, which current SDKs read"
  });
  let raw = env.OPENAI_BASE_URL?.trim(), api = new URL(DEFAULT_OPENAI_API), sendable = !0;
  if (raw) {
    let url;
    try {
      url = new URL(raw);
    } catch {
      add({
        id: "endpoint",
        status: "fail",
        message: `OPENAI_BASE_URL is not a URL (${displayUrl(raw)})`,
        fix: `set it to a full URL such as ${DEFAULT_OPENAI_API}, or unset it`
      });
    }
    if (url) {
      let shown = displayUrl(url);
      mayCarryKey(url) ? url.host === "api.openai.com" ? add({
        id: "endpoint",
        status: /\/v1\/?$/.test(url.pathname) ? "pass" : "warn",
        message: `requests go to ${shown} (OPENAI_BASE_URL)`,
        .../\/v1\/?$/.test(url.pathname) ? {} : { fix: `the OpenAI API lives under /v1: set OPENAI_BASE_URL=${DEFAULT_OPENAI_API}, or unset it` }
      }) : add({
        id: "endpoint",
        status: "warn",
        message: `requests go to ${shown} (OPENAI_BASE_URL), not to api.openai.com: the key must be one that this service accepts`,
        fix: "unset OPENAI_BASE_URL to talk to OpenAI directly"
      }) : (sendable = override !== void 0, add({
        id: "endpoint",
        status: "fail",
        message: `OPENAI_BASE_URL=${shown}: requests go over plain http, so the key travels in clear text`,
        fix: "use https (plain http is fine only for a server on this machine)"
      })), api = url;
    }
  } else
    add({
      id: "endpoint",
      status: "pass",
      message: `requests go to ${DEFAULT_OPENAI_API} (the default; OPENAI_BASE_URL is not set)`
    });
  return override ? (add({
    id: "endpoint",
    status: "pass",
    message: `skguard's own checks go to ${displayUrl(override)} (${BASE_URL_VARIABLES.openai})`
  }), { sdk: api, api: under(override, "/v1"), sendable }) : { sdk: api, api, sendable };
}
var DEFAULT_OPENAI_API, init_openai_endpoint = __esm({
  "src/verify/doctor/openai-endpoint.ts"() {
    "use strict";
    init_endpoints();
    DEFAULT_OPENAI_API = "https://api.openai.com/v1";
  }
});

// src/verify/doctor/route.ts
async function routeChecks(target, env, net2, timeoutMs2, add) {
  let proxy = proxyFor(target, env), { http, https, noProxy } = proxyVariables(env);
  if (!proxy) {
    let set = https ?? http;
    if (set) {
      let why = target.protocol === "http:" && !http ? "plain http only goes through HTTP_PROXY, which is not set" : `${noProxy?.name ?? "NO_PROXY"} names it`;
      add({
        id: "proxy",
        status: "pass",
        message: `${set.name} (${displayUrl(set.value)}) is set, but requests to ${target.hostname} go direct: ${why}`
      });
    } else {
      let all = ["ALL_PROXY", "all_proxy"].find((n) => env[n]?.trim());
      all && add({
        id: "proxy",
        status: "warn",
        message: `${all} (${displayUrl(env[all] ?? "")}) is set: curl and Python's httpx send requests through it, but Node and skguard go direct`,
        fix: "behind a proxy, set HTTPS_PROXY (and HTTP_PROXY) as well: every client reads those"
      });
    }
    return steps(target, net2, timeoutMs2, add);
  }
  let proxyUrl;
  try {
    proxyUrl = new URL(proxy.value);
  } catch {
    proxyUrl = void 0;
  }
  if (!proxyUrl || !/^https?:$/.test(proxyUrl.protocol) || proxyUrl.pathname !== "/" || proxyUrl.search || proxyUrl.hash)
    return add({
      id: "proxy",
      status: "unknown",
      message: `${proxy.name}=${displayUrl(proxy.value)} is not a proxy URL: requests cannot go through it`,
      fix: `write it as scheme, host and port only: ${proxy.name}=http://host:port`
    }), !1;
  add({
    id: "proxy",
    status: "pass",
    message: `requests to ${target.hostname} go through the proxy ${displayUrl(proxyUrl)} (${proxy.name}), and so does skguard's live check`
  });
  let reached = await steps(proxyUrl, net2, timeoutMs2, add, "the proxy ");
  return reached && add({
    id: "tls",
    status: "skip",
    message: `${target.hostname} is reached through the proxy's tunnel: the live check below tells whether it answers`
  }), reached;
}
async function steps(target, net2, timeoutMs2, add, what = "") {
  let host = target.hostname, port = Number(target.port || (target.protocol === "https:" ? 443 : 80)), proxied2 = what !== "", failed = (id, message2, error, fix) => {
    let f = netFailure(error);
    return add({ id, status: "unknown", message: `${message2}: ${f.code} (${f.meaning})`, fix }), !1;
  };
  try {
    let addresses = await net2.lookup(host), literal = (0, import_node_net3.isIP)(host.replace(/^\[|\]$/g, "")) !== 0;
    add({
      id: "dns",
      status: "pass",
      message: literal ? `${what}${host} is an IP address: no lookup needed` : `${what}${host} resolves (${addresses.slice(0, 3).join(", ")})`
    });
  } catch (error) {
    return failed(
      "dns",
      `${what}${host} does not resolve`,
      error,
      proxied2 ? "check the proxy host name in HTTPS_PROXY / HTTP_PROXY, and your DNS settings" : "check the host name, your DNS settings and network connection; behind a corporate proxy set HTTPS_PROXY"
    );
  }
  try {
    await net2.tcp(host, port, timeoutMs2), add({ id: "tcp", status: "pass", message: `${what}${host}:${port} accepts connections` });
  } catch (error) {
    return failed(
      "tcp",
      `cannot connect to ${what}${host}:${port}`,
      error,
      proxied2 ? "check the proxy address and port, and that the proxy is running" : "a firewall or VPN may block it; behind a corporate proxy set HTTPS_PROXY"
    );
  }
  if (proxied2) return !0;
  if (target.protocol !== "https:")
    return add({ id: "tls", status: "skip", message: `plain http to ${host} (loopback): no TLS` }), !0;
  try {
    await net2.tls(host, port, timeoutMs2), add({ id: "tls", status: "pass", message: `TLS with ${host} works and its certificate is valid` });
  } catch (error) {
    return failed(
      "tls",
      `TLS with ${host} failed`,
      error,
      "a TLS-inspecting proxy or antivirus needs its CA certificate trusted: NODE_EXTRA_CA_CERTS (Node), SSL_CERT_FILE or REQUESTS_CA_BUNDLE (Python)"
    );
  }
  return !0;
}
var import_node_net3, init_route = __esm({
  "src/verify/doctor/route.ts"() {
    "use strict";
    import_node_net3 = require("node:net");
    init_endpoints();
    init_http();
  }
});

// src/verify/dotenv.ts
function parseDotenv(text) {
  let out = /* @__PURE__ */ new Map(), lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let m = LINE.exec(lines[i]);
    if (!m) continue;
    let name = m[1], line = i + 1, rest = m[2], quote = rest[0];
    if (quote === '"' || quote === "'" || quote === "`") {
      let body2 = rest.slice(1);
      for (; !hasClosing(body2, quote) && i + 1 < lines.length; ) body2 += `
${lines[++i]}`;
      let end = closingAt(body2, quote), value = end >= 0 ? body2.slice(0, end) : body2;
      quote === '"' && (value = value.replace(/\\n/g, `
`).replace(/\\r/g, "\r").replace(/\\"/g, '"')), out.set(name, { value, line });
      continue;
    }
    rest = rest.replace(/\s+#.*$/, "").replace(/^#.*$/, ""), out.set(name, { value: rest.trim(), line });
  }
  return out;
}
function closingAt(body2, quote) {
  for (let i = 0; i < body2.length; i++) {
    if (body2[i] === "\\" && quote === '"') {
      i++;
      continue;
    }
    if (body2[i] === quote) return i;
  }
  return -1;
}
function hasClosing(body2, quote) {
  return closingAt(body2, quote) >= 0;
}
var LINE, init_dotenv = __esm({
  "src/verify/dotenv.ts"() {
    "use strict";
    LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
  }
});

// src/verify/doctor/sources.ts
function readSources(input) {
  if (input.envFile !== void 0) {
    let file = import_node_path.default.resolve(input.cwd, input.envFile), text;
    try {
      text = (0, import_node_fs.readFileSync)(file, "utf8");
    } catch (e) {
      let code = e.code;
      throw new SkguardError(
        `--dotenv ${input.envFile}: ${code === "ENOENT" ? "file not found" : code ?? "unreadable"}`,
        "usage"
      );
    }
    return { env: input.env, file: { name: input.envFile, vars: parseDotenv(text) } };
  }
  let dotenvPath = import_node_path.default.join(input.cwd, ".env"), dotenv = (0, import_node_fs.existsSync)(dotenvPath) ? safeParse(dotenvPath) : void 0;
  return { env: input.env, ...dotenv ? { dotenv } : {} };
}
function safeParse(file) {
  try {
    return parseDotenv((0, import_node_fs.readFileSync)(file, "utf8"));
  } catch {
    return;
  }
}
function appEnv(sources) {
  if (!sources.file) return sources.env;
  let env = { ...sources.env };
  for (let [name, entry] of sources.file.vars) env[name] = entry.value;
  return env;
}
function visibleNames(sources) {
  let names = /* @__PURE__ */ new Map();
  if (sources.file) {
    for (let name of sources.file.vars.keys()) names.set(name, sources.file.name);
    return names;
  }
  for (let [name, value] of Object.entries(sources.env)) value !== void 0 && names.set(name, "environment");
  for (let name of sources.dotenv?.keys() ?? []) names.has(name) || names.set(name, "./.env");
  return names;
}
function lookup2(sources, name, keySource) {
  let value = (keySource === sources.file?.name ? sources.file?.vars.get(name)?.value : keySource === "./.env" ? sources.dotenv?.get(name)?.value : void 0) ?? sources.env[name];
  return value?.trim() ? value.trim() : void 0;
}
function isSet(sources, name) {
  return sources.file ? sources.file.vars.has(name) : sources.env[name] !== void 0 || sources.dotenv?.has(name) === !0;
}
function assignment(module2, variable) {
  let prefix = module2.rules.find((r) => r.redactPrefix !== "")?.redactPrefix ?? "";
  return `${variable}=${prefix}\u2026`;
}
function findValue(module2, variable, sources, add) {
  let fromEnv = sources.env[variable], names = visibleNames(sources), missingFix = `create a key at ${module2.rotateUrl} and export ${assignment(module2, variable)} (or put it in .env and load it); run doctor with --dotenv FILE to check a file`;
  if (sources.file) {
    let { name, vars } = sources.file, entry = vars.get(variable);
    return entry ? (add({ id: "variable", status: "pass", message: `${variable} is set in ${name} (line ${entry.line})` }), fromEnv !== void 0 && fromEnv !== entry.value && add({
      id: "dotenv",
      status: "warn",
      message: `the environment also sets ${variable}, to a different value: dotenv and node --env-file keep the environment's value`,
      fix: `unset ${variable} in the shell (unset ${variable}) or make both the same`
    }), { value: entry.value, source: name }) : (add({
      id: "variable",
      status: "fail",
      message: `${name} does not set ${variable}${nearMissText(module2, names)}`,
      fix: nearMissFix(module2, variable, names) ?? `add a line ${assignment(module2, variable)} to ${name}`
    }), { value: void 0, source: void 0 });
  }
  let inDotenv = sources.dotenv?.get(variable);
  return fromEnv === void 0 ? inDotenv ? (add({
    id: "variable",
    status: "fail",
    message: `${variable} is not set in the environment, but ./.env sets it (line ${inDotenv.line}): nothing loaded the file`,
    fix: 'the SDKs do not read .env themselves: load it (python-dotenv load_dotenv(), node --env-file=.env, import "dotenv/config") or export the variable; the value in ./.env is diagnosed below'
  }), { value: inDotenv.value, source: "./.env" }) : (add({
    id: "variable",
    status: "fail",
    message: `${variable} is not set${nearMissText(module2, names)}`,
    fix: nearMissFix(module2, variable, names) ?? missingFix
  }), { value: void 0, source: void 0 }) : (add({ id: "variable", status: "pass", message: `${variable} is set in the environment` }), inDotenv && inDotenv.value !== fromEnv && add({
    id: "dotenv",
    status: "warn",
    message: `./.env sets a different ${variable} (line ${inDotenv.line}): dotenv loaders keep the environment's value, so the .env one is ignored`,
    fix: "remove one of the two, or make them the same"
  }), { value: fromEnv, source: "environment" });
}
function nearMissText(module2, names) {
  let found = nearMisses(module2, names.keys()).map(
    (n) => names.get(n) === "environment" ? n : `${n} (in ${names.get(n)})`
  );
  return found.length ? `; found ${found.join(", ")} instead` : "";
}
function nearMissFix(module2, variable, names) {
  let [found] = nearMisses(module2, names.keys());
  if (found)
    return `rename ${found} to ${variable}: the ${module2.name} SDKs read ${module2.env.join(" or ")}`;
}
var import_node_fs, import_node_path, init_sources = __esm({
  "src/verify/doctor/sources.ts"() {
    "use strict";
    import_node_fs = require("node:fs"), import_node_path = __toESM(require("node:path"), 1);
    init_errors();
    init_dotenv();
    init_near_miss();
  }
});

// src/verify/doctor/provider.ts
async function liveStep(run, module2, variable, key, rule, out, add) {
  let check = module2.check;
  if (!isCheckable(check)) {
    let v2 = verdict("unknown", "not_checkable", check.notCheckable);
    out.verification = v2, add(liveCheck(v2, module2, variable));
    return;
  }
  let context = contextOf(run, check, out.source, add);
  if (context === void 0) {
    add({ id: "live", status: "skip", message: "not checked: the key would be sent in clear text" });
    return;
  }
  let ruleId = rule?.id ?? "", requests = checkRequests(
    module2,
    check,
    key,
    { provider: module2.id, rule: ruleId, context },
    run.overrides[module2.id]
  );
  if (!Array.isArray(requests)) {
    out.verification = requests, add(liveCheck(requests, module2, variable));
    return;
  }
  let target = requests[0].url;
  if (out.target = displayUrl(target), !await routeChecks(target, run.env, run.net, run.timeoutMs, add)) {
    add({ id: "live", status: "skip", message: `not checked: ${target.host} could not be reached from here` });
    return;
  }
  let v = await run.verifier.verify({ secret: key, provider: module2.id, rule: ruleId, context });
  out.verification = v, add(liveCheck(v, module2, variable));
}
function contextOf(run, check, keySource, add) {
  let hostIndexes = hostContextIndexes(check), context = [], refused = !1;
  return (check.contextEnv ?? []).forEach((names, i) => {
    let name = names.find((n) => lookup2(run.sources, n, keySource) !== void 0), value = name === void 0 ? void 0 : lookup2(run.sources, name, keySource);
    if (context[i] = value ?? "", !(name === void 0 || value === void 0)) {
      if (!hostIndexes.includes(i)) {
        add({ id: "context", status: "pass", message: `${name} is set: the check sends it with the key` });
        return;
      }
      try {
        add({ id: "endpoint", status: "pass", message: `${name} names ${displayUrl(hostUrl(value, name))}` });
      } catch (error) {
        if (!(error instanceof SkguardError)) throw error;
        refused = !0, add({
          id: "endpoint",
          status: "fail",
          message: error.message,
          fix: `use https in ${name} (plain http is fine only for a server on this machine)`
        });
      }
    }
  }), refused ? void 0 : context;
}
var diagnoseProvider, init_provider = __esm({
  "src/verify/doctor/provider.ts"() {
    "use strict";
    init_errors();
    init_core();
    init_check();
    init_endpoints();
    init_family();
    init_live();
    init_route();
    init_sources();
    diagnoseProvider = async (run, module2, variable, key, out, add) => {
      let family = familyCheck(module2, variable, key, add);
      if (!family.send) {
        add({ id: "live", status: "skip", message: family.why ?? "not checked" });
        return;
      }
      await liveStep(run, module2, variable, key, family.rule ?? defaultRule(module2), out, add);
    };
  }
});

// src/verify/doctor/openai.ts
function modelsUrl(api) {
  return under(api, "/models");
}
function apiRoot(api) {
  let root = new URL(api.href);
  return root.pathname = root.pathname.replace(/\/v1\/?$/, ""), root;
}
function openaiLive(verdict2, module2, variable, admin, elsewhere) {
  let line = liveCheck(verdict2, module2, variable);
  return line.status !== "pass" ? line : elsewhere ? {
    id: "live",
    status: "warn",
    message: `${elsewhere} answered 200 to GET /models: some services answer that without checking the key`,
    fix: "make one real request to be sure, or unset OPENAI_BASE_URL to check against OpenAI"
  } : admin ? { ...line, status: "warn" } : line;
}
function openaiFamily(module2, variable, key, sdk, add) {
  let own = ownRule(module2, key);
  if (own?.id === "openai-admin-key" || !own && isOpenaiAdminKey(key))
    return add({
      id: "family",
      status: "fail",
      message: `an OpenAI admin key (sk-admin-, ${key.length} characters): it manages the organisation and cannot call the model APIs`,
      fix: `create a project key at ${OPENAI_URLS.keys} for API calls; keep admin keys for the administration API`
    }), { admin: !0 };
  if (own)
    return placeholderCheck(module2, variable, own, key, add) ? void 0 : (add({ id: "family", status: "pass", message: `an OpenAI key: ${own.description} (${key.length} characters)` }), { admin: !1 });
  let via = providers.find(
    (p) => p.id !== "openai" && isCheckable(p.check) && hostsOf(p).includes(sdk.hostname) && ownRule(p, key)
  );
  if (via)
    return add({
      id: "family",
      status: "pass",
      message: `${article(via.name)} ${via.name} key, and OPENAI_BASE_URL points at ${sdk.hostname}: that works`
    }), { via, rule: ownRule(via, key) };
  if (/^[0-9a-f]{32}$/.test(key)) {
    add({
      id: "family",
      status: "fail",
      message: `an Azure OpenAI key in ${variable}: api.openai.com does not accept Azure keys`,
      fix: "use the AzureOpenAI client with AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT (and OPENAI_API_VERSION)"
    });
    return;
  }
  let foreign = foreignRules(module2, key);
  if (foreign[0]) {
    let line = foreignKey(module2, variable, foreign);
    add({
      ...line,
      fix: `${line.fix}; or, to use it through the OpenAI SDK, point OPENAI_BASE_URL at its provider's OpenAI-compatible endpoint`
    });
    return;
  }
  return shapeHint2(key, add), { admin: !1 };
}
function hostsOf(module2) {
  let check = module2.check;
  return !isCheckable(check) || !check.base ? [] : [check.base, ...check.regions ?? []].map((b) => new URL(b).hostname);
}
function shapeHint2(key, add) {
  if (!key.startsWith("sk-")) {
    add({
      id: "family",
      status: "warn",
      message: `the value does not look like an OpenAI key (they start with sk-; this starts with ${JSON.stringify(key.slice(0, 3))})`,
      fix: `copy the key again from ${OPENAI_URLS.keys}`
    });
    return;
  }
  let expected = [
    ["sk-proj-", [56, 132, 164]],
    ["sk-svcacct-", [167, 151]],
    ["sk-admin-", [133, 165]],
    ["sk-None-", [56]],
    ["sk-", [51]]
  ], [prefix, lengths] = expected.find(([p]) => key.startsWith(p)), bad = /[^A-Za-z0-9_-]/.exec(key), why = bad ? `it holds a character keys never have (${JSON.stringify(bad[0])})` : key.includes("T3BlbkFJ") ? `it has ${key.length} characters where a ${prefix} key has ${lengths.join(" or ")}` : "it lacks the T3BlbkFJ signature every OpenAI key carries";
  add({
    id: "family",
    status: "warn",
    message: `an sk- key of no known OpenAI shape: ${why} (truncated or mistyped?)`,
    fix: `copy the whole key again from ${OPENAI_URLS.keys}`
  });
}
function modelCheck(model, answer, add) {
  if (answer?.status !== 200) {
    add({ id: "model", status: "skip", message: "not checked: the live check returned no model list" });
    return;
  }
  let ids = modelIds(answer);
  if (ids.includes(model)) {
    add({ id: "model", status: "pass", message: `${model} is in the key's model list (${ids.length} models)` });
    return;
  }
  let near = ids.filter((id) => id.startsWith(model.split("-")[0] ?? "")).slice(0, 5);
  add({
    id: "model",
    status: "fail",
    message: `${model} is not in the key's model list (${ids.length} models)${near.length ? `; similar: ${near.join(", ")}` : ""}`,
    fix: `check the model name's spelling, and the project's model access at ${OPENAI_URLS.limits}`
  });
}
async function orgProjectChecks(key, env, api, admin, first, transport, timeoutMs2, add) {
  let org = env.OPENAI_ORG_ID?.trim() || env.OPENAI_ORGANIZATION?.trim() || void 0, orgName = env.OPENAI_ORG_ID?.trim() ? "OPENAI_ORG_ID" : "OPENAI_ORGANIZATION", project = env.OPENAI_PROJECT_ID?.trim() || void 0;
  if (!org && !project) return;
  org && !org.startsWith("org-") && add({
    id: "organization",
    status: "warn",
    message: `${orgName}=${org} does not look like an organization id (org-\u2026)`,
    fix: `copy the id from ${OPENAI_URLS.organization}, or unset ${orgName}`
  }), project && !project.startsWith("proj_") && add({
    id: "project",
    status: "warn",
    message: `OPENAI_PROJECT_ID=${project} does not look like a project id (proj_\u2026)`,
    fix: `copy the id from ${OPENAI_URLS.projects}, or unset OPENAI_PROJECT_ID`
  });
  let headers = {};
  org && (headers["openai-organization"] = org), project && (headers["openai-project"] = project);
  let request = openaiRequest(key, apiRoot(api), admin, headers);
  admin || (request.url = modelsUrl(api));
  let result2 = await probe(request, transport, timeoutMs2), answer = "answer" in result2 ? result2.answer : void 0, v = answer ? classifyOpenai(answer, admin) : void 0, seenOrg = answer?.headers.get("openai-organization") ?? first?.headers.get("openai-organization") ?? void 0, seenProject = answer?.headers.get("openai-project") ?? first?.headers.get("openai-project") ?? void 0;
  if (org && (v?.reason === "mismatched_organization" || seenOrg?.startsWith("org-") && seenOrg !== org ? add({
    id: "organization",
    status: "fail",
    message: `${orgName}=${org}, but the key belongs to ${seenOrg?.startsWith("org-") ? seenOrg : "another organization"}: requests sent with it fail`,
    fix: `set ${orgName} to the key's organization (${OPENAI_URLS.organization}) or unset it`
  }) : v && v.status === "live" && add({ id: "organization", status: "pass", message: `OpenAI accepts the key with ${orgName}=${org}` })), project && (v?.reason === "mismatched_project" || seenProject?.startsWith("proj_") && seenProject !== project ? add({
    id: "project",
    status: "fail",
    message: `OPENAI_PROJECT_ID=${project}, but the key belongs to ${seenProject?.startsWith("proj_") ? seenProject : "another project"}: requests sent with it fail`,
    fix: `set OPENAI_PROJECT_ID to the key's project (${OPENAI_URLS.projects}) or unset it; a project key already names its project`
  }) : v && v.status === "live" && add({ id: "project", status: "pass", message: `OpenAI accepts the key with OPENAI_PROJECT_ID=${project}` })), v && v.status !== "live" && v.reason !== "mismatched_organization" && v.reason !== "mismatched_project") {
    let status = liveStatus(v) === "fail" ? "fail" : "unknown";
    add({
      id: org ? "organization" : "project",
      status,
      message: `with the organization/project headers the SDK sends, OpenAI answers differently: ${v.detail}`,
      fix: `check ${[org ? orgName : "", project ? "OPENAI_PROJECT_ID" : ""].filter(Boolean).join(" and ")}, or unset them`
    });
  }
  !answer && "failure" in result2 && add({
    id: org ? "organization" : "project",
    status: "unknown",
    message: `could not check the organization/project headers: ${result2.failure.meaning}`
  });
}
var diagnoseOpenai, init_openai2 = __esm({
  "src/verify/doctor/openai.ts"() {
    "use strict";
    init_core();
    init_openai();
    init_check();
    init_endpoints();
    init_http();
    init_verifier();
    init_family();
    init_live();
    init_openai_endpoint();
    init_provider();
    init_route();
    diagnoseOpenai = async (run, module2, variable, key, out, add) => {
      let override = run.overrides.openai, where = requestTarget(run.appEnv, override, add), family = openaiFamily(module2, variable, key, where.sdk, add);
      if (!family) {
        add({ id: "live", status: "skip", message: "not checked: the variable does not hold an OpenAI key" });
        return;
      }
      if (!where.sendable) {
        add({ id: "live", status: "skip", message: "not checked: the key would be sent in clear text" });
        return;
      }
      if (family.via) {
        await liveStep(run, family.via, variable, key, family.rule, out, add);
        return;
      }
      let target = where.api;
      if (out.target = displayUrl(target), !await routeChecks(target, run.env, run.net, run.timeoutMs, add)) {
        add({ id: "live", status: "skip", message: `not checked: ${target.host} could not be reached from here` });
        return;
      }
      let transport = { fetch: run.fetch, env: run.env }, admin = family.admin, request = openaiRequest(key, apiRoot(target), admin);
      admin || (request.url = modelsUrl(target));
      let result2 = await probe(request, transport, run.timeoutMs), answer = "answer" in result2 ? result2.answer : void 0, verdict2 = scrubbed(
        answer ? classifyOpenai(answer, admin) : failureVerdict("OpenAI", target.host, result2.failure),
        key
      );
      out.verification = verdict2;
      let elsewhere = !override && target.hostname !== "api.openai.com" ? target.host : void 0;
      add(openaiLive(verdict2, module2, variable, admin, elsewhere)), verdict2.status === "live" && await orgProjectChecks(key, run.appEnv, target, admin, answer, transport, run.timeoutMs, add), run.model !== void 0 && modelCheck(run.model, admin ? void 0 : answer, add);
    };
  }
});

// src/verify/doctor/value.ts
function cleanValue(raw, module2, variable, add) {
  let problems = [], fixes = [], v = raw;
  if (v.trim() === "")
    return add({
      id: "value",
      status: "fail",
      message: `${variable} is set but empty`,
      fix: `put the key in it: ${assignment(module2, variable)}`
    }), "";
  /[\r\n]/.test(v.trim()) ? (problems.push("a line break inside the value"), fixes.push("join the key on one line (it was wrapped when pasted)")) : /[\r\n]/.test(v) && (problems.push("a line break at its end"), fixes.push('remove the trailing newline (e.g. use $(cat file | tr -d "\\n"))'));
  let unbroken = v.replace(/^[\r\n]+|[\r\n]+$/g, "");
  unbroken !== unbroken.trim() && (problems.push(/^\s/.test(unbroken) ? "leading whitespace" : "trailing whitespace"), fixes.push("remove the spaces around the key")), v = v.trim(), (/^(["'`\u201c\u2018])[\s\S]*(["'`\u201d\u2019])$/.exec(v) || /^["'`]|["'`]$/.test(v)) && (problems.push("quotes around it (they become part of the key)"), fixes.push(
    "remove the quotes; in a .env file they are fine, in docker --env-file, systemd or a Windows set command they are not"
  ), v = v.replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, "").trim()), /^bearer\s+/i.test(v) && (problems.push('a "Bearer " prefix (the SDK adds it)'), fixes.push('drop "Bearer ": the variable holds the key alone'), v = v.replace(/^bearer\s+/i, ""));
  let invisible = [...v].find((c) => INVISIBLE2.test(c) || c in NAMES);
  if (invisible) {
    let at = [...v].indexOf(invisible) + 1;
    problems.push(
      `${NAMES[invisible] ?? `an invisible character (U+${invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")})`} at character ${at}`
    ), fixes.push("retype or re-copy the key from the dashboard; rich-text editors and chat apps insert such characters"), v = [...v].filter((c) => !(INVISIBLE2.test(c) || c in NAMES)).join("");
  }
  return /\s/.test(v) && (problems.push("whitespace inside the key"), fixes.push("remove the spaces: a key is one unbroken string"), v = v.replace(/\s+/g, "")), isPlaceholder(v, module2) ? (add({
    id: "value",
    status: "fail",
    message: `${variable} holds a placeholder (${redactAny(v, void 0)}), not a key`,
    fix: `create a key at ${module2.rotateUrl} and put it in ${variable}`
  }), "") : (problems.length > 0 ? add({
    id: "value",
    status: "fail",
    message: `the value has ${problems.join(", ")}: ${module2.name} receives a different string than the key`,
    fix: [...new Set(fixes)].join("; ")
  }) : add({
    id: "value",
    status: "pass",
    message: 'the value is clean: no quotes, spaces, "Bearer " prefix or line breaks'
  }), v);
}
function isPlaceholder(value, module2) {
  let prefix = ["sk-", ...module2.rules.map((r) => r.redactPrefix)].filter(Boolean).sort((a, b) => b.length - a.length).find((p) => value.startsWith(p)) ?? "";
  return /^(?:\.\.\.|…|x{4,}|your|<|\[|\{|replace|change|insert|example|dummy|placeholder|my[-_]?key|none$|null$|undefined$)/i.test(
    value.slice(prefix.length)
  ) || /your[_-]?(?:api[_-]?)?(?:key|token)/i.test(value);
}
var INVISIBLE2, NAMES, init_value = __esm({
  "src/verify/doctor/value.ts"() {
    "use strict";
    init_family();
    init_sources();
    INVISIBLE2 = /[\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]/, NAMES = {
      "\xA0": "a no-break space",
      "\u200B": "a zero-width space",
      "\u200C": "a zero-width non-joiner",
      "\u200D": "a zero-width joiner",
      "\u2060": "a word joiner",
      "\uFEFF": "a byte-order mark",
      "\u201C": "a curly quote",
      "\u201D": "a curly quote",
      "\u2018": "a curly quote",
      "\u2019": "a curly quote"
    };
  }
});

// src/verify/doctor/verdict.ts
function keyVerdict(checks) {
  if (checks.some((c) => c.status === "fail")) return "does-not-work";
  let live = checks.find((c) => c.id === "live");
  return live?.status === "pass" || live?.status === "warn" ? "works" : "could-not-tell";
}
function worst(verdicts) {
  return verdicts.reduce((a, b) => RANK[b] > RANK[a] ? b : a, "works");
}
var RANK, init_verdict = __esm({
  "src/verify/doctor/verdict.ts"() {
    "use strict";
    RANK = { works: 0, "could-not-tell": 1, "does-not-work": 2 };
  }
});

// src/verify/doctor/index.ts
var doctor_exports = {};
__export(doctor_exports, {
  runDoctor: () => runDoctor
});
async function runDoctor(input, deps = {}) {
  let only = input.provider === void 0 ? void 0 : providerOf(input.provider);
  if (input.provider !== void 0 && !only)
    throw new SkguardError(`--provider: unknown provider "${input.provider}"`, "usage");
  let sources = readSources(input), timeoutMs2 = input.timeoutMs ?? 1e4, overrides = resolveOverrides(input.env), run = {
    env: input.env,
    appEnv: appEnv(sources),
    sources,
    overrides,
    verifier: new Verifier({ env: input.env, timeoutMs: timeoutMs2, retries: 0, ...deps.fetch ? { fetch: deps.fetch } : {} }),
    fetch: deps.fetch,
    net: deps.net ?? systemNet,
    timeoutMs: timeoutMs2,
    model: input.model
  }, plan = selection(sources, only);
  if (plan.length === 0)
    return {
      ok: !1,
      verdict: "does-not-work",
      providers: [],
      lookedFor: providers.flatMap((p) => p.env),
      lookedIn: sources.file ? [sources.file.name] : ["the environment", "./.env"]
    };
  let diagnosed = await Promise.all(
    plan.map(async ({ module: module2, variables }) => {
      let keys = await Promise.all(variables.map((variable) => diagnoseKey(run, module2, variable))), verdict3 = worst(keys.map((k) => k.verdict));
      return { provider: module2.id, name: module2.name, verdict: verdict3, ok: verdict3 === "works", keys };
    })
  ), verdict2 = worst(diagnosed.map((p) => p.verdict));
  return { ok: verdict2 === "works", verdict: verdict2, providers: diagnosed };
}
function selection(sources, only) {
  let names = [...visibleNames(sources).keys()], out = [];
  for (let module2 of only ? [only] : providers) {
    let set = module2.env.filter((v) => isSet(sources, v));
    set.length > 0 ? out.push({ module: module2, variables: set }) : (only || nearMisses(module2, names).some((n) => isVariantOf(module2, n) || holdsKeyOf(module2, valueSeen(sources, n)))) && out.push({ module: module2, variables: [module2.env[0]] });
  }
  return out;
}
function valueSeen(sources, name) {
  return sources.file ? sources.file.vars.get(name)?.value : sources.env[name] ?? sources.dotenv?.get(name)?.value;
}
function holdsKeyOf(module2, value) {
  let bare2 = value?.trim().replace(/^["'`]|["'`]$/g, "");
  return bare2 !== void 0 && ownRule(module2, bare2) !== void 0;
}
async function diagnoseKey(run, module2, variable) {
  let checks = [], add = (check) => checks.push(check), out = { variable, verdict: "could-not-tell", checks }, { value, source } = findValue(module2, variable, run.sources, add);
  source !== void 0 && (out.source = source);
  let key = value === void 0 ? "" : cleanValue(value, module2, variable, add);
  if (key !== "") {
    let rule = ownRule(module2, key) ?? foreignRules(module2, key)[0] ?? ruleOfKey(key);
    out.key = {
      redacted: redactAny(key, rule),
      fingerprint: fingerprint(key),
      length: key.length,
      ...rule ? { rule: rule.id } : {}
    }, await (module2.id === "openai" ? diagnoseOpenai : diagnoseProvider)(run, module2, variable, key, out, add);
  }
  let { checks: _, ...found } = out;
  return { ...found, verdict: keyVerdict(checks), checks };
}
var init_doctor = __esm({
  "src/verify/doctor/index.ts"() {
    "use strict";
    init_errors();
    init_core();
    init_endpoints();
    init_infer();
    init_reach();
    init_verifier();
    init_family();
    init_near_miss();
    init_openai2();
    init_provider();
    init_sources();
    init_value();
    init_verdict();
  }
});

// src/core/archive-kind.ts
function archiveKind(head) {
  if (head.length >= 4 && head[0] === 80 && head[1] === 75 && (head[2] === 3 && head[3] === 4 || head[2] === 5 && head[3] === 6))
    return "zip";
  if (head.length >= 3 && head[0] === 31 && head[1] === 139 && head[2] === 8) return "gzip";
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return "tar";
}
var init_archive_kind = __esm({
  "src/core/archive-kind.ts"() {
    "use strict";
  }
});

// src/core/text.ts
function looksBinary(head) {
  return head.subarray(0, 8e3).includes(0);
}
function textOf(data) {
  let order = utf16Order(data), text = order ? transcodeUtf16(data.subarray(order.bom ? 2 : 0), order.endian) : data;
  return looksBinary(text) ? void 0 : text;
}
function utf16Order(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return { endian: "le", bom: !0 };
  if (head.length >= 2 && head[0] === 254 && head[1] === 255) return { endian: "be", bom: !0 };
  if (head[0] !== 0 && head[1] !== 0) return;
  let n = Math.min(head.length, 8e3) & -2;
  if (n < 8) return;
  let pairs = n / 2, nulHigh = 0, nulLow = 0, printable2 = 0;
  for (let i = 0; i < n; i += 2) {
    let a = head[i], b = head[i + 1];
    b === 0 && a !== 0 ? (nulHigh++, isPrintable(a) && printable2++) : a === 0 && b !== 0 && (nulLow++, isPrintable(b) && printable2++);
  }
  if (!(printable2 < pairs * 0.9)) {
    if (nulHigh >= pairs * 0.9) return { endian: "le", bom: !1 };
    if (nulLow >= pairs * 0.9) return { endian: "be", bom: !1 };
  }
}
function transcodeUtf16(data, endian) {
  let even = data.subarray(0, data.length - data.length % 2), le = endian === "le" ? even : Buffer.from(even).swap16();
  return Buffer.from(le.toString("utf16le"), "utf8");
}
var isPrintable, init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    isPrintable = (c) => c === 9 || c === 10 || c === 13 || c >= 32 && c < 127 || c >= 160;
  }
});

// src/config/read.ts
function readSettingsFile(file, options) {
  let fail = (why) => new SkguardError(`${options.label}: ${why}`, "config");
  if (!options.followLinks)
    try {
      if ((0, import_node_fs2.lstatSync)(file).isSymbolicLink())
        throw fail("is a symbolic link; a settings file found in the repository must be a regular file");
    } catch (e) {
      if (e.code === "ENOENT") return;
      throw e;
    }
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK | (options.followLinks ? 0 : import_node_fs2.constants.O_NOFOLLOW));
  } catch (e) {
    let code = e.code;
    if (code === "ENOENT") return;
    throw fail(`cannot be read (${code ?? e.message})`);
  }
  try {
    let stat = (0, import_node_fs2.fstatSync)(fd);
    if (!stat.isFile()) throw fail("is not a regular file");
    if (stat.size > options.limit)
      throw fail(`is ${stat.size} bytes, more than the ${options.limit} a settings file may hold`);
    let buffer = Buffer.alloc(options.limit + 1), n = 0;
    for (let r = 1; r > 0 && n < buffer.length; n += r) r = (0, import_node_fs2.readSync)(fd, buffer, n, buffer.length - n, null);
    if (n > options.limit) throw fail(`holds more than the ${options.limit} bytes a settings file may hold`);
    return buffer.toString("utf8", 0, n);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function jsonProblem(text, error) {
  let at = /position (\d+)/.exec(error.message)?.[1];
  if (at === void 0) return "not valid JSON";
  let before = text.slice(0, Number(at)), line = before.split(`
`).length, column = Number(at) - before.lastIndexOf(`
`);
  return `not valid JSON (line ${line}, column ${column})`;
}
var import_node_fs2, CONFIG_LIMIT, IGNORE_LIMIT, BASELINE_LIMIT, init_read = __esm({
  "src/config/read.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_errors();
    CONFIG_LIMIT = 1024 * 1024, IGNORE_LIMIT = 4 * 1024 * 1024, BASELINE_LIMIT = 64 * 1024 * 1024;
  }
});

// src/config/baseline.ts
function parseBaseline(text, label) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SkguardError(`${label}: ${jsonProblem(text, e)}`, "usage");
  }
  let findings = parsed?.findings;
  if (!Array.isArray(findings))
    throw new SkguardError(`${label}: expected a skguard JSON report (an object with a "findings" array)`, "usage");
  return findings.filter(
    (f) => typeof f == "object" && f !== null && typeof f.fingerprint == "string" && typeof f.file == "string"
  );
}
var init_baseline = __esm({
  "src/config/baseline.ts"() {
    "use strict";
    init_errors();
    init_read();
  }
});

// src/pipeline/suppressions.ts
function loadIgnoreFile(dir, notes) {
  let text = readSettingsFile(import_node_path3.default.join(dir, IGNORE_FILE), {
    label: IGNORE_FILE,
    limit: IGNORE_LIMIT,
    followLinks: !1
  });
  if (text === void 0) return;
  let list = parseIgnoreFile(text);
  for (let bad of list.invalid)
    notes.push({
      level: "warning",
      code: "invalid-ignore-entry",
      message: bad.why === "not a fingerprint" ? `${IGNORE_FILE}:${bad.line}: not a fingerprint, ignored (expected 24 hex characters as printed with each finding)` : `${IGNORE_FILE}:${bad.line}: ${bad.why}: the entry is ignored`
    });
  return list;
}
function loadBaseline(file) {
  let text = readSettingsFile(file, { label: `--baseline ${file}`, limit: BASELINE_LIMIT, followLinks: !0 });
  if (text === void 0) throw new SkguardError(`--baseline ${file}: file not found`, "usage");
  return parseBaseline(text, `--baseline ${file}`);
}
var import_node_path3, init_suppressions = __esm({
  "src/pipeline/suppressions.ts"() {
    "use strict";
    import_node_path3 = __toESM(require("node:path"), 1);
    init_baseline();
    init_read();
    init_errors();
    init_suppress();
  }
});

// src/report/format.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  let units = ["KB", "MB", "GB", "TB"], value = bytes / 1024, unit = 0;
  for (; value >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function encodingLabel(encoding) {
  return encoding.split(">").map((layer) => ENCODING_NAMES[layer] ?? layer).join(", inside that ");
}
var ENCODING_NAMES, init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
    init_plural();
    init_core();
    ENCODING_NAMES = {
      base64: "base64",
      percent: "percent-encoded",
      escape: "escaped (\\u, \\x)",
      html: "HTML entities",
      hex: "hex",
      split: "split across string literals"
    };
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  SARIF_FINGERPRINT_KEY: () => SARIF_FINGERPRINT_KEY,
  STDIN_URI: () => STDIN_URI,
  fileUri: () => fileUri,
  sarifReporter: () => sarifReporter
});
function ruleDescriptor(rule) {
  let provider = providerName(rule.provider), contextDependent = isContextDependent(rule), short = sentence(rule.description), full = [
    short,
    "Anyone who can read the repository or its history can use a key committed to it, until the key is revoked.",
    contextDependent ? "The shape alone is ambiguous, so skguard reports it only in the context named above." : ""
  ].filter(Boolean).join(" ");
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: helpText(rule, provider), markdown: helpMarkdown(rule, provider) },
    helpUri: HELP_URI,
    defaultConfiguration: { level: "error" },
    properties: {
      tags: ["security", "secret", "external/cwe/cwe-798", rule.provider],
      // Rules that need surrounding text (a mention of DeepSeek, an Azure endpoint in the file)
      // accept shapes that are not keys more often than the signature-carrying families.
      precision: contextDependent ? "medium" : "high",
      // GitHub maps scores "over 9.0" to critical and 7.0–8.9 to high. An admin key manages the
      // organization (creates keys, members, billing): critical, and 9.5 stays clear of the 9.0
      // boundary. Any other key spends the account's money and reads its data: high (8.0).
      "security-severity": isAdmin(rule) ? "9.5" : "8.0"
    }
  };
}
function isContextDependent(rule) {
  return rule.attribution !== void 0 || rule.checks.some(
    (c) => c.kind === "near" || c.kind === "label-before" || c.kind === "in-file" && c.optional !== !0
  );
}
function isAdmin(rule) {
  return rule.id.split("-").includes("admin");
}
function envVar(rule) {
  return providerOf(rule.provider)?.env[0] ?? `${rule.provider.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_API_KEY`;
}
function helpText(rule, provider) {
  let rotate = rule.rotateUrl ? ` at ${rule.rotateUrl}` : "";
  return [
    `${sentence(rule.description)} Anyone who can read the repository or its history can use the key until it is revoked.`,
    "",
    `1. Rotate it now: revoke the key and create a new one${rotate}. Rotating is what protects you: deleting the line does not take the key out of git history.`,
    `2. Remove it from the code: read it from an environment variable (e.g. ${envVar(rule)}) or a secret store (GitHub Actions secrets, a vault) instead.`,
    "3. If the repository must not keep it, rewrite history (git filter-repo) after rotating.",
    "",
    `Not a real ${provider} key? Add "skguard:allow" in a comment on its line, or add the fingerprint shown in the alert to .skguardignore.`
  ].join(`
`);
}
function helpMarkdown(rule, provider) {
  let rotate = rule.rotateUrl ? ` at <${rule.rotateUrl}>` : "";
  return [
    `**${sentence(rule.description)}** Anyone who can read the repository or its history can use the key until it is revoked.`,
    "",
    "## What to do",
    "",
    `1. **Rotate it now**: revoke the key and create a new one${rotate}. Rotating is what protects you: deleting the line does not take the key out of git history.`,
    `2. **Remove it from the code**: read it from an environment variable (e.g. \`${envVar(rule)}\`) or a secret store (GitHub Actions secrets, a vault) instead.`,
    "3. If the repository must not keep it, rewrite history (`git filter-repo`) after rotating.",
    "",
    "## Not a real key?",
    "",
    `If this is not a real ${provider} key (a test fixture, an example), add \`skguard:allow\` in a comment on its line, or add the fingerprint shown in the alert to \`.skguardignore\`.`
  ].join(`
`);
}
function result(f, ruleIndex, occurrence) {
  let artifactLocation = f.file === "-" ? { uri: STDIN_URI, description: { text: "standard input" } } : (
    // A key in an archive's member is on the archive: the repository has no file `a.zip!member`.
    { uri: fileUri(f.archive ?? f.file), uriBaseId: SRCROOT }
  ), id = locationFingerprint(f, occurrence), properties = { provider: f.provider, fingerprint: f.fingerprint, redacted: f.redacted };
  f.encoding && (properties.encoding = f.encoding), f.commit && (properties.commit = f.commit), f.date && (properties.date = f.date);
  let verification = verificationOf(f);
  verification && (properties.verification = { status: verification.status, reason: verification.reason });
  let noRegion = f.atHead === "removed" || f.atHead === "deleted" || f.archive !== void 0, member = memberOf(f);
  member !== void 0 && (properties.member = member), f.atHead && (properties.atHead = f.atHead);
  let out = {
    ruleId: f.rule,
    ruleIndex,
    level: "error",
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: noRegion ? { artifactLocation } : {
          artifactLocation,
          region: { startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    fingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    properties
  };
  return f.suppression && f.verification?.status !== "live" && (out.suppressions = [
    {
      kind: f.suppression.kind === "inline" ? "inSource" : "external",
      status: "accepted",
      justification: justification(f)
    }
  ]), out;
}
function justification(f) {
  let s = f.suppression;
  if (!s) return "";
  let where = s.kind === "inline" ? "skguard:allow on its line" : s.kind === "ignore" ? `.skguardignore line ${s.line}` : s.kind === "baseline" ? "the baseline report" : "a custom rule's documented example", by = [s.by ? `by ${s.by}` : "", s.added ? `on ${s.added}` : "", s.expires ? `until ${s.expires}` : ""].filter(Boolean).join(" ");
  return `${where}${s.reason ? `: ${s.reason}` : ""}${by ? ` (${by})` : ""}`;
}
function memberOf(f) {
  return f.archive === void 0 ? void 0 : f.file.slice(f.archive.length + 1);
}
function message(f) {
  let provider = providerName(f.provider), parts = [
    `${f.description.toLowerCase().includes(provider.toLowerCase()) ? stripPeriod(f.description) : `${provider}: ${stripPeriod(f.description)}`} found${f.inPath ? " in the path itself (a file or folder name)" : ""}${f.encoding ? ` (${encodingLabel(f.encoding)})` : ""}: ${f.redacted}, fingerprint ${f.fingerprint}.`,
    `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ""} and remove it from the code.`
  ], verification = verificationOf(f);
  verification && parts.push(`Verification: ${verification.status} (${verification.reason}).`);
  let member = memberOf(f);
  return member !== void 0 && parts.push(`It is in the archive's member ${member}, line ${f.line}.`), f.commit && parts.push(`Introduced in commit ${f.commit.slice(0, 12)}${f.date ? `, authored ${f.date}` : ""}.`), f.atHead === "removed" && parts.push("It is no longer in this file, but stays in git history: rotate it."), f.atHead === "deleted" && parts.push("The file is gone now, but the key stays in git history: rotate it."), parts.join(" ");
}
function locationFingerprint(f, occurrence) {
  let tail = occurrence > 0 ? `\0${occurrence}` : "";
  return (0, import_node_crypto.createHash)("sha256").update(`${SARIF_FINGERPRINT_KEY}\0${f.fingerprint}\0${f.file}${tail}`).digest("hex").slice(0, 32);
}
function verificationOf(f) {
  let v = f.verification;
  return v && typeof v.status == "string" && typeof v.reason == "string" ? { status: v.status, reason: v.reason } : void 0;
}
function occurrenceIndexes(findings) {
  let seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    let key = `${f.fingerprint}\0${f.file}`, n = seen.get(key) ?? 0;
    return seen.set(key, n + 1), n;
  });
}
function fileUri(file) {
  return file.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").split("/").map(encodeURIComponent).join("/");
}
function invocation(report) {
  let notifications = report.notes.map(notification);
  return {
    executionSuccessful: !0,
    ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {},
    properties: { stats: report.stats }
  };
}
function notification(note) {
  return {
    level: note.level === "warning" ? "warning" : "note",
    message: { text: sentence(note.message) },
    descriptor: { id: note.code }
  };
}
function ruleFromFinding(f) {
  return {
    id: f.rule,
    provider: f.provider,
    description: f.description,
    keywords: [],
    pattern: /$^/g,
    maxLength: 0,
    redactPrefix: "",
    checks: [],
    examples: [],
    negatives: [],
    ...f.rotateUrl ? { rotateUrl: f.rotateUrl } : {}
  };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function sentence(text) {
  let t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function stripPeriod(text) {
  return text.trim().replace(/\.$/, "");
}
var import_node_crypto, sarifReporter, SARIF_SCHEMA, INFORMATION_URI, HELP_URI, SRCROOT, SARIF_FINGERPRINT_KEY, STDIN_URI, init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_core();
    init_format();
    sarifReporter = (report, context) => {
      let descriptors = context.rules.map(ruleDescriptor), indexById = new Map(descriptors.map((d, i) => [d.id, i]));
      for (let f of [...report.findings, ...report.suppressed ?? []])
        indexById.has(f.rule) || (indexById.set(f.rule, descriptors.length), descriptors.push(ruleDescriptor(ruleFromFinding(f))));
      let reported = [...report.findings, ...report.suppressed ?? []], occurrences = occurrenceIndexes(reported), log = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: context.toolName,
                version: context.toolVersion,
                semanticVersion: context.toolVersion,
                informationUri: INFORMATION_URI,
                rules: descriptors
              }
            },
            invocations: [invocation(report)],
            originalUriBaseIds: {
              [SRCROOT]: { description: { text: "The root of the scanned repository (or directory)." } }
            },
            columnKind: "utf16CodeUnits",
            results: reported.map((f, i) => result(f, indexById.get(f.rule), occurrences[i]))
          }
        ]
      };
      return `${JSON.stringify(log, null, 2)}
`;
    }, SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", INFORMATION_URI = "https://github.com/skguard/skguard", HELP_URI = `${INFORMATION_URI}#rules`, SRCROOT = "%SRCROOT%", SARIF_FINGERPRINT_KEY = "skguard/v1", STDIN_URI = "stdin";
  }
});

// src/report/output.ts
var output_exports = {};
__export(output_exports, {
  writeReport: () => writeReport
});
function writeReport(file, text, options) {
  let target = import_node_path4.default.resolve(options.base, file), fail = (why) => new SkguardError(`${options.label}: ${why}`, "io");
  if (target.split(import_node_path4.default.sep).some((part) => part.toLowerCase() === ".git"))
    throw fail("refusing to write into a .git folder (git would run what is written there)");
  let dir = import_node_path4.default.dirname(target), rel2 = import_node_path4.default.relative(options.base, target), inside = rel2 !== "" && !rel2.startsWith("..") && !import_node_path4.default.isAbsolute(rel2);
  if (!inside && lstatOrUndefined(dir)?.isDirectory() !== !0) throw fail(`the folder ${dir} does not exist`);
  let at = inside ? options.base : dir;
  for (let part of inside ? rel2.split(import_node_path4.default.sep) : [import_node_path4.default.basename(target)]) {
    at = import_node_path4.default.join(at, part);
    let stat = lstatOrUndefined(at);
    if (stat === void 0) {
      if (at !== target) throw fail(`the folder ${import_node_path4.default.relative(options.base, at) || at} does not exist`);
      break;
    }
    if (stat.isSymbolicLink())
      throw fail(`${import_node_path4.default.relative(options.base, at) || at} is a symbolic link: refusing to write through it`);
    if (at === target && stat.isDirectory()) throw fail("is a folder");
    if (at === target && !stat.isFile()) {
      (0, import_node_fs3.writeFileSync)(target, text);
      return;
    }
    if (at !== target && !stat.isDirectory()) throw fail(`${import_node_path4.default.relative(options.base, at)} is not a folder`);
  }
  let temp = import_node_path4.default.join(dir, `.${import_node_path4.default.basename(target)}.${(0, import_node_crypto2.randomBytes)(6).toString("hex")}.tmp`), fd;
  try {
    fd = (0, import_node_fs3.openSync)(temp, "wx", 420);
    let data = Buffer.from(text, "utf8");
    for (let written = 0; written < data.length; ) written += (0, import_node_fs3.writeSync)(fd, data, written);
    (0, import_node_fs3.fsyncSync)(fd), (0, import_node_fs3.closeSync)(fd), fd = void 0, (0, import_node_fs3.renameSync)(temp, target);
  } catch (e) {
    fd !== void 0 && (0, import_node_fs3.closeSync)(fd);
    try {
      (0, import_node_fs3.unlinkSync)(temp);
    } catch {
    }
    throw fail(`could not write ${file}: ${e.code ?? e.message}`);
  }
}
function lstatOrUndefined(file) {
  try {
    return (0, import_node_fs3.lstatSync)(file);
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw e;
  }
}
var import_node_crypto2, import_node_fs3, import_node_path4, init_output = __esm({
  "src/report/output.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto"), import_node_fs3 = require("node:fs"), import_node_path4 = __toESM(require("node:path"), 1);
    init_errors();
  }
});

// src/sources/git.ts
function gitArgs(args) {
  let i = 0;
  for (; args[i] === "-c"; ) i += 2;
  return [...HARDENING, ...RUNS_HOOKS.has(args[i] ?? "") ? NO_HOOKS : [], ...args];
}
function gitEnv(extra) {
  return { ...process.env, ...GIT_ENV, ...extra ?? {} };
}
function git(args, cwd, options = {}) {
  let ok = options.ok ?? [0], maxOutput = options.maxOutput ?? 256 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    let child = (0, import_node_child_process.spawn)("git", gitArgs(args), { cwd, env: gitEnv(options.env), stdio: ["pipe", "pipe", "pipe"] }), out = [], outBytes = 0, stderr = "", tooLarge = !1;
    child.stdout.on("data", (b) => {
      if (outBytes += b.length, outBytes > maxOutput) {
        tooLarge = !0, child.kill();
        return;
      }
      out.push(b);
    }), child.stderr.on("data", (b) => {
      stderr.length < STDERR_LIMIT && (stderr += b.toString("utf8"));
    }), child.on("error", (e) => reject(spawnError(e))), child.on("close", (code) => {
      if (tooLarge) {
        reject(new SkguardError(`git ${args[0]} printed more than ${maxOutput} bytes: refusing to hold it`, "git"));
        return;
      }
      let result2 = { stdout: Buffer.concat(out), stderr, code: code ?? 128 };
      ok.includes(result2.code) ? resolve(result2) : reject(gitFailure(args, result2.stderr, result2.code));
    }), child.stdin.on("error", () => {
    }), child.stdin.end(options.input);
  });
}
function spawnGit(args, cwd, env) {
  return startGit(args, cwd, "pipe", env);
}
function spawnGitInto(args, cwd, stdout) {
  return startGit(args, cwd, stdout);
}
function startGit(args, cwd, stdout, env) {
  let child = (0, import_node_child_process.spawn)("git", gitArgs(args), {
    cwd,
    env: gitEnv(env),
    stdio: ["pipe", stdout, "pipe"]
  }), stderr = "";
  child.stderr?.on("data", (b) => {
    stderr.length < STDERR_LIMIT && (stderr += b.toString("utf8"));
  }), child.stdin.on("error", () => {
  });
  let killed = !1, exited = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnError(e))), child.on("close", (code, signal) => {
      code === 0 || killed ? resolve() : reject(gitFailure(args, stderr, code ?? signal ?? "unknown"));
    });
  });
  return exited.catch(() => {
  }), {
    child,
    exited,
    kill: () => {
      killed = !0, child.exitCode === null && child.signalCode === null && child.kill();
    }
  };
}
function spawnError(e) {
  return e.code === "ENOENT" ? new SkguardError(
    "git was not found on the PATH: install git (skguard scan reads a plain directory without it)",
    "git-missing"
  ) : new SkguardError(`could not run git: ${e.message}`, "git");
}
function gitFailure(args, stderr, code) {
  if (/dubious ownership/i.test(stderr)) {
    let dir = /repository at '([^']*)'/.exec(stderr)?.[1];
    return new SkguardError(
      `git refuses to read the repository${dir ? ` at ${dir}` : ""}: it is owned by another user. If you trust it, run \`git config --global --add safe.directory <path>\` (skguard never runs the repository's own programs either way)`,
      "git-unsafe-repository"
    );
  }
  return new SkguardError(`git ${args[0]} failed: ${firstLine(stderr) || `exit code ${code}`}`, "git");
}
function firstLine(text) {
  return text.trim().split(`
`)[0]?.replace(/^(fatal|error): /, "") ?? "";
}
function splitNul(out) {
  let parts = out.toString("utf8").split("\0");
  return parts[parts.length - 1] === "" && parts.pop(), parts;
}
async function findWorkTree(dir) {
  let r = await git(["rev-parse", "--show-toplevel"], dir, { ok: [0, 128] });
  if (r.code !== 0 && /dubious ownership/i.test(r.stderr)) throw gitFailure(["rev-parse"], r.stderr, r.code);
  let top = r.stdout.toString("utf8").trim();
  return r.code === 0 && top !== "" ? top : void 0;
}
async function readBlobs(cwd, ids) {
  let result2 = /* @__PURE__ */ new Map();
  if (ids.length === 0) return result2;
  let out = (await git(["cat-file", "--batch"], cwd, { input: `${ids.join(`
`)}
` })).stdout, at = 0;
  for (let id of ids) {
    let nl = out.indexOf(10, at);
    if (nl < 0) break;
    let header = out.toString("utf8", at, nl), [, type, size] = header.split(" ");
    if (type === void 0 || size === void 0) {
      at = nl + 1;
      continue;
    }
    let length = Number(size);
    result2.set(id, out.subarray(nl + 1, nl + 1 + length)), at = nl + 1 + length + 1;
  }
  return result2;
}
var import_node_child_process, HARDENING, GIT_ENV, STDERR_LIMIT, RUNS_HOOKS, NO_HOOKS, RecordSplitter, init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_errors();
    HARDENING = [
      "core.fsmonitor=false",
      "core.pager=cat",
      "core.untrackedCache=false",
      "log.showSignature=false",
      "diff.noprefix=false",
      "diff.mnemonicPrefix=false",
      "diff.relative=false",
      "diff.suppressBlankEmpty=false",
      "color.ui=never",
      "protocol.ext.allow=never",
      "gc.auto=0",
      "maintenance.auto=false"
    ].flatMap((setting) => ["-c", setting]), GIT_ENV = {
      LC_ALL: "C",
      GIT_PAGER: "cat",
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      GIT_NO_LAZY_FETCH: "1"
    }, STDERR_LIMIT = 16 * 1024, RUNS_HOOKS = /* @__PURE__ */ new Set(["fetch"]), NO_HOOKS = ["-c", "core.hooksPath=/dev/null"];
    RecordSplitter = class {
      constructor(separator, onRecord) {
        this.separator = separator;
        this.onRecord = onRecord;
      }
      separator;
      onRecord;
      carry;
      push(chunk) {
        let data = chunk;
        this.carry && (data = Buffer.concat([this.carry, chunk]), this.carry = void 0);
        let at = 0;
        for (let end = data.indexOf(this.separator, at); end >= 0; end = data.indexOf(this.separator, at))
          this.onRecord(data.toString("utf8", at, end)), at = end + 1;
        at < data.length && (this.carry = Buffer.from(data.subarray(at)));
      }
      /** The input has ended: a last record without a separator still counts. */
      end() {
        this.carry && this.carry.length > 0 && this.onRecord(this.carry.toString("utf8")), this.carry = void 0;
      }
    };
  }
});

// src/ci/git.ts
var git_exports = {};
__export(git_exports, {
  createCiGit: () => createCiGit
});
function createCiGit(cwd, auth) {
  let text = async (args, ok = [0]) => {
    let r = await git(args, cwd, { ok });
    return { code: r.code, out: r.stdout.toString("utf8") };
  };
  return {
    cwd,
    async isShallow() {
      return (await text(["rev-parse", "--is-shallow-repository"])).out.trim() === "true";
    },
    async shallowCommits() {
      let file = (await text(["rev-parse", "--git-path", "shallow"])).out.trim();
      try {
        return new Set((0, import_node_fs4.readFileSync)(import_node_path5.default.resolve(cwd, file), "utf8").split(`
`).filter(Boolean));
      } catch {
        return /* @__PURE__ */ new Set();
      }
    },
    async commitId(rev) {
      let r = await text(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], [0, 1, 128]);
      return r.code === 0 ? r.out.trim() : void 0;
    },
    async revList(revs) {
      return (await text(["rev-list", ...revs, "--"])).out.split(`
`).filter(Boolean);
    },
    async mergeBase(a, b) {
      let r = await text(["merge-base", a, b], [0, 1]);
      return r.code === 0 ? r.out.trim() : void 0;
    },
    async fetch(options, refspecs) {
      let remote = (await text(["remote", "get-url", "origin"], [0, 2, 128])).code === 0 ? "origin" : remoteUrl(auth);
      return remote === void 0 ? 'the clone has no remote "origin" and GITHUB_REPOSITORY is not set' : runFetch(cwd, ["fetch", "--quiet", "--no-recurse-submodules", ...options, remote, ...refspecs], auth);
    },
    async originUrl() {
      let r = await text(["remote", "get-url", "origin"], [0, 2, 128]);
      return r.code === 0 && r.out.trim() || void 0;
    },
    async treeBlobs(rev) {
      let out = (await git(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", rev], cwd)).stdout, blobs = /* @__PURE__ */ new Map();
      for (let entry of splitNul(out)) {
        let tab = entry.indexOf("	"), [, type, id] = entry.slice(0, tab).split(" ");
        type === "blob" && id && blobs.set(entry.slice(tab + 1), id);
      }
      return blobs;
    },
    readBlobs: (ids) => readBlobs(cwd, ids),
    async fileAt(rev, file, limit) {
      let r = await git(["ls-tree", "-l", "-z", "--full-tree", "--end-of-options", rev, "--", file], cwd, {
        env: { GIT_LITERAL_PATHSPECS: "1" }
      });
      for (let entry of splitNul(r.stdout)) {
        let tab = entry.indexOf("	");
        if (entry.slice(tab + 1) !== file) continue;
        let [mode, type, id, size] = entry.slice(0, tab).split(/ +/);
        if (type !== "blob" || mode !== "100644" && mode !== "100755" || !id)
          return { kind: "not-a-file", mode: mode ?? "" };
        if (Number(size) > limit) return { kind: "too-large", size: Number(size) };
        let data = (await readBlobs(cwd, [id])).get(id);
        return data === void 0 ? { kind: "missing" } : { kind: "file", data };
      }
      return { kind: "missing" };
    },
    async changes(base, head, file) {
      return (await git(
        ["diff", "--quiet", "--no-ext-diff", "--no-textconv", `${base}...${head}`, "--", `:(literal,top)${file}`],
        cwd,
        { ok: [0, 1] }
      )).code === 1;
    },
    async diffLines(base, head, file) {
      let r = await git(
        [
          "diff",
          "--no-color",
          "--no-ext-diff",
          "--no-textconv",
          "--unified=3",
          `${base}...${head}`,
          "--",
          `:(literal,top)${file}`
        ],
        cwd
      );
      return rightSideLines(r.stdout.toString("utf8"));
    }
  };
}
function rightSideLines(diff) {
  let lines = /* @__PURE__ */ new Set();
  for (let m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    let start = Number(m[1]), count = m[2] === void 0 ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}
function remoteUrl(auth) {
  return auth.repository ? `${auth.serverUrl}/${auth.repository}` : void 0;
}
async function runFetch(cwd, args, auth) {
  let env = {};
  if (auth.header) {
    let key = `http.${auth.serverUrl}/.extraheader`;
    env.GIT_CONFIG_COUNT = "2", env.GIT_CONFIG_KEY_0 = key, env.GIT_CONFIG_VALUE_0 = "", env.GIT_CONFIG_KEY_1 = key, env.GIT_CONFIG_VALUE_1 = `AUTHORIZATION: ${auth.header}`;
  }
  let r = await git(args, cwd, { ok: [0, 1, 128, 129], env, maxOutput: 1024 * 1024 });
  return r.code === 0 ? void 0 : firstLine(r.stderr) || `git fetch exited with ${r.code}`;
}
var import_node_fs4, import_node_path5, init_git2 = __esm({
  "src/ci/git.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs"), import_node_path5 = __toESM(require("node:path"), 1);
    init_git();
  }
});

// src/ci/place.ts
var place_exports = {};
__export(place_exports, {
  keyPositions: () => keyPositions,
  placeFindings: () => placeFindings
});
function keyPositions(text, secret) {
  let out = [];
  if (secret === "") return out;
  let line = 1, lineStart = 0, scanned = 0;
  for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length)) {
    for (let nl = text.indexOf(`
`, scanned); nl >= 0 && nl < at; nl = text.indexOf(`
`, nl + 1))
      line++, lineStart = nl + 1;
    scanned = at, out.push({ line, column: at - lineStart + 1, endColumn: at - lineStart + 1 + secret.length });
  }
  return out;
}
async function placeFindings(findings, hits, git2, head) {
  if (!git2 || !head)
    return findings.map((finding) => ({
      finding,
      head: { state: "present", line: finding.line, column: finding.column, endColumn: finding.endColumn }
    }));
  let secrets = new Map(hits.map((h) => [h.finding.fingerprint, h.secret])), tree = await git2.treeBlobs(head), ids = [...new Set(findings.map((f) => tree.get(f.file)).filter((id) => id !== void 0))], blobs = await git2.readBlobs(ids);
  return findings.map((finding) => {
    let placed = place(finding);
    return finding.atHead = placed.head.state, placed;
  });
  function place(finding) {
    if (finding.inPath)
      return { finding, head: { state: "present", line: 1, column: 1, endColumn: 1 } };
    if (finding.archive !== void 0)
      return tree.has(finding.archive) ? {
        finding,
        head: { state: "present", line: finding.line, column: finding.column, endColumn: finding.endColumn }
      } : { finding, head: { state: "deleted" } };
    let id = tree.get(finding.file), data = id === void 0 ? void 0 : blobs.get(id);
    if (data === void 0) return { finding, head: { state: "deleted" } };
    let secret = secrets.get(finding.fingerprint), positions = secret === void 0 ? [] : keyPositions(data.toString("utf8"), secret);
    return { finding, head: nearest(positions, finding.line) };
  }
}
function nearest(positions, line) {
  let best;
  for (let p of positions) (!best || Math.abs(p.line - line) < Math.abs(best.line - line)) && (best = p);
  return best ? { state: "present", ...best } : { state: "removed" };
}
var init_place = __esm({
  "src/ci/place.ts"() {
    "use strict";
  }
});

// src/sources/lfs.ts
function lfsPointer(data) {
  if (!(data.length > POINTER_MAX || data.length < 40 || data[0] !== 118))
    return POINTER.exec(data.toString("latin1"))?.[1];
}
function lfsAware(sink, top) {
  let store, objects = () => (store === void 0 && (store = lfsStore(top)), store);
  return {
    whole(origin, data) {
      let oid = lfsPointer(data);
      if (oid === void 0) return sink.whole(origin, data);
      let dir = objects(), file = dir === null ? void 0 : import_node_path6.default.join(dir, oid.slice(0, 2), oid.slice(2, 4), oid);
      if (file === void 0 || !(0, import_node_fs5.existsSync)(file)) {
        sink.skipped(
          "unreadable",
          origin.path || `blob ${origin.blob ?? oid}`,
          "a Git LFS file whose content is not in this clone (run git lfs fetch, then scan again)"
        );
        return;
      }
      let whole = { path: origin.path, ...origin.blob ? { blob: origin.blob } : {} };
      return pushFile(file, whole, sink);
    },
    open: (origin) => sink.open(origin),
    cleared: (p, bytes) => sink.cleared(p, bytes),
    skipped: (reason, p, why) => sink.skipped(reason, p, why),
    note: (n) => sink.note(n),
    named: (p) => sink.named(p)
  };
}
function pushFile(file, origin, sink) {
  if ((0, import_node_fs5.statSync)(file).size <= CHUNK) return sink.whole(origin, (0, import_node_fs5.readFileSync)(file));
  let chunks = sink.open(origin), fd = (0, import_node_fs5.openSync)(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(CHUNK);
    for (let n = (0, import_node_fs5.readSync)(fd, buffer, 0, CHUNK, null); n > 0; n = (0, import_node_fs5.readSync)(fd, buffer, 0, CHUNK, null))
      chunks.push(buffer.subarray(0, n));
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
  chunks.end();
}
function lfsStore(top) {
  let gitDir = import_node_path6.default.join(top, ".git");
  try {
    if (!(0, import_node_fs5.existsSync)(gitDir))
      gitDir = top;
    else if ((0, import_node_fs5.statSync)(gitDir).isFile()) {
      let named = /^gitdir: (.+)$/m.exec((0, import_node_fs5.readFileSync)(gitDir, "utf8"))?.[1]?.trim();
      if (!named) return null;
      gitDir = import_node_path6.default.resolve(top, named);
    }
    let common = import_node_path6.default.join(gitDir, "commondir");
    return (0, import_node_fs5.existsSync)(common) && (gitDir = import_node_path6.default.resolve(gitDir, (0, import_node_fs5.readFileSync)(common, "utf8").trim())), import_node_path6.default.join(gitDir, "lfs", "objects");
  } catch {
    return null;
  }
}
var import_node_fs5, import_node_path6, POINTER_MAX, LFS_POINTER_START, POINTER, CHUNK, init_lfs = __esm({
  "src/sources/lfs.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs"), import_node_path6 = __toESM(require("node:path"), 1), POINTER_MAX = 1024, LFS_POINTER_START = "version https://git-lfs.github.com/spec/v1", POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[a-z0-9-]+ [^\n]*\n)*?oid sha256:([0-9a-f]{64})\n/, CHUNK = 8 * 1024 * 1024;
  }
});

// src/sources/probe.ts
function textElsewhere(data) {
  return archiveKind(data.subarray(0, 265)) !== void 0 ? !0 : utf16Order(data) !== void 0;
}
function startsWith(data, mark) {
  if (data.length < mark.length) return !1;
  for (let i = 0; i < mark.length; i++) if (data[i] !== mark[i]) return !1;
  return !0;
}
function probeFile(abs, filter, state, keep2) {
  let fd;
  try {
    if (NOFOLLOW === void 0) {
      let kind = kindOf((0, import_node_fs6.lstatSync)(abs));
      if (kind) return { probe: kind };
    }
    fd = (0, import_node_fs6.openSync)(abs, OPEN_FLAGS);
  } catch (e) {
    return { probe: whyNotOpened(abs, e) };
  }
  try {
    let stat = (0, import_node_fs6.fstatSync)(fd), kind = kindOf(stat);
    if (kind) return { probe: kind };
    if (stat.size > STREAM_THRESHOLD) return { probe: { kind: "file", size: stat.size, candidate: !0 } };
    stat.size >= state.pool.length && (state.pool = Buffer.allocUnsafe(Math.max(stat.size + 1, state.pool.length * 2)));
    let data = readAll(fd, stat.size, state.pool);
    if (!filter.candidate(data)) return { probe: { kind: "file", size: data.length, candidate: !1 } };
    if (!keep2) return { probe: { kind: "file", size: data.length, candidate: !0 }, view: data };
    let content = new Uint8Array(data.length);
    return content.set(data), { probe: { kind: "file", size: data.length, candidate: !0, content } };
  } catch (e) {
    return { probe: { kind: "unreadable", code: e.code ?? e.message } };
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function kindOf(stat) {
  if (stat.isSymbolicLink()) return { kind: "symlink" };
  if (stat.isDirectory()) return { kind: "directory" };
  if (!stat.isFile()) return { kind: "other" };
}
function whyNotOpened(abs, error) {
  if (error.code === "ENOENT") return { kind: "missing" };
  try {
    let kind = kindOf((0, import_node_fs6.lstatSync)(abs));
    if (kind) return kind;
  } catch {
  }
  return { kind: "unreadable", code: error.code ?? error.message };
}
function readAll(fd, size, pool) {
  let n = 0;
  for (let r = 1; r > 0 && (n < size || size === 0) && n < pool.length; n += r)
    r = (0, import_node_fs6.readSync)(fd, pool, n, pool.length - n, null);
  if (n < pool.length) return pool.subarray(0, n);
  let parts = [Buffer.from(pool)], more = Buffer.allocUnsafe(1 << 20);
  for (let r = (0, import_node_fs6.readSync)(fd, more, 0, more.length, null); r > 0; r = (0, import_node_fs6.readSync)(fd, more, 0, more.length, null))
    parts.push(Buffer.from(more.subarray(0, r)));
  return Buffer.concat(parts);
}
var import_node_fs6, STREAM_THRESHOLD, LFS_MARK, ContentFilter, asBuffer, NOFOLLOW, OPEN_FLAGS, init_probe = __esm({
  "src/sources/probe.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_archive_kind();
    init_literal_search();
    init_text();
    init_lfs();
    STREAM_THRESHOLD = 32 * 1024 * 1024, LFS_MARK = Buffer.from(LFS_POINTER_START, "latin1"), ContentFilter = class {
      search;
      /** No literals: every content is a candidate. `kernelAfter`: see LiteralSearch. */
      constructor(literals, kernelAfter = 0) {
        this.search = literals.length > 0 ? new LiteralSearch(literals, { kernelAfter }) : void 0;
      }
      candidate(data) {
        if (this.search === void 0) return !0;
        let buffer = asBuffer(data);
        return startsWith(data, LFS_MARK) || this.search.any(buffer) || textElsewhere(buffer);
      }
    };
    asBuffer = (data) => Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);
    NOFOLLOW = import_node_fs6.constants.O_NOFOLLOW, OPEN_FLAGS = import_node_fs6.constants.O_RDONLY | (NOFOLLOW ?? 0) | (import_node_fs6.constants.O_NONBLOCK ?? 0);
  }
});

// src/sources/probe-message.ts
function unpack(reply, at, extra) {
  let kind = KINDS[reply.kinds[at]];
  if (kind === "file" || kind === "candidate") {
    let content = extra.get(at)?.content;
    return {
      kind: "file",
      size: reply.sizes[at],
      candidate: kind === "candidate",
      ...content ? { content } : {}
    };
  }
  return kind === "unreadable" ? { kind, code: extra.get(at)?.code ?? "unknown" } : { kind: kind ?? "missing" };
}
var KINDS, init_probe_message = __esm({
  "src/sources/probe-message.ts"() {
    "use strict";
    KINDS = ["file", "candidate", "symlink", "directory", "other", "missing", "unreadable"];
  }
});

// src/sources/probe-pool.ts
var import_node_fs7, import_node_module2, import_node_path7, import_node_url, RANGE, THREADS_FROM, MAX_THREADS, QUEUED, AHEAD, KERNEL_AFTER2, load2, WORKER, Prober, Threads, init_probe_pool = __esm({
  "src/sources/probe-pool.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs"), import_node_module2 = require("node:module"), import_node_path7 = __toESM(require("node:path"), 1), import_node_url = require("node:url");
    init_probe();
    init_probe_message();
    RANGE = 256, THREADS_FROM = 256, MAX_THREADS = 4, QUEUED = 2, AHEAD = RANGE * 16, KERNEL_AFTER2 = 256 * 1024, load2 = (0, import_node_module2.createRequire)(__skguardFileUrl), WORKER = (0, import_node_url.fileURLToPath)(new URL("./probe-worker.js", __skguardFileUrl)), Prober = class {
      /** Paths are relative to `base`. */
      constructor(base, literals, onProbe) {
        this.base = base;
        this.literals = literals;
        this.onProbe = onProbe;
      }
      base;
      literals;
      onProbe;
      paths = [];
      threads;
      add(rel2) {
        if (this.paths.push(rel2), this.threads) this.threads.feed();
        else if (this.paths.length === THREADS_FROM) {
          let { availableParallelism } = load2("node:os"), count = Math.min(availableParallelism(), MAX_THREADS);
          count >= 2 && (0, import_node_fs7.existsSync)(WORKER) && (this.threads = new Threads(this.paths, { base: this.base, literals: this.literals }, count, this.onProbe));
        }
      }
      /** The listing is complete: resolves once every path has been probed and handed to `onProbe`. */
      async end() {
        if (this.threads) {
          await this.threads.end();
          return;
        }
        let filter = new ContentFilter(this.literals, KERNEL_AFTER2), state = { pool: Buffer.allocUnsafe(1 << 20) };
        for (let [i, rel2] of this.paths.entries()) {
          let { probe: probe2, view } = probeFile(import_node_path7.default.join(this.base, rel2), filter, state, !1);
          this.onProbe(i, probe2, view);
        }
      }
    }, Threads = class {
      constructor(paths, workerData, count, onProbe) {
        this.paths = paths;
        this.onProbe = onProbe;
        let threads = load2("node:worker_threads");
        this.workers = Array.from({ length: count }, () => new threads.Worker(WORKER, { workerData }));
        for (let worker of this.workers)
          this.queued.set(worker, 0), worker.on("message", (reply) => this.answer(worker, reply)), worker.on("error", (e) => this.finish(e)), worker.on(
            "exit",
            (code) => this.finish(new Error(`the file prefilter's worker thread stopped (exit code ${code})`))
          );
        this.feed();
      }
      paths;
      onProbe;
      workers;
      queued = /* @__PURE__ */ new Map();
      /** Ranges a worker stopped short of, sent again first. */
      again = [];
      arrived = /* @__PURE__ */ new Map();
      cursor = 0;
      next = 0;
      listed = !1;
      error;
      settled = !1;
      finished;
      failed;
      end() {
        return this.listed = !0, new Promise((resolve, reject) => {
          this.finished = resolve, this.failed = reject, this.settled ? this.report() : (this.feed(), this.next >= this.paths.length && this.finish());
        });
      }
      /** Hands out ranges: whole ones while the listing grows, the rest once it is complete. */
      feed() {
        if (!this.settled)
          for (let worker of this.workers)
            for (; (this.queued.get(worker) ?? 0) < QUEUED; ) {
              let request = this.again.shift(), available = this.paths.length - this.cursor;
              if (!request && (available >= RANGE || this.listed && available > 0) && this.cursor < this.next + AHEAD && (request = { start: this.cursor, paths: this.paths.slice(this.cursor, this.cursor + RANGE) }, this.cursor += request.paths.length), !request) break;
              worker.postMessage(request), this.queued.set(worker, (this.queued.get(worker) ?? 0) + 1);
            }
      }
      answer(worker, reply) {
        if (this.settled) return;
        this.queued.set(worker, (this.queued.get(worker) ?? 0) - 1);
        let { start, asked, kinds } = reply;
        if (kinds.length < asked) {
          let from = start + kinds.length;
          this.again.push({ start: from, paths: this.paths.slice(from, start + asked) });
        }
        this.arrived.set(start, reply);
        try {
          for (let done = this.arrived.get(this.next); done; done = this.arrived.get(this.next)) {
            this.arrived.delete(this.next);
            let extra = new Map(done.extra.map((e) => [e.at, e]));
            for (let at = 0; at < done.kinds.length; at++) this.onProbe(this.next++, unpack(done, at, extra));
          }
        } catch (e) {
          this.finish(e);
          return;
        }
        this.listed && this.next >= this.paths.length ? this.finish() : this.feed();
      }
      finish(error) {
        if (!this.settled) {
          this.settled = !0, this.error = error;
          for (let w of this.workers) w.terminate();
          this.report();
        }
      }
      report() {
        this.error === void 0 ? this.finished?.() : this.failed?.(this.error);
      }
    };
  }
});

// src/sources/walk.ts
function walk(root, onError) {
  let out = [], visit = (dir, prefix) => {
    let entries;
    try {
      entries = (0, import_node_fs8.readdirSync)(dir, { withFileTypes: !0 });
    } catch (e) {
      onError(prefix === "" ? "." : prefix, e.code ?? "error");
      return;
    }
    for (let entry of entries) {
      let rel2 = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      entry.isDirectory() ? entry.name !== ".git" && visit(import_node_path8.default.join(dir, entry.name), rel2) : out.push({ rel: rel2, kind: entry.isFile() ? "file" : entry.isSymbolicLink() ? "symlink" : "other" });
    }
  };
  return visit(root, ""), out.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}
var import_node_fs8, import_node_path8, init_walk = __esm({
  "src/sources/walk.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs"), import_node_path8 = __toESM(require("node:path"), 1);
  }
});

// src/sources/files.ts
async function rootOf(target, cwd) {
  let abs = import_node_path9.default.resolve(cwd, target), stat;
  try {
    stat = (0, import_node_fs9.statSync)(abs);
  } catch {
    throw new SkguardError(`path not found: ${target}`, "usage");
  }
  let isDirectory = stat.isDirectory(), top, gitMissing = !1;
  try {
    top = await findWorkTree(isDirectory ? abs : import_node_path9.default.dirname(abs));
  } catch (e) {
    if (!(e instanceof SkguardError && e.code === "git-missing")) throw e;
    gitMissing = !0;
  }
  let base = top ?? (isInside(cwd, abs) ? cwd : isDirectory ? abs : import_node_path9.default.dirname(abs));
  return { abs, isDirectory, top, base, gitMissing };
}
async function readRoot(root, raw, context) {
  let sink = root.top ? lfsAware(raw, root.top) : raw;
  root.gitMissing && sink.note({
    level: "warning",
    code: "git-missing",
    message: "git was not found on the PATH: scanned every file as a plain directory (.gitignore not honoured)"
  }), root.top ? await readGitFiles(root, root.top, sink, context) : await readPlainFiles(root, sink, context);
}
async function readGitFiles(root, top, sink, context) {
  let rel2 = toPosix(import_node_path9.default.relative(top, root.abs)), pathspec = rel2 === "" ? "." : `:(top,literal)${rel2}`, reader2 = new ListingReader(top, !0, sink, context), listing = spawnGit(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", pathspec], top);
  listing.child.stdin.end();
  let seen = /* @__PURE__ */ new Set(), excluded = 0, records = new RecordSplitter(0, (file) => {
    seen.has(file) || (seen.add(file), context.isExcluded(file) ? (sink.skipped("excluded", file), excluded++) : reader2.add(file));
  });
  try {
    for await (let chunk of listing.child.stdout) records.push(chunk);
    records.end(), await listing.exited;
  } catch (e) {
    throw listing.kill(), await reader2.end().catch(() => {
    }), e;
  }
  await reader2.end() === 0 && excluded === 0 && (root.isDirectory ? rel2 !== "" && (await git(["check-ignore", "-q", "--", rel2], top, { ok: [0, 1] })).code === 0 && sink.note({
    level: "warning",
    code: "ignored-path",
    message: `${rel2} is ignored by git (.gitignore), so nothing under it was scanned; name a file in it to scan that file`
  }) : readExplicit(top, rel2, sink));
}
async function readPlainFiles(root, sink, context) {
  if (!root.isDirectory) {
    readExplicit(root.base, toPosix(import_node_path9.default.relative(root.base, root.abs)), sink);
    return;
  }
  let prefix = toPosix(import_node_path9.default.relative(root.base, root.abs)), under2 = (rel2) => prefix === "" ? rel2 : `${prefix}/${rel2}`, reader2 = new ListingReader(root.base, !1, sink, context);
  for (let entry of walk(root.abs, (rel2, code) => sink.skipped("unreadable", `${under2(rel2)}/`, code))) {
    let rel2 = under2(entry.rel);
    context.isExcluded(rel2) ? sink.skipped("excluded", rel2) : entry.kind === "symlink" ? sink.skipped("symlink", rel2) : entry.kind === "other" ? sink.skipped("unreadable", rel2, "not a regular file") : reader2.add(rel2);
  }
  await reader2.end();
}
function givenFilesSource(top, rels) {
  return {
    kind: "files",
    root: top,
    partial: !0,
    async read(raw, context) {
      let sink = lfsAware(raw, top), reader2 = new ListingReader(top, !0, sink, context);
      for (let rel2 of rels)
        context.isExcluded(rel2) ? sink.skipped("excluded", rel2) : reader2.add(rel2);
      return await reader2.end(), {};
    }
  };
}
function passOverFolder(rel2, sink) {
  sink.skipped("submodule", rel2), rel2.endsWith("/") && sink.note({
    level: "warning",
    code: "nested-repository",
    message: `${rel2} is a git repository inside this one (not a submodule): it was not scanned; scan it on its own (skguard scan ${rel2})`
  });
}
function streamFile(abs, rel2, sink) {
  try {
    let chunks = sink.open({ path: rel2 });
    for (let chunk of readChunks(abs, import_node_fs9.constants.O_RDONLY | (import_node_fs9.constants.O_NOFOLLOW ?? 0))) chunks.push(chunk);
    chunks.end();
  } catch (e) {
    sink.skipped("unreadable", rel2, e.code ?? e.message);
  }
}
function readExplicit(base, rel2, sink) {
  let abs = import_node_path9.default.join(base, rel2), stat;
  try {
    stat = (0, import_node_fs9.statSync)(abs);
  } catch (e) {
    e.code !== "ENOENT" && sink.skipped("unreadable", rel2, e.code);
    return;
  }
  if (!stat.isFile()) {
    stat.isDirectory() || sink.skipped("unreadable", rel2, "not a regular file");
    return;
  }
  if (stat.size > STREAM_THRESHOLD) {
    streamFile(abs, rel2, sink);
    return;
  }
  try {
    let parts = [...readChunks(abs, import_node_fs9.constants.O_RDONLY)].map((c) => Buffer.from(c));
    sink.whole({ path: rel2 }, Buffer.concat(parts));
  } catch (e) {
    sink.skipped("unreadable", rel2, e.code ?? e.message);
  }
}
function* readChunks(file, flags, chunkSize = CHUNK_SIZE) {
  let fd = (0, import_node_fs9.openSync)(file, flags);
  try {
    let buffer = Buffer.allocUnsafe(chunkSize);
    for (; ; ) {
      let n = (0, import_node_fs9.readSync)(fd, buffer, 0, chunkSize, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    (0, import_node_fs9.closeSync)(fd);
  }
}
var import_node_fs9, import_node_path9, CHUNK_SIZE, toPosix, isInside, ListingReader, init_files = __esm({
  "src/sources/files.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs"), import_node_path9 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    init_lfs();
    init_probe();
    init_probe_pool();
    init_walk();
    init_probe();
    CHUNK_SIZE = 8 * 1024 * 1024, toPosix = (p) => p.split(import_node_path9.default.sep).join("/"), isInside = (dir, p) => {
      let rel2 = import_node_path9.default.relative(dir, p);
      return !rel2.startsWith("..") && !import_node_path9.default.isAbsolute(rel2);
    };
    ListingReader = class {
      constructor(base, inGit, sink, context) {
        this.base = base;
        this.inGit = inGit;
        this.sink = sink;
        this.context = context;
        this.prober = new Prober(base, context.literals, (i, probe2, view) => this.take(i, probe2, view));
      }
      base;
      inGit;
      sink;
      context;
      rels = [];
      prober;
      files = 0;
      bytes = 0;
      add(rel2) {
        this.rels.push(rel2), this.prober.add(rel2);
      }
      /** Resolves, once every path added has been read, with how many regular files there were. */
      async end() {
        return await this.prober.end(), this.files;
      }
      take(i, probe2, view) {
        let { sink } = this, rel2 = this.rels[i];
        if (probe2.kind === "file") {
          this.files++, this.bytes += probe2.size;
          let content = view ?? (probe2.content && Buffer.from(probe2.content.buffer, probe2.content.byteOffset, probe2.size));
          probe2.candidate ? content ? sink.whole({ path: rel2 }, content) : streamFile(import_node_path9.default.join(this.base, rel2), rel2, sink) : sink.cleared(rel2, probe2.size);
        } else probe2.kind === "unreadable" ? sink.skipped("unreadable", rel2, probe2.code) : probe2.kind === "symlink" ? sink.skipped("symlink", rel2) : probe2.kind === "other" ? sink.skipped("unreadable", rel2, "not a regular file") : probe2.kind === "directory" && this.inGit && passOverFolder(rel2, sink);
        this.context.onProgress?.({ kind: "files", read: i + 1, total: this.rels.length, bytes: this.bytes });
      }
    };
  }
});

// src/sources/history/output-socket.ts
async function openOutputSocket(onData) {
  if (process.platform === "win32") return;
  let dir;
  try {
    dir = (0, import_node_fs10.mkdtempSync)(import_node_path10.default.join((0, import_node_os.tmpdir)(), "skguard-"));
    let address = import_node_path10.default.join(dir, "out"), server = import_node_net4.default.createServer(), accepted = new Promise((resolve, reject) => {
      server.once("connection", resolve), server.once("error", reject);
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject), server.listen(address, resolve);
    });
    let buffer = Buffer.allocUnsafe(READ_BUFFER), reader2 = import_node_net4.default.connect({
      path: address,
      onread: {
        buffer,
        callback: (n) => (onData(buffer.subarray(0, n)), !0)
      }
    }), connected = new Promise((resolve, reject) => {
      reader2.once("connect", resolve), reader2.once("error", reject);
    }), [childEnd] = await Promise.all([accepted, connected]);
    server.close(), childEnd.pause();
    let ended = new Promise((resolve) => {
      reader2.on("close", () => resolve()), reader2.on("error", () => {
      });
    });
    return {
      childEnd,
      handedOver: () => childEnd.destroy(),
      ended,
      destroy: () => {
        reader2.destroy(), childEnd.destroy();
      }
    };
  } catch {
    return;
  } finally {
    dir && (0, import_node_fs10.rmSync)(dir, { recursive: !0, force: !0 });
  }
}
var import_node_fs10, import_node_net4, import_node_os, import_node_path10, READ_BUFFER, init_output_socket = __esm({
  "src/sources/history/output-socket.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs"), import_node_net4 = __toESM(require("node:net"), 1), import_node_os = require("node:os"), import_node_path10 = __toESM(require("node:path"), 1), READ_BUFFER = 1 << 20;
  }
});

// src/sources/history/blob-reader.ts
var LF, CatFileParser, BlobReader, init_blob_reader = __esm({
  "src/sources/history/blob-reader.ts"() {
    "use strict";
    init_git();
    init_output_socket();
    LF = 10, CatFileParser = class {
      constructor(next, handler, wholeLimit) {
        this.next = next;
        this.handler = handler;
        this.wholeLimit = wholeLimit;
      }
      next;
      handler;
      wholeLimit;
      state = "header";
      headerParts = [];
      mode = "collect";
      current = { id: "", name: "" };
      /** The object being read is a tree, handed to `handler.tree` rather than `handler.whole`. */
      isTree = !1;
      remaining = 0;
      body;
      bodyAt = 0;
      /** Reused for every blob collected across chunks: handlers may not keep `data` past their call. */
      scratch = Buffer.alloc(0);
      push(chunk) {
        let at = 0;
        for (; at < chunk.length; ) {
          if (this.state === "header") {
            let nl = chunk.indexOf(LF, at);
            if (nl < 0) {
              this.headerParts.push(Buffer.from(chunk.subarray(at)));
              return;
            }
            let line = this.headerParts.length ? Buffer.concat([...this.headerParts, chunk.subarray(at, nl)]).toString("latin1") : chunk.toString("latin1", at, nl);
            this.headerParts = [], at = nl + 1, this.openObject(line, chunk.length - at) && (this.deliver(chunk.subarray(at, at + this.remaining)), at += this.remaining, this.remaining = 0, this.state = "trailer");
            continue;
          }
          if (this.state === "body") {
            let n = Math.min(this.remaining, chunk.length - at), piece = chunk.subarray(at, at + n);
            this.mode === "collect" ? (piece.copy(this.body, this.bodyAt), this.bodyAt += n) : this.mode === "stream" && this.handler.chunk(piece), this.remaining -= n, at += n, this.remaining === 0 && this.closeObject();
            continue;
          }
          at++, this.state = "header";
        }
      }
      /** Opens the object a header announces; true when its whole content is already available. */
      openObject(header, available) {
        this.current = this.next();
        let [, type, size] = header.split(" ");
        if (size === void 0)
          return this.handler.skip(this.current, "missing"), !1;
        if (this.remaining = Number(size), this.isTree = type === "tree" && this.handler.tree !== void 0 && this.remaining <= this.wholeLimit, type !== "blob" && !this.isTree)
          this.mode = "discard", this.handler.skip(this.current, "not-blob");
        else if (this.remaining > this.wholeLimit)
          this.mode = "stream", this.handler.start(this.current, this.remaining);
        else {
          if (available >= this.remaining)
            return !0;
          this.mode = "collect", this.scratch.length < this.remaining && (this.scratch = Buffer.allocUnsafe(Math.max(this.remaining, 64 * 1024))), this.body = this.scratch.subarray(0, this.remaining), this.bodyAt = 0;
        }
        return this.state = this.remaining === 0 ? "trailer" : "body", this.remaining === 0 && this.closeObject(), !1;
      }
      deliver(data) {
        this.isTree ? this.handler.tree?.(this.current, data) : this.handler.whole(this.current, data);
      }
      closeObject() {
        this.mode === "collect" ? this.deliver(this.body) : this.mode === "stream" && this.handler.end(), this.body = void 0, this.state = "trailer";
      }
    }, BlobReader = class {
      git;
      /** Requests made before git was started. */
      early = [];
      started;
      queue = [];
      head = 0;
      failure;
      aborted = !1;
      /** Called whenever a blob has been read (for progress and for the enumeration's back-pressure). */
      onRead = () => {
      };
      /** Shown the start of each blob's content (a whole blob, or a streamed one's first chunk) before its handler. */
      onContent;
      constructor(cwd, handler, wholeLimit) {
        let streaming, counted = {
          whole: (b, d) => {
            this.onContent?.(b, d), handler.whole(b, d), this.onRead();
          },
          start: (b, s) => {
            streaming = b, handler.start(b, s);
          },
          chunk: (d) => {
            streaming && this.onContent?.(streaming, d), streaming = void 0, handler.chunk(d);
          },
          end: () => {
            streaming = void 0, handler.end(), this.onRead();
          },
          skip: (b, r) => {
            handler.skip(b, r), this.onRead();
          },
          ...handler.tree ? {
            tree: (b, d) => {
              handler.tree?.(b, d), this.onRead();
            }
          } : {}
        }, parser = new CatFileParser(() => this.shift(), counted, wholeLimit), onData = (chunk) => {
          if (this.failure === void 0)
            try {
              parser.push(chunk);
            } catch (e) {
              this.failure = e, this.git?.kill();
            }
        };
        this.started = this.start(cwd, onData), this.started.catch(() => {
        });
      }
      async start(cwd, onData) {
        let args = ["cat-file", "--batch", "--buffer"], socket = await openOutputSocket(onData), git2, outputEnded;
        if (socket)
          git2 = spawnGitInto(args, cwd, socket.childEnd), socket.handedOver(), outputEnded = socket.ended, git2.exited.catch(() => socket.destroy());
        else {
          let piped = spawnGit(args, cwd);
          piped.child.stdout.on("data", onData), outputEnded = new Promise((resolve) => piped.child.stdout.on("close", () => resolve())), git2 = piped;
        }
        return this.git = git2, this.aborted && git2.kill(), this.early.length > 0 && git2.child.stdin.write(this.early.join("")), this.early = [], { git: git2, outputEnded };
      }
      /** Blobs asked for and not yet read. */
      get pending() {
        return this.queue.length - this.head;
      }
      request(blob) {
        this.queue.push(blob), this.git ? this.git.child.stdin.write(`${blob.id}
`) : this.early.push(`${blob.id}
`);
      }
      /** No more requests: waits until every blob asked for has been read. */
      async finish() {
        let { git: git2, outputEnded } = await this.started;
        if (git2.child.stdin.end(), await Promise.all([git2.exited, outputEnded]), this.failure !== void 0) throw this.failure;
      }
      /** Stops git after an error elsewhere. */
      abort() {
        this.aborted = !0, this.git?.kill();
      }
      shift() {
        let blob = this.queue[this.head++];
        if (blob === void 0) throw new Error("git cat-file returned more objects than were asked for");
        return this.head > 4096 && this.head * 2 > this.queue.length && (this.queue.splice(0, this.head), this.head = 0), blob;
      }
    };
  }
});

// src/sources/history/pack-order.ts
async function requestStoredBlobs(cwd, revArgs, reader2, feed2) {
  let confirming;
  reader2.onContent = (_blob, head) => {
    confirming || !head.subarray(0, SNIFF_BYTES).includes(SUBMODULE_SECTION, 0, "latin1") || (confirming = touchesGitmodules(cwd, revArgs), confirming.catch(() => {
    }));
  };
  let list = spawnGit(
    ["cat-file", "--batch-all-objects", "--unordered", "--batch-check=%(objecttype) %(objectname)"],
    cwd
  ), unreadable = [], listed = await feed2(list, (line) => line.startsWith("blob ") ? (reader2.request({ id: line.slice(5), name: "" }), !0) : line.startsWith("tree ") ? (reader2.request({ id: line.slice(5), name: "" }), !1) : (line.endsWith(" missing") && unreadable.push(line.slice(0, line.indexOf(" "))), !1));
  return await reader2.finish(), { listed, unreadable, submodules: confirming !== void 0 && await confirming };
}
async function touchesGitmodules(cwd, revArgs) {
  let revList = spawnGit(["rev-list", "-n", "1", ...revArgs, "--", ":(glob)**/.gitmodules"], cwd), out = "";
  return revList.child.stdout.on("data", (b) => {
    out += b.toString("latin1");
  }), await revList.exited, out.trim() !== "";
}
var SUBMODULE_SECTION, SNIFF_BYTES, init_pack_order = __esm({
  "src/sources/history/pack-order.ts"() {
    "use strict";
    init_git();
    SUBMODULE_SECTION = '[submodule "', SNIFF_BYTES = 1024;
  }
});

// src/sources/history/enumeration.ts
async function requestBlobs(cwd, revisions, reader2, onListed, blobsOnly) {
  if (revisions.isDefault && await selfContained(cwd))
    return { ...await requestStoredBlobs(
      cwd,
      revisions.args,
      reader2,
      (list, onLine) => feed(list, reader2, onLine, onListed)
    ), missing: 0, source: "object-store" };
  let listed = await requestReachableBlobs(cwd, revisions.args, reader2, onListed, blobsOnly);
  return await reader2.finish(), listed;
}
async function requestReachableBlobs(cwd, revArgs, reader2, onListed, blobsOnly) {
  let result2 = { listed: 0, missing: 0, submodules: !1, unreadable: [], source: "revisions" }, revList = listObjects(cwd, revArgs, blobsOnly);
  return result2.listed = await feed(
    revList,
    reader2,
    (line) => {
      if (line.startsWith("?")) {
        result2.missing++;
        return;
      }
      let space = line.indexOf(" ");
      if (space < 0) return;
      let name = line.slice(space + 1);
      return (name === ".gitmodules" || name.endsWith("/.gitmodules")) && (result2.submodules = !0), reader2.request({ id: line.slice(0, space), name }), !0;
    },
    onListed
  ), result2;
}
async function nameReachableBlobs(cwd, revArgs, ids, blobsOnly) {
  let names = /* @__PURE__ */ new Map();
  if (ids.size === 0) return names;
  let revList = listObjects(cwd, revArgs, blobsOnly), lines = new RecordSplitter(LF2, (line) => {
    let space = line.indexOf(" "), id = space < 0 ? line : line.slice(0, space);
    ids.has(id) && !names.has(id) && names.set(id, space < 0 ? "" : line.slice(space + 1));
  });
  return revList.child.stdout.on("data", (chunk) => lines.push(chunk)), await revList.exited, lines.end(), names;
}
function listObjects(cwd, revArgs, blobsOnly) {
  return spawnGit(["rev-list", "--objects", ...blobsOnly ? ["--filter=object:type=blob"] : [], "--missing=print", ...revArgs, "--"], cwd);
}
async function feed(list, reader2, onLine, onListed) {
  let listed = 0, paused = !1, previous = reader2.onRead;
  reader2.onRead = () => {
    previous(), paused && reader2.pending < MAX_PENDING / 2 && (paused = !1, list.child.stdout.resume());
  };
  let lines = new RecordSplitter(LF2, (line) => {
    onLine(line) && (listed++, !paused && reader2.pending >= MAX_PENDING && (paused = !0, list.child.stdout.pause()));
  }), lastReport = 0;
  list.child.stdout.on("data", (chunk) => {
    lines.push(chunk), listed - lastReport >= 1e3 && (lastReport = listed, onListed(listed, !1));
  });
  try {
    await list.exited;
  } catch (e) {
    throw reader2.abort(), e;
  }
  return lines.end(), onListed(listed, !0), listed;
}
async function selfContained(cwd) {
  if (process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES) return !1;
  let [where, partial] = await Promise.all([
    git(["rev-parse", "--git-path", "objects/info/alternates"], cwd),
    isPartialClone(cwd)
  ]);
  return !partial && !(0, import_node_fs11.existsSync)(import_node_path11.default.resolve(cwd, where.stdout.toString("utf8").trim()));
}
async function isPartialClone(cwd) {
  return (await git(["config", "--get-regexp", "^(extensions\\.partialclone|remote\\..*\\.promisor)$"], cwd, {
    ok: [0, 1]
  })).stdout.toString("utf8").split(`
`).some((line) => /^extensions\.partialclone \S/.test(line) || / true$/.test(line));
}
var import_node_fs11, import_node_path11, MAX_PENDING, LF2, init_enumeration = __esm({
  "src/sources/history/enumeration.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs"), import_node_path11 = __toESM(require("node:path"), 1);
    init_git();
    init_pack_order();
    MAX_PENDING = 1e5, LF2 = 10;
  }
});

// src/sources/history/provenance.ts
async function collectChanges(cwd, revArgs, interesting, withUnreadBefore, onCommit) {
  let revList = spawnGit(["rev-list", "--topo-order", "--parents", ...revArgs, "--"], cwd), diffTree = spawnGit(
    [
      "diff-tree",
      "--stdin",
      "-r",
      "-z",
      "--raw",
      "--root",
      "--always",
      "--no-abbrev",
      "--no-renames",
      "--format=%x01%H%x00%an%x00%aI"
    ],
    cwd
  ), sections = [], sectionHead = 0, order = 0, revLines = new RecordSplitter(10, (line) => {
    let [commit, ...parents] = line.split(" ");
    if (!commit) return;
    let n = Math.max(1, parents.length);
    if (parents.length === 0)
      sections.push({ order, parent: 0, parents: 1 }), diffTree.child.stdin.write(`${commit}
`);
    else
      for (let [i, parent] of parents.entries())
        sections.push({ order, parent: i, parents: n }), diffTree.child.stdin.write(`${commit} ${parent}
`);
    order++;
  });
  revList.child.stdout.on("data", (chunk) => {
    revLines.push(chunk), diffTree.child.stdin.writableNeedDrain && revList.child.stdout.pause();
  }), diffTree.child.stdin.on("drain", () => revList.child.stdout.resume()), revList.child.stdout.on("end", () => {
    revLines.end(), diffTree.child.stdin.end();
  });
  let kept = [], current, section = sections[0], done = 0, expect = "any", header = { commit: "", author: "" }, change, records = new RecordSplitter(0, (raw) => {
    switch (expect) {
      case "author":
        header.author = raw, expect = "date";
        return;
      case "date": {
        if (expect = "any", section = sections[sectionHead++], !section) throw new Error("git diff-tree returned more commits than were asked for");
        current?.order !== section.order && (current?.relevant && kept.push(current), current = {
          order: section.order,
          commit: header.commit,
          author: header.author,
          date: raw,
          parents: section.parents,
          changes: [],
          relevant: !1
        }, ++done % 500 === 0 && onCommit(done)), sectionHead > 4096 && sectionHead * 2 > sections.length && (sections.splice(0, sectionHead), sectionHead = 0);
        return;
      }
      case "path":
        expect = "any", change && current && section && current.changes.push({ parent: section.parent, path: raw, before: change.before, after: change.after }), change = void 0;
        return;
      case "any": {
        let text = raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
        if (text.charCodeAt(0) === 1) {
          header = { commit: text.slice(1), author: "" }, expect = "author";
          return;
        }
        let [oldMode, newMode, before, after] = text.slice(1).split(" ");
        if (expect = "path", !before || !after || !current) return;
        let oldBlob = oldMode === GITLINK ? ZERO_ID : before, newBlob = newMode === GITLINK ? ZERO_ID : after;
        interesting(newBlob) || interesting(oldBlob) ? (current.relevant = !0, change = { before: oldBlob, after: newBlob }) : withUnreadBefore && !ZERO.test(oldBlob) && (change = { before: oldBlob, after: newBlob });
      }
    }
  }), failure;
  diffTree.child.stdout.on("data", (chunk) => {
    if (failure === void 0)
      try {
        records.push(chunk);
      } catch (e) {
        failure = e, revList.kill(), diffTree.kill();
      }
  });
  try {
    await Promise.all([revList.exited, diffTree.exited]);
  } catch (e) {
    throw revList.kill(), diffTree.kill(), e;
  }
  if (failure !== void 0) throw failure;
  return records.end(), current?.relevant && kept.push(current), onCommit(done), kept;
}
function decideIntroductions(commits, keysOf) {
  let chosen = /* @__PURE__ */ new Map(), keys = (blob) => ZERO.test(blob) ? void 0 : keysOf(blob);
  for (let c of commits) {
    let added = [], removed = [];
    for (let i = 0; i < c.parents; i++)
      added.push(/* @__PURE__ */ new Map()), removed.push(/* @__PURE__ */ new Set());
    for (let ch of c.changes) {
      let after = keys(ch.after), before = keys(ch.before);
      for (let fp of after?.keys() ?? [])
        before?.has(fp) || added[ch.parent]?.set(`${fp}\0${ch.path}`, { fingerprint: fp, path: ch.path, blob: ch.after });
      for (let fp of before?.keys() ?? [])
        after?.has(fp) || removed[ch.parent]?.add(fp);
    }
    for (let [id, add] of added[0] ?? []) {
      let isNew = !0;
      for (let i = 0; i < c.parents && isNew; i++)
        isNew = added[i]?.has(id) === !0 && removed[i]?.has(add.fingerprint) !== !0;
      if (!isNew) continue;
      let previous = chosen.get(id);
      previous && previous.order > c.order || chosen.set(id, { order: c.order, intro: { ...add, commit: c.commit, author: c.author, date: c.date } });
    }
  }
  return [...chosen.values()].map((v) => v.intro);
}
function oldBlobsOf(commits) {
  let ids = /* @__PURE__ */ new Set();
  for (let c of commits)
    for (let ch of c.changes) ZERO.test(ch.before) || ids.add(ch.before);
  return ids;
}
var GITLINK, ZERO, ZERO_ID, init_provenance = __esm({
  "src/sources/history/provenance.ts"() {
    "use strict";
    init_git();
    GITLINK = "160000", ZERO = /^0+$/, ZERO_ID = "0";
  }
});

// src/sources/history/revisions.ts
async function openRepository(cwd) {
  let r = await git(["rev-parse", "--is-bare-repository", "--show-toplevel", "--is-shallow-repository"], cwd, {
    ok: [0, 128]
  });
  if (r.code !== 0) {
    await findWorkTree(cwd);
    let bare2 = await git(["rev-parse", "--is-bare-repository", "--is-shallow-repository"], cwd, { ok: [0, 128] }), [isBare, isShallow2] = bare2.stdout.toString("utf8").split(`
`);
    if (bare2.code === 0 && isBare === "true") return { root: cwd, shallow: isShallow2 === "true" };
    throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, "not-a-repository");
  }
  let [, top, isShallow] = r.stdout.toString("utf8").split(`
`);
  return { root: top || cwd, shallow: isShallow === "true" };
}
async function resolveRevisions(cwd, revs) {
  if (revs.length === 0) {
    let stash = await git(["reflog", "show", "--format=%H", "refs/stash", "--"], cwd, { ok: [0, 128] });
    return { args: ["--all", ...(stash.code === 0 ? stash.stdout.toString("utf8").split(`
`).filter(Boolean) : []).slice(1)], isRange: !1, isDefault: !0, label: "all refs" };
  }
  for (let rev of revs)
    if (rev.startsWith("-") || rev.trim() === "" || rev.includes(`
`))
      throw new SkguardError(`history: "${rev}" is not a revision or range (expected e.g. main..feature)`, "usage");
  let endpoints = [...new Set(revs.flatMap(endpointsOf))], answers = (await git(["cat-file", "--batch-check=%(objectname) %(objecttype)"], cwd, {
    input: endpoints.map((e) => `${e}^{commit}
`).join("")
  })).stdout.toString("utf8").split(`
`), missing = endpoints.filter((_, i) => !/^[0-9a-f]+ commit$/.test(answers[i] ?? ""));
  if (missing.length > 0) {
    let names = missing.map((m) => `"${m}"`).join(", "), hint = (await git(["rev-parse", "--is-shallow-repository"], cwd, { ok: [0, 128] })).stdout.toString("utf8").trim() === "true" ? ": this clone is shallow, so the commit may lie beyond its depth (fetch it with `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)" : "";
    throw new SkguardError(
      `history: ${missing.length === 1 ? "revision" : "revisions"} ${names} not found in this repository${hint}`,
      "revision"
    );
  }
  let isRange = revs.some((r) => r.includes("..") || r.startsWith("^") || /\^[!-]/.test(r));
  return { args: [...revs], isRange, isDefault: !1, label: revs.join(" ") };
}
function endpointsOf(rev) {
  return (rev.includes("...") ? rev.split("...") : rev.includes("..") ? rev.split("..") : [rev]).map((side) => {
    let name = side.replace(/^\^/, "").replace(/\^(?:!|@|-\d*)$/, "");
    return name === "" ? "HEAD" : name;
  });
}
var init_revisions = __esm({
  "src/sources/history/revisions.ts"() {
    "use strict";
    init_errors();
    init_git();
  }
});

// src/sources/history.ts
var history_exports = {};
__export(history_exports, {
  canFilterBlobs: () => canFilterBlobs,
  historySource: () => historySource
});
async function historySource(cwd, options = {}) {
  let repository = await openRepository(cwd), truncated = repository.shallow && options.complete !== !0, revisions, enumeration, blobsOnly = !0, started = performance.now(), progress = {
    kind: "history",
    phase: "reading",
    commits: void 0,
    listed: 0,
    listingDone: !1,
    read: 0,
    bytes: 0,
    walked: 0,
    elapsedMs: 0
  }, report = (onProgress) => {
    onProgress && (progress.elapsedMs = performance.now() - started, onProgress(progress));
  };
  return {
    kind: "history",
    root: repository.root,
    partial: !1,
    repository,
    async read(raw, context) {
      let sink = lfsAware(raw, repository.root), [resolved, version] = await Promise.all([resolveRevisions(cwd, options.revs ?? []), git(["version"], cwd)]);
      revisions = resolved, truncated && sink.note(shallowNote());
      let counting = git(["rev-list", "--count", ...resolved.args, "--"], cwd).then((r) => (progress.commits = Number(r.stdout.toString("utf8").trim()) || 0, progress.commits));
      counting.catch(() => {
      });
      let blobs = 0, reader2 = new BlobReader(cwd, handlerFor(sink, progress), STREAM_THRESHOLD);
      reader2.onRead = () => {
        blobs++, context.onProgress && blobs % 64 === 0 && report(context.onProgress);
      }, blobsOnly = canFilterBlobs(version.stdout.toString("utf8"));
      try {
        enumeration = await requestBlobs(
          cwd,
          resolved,
          reader2,
          (listed, done) => {
            progress.listed = listed, progress.listingDone = done;
          },
          blobsOnly
        );
      } catch (e) {
        throw reader2.abort(), e;
      }
      let commits = await counting;
      if (report(context.onProgress), commits === 0 && sink.note(
        resolved.isDefault ? {
          level: "info",
          code: "empty-repository",
          message: "the repository has no commits yet: there is no history to scan"
        } : { level: "info", code: "empty-range", message: `${resolved.label} holds no commits: nothing to scan` }
      ), enumeration.missing > 0) {
        for (let i = 0; i < enumeration.missing; i++) sink.skipped("unreadable");
        sink.note({
          level: "warning",
          code: "missing-objects",
          message: `${plural(enumeration.missing, "object")} ${enumeration.missing === 1 ? "is" : "are"} not in this clone (a partial clone?) and ${enumeration.missing === 1 ? "was" : "were"} not read: fetch them, or scan a full clone`
        });
      }
      for (let id of enumeration.unreadable)
        sink.skipped("unreadable", `object ${id}`, "git could not read it (corrupt?)");
      return enumeration.submodules && sink.note({
        level: "info",
        code: "submodules",
        message: "the history has submodules (.gitmodules): their contents are not entered; scan each submodule repository on its own"
      }), { commits, blobs: progress.read, ...truncated ? { truncated } : {} };
    },
    async nameBlobs(ids) {
      return !revisions || enumeration?.source !== "object-store" ? /* @__PURE__ */ new Map() : nameReachableBlobs(cwd, revisions.args, ids, blobsOnly);
    },
    async attribute(keysOf, raw, onProgress) {
      let sink = lfsAware(raw, repository.root);
      if (!revisions) throw new Error("history: attribute() before read()");
      let { args, isRange } = revisions;
      progress.phase = "attributing";
      let changes = await collectChanges(
        cwd,
        args,
        (blob) => keysOf(blob) !== void 0,
        isRange,
        (walked) => {
          progress.walked = walked, report(onProgress);
        }
      );
      if (isRange) {
        let wanted = [...oldBlobsOf(changes)].filter((id) => keysOf(id) === void 0), { present, missing } = await presentObjects(cwd, wanted);
        if (present.length > 0) {
          let reader2 = new BlobReader(cwd, handlerFor(sink), STREAM_THRESHOLD);
          for (let id of present) reader2.request({ id, name: "" });
          await reader2.finish();
        }
        missing > 0 && sink.note({
          level: "warning",
          code: "missing-objects",
          message: `${plural(missing, "earlier version")} of files holding keys ${missing === 1 ? "is" : "are"} not in this partial clone: the range's commits are taken to add those keys (fetch the objects, or scan a full clone, to know whether they only kept them)`
        });
      }
      let introductions = decideIntroductions(changes, keysOf);
      return isRange ? { introductions, exhaustive: !1 } : enumeration?.source !== "object-store" ? { introductions, exhaustive: !0 } : { introductions, exhaustive: !0, reachable: (ids) => nameReachableBlobs(cwd, args, ids, blobsOnly) };
    }
  };
}
function handlerFor(sink, progress) {
  let open;
  return {
    whole(blob, data) {
      progress && (progress.read++, progress.bytes += data.length), sink.whole({ path: blob.name, blob: blob.id }, data);
    },
    start(blob) {
      progress && progress.read++, open = sink.open({ path: blob.name, blob: blob.id });
    },
    chunk(data) {
      progress && (progress.bytes += data.length), open?.push(data);
    },
    end() {
      open?.end(), open = void 0;
    },
    tree(_tree, data) {
      let idLength = _tree.id.length === 64 ? 32 : 20;
      for (let at = 0; at < data.length; ) {
        let space = data.indexOf(32, at), nul = space < 0 ? -1 : data.indexOf(0, space);
        if (nul < 0) break;
        sink.named(data.toString("utf8", space + 1, nul)), at = nul + 1 + idLength;
      }
    },
    skip(blob, reason) {
      reason === "missing" && sink.skipped(
        "unreadable",
        blob.name || `blob ${blob.id}`,
        `git could not read object ${blob.id.slice(0, 12)} (corrupt?)`
      );
    }
  };
}
async function presentObjects(cwd, ids) {
  if (ids.length === 0 || !await isPartialClone(cwd)) return { present: ids, missing: 0 };
  let local = await git(["cat-file", "--batch-all-objects", "--batch-check=%(objectname)", "--unordered"], cwd), have = new Set(local.stdout.toString("latin1").split(`
`)), present = ids.filter((id) => have.has(id));
  return { present, missing: ids.length - present.length };
}
function canFilterBlobs(gitVersion) {
  let m = /(\d+)\.(\d+)/.exec(gitVersion);
  if (!m) return !0;
  let [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 2 || major === 2 && minor >= 32;
}
function shallowNote() {
  return {
    level: "warning",
    code: "shallow-history",
    message: "this is a shallow clone: history is truncated, and commits older than its depth were not read (no claim is made about them). Keys found in its oldest commits may have been introduced earlier. Fetch the whole history with `git fetch --unshallow` (in GitHub Actions: `fetch-depth: 0` in actions/checkout), then scan again."
  };
}
var init_history = __esm({
  "src/sources/history.ts"() {
    "use strict";
    init_plural();
    init_files();
    init_git();
    init_blob_reader();
    init_enumeration();
    init_provenance();
    init_revisions();
    init_lfs();
  }
});

// src/hook/shell.ts
function shQuote(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : quoteAlways(word);
}
function quoteAlways(word) {
  return `'${word.replaceAll("'", "'\\''")}'`;
}
var init_shell = __esm({
  "src/hook/shell.ts"() {
    "use strict";
  }
});

// src/hook/husky.ts
function huskyLine(top, huskyDir, args) {
  let command = ["skguard", "staged", ...args.map(shQuote)].join(" "), pkg = import_node_path14.default.relative(top, import_node_path14.default.dirname(huskyDir)).split(import_node_path14.default.sep).join("/");
  return pkg === "" ? command : `PATH=${shQuote(`${pkg}/node_modules/.bin`)}:"$PATH" ${command}`;
}
function hasSkguardLine(content) {
  return RUNS_SKGUARD.test(content);
}
function insertLine(content, line) {
  if (content === "") return `${line}
`;
  let lines = (content.endsWith(`
`) ? content.slice(0, -1) : content).split(`
`), at = 0;
  for (; at < lines.length && SETUP_LINE.test(lines[at] ?? ""); ) at++;
  for (; at > 0 && /^\s*(?:$|#(?!!))/.test(lines[at - 1] ?? "") && at < lines.length; ) at--;
  return lines.splice(at, 0, line), `${lines.join(`
`)}
`;
}
function removeLines(content) {
  let lines = content.split(`
`), kept = lines.filter((l) => !OUR_LINE.test(l));
  return { content: kept.join(`
`), removed: lines.length - kept.length };
}
var import_node_path14, RUNS_SKGUARD, OUR_LINE, SETUP_LINE, init_husky = __esm({
  "src/hook/husky.ts"() {
    "use strict";
    import_node_path14 = __toESM(require("node:path"), 1);
    init_shell();
    RUNS_SKGUARD = /^[^#\n]*(?:^|[\s;&|(])skguard\s+staged(?:\s|$)/m, OUR_LINE = /^(?:PATH=(?:'[^']*'|[^\s']+):"\$PATH" )?skguard staged(?: [^\n]*)?$/;
    SETUP_LINE = /^\s*(?:$|#|(?:\.|source)\s|(?:export|readonly|unset|umask)\s|set\s+[-+]|[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s;&|'"]*)\s*(?:#.*)?$)/;
  }
});

// src/hook/script.ts
function hookScript(options) {
  let args = options.args.map(shQuote).join(" "), staged = args === "" ? "staged" : `staged ${args}`, posix = (p) => p.replaceAll("\\", "/");
  return [
    "#!/bin/sh",
    "# skguard: blocks a commit that adds an AI-provider API key (OpenAI, Anthropic, Gemini, xAI, Groq and 26 more).",
    "# Written by `skguard hook install`; `skguard hook uninstall` removes it and puts back any hook it replaced.",
    "# To commit without the check, deliberately: git commit --no-verify",
    MARKER,
    "",
    "# A hook that was here before `skguard hook install --force` runs first, as it did before.",
    `backup="$(dirname -- "$0")/${BACKUP_NAME}"`,
    'if [ -x "$backup" ]; then',
    '  "$backup" "$@" || exit $?',
    "fi",
    "",
    `node=${quoteAlways(posix(options.node))}`,
    `cli=${quoteAlways(options.cli === void 0 ? "" : posix(options.cli))}`,
    'if [ -x "$node" ] && [ -f "$cli" ]; then',
    `  exec "$node" "$cli" ${staged}`,
    "fi",
    "if command -v skguard >/dev/null 2>&1; then",
    `  exec skguard ${staged}`,
    "fi",
    // printf, not echo: dash's echo would interpret backslashes in the path.
    `printf '%s\\n' "skguard: this commit was NOT checked for API keys: ${options.cli === void 0 ? "skguard is not on the PATH" : "$cli is gone and skguard is not on the PATH"}. Fix: npm install --global ${PACKAGE_NAME} && skguard hook install (or remove this hook: rm \\"$0\\")" >&2`,
    "exit 0",
    ""
  ].join(`
`);
}
function isOurScript(content) {
  return content.split(`
`).includes(MARKER);
}
function isPreCommitFramework(content) {
  return content.includes("File generated by pre-commit");
}
var MARKER, BACKUP_NAME, init_script = __esm({
  "src/hook/script.ts"() {
    "use strict";
    init_version();
    init_shell();
    MARKER = "# skguard-hook: v1", BACKUP_NAME = "pre-commit.skguard-backup";
  }
});

// src/hook/setup.ts
async function detectSetup(cwd) {
  let rev = await git(["rev-parse", "--show-toplevel", "--git-path", "hooks"], cwd, { ok: [0, 128] }), [top, hooks] = rev.stdout.toString("utf8").trim().split(`
`);
  if (rev.code !== 0 || !top || !hooks)
    throw new SkguardError(
      `not in a git work tree: ${cwd} (run skguard hook install inside the repository)`,
      "not-a-repository"
    );
  let hooksDir = import_node_path15.default.resolve(cwd, hooks), config = await git(["config", "--get", "core.hooksPath"], cwd, { ok: [0, 1] }), hooksPath = config.code === 0 && config.stdout.toString("utf8").trim() || void 0;
  if (hooksPath && HUSKY_HOOKS_PATH.test(hooksPath))
    return { kind: "husky", top, huskyDir: import_node_path15.default.dirname(hooksDir), active: !0, hooksDir };
  if (!hooksPath) {
    let huskyDir = findHuskyDir(cwd, top);
    if (huskyDir) return { kind: "husky", top, huskyDir, active: !1, hooksDir };
  }
  return { kind: "hooks-dir", top, hooksDir, hooksPath };
}
function findHuskyDir(cwd, top) {
  let dir = (0, import_node_fs14.realpathSync)(cwd);
  for (; ; ) {
    let candidate = import_node_path15.default.join(dir, ".husky");
    if ((0, import_node_fs14.existsSync)(candidate) && (0, import_node_fs14.statSync)(candidate).isDirectory()) return candidate;
    let rel2 = import_node_path15.default.relative(top, dir);
    if (rel2 === "" || rel2.startsWith("..") || import_node_path15.default.isAbsolute(rel2)) return;
    dir = import_node_path15.default.dirname(dir);
  }
}
var import_node_fs14, import_node_path15, HUSKY_HOOKS_PATH, init_setup = __esm({
  "src/hook/setup.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs"), import_node_path15 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    HUSKY_HOOKS_PATH = /(?:^|[\\/])\.husky[\\/]_[\\/]*$/;
  }
});

// src/hook/temporary.ts
var temporary_exports = {};
__export(temporary_exports, {
  temporaryPlace: () => temporaryPlace,
  tmpdirOf: () => tmpdirOf
});
function temporaryPlace(file, tmpdir2) {
  let real = realOrSame(file), parts = real.split(/[\\/]+/);
  if (parts.includes("_npx")) return "npx's cache";
  if (parts.some((p, i) => p === "dlx" && parts[i - 1] === "pnpm")) return "pnpm dlx's cache";
  for (let dir of /* @__PURE__ */ new Set([tmpdir2, realOrSame(tmpdir2)])) {
    if (dir === "" || import_node_path16.default.parse(dir).root === dir) continue;
    let rel2 = import_node_path16.default.relative(dir, real);
    if (rel2 !== "" && !rel2.startsWith("..") && !import_node_path16.default.isAbsolute(rel2))
      return `the temporary folder ${dir}`;
  }
}
function tmpdirOf(env) {
  let dir = process.platform === "win32" ? env.TEMP || env.TMP || import_node_path16.default.join(env.SystemRoot || env.windir || "C:\\Windows", "temp") : env.TMPDIR || env.TMP || env.TEMP || "/tmp";
  return dir.length > 1 && /[\\/]$/.test(dir) ? dir.slice(0, -1) : dir;
}
function realOrSame(file) {
  try {
    return (0, import_node_fs15.realpathSync)(file);
  } catch {
    return import_node_path16.default.resolve(file);
  }
}
var import_node_fs15, import_node_path16, init_temporary = __esm({
  "src/hook/temporary.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs"), import_node_path16 = __toESM(require("node:path"), 1);
  }
});

// src/hook/install.ts
var install_exports = {};
__export(install_exports, {
  installHook: () => installHook,
  rel: () => rel,
  uninstallHook: () => uninstallHook
});
async function installHook(options) {
  let setup = await detectSetup(options.cwd), result2 = { setup, changes: [], warnings: [] };
  if (setup.kind === "husky") {
    let file2 = import_node_path17.default.join(setup.huskyDir, PRE_COMMIT), existing2 = readHookFile(setup, file2);
    if (existing2 !== void 0 && hasSkguardLine(existing2))
      result2.changes.push({ action: "line-present", file: file2 });
    else {
      let line = huskyLine(setup.top, setup.huskyDir, options.args);
      (0, import_node_fs16.mkdirSync)(setup.huskyDir, { recursive: !0 }), writeHookFile(file2, insertLine(existing2 ?? "", line), existing2 === void 0 ? 493 : void 0), result2.changes.push({ action: "added-line", file: file2, line, created: existing2 === void 0 });
    }
    let pkg = import_node_path17.default.dirname(setup.huskyDir);
    return [.../* @__PURE__ */ new Set([pkg, setup.top])].map((dir) => import_node_path17.default.join(dir, "node_modules", ".bin", "skguard")).some((bin) => (0, import_node_fs16.existsSync)(bin)) || result2.warnings.push(
      `skguard is not installed in ${rel(setup, import_node_path17.default.join(pkg, "node_modules"))}: add it as a dev dependency (npm install --save-dev ${PACKAGE_NAME}), or the hook cannot find it`
    ), setup.active || result2.warnings.push(
      "husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or `npm install`, which runs its prepare script)"
    ), result2;
  }
  refuseTemporary(options);
  let file = import_node_path17.default.join(setup.hooksDir, PRE_COMMIT), script = hookScript(options), existing = readHookFile(setup, file);
  if (existing !== void 0 && isOurScript(existing))
    return existing === script ? result2.changes.push({ action: "script-current", file }) : (writeHookFile(file, script, 493), result2.changes.push({ action: "updated-script", file })), result2;
  let backup = import_node_path17.default.join(setup.hooksDir, BACKUP_NAME);
  if (existing !== void 0) {
    if (!options.force) {
      let framework = isPreCommitFramework(existing) ? " It is the pre-commit framework's hook: add skguard to .pre-commit-config.yaml instead (see the README)." : "";
      throw new SkguardError(
        `${rel(setup, file)} already exists and was not written by skguard.${framework} To keep it and run it before skguard, use \`skguard hook install --force\` (it is moved to ${BACKUP_NAME}).`,
        "hook"
      );
    }
    if ((0, import_node_fs16.existsSync)(backup))
      throw new SkguardError(
        `${rel(setup, backup)} already exists: move it away first, so that --force does not overwrite an earlier backup`,
        "hook"
      );
    (0, import_node_fs16.renameSync)(file, backup);
  }
  return (0, import_node_fs16.mkdirSync)(setup.hooksDir, { recursive: !0 }), writeHookFile(file, script, 493), result2.changes.push(
    existing === void 0 ? { action: "wrote-script", file } : { action: "wrote-script", file, backup }
  ), result2;
}
async function uninstallHook(cwd) {
  let setup = await detectSetup(cwd), result2 = { setup, changes: [], warnings: [] };
  if (setup.kind === "husky") {
    let file2 = import_node_path17.default.join(setup.huskyDir, PRE_COMMIT), link = linkOnTheWay(setup, file2);
    link !== void 0 && result2.warnings.push(`${rel(setup, link)} is a symbolic link: left as it is`);
    let existing2 = link === void 0 ? readHookFile(setup, file2) : void 0;
    if (existing2 !== void 0) {
      let { content, removed } = removeLines(existing2);
      if (removed > 0) {
        let deletedFile = content.trim() === "";
        deletedFile ? (0, import_node_fs16.unlinkSync)(file2) : writeHookFile(file2, content), result2.changes.push({ action: "removed-line", file: file2, deletedFile });
      }
    }
  }
  let file = import_node_path17.default.join(setup.hooksDir, PRE_COMMIT), linked = isLink(file), existing = linked ? void 0 : readHookFile(setup, file);
  if (existing !== void 0 && isOurScript(existing)) {
    (0, import_node_fs16.unlinkSync)(file);
    let backup = import_node_path17.default.join(setup.hooksDir, BACKUP_NAME);
    (0, import_node_fs16.existsSync)(backup) ? ((0, import_node_fs16.renameSync)(backup, file), result2.changes.push({ action: "removed-script", file, restored: backup })) : result2.changes.push({ action: "removed-script", file });
  } else (existing !== void 0 || linked) && setup.kind === "hooks-dir" && result2.changes.push({ action: "left-foreign", file });
  return result2;
}
function refuseTemporary(options) {
  for (let [what, file] of [
    ["skguard", options.cli],
    ["node", options.node]
  ]) {
    let place = file === void 0 ? void 0 : temporaryPlace(file, options.tmpdir);
    if (place !== void 0)
      throw new SkguardError(
        `${what} is running from ${place} (${file}), which is emptied without notice: a hook recording it would stop working. Install skguard where it stays, then install the hook with it: \`npm install --save-dev ${PACKAGE_NAME}\` and \`npx skguard hook install\` in a Node project, or \`npm install --global ${PACKAGE_NAME}\` and \`skguard hook install\``,
        "hook"
      );
  }
}
function readHookFile(setup, file) {
  let link = linkOnTheWay(setup, file);
  if (link !== void 0)
    throw new SkguardError(
      `${rel(setup, link)} is a symbolic link: skguard does not write through links. Replace it with the file it points to, or add \`skguard staged\` to that file yourself`,
      "hook"
    );
  try {
    if (!(0, import_node_fs16.lstatSync)(file).isFile())
      throw new SkguardError(`${rel(setup, file)} exists and is not a file: skguard leaves it alone`, "hook");
    return (0, import_node_fs16.readFileSync)(file, "utf8");
  } catch (e) {
    if (e instanceof SkguardError) throw e;
    if (e.code === "ENOENT") return;
    throw new SkguardError(
      `could not read ${file}: ${e.code ?? e.message}`,
      "io"
    );
  }
}
function linkOnTheWay(setup, file) {
  return (setup.kind === "husky" ? [setup.huskyDir, file] : [file]).find(isLink);
}
function isLink(file) {
  try {
    return (0, import_node_fs16.lstatSync)(file).isSymbolicLink();
  } catch {
    return !1;
  }
}
function writeHookFile(file, content, mode) {
  let flags = import_node_fs16.constants.O_WRONLY | import_node_fs16.constants.O_CREAT | import_node_fs16.constants.O_TRUNC | (import_node_fs16.constants.O_NOFOLLOW ?? 0), fd;
  try {
    fd = (0, import_node_fs16.openSync)(file, flags, mode ?? 420);
  } catch (e) {
    let code = e.code;
    throw code === "ELOOP" ? new SkguardError(`${file} is a symbolic link: skguard does not write through links`, "hook") : new SkguardError(`could not write ${file}: ${code ?? e.message}`, "io");
  }
  try {
    (0, import_node_fs16.writeSync)(fd, content), mode !== void 0 && (0, import_node_fs16.fchmodSync)(fd, mode);
  } finally {
    (0, import_node_fs16.closeSync)(fd);
  }
}
function rel(setup, file) {
  let r = import_node_path17.default.relative(setup.top, file);
  return r.startsWith("..") || import_node_path17.default.isAbsolute(r) ? file : r.split(import_node_path17.default.sep).join("/");
}
var import_node_fs16, import_node_path17, PRE_COMMIT, init_install = __esm({
  "src/hook/install.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs"), import_node_path17 = __toESM(require("node:path"), 1);
    init_errors();
    init_version();
    init_husky();
    init_script();
    init_setup();
    init_temporary();
    PRE_COMMIT = "pre-commit";
  }
});

// src/pipeline/ignore-file.ts
var ignore_file_exports = {};
__export(ignore_file_exports, {
  recordIgnores: () => recordIgnores
});
async function recordIgnores(cwd, what, today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
  let top = await findWorkTree(cwd).catch(() => {
  }) ?? cwd, file = import_node_path19.default.join(top, IGNORE_FILE), text = readSettingsFile(file, { label: IGNORE_FILE, limit: IGNORE_LIMIT, followLinks: !1 }) ?? "", email = await git(["config", "--get", "user.email"], top, { ok: [0, 1, 128] }).catch(() => {
  }), by = email?.code === 0 && email.stdout.toString("utf8").trim() || void 0, lines = text === "" ? [] : text.replace(/\r?\n$/, "").split(/\r?\n/), existing = new Map(parseIgnoreFile(text).entries.map((e) => [e.fingerprint, e])), said = [];
  for (let fingerprint2 of what.fingerprints) {
    let entry = {
      fingerprint: fingerprint2,
      added: today,
      ...by ? { by } : {},
      ...what.expires ? { expires: what.expires } : {},
      reason: what.reason
    }, line = formatIgnoreEntry(entry), old = existing.get(fingerprint2);
    old ? lines[old.line - 1] = line : lines.push(line), said.push(
      `${old ? "updated" : "added"} ${fingerprint2}${what.expires ? ` until ${what.expires}` : ""}: ${what.reason}`
    );
  }
  return text === "" && lines.unshift(
    "# skguard: keys acknowledged by fingerprint (skguard ignore FINGERPRINT --reason TEXT [--expires YYYY-MM-DD]).",
    "# An entry past its expires= day suppresses nothing; a key its provider says is live is reported anyway."
  ), writeReport(IGNORE_FILE, `${lines.join(`
`)}
`, { label: IGNORE_FILE, base: top }), { file: import_node_path19.default.relative(cwd, file) || IGNORE_FILE, lines: said };
}
var import_node_path19, init_ignore_file = __esm({
  "src/pipeline/ignore-file.ts"() {
    "use strict";
    import_node_path19 = __toESM(require("node:path"), 1);
    init_read();
    init_suppress();
    init_output();
    init_git();
    init_suppressions();
  }
});

// src/cli/main.ts
var import_node_fs18 = require("node:fs"), import_node_path20 = __toESM(require("node:path"), 1);
init_errors();
init_version();

// src/cli/args.ts
var import_node_util = require("node:util");
init_did_you_mean();
init_errors();
var HELP = { name: "help", short: "h", description: "show this help" };
function parseCommandLine(argv, commands, about, isPath = () => !1) {
  let first = argv[0];
  if (first === void 0 || first === "-h" || first === "--help")
    return { kind: "help", text: topHelp(commands, about) };
  if (first === "help") return { kind: "help", text: helpFor(argv.slice(1), commands, about) };
  if (first === "-V" || first === "--version") return { kind: "version" };
  if (first.startsWith("-")) throw usage(`unknown option '${first}' before a command (run skguard --help)`);
  let group = groupHelp(argv, commands);
  if (group !== void 0) return { kind: "help", text: group };
  let spec = findCommand(argv, commands), rest = argv.slice(spec.words.length);
  for (let arg of rest) {
    if (arg === "--") break;
    if (arg.length > 1 && arg.startsWith("-") && isPath(arg))
      throw usage(
        `'${arg}' names a file here and reads as an option: put file names after -- (skguard ${spec.words.join(" ")} [options] -- FILE...), or write ./${arg}`
      );
  }
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({
      args: rest,
      options: Object.fromEntries(
        [...spec.options, HELP].map((o) => [
          o.name,
          { type: o.value ? "string" : "boolean", ...o.short ? { short: o.short } : {} }
        ])
      ),
      allowPositionals: spec.args !== void 0,
      strict: !0
    });
  } catch (error) {
    throw usage(
      `${parseProblem(
        error,
        spec.options.map((o) => o.name)
      )} (run skguard ${spec.words.join(" ")} --help)`
    );
  }
  if (parsed.values.help === !0) return { kind: "help", text: commandHelp(spec) };
  let options = {};
  for (let o of spec.options) {
    let raw = parsed.values[o.name], value = typeof raw == "string" || typeof raw == "boolean" ? raw : o.default;
    if (o.choices && typeof value == "string" && !o.choices.includes(value))
      throw usage(`--${o.name}: unknown value "${value}"; expected one of ${o.choices.join(", ")}`);
    o.name.startsWith("no-") ? options[camel(o.name.slice(3))] = value !== !0 : options[camel(o.name)] = value;
  }
  return { kind: "command", spec, args: parsed.positionals, options };
}
function findCommand(argv, commands) {
  let first = argv[0], candidates = commands.filter((c) => c.words[0] === first);
  if (candidates.length === 0) {
    let words = [...new Set(commands.map((c) => c.words[0]))], meant2 = didYouMean(first, words);
    throw usage(
      `unknown command '${first}'${meant2 ? `: did you mean '${meant2}'?` : ""} (commands: ${words.join(", ")}; run skguard --help)`
    );
  }
  let exact = candidates.find((c) => c.words.length === 1);
  if (exact) return exact;
  let sub = candidates.find((c) => c.words[1] === argv[1]);
  if (sub) return sub;
  let subs = candidates.map((c) => c.words[1]), meant = argv[1] === void 0 ? void 0 : didYouMean(argv[1], subs);
  throw usage(
    argv[1] === void 0 || argv[1].startsWith("-") ? `skguard ${first} needs a subcommand: ${subs.join(", ")}` : `unknown command '${first} ${argv[1]}'${meant ? `: did you mean '${first} ${meant}'?` : ""} (expected one of: ${subs.join(", ")})`
  );
}
function groupHelp(argv, commands) {
  let members = commands.filter((c) => c.words[0] === argv[0] && c.words.length > 1);
  if (members.length === 0) return;
  let next = argv[1];
  if (!(next !== void 0 && next !== "-h" && next !== "--help"))
    return [
      `Usage: skguard ${argv[0]} <command> [options]`,
      "",
      "Commands:",
      ...table(members.map((c) => [signature(c), c.description])),
      "",
      `Run skguard ${argv[0]} <command> --help for a command's options.`,
      ""
    ].join(`
`);
}
function helpFor(words, commands, about) {
  if (words.length === 0) return topHelp(commands, about);
  let spec = commands.find((c) => c.words.join(" ") === words.join(" "));
  return spec ? commandHelp(spec) : groupHelp(words, commands) ?? (findCommand(words, commands) && topHelp(commands, about));
}
function parseProblem(error, known) {
  let option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      let meant = option?.startsWith("--") ? didYouMean(option.slice(2).split("=")[0], [...known, "help"]) : void 0;
      return `unknown option '${option ?? error.message}'${meant ? `: did you mean '--${meant}'?` : ""}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(error.message) ? `option ${longName(error.message)} needs a value` : `option ${longName(error.message)} takes no value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument '${/'([^']*)'/.exec(error.message)?.[1] ?? ""}'`;
    default:
      return error.message;
  }
}
var longName = (message2) => /--[a-z-]+/.exec(message2)?.[0] ?? "option", camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), usage = (message2) => new SkguardError(message2, "usage");
function signature(spec) {
  return `${spec.words.join(" ")} [options]${spec.args ? ` [${spec.args.name}...]` : ""}`;
}
function optionLabel(o) {
  return `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`;
}
function optionText(o) {
  let extra = [
    o.choices ? `one of: ${o.choices.join(", ")}` : "",
    o.default !== void 0 ? `default: ${o.default}` : ""
  ].filter(Boolean);
  return extra.length > 0 ? `${o.description} (${extra.join("; ")})` : o.description;
}
function table(rows) {
  let width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
function topHelp(commands, about) {
  return [
    "Usage: skguard <command> [options]",
    "",
    about,
    "",
    "Commands:",
    ...table(commands.map((c) => [signature(c), c.description])),
    "",
    "Options:",
    ...table([
      ["-V, --version", "print the version"],
      ["-h, --help", "show this help (skguard <command> --help for a command)"]
    ]),
    "",
    "Exit codes: 0 no key found, 1 keys found, 2 usage or runtime error.",
    ""
  ].join(`
`);
}
function commandHelp(spec) {
  return [
    `Usage: skguard ${signature(spec)}`,
    "",
    spec.description,
    "",
    ...spec.args ? ["Arguments:", ...table([[spec.args.name, spec.args.description]]), ""] : [],
    "Options:",
    ...table([...spec.options, HELP].map((o) => [optionLabel(o), optionText(o)])),
    ""
  ].join(`
`);
}

// src/cli/command.ts
function defineCommand(command) {
  return { spec: command.spec, execute: (line, io) => command.run(command.settings(line, io), io) };
}
var EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_ERROR = 2;

// src/cli/commands/doctor.ts
init_errors();
init_core();

// src/cli/doctor-text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/core/egress.ts
init_forms();
init_redact();
init_scanner();
var Redactor = class {
  /**
   * `rules`: the shapes to look for in text that is not a scanned file. Only rules whose keywords
   * are exact literals take part (a key's own signature, such as `sk-ant-api03-` or `T3BlbkFJ`), and
   * without their context checks: a path or an author name has no surrounding file. Rules that are
   * bare shapes recognised only by context (32 hex digits beside an Azure endpoint) would redact
   * every digest and fingerprint, so they are covered by `learn` instead.
   *
   * `onFound`: told of each key `scrub` finds by its shape in text (a path, an author name, a branch)
   * before the redacted text is returned, so that a CI adapter can have the key masked before it
   * prints anything.
   */
  constructor(rules4, onFound) {
    this.rules = rules4;
    this.onFound = onFound;
  }
  rules;
  onFound;
  scanner;
  /**
   * Keys this run found (any rule, context-bound ones included) and their encoded forms (base64,
   * percent, escapes, hex: printing a key's base64 prints the key): replaced wherever they appear.
   */
  known = /* @__PURE__ */ new Map();
  /** The same texts by their last MIN_KEY characters, for `knownIn`. */
  byTail = /* @__PURE__ */ new Map();
  /** Built on first use: a clean commit prints nothing, and the hook's start-up does not pay for it. */
  shapes() {
    return this.scanner ??= new Scanner(
      this.rules.filter((r) => !r.keywordsIgnoreCase).map((r) => ({ ...r, checks: r.checks.filter((c) => c.kind === "entropy" || c.kind === "not-patterned") }))
    ), this.scanner;
  }
  /** A key this run found: it, and each encoded form of it, is replaced by a redacted form wherever it appears in output. */
  learn(secret, redactPrefix) {
    if (!(secret.length < MIN_KEY || this.known.has(secret))) {
      this.remember(secret, redact(secret, redactPrefix));
      for (let form of encodedForms(secret)) this.known.has(form) || this.remember(form, redact(form, ""));
    }
  }
  remember(text, redacted) {
    this.known.set(text, redacted);
    let tail = text.slice(-MIN_KEY), same = this.byTail.get(tail);
    same ? same.push(text) : this.byTail.set(tail, [text]);
  }
  /** The text with every key in it redacted; zero-width characters cannot hide a key's letters from it. */
  scrub(text) {
    if (text.length < MIN_KEY) return text;
    let view = invisibleFree(text), hits = this.knownIn(view.text), shaped = /* @__PURE__ */ new Map();
    for (let match of this.shapes().scan(Buffer.from(view.text, "latin1"))) {
      let form = match.encoding ? view.text.slice(match.start, match.end) : match.secret;
      if (!(form.length < MIN_KEY || this.known.has(form) || shaped.has(form))) {
        shaped.set(form, redact(match.secret, match.encoding ? "" : match.rule.redactPrefix)), this.onFound?.(match.secret), form !== match.secret && this.onFound?.(form);
        for (let i = view.text.indexOf(form); i >= 0; i = view.text.indexOf(form, i + 1))
          hits.push({ index: i, secret: form });
      }
    }
    if (hits.length === 0) return text;
    hits.sort((a, b) => a.index - b.index || b.secret.length - a.secret.length);
    let out = "", at = 0;
    for (let hit of hits) {
      let end = hit.index + hit.secret.length;
      end <= at || (hit.index >= at && (out += text.slice(view.origin(at), view.origin(hit.index))), out += this.known.get(hit.secret) ?? shaped.get(hit.secret), at = end);
    }
    return out + text.slice(view.origin(at));
  }
  /**
   * Every place a learned key or encoded form stands in `text`, in one pass: they are looked up by
   * their last characters (random, so each lookup finds one or none), however many the run found.
   */
  knownIn(text) {
    let hits = [];
    if (this.byTail.size === 0) return hits;
    for (let end = MIN_KEY; end <= text.length; end++) {
      let keys = this.byTail.get(text.slice(end - MIN_KEY, end));
      if (keys)
        for (let secret of keys) {
          let index = end - secret.length;
          index >= 0 && text.startsWith(secret, index) && hits.push({ index, secret });
        }
    }
    return hits;
  }
}, MIN_KEY = 8;
function encodedForms(secret) {
  let base64 = base64Forms(secret, 16).map((f) => f.text);
  return [...base64, ...base64.map((f) => f.replace(/=+$/, "")), ...escapedForms(secret), ...hexForms(secret)];
}
var INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/, BEYOND_LATIN1 = /[\u0100-\uffff]/g;
function invisibleFree(text) {
  let plain = text.replace(BEYOND_LATIN1, (c) => INVISIBLE.test(c) ? c : "?");
  if (!INVISIBLE.test(plain)) return { text: plain, origin: (i) => i };
  let kept = [], out = "";
  for (let i = 0; i < plain.length; i++) {
    let c = plain[i];
    INVISIBLE.test(c) || (kept.push(i), out += c);
  }
  return kept.push(plain.length), { text: out, origin: (i) => kept[i] ?? plain.length };
}
function printable(text, lines = !1) {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
    /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      if (lines && c === `
`) return c;
      let code = c.charCodeAt(0);
      return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
    }
  );
}

// src/cli/doctor-text.ts
init_plural();
function renderDoctor(report, color) {
  let c = (0, import_picocolors.createColors)(color), out = [];
  if (report.providers.length === 0)
    return out.push(c.red(c.bold("No provider key is set: nothing to diagnose."))), out.push(`skguard doctor looked in ${(report.lookedIn ?? ["the environment"]).join(" and ")} for:`), out.push(...wrap(report.lookedFor ?? [], 96).map((line) => `  ${line}`)), out.push("Set one (or load your .env), or name a provider with --provider ID to see what it needs."), `${out.join(`
`)}
`;
  let keys = report.providers.flatMap((p) => p.keys.map((k) => ({ provider: p.name, key: k })));
  for (let { provider, key } of keys)
    out.push(...block(provider, key, c), "");
  let count = (v) => keys.filter((k) => k.key.verdict === v).length, parts = [
    count("works") ? c.green(`${count("works")} work${count("works") === 1 ? "s" : ""}`) : "",
    count("does-not-work") ? c.red(c.bold(`${count("does-not-work")} do${count("does-not-work") === 1 ? "es" : ""} not work`)) : "",
    count("could-not-tell") ? c.yellow(`could not tell for ${count("could-not-tell")}`) : ""
  ].filter(Boolean);
  return out.push(`${plural(keys.length, "key")} of ${plural(report.providers.length, "provider")}: ${parts.join(", ")}.`), `${out.join(`
`)}
`;
}
var LABELS = {
  pass: (c) => c.green("PASS   "),
  warn: (c) => c.yellow("WARN   "),
  fail: (c) => c.red(c.bold("FAIL   ")),
  unknown: (c) => c.yellow("UNKNOWN"),
  skip: (c) => c.dim("SKIP   ")
};
function block(provider, key, c) {
  let out = [], from = key.source ? ` (from ${key.source === "environment" ? "the environment" : printable(key.source)})` : "", redacted = key.key ? ` ${c.yellow(key.key.redacted)}` : "";
  out.push(c.bold(`${provider} \xB7 ${key.variable}${from}${redacted}`));
  let width = Math.max(...key.checks.map((ch) => ch.id.length));
  for (let check of key.checks)
    out.push(`  ${LABELS[check.status](c)}  ${check.id.padEnd(width)}  ${printable(check.message)}`), check.fix && check.status !== "pass" && out.push(`  ${" ".repeat(7)}  ${" ".repeat(width)}  ${c.cyan("fix:")} ${printable(check.fix)}`);
  return out.push(`  ${conclusion(key, c)}`), out;
}
function conclusion(key, c) {
  let failed = key.checks.filter((ch) => ch.status === "fail").length, warned = key.checks.filter((ch) => ch.status === "warn").length;
  switch (key.verdict) {
    case "works":
      return c.green(`The key works${warned ? ` (${plural(warned, "warning")} above)` : ""}.`);
    case "does-not-work":
      return c.red(c.bold(`The key does not work: ${plural(failed, "check")} failed; apply the fixes above.`));
    default: {
      let why = key.checks.find((ch) => ch.status === "unknown") ?? key.checks.find((ch) => ch.id === "live");
      return c.yellow(
        c.bold(
          `Could not tell whether the key works${why ? ` (see ${why.id} above)` : ""}; nothing here says it does not.`
        )
      );
    }
  }
}
function wrap(names, width) {
  let lines = [], line = "";
  for (let name of names) {
    let next = line ? `${line}, ${name}` : name;
    next.length > width && line ? (lines.push(`${line},`), line = name) : line = next;
  }
  return line && lines.push(line), lines;
}

// src/cli/io.ts
init_core();
function useColor(stream, env, flag) {
  return !flag || env.NO_COLOR !== void 0 && env.NO_COLOR !== "" ? !1 : env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" ? !0 : stream.isTTY === !0 && env.TERM !== "dumb";
}
function safeIo(io) {
  let redactor = new Redactor(builtinRules), scrubbed2 = (stream) => ({
    write: (text) => stream.write(redactor.scrub(text)),
    get isTTY() {
      return stream.isTTY;
    }
  });
  return { ...io, stdout: scrubbed2(io.stdout), stderr: scrubbed2(io.stderr), redactor };
}
function errorLine(message2) {
  return printable(message2);
}

// src/cli/options.ts
function formatOption(choices) {
  return { name: "format", short: "f", value: "<format>", description: "output format", choices, default: "text" };
}
var TEXT_OR_JSON = formatOption(["text", "json"]), TIMEOUT = {
  name: "timeout",
  value: "<seconds>",
  description: "per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)"
}, NO_COLOR = {
  name: "no-color",
  description: "no colour, even on a terminal (NO_COLOR is honoured too)"
};

// src/cli/verifier.ts
init_errors();
function timeoutMs(value, io, option = "--timeout") {
  let raw = value ?? io.env.SKGUARD_VERIFY_TIMEOUT, shown = value === void 0 ? "SKGUARD_VERIFY_TIMEOUT" : option;
  if (raw === void 0 || raw.trim() === "") return 1e4;
  let s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > 300)
    throw new SkguardError(`${shown}: "${raw}" is not a number of seconds between 0 and 300`, "usage");
  return Math.round(s * 1e3);
}
async function newVerifier(io, timeout = void 0, extra = {}) {
  let { Verifier: Verifier2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  return new Verifier2({ env: io.env, timeoutMs: timeoutMs(timeout, io), ...extra });
}

// src/cli/commands/doctor.ts
var EXIT = { works: 0, "does-not-work": 1, "could-not-tell": 2 }, doctorCommand = defineCommand({
  spec: {
    words: ["doctor"],
    description: "diagnose the provider keys set in the environment or .env: set, clean, reachable, accepted (exit 1: one does not work; 2: could not tell)",
    options: [
      TEXT_OR_JSON,
      // Not `--env-file`: Node 20 takes that option anywhere on the command line, even after the script.
      { name: "dotenv", value: "<file>", description: "read the providers' variables from this .env file" },
      {
        name: "provider",
        value: "<id>",
        description: "diagnose this provider only (openai, anthropic, google-gemini\u2026), set or not"
      },
      { name: "model", value: "<name>", description: "also check that the OpenAI key may use this model" },
      TIMEOUT,
      NO_COLOR
    ]
  },
  settings: ({ options }) => {
    let str = (v) => typeof v == "string" ? v : void 0, model = str(options.model);
    if (model !== void 0 && model.trim() === "")
      throw new SkguardError("--model: expected a model name such as gpt-4o-mini", "usage");
    let provider = str(options.provider);
    if (provider !== void 0 && !providerOf(provider)) {
      let ids = providers.map((p) => p.id), meant = didYouMean(provider, ids);
      throw new SkguardError(
        `--provider: unknown provider '${provider}'${meant ? `: did you mean '${meant}'?` : ""} (expected one of: ${ids.join(", ")})`,
        "usage"
      );
    }
    if (model !== void 0 && provider !== void 0 && provider !== "openai")
      throw new SkguardError(
        "--model checks the OpenAI key: use it with --provider openai, or without --provider",
        "usage"
      );
    return {
      format: options.format === "json" ? "json" : "text",
      envFile: str(options.dotenv),
      provider,
      model: model?.trim(),
      timeout: str(options.timeout),
      color: options.color !== !1
    };
  },
  async run(s, io) {
    let { runDoctor: runDoctor2 } = await Promise.resolve().then(() => (init_doctor(), doctor_exports)), report = await runDoctor2({
      env: io.env,
      cwd: io.cwd,
      envFile: s.envFile,
      provider: s.provider,
      model: s.model,
      timeoutMs: timeoutMs(s.timeout, io)
    });
    return s.format === "json" ? io.stdout.write(`${JSON.stringify({ version: 2, ...report }, null, 2)}
`) : io.stdout.write(renderDoctor(report, useColor(io.stdout, io.env, s.color))), EXIT[report.verdict];
  }
});

// src/cli/scan-report.ts
init_errors();
init_version();

// src/pipeline/run.ts
init_core();
init_plural();
init_suppress();

// src/sources/types.ts
function isAttributing(source) {
  return typeof source.attribute == "function";
}

// src/pipeline/scan-sink.ts
init_archive_kind();
init_plural();
init_text();

// src/pipeline/archive-loader.ts
var reader, loading;
function loadedArchiveReader() {
  return reader;
}
function loadArchiveReader() {
  return loading ??= import("./archive-reader.js").then((m) => (reader = m, m)), loading;
}

// src/pipeline/scan-sink.ts
var newTally = () => ({
  files: 0,
  bytes: 0,
  binary: 0,
  skipped: { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 }
});
function containerOf(origin) {
  return origin.path.slice(0, origin.path.length - (origin.member?.length ?? 0));
}
var MAX_NESTING = 5, WAIT_LIMIT = 64 * 1024 * 1024, MEMBER_WHOLE = 32 * 1024 * 1024, ScanSink = class {
  constructor(scanner, tally, notes, onMatches) {
    this.scanner = scanner;
    this.tally = tally;
    this.notes = notes;
    this.onMatches = onMatches;
  }
  scanner;
  tally;
  notes;
  onMatches;
  /** Every path the source named (read, cleared or passed over for a link): a name can hold a key too. */
  paths = /* @__PURE__ */ new Set();
  /** For each archive member's path among `paths`: the outermost archive, as the source named it. */
  archives = /* @__PURE__ */ new Map();
  /** Archives met before their reader had loaded: `settle()` waits for them. */
  pending = [];
  /** Outermost archives with something not read (see countUnread). */
  unreadArchives = /* @__PURE__ */ new Set();
  /**
   * What could not be read in blobs that came without a path (history reads a whole object store
   * in pack order): said once the pipeline has named them (`member`: where in the blob).
   */
  unnamed = [];
  whole(origin, data) {
    return this.paths.add(origin.path), this.take(origin, data, void 0);
  }
  open(origin) {
    return this.paths.add(origin.path), this.intake(origin, void 0);
  }
  /** Waits until every archive taken in has been read (those met before the archive reader loaded). */
  async settle() {
    for (; this.pending.length > 0; ) await this.pending.shift();
  }
  cleared(path21, bytes) {
    this.paths.add(path21), this.tally.files++, this.tally.bytes += bytes;
  }
  skipped(reason, path21, why) {
    this.tally.skipped[reason]++, path21 !== void 0 && reason !== "excluded" && this.paths.add(path21), reason === "unreadable" && path21 !== void 0 && this.notes.push({
      level: "warning",
      code: "unreadable-file",
      message: `could not read ${path21}${why ? `: ${why}` : ""}`
    });
  }
  note(note) {
    this.notes.push(note);
  }
  named(path21) {
    this.paths.add(path21);
  }
  /** A whole content: an archive is opened, text is scanned, binary is counted. */
  take(origin, data, nest) {
    let kind = archiveKind(data.subarray(0, 265));
    if (kind && this.mayOpen(origin, nest)) {
      let reader2 = loadedArchiveReader();
      if (reader2) {
        let archive = this.openArchive(reader2, origin, kind, nest);
        archive.push(data), archive.end();
        return;
      }
      let copy = Buffer.from(data);
      return this.later(
        loadArchiveReader().then((r) => {
          let archive = this.openArchive(r, origin, kind, nest);
          archive.push(copy), archive.end();
        })
      );
    }
    let text = textOf(data);
    if (text === void 0) {
      this.tally.binary++;
      return;
    }
    this.tally.files++, this.tally.bytes += data.length;
    let { matches, unkept } = this.scanner.scanCounting(text);
    unkept > 0 && this.unkeptNote(origin, unkept), this.onMatches(origin, matches);
  }
  /** A content in chunks: what it is (archive, UTF-16, text, binary) is decided on its first 8,000 bytes. */
  intake(origin, nest) {
    let head = [], headBytes = 0, target, decide = () => {
      let start = Buffer.concat(head);
      target = this.chunkTarget(origin, start, nest);
      let first = target.push(start);
      return head.length = 0, first;
    };
    return {
      push(chunk) {
        return target ? target.push(chunk) : (head.push(Buffer.from(chunk)), headBytes += chunk.length, headBytes >= 8e3 ? decide() : void 0);
      },
      end() {
        target || decide(), target?.end();
      }
    };
  }
  chunkTarget(origin, start, nest) {
    let kind = archiveKind(start.subarray(0, 265));
    if (kind && this.mayOpen(origin, nest)) return this.archiveChunks(origin, kind, nest);
    let tally = this.tally, order = utf16Order(start);
    if (!order && looksBinary(start))
      return { push() {
      }, end: () => {
        tally.binary++;
      } };
    let stream = this.scanner.stream(), odd, skipBom = order?.bom === !0;
    return {
      push(chunk) {
        if (tally.bytes += chunk.length, !order) {
          stream.push(chunk);
          return;
        }
        let data = odd ? Buffer.concat([odd, chunk]) : chunk;
        skipBom && data.length >= 2 && (data = data.subarray(2), skipBom = !1), odd = data.length % 2 === 1 ? Buffer.from(data.subarray(data.length - 1)) : void 0, stream.push(transcodeUtf16(data, order.endian));
      },
      end: () => {
        tally.files++;
        let matches = stream.end();
        stream.unkept > 0 && this.unkeptNote(origin, stream.unkept), this.onMatches(origin, matches);
      }
    };
  }
  /** An archive in chunks. Until its reader has loaded, chunks wait (and a source that can, waits too). */
  archiveChunks(origin, kind, nest) {
    let reader2 = loadedArchiveReader();
    if (reader2) return this.openArchive(reader2, origin, kind, nest);
    let waiting = [], waitingBytes = 0, dropped = !1, archive, ended = !1, loaded = loadArchiveReader().then((r) => {
      archive = this.openArchive(r, origin, kind, nest);
      for (let chunk of waiting.splice(0)) archive.push(chunk);
      dropped && (archive = { push() {
      }, end() {
      } }, this.notes.push({
        level: "warning",
        code: "archive-not-read",
        message: `${origin.path}: only its first ${WAIT_LIMIT >> 20} MiB were read (it came faster than the archive reader loaded); scan it again`
      })), ended && archive.end();
    });
    return this.later(loaded), {
      push(chunk) {
        if (archive) {
          archive.push(chunk);
          return;
        }
        return waitingBytes + chunk.length > WAIT_LIMIT && (dropped = !0), dropped || (waiting.push(Buffer.from(chunk)), waitingBytes += chunk.length), loaded;
      },
      end() {
        archive ? archive.end() : ended = !0;
      }
    };
  }
  /** False (and said) when an archive is nested deeper than `MAX_NESTING`. */
  mayOpen(origin, nest) {
    return (nest?.depth ?? 0) < MAX_NESTING ? !0 : (this.archiveNote(origin, `archives nested more than ${MAX_NESTING} deep are not opened: not read`), !1);
  }
  openArchive(reader2, origin, kind, nest) {
    let inner = { depth: (nest?.depth ?? 0) + 1, budget: nest?.budget ?? reader2.newBudget() };
    return reader2.openArchive(
      kind,
      {
        member: (name) => {
          if (name === void 0) return this.member(origin, inner);
          let path21 = `${origin.path}!${name}`;
          this.paths.add(path21), this.archives.set(path21, containerOf(origin));
          let member = { path: path21, member: `${origin.member ?? ""}!${name}` };
          return origin.blob !== void 0 && (member.blob = origin.blob), this.member(member, inner);
        },
        note: (what) => this.archiveNote(origin, what)
      },
      inner.budget
    );
  }
  /** A member's content: scanned whole when it is small (as any file), streamed when large. */
  member(origin, nest) {
    let parts = [], bytes = 0, stream;
    return {
      push: (chunk) => {
        if (stream) {
          stream.push(chunk);
          return;
        }
        if (parts.push(Buffer.from(chunk)), bytes += chunk.length, bytes > MEMBER_WHOLE) {
          stream = this.intake(origin, nest);
          for (let part of parts) stream.push(part);
          parts = void 0;
        }
      },
      end: () => {
        stream ? stream.end() : this.take(origin, Buffer.concat(parts), nest);
      }
    };
  }
  /** Says what of an archive was not read, naming it by its path (or, without one, once named). */
  archiveNote(origin, what) {
    if (origin.blob !== void 0 && origin.path === (origin.member ?? "")) {
      this.unnamed.push({ blob: origin.blob, member: origin.member ?? "", what });
      return;
    }
    this.notes.push({ level: "warning", code: "archive-not-read", message: `${origin.path}: ${what}` }), this.countUnread(origin.path.split("!")[0]);
  }
  /** An archive not read whole counts as not read (once, however many notes it has): the verdict says so. */
  countUnread(archive) {
    this.unreadArchives.has(archive) || (this.unreadArchives.add(archive), this.tally.skipped.unreadable++);
  }
  /** Key-shaped strings a content held too many of to keep (see the scanner's MAX_UNLABELLED): said, and counted as not read. */
  unkeptNote(origin, unkept) {
    this.notes.push({
      level: "warning",
      code: "too-many-candidates",
      message: `${origin.path}: ${plural(unkept, "more match", "more matches")} of key shapes several providers share, with no provider named on their line, were not kept after the first 100,000: a provider named elsewhere in the file would not attribute them`
    }), this.tally.skipped.unreadable++;
  }
  later(work) {
    let noted = work.catch((e) => {
      this.notes.push({
        level: "warning",
        code: "archive-not-read",
        message: `archives could not be read: ${e.message}`
      }), this.countUnread("");
    });
    return this.pending.push(noted), noted;
  }
};

// src/config/load.ts
var import_node_path2 = __toESM(require("node:path"), 1);
init_errors();
init_core();
init_scanner();
init_read();
var CONFIG_FILE = ".skguard.json";
function defaultConfig() {
  return { exclude: [], disableRules: [], rules: [] };
}
async function loadConfig(dir, explicit) {
  let file = explicit ? import_node_path2.default.resolve(explicit) : import_node_path2.default.join(dir, CONFIG_FILE), shown = explicit ?? CONFIG_FILE, text = readSettingsFile(file, { label: shown, limit: CONFIG_LIMIT, followLinks: explicit !== void 0 });
  if (text === void 0) {
    if (explicit) throw new SkguardError(`config file not found: ${explicit}`, "config");
    return { config: defaultConfig() };
  }
  return { config: await parseConfig(text, shown), file };
}
async function parseConfig(text, shown) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SkguardError(`${shown}: ${jsonProblem(text, e)}`, "config");
  }
  let { checkConfig } = await import("./config-schema.js"), checked = checkConfig(raw);
  if (!("config" in checked)) throw new SkguardError(`${shown}: field ${checked.field}: ${checked.problem}`, "config");
  let config = checked.config, known = new Set(builtinRules.map((r) => r.id));
  if (config.disableRules.forEach((id, i) => {
    if (!known.has(id))
      throw new SkguardError(
        `${shown}: field disableRules[${i}]: unknown rule "${id}"; known rules: ${[...known].join(", ")}`,
        "config"
      );
  }), config.rules.length > 0) {
    let { unsafePattern } = await import("./regex-safety.js");
    config.rules.forEach((rule, i) => {
      let unsafe = unsafePattern(rule.pattern, Math.min(rule.maxLength, MAX_KEY_LENGTH));
      if (unsafe) throw new SkguardError(`${shown}: field rules[${i}].pattern (rule ${rule.id}): ${unsafe}`, "config");
    });
  }
  return config.rules.forEach((rule, i) => {
    compileCustomRule(rule, `${shown}: field rules[${i}]`);
  }), config;
}
function activeRules(config) {
  let disabled = new Set(config.disableRules), fakes = /* @__PURE__ */ new Set(), custom = config.rules.map((r) => compileCustomRule(r, r.id, fakes));
  return { rules: [...builtinRules.filter((r) => !disabled.has(r.id)), ...custom], fakes };
}
function compileCustomRule(custom, where, fakes) {
  let pattern;
  try {
    pattern = new RegExp(custom.pattern, "g");
  } catch (e) {
    throw new SkguardError(`${where}.pattern: not a valid regular expression: ${e.message}`, "config");
  }
  if (pattern.test("")) throw new SkguardError(`${where}.pattern: matches the empty string`, "config");
  let rule = {
    id: custom.id,
    provider: custom.provider,
    description: custom.description,
    keywords: custom.keywords,
    pattern,
    maxLength: Math.min(custom.maxLength, MAX_KEY_LENGTH),
    redactPrefix: custom.prefix,
    checks: custom.minEntropy === void 0 ? [] : [{ kind: "entropy", min: custom.minEntropy }],
    examples: custom.examples,
    negatives: custom.negatives
  }, scanner = new Scanner([rule]);
  return custom.examples.forEach((text, i) => {
    let found = scanner.scan(Buffer.from(text));
    for (let m of found) fakes?.add(fingerprint(m.secret));
    if (found.length !== 1)
      throw new SkguardError(
        `${where}.examples[${i}]: the rule does not find exactly one key in this example`,
        "config"
      );
  }), custom.negatives.forEach((text, i) => {
    if (scanner.scan(Buffer.from(text)).length !== 0)
      throw new SkguardError(`${where}.negatives[${i}]: the rule finds a key in this negative example`, "config");
  }), rule;
}

// src/pipeline/session.ts
init_core();
init_suppressions();
async function openSession(options) {
  let started = Number(process.hrtime.bigint()) / 1e6, notes = [], config = options.config ?? (await loadConfig(options.root, options.configFile)).config, { rules: rules4, fakes } = activeRules(config), exclude = config.exclude.length > 0 ? (await import("./picomatch.js")).default(config.exclude, { dot: !0 }) : void 0;
  return {
    rules: rules4,
    fakes,
    scanner: new Scanner(rules4),
    isExcluded: exclude ? (rel2) => exclude(rel2) : () => !1,
    ignore: loadIgnoreFile(options.root, notes),
    baseline: options.baselineFile ? loadBaseline(options.baselineFile) : void 0,
    notes,
    started
  };
}

// src/pipeline/run.ts
init_suppressions();
async function runScan(source, options = {}) {
  let session = await openSession({
    root: source.root,
    configFile: options.configFile,
    config: options.config,
    baselineFile: options.baselineFile
  }), tally = newTally(), literals, context = {
    isExcluded: session.isExcluded,
    // Worked out when a source asks (the file prefilter): a commit's diff never needs them.
    get literals() {
      return literals ??= session.scanner.requiredLiterals(), literals;
    },
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  }, hits, summary, sink;
  if (isAttributing(source)) {
    let found = /* @__PURE__ */ new Map();
    sink = new ScanSink(session.scanner, tally, session.notes, (origin, matches) => keep(found, origin, matches)), summary = await source.read(sink, context), await sink.settle(), hits = found.size === 0 ? [] : await attribute(source, session, tally, found, options.onProgress), await nameUnnamed(source, sink.unnamed, session.notes, tally);
  } else {
    let collected = [];
    sink = new ScanSink(
      session.scanner,
      tally,
      session.notes,
      (origin, matches) => collect(origin, matches, collected)
    ), summary = await source.read(sink, context), await sink.settle(), hits = collected;
  }
  for (let hit of keysInPaths(session, sink.paths, sink.archives)) hits.push(hit);
  let report = close(session, source, hits, tally, summary, options.today);
  if (options.verifier && hits.length > 0) {
    let { verifyHits: verifyHits2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
    await verifyHits2(hits, options.verifier), reinstateLive(report);
    for (let u of options.verifier.unchecked())
      report.notes.push({
        level: "warning",
        code: "verify-unchecked",
        message: u.why === "max-keys" ? `${plural(u.keys, "key")} not checked: --verify checks at most ${u.limit} distinct keys per run (their status is unknown)` : `${plural(u.keys, "key")} not checked: the run's verification time (${Math.round(u.limit / 1e3)} s) ran out (their status is unknown)`
      });
  }
  let reported = new Set(report.findings), suppressed = new Set(report.suppressed);
  return {
    report,
    hits: hits.filter((h) => reported.has(h.finding)),
    suppressed: hits.filter((h) => suppressed.has(h.finding)),
    rules: session.rules
  };
}
function keysInPaths(session, paths, archives) {
  let list = [...paths].filter((p) => p !== "" && p !== "-");
  if (list.length === 0) return [];
  let starts = [], offset = 0;
  for (let p of list)
    starts.push(offset), offset += Buffer.byteLength(p, "utf8") + 1;
  let indexAt = (byte) => {
    let lo = 0, hi = starts.length - 1;
    for (; lo < hi; ) {
      let mid = lo + hi + 1 >> 1;
      starts[mid] <= byte ? lo = mid : hi = mid - 1;
    }
    return lo;
  }, joined = Buffer.from(`${list.join("\0")}\0`, "utf8"), hits = /* @__PURE__ */ new Map();
  for (let match of session.scanner.scan(joined)) {
    let index = indexAt(match.start), path21 = list[index];
    if (path21 === void 0 || session.isExcluded(path21)) continue;
    let named = joined.toString("utf8", starts[index], match.end), id = `${fingerprint(match.secret)}\0${named}`;
    if (hits.has(id)) continue;
    let archive = archives.get(path21), origin = {
      file: named,
      inPath: !0,
      ...archive !== void 0 && named.length > archive.length ? { archive } : {}
    }, finding = toFinding({ ...match, line: 1, column: 1, endColumn: 1 }, origin);
    hits.set(id, { finding, secret: match.secret });
  }
  return [...hits.values()];
}
async function nameUnnamed(source, unnamed, notes, tally) {
  if (unnamed.length === 0) return;
  let counted = /* @__PURE__ */ new Set(), names = source.nameBlobs ? await source.nameBlobs(new Set(unnamed.map((u) => u.blob))) : /* @__PURE__ */ new Map();
  for (let { blob, member, what } of unnamed) {
    let name = names.get(blob);
    if (name === void 0 && source.nameBlobs) continue;
    let file = `${name || `(blob ${blob.slice(0, 12)})`}${member}`;
    notes.push({ level: "warning", code: "archive-not-read", message: `${file}: ${what}` }), counted.has(blob) || tally.skipped.unreadable++, counted.add(blob);
  }
}
function collect(origin, matches, hits) {
  let where = { file: origin.path, ...origin.member ? { archive: containerOf(origin) } : {} };
  for (let match of matches) {
    if (origin.lines && !origin.lines.has(match.line)) continue;
    let hit = { finding: toFinding(match, where), secret: match.secret };
    match.allowed && (hit.finding.suppression = { kind: "inline" }), match.context && (hit.context = match.context), hits.push(hit);
  }
}
function keep(found, origin, matches) {
  if (matches.length === 0 || origin.blob === void 0) return;
  let name = containerOf(origin), blob = found.get(origin.blob) ?? { name, keys: /* @__PURE__ */ new Map() }, member = origin.member ? { member: origin.member } : {};
  for (let match of matches) {
    let fp = fingerprint(match.secret), seen = blob.keys.get(fp);
    seen ? seen.allowedOnly && !match.allowed && blob.keys.set(fp, { match, allowedOnly: !1, ...member }) : blob.keys.set(fp, { match, allowedOnly: match.allowed, ...member });
  }
  found.set(origin.blob, blob);
}
async function attribute(source, session, tally, found, onProgress) {
  let extra = /* @__PURE__ */ new Map(), lookup3 = new ScanSink(
    session.scanner,
    newTally(),
    session.notes,
    (origin, matches) => keep(extra, origin, matches)
  ), keysOf = (blob) => (found.get(blob) ?? extra.get(blob))?.keys, { introductions, exhaustive, reachable } = await source.attribute(keysOf, lookup3, onProgress);
  await lookup3.settle();
  let hits = [], decided = /* @__PURE__ */ new Set(), excludedPaths = /* @__PURE__ */ new Set();
  for (let intro of introductions) {
    decided.add(intro.fingerprint);
    let key = keysOf(intro.blob)?.get(intro.fingerprint);
    if (!key) continue;
    if (session.isExcluded(intro.path)) {
      excludedPaths.add(intro.path);
      continue;
    }
    let origin = {
      file: intro.path + (key.member ?? ""),
      commit: intro.commit,
      author: intro.author,
      date: intro.date,
      ...key.member ? { archive: intro.path } : {}
    }, finding = toFinding(key.match, origin);
    key.allowedOnly && (finding.suppression = { kind: "inline" }), hits.push({ finding, secret: key.match.secret });
  }
  if (tally.skipped.excluded += excludedPaths.size, exhaustive) {
    let undecided = /* @__PURE__ */ new Set();
    for (let [id, blob] of found)
      for (let [fp, key] of blob.keys) !decided.has(fp) && !key.allowedOnly && undecided.add(id);
    let names = reachable && undecided.size > 0 ? await reachable(undecided) : void 0, unattributed = 0;
    for (let [id, blob] of found) {
      let name = names ? names.get(id) : blob.name;
      if (name !== void 0)
        for (let [fp, key] of blob.keys) {
          if (decided.has(fp) || key.allowedOnly) continue;
          decided.add(fp), unattributed++;
          let where = name || `(blob ${id.slice(0, 12)})`, origin = { file: where + (key.member ?? ""), ...key.member ? { archive: where } : {} };
          hits.push({ finding: toFinding(key.match, origin), secret: key.match.secret });
        }
    }
    unattributed > 0 && session.notes.push({
      level: "warning",
      code: "unattributed-key",
      message: `${unattributed} ${unattributed === 1 ? "key is" : "keys are"} in blobs that no commit in scope adds (a tag pointing at a file?): reported without a commit`
    });
  }
  return hits;
}
function close(session, source, hits, tally, summary, today) {
  let { findings, suppressed, stats } = applySuppressions(
    hits.map((h) => h.finding),
    {
      fakes: session.fakes,
      ...session.ignore ? { ignore: session.ignore } : {},
      ...session.baseline ? { baseline: session.baseline } : {},
      ...today ? { today } : {}
    }
  );
  for (let entry of stats.expiredIgnores)
    session.notes.push({
      level: "warning",
      code: "expired-ignore",
      message: `${IGNORE_FILE}:${entry.line}: the entry for fingerprint ${entry.fingerprint} expired on ${entry.expires}${entry.reason ? ` (reason: ${entry.reason})` : ""}: it no longer suppresses the key`
    });
  if (!source.partial)
    for (let unused of stats.unusedIgnores)
      session.notes.push({
        level: "info",
        code: "unused-ignore",
        message: `${IGNORE_FILE}:${unused.line}: fingerprint ${unused.fingerprint} matched nothing in this scan`
      });
  findings.sort(compareFindings), suppressed.sort(compareFindings);
  let history = summary.commits === void 0 ? {} : { commits: summary.commits, blobs: summary.blobs ?? 0 };
  return {
    findings,
    stats: {
      source: source.kind,
      files: tally.files,
      bytes: tally.bytes,
      skipped: { binary: tally.binary, ...tally.skipped },
      ...history,
      ...summary.truncated ? { truncated: !0 } : {},
      suppressed: { inline: stats.inline, ignored: stats.ignored, baseline: stats.baseline },
      durationMs: Math.round(Number(process.hrtime.bigint()) / 1e6 - session.started)
    },
    notes: session.notes,
    suppressed
  };
}
function reinstateLive(report) {
  let live = (report.suppressed ?? []).filter((f) => f.verification?.status === "live");
  if (live.length === 0) return;
  report.suppressed = (report.suppressed ?? []).filter((f) => f.verification?.status !== "live");
  for (let finding of live) report.findings.push(finding);
  report.findings.sort(compareFindings);
  let kinds = report.stats.suppressed;
  for (let f of live)
    f.suppression?.kind === "inline" ? kinds.inline-- : f.suppression?.kind === "baseline" ? kinds.baseline-- : kinds.ignored--;
  report.notes.push({
    level: "warning",
    code: "suppressed-but-live",
    message: `${plural(live.length, "suppressed key")} ${live.length === 1 ? "is" : "are"} live (its provider accepted it): reported anyway; rotate ${live.length === 1 ? "it" : "them"}, then the suppression holds`
  });
}

// src/cli/scan-report.ts
init_format();

// src/report/json.ts
var jsonReporter = (report, context) => `${JSON.stringify(
  {
    version: 1,
    tool: { name: context.toolName, version: context.toolVersion },
    findings: report.findings,
    suppressed: report.suppressed ?? [],
    stats: report.stats,
    notes: report.notes
  },
  null,
  2
)}
`;

// src/report/text.ts
var import_picocolors2 = __toESM(require_picocolors(), 1);
init_format();

// src/report/way-out.ts
init_format();
var ENV_FILE = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/;
function caseOf(f) {
  return f.atHead === "removed" || f.atHead === "deleted" ? "history-only" : f.archive ? "in-archive" : f.inPath ? "in-path" : ENV_FILE.test(f.file) ? "env-file" : f.file.endsWith(".ipynb") ? "notebook" : "in-code";
}
function waysOut(findings) {
  let order = ["env-file", "in-archive", "in-code", "notebook", "in-path", "history-only"], groups = /* @__PURE__ */ new Map();
  for (let f of findings) {
    let c = caseOf(f);
    groups.set(c, [...groups.get(c) ?? [], f]);
  }
  return order.filter((c) => groups.has(c)).map((c) => ({ case: c, findings: groups.get(c) }));
}
function rotateLinks(findings) {
  let byUrl = /* @__PURE__ */ new Map();
  for (let f of findings) {
    if (!f.rotateUrl) continue;
    let kinds = byUrl.get(f.rotateUrl) ?? /* @__PURE__ */ new Set();
    kinds.add(f.provider), byUrl.set(f.rotateUrl, kinds);
  }
  let labels = /* @__PURE__ */ new Map();
  for (let providers2 of byUrl.values()) for (let p of providers2) labels.set(p, (labels.get(p) ?? 0) + 1);
  return [...byUrl].map(([url, providers2]) => {
    let names = [...providers2].map(providerName).join(", "), twice = [...providers2].some((p) => (labels.get(p) ?? 0) > 1), admin = findings.find((f) => f.rotateUrl === url && /admin/.test(f.rule));
    return { label: twice ? `${names} (${admin ? "admin keys" : "API keys"})` : names, url };
  });
}
var COMMAND_FILES = 5, FINGERPRINTS_PER_COMMAND = 8;
function stepsFor(way, today) {
  let files = [...new Set(way.findings.map((f) => f.file))], some = files.slice(0, COMMAND_FILES), steps2 = (advice2, commands = []) => ({ case: way.case, files, advice: advice2, commands });
  switch (way.case) {
    case "in-code":
      return steps2("read the key from an environment variable or a secret store instead.");
    case "env-file":
      return steps2(
        "an environment file is tracked by git; stop tracking it and keep it out:",
        some.map((f) => `git rm --cached -- ${shellWord(f)} && echo ${shellWord(f)} >> .gitignore`)
      );
    case "in-archive": {
      let archives = [...new Set(way.findings.map((f) => f.archive))].slice(0, COMMAND_FILES);
      return steps2(
        "the key is inside an archive tracked by git; take the archive out, rebuild it without the secret, and keep build outputs out of the repository:",
        archives.map((a) => `git rm --cached -- ${shellWord(a)}`)
      );
    }
    case "notebook":
      return steps2(
        "clear the saved outputs and read the key from the environment:",
        some.map((f) => `jupyter nbconvert --clear-output --inplace ${shellWord(f)}`)
      );
    case "in-path":
      return steps2("a file or folder is named after the key: rename it (git mv).");
    case "history-only":
      return steps2(
        "gone from the file now, still in history (every clone has it). Once rotated, squash the branch before it is merged, or acknowledge the rotated key:",
        ignoreCommands(fingerprintsOf(way.findings), rotatedReason(today))
      );
  }
}
function ignoreCommands(fingerprints, reason) {
  let out = [];
  for (let i = 0; i < fingerprints.length; i += FINGERPRINTS_PER_COMMAND) {
    let some = fingerprints.slice(i, i + FINGERPRINTS_PER_COMMAND).join(" ");
    out.push(`skguard ignore ${some} --reason "${reason}"`);
  }
  return out;
}
function shellWord(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
function fingerprintsOf(findings) {
  return [...new Set(findings.map((f) => f.fingerprint))];
}
function rotatedReason(today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) {
  return `rotated on ${today}`;
}

// src/report/text.ts
var textReporter = (full, context) => {
  let c = (0, import_picocolors2.createColors)(context.color), clean = full.findings.length === 0;
  if (clean && (context.quiet || full.stats.source === "staged" && !context.verbose)) return "";
  let report = context.quiet ? { ...full, notes: [] } : full;
  if (report.stats.source === "staged" && !clean) return blockedCommit(report, c);
  let out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of report.findings) {
    let list = byFile.get(f.file) ?? [];
    list.push(f), byFile.set(f.file, list);
  }
  for (let [file, findings] of byFile) {
    out.push(c.bold(c.underline(printable(file))));
    for (let f of findings) {
      let where = c.dim(f.inPath ? `${printable(file)} (the key is in the path)` : `${printable(file)}:${f.line}:${f.column}`), commit = f.commit ? c.dim(` in ${f.commit.slice(0, 12)}${introduced(f)}`) : "", encoded = f.encoding ? c.dim(` (${encodingLabel(f.encoding)})`) : "";
      out.push(`  ${where}${commit}  ${c.red(c.bold(printable(f.provider)))} ${printable(f.rule)}${encoded}`), out.push(`    key ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}`), f.verification && out.push(`    ${verificationLine(f.verification, c)}`), f.suppression && out.push(`    ${c.red("reported although suppressed")} (${suppressedBy(f)}): the key is live`);
    }
    out.push("");
  }
  report.findings.length > 0 && !context.quiet && out.push(...advice(report, c));
  for (let note of report.notes)
    out.push(`${note.level === "warning" ? c.yellow("warning") : c.dim("note")}: ${printable(note.message)}`);
  return context.quiet || out.push(closingLine(report, c)), `${out.join(`
`)}
`;
};
function advice(report, c) {
  let count = fingerprintsOf(report.findings).length, them = count === 1 ? "it" : "them", live = report.findings.filter((f) => f.verification?.status === "live");
  return [
    c.bold(count === 1 ? "What to do about this key:" : `What to do about these ${count} keys:`),
    ...live.length > 0 ? [`  ${c.red(c.bold("Live now"))}: ${[...new Set(live.map((f) => f.redacted))].join(", ")}: rotate first.`] : [],
    `  1. Rotate ${them}: anyone who saw the code can use ${them}. Revoke and create a new key at:`,
    ...rotateLinks(report.findings).map(({ label, url }) => `       ${printable(label)}: ${printable(url)}`),
    "  2. Then, by case:",
    ...waysOut(report.findings).flatMap((w) => wayOutLines(w).map((l) => `     ${l}`)),
    `  Not a real key? ${ignoreLine(fingerprintsOf(report.findings), "not a key: <why>")}, or skguard:allow on its line.`,
    ""
  ];
}
function wayOutLines(way) {
  let steps2 = stepsFor({ ...way, findings: way.findings.map((f) => ({ ...f, file: printable(f.file) })) }), more = steps2.files.length - COMMAND_FILES;
  return [`- ${steps2.files.slice(0, COMMAND_FILES).join(", ") + (more > 0 ? `, \u2026 (${more} more)` : "")}: ${steps2.advice}`, ...steps2.commands.map((c) => `    ${c}`)];
}
function ignoreLine(fingerprints, reason) {
  return `skguard ignore ${fingerprints.slice(0, 3).join(" ") + (fingerprints.length > 3 ? " \u2026" : "")} --reason "${reason}"`;
}
function blockedCommit(report, c) {
  let fingerprints = [...new Set(report.findings.map((f) => f.fingerprint))], keys = fingerprints.length === 1 ? "an API key" : `${fingerprints.length} API keys`, out = [c.red(c.bold(`skguard: commit blocked: it adds ${keys}.`)), ""];
  for (let f of report.findings)
    out.push(
      `  ${c.bold(f.inPath ? `${printable(f.file)} (in the path)` : `${printable(f.file)}:${f.line}`)}  ${c.red(printable(f.provider))}  ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}${f.encoding ? c.dim(` (${encodingLabel(f.encoding)})`) : ""}`
    ), f.verification && out.push(`    ${verificationLine(f.verification, c)}`);
  let links = rotateLinks(report.findings);
  out.push(
    "",
    c.bold("Fix:"),
    ...waysOut(report.findings).flatMap((w) => wayOutLines(w).map((l) => `  ${l}`)),
    `  - If it was ever pushed or shared, rotate it: revoke it and create a new one${links.length === 1 ? ` at ${printable(links[0]?.url ?? "")}.` : links.length > 1 ? ":" : "."}`,
    ...links.length > 1 ? links.map(({ label, url }) => `      ${printable(label)}: ${printable(url)}`) : [],
    "  - Then `git add` the file again and commit.",
    c.bold("Not a real key?"),
    `  ${ignoreLine(fingerprints, "not a key: <why>")}  (or skguard:allow in a comment on its line)`,
    c.bold("Commit anyway, deliberately:"),
    "  git commit --no-verify (-n); with the pre-commit framework: SKIP=skguard git commit"
  );
  for (let note of report.notes)
    out.push(`${note.level === "warning" ? c.yellow("warning") : c.dim("note")}: ${printable(note.message)}`);
  return `${out.join(`
`)}
`;
}
function suppressedBy(f) {
  let s = f.suppression;
  return s ? `${s.kind === "inline" ? "skguard:allow on its line" : s.kind === "ignore" ? `.skguardignore:${s.line}` : s.kind}${s.reason ? `, ${printable(s.reason)}` : ""}` : "";
}
function introduced(f) {
  let by = f.author ? ` by ${printable(f.author)}` : "", day = f.date ? `${by ? "," : ""} ${f.date.slice(0, 10)}` : "";
  return `${by}${day}`;
}
function closingLine(report, c = (0, import_picocolors2.createColors)(!1)) {
  let s = report.stats, what = s.source === "history" ? `${plural(s.commits ?? 0, "commit")}, ${plural(s.blobs ?? s.files, "blob")}` : plural(s.files, "file"), suppressed = s.suppressed.inline + s.suppressed.ignored + s.suppressed.baseline, tail = suppressed > 0 ? `, ${suppressed} suppressed` : "", n = report.findings.length, unread = s.skipped.unreadable, clean = s.truncated ? "no keys found in the commits present (history truncated)" : unread > 0 ? `no keys found in what could be read (${unread.toLocaleString("en-US")} not read: see the warnings)` : "no keys found", missed = n > 0 && unread > 0 ? `, ${unread.toLocaleString("en-US")} not read` : "";
  return `${n === 0 ? unread > 0 || s.truncated ? c.yellow(clean) : c.green(clean) : c.red(c.bold(`${plural(n, "finding")}`))}${tail}${missed}${verifiedTally(report, c)} \xB7 scanned ${what} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)}`;
}
function verificationLine(v, c) {
  let label = v.status === "live" ? c.bgRed(c.white(c.bold("LIVE KEY"))) : v.status === "invalid" ? c.green("invalid key") : c.yellow("unverified"), told = factsLine(v);
  return `${label} ${c.dim(printable(v.reason))}: ${printable(v.detail)}${told ? c.dim(` [${printable(told)}]`) : ""}`;
}
var PLUMBING = /* @__PURE__ */ new Set([
  "httpStatus",
  "requestId",
  "retryAfterSeconds",
  "errorCode",
  "errorType",
  "message",
  "errorReason",
  "baseStatus"
]);
function factsLine(v) {
  return Object.entries(v.facts ?? {}).filter(([k, value]) => !PLUMBING.has(k) && value !== null && value !== "").map(([k, value]) => `${k} ${String(value)}`).join(", ");
}
function verifiedTally(report, c) {
  let byKey = /* @__PURE__ */ new Map();
  for (let f of report.findings) f.verification && byKey.set(f.fingerprint, f.verification);
  if (byKey.size === 0) return "";
  let count = (status) => [...byKey.values()].filter((v) => v.status === status).length, live = count("live");
  return `, verified: ${live > 0 ? c.red(c.bold(`${live} live`)) : "0 live"}, ${count("invalid")} invalid, ${count("unknown")} unknown`;
}

// src/report/index.ts
var FORMATS = ["text", "json", "sarif"];
async function reporterFor(format) {
  switch (format) {
    case "text":
      return textReporter;
    case "json":
      return jsonReporter;
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarifReporter;
  }
}

// src/cli/progress.ts
var CLEAR = "\r\x1B[2K", now = () => Number(process.hrtime.bigint()) / 1e6, Progress = class {
  /**
   * `enabled` is asked once, when the delay has passed: asking whether stderr is a terminal makes
   * Node open it, which a hook whose commit is clean (and says nothing) need not pay for.
   */
  constructor(stream, enabled, delayMs = 500) {
    this.stream = stream;
    this.enabled = enabled;
    this.delayMs = delayMs;
  }
  stream;
  enabled;
  delayMs;
  started = now();
  last = 0;
  shown = !1;
  on;
  /** Redraws, at most ten times a second; `force` draws a step's last state (everything read) whatever the time. */
  update(line, force = !1) {
    let at = now();
    at - this.started < this.delayMs || !force && at - this.last < 100 || (this.on ??= this.enabled(), this.on && (this.last = at, this.stream.write(`${CLEAR}${line()}`), this.shown = !0));
  }
  done() {
    this.shown && this.stream.write(CLEAR), this.shown = !1;
  }
};

// src/cli/scan-report.ts
var REPORT_OPTIONS = [
  formatOption(FORMATS),
  { name: "output", short: "o", value: "<file>", description: "write the report to a file instead of stdout" },
  {
    name: "config",
    short: "c",
    value: "<file>",
    description: "config file (default: .skguard.json at the repository root)"
  },
  {
    name: "baseline",
    short: "b",
    value: "<file>",
    description: "an earlier JSON report: findings already in it are not reported again"
  },
  NO_COLOR,
  { name: "quiet", short: "q", description: "print findings only: no notes, no closing line" },
  { name: "debug", description: "show stack traces for errors" },
  { name: "verify", description: "ask each key's provider whether it still works (sends each distinct key once)" },
  {
    name: "fail-on",
    value: "<when>",
    description: "exit 1 for any finding, or only for a live key (needs --verify)",
    choices: ["any", "live"],
    default: "any"
  }
], VERBOSE = {
  name: "verbose",
  short: "v",
  description: "print the closing line even when the commit is clean"
};
function scanSettings({ options }) {
  let str = (v) => typeof v == "string" ? v : void 0, settings = {
    format: str(options.format) ?? "text",
    output: str(options.output),
    config: str(options.config),
    baseline: str(options.baseline),
    color: options.color !== !1,
    quiet: options.quiet === !0,
    verbose: options.verbose === !0,
    verify: options.verify === !0,
    failOn: str(options.failOn) === "live" ? "live" : "any"
  };
  if (settings.failOn === "live" && !settings.verify)
    throw new SkguardError("--fail-on live needs --verify: without it no key is known to be live", "usage");
  return settings;
}
async function scanAndReport(openSource, settings, io) {
  let verifier = settings.verify ? await newVerifier(io) : void 0, source = await openSource(), progress = new Progress(io.stderr, () => io.stderr.isTTY === !0 && !settings.quiet, io.progressDelayMs), options = {
    configFile: settings.config,
    baselineFile: settings.baseline,
    verifier,
    onProgress: (p) => progress.update(() => progressLine(p), isComplete(p))
  }, result2;
  try {
    result2 = await runScan(source, options);
  } finally {
    progress.done();
  }
  result2.report.stats.source === "history" && result2.report.findings.length > 0 && await placeAtHead(result2, io.cwd), await render(result2, settings, io);
  let { findings } = result2.report;
  return (settings.failOn === "live" ? findings.some((f) => f.verification?.status === "live") : findings.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}
async function render(result2, settings, io) {
  let { report, rules: rules4 } = result2, prefixes = new Map(rules4.map((r) => [r.id, r.redactPrefix]));
  for (let hit of result2.hits) io.redactor.learn(hit.secret, prefixes.get(hit.finding.rule) ?? "");
  let toStdout = settings.output === void 0, color = toStdout && settings.format === "text" && useColor(io.stdout, io.env, settings.color), text = (await reporterFor(settings.format))(report, {
    toolName: "skguard",
    toolVersion: VERSION,
    rules: rules4,
    color,
    quiet: settings.quiet,
    verbose: settings.verbose
  }), toFile = async () => (await Promise.resolve().then(() => (init_output(), output_exports))).writeReport(settings.output, io.redactor.scrub(text), {
    label: `--output ${settings.output}`,
    base: io.cwd
  });
  if (text === "") {
    toStdout || await toFile();
    return;
  }
  if (toStdout ? io.stdout.write(text) : await toFile(), !settings.quiet && (settings.format !== "text" || !toStdout)) {
    let where = toStdout ? "" : ` \xB7 report written to ${settings.output}`;
    io.stderr.write(`skguard: ${closingLine(report)}${where}
`);
  }
}
async function placeAtHead(result2, cwd) {
  let { createCiGit: createCiGit2 } = await Promise.resolve().then(() => (init_git2(), git_exports)), { placeFindings: placeFindings2 } = await Promise.resolve().then(() => (init_place(), place_exports)), git2 = createCiGit2(cwd, { header: void 0, serverUrl: "", repository: void 0 }), head = await git2.commitId("HEAD");
  head && await placeFindings2(result2.report.findings, result2.hits, git2, head);
}
function isComplete(p) {
  return p.kind === "history" ? p.phase === "reading" && p.listingDone && p.read >= p.listed : p.read === p.total;
}
function progressLine(p) {
  return p.kind === "history" ? describeProgress(p) : `skguard: read ${p.read} of ${p.total} files (${formatBytes(p.bytes)})\u2026`;
}
function describeProgress(p) {
  let commits = p.commits === void 0 ? "" : ` \xB7 ${plural(p.commits, "commit")}`;
  if (p.phase === "attributing")
    return `skguard history: finding the commits that added the keys \xB7 ${p.walked.toLocaleString("en-US")}${p.commits === void 0 ? "" : `/${p.commits.toLocaleString("en-US")}`} commits`;
  let seconds2 = p.elapsedMs / 1e3, rate = seconds2 > 0 ? p.bytes / seconds2 : 0, total = p.listingDone ? `/${p.listed.toLocaleString("en-US")}` : "", eta = "";
  return p.listingDone && p.read > 0 && p.listed > p.read && (eta = ` \xB7 ETA ${formatDuration((p.listed - p.read) * p.elapsedMs / p.read)}`), `skguard history: ${p.read.toLocaleString("en-US")}${total} blobs${commits} \xB7 ${formatBytes(p.bytes)} \xB7 ${formatBytes(rate)}/s${eta}`;
}

// src/cli/commands/history.ts
var historyCommand = defineCommand({
  spec: {
    words: ["history"],
    description: "every key ever committed (default: all refs), with the commit that added it",
    args: {
      name: "rev-range",
      description: "revisions as git takes them: main..feature, A..B, or one revision (its ancestry)"
    },
    options: REPORT_OPTIONS
  },
  settings: (line) => ({ ...scanSettings(line), revs: line.args }),
  run: (s, io) => scanAndReport(
    // The history source loads on demand: the pre-commit hook never needs it.
    async () => (await Promise.resolve().then(() => (init_history(), history_exports))).historySource(io.cwd, { revs: s.revs }),
    s,
    io
  )
});

// src/cli/commands/hook.ts
var import_node_fs17 = require("node:fs"), import_node_path18 = __toESM(require("node:path"), 1), import_node_url2 = require("node:url");
init_version();

// src/hook/scope.ts
var import_node_fs13 = require("node:fs"), import_node_path13 = __toESM(require("node:path"), 1);
init_errors();
init_files();

// src/sources/staged.ts
var import_node_fs12 = require("node:fs"), import_node_path12 = __toESM(require("node:path"), 1);
init_errors();
init_git();
init_lfs();
var GITLINK2 = "160000", SYMLINK = "120000";
async function stagedChanges(cwd) {
  let diff = spawnGit(
    [
      "diff",
      "--cached",
      "--no-relative",
      "-M",
      "--raw",
      "--patch",
      // The whole file as context: the patch then holds the index version entirely, so no
      // `git cat-file` is needed to read it (one process fewer on every commit).
      `-U${FULL_CONTEXT}`,
      "-z",
      "--no-abbrev",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--text",
      "--ignore-submodules=none",
      "--diff-filter=ACMRT"
    ],
    cwd
  );
  diff.child.stdin.end();
  let reader2 = new DiffReader(diff), [topResult, entriesResult] = await Promise.allSettled([
    // No `rev-parse` when the folder says where the work tree is: one git process, not two.
    topFromFolders(cwd) ?? findWorkTree(cwd),
    reader2.rawEntries()
  ]);
  if (topResult.status === "rejected") {
    diff.kill();
    let e = topResult.reason;
    throw e instanceof SkguardError && e.code === "git-missing" ? new SkguardError("git was not found on the PATH: skguard staged reads the index through git", "git-missing") : e;
  }
  let top = topResult.value;
  if (!top)
    throw diff.kill(), new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, "not-a-repository");
  if (entriesResult.status === "rejected")
    throw await findWorkTree(cwd), entriesResult.reason;
  let entries = entriesResult.value, files = [], skipped = { submodule: 0, symlink: 0 };
  for (let entry of entries)
    entry.mode === GITLINK2 ? skipped.submodule++ : entry.mode === SYMLINK ? skipped.symlink++ : files.push({ path: entry.path, blob: entry.blob });
  return reader2.pause(), {
    top,
    files,
    skipped,
    async *contents() {
      reader2.resume();
      let i = 0;
      for await (let section of reader2.sections()) {
        let entry = entries[i++];
        if (entry === void 0) break;
        entry.mode === GITLINK2 || entry.mode === SYMLINK || (yield { file: { path: entry.path, blob: entry.blob }, added: section.added, content: section.content });
      }
      if (i !== entries.length)
        throw new SkguardError(`could not read the staged diff (${entries.length} entries, ${i} patches)`, "git");
    }
  };
}
function stagedSource(changes) {
  return {
    kind: "staged",
    root: changes.top,
    partial: !0,
    async read(raw, context) {
      let sink = lfsAware(raw, changes.top);
      for (let i = 0; i < changes.skipped.submodule; i++) sink.skipped("submodule");
      for (let i = 0; i < changes.skipped.symlink; i++) sink.skipped("symlink");
      let wanted = new Set(changes.files.map((f) => f.path));
      for await (let { file, added, content } of changes.contents())
        wanted.has(file.path) && (context.isExcluded(file.path) ? sink.skipped("excluded", file.path) : added.size > 0 && await sink.whole({ path: file.path, blob: file.blob, lines: added }, content));
      return {};
    }
  };
}
var FULL_CONTEXT = 2e9, NEWLINE3 = 10, DIFF_GIT = Buffer.from("diff --git "), DIFF_CC = Buffer.from("diff --cc "), HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/, DiffReader = class {
  constructor(git2) {
    this.git = git2;
    this.chunks = git2.child.stdout[Symbol.asyncIterator]();
  }
  git;
  chunks;
  /** The output in hand (a view of `own`, or git's last chunk), and where reading is in it. */
  data = Buffer.alloc(0);
  at = 0;
  /** A buffer of ours that a line longer than a chunk grows in, doubling: never copied quadratically. */
  own;
  done = !1;
  pause() {
    this.git.child.unref(), this.git.child.stdout.unref?.();
  }
  resume() {
    this.git.child.ref(), this.git.child.stdout.ref?.();
  }
  /** Makes at least one more byte available; false at the end of the output. */
  async more() {
    if (this.done) return !1;
    let next = await this.chunks.next();
    if (next.done)
      return this.done = !0, await this.git.exited, !1;
    let chunk = next.value, rest = this.data.length - this.at;
    if (rest <= 0)
      this.data = chunk;
    else if (this.own && this.data.buffer === this.own.buffer && this.at === 0 && rest + chunk.length <= this.own.length)
      chunk.copy(this.own, rest), this.data = this.own.subarray(0, rest + chunk.length);
    else {
      let grown = Buffer.allocUnsafe(Math.max(65536, 2 * (rest + chunk.length)));
      this.data.copy(grown, 0, this.at), chunk.copy(grown, rest), this.own = grown, this.data = grown.subarray(0, rest + chunk.length);
    }
    return this.at = 0, !0;
  }
  /** The bytes up to the next `separator` (consumed), or up to the end; undefined when none are left. */
  async until(separator) {
    let from = this.at;
    for (; ; ) {
      let end = this.data.indexOf(separator, from);
      if (end >= 0) {
        let record = this.data.subarray(this.at, end);
        return this.at = end + 1, record;
      }
      if (from = this.data.length - this.at, !await this.more()) {
        if (this.at >= this.data.length) return;
        let rest = this.data.subarray(this.at);
        return this.at = this.data.length, rest;
      }
    }
  }
  async peek() {
    if (!(this.at >= this.data.length && !await this.more()))
      return this.data[this.at];
  }
  async rawEntries() {
    let entries = [], field2 = async () => (await this.until(0))?.toString("utf8") ?? "";
    for (; await this.peek() === 58; ) {
      let [, dstMode, , dstBlob, status] = (await field2()).slice(1).split(" "), file = await field2();
      (status?.startsWith("R") || status?.startsWith("C")) && (file = await field2()), entries.push({ mode: dstMode ?? "", blob: dstBlob ?? "", path: file });
    }
    return await this.peek() === 0 && this.at++, entries;
  }
  /**
   * For each `diff --git` section of the full-context patch: the new-side line numbers that hunks
   * add, and the new side itself (context and added lines, byte for byte). Lines are looked at in
   * place and copied into one growing buffer: a vendor drop is millions of lines.
   */
  async *sections() {
    let added, out = Buffer.allocUnsafe(65536), length = 0, newEndsWithNewline = !0, inHunk = !1, line = 0, last = 0, close2 = () => {
      if (!added) return;
      let end = length > 0 && !newEndsWithNewline ? length - 1 : length;
      return { added, content: Buffer.from(out.subarray(0, end)) };
    };
    for (; ; ) {
      let end = this.data.indexOf(NEWLINE3, this.at);
      if (end < 0) {
        if (await this.more()) continue;
        if (this.at >= this.data.length) break;
        end = this.data.length;
      }
      let data = this.data, start = this.at;
      this.at = end + 1;
      let kind = data[start];
      if (kind === 100 && (startsWithAt(data, start, DIFF_GIT) || startsWithAt(data, start, DIFF_CC))) {
        let section2 = close2();
        section2 && (yield section2), added = /* @__PURE__ */ new Set(), length = 0, newEndsWithNewline = !0, inHunk = !1;
        continue;
      }
      if (added) {
        if (kind === 64 && data[start + 1] === 64) {
          let m = HUNK.exec(data.toString("latin1", start, Math.min(end, start + 200)));
          m && (inHunk = !0, line = Number(m[1]) - (m[2] === "0" ? 0 : 1));
          continue;
        }
        if (inHunk)
          if (kind === 43 || kind === 32) {
            line++;
            let size = end - start;
            if (length + size > out.length) {
              let grown = Buffer.allocUnsafe(Math.max(out.length * 2, length + size));
              out.copy(grown, 0, 0, length), out = grown;
            }
            length += data.copy(out, length, start + 1, end), out[length++] = NEWLINE3, kind === 43 && added.add(line), last = kind;
          } else kind === 45 ? last = kind : kind === 92 && last !== 45 && (newEndsWithNewline = !1);
      }
    }
    let section = close2();
    section && (yield section);
  }
};
function startsWithAt(data, at, prefix) {
  if (at + prefix.length > data.length) return !1;
  for (let i = 0; i < prefix.length; i++) if (data[at + i] !== prefix[i]) return !1;
  return !0;
}
function topFromFolders(cwd) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return;
  let dir = import_node_path12.default.resolve(cwd);
  for (; ; ) {
    if ((0, import_node_fs12.existsSync)(import_node_path12.default.join(dir, ".git"))) return Promise.resolve((0, import_node_fs12.realpathSync)(dir));
    let parent = import_node_path12.default.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

// src/hook/scope.ts
async function hookSource(cwd, given) {
  let changes = await stagedChanges(cwd);
  if (given.length === 0) return stagedSource(changes);
  let base = (0, import_node_fs13.realpathSync)(cwd), files = [
    ...new Set(
      given.map((f) => {
        let rel2 = import_node_path13.default.relative(changes.top, import_node_path13.default.resolve(base, f));
        if (rel2 === "" || rel2.startsWith("..") || import_node_path13.default.isAbsolute(rel2))
          throw new SkguardError(`${f}: not a file in the repository at ${changes.top}`, "usage");
        return rel2.split(import_node_path13.default.sep).join("/");
      })
    )
  ], staged = new Map(changes.files.map((f) => [f.path, f]));
  if (files.every((f) => staged.has(f))) {
    let only = files.map((f) => staged.get(f)).filter((f) => f !== void 0);
    return stagedSource({ ...changes, files: only });
  }
  return givenFilesSource(changes.top, files);
}

// src/cli/commands/hook.ts
var hookInstallCommand = defineCommand({
  spec: {
    words: ["hook", "install"],
    description: "run `skguard staged` before each commit: husky, core.hooksPath or .git/hooks, whichever is in use",
    args: { name: "args", description: "extra arguments for `skguard staged` in the hook, after --" },
    options: [{ name: "force", description: "replace a hook skguard did not write (it is kept and runs first)" }]
  },
  settings: ({ args, options }) => ({ force: options.force === !0, args }),
  async run(s, io) {
    let { installHook: installHook2 } = await Promise.resolve().then(() => (init_install(), install_exports)), { tmpdirOf: tmpdirOf2 } = await Promise.resolve().then(() => (init_temporary(), temporary_exports)), result2 = await installHook2({
      cwd: io.cwd,
      force: s.force,
      node: process.execPath,
      cli: installedCli(),
      args: s.args,
      tmpdir: tmpdirOf2(io.env)
    });
    return await print(result2, io), EXIT_CLEAN;
  }
}), hookUninstallCommand = defineCommand({
  spec: { words: ["hook", "uninstall"], description: "take out what `skguard hook install` put in", options: [] },
  settings: () => ({}),
  async run(_s, io) {
    let { uninstallHook: uninstallHook2 } = await Promise.resolve().then(() => (init_install(), install_exports)), result2 = await uninstallHook2(io.cwd);
    return result2.changes.length === 0 && io.stdout.write(`skguard: no skguard pre-commit hook found: nothing to remove
`), await print(result2, io), EXIT_CLEAN;
  }
}), hookRunCommand = defineCommand({
  spec: {
    words: ["hook", "run"],
    description: "the pre-commit framework's entry: staged FILEs as the commit records them, others as they are",
    args: { name: "files", description: "files to check (default: what the next commit records)" },
    options: [...REPORT_OPTIONS, VERBOSE]
  },
  settings: (line) => ({ ...scanSettings(line), files: line.args }),
  run: (s, io) => scanAndReport(() => hookSource(io.cwd, s.files), s, io)
});
function installedCli() {
  let dir = import_node_path18.default.dirname((0, import_node_url2.fileURLToPath)(__skguardFileUrl));
  for (; ; ) {
    let manifest = import_node_path18.default.join(dir, "package.json");
    if ((0, import_node_fs17.existsSync)(manifest))
      try {
        let pkg = JSON.parse((0, import_node_fs17.readFileSync)(manifest, "utf8")), bin = pkg.name === PACKAGE_NAME ? pkg.bin?.skguard : void 0;
        if (bin) {
          let cli = import_node_path18.default.resolve(dir, bin);
          return (0, import_node_fs17.existsSync)(cli) ? cli : void 0;
        }
      } catch {
      }
    let parent = import_node_path18.default.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
async function print(result2, io) {
  let { rel: rel2 } = await Promise.resolve().then(() => (init_install(), install_exports));
  for (let change of result2.changes) io.stdout.write(`skguard: ${describe(change, result2, rel2)}
`);
  for (let warning of result2.warnings) io.stderr.write(`skguard: warning: ${warning}
`);
}
function describe(change, result2, rel2) {
  let shown = rel2(result2.setup, change.file), where = result2.setup.kind === "husky" ? " (husky)" : result2.setup.hooksPath ? ` (core.hooksPath ${result2.setup.hooksPath})` : "";
  switch (change.action) {
    case "added-line":
      return `${change.created ? "created" : "added to"} ${shown}${where}: ${change.line}`;
    case "line-present":
      return `${shown}${where} already runs skguard staged: nothing to do`;
    case "wrote-script":
      return `installed the pre-commit hook: ${shown}${where}${change.backup ? `; the hook that was there is kept as ${rel2(result2.setup, change.backup)} and runs first` : ""}`;
    case "updated-script":
      return `updated the pre-commit hook: ${shown}${where}`;
    case "script-current":
      return `the pre-commit hook is already installed: ${shown}${where}`;
    case "removed-line":
      return `removed skguard from ${shown}${change.deletedFile ? " (and the file, which held nothing else)" : ""}`;
    case "removed-script":
      return `removed the pre-commit hook ${shown}${change.restored ? "; the hook it had replaced is back in its place" : ""}`;
    case "left-foreign":
      return `${shown} was not written by skguard: left as it is`;
  }
}

// src/cli/commands/ignore.ts
init_errors();
var FINGERPRINT = /^[0-9a-f]{24}$/, DATE2 = /^\d{4}-\d{2}-\d{2}$/, ignoreCommand = defineCommand({
  spec: {
    words: ["ignore"],
    description: "acknowledge keys by fingerprint in .skguardignore, with a reason (and an end): e.g. a rotated key",
    args: { name: "fingerprints", description: "fingerprints as every finding prints them (24 hex characters)" },
    options: [
      { name: "reason", value: "<text>", description: 'why (required): "rotated on 2026-11-29", "test fixture"\u2026' },
      { name: "expires", value: "<YYYY-MM-DD>", description: "the last day the entry suppresses the key" }
    ]
  },
  settings: ({ args, options }) => {
    if (args.length === 0) throw new SkguardError("ignore: name the fingerprints to acknowledge", "usage");
    let bad = args.find((a) => !FINGERPRINT.test(a));
    if (bad !== void 0)
      throw new SkguardError(
        `ignore: "${bad.slice(0, 40)}" is not a fingerprint (24 hex characters, as printed with each finding)`,
        "usage"
      );
    let reason = typeof options.reason == "string" ? options.reason.replace(/\s+/g, " ").trim() : "";
    if (reason === "")
      throw new SkguardError(
        "ignore: --reason is required: say why the key may stay (rotated, a test fixture\u2026)",
        "usage"
      );
    let expires = typeof options.expires == "string" ? options.expires : void 0;
    if (expires !== void 0) {
      let day = /* @__PURE__ */ new Date(`${expires}T00:00:00Z`);
      if (!DATE2.test(expires) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== expires)
        throw new SkguardError(`--expires: "${expires.slice(0, 20)}" is not a date (YYYY-MM-DD)`, "usage");
      if (expires < (/* @__PURE__ */ new Date()).toISOString().slice(0, 10))
        throw new SkguardError(`--expires: ${expires} is already past: the entry would suppress nothing`, "usage");
    }
    return { fingerprints: [...new Set(args)], reason, expires };
  },
  async run(s, io) {
    let { recordIgnores: recordIgnores2 } = await Promise.resolve().then(() => (init_ignore_file(), ignore_file_exports)), result2 = await recordIgnores2(io.cwd, s);
    for (let line of result2.lines) io.stdout.write(`skguard: ${result2.file}: ${line}
`);
    return io.stdout.write(`skguard: commit ${result2.file}: reviewers see each entry, with its reason
`), EXIT_CLEAN;
  }
});

// src/sources/paths.ts
init_files();
async function pathsSource(targets, cwd, stdin = emptyStdin()) {
  let paths = targets.length > 0 ? targets : ["."], roots = await Promise.all(paths.map((p) => p === "-" ? void 0 : rootOf(p, cwd)));
  return {
    kind: roots.every((r) => r === void 0) ? "stdin" : "files",
    root: roots.find((r) => r !== void 0)?.base ?? cwd,
    partial: !1,
    async read(sink, context) {
      for (let root of roots)
        root ? await readRoot(root, sink, context) : await readStdin(stdin, sink);
      return {};
    }
  };
}
async function readStdin(stdin, sink) {
  let chunks = sink.open({ path: "-" });
  for await (let chunk of stdin) await chunks.push(typeof chunk == "string" ? Buffer.from(chunk) : chunk);
  chunks.end();
}
async function* emptyStdin() {
}

// src/cli/commands/scan.ts
var scanCommand = defineCommand({
  spec: {
    words: ["scan"],
    description: 'scan files under each PATH (default: the current directory); "-" reads standard input',
    args: { name: "paths", description: "files or directories; in a git work tree, what git tracks or would track" },
    options: REPORT_OPTIONS
  },
  settings: (line) => ({ ...scanSettings(line), paths: line.args }),
  run: (s, io) => scanAndReport(() => pathsSource(s.paths, io.cwd, io.stdin), s, io)
});

// src/cli/commands/staged.ts
var stagedCommand = defineCommand({
  spec: {
    words: ["staged"],
    description: "scan what the next commit records (the index), reporting only keys on lines it adds",
    options: [...REPORT_OPTIONS, VERBOSE]
  },
  settings: scanSettings,
  run: (s, io) => scanAndReport(async () => stagedSource(await stagedChanges(io.cwd)), s, io)
});

// src/cli/commands/verify.ts
var import_picocolors3 = __toESM(require_picocolors(), 1);
init_errors();
init_format();
var verifyCommand = defineCommand({
  spec: {
    words: ["verify"],
    description: "check keys read from standard input, one per line: live, invalid or unknown (exit 1 if any is live)",
    options: [
      TEXT_OR_JSON,
      TIMEOUT,
      {
        name: "azure-endpoint",
        value: "<url>",
        description: "endpoint of the Azure OpenAI resource, for Azure keys given alone"
      },
      {
        name: "provider",
        value: "<id>",
        description: "the provider of keys whose shape several share (sk- + 32 hex: deepseek or dashscope\u2026)"
      },
      NO_COLOR
    ]
  },
  settings: ({ options }) => ({
    format: options.format === "json" ? "json" : "text",
    provider: typeof options.provider == "string" ? options.provider : void 0,
    timeout: typeof options.timeout == "string" ? options.timeout : void 0,
    azureEndpoint: typeof options.azureEndpoint == "string" ? options.azureEndpoint : void 0,
    color: options.color !== !1
  }),
  run: runVerify
});
async function runVerify(opts, io) {
  if (io.stdin.isTTY)
    throw new SkguardError("skguard verify reads keys from standard input, one per line: pipe them in", "usage");
  let { keyUrl: keyUrl2 } = await Promise.resolve().then(() => (init_endpoints(), endpoints_exports)), { keysFromLines: keysFromLines2 } = await Promise.resolve().then(() => (init_infer(), infer_exports)), azureEndpoint = opts.azureEndpoint === void 0 ? void 0 : keyUrl2(opts.azureEndpoint, "--azure-endpoint").href, verifier = await newVerifier(io, opts.timeout, azureEndpoint ? { azureEndpoint } : {}), format = opts.format, text = "";
  for await (let chunk of io.stdin) text += typeof chunk == "string" ? chunk : chunk.toString("utf8");
  let { providerOf: providerOf2, providers: providers2 } = await Promise.resolve().then(() => (init_core(), core_exports));
  if (opts.provider !== void 0 && !providerOf2(opts.provider))
    throw new SkguardError(
      `--provider: unknown provider "${opts.provider}"; expected one of ${providers2.map((p) => p.id).join(", ")}`,
      "usage"
    );
  let lines = keysFromLines2(text, opts.provider);
  if (lines.length === 0) throw new SkguardError("no keys on standard input (expected one key per line)", "usage");
  let results = await Promise.all(
    lines.flatMap(
      (l) => l.keys.length === 0 ? [
        Promise.resolve({
          line: l.line,
          provider: null,
          rule: null,
          redacted: null,
          fingerprint: null,
          verification: l.ambiguous ? {
            status: "unknown",
            reason: "ambiguous",
            detail: `ambiguous: name the provider (--provider ${l.ambiguous.join(" or ")}); this shape is several providers' keys`
          } : {
            status: "unknown",
            reason: "unsupported_key",
            detail: "no key of a supported provider on this line"
          }
        })
      ] : l.keys.map(async (k) => ({
        line: k.line,
        provider: k.provider,
        rule: k.rule,
        redacted: k.redacted,
        fingerprint: k.fingerprint,
        verification: await verifier.verify(k)
      }))
    )
  ), counts = { live: 0, invalid: 0, unknown: 0 }, keys = results.filter((r) => r.fingerprint !== null);
  for (let r of keys) counts[r.verification.status]++;
  if (format === "json")
    io.stdout.write(`${JSON.stringify({ version: 1, results, summary: counts }, null, 2)}
`);
  else {
    let c = (0, import_picocolors3.createColors)(useColor(io.stdout, io.env, opts.color !== !1)), out = [];
    for (let r of results) {
      let who = r.redacted ? `${r.provider} ${c.yellow(r.redacted)}` : c.dim("(no key recognised)");
      out.push(`line ${r.line}: ${statusLabel(r.verification, c)} ${who}`), out.push(`  ${c.dim(r.verification.reason)}: ${r.verification.detail}`);
    }
    out.push(
      `${plural(keys.length, "key")} checked: ${counts.live > 0 ? c.red(c.bold(`${counts.live} live`)) : "0 live"}, ${counts.invalid} invalid, ${counts.unknown} unknown`
    ), io.stdout.write(`${out.join(`
`)}
`);
  }
  return counts.live > 0 ? 1 : 0;
}
function statusLabel(v, c) {
  return v.status === "live" ? c.bgRed(c.white(c.bold("LIVE"))) : v.status === "invalid" ? c.green("invalid") : c.yellow("unknown");
}

// src/cli/main.ts
var ABOUT = `Find leaked AI-provider API keys (OpenAI, Anthropic, Gemini, xAI, Groq, Mistral, Hugging Face and 24 more). npm package: ${PACKAGE_NAME}.`, COMMANDS = [
  scanCommand,
  stagedCommand,
  historyCommand,
  ignoreCommand,
  verifyCommand,
  doctorCommand,
  hookInstallCommand,
  hookUninstallCommand,
  hookRunCommand
];
async function main(argv, raw) {
  let io = safeIo(raw), debug = argv.includes("--debug");
  try {
    let specs = COMMANDS.map((c) => c.spec), line = parseCommandLine(argv, specs, ABOUT, (arg) => exists(import_node_path20.default.resolve(io.cwd, arg)));
    return line.kind === "help" ? (io.stdout.write(line.text), EXIT_CLEAN) : line.kind === "version" ? (io.stdout.write(`${VERSION}
`), EXIT_CLEAN) : (debug = line.options.debug === !0, await COMMANDS.find((c) => c.spec === line.spec).execute({ args: line.args, options: line.options }, io));
  } catch (error) {
    return error instanceof SkguardError ? io.stderr.write(`skguard: error: ${errorLine(error.message)}
`) : io.stderr.write(
      `skguard: internal error: ${errorLine(error?.message ?? String(error))}${debug ? "" : " (run with --debug for details)"}
`
    ), debug && error instanceof Error && error.stack && io.stderr.write(`${error.stack}
`), EXIT_ERROR;
  }
}
function exists(file) {
  try {
    return (0, import_node_fs18.lstatSync)(file), !0;
  } catch {
    return !1;
  }
}

// src/cli.ts
function lazy(open) {
  let stream, get = () => (stream === void 0 && (stream = open(), stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  })), stream);
  return {
    write: (text) => get().write(text),
    get isTTY() {
      return get().isTTY;
    }
  };
}
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  // Opened when read (`scan -`, `verify`), for the same reason.
  stdin: {
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
    get isTTY() {
      return process.stdin.isTTY;
    }
  },
  stdout: lazy(() => process.stdout),
  stderr: lazy(() => process.stderr)
}).then((code) => {
  process.exitCode = code;
});
