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

// src/errors.ts
var SkguardError, init_errors = __esm({
  "src/errors.ts"() {
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

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string3 = "" + input, index = string3.indexOf(close, open.length);
      return ~index ? open + replaceClose(string3, close, replace, index) + close : open + string3 + close;
    }, replaceClose = (string3, close, replace, index) => {
      let result2 = "", cursor = 0;
      do
        result2 += string3.substring(cursor, index) + replace, cursor = index + close.length, index = string3.indexOf(close, cursor);
      while (~index);
      return result2 + string3.substring(cursor);
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
function retryAfterMs(headers, now = Date.now()) {
  let ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  let value = headers.get("retry-after");
  if (value === null || value.trim() === "") return;
  let s = Number(value.trim());
  if (Number.isFinite(s)) return s >= 0 ? s * 1e3 : void 0;
  let date2 = Date.parse(value);
  return Number.isNaN(date2) ? void 0 : Math.max(0, date2 - now);
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

// src/core/checksum.ts
function marvin64(data, seed) {
  let p0 = Number(seed & 0xffffffffn) >>> 0, p1 = Number(seed >> 32n & 0xffffffffn) >>> 0, block = () => {
    p1 = (p1 ^ p0) >>> 0, p0 = ROTL(p0, 20), p0 = p0 + p1 >>> 0, p1 = ROTL(p1, 9), p1 = (p1 ^ p0) >>> 0, p0 = ROTL(p0, 27), p0 = p0 + p1 >>> 0, p1 = ROTL(p1, 19);
  }, u32 = (i2) => (data[i2] | data[i2 + 1] << 8 | data[i2 + 2] << 16 | data[i2 + 3] << 24) >>> 0, i = 0, n = data.length;
  for (; n >= 4; )
    p0 = p0 + u32(i) >>> 0, block(), i += 4, n -= 4;
  let last = 128;
  for (let k = n - 1; k >= 0; k--) last = (last << 8 | data[i + k]) >>> 0;
  return p0 = p0 + last >>> 0, block(), block(), [p1, p0];
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
var ROTL, AZURE_CHECKSUM_SEED, BASE62, init_checksum = __esm({
  "src/core/checksum.ts"() {
    "use strict";
    ROTL = (x, n) => (x << n | x >>> 32 - n) >>> 0;
    AZURE_CHECKSUM_SEED = 0x44656661756c7430n, BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  }
});

// src/core/entropy.ts
function shannonEntropy(text) {
  if (text.length === 0) return 0;
  let counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (let n of counts.values()) {
    let p = n / text.length;
    bits -= p * Math.log2(p);
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
var init_entropy = __esm({
  "src/core/entropy.ts"() {
    "use strict";
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
    redacted: redact(match.secret, rule.redactPrefix),
    fingerprint: fingerprint(match.secret)
  };
  return rule.rotateUrl && (finding.rotateUrl = rule.rotateUrl), origin.commit && (finding.commit = origin.commit), origin.author && (finding.author = origin.author), origin.date && (finding.date = origin.date), finding;
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
    checks: randomBody,
    shape: [prefix, { charset: "alnum_dash", length: 95 }],
    rotateUrl: OAUTH,
    examples,
    negatives: [`${prefix}...`, `${prefix}YOUR_TOKEN`, "x{key}", "{key}x"]
  };
}
var randomBody, body, KEYS, ADMIN_KEYS, OAUTH, rules, OAUTH_NOT_CHECKED, anthropic, init_anthropic = __esm({
  "src/core/providers/anthropic.ts"() {
    "use strict";
    randomBody = [{ kind: "entropy", min: 3.5 }, { kind: "not-patterned" }], body = (prefix, tail = "AA") => [prefix, { charset: "alnum_dash", length: 93 }, tail], KEYS = "https://console.anthropic.com/settings/keys", ADMIN_KEYS = "https://console.anthropic.com/settings/admin-keys", OAUTH = "https://claude.ai/settings/account";
    rules = [
      {
        id: "anthropic-api-key",
        provider: "anthropic",
        description: "Anthropic API key (`sk-ant-api03-`)",
        keywords: ["sk-ant-api03-"],
        pattern: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/g,
        maxLength: 108,
        redactPrefix: "sk-ant-api03-",
        checks: randomBody,
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
        checks: randomBody,
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

// src/core/providers/define.ts
function shapeLength(shape2) {
  return shape2.reduce(
    (n, part) => n + (typeof part == "string" ? part.length : "checksum" in part ? 4 : part.length),
    0
  );
}
function keyRule(rule) {
  return { ...rule, checks: rule.checks ?? randomBody2(), maxLength: rule.maxLength ?? shapeLength(rule.shape) };
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
var randomBody2, throttledLive, KEY_LABEL, labelledBareKey, init_define = __esm({
  "src/core/providers/define.ts"() {
    "use strict";
    randomBody2 = (min = 3.5) => [{ kind: "entropy", min }, { kind: "not-patterned" }];
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
function azureCheck(name) {
  return {
    baseFromContext: 0,
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
      check: azureCheck("Azure OpenAI")
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
      check: azureCheck("Azure AI Services")
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
var SIGNATURE, ROTATE2, randomBody3, ascending, shortForm, longForm, contexts, rules3, OPENAI_URLS, NAME, openai, init_openai = __esm({
  "src/core/providers/openai.ts"() {
    "use strict";
    init_answer();
    SIGNATURE = "T3BlbkFJ", ROTATE2 = "https://platform.openai.com/api-keys", randomBody3 = [{ kind: "entropy", min: 3.5 }, { kind: "not-patterned" }], ascending = (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i % 26)).join(""), shortForm = (prefix) => [
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
        checks: randomBody3,
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
        checks: randomBody3,
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
        checks: randomBody3,
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
        checks: randomBody3,
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
        checks: randomBody3,
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
        checks: randomBody3,
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

// src/core/rules/shape.ts
var init_shape = __esm({
  "src/core/rules/shape.ts"() {
    "use strict";
    init_checksum();
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

// src/core/scanner.ts
function isInFile(check) {
  return check.kind === "in-file";
}
function isRequiredInFile(check) {
  return check.kind === "in-file" && check.optional !== !0;
}
function keywordPrefixes(rules4) {
  let keywords = [...new Set(rules4.filter((r) => !r.keywordsIgnoreCase).flatMap((r) => r.keywords))], prefixOf = /* @__PURE__ */ new Map();
  for (let k of keywords) {
    let best;
    for (let p of keywords)
      p !== k && k.startsWith(p) && (best === void 0 || p.length > best.length) && (best = p);
    best !== void 0 && prefixOf.set(k, best);
  }
  return prefixOf;
}
function mergeWindows(rule, hits) {
  let spans = [];
  for (let keyword of rule.keywords)
    for (let at of hits.positions(keyword, rule.keywordsIgnoreCase === !0))
      spans.push([at - rule.maxLength, at + keyword.length + rule.maxLength]);
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
  return !TOKEN[prev] || start >= 2 && data[start - 2] === BACKSLASH || start >= 3 && data[start - 3] === PERCENT && HEX[prev] && HEX[data[start - 2]] ? !0 : start >= 6 && data[start - 6] === BACKSLASH && data[start - 5] === 117 ? HEX[data[start - 4]] === 1 && HEX[data[start - 3]] === 1 && HEX[data[start - 2]] === 1 && HEX[prev] === 1 : !1;
}
function boundaryAfter(data, end) {
  return end >= data.length || !TOKEN[data[end]];
}
function passesChecks(rule, secret, data, start, end) {
  let body2, getBody = () => {
    if (body2 === void 0) {
      body2 = secret.startsWith(rule.redactPrefix) ? secret.slice(rule.redactPrefix.length) : secret;
      for (let keyword of rule.keywordsIgnoreCase ? [] : rule.keywords) body2 = body2.split(keyword).join("");
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
function fileContext(data, check, complete = !0) {
  for (let i = data.indexOf(check.keyword, 0, "latin1"); i >= 0; i = data.indexOf(check.keyword, i + 1, "latin1")) {
    let end = Math.min(data.length, i + 128), text = data.toString("latin1", Math.max(0, i - 128), end), m = check.pattern.exec(text);
    if (!(m && !complete && end === data.length && m.index + m[0].length === text.length) && m)
      return m.groups?.value ?? m[0];
  }
}
function lineStartOf(data, at) {
  return at === 0 ? 0 : data.lastIndexOf(NEWLINE, at - 1) + 1;
}
function countNewlines(data, from, to) {
  let n = 0;
  for (let i = data.indexOf(NEWLINE, from); i >= 0 && i < to; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
function utf16Length(data, from, to) {
  return to > from ? data.toString("utf8", from, to).length : 0;
}
var CONTEXT_WINDOW, MAX_CONTEXT_POSITIONS, ALLOW_MARKER, MAX_KEY_LENGTH, MAX_CONTEXT, SAFE_TAIL, OVERLAP, TOKEN, HEX, BACKSLASH, PERCENT, NEWLINE, Scanner, ScanStream, KeywordHits, init_scanner = __esm({
  "src/core/scanner.ts"() {
    "use strict";
    init_attribution();
    init_checksum();
    init_entropy();
    CONTEXT_WINDOW = 128, MAX_CONTEXT_POSITIONS = 1e4, ALLOW_MARKER = "skguard:allow", MAX_KEY_LENGTH = 512, MAX_CONTEXT = 1024, SAFE_TAIL = MAX_KEY_LENGTH + MAX_CONTEXT, OVERLAP = SAFE_TAIL + MAX_CONTEXT + 16, TOKEN = new Uint8Array(256);
    for (let c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") TOKEN[c.charCodeAt(0)] = 1;
    HEX = new Uint8Array(256);
    for (let c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
    BACKSLASH = 92, PERCENT = 37, NEWLINE = 10, Scanner = class {
      rules;
      /** Rules in priority order: where two matches overlap, the earlier rule keeps the span. */
      priority = /* @__PURE__ */ new Map();
      inFileChecks;
      /** @internal */
      keywordPrefixes;
      /** @internal */
      attributions = /* @__PURE__ */ new Map();
      /** @internal */
      contextEntries;
      /**
       * Literals the scan looks up besides the rules' keywords and in-file keywords: the names that
       * attribute shared shapes (gates and contexts). A multi-literal prefilter must search these too.
       */
      attributionLookups;
      constructor(rules4) {
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
        this.inFileChecks = [...new Set(rules4.flatMap((r) => r.checks.filter(isInFile)))], this.keywordPrefixes = keywordPrefixes(rules4);
      }
      /** Finds every key in a whole content. */
      scan(content) {
        let stream = this.stream();
        return stream.push(content, !0), stream.end();
      }
      /** A scan of content that arrives in chunks (a huge file, stdin); memory stays bounded. */
      stream() {
        return new ScanStream(this);
      }
      /**
       * Literals such that content containing none of them cannot yield a finding: what an external
       * prefilter (`git grep -F`) may search for without losing anything.
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
        return [...out.values()];
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
      constructor(scanner) {
        this.scanner = scanner;
      }
      scanner;
      carry = Buffer.alloc(0);
      /** Absolute offset of `carry[0]`. */
      carryOffset = 0;
      /** Newlines before `carry[0]`. */
      linesBefore = 0;
      /** UTF-16 length of the part of `carry[0]`'s line that lies before it. */
      columnCarry = 0;
      /** Matches starting before this absolute offset have been decided. */
      decidedTo = 0;
      found = [];
      /** In-file checks satisfied so far, with the text that satisfied each. */
      seen = /* @__PURE__ */ new Map();
      /** Absolute offsets where each attribution context (a base URL, an SDK import) occurs. */
      contextAt = /* @__PURE__ */ new Map();
      /** Context keywords before this absolute offset have been looked at. */
      contextFrom = 0;
      /** The content, when it came whole (see `push`), with its keyword positions. */
      whole;
      ended = !1;
      /** Adds the next chunk. `last` marks the final one (then nothing needs to be carried over). */
      push(chunk, last = !1) {
        if (this.ended) throw new Error("ScanStream: push after the last chunk");
        let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk, base = this.carryOffset, decideBefore = last ? base + data.length : base + data.length - SAFE_TAIL, whole = last && base === 0, hits = new KeywordHits(data, this.scanner.keywordPrefixes);
        if (this.noteContexts(data, whole, last), whole ? this.whole = { data, hits } : this.noteAttributionContexts(data, base, last, hits), decideBefore > this.decidedTo && this.scanData(data, base, decideBefore, whole, hits), last) {
          this.ended = !0;
          return;
        }
        this.decidedTo = Math.max(this.decidedTo, decideBefore);
        let keepFrom = Math.max(0, data.length - OVERLAP);
        if (keepFrom > 0) {
          let dropped = data.subarray(0, keepFrom);
          this.linesBefore += countNewlines(dropped, 0, dropped.length);
          let lastNewline = dropped.lastIndexOf(NEWLINE);
          this.columnCarry = lastNewline >= 0 ? utf16Length(dropped, lastNewline + 1, dropped.length) : this.columnCarry + utf16Length(dropped, 0, dropped.length);
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
            let text = fileContext(whole.data, check);
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
      noteContexts(data, whole, last) {
        for (let check of this.scanner.fileChecks()) {
          if (this.seen.has(check) || whole && check.optional) continue;
          let found = fileContext(data, check, last);
          found !== void 0 && this.seen.set(check, found);
        }
      }
      scanData(data, base, decideBefore, whole, hits) {
        let candidates = [], merged = /* @__PURE__ */ new Map();
        for (let rule of this.scanner.rules) {
          let gates = rule.checks.filter(isRequiredInFile);
          if (whole && gates.some((g) => !this.seen.has(g))) continue;
          let attributed = this.scanner.attributions.get(rule);
          if (whole && attributed && rule.keywordsIgnoreCase && !attributed.literals.some((l) => hits.positions(l, !1).length > 0))
            continue;
          let reach = `${rule.keywordsIgnoreCase === !0}:${rule.maxLength}:${rule.keywords.join("\0")}`, windows = merged.get(reach);
          windows || (windows = mergeWindows(rule, hits), merged.set(reach, windows));
          for (let [from, to] of windows) {
            let text = data.toString("latin1", from, to), pattern = rule.pattern;
            pattern.lastIndex = 0;
            for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
              let start = from + m.index, end = start + m[0].length, absolute = base + start;
              if (!(m[0].length > 0 && absolute >= this.decidedTo && absolute < decideBefore && boundaryBefore(data, start) && boundaryAfter(data, end) && passesChecks(rule, m[0], data, start, end))) {
                pattern.lastIndex = m.index + 1;
                continue;
              }
              candidates.push({
                match: {
                  rule,
                  secret: m[0],
                  start: absolute,
                  end: base + end,
                  line: 0,
                  column: 0,
                  endColumn: 0,
                  allowed: !1
                },
                waitingFor: gates.filter((g) => !this.seen.has(g)),
                ...attributed ? {
                  alternatives: [
                    {
                      rule,
                      labelled: labelNames(attributed.attribution, labelBefore(data, start), attributed.labelSpellings)
                    }
                  ]
                } : {}
              });
            }
          }
        }
        this.locate(candidates, data, base), this.found.push(...this.resolveOverlaps(candidates));
      }
      /** Fills in line, column and the inline allow marker, walking the content once in order. */
      locate(candidates, data, base) {
        candidates.sort((a, b) => a.match.start - b.match.start);
        let line = this.linesBefore + 1, scanned = 0;
        for (let { match } of candidates) {
          let start = match.start - base, end = match.end - base;
          line += countNewlines(data, scanned, start), scanned = start;
          let lineStart = lineStartOf(data, start), prefix = utf16Length(data, lineStart, start) + (lineStart === 0 ? this.columnCarry : 0), lineEnd = data.indexOf(NEWLINE, end);
          lineEnd < 0 && (lineEnd = data.length), match.line = line, match.column = prefix + 1, match.endColumn = prefix + 1 + match.secret.length, match.allowed = data.subarray(lineStart, lineEnd).includes(ALLOW_MARKER);
        }
      }
      resolveOverlaps(sorted) {
        let kept = [];
        for (let c of sorted) {
          let last = kept[kept.length - 1];
          if (last?.alternatives && c.alternatives && c.match.start === last.match.start && c.match.end === last.match.end && c.match.rule.attribution?.group === last.match.rule.attribution?.group) {
            last.alternatives.push(...c.alternatives);
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
      constructor(data, prefixOf) {
        this.data = data;
        this.prefixOf = prefixOf;
      }
      data;
      prefixOf;
      cache = /* @__PURE__ */ new Map();
      lower;
      positions(keyword, ignoreCase) {
        let key = `${ignoreCase ? "i" : "s"}:${keyword}`, hits = this.cache.get(key);
        if (hits) return hits;
        hits = [];
        let data = this.data, prefix = ignoreCase ? void 0 : this.prefixOf.get(keyword);
        if (prefix !== void 0)
          for (let at of this.positions(prefix, !1))
            data.toString("latin1", at, at + keyword.length) === keyword && hits.push(at);
        else if (ignoreCase) {
          this.lower ??= data.toString("latin1").toLowerCase();
          let needle = keyword.toLowerCase();
          for (let i = this.lower.indexOf(needle); i >= 0; i = this.lower.indexOf(needle, i + 1)) hits.push(i);
        } else
          for (let i = data.indexOf(keyword, 0, "latin1"); i >= 0; i = data.indexOf(keyword, i + 1, "latin1")) hits.push(i);
        return this.cache.set(key, hits), hits;
      }
    };
  }
});

// src/core/suppress.ts
function parseIgnoreFile(text) {
  let entries = [], invalid = [];
  return text.split(/\r?\n/).forEach((raw, i) => {
    let content = raw.replace(/#.*$/, "").trim();
    content !== "" && (isFingerprint(content) ? entries.push({ fingerprint: content, line: i + 1 }) : invalid.push({ line: i + 1, text: content.slice(0, 80) }));
  }), { entries, invalid };
}
function applySuppressions(findings, suppressions, inline) {
  let ignore = /* @__PURE__ */ new Map();
  for (let e of suppressions.ignore?.entries ?? []) ignore.set(e.fingerprint, e);
  let used = /* @__PURE__ */ new Set(), known = new Set((suppressions.baseline ?? []).map(baselineKey)), kept = [], stats = { inline, ignored: 0, baseline: 0, unusedIgnores: [] };
  for (let f of findings)
    ignore.has(f.fingerprint) ? (used.add(f.fingerprint), stats.ignored++) : suppressions.fakes?.has(f.fingerprint) ? stats.ignored++ : known.has(baselineKey(f)) ? stats.baseline++ : kept.push(f);
  return stats.unusedIgnores = [...ignore.values()].filter((e) => !used.has(e.fingerprint)), { findings: kept, stats };
}
var baselineKey, init_suppress = __esm({
  "src/core/suppress.ts"() {
    "use strict";
    init_fingerprint();
    baselineKey = (f) => `${f.fingerprint}\0${f.file}`;
  }
});

// src/core/index.ts
var init_core = __esm({
  "src/core/index.ts"() {
    "use strict";
    init_answer();
    init_checksum();
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

// src/report/format.ts
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
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
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
    init_core();
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
  let artifactLocation = f.file === "-" ? { uri: STDIN_URI, description: { text: "standard input" } } : { uri: fileUri(f.file), uriBaseId: SRCROOT }, id = locationFingerprint(f, occurrence), properties = { provider: f.provider, fingerprint: f.fingerprint, redacted: f.redacted };
  f.commit && (properties.commit = f.commit), f.date && (properties.date = f.date);
  let verification = verificationOf(f);
  return verification && (properties.verification = { status: verification.status, reason: verification.reason }), {
    ruleId: f.rule,
    ruleIndex,
    level: "error",
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn }
        }
      }
    ],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    fingerprints: { [SARIF_FINGERPRINT_KEY]: id },
    properties
  };
}
function message(f) {
  let provider = providerName(f.provider), parts = [
    `${f.description.toLowerCase().includes(provider.toLowerCase()) ? stripPeriod(f.description) : `${provider}: ${stripPeriod(f.description)}`} found: ${f.redacted}, fingerprint ${f.fingerprint}.`,
    `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ""} and remove it from the code.`
  ], verification = verificationOf(f);
  return verification && parts.push(`Verification: ${verification.status} (${verification.reason}).`), f.commit && parts.push(`Introduced in commit ${f.commit.slice(0, 12)}${f.date ? `, authored ${f.date}` : ""}.`), parts.join(" ");
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
      for (let f of report.findings)
        indexById.has(f.rule) || (indexById.set(f.rule, descriptors.length), descriptors.push(ruleDescriptor(ruleFromFinding(f))));
      let occurrences = occurrenceIndexes(report.findings), log = {
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
            results: report.findings.map((f, i) => result(f, indexById.get(f.rule), occurrences[i]))
          }
        ]
      };
      return `${JSON.stringify(log, null, 2)}
`;
    }, SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", INFORMATION_URI = "https://github.com/skguard/skguard", HELP_URI = `${INFORMATION_URI}#rules`, SRCROOT = "%SRCROOT%", SARIF_FINGERPRINT_KEY = "skguard/v1", STDIN_URI = "stdin";
  }
});

// src/sources/types.ts
function looksBinary(head) {
  return head.subarray(0, 8e3).includes(0);
}
function textOf(data) {
  let text = fromUtf16(data) ?? data;
  return looksBinary(text) ? void 0 : text;
}
function fromUtf16(data) {
  if (!(data.length < 2)) {
    if (data[0] === 255 && data[1] === 254) return Buffer.from(data.subarray(2).toString("utf16le"), "utf8");
    if (data[0] === 254 && data[1] === 255) {
      let swapped = Buffer.from(data.subarray(2, data.length - data.length % 2));
      return Buffer.from(swapped.swap16().toString("utf16le"), "utf8");
    }
  }
}
var UTF16_BOMS, init_types2 = __esm({
  "src/sources/types.ts"() {
    "use strict";
    UTF16_BOMS = [Buffer.from([255, 254]), Buffer.from([254, 255])];
  }
});

// src/pipeline/scan-contents.ts
async function scanContents(contents, scanner, tally, onContent) {
  let hits = [];
  for await (let content of contents) {
    let matches = Buffer.isBuffer(content.data) ? scanWhole(content.data, scanner, tally) : await scanChunks(content.data, scanner, tally);
    matches && collect(matches, content, tally, hits), onContent?.(tally);
  }
  return hits;
}
function scanWhole(raw, scanner, tally) {
  let text = textOf(raw);
  if (text === void 0) {
    tally.binary++;
    return;
  }
  return tally.files++, tally.bytes += raw.length, scanner.scan(text);
}
async function scanChunks(chunks, scanner, tally) {
  let stream = scanner.stream(), head = Buffer.alloc(0);
  for await (let chunk of chunks) {
    if (head !== void 0) {
      if (head = Buffer.concat([head, chunk.subarray(0, 8e3)]), looksBinary(head)) {
        tally.binary++;
        return;
      }
      head.length >= 8e3 && (head = void 0);
    }
    tally.bytes += chunk.length, stream.push(chunk);
  }
  return tally.files++, stream.end();
}
function collect(matches, content, tally, hits) {
  let lines = content.lines ?? "all";
  for (let match of matches) {
    if (lines !== "all" && !lines.has(match.line)) continue;
    if (match.allowed) {
      tally.inline++;
      continue;
    }
    let hit = { finding: toFinding(match, { file: content.file }), secret: match.secret };
    match.context && (hit.context = match.context), hits.push(hit);
  }
}
var newTally, init_scan_contents = __esm({
  "src/pipeline/scan-contents.ts"() {
    "use strict";
    init_core();
    init_types2();
    newTally = () => ({ files: 0, bytes: 0, binary: 0, inline: 0 });
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  let numericValues = Object.values(entries).filter((v) => typeof v == "number");
  return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source) {
  let start = source.startsWith("^") ? 1 : 0, end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === !1)
    return !1;
  let ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function")
    return !0;
  let prot = ctor.prototype;
  return !(isObject(prot) === !1 || Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === !1);
}
function shallowClone(o) {
  return isPlainObject(o) ? { ...o } : Array.isArray(o) ? [...o] : o instanceof Map ? new Map(o) : o instanceof Set ? new Set(o) : o;
}
function clone(inst, def, params) {
  let cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  let params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function optionalKeys(shape2) {
  return Object.keys(shape2).filter((k) => shape2[k]._zod.optin !== void 0 && shape2[k]._zod.optout === "optional");
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path13, issues) {
  return issues.map((iss) => {
    var _a3;
    return (_a3 = iss).path ?? (_a3.path = []), iss.path.unshift(path13), iss;
  });
}
function unwrapMessage(message2) {
  return typeof message2 == "string" ? message2 : message2?.message;
}
function sizeCaps(defChecks) {
  let caps = [];
  for (let ch of defChecks ?? []) {
    let d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    let max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++)
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  let traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a3 = iss).schema ?? (_a3.schema = iss.inst) : iss.schema = iss.inst);
  let schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message2 = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (let k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message2, ctx?.reportInput && (full.input = iss.input), full;
}
function codePointLength(str) {
  let units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++)
    (str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320 && (count--, i++);
  return count;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function members(proto, table2) {
  for (let key in table2) {
    let desc = Object.getOwnPropertyDescriptor(table2, key);
    desc.get ? Object.defineProperty(proto, key, { ...desc, enumerable: !1 }) : defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  let proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  let proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      let outer = broke;
      broke = !1;
      try {
        let value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  let proto = claim(inst, key);
  proto && Object.defineProperty(proto, key, {
    configurable: !0,
    get() {
      let desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, installing, broke, breaker, init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter, this._value = void 0;
      }
      get value() {
        let getter = this._getter;
        return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    NUMBER_FORMAT_RANGES = {
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }, BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = !1, breaker = {
      configurable: !0,
      get() {
        broke = !0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  let E = _E;
  if (E) {
    let saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  let zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  let protoMembers = proto, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name), initializer2(inst, def), initialized) {
      let own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype, up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      let target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    let proto2 = _.prototype;
    for (let k in proto2)
      Object.prototype.hasOwnProperty.call(proto2, k) && (k in inst || (inst[k] = proto2[k].bind(inst)));
  }
  let Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    let inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    let deferred = inst._zod.deferred;
    if (deferred) {
      for (let fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    let pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)
  }), Object.defineProperty(_, "name", { value: name }), _;
}
function config(newConfig) {
  return newConfig && Object.assign(globalConfig, newConfig), globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig, init_core2 = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: !1 }, _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  let internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError, init_errors2 = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core2();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: !0,
      configurable: !0
    }, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
      inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
      let proto = Object.getPrototypeOf(inst);
      _installedToString.has(proto) || (_installedToString.add(proto), Object.defineProperty(proto, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          let value = () => this.message;
          return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
        }
      }));
    }, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error;
  return {
    success: !1,
    get error() {
      return error || (error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error;
    },
    set error(e) {
      error = e, issues = void 0, ctx = void 0;
    }
  };
}
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync, init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core2();
    init_errors2();
    init_util();
    _parse = (_Err) => {
      let fn = (schema, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise)
          throw new $ZodAsyncError();
        if (result2.issues.length) {
          let e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, _params?.callee ?? fn), e;
        }
        return result2.value;
      };
      return fn;
    }, parse = /* @__PURE__ */ _parse($ZodRealError), _parseAsync = (_Err) => {
      let fn = async (schema, value, _ctx, params) => {
        let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise && (result2 = await result2), result2.issues.length) {
          let e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, params?.callee ?? fn), e;
        }
        return result2.value;
      };
      return fn;
    }, parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError), _safeParse = (_Err) => (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        throw new $ZodAsyncError();
      return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: !0, data: result2.value };
    }, safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result2 = schema._zod.run({ value, issues: [] }, ctx);
      return result2 instanceof Promise && (result2 = await result2), result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: !0, data: result2.value };
    }, safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var base64, base64url, anyString, integer, number, init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, anyString = /^[\s\S]{0,}$/, integer = /^-?\d+$/, number = /^-?\d+(?:\.\d+)?$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core2();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    }), _whenHasLength = (payload) => {
      let val = payload.value;
      return !nullish(val) && val.length !== void 0;
    }, numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    }, $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value <= def.value : payload.value < def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value >= def.value : payload.value > def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def), def.format = def.format || "float64";
      let isInt = def.format?.includes("int"), origin = isInt ? "int" : "number", [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        let input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: !1,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            input > 0 ? payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            }) : payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            });
            return;
          }
        }
        input < minimum && payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: !0,
          inst,
          continue: !def.abort
        }), input > maximum && payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: !0,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length;
        if ((typeof input == "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum)
          return;
        let origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def), def.pattern ? (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      }) : (_b = inst._zod).check ?? (_b.check = () => {
      });
    }), $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def), inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version, init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  let ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      let ctx = { async: !1 };
      try {
        let r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  let caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  let cap = Math.min(...caps.map((c) => c[0])), parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    let n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (let [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          let start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result2, final, index) {
  result2.issues.length && final.issues.push(...prefixIssues(index, result2.issues)), final.value[index] = result2.value;
}
function handlePropertyResult(result2, final, key, input, optin, optout) {
  let isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result2.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result2.issues));
    }
    if (!isPresent && optin === void 0) {
      result2.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result2.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result2.value;
  }
}
function normalizeDef(def) {
  let keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (let k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  let okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  let unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout, seen = 0;
  for (let key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t === "never" && unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    let r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
function handleOptionalResult(payload, result2) {
  return payload.value = result2.issues.length ? void 0 : result2.value, payload;
}
function handleDefaultResult(payload, def) {
  return payload.value === void 0 && (payload.value = def.defaultValue), payload;
}
var $ZodType, toStandardResult, $ZodString, base64Charset, base64urlCharset, $ZodNumber, $ZodNumberFormat, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodOptional, $ZodDefault, init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core2();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
      let defChecks = inst._zod.def.checks, checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (let ch of checks)
        for (let fn of ch._zod.onattach)
          fn(inst);
      if (checks.length === 0)
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      else {
        let runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload), asyncResult;
          for (let ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
                continue;
            } else if (isAborted)
              continue;
            let currLen = payload.issues.length, _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === !1)
              throw new $ZodAsyncError();
            if (asyncResult || _ instanceof Promise)
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
              });
            else {
              if (payload.issues.length === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
            }
          }
          return asyncResult ? asyncResult.then(() => payload) : payload;
        }, handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary))
            return canary.aborted = !0, canary;
          let checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks)
            return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            let canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
            return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
          }
          let result2 = inst._zod.parse(payload, ctx);
          if (result2 instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return result2.then((result3) => runChecks(result3, checks, ctx));
          }
          return runChecks(result2, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    }), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch {
          }
        return typeof payload.value == "string" || payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        }), payload;
      };
    }), base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/, base64urlCharset = /^[A-Za-z0-9_-]*$/, $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch {
          }
        let input = payload.value;
        if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
          return payload;
        let received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
        return payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        }), payload;
      };
    }), $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def), $ZodNumber.init(inst, def);
    }), $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload, _ctx) => (payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      }), payload);
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      let memo = globalConfig.memoizer;
      memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!Array.isArray(input))
          return payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        let proms = [], abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          let item = input[i], result2 = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result2 instanceof Promise)
            proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
          else if (handleArrayResult(result2, payload, i), abortEarly && result2.issues.length !== 0 && aborted(result2))
            break;
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }, capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      let desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        let get = () => {
          let newSh = { ...sh };
          return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
        };
        get.raw = sh, Object.defineProperty(def, "shape", { get });
      }
      let _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        let shape2 = zod.def.shape, propValues = {};
        for (let key in shape2) {
          let field2 = shape2[key]._zod;
          if (field2.values) {
            Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
            for (let v of field2.values)
              propValues[key].add(v);
            field2.optin !== void 0 && propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      let isObject2 = isObject, catchall = def.catchall, value, memo = globalConfig.memoizer;
      memo?.attach(inst), inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        if (!isObject2(input))
          return payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        let proms = [], shape2 = value.shape, abortEarly = ctx?.abortEarly, seen = payload.issues.length;
        for (let key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          let el = shape2[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
          r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
        }
        return catchall ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
        let values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      }), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          let result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          return result2 instanceof Promise ? result2.then((result3) => handleOptionalResult(payload, result3)) : handleOptionalResult(payload, result2);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    }), $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "defaulted", defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        if (payload.value === void 0)
          return payload.value = def.defaultValue, payload;
        let result2 = def.innerType._zod.run(payload, ctx);
        return result2 instanceof Promise ? result2.then((result3) => handleDefaultResult(result3, def)) : handleDefaultResult(result2, def);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry, init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        let meta2 = _meta[0];
        return this._map.set(schema, meta2), meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.set(meta2.id, schema), this;
      }
      clear() {
        return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
      }
      remove(schema) {
        let meta2 = this._map.get(schema);
        return meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.delete(meta2.id), this._map.delete(schema), this;
      }
      get(schema) {
        let p = schema._zod.parent;
        if (p) {
          let pm = { ...this.get(p) ?? {} };
          delete pm.id;
          let f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: !1,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
  let ch = new $ZodCheck({ check: "describe" });
  return ch._zod.onattach = [
    (inst) => {
      let existing = globalRegistry.get(inst) ?? {};
      globalRegistry.add(inst, { ...existing, description });
    }
  ], ch._zod.check = () => {
  }, ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_registries();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (let source of sources)
    for (let key of Reflect.ownKeys(source))
      Object.prototype.propertyIsEnumerable.call(source, key) && assignProp(target, key, source[key]);
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  return target === "draft-4" && (target = "draft-04"), target === "draft-7" && (target = "draft-07"), {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message2) {
  let result2 = typeof ctx.unrepresentable == "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message: message2 }) : ctx.unrepresentable;
  if (result2 === "any")
    return !1;
  if (result2 === void 0 || result2 === "throw")
    throw new Error(message2);
  return Object.assign(json, result2), !0;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  let def = schema._zod.def, seen = ctx.seen.get(schema);
  if (seen)
    return seen.count++, _params.schemaPath.includes(schema) && (seen.cycle = _params.path), seen.schema;
  let result2 = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result2), ctx.sharedDefsExtractedFor = void 0, ctx.sharedEmitDoneFor = void 0;
  let overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema)
    result2.schema = overrideSchema;
  else {
    let params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema)
      schema._zod.processJSONSchema(ctx, result2.schema, params);
    else {
      let _json = result2.schema, processor = ctx.processors[def.type];
      if (!processor)
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      processor(schema, ctx, _json, params);
    }
    let parent = schema._zod.parent;
    parent && (result2.ref || (result2.ref = parent), processSchema(parent, ctx, params), ctx.seen.get(parent).isParent = !0);
  }
  let meta2 = ctx.metadataRegistry.get(schema);
  return meta2 && assignProps(result2.schema, meta2), ctx.io === "input" && isTransforming(schema) && (delete result2.schema.examples, delete result2.schema.default), ctx.io === "input" && "_prefault" in result2.schema && ((_a3 = result2.schema).default ?? (_a3.default = result2.schema._prefault)), delete result2.schema._prefault, ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  let root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  let idToSchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.entries()) {
    let id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      let existing = idToSchema.get(id);
      if (existing && existing !== entry[0])
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      idToSchema.set(id, entry[0]);
    }
  }
  let makeURI = (entry) => {
    let defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      let externalId = ctx.external.registry.get(entry[0])?.id, uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId)
        return { ref: uriGenerator(externalId) };
      let id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      return entry[1].defId = id, { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    let uriPrefix = "#", defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id)
      return { ref: uriPrefix };
    let defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  }, extractToDef = (entry) => {
    if (entry[1].schema.$ref)
      return;
    let seen = entry[1], { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema }, defId && (seen.defId = defId);
    let schema2 = seen.schema;
    for (let key in schema2)
      delete schema2[key];
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw")
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      if (seen.cycle)
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (let entry of ctx.seen.entries()) {
    let seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      let ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    if (ctx.metadataRegistry.get(entry[0])?.id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    seen.count > 1 && ctx.reused === "ref" && extractToDef(entry);
  }
  ctx.external && (ctx.sharedDefsExtractedFor = ctx.external);
}
function compactTypeUnion(schema) {
  let options2 = schema.anyOf;
  if (!Array.isArray(options2) || options2.length === 0 || schema.type !== void 0)
    return;
  let types = [];
  for (let option of options2) {
    if (!option || typeof option != "object")
      return;
    compactTypeUnion(option);
    let keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    let type = option.type;
    for (let member of Array.isArray(type) ? type : [type]) {
      if (typeof member != "string")
        return;
      types.includes(member) || types.push(member);
    }
  }
  delete schema.anyOf, schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
  let extra = member.additionalProperties;
  return extra === void 0 || extra === !1 || typeof extra != "object" || extra === null ? null : Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  let objects = [];
  for (let member of members2) {
    if (typeof member != "object" || member.type !== "object")
      return null;
    for (let key in member)
      if (!FOLDABLE_KEYS.has(key))
        return null;
    objects.push(member);
  }
  let properties = {}, required2 = /* @__PURE__ */ new Set();
  for (let object of objects) {
    for (let key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      let parts = [];
      for (let other of objects) {
        let part = other.properties?.[key] ?? undeclaredConstraint(other);
        part != null && (parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)) || parts.push(part));
      }
      let merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (let key of object.required ?? [])
      required2.add(key);
  }
  let folded = { type: "object", properties };
  if (required2.size && (folded.required = [...required2]), objects.every((object) => object.additionalProperties === !1))
    folded.additionalProperties = !1;
  else {
    let constraints = [];
    for (let object of objects) {
      let constraint = undeclaredConstraint(object);
      constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)) && constraints.push(constraint);
    }
    constraints.length === 1 ? folded.additionalProperties = constraints[0] : constraints.length > 1 && (folded.additionalProperties = { allOf: constraints });
  }
  return folded;
}
function foldIntersection(json) {
  let allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (let key of FOLDABLE_KEYS)
    if (key in json)
      return;
  let unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k]))), folded = null;
  if (!unions.length)
    folded = foldObjects(allOf);
  else {
    let union = unions[0], keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
    if (Object.keys(union).length !== 1)
      return;
    let rest = allOf.filter((m) => m !== union), branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  folded && (delete json.allOf, assignProps(json, folded));
}
function finalize(ctx, schema) {
  let root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  let flattenRef = (zodSchema) => {
    let seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    let schema2 = seen.def ?? seen.schema, _cached = { ...schema2 }, ref = seen.ref;
    if (seen.ref = null, ref) {
      flattenRef(ref);
      let refSeen = ctx.seen.get(ref), refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0") ? (schema2.allOf = schema2.allOf ?? [], schema2.allOf.push(refSchema)) : assignProps(schema2, refSchema), assignProps(schema2, _cached), zodSchema._zod.parent === ref)
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in _cached || delete schema2[key];
      if (refSchema.$ref && refSeen.def)
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key]) && delete schema2[key];
    }
    let parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      let parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref && (schema2.$ref = parentSeen.schema.$ref, parentSeen.def))
        for (let key in schema2)
          key === "$ref" || key === "allOf" || key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key]) && delete schema2[key];
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (let entry of [...ctx.seen.entries()].reverse())
      flattenRef(entry[0]);
    if (ctx.target !== "openapi-3.0")
      for (let entry of ctx.seen.entries())
        compactTypeUnion(entry[1].def ?? entry[1].schema);
    for (let rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      let carriers = /* @__PURE__ */ new Map();
      for (let seen of ctx.seen.values())
        for (let json of [seen.schema, seen.def]) {
          let allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          let existing = carriers.get(allOf);
          existing ? existing.push(json) : carriers.set(allOf, [json]);
        }
      for (let allOf of ctx.intersections)
        for (let json of carriers.get(allOf) ?? [])
          foldIntersection(json);
    }
  }
  let result2 = {};
  if (ctx.target === "draft-2020-12" ? result2.$schema = "https://json-schema.org/draft/2020-12/schema" : ctx.target === "draft-07" ? result2.$schema = "http://json-schema.org/draft-07/schema#" : ctx.target === "draft-04" ? result2.$schema = "http://json-schema.org/draft-04/schema#" : ctx.target, ctx.external?.uri) {
    let id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result2.$id = ctx.external.uri(id);
  }
  assignProps(result2, root.defId ? root.schema : root.def ?? root.schema);
  let rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  rootMetaId !== void 0 && result2.id === rootMetaId && delete result2.id;
  let defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external)
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      seen.def && seen.defId && (seen.def.id === seen.defId && delete seen.def.id, assignProp(defs, seen.defId, seen.def));
    }
  ctx.external && (ctx.sharedEmitDoneFor = ctx.external), ctx.external || Object.keys(defs).length > 0 && (ctx.target === "draft-2020-12" ? result2.$defs = defs : result2.definitions = defs);
  try {
    let finalized = JSON.parse(JSON.stringify(result2));
    return Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: !1,
      writable: !1
    }), finalized;
  } catch {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  let ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return !1;
  ctx.seen.add(_schema);
  let def = _schema._zod.def;
  if (def.type === "transform")
    return !0;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch")
    return isTransforming(def.innerType, ctx);
  if (def.type === "intersection")
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  if (def.type === "record" || def.type === "map")
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  if (def.type === "pipe")
    return _schema._zod.traits.has("$ZodCodec") ? !0 : isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  if (def.type === "object") {
    for (let key in def.shape)
      if (isTransforming(def.shape[key], ctx))
        return !0;
    return !1;
  }
  if (def.type === "union") {
    for (let option of def.options)
      if (isTransforming(option, ctx))
        return !0;
    return !1;
  }
  if (def.type === "tuple") {
    for (let item of def.items)
      if (isTransforming(item, ctx))
        return !0;
    return !!(def.rest && isTransforming(def.rest, ctx));
  }
  return !1;
}
var FOLDABLE_KEYS, UNION_KEYS, createStandardJSONSchemaMethod, init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]), UNION_KEYS = ["oneOf", "anyOf"];
    createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
      let { libraryOptions, target } = params ?? {}, ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      return processSchema(schema, ctx), extractDefs(ctx, schema), finalize(ctx, schema);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
  let agg = {}, def = schema._zod.def, list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (let ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  let bag = schema._zod.bag;
  bag.minimum !== void 0 && narrowMin(agg, "minimum", bag.minimum), bag.exclusiveMinimum !== void 0 && narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum), bag.maximum !== void 0 && narrowMax(agg, "maximum", bag.maximum), bag.exclusiveMaximum !== void 0 && narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum), bag.multipleOf !== void 0 && addDivisor(agg, bag.multipleOf), bag.format !== void 0 && (agg.format ?? (agg.format = bag.format), bag.format.includes("int") && (agg.isInt = !0)), bag.mime && intersectMime(agg, bag.mime);
  for (let pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema) {
  let def = schema._zod.def;
  return def.type === "pipe" && def.in._zod.traits.has("$ZodTransform") ? inputOptin(def.out) : def.type === "catch" ? inputOptin(def.innerType) : schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    let def = bySchema.get(json)?.def;
    if (!def)
      return json;
    let inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (let keyword of ["anyOf", "oneOf"]) {
    let branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    let mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    mapped.some((branch, i) => branch !== branches[i]) && (json = { ...json, [keyword]: mapped });
  }
  let types = Array.isArray(json.type) ? json.type : [json.type], numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer"), values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v == "number"))
    return json;
  let { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  return rest.enum ? rest.enum = rest.enum.map((v) => typeof v == "number" ? String(v) : v) : typeof rest.const == "number" && (rest.const = String(rest.const)), numericType && (rest.type = "string", values || (rest.pattern = (types.includes("number") ? number : integer).source)), rest;
}
function rewriteKeyNames(ctx) {
  let bySchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.values())
    entry.def && !bySchema.has(entry.schema) && bySchema.set(entry.schema, entry);
  let rewrites = /* @__PURE__ */ new Map();
  for (let record of pendingRecords.get(ctx) ?? []) {
    let seen = ctx.seen.get(record), names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === !0 || rewrites.has(names))
      continue;
    let rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    rewritten !== names && rewrites.set(names, rewritten);
  }
  if (rewrites.size)
    for (let entry of ctx.seen.values())
      for (let carrier of [entry.schema, entry.def]) {
        let rewritten = carrier && rewrites.get(carrier.propertyNames);
        rewritten && (carrier.propertyNames = rewritten);
      }
}
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = !1, serialized = JSON.stringify(value, (_, val) => typeof val != "bigint" ? val : (unrepresentable = !0, null));
  return unrepresentable ? (handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema"), UNREPRESENTABLE_DEFAULT) : JSON.parse(serialized);
}
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    let registry2 = input, ctx2 = initializeContext({ ...params, processors: allProcessors }), defs = {};
    for (let entry of registry2._idmap.entries()) {
      let [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    let schemas = {}, external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (let entry of registry2._idmap.entries()) {
      let [key, schema] = entry;
      extractDefs(ctx2, schema), assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      let defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  let ctx = initializeContext({ ...params, processors: allProcessors });
  return processSchema(input, ctx), extractDefs(ctx, input), finalize(ctx, input);
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, bigintProcessor, symbolProcessor, nullProcessor, undefinedProcessor, voidProcessor, neverProcessor, anyProcessor, unknownProcessor, dateProcessor, enumProcessor, literalProcessor, nanProcessor, templateLiteralProcessor, fileProcessor, successProcessor, customProcessor, functionProcessor, transformProcessor, mapProcessor, setProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, tupleProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, promiseProcessor, optionalProcessor, lazyProcessor, allProcessors, init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      (agg[key] === void 0 || value > agg[key]) && (agg[key] = value);
    }, narrowMax = (agg, key, value) => {
      (agg[key] === void 0 || value < agg[key]) && (agg[key] = value);
    }, narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value), narrowMax(agg, "maximum", value);
    }, addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []), agg.multipleOf.includes(value) || agg.multipleOf.push(value);
    }, addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set()), agg.patterns.add(pattern);
    }, intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    }, setFormat = (agg, format) => {
      agg.format = format, format.includes("int") && (agg.isInt = !0);
    }, minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum), maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum), formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      let [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum), narrowMax(agg, "maximum", maximum);
    }, contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format), def.pattern && addPattern(agg, def.pattern), (def.format === "base64" || def.format === "base64url") && (agg.contentEncoding = def.format), (def.local || def.precision === -1) && (agg.laxFormat = !0);
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    }, exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]), exactPattern = (p) => exactPatterns.get(p) ?? p, stringProcessor = (schema, ctx, _json, _params) => {
      let json = _json;
      json.type = "string";
      let { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
      if (typeof minimum == "number" && (json.minLength = minimum), typeof maximum == "number" && (json.maxLength = maximum), format && (json.format = formatMap[format] ?? format, json.format === "" && delete json.format, (format === "time" || laxFormat) && delete json.format), contentEncoding && (json.contentEncoding = contentEncoding), patterns && patterns.size > 0) {
        let patternList = [...patterns].map(exactPattern);
        patternList.length === 1 ? json.pattern = patternList[0].source : patternList.length > 1 && (json.allOf = [
          ...patternList.map((regex) => ({
            ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
            pattern: regex.source
          }))
        ]);
      }
    }, numberProcessor = (schema, ctx, _json, params) => {
      let json = _json, { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
      json.type = isInt ? "integer" : "number";
      let exMin = typeof exclusiveMinimum == "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY), exMax = typeof exclusiveMaximum == "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY), legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin ? legacy ? (json.minimum = exclusiveMinimum, json.exclusiveMinimum = !0) : json.exclusiveMinimum = exclusiveMinimum : typeof minimum == "number" && (json.minimum = minimum), exMax ? legacy ? (json.maximum = exclusiveMaximum, json.exclusiveMaximum = !0) : json.exclusiveMaximum = exclusiveMaximum : typeof maximum == "number" && (json.maximum = maximum), multipleOf) {
        let divisors = /* @__PURE__ */ new Set();
        for (let divisor of multipleOf)
          Number.isFinite(divisor) && divisor !== 0 ? divisors.add(Math.abs(divisor)) : handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        let [first, ...rest] = divisors;
        first !== void 0 && (json.multipleOf = first), rest.length && (json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))]);
      }
    }, booleanProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    }, bigintProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
    }, symbolProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
    }, nullProcessor = (_schema, ctx, json, _params) => {
      ctx.target === "openapi-3.0" ? (json.type = "string", json.nullable = !0, json.enum = [null]) : json.type = "null";
    }, undefinedProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
    }, voidProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
    }, neverProcessor = (_schema, _ctx, json, _params) => {
      json.not = {};
    }, anyProcessor = (_schema, _ctx, _json, _params) => {
    }, unknownProcessor = (_schema, _ctx, _json, _params) => {
    }, dateProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
    }, enumProcessor = (schema, _ctx, json, _params) => {
      let def = schema._zod.def, values = getEnumValues(def.entries);
      if (values.length === 0) {
        json.not = {};
        return;
      }
      values.every((v) => typeof v == "number") && (json.type = "number"), values.every((v) => typeof v == "string") && (json.type = "string"), json.enum = values;
    }, literalProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      if (def.values.length === 0) {
        json.not = {};
        return;
      }
      let vals = [];
      for (let val of def.values)
        if (val === void 0) {
          if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val == "bigint") {
          if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else
          vals.push(val);
      if (vals.length !== 0)
        if (vals.length === 1) {
          let val = vals[0];
          json.type = val === null ? "null" : typeof val, ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? json.enum = [val] : json.const = val;
        } else
          vals.every((v) => typeof v == "number") && (json.type = "number"), vals.every((v) => typeof v == "string") && (json.type = "string"), vals.every((v) => typeof v == "boolean") && (json.type = "boolean"), vals.every((v) => v === null) && (json.type = "null"), json.enum = vals;
    }, nanProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
    }, templateLiteralProcessor = (schema, _ctx, json, _params) => {
      let _json = json, pattern = schema._zod.pattern;
      if (!pattern)
        throw new Error("Pattern not found in template literal");
      _json.type = "string", _json.pattern = pattern.source;
    }, fileProcessor = (schema, _ctx, json, _params) => {
      let _json = json;
      _json.type = "string", _json.format = "binary", _json.contentEncoding = "binary";
      let { minimum, maximum, mime } = aggregateChecks(schema);
      minimum !== void 0 && (_json.minLength = minimum), maximum !== void 0 && (_json.maxLength = maximum), mime && (mime.length === 0 ? _json.not = {} : mime.length === 1 ? _json.contentMediaType = mime[0] : _json.anyOf = mime.map((m) => ({ contentMediaType: m })));
    }, successProcessor = (_schema, _ctx, json, _params) => {
      json.type = "boolean";
    }, customProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
    }, functionProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
    }, transformProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
    }, mapProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
    }, setProcessor = (schema, ctx, json, params) => {
      handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
    }, arrayProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def, { minimum, maximum } = aggregateChecks(schema);
      typeof minimum == "number" && (json.minItems = minimum), typeof maximum == "number" && (json.maxItems = maximum), json.type = "array", json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def, shape2 = def.shape;
      if (Object.getOwnPropertySymbols(shape2).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema"))
        return;
      json.type = "object", json.properties = {};
      for (let key in shape2)
        assignProp(json.properties, key, processSchema(shape2[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      let requiredKeys = [];
      for (let key of Object.keys(shape2)) {
        let field2 = def.shape[key];
        (ctx.io === "input" ? inputOptin(field2) === void 0 : field2._zod.optout === void 0) && requiredKeys.push(key);
      }
      requiredKeys.length > 0 && (json.required = requiredKeys), def.catchall?._zod.def.type === "never" ? json.additionalProperties = !1 : def.catchall ? def.catchall && (json.additionalProperties = processSchema(def.catchall, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      })) : ctx.io === "output" && (json.additionalProperties = !1);
    }, unionProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, isExclusive = def.inclusive === !1, options2 = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      isExclusive ? json.oneOf = options2 : json.anyOf = options2;
    }, intersectionProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      }), b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      }), isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1, allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json.allOf = allOf, ctx.intersections.push(allOf);
    }, tupleProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def;
      json.type = "array";
      let prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items", restPath = ctx.target === "draft-2020-12" || ctx.target === "openapi-3.0" ? "items" : "additionalItems", prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i]
      })), rest = def.rest ? processSchema(def.rest, ctx, {
        ...params,
        path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
      }) : null, minItems = def.items.length;
      for (; minItems > 0; ) {
        let item = def.items[minItems - 1];
        if (!(ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional"))
          break;
        minItems--;
      }
      let maxItems = def.items.length, isClosed = !def.rest;
      ctx.target === "draft-2020-12" ? (json.prefixItems = prefixItems, isClosed ? json.items = !1 : rest && (json.items = rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems)) : ctx.target === "openapi-3.0" ? (json.items = {
        anyOf: prefixItems
      }, rest && json.items.anyOf.push(rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems)) : (json.items = prefixItems, isClosed ? json.additionalItems = !1 : rest && (json.additionalItems = rest), minItems > 0 && (json.minItems = minItems), isClosed && (json.maxItems = maxItems));
      let { minimum, maximum } = aggregateChecks(schema);
      typeof minimum == "number" && (json.minItems = minimum), typeof maximum == "number" && (json.maxItems = maximum);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema, ctx, _json, params) => {
      let json = _json, def = schema._zod.def;
      json.type = "object";
      let keyType = def.keyType, patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        let valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json.patternProperties = {};
        for (let pattern of patterns)
          assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          pending || (pending = [], pendingRecords.set(ctx, pending), ctx.deferred.push(() => rewriteKeyNames(ctx))), pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      let keyValues = keyType._zod.values, omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        let validKeyValues = [...keyValues].filter((v) => typeof v == "string" || typeof v == "number");
        validKeyValues.length > 0 && (json.required = validKeyValues.map(String));
      }
    }, nullableProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def, inner = processSchema(def.innerType, ctx, params), seen = ctx.seen.get(schema);
      ctx.target === "openapi-3.0" ? (seen.ref = def.innerType, json.nullable = !0) : json.anyOf = [inner, { type: "null" }];
    }, nonoptionalProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      value !== UNREPRESENTABLE_DEFAULT && (json.default = value);
    }, prefaultProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      if (seen.ref = def.innerType, ctx.io !== "input")
        return;
      let value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
      value !== UNREPRESENTABLE_DEFAULT && (json._prefault = value);
    }, catchProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json.default = catchValue;
    }, pipeProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def, inIsTransform = def.in._zod.traits.has("$ZodTransform"), innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = innerType;
    }, readonlyProcessor = (schema, ctx, json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType, json.readOnly = !0;
    }, promiseProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, optionalProcessor = (schema, ctx, _json, params) => {
      let def = schema._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = def.innerType;
    }, lazyProcessor = (schema, ctx, _json, params) => {
      let innerType = schema._zod.innerType;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema);
      seen.ref = innerType;
    }, allProcessors = {
      string: stringProcessor,
      number: numberProcessor,
      boolean: booleanProcessor,
      bigint: bigintProcessor,
      symbol: symbolProcessor,
      null: nullProcessor,
      undefined: undefinedProcessor,
      void: voidProcessor,
      never: neverProcessor,
      any: anyProcessor,
      unknown: unknownProcessor,
      date: dateProcessor,
      enum: enumProcessor,
      literal: literalProcessor,
      nan: nanProcessor,
      template_literal: templateLiteralProcessor,
      file: fileProcessor,
      success: successProcessor,
      custom: customProcessor,
      function: functionProcessor,
      transform: transformProcessor,
      map: mapProcessor,
      set: setProcessor,
      array: arrayProcessor,
      object: objectProcessor,
      union: unionProcessor,
      intersection: intersectionProcessor,
      tuple: tupleProcessor,
      record: recordProcessor,
      nullable: nullableProcessor,
      nonoptional: nonoptionalProcessor,
      default: defaultProcessor,
      prefault: prefaultProcessor,
      catch: catchProcessor,
      pipe: pipeProcessor,
      readonly: readonlyProcessor,
      promise: promiseProcessor,
      optional: optionalProcessor,
      lazy: lazyProcessor
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core3 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core2();
    init_parse();
    init_errors2();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core3();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape2, params) {
  return new ZodMiniObject({
    type: "object",
    shape: shape2,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniOptional, ZodMiniDefault, describe2, init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core3();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def), inst.def = def, inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        let def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: !0 });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return reg.add(this, meta2), this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    }), ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def), ZodMiniNumber.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def), ZodMiniType.init(inst, def), installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def), ZodMiniType.init(inst, def);
    });
    ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
      $ZodDefault.init(inst, def), ZodMiniType.init(inst, def);
    });
    describe2 = describe;
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core3();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core3();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_json_schema_processors();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// src/config/schema.ts
var schema_exports = {};
__export(schema_exports, {
  checkConfig: () => checkConfig,
  configJsonSchema: () => configJsonSchema,
  configSchema: () => configSchema
});
function checkConfig(raw) {
  let parsed = safeParse(configSchema, raw);
  if (parsed.success) return { config: parsed.data };
  let issue2 = parsed.error.issues[0];
  return { field: issue2.path.length ? issue2.path.map((p) => typeof p == "number" ? `[${p}]` : `.${String(p)}`).join("").slice(issue2.path[0] === void 0 || typeof issue2.path[0] == "number" ? 0 : 1) : "(top level)", problem: describeIssue(issue2, valueAt(raw, issue2.path)) };
}
function describeIssue(issue2, value) {
  switch (issue2.code) {
    case "invalid_type":
      return `expected ${issue2.expected === "int" ? "a whole number" : article(issue2.expected)}, got ${typeName(value)}`;
    case "too_small":
      return issue2.origin === "array" ? `expected at least ${issue2.minimum} item${Number(issue2.minimum) === 1 ? "" : "s"}` : issue2.origin === "string" ? `expected at least ${issue2.minimum} character${Number(issue2.minimum) === 1 ? "" : "s"}` : `expected at least ${issue2.minimum}`;
    case "too_big":
      return `expected at most ${issue2.maximum}`;
    case "unrecognized_keys":
      return `unknown field${issue2.keys.length === 1 ? "" : "s"} ${issue2.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_format":
      return `expected ${issue2.message}`;
    default:
      return issue2.message;
  }
}
function valueAt(root, path13) {
  let v = root;
  for (let key of path13)
    v = v !== null && typeof v == "object" ? v[key] : void 0;
  return v;
}
function configJsonSchema() {
  return toJSONSchema(configSchema, { io: "input" });
}
var described, customRule, configSchema, article, typeName, init_schema = __esm({
  "src/config/schema.ts"() {
    "use strict";
    init_mini();
    described = (schema, text) => schema.check(describe2(text)), customRule = strictObject({
      id: described(
        string2().check(_regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as "acme-api-key"')),
        "Stable rule id, kebab-case."
      ),
      provider: described(string2().check(_minLength(1)), 'Provider id shown in output, e.g. "acme".'),
      description: described(string2().check(_minLength(1)), "One line for people: what this key is."),
      keywords: described(
        array(string2().check(_minLength(3))).check(_minLength(1)),
        "Literal strings, one of which occurs in every key (the prefilter). At least 3 characters each."
      ),
      pattern: described(
        string2().check(_minLength(1)),
        "JavaScript regular expression of the key, without flags or anchors."
      ),
      prefix: described(_default(string2(), ""), "Family prefix kept in redacted output."),
      minEntropy: described(
        optional(number2().check(_gte(0), _lte(8))),
        "Minimum Shannon entropy (bits/char) of the key after the prefix."
      ),
      maxLength: described(
        _default(int().check(_gte(8), _lte(512)), 256),
        "Longest key the pattern can match."
      ),
      examples: described(_default(array(string2()), []), "Texts that must hold exactly one key of this rule."),
      negatives: described(_default(array(string2()), []), "Texts that must hold no key of this rule.")
    }), configSchema = strictObject({
      $schema: optional(string2()),
      exclude: described(
        _default(array(string2().check(_minLength(1))), []),
        'Glob patterns (relative to the repository root) of paths to leave out, e.g. "fixtures/**".'
      ),
      disableRules: described(_default(array(string2()), []), "Ids of built-in rules to turn off."),
      rules: described(_default(array(customRule), []), "Extra rules for other key formats.")
    });
    article = (type) => /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`, typeName = (v) => v === null ? "null" : Array.isArray(v) ? "an array" : v === void 0 ? "nothing" : article(typeof v);
  }
});

// src/config/load.ts
async function loadConfig(dir, explicit) {
  let file = explicit ? import_node_path.default.resolve(explicit) : import_node_path.default.join(dir, CONFIG_FILE);
  if (!(0, import_node_fs.existsSync)(file)) {
    if (explicit) throw new SkguardError(`config file not found: ${explicit}`, "config");
    return { config: DEFAULTS };
  }
  let shown = explicit ?? CONFIG_FILE, raw;
  try {
    raw = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
  } catch (e) {
    throw new SkguardError(`${shown}: not valid JSON: ${e.message}`, "config");
  }
  let { checkConfig: checkConfig2 } = await Promise.resolve().then(() => (init_schema(), schema_exports)), checked = checkConfig2(raw);
  if (!("config" in checked)) throw new SkguardError(`${shown}: field ${checked.field}: ${checked.problem}`, "config");
  let config2 = checked.config, known = new Set(builtinRules.map((r) => r.id));
  return config2.disableRules.forEach((id, i) => {
    if (!known.has(id))
      throw new SkguardError(
        `${shown}: field disableRules[${i}]: unknown rule "${id}"; known rules: ${[...known].join(", ")}`,
        "config"
      );
  }), config2.rules.forEach((rule, i) => {
    compileCustomRule(rule, `${shown}: field rules[${i}]`);
  }), { config: config2, file };
}
function activeRules(config2) {
  let disabled = new Set(config2.disableRules), fakes = /* @__PURE__ */ new Set(), custom = config2.rules.map((r) => compileCustomRule(r, r.id, fakes));
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
var import_node_fs, import_node_path, CONFIG_FILE, DEFAULTS, init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    import_node_fs = require("node:fs"), import_node_path = __toESM(require("node:path"), 1);
    init_core();
    init_scanner();
    init_errors();
    CONFIG_FILE = ".skguard.json", DEFAULTS = { exclude: [], disableRules: [], rules: [] };
  }
});

// src/pipeline/suppressions.ts
function loadIgnoreFile(dir, notes) {
  let file = import_node_path2.default.join(dir, IGNORE_FILE);
  if (!(0, import_node_fs2.existsSync)(file)) return;
  let list = parseIgnoreFile((0, import_node_fs2.readFileSync)(file, "utf8"));
  for (let bad of list.invalid)
    notes.push({
      level: "warning",
      code: "invalid-ignore-entry",
      message: `${IGNORE_FILE}:${bad.line}: not a fingerprint, ignored (expected 24 hex characters as printed with each finding)`
    });
  return list;
}
function loadBaseline(file) {
  let parsed;
  try {
    parsed = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
  } catch (e) {
    let reason = e.code === "ENOENT" ? "file not found" : "not valid JSON";
    throw new SkguardError(`--baseline ${file}: ${reason}`, "usage");
  }
  let findings = parsed.findings;
  if (!Array.isArray(findings))
    throw new SkguardError(
      `--baseline ${file}: expected a skguard JSON report (an object with a "findings" array)`,
      "usage"
    );
  return findings.filter(
    (f) => typeof f == "object" && f !== null && typeof f.fingerprint == "string" && typeof f.file == "string"
  );
}
var import_node_fs2, import_node_path2, IGNORE_FILE, init_suppressions = __esm({
  "src/pipeline/suppressions.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs"), import_node_path2 = __toESM(require("node:path"), 1);
    init_suppress();
    init_errors();
    IGNORE_FILE = ".skguardignore";
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_NO_SLASH = "[^\\\\/]", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = "(?:\\/|$)", START_ANCHOR = "(?:^|\\/)", DOTS_SLASH = `\\.{1,2}${END_ANCHOR}`, NO_DOT = "(?!\\.)", NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!\\.{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = "[^.\\/]", STAR = `${QMARK}*?`, SEP = "/", POSIX_CHARS = {
      DOT_LITERAL: "\\.",
      PLUS_LITERAL: "\\+",
      QMARK_LITERAL: "\\?",
      SLASH_LITERAL: "\\/",
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: "[\\\\/]",
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: "\\.{1,2}(?:[\\\\/]|$)",
      NO_DOT: "(?!\\.)",
      NO_DOTS: "(?!(?:^|[\\\\/])\\.{1,2}(?:[\\\\/]|$))",
      NO_DOT_SLASH: "(?!\\.{0,1}(?:[\\\\/]|$))",
      NO_DOTS_SLASH: "(?!\\.{1,2}(?:[\\\\/]|$))",
      QMARK_NO_DOT: "[^.\\\\/]",
      START_ANCHOR: "(?:^|[\\\\/])",
      END_ANCHOR: "(?:[\\\\/]|$)",
      SEP: "\\"
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION: 0,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator < "u" && navigator.platform) {
        let platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      return typeof process < "u" && process.platform ? process.platform === "win32" : !1;
    };
    exports2.removeBackslashes = (str) => str.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports2.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports2.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state.prefix = "./"), output;
    };
    exports2.wrapOutput = (input, state = {}, options2 = {}) => {
      let prepend = options2.contains ? "" : "^", append = options2.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
    exports2.basename = (path13, { windows } = {}) => {
      let segs = path13.split(windows ? /[\\/]/ : "/"), last = segs[segs.length - 1];
      return last === "" ? segs[segs.length - 2] : last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token2) => {
      token2.isPrefix !== !0 && (token2.depth = token2.isGlobstar ? 1 / 0 : 1);
    }, scan = (input, options2) => {
      let opts = options2 || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.tokens === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token2 = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str.charCodeAt(index + 1), advance = () => (prev = code, str.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token2.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token2.isBrace = !0, isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token2.isBrace = !0, isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token2.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token2), token2 = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token2.isGlob = !0, isExtglob = token2.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            let parens = 0;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token2.isGlobstar = !0), isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = !0, isGlob = token2.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token2.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token2.isGlob = !0, scanToEnd === !0) {
            let parens = 1;
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = !0, advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str, prefix = "", glob = "";
      start > 0 && (prefix = str.slice(0, start), str = str.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str.slice(0, lastIndex), glob = str.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str) : base = str, base && base !== "" && base !== "/" && base !== str && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state.maxDepth = 0, isPathSeparator(code) || tokens.push(token2), state.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n2 = prevIndex !== void 0 ? prevIndex + 1 : start, i = slashes[idx], value2 = input.slice(n2, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value2, depth(tokens[idx]), state.maxDepth += tokens[idx].depth), i >= start && (parts.push(value2), prevIndex = i);
        }
        let n = prevIndex !== void 0 ? prevIndex + 1 : start, value = input.slice(n);
        parts.push(value), opts.tokens && prevIndex && prevIndex + 1 < input.length && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state.maxDepth += tokens[tokens.length - 1].depth), state.slashes = slashes, state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants(), utils = require_utils(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options2) => {
      if (typeof options2.expandRange == "function")
        return options2.expandRange(...args, options2);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, buildCharClassStar = (chars) => `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`, getStarExtglobSequenceChars = (pattern) => {
      let index = 0, chars = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars.push(branch), index += match.end + 1;
      }
      if (!(chars.length < 1))
        return chars;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body2, options2) => {
      if (options2.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options2.maxExtglobRecursion == "number" ? options2.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      let safeChars = [], sawStarSequence = !1, combinable = !0;
      for (let branch of branches) {
        let chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = !0, safeChars.push(...chars);
          continue;
        }
        let literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        if (combinable = !1, repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return sawStarSequence ? combinable ? { risky: !0, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: !0 } : { risky: !1 };
    }, parse2 = (input, options2) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options2 }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", PLATFORM_CHARS = constants.globChars(opts.windows), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state.index === len - 1, peek = state.peek = (n = 1) => input[state.index + n], advance = state.advance = () => input[++state.index] || "", remaining = () => input.slice(state.index + 1), consume = (value2 = "", num = 0) => {
        state.consumed += value2, state.index += num;
      }, append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value, consume(token2.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state.start++, count++;
        return count % 2 === 0 ? !1 : (state.negated = !0, state.start++, !0);
      }, increment = (type) => {
        state[type]++, stack.push(type);
      }, decrement = (type) => {
        state[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state.output = state.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value, prev.value += tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev, token2.parens = state.parens, token2.output = state.output, token2.startIndex = state.index, token2.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token2.open;
        increment("parens"), push({ type, value: value2, output: state.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token2);
      }, extglobClose = (token2) => {
        let literal = input.slice(token2.startIndex, state.index + 1), body2 = input.slice(token2.startIndex + 2, state.index), analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token2.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state.output = token2.output + open.output, state.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : ""), rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token2.close = `)$))${extglobStar}`), token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse2(rest, { ...options2, fastpaths: !1 }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          token2.prev.type === "bos" && (state.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc2 ? esc2 + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars.length) : first === "." ? DOT_LITERAL.repeat(chars.length) : first === "*" ? esc2 ? esc2 + first + (rest ? star : "") : star : esc2 ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state.output = input, state) : (state.output = utils.wrapOutput(output, state, options2), state);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix = POSIX_REGEX_SOURCE[rest2];
              if (posix) {
                prev.value = pre + posix, state.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state.output = state.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range.unshift(arr[i].value);
            output = expandRange(range, opts), state.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state.output.slice(0, brace.outputIndex), toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state.output = out;
            for (let t of toks)
              state.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1, state.consumed = "", state.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state.backtrack = !0, state.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          let isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state.output = prev.output, state.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state.globstar = !0, state.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state.output += prior.output + prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state.output = prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state.output += prev.output, state.globstar = !0, consume(value);
          continue;
        }
        let token2 = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token2.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token2.output = nodot + token2.output), push(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token2.output = value, push(token2);
          continue;
        }
        (state.index === state.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state.output += nodot, prev.output += nodot), peek() !== "*" && (state.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token2);
      }
      for (; state.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "["), decrement("brackets");
      }
      for (; state.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "("), decrement("parens");
      }
      for (; state.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state.backtrack === !0) {
        state.output = "";
        for (let token2 of state.tokens)
          state.output += token2.output != null ? token2.output : token2.value, token2.suffix && (state.output += token2.suffix);
      }
      return state;
    };
    parse2.fastpaths = (input, options2) => {
      let opts = { ...options2 }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan(), parse2 = require_parse(), utils = require_utils(), constants = require_constants(), isObject2 = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch = (glob, options2, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch(input, options2, returnState));
        return (str) => {
          for (let isMatch of fns) {
            let state2 = isMatch(str);
            if (state2) return state2;
          }
          return !1;
        };
      }
      let isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options2 || {}, posix = opts.windows, regex = isState ? picomatch.compileRe(glob, options2) : picomatch.makeRe(glob, options2, !1, !0), state = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch.test(input, regex, options2, { glob, posix }), result2 = { glob, state, regex, posix, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result2), isMatch === !1 ? (result2.isMatch = !1, returnObject ? result2 : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result2), result2.isMatch = !1, returnObject ? result2 : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result2), returnObject ? result2 : !0);
      };
      return returnState && (matcher.state = state), matcher;
    };
    picomatch.test = (input, regex, options2, { glob, posix } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options2 || {}, format = opts.format || (posix ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch.matchBase(input, regex, options2, posix) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch.matchBase = (input, glob, options2, posix = options2 && options2.windows) => (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options2)).test(utils.basename(input, { windows: posix }));
    picomatch.isMatch = (str, patterns, options2) => picomatch(patterns, options2)(str);
    picomatch.parse = (pattern, options2) => Array.isArray(pattern) ? pattern.map((p) => picomatch.parse(p, options2)) : parse2(pattern, { ...options2, fastpaths: !1 });
    picomatch.scan = (input, options2) => scan(input, options2);
    picomatch.compileRe = (state, options2, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state.output;
      let opts = options2 || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state.output})${append}`;
      state && state.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch.toRegex(source, options2);
      return returnState === !0 && (regex.state = state), regex;
    };
    picomatch.makeRe = (input, options2 = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options2.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse2.fastpaths(input, options2)), parsed.output || (parsed = parse2(input, options2)), picomatch.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options2) => {
      try {
        let opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch(), utils = require_utils();
    function picomatch(glob, options2, returnState = !1) {
      return options2 && (options2.windows === null || options2.windows === void 0) && (options2 = { ...options2, windows: utils.isWindows() }), pico(glob, options2, returnState);
    }
    Object.assign(picomatch, pico);
    module2.exports = picomatch;
  }
});

// src/pipeline/session.ts
async function openSession(options2) {
  let started = Number(process.hrtime.bigint()) / 1e6, notes = [], { config: config2 } = await loadConfig(options2.root, options2.configFile), { rules: rules4, fakes } = activeRules(config2), exclude = config2.exclude.length > 0 ? (await Promise.resolve().then(() => __toESM(require_picomatch2(), 1))).default(config2.exclude, { dot: !0 }) : void 0;
  return {
    rules: rules4,
    fakes,
    scanner: new Scanner(rules4),
    isExcluded: exclude ? (rel2) => exclude(rel2) : () => !1,
    ignore: loadIgnoreFile(options2.root, notes),
    baseline: options2.baselineFile ? loadBaseline(options2.baselineFile) : void 0,
    notes,
    started
  };
}
function closeSession(session, hits, tally, source, skipped, extra = {}) {
  let all = hits.map((h) => h.finding), { findings, stats } = applySuppressions(
    all,
    {
      fakes: session.fakes,
      ...session.ignore ? { ignore: session.ignore } : {},
      ...session.baseline ? { baseline: session.baseline } : {}
    },
    tally.inline
  );
  for (let unused of stats.unusedIgnores)
    session.notes.push({
      level: "info",
      code: "unused-ignore",
      message: `${IGNORE_FILE}:${unused.line}: fingerprint ${unused.fingerprint} matched nothing in this scan`
    });
  return findings.sort(compareFindings), {
    findings,
    stats: {
      source,
      files: tally.files,
      bytes: tally.bytes,
      skipped: { binary: tally.binary, ...skipped },
      ...extra,
      suppressed: { inline: stats.inline, ignored: stats.ignored, baseline: stats.baseline },
      durationMs: Math.round(Number(process.hrtime.bigint()) / 1e6 - session.started)
    },
    notes: session.notes
  };
}
function closeHistory(session, result2) {
  let { skipped } = result2;
  return closeSession(
    session,
    result2.hits,
    result2.tally,
    "history",
    { symlink: 0, excluded: skipped.excluded, unreadable: 0, submodule: skipped.submodule },
    { commits: result2.commits, blobs: result2.blobs }
  );
}
var init_session = __esm({
  "src/pipeline/session.ts"() {
    "use strict";
    init_load();
    init_core();
    init_suppress();
    init_suppressions();
  }
});

// src/sources/git.ts
function git(args, cwd, okCodes = [0], input) {
  return new Promise((resolve, reject) => {
    let options2 = { cwd, env: { ...process.env, ...GIT_ENV }, stdio: ["pipe", "pipe", "pipe"] }, child = (0, import_node_child_process.spawn)("git", args, options2), out = [], err = [];
    child.stdout?.on("data", (b) => out.push(b)), child.stderr?.on("data", (b) => err.push(b)), child.on("error", (e) => {
      reject(
        e.code === "ENOENT" ? new SkguardError(
          "git was not found on the PATH: install git, or run `skguard scan` outside a repository",
          "git-missing"
        ) : new SkguardError(`could not run git: ${e.message}`, "git")
      );
    }), child.on("close", (code) => {
      let result2 = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? 128 };
      okCodes.includes(result2.code) ? resolve(result2) : reject(
        new SkguardError(`git ${args[0]} failed: ${firstLine(result2.stderr) || `exit code ${result2.code}`}`, "git")
      );
    }), child.stdin?.on("error", () => {
    }), child.stdin?.end(input);
  });
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
  let r = await git(["rev-parse", "--show-toplevel"], dir, [0, 128]), top = r.stdout.toString("utf8").trim();
  return r.code === 0 && top !== "" ? top : void 0;
}
var import_node_child_process, GIT_ENV, init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_errors();
    GIT_ENV = { LC_ALL: "C", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  }
});

// src/sources/staged.ts
async function stagedChanges(cwd) {
  let [topResult, diffResult] = await Promise.allSettled([
    // No `rev-parse` when the folder says where the work tree is: one git process, not two.
    topFromFolders(cwd) ?? findWorkTree(cwd),
    git(
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
    )
  ]);
  if (topResult.status === "rejected") {
    let e = topResult.reason;
    throw e instanceof SkguardError && e.code === "git-missing" ? new SkguardError("git was not found on the PATH: skguard staged reads the index through git", "git-missing") : e;
  }
  let top = topResult.value;
  if (!top) throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, "not-a-repository");
  if (diffResult.status === "rejected") throw diffResult.reason;
  let diff = diffResult.value, { entries, patch } = parseRawThenPatch(diff.stdout), hunks = sectionsOf(patch), result2 = { top, files: [], skipped: { submodule: 0, symlink: 0 } };
  if (hunks.length !== entries.length)
    throw new SkguardError(
      `could not read the staged diff (${entries.length} entries, ${hunks.length} patches)`,
      "git"
    );
  return entries.forEach((entry, i) => {
    if (entry.mode === GITLINK) result2.skipped.submodule++;
    else if (entry.mode === SYMLINK) result2.skipped.symlink++;
    else {
      let section = hunks[i];
      result2.files.push({
        path: entry.path,
        blob: entry.blob,
        added: section?.added ?? /* @__PURE__ */ new Set(),
        content: section?.content ?? Buffer.alloc(0)
      });
    }
  }), result2;
}
function stagedContents(changes) {
  return changes.files.filter((f) => f.added.size > 0).map((f) => ({ file: f.path, data: f.content, lines: f.added }));
}
function parseRawThenPatch(out) {
  let entries = [], at = 0, next = () => {
    let end = out.indexOf(0, at), s = out.toString("utf8", at, end < 0 ? out.length : end);
    return at = end < 0 ? out.length : end + 1, s;
  };
  for (; at < out.length && out[at] === 58; ) {
    let [, dstMode, , dstBlob, status] = next().slice(1).split(" "), file = next();
    (status?.startsWith("R") || status?.startsWith("C")) && (file = next()), entries.push({ mode: dstMode ?? "", blob: dstBlob ?? "", path: file });
  }
  return out[at] === 0 && at++, { entries, patch: out.toString("latin1", at) };
}
function sectionsOf(patch) {
  let sections = [], added, lines = [], newEndsWithNewline = !0, inHunk = !1, line = 0, last = "", close = () => {
    if (!added) return;
    let text = lines.length === 0 ? "" : `${lines.join(`
`)}${newEndsWithNewline ? `
` : ""}`;
    sections.push({ added, content: Buffer.from(text, "latin1") });
  }, hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  for (let text of patch.split(`
`)) {
    if (text.startsWith("diff --git ") || text.startsWith("diff --cc ")) {
      close(), added = /* @__PURE__ */ new Set(), lines = [], newEndsWithNewline = !0, inHunk = !1;
      continue;
    }
    if (!added) continue;
    if (text.startsWith("@@")) {
      let m = hunk.exec(text);
      m && (inHunk = !0, line = Number(m[1]) - (m[2] === "0" ? 0 : 1));
      continue;
    }
    if (!inHunk) continue;
    let kind = text[0];
    kind === "+" || kind === " " ? (line++, lines.push(text.slice(1)), kind === "+" && added.add(line), last = kind) : kind === "-" ? last = kind : kind === "\\" && last !== "-" && (newEndsWithNewline = !1);
  }
  return close(), sections;
}
function topFromFolders(cwd) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return;
  let dir = import_node_path3.default.resolve(cwd);
  for (; ; ) {
    if ((0, import_node_fs3.existsSync)(import_node_path3.default.join(dir, ".git"))) return Promise.resolve((0, import_node_fs3.realpathSync)(dir));
    let parent = import_node_path3.default.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
var import_node_fs3, import_node_path3, GITLINK, SYMLINK, FULL_CONTEXT, init_staged = __esm({
  "src/sources/staged.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs"), import_node_path3 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    GITLINK = "160000", SYMLINK = "120000";
    FULL_CONTEXT = 2e9;
  }
});

// src/cli/io.ts
function useColor(stream, env, flag) {
  return !flag || env.NO_COLOR !== void 0 && env.NO_COLOR !== "" ? !1 : env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" ? !0 : stream.isTTY === !0 && env.TERM !== "dumb";
}
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.splitWhen = exports2.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports2.flatten = flatten;
    function splitWhen(items, predicate) {
      let result2 = [[]], groupIndex = 0;
      for (let item of items)
        predicate(item) ? (groupIndex++, result2[groupIndex] = []) : result2[groupIndex].push(item);
      return result2;
    }
    exports2.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports2.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name, this.isBlockDevice = stats.isBlockDevice.bind(stats), this.isCharacterDevice = stats.isCharacterDevice.bind(stats), this.isDirectory = stats.isDirectory.bind(stats), this.isFIFO = stats.isFIFO.bind(stats), this.isFile = stats.isFile.bind(stats), this.isSocket = stats.isSocket.bind(stats), this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.convertPosixPathToPattern = exports2.convertWindowsPathToPattern = exports2.convertPathToPattern = exports2.escapePosixPath = exports2.escapeWindowsPath = exports2.escape = exports2.removeLeadingDotSegment = exports2.makeAbsolute = exports2.unixify = void 0;
    var os = require("os"), path13 = require("path"), IS_WINDOWS_PLATFORM = os.platform() === "win32", LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2, POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g, WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g, DOS_DEVICE_PATH_RE = /^\\\\([.?])/, WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports2.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path13.resolve(cwd, filepath);
    }
    exports2.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        let secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\")
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
      }
      return entry;
    }
    exports2.removeLeadingDotSegment = removeLeadingDotSegment;
    exports2.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports2.escapePosixPath = escapePosixPath;
    exports2.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports2.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports2.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports2, module2) {
    module2.exports = function(str) {
      if (typeof str != "string" || str === "")
        return !1;
      for (var match; match = /(\\).|([@?!+*]\(.*\))/g.exec(str); ) {
        if (match[2]) return !0;
        str = str.slice(match.index + match[0].length);
      }
      return !1;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports2, module2) {
    var isExtglob = require_is_extglob(), chars = { "{": "}", "(": ")", "[": "]" }, strictCheck = function(str) {
      if (str[0] === "!")
        return !0;
      for (var index = 0, pipeIndex = -2, closeSquareIndex = -2, closeCurlyIndex = -2, closeParenIndex = -2, backSlashIndex = -2; index < str.length; ) {
        if (str[index] === "*" || str[index + 1] === "?" && /[\].+)]/.test(str[index]) || closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]" && (closeSquareIndex < index && (closeSquareIndex = str.indexOf("]", index)), closeSquareIndex > index && (backSlashIndex === -1 || backSlashIndex > closeSquareIndex || (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeSquareIndex))) || closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}" && (closeCurlyIndex = str.indexOf("}", index), closeCurlyIndex > index && (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeCurlyIndex)) || closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")" && (closeParenIndex = str.indexOf(")", index), closeParenIndex > index && (backSlashIndex = str.indexOf("\\", index), backSlashIndex === -1 || backSlashIndex > closeParenIndex)) || pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|" && (pipeIndex < index && (pipeIndex = str.indexOf("|", index)), pipeIndex !== -1 && str[pipeIndex + 1] !== ")" && (closeParenIndex = str.indexOf(")", pipeIndex), closeParenIndex > pipeIndex && (backSlashIndex = str.indexOf("\\", pipeIndex), backSlashIndex === -1 || backSlashIndex > closeParenIndex))))
          return !0;
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            n !== -1 && (index = n + 1);
          }
          if (str[index] === "!")
            return !0;
        } else
          index++;
      }
      return !1;
    }, relaxedCheck = function(str) {
      if (str[0] === "!")
        return !0;
      for (var index = 0; index < str.length; ) {
        if (/[*?{}()[\]]/.test(str[index]))
          return !0;
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            n !== -1 && (index = n + 1);
          }
          if (str[index] === "!")
            return !0;
        } else
          index++;
      }
      return !1;
    };
    module2.exports = function(str, options2) {
      if (typeof str != "string" || str === "")
        return !1;
      if (isExtglob(str))
        return !0;
      var check = strictCheck;
      return options2 && options2.strict === !1 && (check = relaxedCheck), check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports2, module2) {
    "use strict";
    var isGlob = require_is_glob(), pathPosixDirname = require("path").posix.dirname, isWin32 = require("os").platform() === "win32", slash = "/", backslash = /\\/g, enclosure = /[\{\[].*[\}\]]$/, globby = /(^|[^\\])([\{\[]|\([^\)]+$)/, escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module2.exports = function(str, opts) {
      var options2 = Object.assign({ flipBackslashes: !0 }, opts);
      options2.flipBackslashes && isWin32 && str.indexOf(slash) < 0 && (str = str.replace(backslash, slash)), enclosure.test(str) && (str += slash), str += "a";
      do
        str = pathPosixDirname(str);
      while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports2) {
    "use strict";
    exports2.isInteger = (num) => typeof num == "number" ? Number.isInteger(num) : typeof num == "string" && num.trim() !== "" ? Number.isInteger(Number(num)) : !1;
    exports2.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports2.exceedsLimit = (min, max, step = 1, limit) => limit === !1 || !exports2.isInteger(min) || !exports2.isInteger(max) ? !1 : (Number(max) - Number(min)) / Number(step) >= limit;
    exports2.escapeNode = (block, n = 0, type) => {
      let node = block.nodes[n];
      node && (type && node.type === type || node.type === "open" || node.type === "close") && node.escaped !== !0 && (node.value = "\\" + node.value, node.escaped = !0);
    };
    exports2.encloseBrace = (node) => node.type !== "brace" ? !1 : node.commas >> 0 + node.ranges >> 0 === 0 ? (node.invalid = !0, !0) : !1;
    exports2.isInvalidBrace = (block) => block.type !== "brace" ? !1 : block.invalid === !0 || block.dollar ? !0 : block.commas >> 0 + block.ranges >> 0 === 0 || block.open !== !0 || block.close !== !0 ? (block.invalid = !0, !0) : !1;
    exports2.isOpenOrClose = (node) => node.type === "open" || node.type === "close" ? !0 : node.open === !0 || node.close === !0;
    exports2.reduce = (nodes) => nodes.reduce((acc, node) => (node.type === "text" && acc.push(node.value), node.type === "range" && (node.type = "text"), acc), []);
    exports2.flatten = (...args) => {
      let result2 = [], flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          let ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          ele !== void 0 && result2.push(ele);
        }
        return result2;
      };
      return flat(args), result2;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports2, module2) {
    "use strict";
    var utils = require_utils2();
    module2.exports = (ast, options2 = {}) => {
      let stringify = (node, parent = {}) => {
        let invalidBlock = options2.escapeInvalid && utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options2.escapeInvalid === !0, output = "";
        if (node.value)
          return (invalidBlock || invalidNode) && utils.isOpenOrClose(node) ? "\\" + node.value : node.value;
        if (node.value)
          return node.value;
        if (node.nodes)
          for (let child of node.nodes)
            output += stringify(child);
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(num) {
      return typeof num == "number" ? num - num === 0 : typeof num == "string" && num.trim() !== "" ? Number.isFinite ? Number.isFinite(+num) : isFinite(+num) : !1;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports2, module2) {
    "use strict";
    var isNumber = require_is_number(), toRegexRange = (min, max, options2) => {
      if (isNumber(min) === !1)
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      if (max === void 0 || min === max)
        return String(min);
      if (isNumber(max) === !1)
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      let opts = { relaxZeros: !0, ...options2 };
      typeof opts.strictZeros == "boolean" && (opts.relaxZeros = opts.strictZeros === !1);
      let relax = String(opts.relaxZeros), shorthand = String(opts.shorthand), capture = String(opts.capture), wrap = String(opts.wrap), cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey))
        return toRegexRange.cache[cacheKey].result;
      let a = Math.min(min, max), b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result2 = min + "|" + max;
        return opts.capture ? `(${result2})` : opts.wrap === !1 ? result2 : `(?:${result2})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max), state = { min, max, a, b }, positives = [], negatives = [];
      if (isPadded && (state.isPadded = isPadded, state.maxLen = String(state.max).length), a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts), a = state.a = 0;
      }
      return b >= 0 && (positives = splitToPatterns(a, b, state, opts)), state.negatives = negatives, state.positives = positives, state.result = collatePatterns(negatives, positives, opts), opts.capture === !0 ? state.result = `(${state.result})` : opts.wrap !== !1 && positives.length + negatives.length > 1 && (state.result = `(?:${state.result})`), toRegexRange.cache[cacheKey] = state, state.result;
    };
    function collatePatterns(neg, pos, options2) {
      let onlyNegative = filterPatterns(neg, pos, "-", !1, options2) || [], onlyPositive = filterPatterns(pos, neg, "", !1, options2) || [], intersected = filterPatterns(neg, pos, "-?", !0, options2) || [];
      return onlyNegative.concat(intersected).concat(onlyPositive).join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1, zeros = 1, stop = countNines(min, nines), stops = /* @__PURE__ */ new Set([max]);
      for (; min <= stop && stop <= max; )
        stops.add(stop), nines += 1, stop = countNines(min, nines);
      for (stop = countZeros(max + 1, zeros) - 1; min < stop && stop <= max; )
        stops.add(stop), zeros += 1, stop = countZeros(max + 1, zeros) - 1;
      return stops = [...stops], stops.sort(compare), stops;
    }
    function rangeToPattern(start, stop, options2) {
      if (start === stop)
        return { pattern: start, count: [], digits: 0 };
      let zipped = zip(start, stop), digits = zipped.length, pattern = "", count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        startDigit === stopDigit ? pattern += startDigit : startDigit !== "0" || stopDigit !== "9" ? pattern += toCharacterClass(startDigit, stopDigit, options2) : count++;
      }
      return count && (pattern += options2.shorthand === !0 ? "\\d" : "[0-9]"), { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options2) {
      let ranges = splitToRanges(min, max), tokens = [], start = min, prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i], obj = rangeToPattern(String(start), String(max2), options2), zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          prev.count.length > 1 && prev.count.pop(), prev.count.push(obj.count[0]), prev.string = prev.pattern + toQuantifier(prev.count), start = max2 + 1;
          continue;
        }
        tok.isPadded && (zeros = padZeros(max2, tok, options2)), obj.string = zeros + obj.pattern + toQuantifier(obj.count), tokens.push(obj), start = max2 + 1, prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options2) {
      let result2 = [];
      for (let ele of arr) {
        let { string: string3 } = ele;
        !intersection && !contains(comparison, "string", string3) && result2.push(prefix + string3), intersection && contains(comparison, "string", string3) && result2.push(prefix + string3);
      }
      return result2;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer2, zeros) {
      return integer2 - integer2 % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      return stop || start > 1 ? `{${start + (stop ? "," + stop : "")}}` : "";
    }
    function toCharacterClass(a, b, options2) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options2) {
      if (!tok.isPadded)
        return value;
      let diff = Math.abs(tok.maxLen - String(value).length), relax = options2.relaxZeros !== !1;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default:
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module2.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports2, module2) {
    "use strict";
    var util = require("util"), toRegexRange = require_to_regex_range(), isObject2 = (val) => val !== null && typeof val == "object" && !Array.isArray(val), transform = (toNumber) => (value) => toNumber === !0 ? Number(value) : String(value), isValidValue = (value) => typeof value == "number" || typeof value == "string" && value !== "", isNumber = (num) => Number.isInteger(+num), zeros = (input) => {
      let value = `${input}`, index = -1;
      if (value[0] === "-" && (value = value.slice(1)), value === "0") return !1;
      for (; value[++index] === "0"; ) ;
      return index > 0;
    }, stringify = (start, end, options2) => typeof start == "string" || typeof end == "string" ? !0 : options2.stringify === !0, pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        dash && (input = input.slice(1)), input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      return toNumber === !1 ? String(input) : input;
    }, toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      for (negative && (input = input.slice(1), maxLength--); input.length < maxLength; ) input = "0" + input;
      return negative ? "-" + input : input;
    }, toSequence = (parts, options2, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0), parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options2.capture ? "" : "?:", positives = "", negatives = "", result2;
      return parts.positives.length && (positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|")), parts.negatives.length && (negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`), positives && negatives ? result2 = `${positives}|${negatives}` : result2 = positives || negatives, options2.wrap ? `(${prefix}${result2})` : result2;
    }, toRange = (a, b, isNumbers, options2) => {
      if (isNumbers)
        return toRegexRange(a, b, { wrap: !1, ...options2 });
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    }, toRegex = (start, end, options2) => {
      if (Array.isArray(start)) {
        let wrap = options2.wrap === !0, prefix = options2.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options2);
    }, rangeError = (...args) => new RangeError("Invalid range arguments: " + util.inspect(...args)), invalidRange = (start, end, options2) => {
      if (options2.strictRanges === !0) throw rangeError([start, end]);
      return [];
    }, invalidStep = (step, options2) => {
      if (options2.strictRanges === !0)
        throw new TypeError(`Expected step "${step}" to be a number`);
      return [];
    }, fillNumbers = (start, end, step = 1, options2 = {}) => {
      let a = Number(start), b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options2.strictRanges === !0) throw rangeError([start, end]);
        return [];
      }
      a === 0 && (a = 0), b === 0 && (b = 0);
      let descending = a > b, startString = String(start), endString = String(end), stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString), maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0, toNumber = padded === !1 && stringify(start, end, options2) === !1, format = options2.transform || transform(toNumber);
      if (options2.toRegex && step === 1)
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), !0, options2);
      let parts = { negatives: [], positives: [] }, push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num)), range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        options2.toRegex === !0 && step > 1 ? push(a) : range.push(pad(format(a, index), maxLen, toNumber)), a = descending ? a - step : a + step, index++;
      return options2.toRegex === !0 ? step > 1 ? toSequence(parts, options2, maxLen) : toRegex(range, null, { wrap: !1, ...options2 }) : range;
    }, fillLetters = (start, end, step = 1, options2 = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1)
        return invalidRange(start, end, options2);
      let format = options2.transform || ((val) => String.fromCharCode(val)), a = `${start}`.charCodeAt(0), b = `${end}`.charCodeAt(0), descending = a > b, min = Math.min(a, b), max = Math.max(a, b);
      if (options2.toRegex && step === 1)
        return toRange(min, max, !1, options2);
      let range = [], index = 0;
      for (; descending ? a >= b : a <= b; )
        range.push(format(a, index)), a = descending ? a - step : a + step, index++;
      return options2.toRegex === !0 ? toRegex(range, null, { wrap: !1, options: options2 }) : range;
    }, fill = (start, end, step, options2 = {}) => {
      if (end == null && isValidValue(start))
        return [start];
      if (!isValidValue(start) || !isValidValue(end))
        return invalidRange(start, end, options2);
      if (typeof step == "function")
        return fill(start, end, 1, { transform: step });
      if (isObject2(step))
        return fill(start, end, 0, step);
      let opts = { ...options2 };
      return opts.capture === !0 && (opts.wrap = !0), step = step || opts.step || 1, isNumber(step) ? isNumber(start) && isNumber(end) ? fillNumbers(start, end, step, opts) : fillLetters(start, end, Math.max(Math.abs(step), 1), opts) : step != null && !isObject2(step) ? invalidStep(step, opts) : fill(start, end, 1, step);
    };
    module2.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range(), utils = require_utils2(), compile = (ast, options2 = {}) => {
      let walk = (node, parent = {}) => {
        let invalidBlock = utils.isInvalidBrace(parent), invalidNode = node.invalid === !0 && options2.escapeInvalid === !0, invalid = invalidBlock === !0 || invalidNode === !0, prefix = options2.escapeInvalid === !0 ? "\\" : "", output = "";
        if (node.isOpen === !0)
          return prefix + node.value;
        if (node.isClose === !0)
          return console.log("node.isClose", prefix, node.value), prefix + node.value;
        if (node.type === "open")
          return invalid ? prefix + node.value : "(";
        if (node.type === "close")
          return invalid ? prefix + node.value : ")";
        if (node.type === "comma")
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        if (node.value)
          return node.value;
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes), range = fill(...args, { ...options2, wrap: !1, toRegex: !0, strictZeros: !0 });
          if (range.length !== 0)
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
        }
        if (node.nodes)
          for (let child of node.nodes)
            output += walk(child, node);
        return output;
      };
      return walk(ast);
    };
    module2.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports2, module2) {
    "use strict";
    var fill = require_fill_range(), stringify = require_stringify(), utils = require_utils2(), append = (queue = "", stash = "", enclose = !1) => {
      let result2 = [];
      if (queue = [].concat(queue), stash = [].concat(stash), !stash.length) return queue;
      if (!queue.length)
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      for (let item of queue)
        if (Array.isArray(item))
          for (let value of item)
            result2.push(append(value, stash, enclose));
        else
          for (let ele of stash)
            enclose === !0 && typeof ele == "string" && (ele = `{${ele}}`), result2.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
      return utils.flatten(result2);
    }, expand = (ast, options2 = {}) => {
      let rangeLimit = options2.rangeLimit === void 0 ? 1e3 : options2.rangeLimit, walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent, q = parent.queue;
        for (; p.type !== "brace" && p.type !== "root" && p.parent; )
          p = p.parent, q = p.queue;
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options2)));
          return;
        }
        if (node.type === "brace" && node.invalid !== !0 && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          let args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options2.step, rangeLimit))
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          let range = fill(...args, options2);
          range.length === 0 && (range = stringify(node, options2)), q.push(append(q.pop(), range)), node.nodes = [];
          return;
        }
        let enclose = utils.encloseBrace(node), queue = node.queue, block = node;
        for (; block.type !== "brace" && block.type !== "root" && block.parent; )
          block = block.parent, queue = block.queue;
        for (let i = 0; i < node.nodes.length; i++) {
          let child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            i === 1 && queue.push(""), queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          child.nodes && walk(child, node);
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module2.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/braces/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: `
`,
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/braces/lib/parse.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify(), {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants2(), parse2 = (input, options2 = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      let opts = options2 || {}, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max)
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      let ast = { type: "root", input, nodes: [] }, stack = [ast], block = ast, prev = ast, brackets = 0, length = input.length, index = 0, depth = 0, value, advance = () => input[index++], push = (node) => {
        if (node.type === "text" && prev.type === "dot" && (prev.type = "text"), prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        return block.nodes.push(node), node.parent = block, node.prev = prev, prev = node, node;
      };
      for (push({ type: "bos" }); index < length; )
        if (block = stack[stack.length - 1], value = advance(), !(value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE)) {
          if (value === CHAR_BACKSLASH) {
            push({ type: "text", value: (options2.keepEscaping ? value : "") + advance() });
            continue;
          }
          if (value === CHAR_RIGHT_SQUARE_BRACKET) {
            push({ type: "text", value: "\\" + value });
            continue;
          }
          if (value === CHAR_LEFT_SQUARE_BRACKET) {
            brackets++;
            let next;
            for (; index < length && (next = advance()); ) {
              if (value += next, next === CHAR_LEFT_SQUARE_BRACKET) {
                brackets++;
                continue;
              }
              if (next === CHAR_BACKSLASH) {
                value += advance();
                continue;
              }
              if (next === CHAR_RIGHT_SQUARE_BRACKET && (brackets--, brackets === 0))
                break;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_PARENTHESES) {
            block = push({ type: "paren", nodes: [] }), stack.push(block), push({ type: "text", value });
            continue;
          }
          if (value === CHAR_RIGHT_PARENTHESES) {
            if (block.type !== "paren") {
              push({ type: "text", value });
              continue;
            }
            block = stack.pop(), push({ type: "text", value }), block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
            let open = value, next;
            for (options2.keepQuotes !== !0 && (value = ""); index < length && (next = advance()); ) {
              if (next === CHAR_BACKSLASH) {
                value += next + advance();
                continue;
              }
              if (next === open) {
                options2.keepQuotes === !0 && (value += next);
                break;
              }
              value += next;
            }
            push({ type: "text", value });
            continue;
          }
          if (value === CHAR_LEFT_CURLY_BRACE) {
            depth++;
            let brace = {
              type: "brace",
              open: !0,
              close: !1,
              dollar: prev.value && prev.value.slice(-1) === "$" || block.dollar === !0,
              depth,
              commas: 0,
              ranges: 0,
              nodes: []
            };
            block = push(brace), stack.push(block), push({ type: "open", value });
            continue;
          }
          if (value === CHAR_RIGHT_CURLY_BRACE) {
            if (block.type !== "brace") {
              push({ type: "text", value });
              continue;
            }
            let type = "close";
            block = stack.pop(), block.close = !0, push({ type, value }), depth--, block = stack[stack.length - 1];
            continue;
          }
          if (value === CHAR_COMMA && depth > 0) {
            if (block.ranges > 0) {
              block.ranges = 0;
              let open = block.nodes.shift();
              block.nodes = [open, { type: "text", value: stringify(block) }];
            }
            push({ type: "comma", value }), block.commas++;
            continue;
          }
          if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
            let siblings = block.nodes;
            if (depth === 0 || siblings.length === 0) {
              push({ type: "text", value });
              continue;
            }
            if (prev.type === "dot") {
              if (block.range = [], prev.value += value, prev.type = "range", block.nodes.length !== 3 && block.nodes.length !== 5) {
                block.invalid = !0, block.ranges = 0, prev.type = "text";
                continue;
              }
              block.ranges++, block.args = [];
              continue;
            }
            if (prev.type === "range") {
              siblings.pop();
              let before = siblings[siblings.length - 1];
              before.value += prev.value + value, prev = before, block.ranges--;
              continue;
            }
            push({ type: "dot", value });
            continue;
          }
          push({ type: "text", value });
        }
      do
        if (block = stack.pop(), block.type !== "root") {
          block.nodes.forEach((node) => {
            node.nodes || (node.type === "open" && (node.isOpen = !0), node.type === "close" && (node.isClose = !0), node.nodes || (node.type = "text"), node.invalid = !0);
          });
          let parent = stack[stack.length - 1], index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      while (stack.length > 0);
      return push({ type: "eos" }), ast;
    };
    module2.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports2, module2) {
    "use strict";
    var stringify = require_stringify(), compile = require_compile(), expand = require_expand(), parse2 = require_parse2(), braces = (input, options2 = {}) => {
      let output = [];
      if (Array.isArray(input))
        for (let pattern of input) {
          let result2 = braces.create(pattern, options2);
          Array.isArray(result2) ? output.push(...result2) : output.push(result2);
        }
      else
        output = [].concat(braces.create(input, options2));
      return options2 && options2.expand === !0 && options2.nodupes === !0 && (output = [...new Set(output)]), output;
    };
    braces.parse = (input, options2 = {}) => parse2(input, options2);
    braces.stringify = (input, options2 = {}) => stringify(typeof input == "string" ? braces.parse(input, options2) : input, options2);
    braces.compile = (input, options2 = {}) => (typeof input == "string" && (input = braces.parse(input, options2)), compile(input, options2));
    braces.expand = (input, options2 = {}) => {
      typeof input == "string" && (input = braces.parse(input, options2));
      let result2 = expand(input, options2);
      return options2.noempty === !0 && (result2 = result2.filter(Boolean)), options2.nodupes === !0 && (result2 = [...new Set(result2)]), result2;
    };
    braces.create = (input, options2 = {}) => input === "" || input.length < 3 ? [input] : options2.expand !== !0 ? braces.compile(input, options2) : braces.expand(input, options2);
    module2.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var path13 = require("path"), WIN_SLASH = "\\\\/", WIN_NO_SLASH = `[^${WIN_SLASH}]`, DEFAULT_MAX_EXTGLOB_RECURSION = 0, DOT_LITERAL = "\\.", PLUS_LITERAL = "\\+", QMARK_LITERAL = "\\?", SLASH_LITERAL = "\\/", ONE_CHAR = "(?=.)", QMARK = "[^/]", END_ANCHOR = `(?:${SLASH_LITERAL}|$)`, START_ANCHOR = `(?:^|${SLASH_LITERAL})`, DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`, NO_DOT = `(?!${DOT_LITERAL})`, NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`, NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`, NO_DOTS_SLASH = `(?!${DOTS_SLASH})`, QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`, STAR = `${QMARK}*?`, POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    }, WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    }, POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path13.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === !0 ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var path13 = require("path"), win32 = process.platform === "win32", {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants3();
    exports2.isObject = (val) => val !== null && typeof val == "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.removeBackslashes = (str) => str.replace(REGEX_REMOVE_BACKSLASH, (match) => match === "\\" ? "" : match);
    exports2.supportsLookbehinds = () => {
      let segs = process.version.slice(1).split(".").map(Number);
      return segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10;
    };
    exports2.isWindows = (options2) => options2 && typeof options2.windows == "boolean" ? options2.windows : win32 === !0 || path13.sep === "\\";
    exports2.escapeLast = (input, char, lastIdx) => {
      let idx = input.lastIndexOf(char, lastIdx);
      return idx === -1 ? input : input[idx - 1] === "\\" ? exports2.escapeLast(input, char, idx - 1) : `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      return output.startsWith("./") && (output = output.slice(2), state.prefix = "./"), output;
    };
    exports2.wrapOutput = (input, state = {}, options2 = {}) => {
      let prepend = options2.contains ? "" : "^", append = options2.contains ? "" : "$", output = `${prepend}(?:${input})${append}`;
      return state.negated === !0 && (output = `(?:^(?!${output}).*$)`), output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils3(), {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants3(), isPathSeparator = (code) => code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH, depth = (token2) => {
      token2.isPrefix !== !0 && (token2.depth = token2.isGlobstar ? 1 / 0 : 1);
    }, scan = (input, options2) => {
      let opts = options2 || {}, length = input.length - 1, scanToEnd = opts.parts === !0 || opts.scanToEnd === !0, slashes = [], tokens = [], parts = [], str = input, index = -1, start = 0, lastIndex = 0, isBrace = !1, isBracket = !1, isGlob = !1, isExtglob = !1, isGlobstar = !1, braceEscaped = !1, backslashes = !1, negated = !1, negatedExtglob = !1, finished = !1, braces = 0, prev, code, token2 = { value: "", depth: 0, isGlob: !1 }, eos = () => index >= length, peek = () => str.charCodeAt(index + 1), advance = () => (prev = code, str.charCodeAt(++index));
      for (; index < length; ) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token2.backslashes = !0, code = advance(), code === CHAR_LEFT_CURLY_BRACE && (braceEscaped = !0);
          continue;
        }
        if (braceEscaped === !0 || code === CHAR_LEFT_CURLY_BRACE) {
          for (braces++; eos() !== !0 && (code = advance()); ) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = !0, advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== !0 && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              if (isBrace = token2.isBrace = !0, isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (braceEscaped !== !0 && code === CHAR_COMMA) {
              if (isBrace = token2.isBrace = !0, isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
                continue;
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE && (braces--, braces === 0)) {
              braceEscaped = !1, isBrace = token2.isBrace = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          if (slashes.push(index), tokens.push(token2), token2 = { value: "", depth: 0, isGlob: !1 }, finished === !0) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== !0 && (code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === !0 && peek() === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token2.isGlob = !0, isExtglob = token2.isExtglob = !0, finished = !0, code === CHAR_EXCLAMATION_MARK && index === start && (negatedExtglob = !0), scanToEnd === !0) {
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = !0, code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                isGlob = token2.isGlob = !0, finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK && (isGlobstar = token2.isGlobstar = !0), isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          if (isGlob = token2.isGlob = !0, finished = !0, scanToEnd === !0)
            continue;
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          for (; eos() !== !0 && (next = advance()); ) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = !0, advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = !0, isGlob = token2.isGlob = !0, finished = !0;
              break;
            }
          }
          if (scanToEnd === !0)
            continue;
          break;
        }
        if (opts.nonegate !== !0 && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token2.negated = !0, start++;
          continue;
        }
        if (opts.noparen !== !0 && code === CHAR_LEFT_PARENTHESES) {
          if (isGlob = token2.isGlob = !0, scanToEnd === !0) {
            for (; eos() !== !0 && (code = advance()); ) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token2.backslashes = !0, code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = !0;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === !0) {
          if (finished = !0, scanToEnd === !0)
            continue;
          break;
        }
      }
      opts.noext === !0 && (isExtglob = !1, isGlob = !1);
      let base = str, prefix = "", glob = "";
      start > 0 && (prefix = str.slice(0, start), str = str.slice(start), lastIndex -= start), base && isGlob === !0 && lastIndex > 0 ? (base = str.slice(0, lastIndex), glob = str.slice(lastIndex)) : isGlob === !0 ? (base = "", glob = str) : base = str, base && base !== "" && base !== "/" && base !== str && isPathSeparator(base.charCodeAt(base.length - 1)) && (base = base.slice(0, -1)), opts.unescape === !0 && (glob && (glob = utils.removeBackslashes(glob)), base && backslashes === !0 && (base = utils.removeBackslashes(base)));
      let state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === !0 && (state.maxDepth = 0, isPathSeparator(code) || tokens.push(token2), state.tokens = tokens), opts.parts === !0 || opts.tokens === !0) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          let n = prevIndex ? prevIndex + 1 : start, i = slashes[idx], value = input.slice(n, i);
          opts.tokens && (idx === 0 && start !== 0 ? (tokens[idx].isPrefix = !0, tokens[idx].value = prefix) : tokens[idx].value = value, depth(tokens[idx]), state.maxDepth += tokens[idx].depth), (idx !== 0 || value !== "") && parts.push(value), prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          let value = input.slice(prevIndex + 1);
          parts.push(value), opts.tokens && (tokens[tokens.length - 1].value = value, depth(tokens[tokens.length - 1]), state.maxDepth += tokens[tokens.length - 1].depth);
        }
        state.slashes = slashes, state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants3(), utils = require_utils3(), {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants, expandRange = (args, options2) => {
      if (typeof options2.expandRange == "function")
        return options2.expandRange(...args, options2);
      args.sort();
      let value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, syntaxError = (type, char) => `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`, splitTopLevel = (input) => {
      let parts = [], bracket = 0, paren = 0, quote = 0, value = "", escaped = !1;
      for (let ch of input) {
        if (escaped === !0) {
          value += ch, escaped = !1;
          continue;
        }
        if (ch === "\\") {
          value += ch, escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1, value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[")
            bracket++;
          else if (ch === "]" && bracket > 0)
            bracket--;
          else if (bracket === 0) {
            if (ch === "(")
              paren++;
            else if (ch === ")" && paren > 0)
              paren--;
            else if (ch === "|" && paren === 0) {
              parts.push(value), value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      return parts.push(value), parts;
    }, isPlainBranch = (branch) => {
      let escaped = !1;
      for (let ch of branch) {
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch))
          return !1;
      }
      return !0;
    }, normalizeSimpleBranch = (branch) => {
      let value = branch.trim(), changed = !0;
      for (; changed === !0; )
        changed = !1, /^@\([^\\()[\]{}|]+\)$/.test(value) && (value = value.slice(2, -1), changed = !0);
      if (isPlainBranch(value))
        return value.replace(/\\(.)/g, "$1");
    }, hasRepeatedCharPrefixOverlap = (branches) => {
      let values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          let a = values[i], b = values[j], char = a[0];
          if (!(!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) && (a === b || a.startsWith(b) || b.startsWith(a)))
            return !0;
        }
      return !1;
    }, parseRepeatedExtglob = (pattern, requireEnd = !0) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(")
        return;
      let bracket = 0, paren = 0, quote = 0, escaped = !1;
      for (let i = 1; i < pattern.length; i++) {
        let ch = pattern[i];
        if (escaped === !0) {
          escaped = !1;
          continue;
        }
        if (ch === "\\") {
          escaped = !0;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote !== 1) {
          if (ch === "[") {
            bracket++;
            continue;
          }
          if (ch === "]" && bracket > 0) {
            bracket--;
            continue;
          }
          if (!(bracket > 0)) {
            if (ch === "(") {
              paren++;
              continue;
            }
            if (ch === ")" && (paren--, paren === 0))
              return requireEnd === !0 && i !== pattern.length - 1 ? void 0 : {
                type: pattern[0],
                body: pattern.slice(2, i),
                end: i
              };
          }
        }
      }
    }, getStarExtglobSequenceOutput = (pattern) => {
      let index = 0, chars = [];
      for (; index < pattern.length; ) {
        let match = parseRepeatedExtglob(pattern.slice(index), !1);
        if (!match || match.type !== "*")
          return;
        let branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1)
          return;
        let branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1)
          return;
        chars.push(branch), index += match.end + 1;
      }
      return chars.length < 1 ? void 0 : `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`;
    }, repeatedExtglobRecursion = (pattern) => {
      let depth = 0, value = pattern.trim(), match = parseRepeatedExtglob(value);
      for (; match; )
        depth++, value = match.body.trim(), match = parseRepeatedExtglob(value);
      return depth;
    }, analyzeRepeatedExtglob = (body2, options2) => {
      if (options2.maxExtglobRecursion === !1)
        return { risky: !1 };
      let max = typeof options2.maxExtglobRecursion == "number" ? options2.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION, branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1 && (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)))
        return { risky: !0 };
      for (let branch of branches) {
        let safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput)
          return { risky: !0, safeOutput };
        if (repeatedExtglobRecursion(branch) > max)
          return { risky: !0 };
      }
      return { risky: !1 };
    }, parse2 = (input, options2) => {
      if (typeof input != "string")
        throw new TypeError("Expected a string");
      input = REPLACEMENTS[input] || input;
      let opts = { ...options2 }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      let bos = { type: "bos", value: "", output: opts.prepend || "" }, tokens = [bos], capture = opts.capture ? "" : "?:", win32 = utils.isWindows(options2), PLATFORM_CHARS = constants.globChars(win32), EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS), {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS, globstar = (opts2) => `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, nodot = opts.dot ? "" : NO_DOT, qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT, star = opts.bash === !0 ? globstar(opts) : STAR;
      opts.capture && (star = `(${star})`), typeof opts.noext == "boolean" && (opts.noextglob = opts.noext);
      let state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === !0,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: !1,
        negated: !1,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: !1,
        tokens
      };
      input = utils.removePrefix(input, state), len = input.length;
      let extglobs = [], braces = [], stack = [], prev = bos, value, eos = () => state.index === len - 1, peek = state.peek = (n = 1) => input[state.index + n], advance = state.advance = () => input[++state.index] || "", remaining = () => input.slice(state.index + 1), consume = (value2 = "", num = 0) => {
        state.consumed += value2, state.index += num;
      }, append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value, consume(token2.value);
      }, negate = () => {
        let count = 1;
        for (; peek() === "!" && (peek(2) !== "(" || peek(3) === "?"); )
          advance(), state.start++, count++;
        return count % 2 === 0 ? !1 : (state.negated = !0, state.start++, !0);
      }, increment = (type) => {
        state[type]++, stack.push(type);
      }, decrement = (type) => {
        state[type]--, stack.pop();
      }, push = (tok) => {
        if (prev.type === "globstar") {
          let isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace"), isExtglob = tok.extglob === !0 || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob && (state.output = state.output.slice(0, -prev.output.length), prev.type = "star", prev.value = "*", prev.output = star, state.output += prev.output);
        }
        if (extglobs.length && tok.type !== "paren" && (extglobs[extglobs.length - 1].inner += tok.value), (tok.value || tok.output) && append(tok), prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value, prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev, tokens.push(tok), prev = tok;
      }, extglobOpen = (type, value2) => {
        let token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev, token2.parens = state.parens, token2.output = state.output, token2.startIndex = state.index, token2.tokensIndex = tokens.length;
        let output = (opts.capture ? "(" : "") + token2.open;
        increment("parens"), push({ type, value: value2, output: state.output ? "" : ONE_CHAR }), push({ type: "paren", extglob: !0, value: advance(), output }), extglobs.push(token2);
      }, extglobClose = (token2) => {
        let literal = input.slice(token2.startIndex, state.index + 1), body2 = input.slice(token2.startIndex + 2, state.index), analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          let safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0, open = tokens[token2.tokensIndex];
          open.type = "text", open.value = literal, open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++)
            tokens[i].value = "", tokens[i].output = "", delete tokens[i].suffix;
          state.output = token2.output + open.output, state.backtrack = !0, push({ type: "paren", extglob: !0, value, output: "" }), decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : ""), rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/") && (extglobStar = globstar(opts)), (extglobStar !== star || eos() || /^\)+$/.test(remaining())) && (output = token2.close = `)$))${extglobStar}`), token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            let expression = parse2(rest, { ...options2, fastpaths: !1 }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          token2.prev.type === "bos" && (state.negatedExtglob = !0);
        }
        push({ type: "paren", extglob: !0, value, output }), decrement("parens");
      };
      if (opts.fastpaths !== !1 && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = !1, output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => first === "\\" ? (backslashes = !0, m) : first === "?" ? esc2 ? esc2 + first + (rest ? QMARK.repeat(rest.length) : "") : index === 0 ? qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "") : QMARK.repeat(chars.length) : first === "." ? DOT_LITERAL.repeat(chars.length) : first === "*" ? esc2 ? esc2 + first + (rest ? star : "") : star : esc2 ? m : `\\${m}`);
        return backslashes === !0 && (opts.unescape === !0 ? output = output.replace(/\\/g, "") : output = output.replace(/\\+/g, (m) => m.length % 2 === 0 ? "\\\\" : m ? "\\" : "")), output === input && opts.contains === !0 ? (state.output = input, state) : (state.output = utils.wrapOutput(output, state, options2), state);
      }
      for (; !eos(); ) {
        if (value = advance(), value === "\0")
          continue;
        if (value === "\\") {
          let next = peek();
          if (next === "/" && opts.bash !== !0 || next === "." || next === ";")
            continue;
          if (!next) {
            value += "\\", push({ type: "text", value });
            continue;
          }
          let match = /^\\+/.exec(remaining()), slashes = 0;
          if (match && match[0].length > 2 && (slashes = match[0].length, state.index += slashes, slashes % 2 !== 0 && (value += "\\")), opts.unescape === !0 ? value = advance() : value += advance(), state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== !1 && value === ":") {
            let inner = prev.value.slice(1);
            if (inner.includes("[") && (prev.posix = !0, inner.includes(":"))) {
              let idx = prev.value.lastIndexOf("["), pre = prev.value.slice(0, idx), rest2 = prev.value.slice(idx + 2), posix = POSIX_REGEX_SOURCE[rest2];
              if (posix) {
                prev.value = pre + posix, state.backtrack = !0, advance(), !bos.output && tokens.indexOf(prev) === 1 && (bos.output = ONE_CHAR);
                continue;
              }
            }
          }
          (value === "[" && peek() !== ":" || value === "-" && peek() === "]") && (value = `\\${value}`), value === "]" && (prev.value === "[" || prev.value === "[^") && (value = `\\${value}`), opts.posix === !0 && value === "!" && prev.value === "[" && (value = "^"), prev.value += value, append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value), prev.value += value, append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1, opts.keepQuotes === !0 && push({ type: "text", value });
          continue;
        }
        if (value === "(") {
          increment("parens"), push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === !0)
            throw new SyntaxError(syntaxError("opening", "("));
          let extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" }), decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === !0 || !remaining().includes("]")) {
            if (opts.nobracket !== !0 && opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("closing", "]"));
            value = `\\${value}`;
          } else
            increment("brackets");
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === !0 || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === !0)
              throw new SyntaxError(syntaxError("opening", "["));
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          let prevValue = prev.value.slice(1);
          if (prev.posix !== !0 && prevValue[0] === "^" && !prevValue.includes("/") && (value = `/${value}`), prev.value += value, append({ value }), opts.literalBrackets === !1 || utils.hasRegexChars(prevValue))
            continue;
          let escaped = utils.escapeRegex(prev.value);
          if (state.output = state.output.slice(0, -prev.value.length), opts.literalBrackets === !0) {
            state.output += escaped, prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`, state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== !0) {
          increment("braces");
          let open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open), push(open);
          continue;
        }
        if (value === "}") {
          let brace = braces[braces.length - 1];
          if (opts.nobrace === !0 || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === !0) {
            let arr = tokens.slice(), range = [];
            for (let i = arr.length - 1; i >= 0 && (tokens.pop(), arr[i].type !== "brace"); i--)
              arr[i].type !== "dots" && range.unshift(arr[i].value);
            output = expandRange(range, opts), state.backtrack = !0;
          }
          if (brace.comma !== !0 && brace.dots !== !0) {
            let out = state.output.slice(0, brace.outputIndex), toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{", value = output = "\\}", state.output = out;
            for (let t of toks)
              state.output += t.output || t.value;
          }
          push({ type: "brace", value, output }), decrement("braces"), braces.pop();
          continue;
        }
        if (value === "|") {
          extglobs.length > 0 && extglobs[extglobs.length - 1].conditions++, push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value, brace = braces[braces.length - 1];
          brace && stack[stack.length - 1] === "braces" && (brace.comma = !0, output = "|"), push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1, state.consumed = "", state.output = "", tokens.pop(), prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            prev.value === "." && (prev.output = DOT_LITERAL);
            let brace = braces[braces.length - 1];
            prev.type = "dots", prev.output += value, prev.value += value, brace.dots = !0;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          if (!(prev && prev.value === "(") && opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            let next = peek(), output = value;
            if (next === "<" && !utils.supportsLookbehinds())
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) && (output = `\\${value}`), push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== !0 && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== !0 && peek() === "(" && (peek(2) !== "?" || !/[!=<:]/.test(peek(3)))) {
            extglobOpen("negate", value);
            continue;
          }
          if (opts.nonegate !== !0 && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === !1) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== !0 && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: !0, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          (value === "$" || value === "^") && (value = `\\${value}`);
          let match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          match && (value += match[0], state.index += match[0].length), push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === !0)) {
          prev.type = "star", prev.star = !0, prev.value += value, prev.output = star, state.backtrack = !0, state.globstar = !0, consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== !0 && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === !0) {
            consume(value);
            continue;
          }
          let prior = prev.prev, before = prior.prev, isStart = prior.type === "slash" || prior.type === "bos", afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === !0 && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          let isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace"), isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          for (; rest.slice(0, 3) === "/**"; ) {
            let after = input[state.index + 4];
            if (after && after !== "/")
              break;
            rest = rest.slice(3), consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar", prev.value += value, prev.output = globstar(opts), state.output = prev.output, state.globstar = !0, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)"), prev.value += value, state.globstar = !0, state.output += prior.output + prev.output, consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            let end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length), prior.output = `(?:${prior.output}`, prev.type = "globstar", prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`, prev.value += value, state.output += prior.output + prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar", prev.value += value, prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`, state.output = prev.output, state.globstar = !0, consume(value + advance()), push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length), prev.type = "globstar", prev.output = globstar(opts), prev.value += value, state.output += prev.output, state.globstar = !0, consume(value);
          continue;
        }
        let token2 = { type: "star", value, output: star };
        if (opts.bash === !0) {
          token2.output = ".*?", (prev.type === "bos" || prev.type === "slash") && (token2.output = nodot + token2.output), push(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === !0) {
          token2.output = value, push(token2);
          continue;
        }
        (state.index === state.start || prev.type === "slash" || prev.type === "dot") && (prev.type === "dot" ? (state.output += NO_DOT_SLASH, prev.output += NO_DOT_SLASH) : opts.dot === !0 ? (state.output += NO_DOTS_SLASH, prev.output += NO_DOTS_SLASH) : (state.output += nodot, prev.output += nodot), peek() !== "*" && (state.output += ONE_CHAR, prev.output += ONE_CHAR)), push(token2);
      }
      for (; state.brackets > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "["), decrement("brackets");
      }
      for (; state.parens > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "("), decrement("parens");
      }
      for (; state.braces > 0; ) {
        if (opts.strictBrackets === !0) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{"), decrement("braces");
      }
      if (opts.strictSlashes !== !0 && (prev.type === "star" || prev.type === "bracket") && push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` }), state.backtrack === !0) {
        state.output = "";
        for (let token2 of state.tokens)
          state.output += token2.output != null ? token2.output : token2.value, token2.suffix && (state.output += token2.suffix);
      }
      return state;
    };
    parse2.fastpaths = (input, options2) => {
      let opts = { ...options2 }, max = typeof opts.maxLength == "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH, len = input.length;
      if (len > max)
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      input = REPLACEMENTS[input] || input;
      let win32 = utils.isWindows(options2), {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32), nodot = opts.dot ? NO_DOTS : NO_DOT, slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT, capture = opts.capture ? "" : "?:", state = { negated: !1, prefix: "" }, star = opts.bash === !0 ? ".*?" : STAR;
      opts.capture && (star = `(${star})`);
      let globstar = (opts2) => opts2.noglobstar === !0 ? star : `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`, create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            let match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            let source2 = create(match[1]);
            return source2 ? source2 + DOT_LITERAL + match[2] : void 0;
          }
        }
      }, output = utils.removePrefix(input, state), source = create(output);
      return source && opts.strictSlashes !== !0 && (source += `${SLASH_LITERAL}?`), source;
    };
    module2.exports = parse2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var path13 = require("path"), scan = require_scan2(), parse2 = require_parse3(), utils = require_utils3(), constants = require_constants3(), isObject2 = (val) => val && typeof val == "object" && !Array.isArray(val), picomatch = (glob, options2, returnState = !1) => {
      if (Array.isArray(glob)) {
        let fns = glob.map((input) => picomatch(input, options2, returnState));
        return (str) => {
          for (let isMatch of fns) {
            let state2 = isMatch(str);
            if (state2) return state2;
          }
          return !1;
        };
      }
      let isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob != "string" && !isState)
        throw new TypeError("Expected pattern to be a non-empty string");
      let opts = options2 || {}, posix = utils.isWindows(options2), regex = isState ? picomatch.compileRe(glob, options2) : picomatch.makeRe(glob, options2, !1, !0), state = regex.state;
      delete regex.state;
      let isIgnored = () => !1;
      if (opts.ignore) {
        let ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      let matcher = (input, returnObject = !1) => {
        let { isMatch, match, output } = picomatch.test(input, regex, options2, { glob, posix }), result2 = { glob, state, regex, posix, input, output, match, isMatch };
        return typeof opts.onResult == "function" && opts.onResult(result2), isMatch === !1 ? (result2.isMatch = !1, returnObject ? result2 : !1) : isIgnored(input) ? (typeof opts.onIgnore == "function" && opts.onIgnore(result2), result2.isMatch = !1, returnObject ? result2 : !1) : (typeof opts.onMatch == "function" && opts.onMatch(result2), returnObject ? result2 : !0);
      };
      return returnState && (matcher.state = state), matcher;
    };
    picomatch.test = (input, regex, options2, { glob, posix } = {}) => {
      if (typeof input != "string")
        throw new TypeError("Expected input to be a string");
      if (input === "")
        return { isMatch: !1, output: "" };
      let opts = options2 || {}, format = opts.format || (posix ? utils.toPosixSlashes : null), match = input === glob, output = match && format ? format(input) : input;
      return match === !1 && (output = format ? format(input) : input, match = output === glob), (match === !1 || opts.capture === !0) && (opts.matchBase === !0 || opts.basename === !0 ? match = picomatch.matchBase(input, regex, options2, posix) : match = regex.exec(output)), { isMatch: !!match, match, output };
    };
    picomatch.matchBase = (input, glob, options2, posix = utils.isWindows(options2)) => (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options2)).test(path13.basename(input));
    picomatch.isMatch = (str, patterns, options2) => picomatch(patterns, options2)(str);
    picomatch.parse = (pattern, options2) => Array.isArray(pattern) ? pattern.map((p) => picomatch.parse(p, options2)) : parse2(pattern, { ...options2, fastpaths: !1 });
    picomatch.scan = (input, options2) => scan(input, options2);
    picomatch.compileRe = (state, options2, returnOutput = !1, returnState = !1) => {
      if (returnOutput === !0)
        return state.output;
      let opts = options2 || {}, prepend = opts.contains ? "" : "^", append = opts.contains ? "" : "$", source = `${prepend}(?:${state.output})${append}`;
      state && state.negated === !0 && (source = `^(?!${source}).*$`);
      let regex = picomatch.toRegex(source, options2);
      return returnState === !0 && (regex.state = state), regex;
    };
    picomatch.makeRe = (input, options2 = {}, returnOutput = !1, returnState = !1) => {
      if (!input || typeof input != "string")
        throw new TypeError("Expected a non-empty string");
      let parsed = { negated: !1, fastpaths: !0 };
      return options2.fastpaths !== !1 && (input[0] === "." || input[0] === "*") && (parsed.output = parse2.fastpaths(input, options2)), parsed.output || (parsed = parse2(input, options2)), picomatch.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options2) => {
      try {
        let opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === !0) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module2.exports = picomatch;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch4 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_picomatch3();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports2, module2) {
    "use strict";
    var util = require("util"), braces = require_braces(), picomatch = require_picomatch4(), utils = require_utils3(), isEmptyString = (v) => v === "" || v === "./", hasBraces = (v) => {
      let index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    }, micromatch = (list, patterns, options2) => {
      patterns = [].concat(patterns), list = [].concat(list);
      let omit2 = /* @__PURE__ */ new Set(), keep = /* @__PURE__ */ new Set(), items = /* @__PURE__ */ new Set(), negatives = 0, onResult = (state) => {
        items.add(state.output), options2 && options2.onResult && options2.onResult(state);
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options2, onResult }, !0), negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        negated && negatives++;
        for (let item of list) {
          let matched = isMatch(item, !0);
          (negated ? !matched.isMatch : matched.isMatch) && (negated ? omit2.add(matched.output) : (omit2.delete(matched.output), keep.add(matched.output)));
        }
      }
      let matches = (negatives === patterns.length ? [...items] : [...keep]).filter((item) => !omit2.has(item));
      if (options2 && matches.length === 0) {
        if (options2.failglob === !0)
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        if (options2.nonull === !0 || options2.nullglob === !0)
          return options2.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options2) => picomatch(pattern, options2);
    micromatch.isMatch = (str, patterns, options2) => picomatch(patterns, options2)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options2 = {}) => {
      patterns = [].concat(patterns).map(String);
      let result2 = /* @__PURE__ */ new Set(), items = [], onResult = (state) => {
        options2.onResult && options2.onResult(state), items.push(state.output);
      }, matches = new Set(micromatch(list, patterns, { ...options2, onResult }));
      for (let item of items)
        matches.has(item) || result2.add(item);
      return [...result2];
    };
    micromatch.contains = (str, pattern, options2) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      if (Array.isArray(pattern))
        return pattern.some((p) => micromatch.contains(str, p, options2));
      if (typeof pattern == "string") {
        if (isEmptyString(str) || isEmptyString(pattern))
          return !1;
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern))
          return !0;
      }
      return micromatch.isMatch(str, pattern, { ...options2, contains: !0 });
    };
    micromatch.matchKeys = (obj, patterns, options2) => {
      if (!utils.isObject(obj))
        throw new TypeError("Expected the first argument to be an object");
      let keys = micromatch(Object.keys(obj), patterns, options2), res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options2) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options2);
        if (items.some((item) => isMatch(item)))
          return !0;
      }
      return !1;
    };
    micromatch.every = (list, patterns, options2) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options2);
        if (!items.every((item) => isMatch(item)))
          return !1;
      }
      return !0;
    };
    micromatch.all = (str, patterns, options2) => {
      if (typeof str != "string")
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      return [].concat(patterns).every((p) => picomatch(p, options2)(str));
    };
    micromatch.capture = (glob, input, options2) => {
      let posix = utils.isWindows(options2), match = picomatch.makeRe(String(glob), { ...options2, capture: !0 }).exec(posix ? utils.toPosixSlashes(input) : input);
      if (match)
        return match.slice(1).map((v) => v === void 0 ? "" : v);
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options2) => {
      let res = [];
      for (let pattern of [].concat(patterns || []))
        for (let str of braces(String(pattern), options2))
          res.push(picomatch.parse(str, options2));
      return res;
    };
    micromatch.braces = (pattern, options2) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return options2 && options2.nobrace === !0 || !hasBraces(pattern) ? [pattern] : braces(pattern, options2);
    };
    micromatch.braceExpand = (pattern, options2) => {
      if (typeof pattern != "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options2, expand: !0 });
    };
    micromatch.hasBraces = hasBraces;
    module2.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.isAbsolute = exports2.partitionAbsoluteAndRelative = exports2.removeDuplicateSlashes = exports2.matchAny = exports2.convertPatternsToRe = exports2.makeRe = exports2.getPatternParts = exports2.expandBraceExpansion = exports2.expandPatternsWithBraceExpansion = exports2.isAffectDepthOfReadingPattern = exports2.endsWithSlashGlobStar = exports2.hasGlobStar = exports2.getBaseDirectory = exports2.isPatternRelatedToParentDirectory = exports2.getPatternsOutsideCurrentDirectory = exports2.getPatternsInsideCurrentDirectory = exports2.getPositivePatterns = exports2.getNegativePatterns = exports2.isPositivePattern = exports2.isNegativePattern = exports2.convertToNegativePattern = exports2.convertToPositivePattern = exports2.isDynamicPattern = exports2.isStaticPattern = void 0;
    var path13 = require("path"), globParent = require_glob_parent(), micromatch = require_micromatch(), GLOBSTAR = "**", ESCAPE_SYMBOL = "\\", COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/, REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/, REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/, GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/, BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./, DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options2 = {}) {
      return !isDynamicPattern(pattern, options2);
    }
    exports2.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options2 = {}) {
      return pattern === "" ? !1 : !!(options2.caseSensitiveMatch === !1 || pattern.includes(ESCAPE_SYMBOL) || COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern) || options2.extglob !== !1 && GLOB_EXTENSION_SYMBOLS_RE.test(pattern) || options2.braceExpansion !== !1 && hasBraceExpansion(pattern));
    }
    exports2.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      let openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1)
        return !1;
      let closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1)
        return !1;
      let braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports2.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports2.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports2.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports2.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports2.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports2.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports2.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports2.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: !1 });
    }
    exports2.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports2.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports2.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      let basename = path13.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports2.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => collection.concat(expandBraceExpansion(pattern)), []);
    }
    exports2.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      let patterns = micromatch.braces(pattern, { expand: !0, nodupes: !0, keepEscaping: !0 });
      return patterns.sort((a, b) => a.length - b.length), patterns.filter((pattern2) => pattern2 !== "");
    }
    exports2.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options2) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options2), { parts: !0 }));
      return parts.length === 0 && (parts = [pattern]), parts[0].startsWith("/") && (parts[0] = parts[0].slice(1), parts.unshift("")), parts;
    }
    exports2.getPatternParts = getPatternParts;
    function makeRe(pattern, options2) {
      return micromatch.makeRe(pattern, options2);
    }
    exports2.makeRe = makeRe;
    function convertPatternsToRe(patterns, options2) {
      return patterns.map((pattern) => makeRe(pattern, options2));
    }
    exports2.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports2.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports2.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      let absolute = [], relative = [];
      for (let pattern of patterns)
        isAbsolute(pattern) ? absolute.push(pattern) : relative.push(pattern);
      return [absolute, relative];
    }
    exports2.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path13.isAbsolute(pattern);
    }
    exports2.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports2, module2) {
    "use strict";
    var Stream = require("stream"), PassThrough = Stream.PassThrough, slice = Array.prototype.slice;
    module2.exports = merge2;
    function merge2() {
      let streamsQueue = [], args = slice.call(arguments), merging = !1, options2 = args[args.length - 1];
      options2 && !Array.isArray(options2) && options2.pipe == null ? args.pop() : options2 = {};
      let doEnd = options2.end !== !1, doPipeError = options2.pipeError === !0;
      options2.objectMode == null && (options2.objectMode = !0), options2.highWaterMark == null && (options2.highWaterMark = 64 * 1024);
      let mergedStream = PassThrough(options2);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++)
          streamsQueue.push(pauseStreams(arguments[i], options2));
        return mergeStream(), this;
      }
      function mergeStream() {
        if (merging)
          return;
        merging = !0;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        Array.isArray(streams) || (streams = [streams]);
        let pipesCount = streams.length + 1;
        function next() {
          --pipesCount > 0 || (merging = !1, mergeStream());
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend), stream.removeListener("end", onend), doPipeError && stream.removeListener("error", onerror), next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted)
            return next();
          stream.on("merge2UnpipeEnd", onend), stream.on("end", onend), doPipeError && stream.on("error", onerror), stream.pipe(mergedStream, { end: !1 }), stream.resume();
        }
        for (let i = 0; i < streams.length; i++)
          pipe(streams[i]);
        next();
      }
      function endStream() {
        merging = !1, mergedStream.emit("queueDrain"), doEnd && mergedStream.end();
      }
      return mergedStream.setMaxListeners(0), mergedStream.add = addStream, mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      }), args.length && addStream.apply(null, args), mergedStream;
    }
    function pauseStreams(streams, options2) {
      if (Array.isArray(streams))
        for (let i = 0, len = streams.length; i < len; i++)
          streams[i] = pauseStreams(streams[i], options2);
      else {
        if (!streams._readableState && streams.pipe && (streams = streams.pipe(PassThrough(options2))), !streams._readableState || !streams.pause || !streams.pipe)
          throw new Error("Only readable stream can be merged.");
        streams.pause();
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.merge = void 0;
    var merge2 = require_merge2();
    function merge3(streams) {
      let mergedStream = merge2(streams);
      return streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      }), mergedStream.once("close", () => propagateCloseEventToSources(streams)), mergedStream.once("end", () => propagateCloseEventToSources(streams)), mergedStream;
    }
    exports2.merge = merge3;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.isEmpty = exports2.isString = void 0;
    function isString(input) {
      return typeof input == "string";
    }
    exports2.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports2.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.string = exports2.stream = exports2.pattern = exports2.path = exports2.fs = exports2.errno = exports2.array = void 0;
    var array2 = require_array();
    exports2.array = array2;
    var errno = require_errno();
    exports2.errno = errno;
    var fs = require_fs();
    exports2.fs = fs;
    var path13 = require_path();
    exports2.path = path13;
    var pattern = require_pattern();
    exports2.pattern = pattern;
    var stream = require_stream();
    exports2.stream = stream;
    var string3 = require_string();
    exports2.string = string3;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.convertPatternGroupToTask = exports2.convertPatternGroupsToTasks = exports2.groupPatternsByBaseDirectory = exports2.getNegativePatternsAsPositive = exports2.getPositivePatterns = exports2.convertPatternsToTasks = exports2.generate = void 0;
    var utils = require_utils4();
    function generate(input, settings) {
      let patterns = processPatterns(input, settings), ignore = processPatterns(settings.ignore, settings), positivePatterns = getPositivePatterns(patterns), negativePatterns = getNegativePatternsAsPositive(patterns, ignore), staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings)), dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings)), staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        !1
      ), dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        !0
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports2.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      return settings.braceExpansion && (patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns)), settings.baseNameMatch && (patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`)), patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      let tasks = [], patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive), patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive), outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory), insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      return tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic)), "." in insideCurrentDirectoryGroup ? tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic)) : tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic)), tasks;
    }
    exports2.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports2.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      return utils.pattern.getNegativePatterns(patterns).concat(ignore).map(utils.pattern.convertToPositivePattern);
    }
    exports2.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      let group = {};
      return patterns.reduce((collection, pattern) => {
        let base = utils.pattern.getBaseDirectory(pattern);
        return base in collection ? collection[base].push(pattern) : collection[base] = [pattern], collection;
      }, group);
    }
    exports2.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => convertPatternGroupToTask(base, positive[base], negative, dynamic));
    }
    exports2.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports2.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.read = void 0;
    function read(path13, settings, callback) {
      settings.fs.lstat(path13, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path13, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          settings.markSymbolicLink && (stat.isSymbolicLink = () => !0), callSuccessCallback(callback, stat);
        });
      });
    }
    exports2.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result2) {
      callback(null, result2);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.read = void 0;
    function read(path13, settings) {
      let lstat = settings.fs.lstatSync(path13);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink)
        return lstat;
      try {
        let stat = settings.fs.statSync(path13);
        return settings.markSymbolicLink && (stat.isSymbolicLink = () => !0), stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink)
          return lstat;
        throw error;
      }
    }
    exports2.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      return fsMethods === void 0 ? exports2.FILE_SYSTEM_ADAPTER : Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var fs = require_fs2(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, !0), this.fs = fs.createFileSystemAdapter(this._options.fs), this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !0);
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.statSync = exports2.stat = exports2.Settings = void 0;
    var async = require_async(), sync = require_sync(), settings_1 = require_settings();
    exports2.Settings = settings_1.default;
    function stat(path13, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        async.read(path13, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path13, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.stat = stat;
    function statSync4(path13, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return sync.read(path13, settings);
    }
    exports2.statSync = statSync4;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports2, module2) {
    var promise;
    module2.exports = typeof queueMicrotask == "function" ? queueMicrotask.bind(typeof window < "u" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports2, module2) {
    module2.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys, isSync = !0;
      Array.isArray(tasks) ? (results = [], pending = tasks.length) : (keys = Object.keys(tasks), results = {}, pending = keys.length);
      function done(err) {
        function end() {
          cb && cb(err, results), cb = null;
        }
        isSync ? queueMicrotask2(end) : end();
      }
      function each(i, err, result2) {
        results[i] = result2, (--pending === 0 || err) && done(err);
      }
      pending ? keys ? keys.forEach(function(key) {
        tasks[key](function(err, result2) {
          each(key, err, result2);
        });
      }) : tasks.forEach(function(task, i) {
        task(function(err, result2) {
          each(i, err, result2);
        });
      }) : done(null), isSync = !1;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0)
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10), MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10), SUPPORTED_MAJOR_VERSION = 10, SUPPORTED_MINOR_VERSION = 10, IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION, IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports2.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name, this.isBlockDevice = stats.isBlockDevice.bind(stats), this.isCharacterDevice = stats.isCharacterDevice.bind(stats), this.isDirectory = stats.isDirectory.bind(stats), this.isFIFO = stats.isFIFO.bind(stats), this.isFile = stats.isFile.bind(stats), this.isSocket = stats.isSocket.bind(stats), this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports2.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils5 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.fs = void 0;
    var fs = require_fs3();
    exports2.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      return a.endsWith(separator) ? a + b : a + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out(), rpl = require_run_parallel(), constants_1 = require_constants4(), utils = require_utils5(), common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: !0 }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        let entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        let tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats), done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        let tasks = names.map((name) => {
          let path13 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path13, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              let entry = {
                name,
                path: path13,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              settings.stats && (entry.stats = stats), done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports2.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result2) {
      callback(null, result2);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.readdir = exports2.readdirWithFileTypes = exports2.read = void 0;
    var fsStat = require_out(), constants_1 = require_constants4(), utils = require_utils5(), common = require_common();
    function read(directory, settings) {
      return !settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES ? readdirWithFileTypes(directory, settings) : readdir(directory, settings);
    }
    exports2.read = read;
    function readdirWithFileTypes(directory, settings) {
      return settings.fs.readdirSync(directory, { withFileTypes: !0 }).map((dirent) => {
        let entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks)
          try {
            let stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink)
              throw error;
          }
        return entry;
      });
    }
    exports2.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      return settings.fs.readdirSync(directory).map((name) => {
        let entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator), stats = fsStat.statSync(entryPath, settings.fsStatSettings), entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        return settings.stats && (entry.stats = stats), entry;
      });
    }
    exports2.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.createFileSystemAdapter = exports2.FILE_SYSTEM_ADAPTER = void 0;
    var fs = require("fs");
    exports2.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      return fsMethods === void 0 ? exports2.FILE_SYSTEM_ADAPTER : Object.assign(Object.assign({}, exports2.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports2.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var path13 = require("path"), fsStat = require_out(), fs = require_fs4(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, !1), this.fs = fs.createFileSystemAdapter(this._options.fs), this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path13.sep), this.stats = this._getValue(this._options.stats, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !0), this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Settings = exports2.scandirSync = exports2.scandir = void 0;
    var async = require_async2(), sync = require_sync2(), settings_1 = require_settings2();
    exports2.Settings = settings_1.default;
    function scandir(path13, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        async.read(path13, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path13, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports2.scandir = scandir;
    function scandirSync(path13, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return sync.read(path13, settings);
    }
    exports2.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports2, module2) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor(), tail = head;
      function get() {
        var current = head;
        return current.next ? head = current.next : (head = new Constructor(), tail = head), current.next = null, current;
      }
      function release(obj) {
        tail.next = obj, tail = obj;
      }
      return {
        get,
        release
      };
    }
    module2.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports2, module2) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context == "function" && (_concurrency = worker, worker = context, context = null), !(_concurrency >= 1))
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      var cache = reusify(Task), queueHead = null, queueTail = null, _running = 0, errorHandler = null, self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: !1,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1))
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          if (_concurrency = value, !self.paused)
            for (; queueHead && _running < _concurrency; )
              _running++, release();
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = !0;
      }
      function length() {
        for (var current = queueHead, counter = 0; current; )
          current = current.next, counter++;
        return counter;
      }
      function getQueue() {
        for (var current = queueHead, tasks = []; current; )
          tasks.push(current.value), current = current.next;
        return tasks;
      }
      function resume() {
        if (self.paused) {
          if (self.paused = !1, queueHead === null) {
            _running++, release();
            return;
          }
          for (; queueHead && _running < _concurrency; )
            _running++, release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context, current.release = release, current.value = value, current.callback = done || noop, current.errorHandler = errorHandler, _running >= _concurrency || self.paused ? queueTail ? (queueTail.next = current, queueTail = current) : (queueHead = current, queueTail = current, self.saturated()) : (_running++, worker.call(context, current.value, current.worked));
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context, current.release = release, current.value = value, current.callback = done || noop, current.errorHandler = errorHandler, _running >= _concurrency || self.paused ? queueHead ? (current.next = queueHead, queueHead = current) : (queueHead = current, queueTail = current, self.saturated()) : (_running++, worker.call(context, current.value, current.worked));
      }
      function release(holder) {
        holder && cache.release(holder);
        var next = queueHead;
        next && _running <= _concurrency ? self.paused ? _running-- : (queueTail === queueHead && (queueTail = null), queueHead = next.next, next.next = null, worker.call(context, next.value, next.worked), queueTail === null && self.empty()) : --_running === 0 && self.drain();
      }
      function kill() {
        queueHead = null, queueTail = null, self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null, queueTail = null, self.drain(), self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        for (queueHead = null, queueTail = null; current; ) {
          var next = current.next, callback = current.callback, errorHandler2 = current.errorHandler, val = current.value, context2 = current.context;
          current.value = null, current.callback = noop, current.errorHandler = null, current.next = null, errorHandler2 && errorHandler2(new Error("abort"), val), callback.call(context2, new Error("abort")), cache.release(current), current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null, this.callback = noop, this.next = null, this.release = noop, this.context = null, this.errorHandler = null;
      var self = this;
      this.worked = function(err, result2) {
        var callback = self.callback, errorHandler = self.errorHandler, val = self.value;
        self.value = null, self.callback = noop, self.errorHandler && errorHandler(err, val), callback.call(self.context, err, result2), self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      typeof context == "function" && (_concurrency = worker, worker = context, context = null);
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency), pushCb = queue.push, unshiftCb = queue.unshift;
      return queue.push = push, queue.unshift = unshift, queue.drained = drained, queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result2) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result2);
          });
        });
        return p.catch(noop), p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result2) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result2);
          });
        });
        return p.catch(noop), p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle())
              resolve();
            else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                typeof previousDrain == "function" && previousDrain(), resolve(), queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module2.exports = fastqueue;
    module2.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.joinPathSegments = exports2.replacePathSegmentSeparator = exports2.isAppliedFilter = exports2.isFatalError = void 0;
    function isFatalError(settings, error) {
      return settings.errorFilter === null ? !0 : !settings.errorFilter(error);
    }
    exports2.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports2.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports2.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      return a === "" ? b : a.endsWith(separator) ? a + b : a + separator + b;
    }
    exports2.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var common = require_common2(), Reader = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var events_1 = require("events"), fsScandir = require_out2(), fastq = require_queue(), common = require_common2(), reader_1 = require_reader(), AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings), this._settings = _settings, this._scandir = fsScandir.scandir, this._emitter = new events_1.EventEmitter(), this._queue = fastq(this._worker.bind(this), this._settings.concurrency), this._isFatalError = !1, this._isDestroyed = !1, this._queue.drain = () => {
          this._isFatalError || this._emitter.emit("end");
        };
      }
      read() {
        return this._isFatalError = !1, this._isDestroyed = !1, setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        }), this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed)
          throw new Error("The reader is already destroyed");
        this._isDestroyed = !0, this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        let queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          error !== null && this._handleError(error);
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (let entry of entries)
            this._handleEntry(entry, item.base);
          done(null, void 0);
        });
      }
      _handleError(error) {
        this._isDestroyed || !common.isFatalError(this._settings, error) || (this._isFatalError = !0, this._isDestroyed = !0, this._emitter.emit("error", error));
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError)
          return;
        let fullpath = entry.path;
        base !== void 0 && (entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator)), common.isAppliedFilter(this._settings.entryFilter, entry) && this._emitEntry(entry), entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry) && this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports2.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var async_1 = require_async3(), AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new async_1.default(this._root, this._settings), this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        }), this._reader.onEntry((entry) => {
          this._storage.push(entry);
        }), this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        }), this._reader.read();
      }
    };
    exports2.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var stream_1 = require("stream"), async_1 = require_async3(), StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new async_1.default(this._root, this._settings), this._stream = new stream_1.Readable({
          objectMode: !0,
          read: () => {
          },
          destroy: () => {
            this._reader.isDestroyed || this._reader.destroy();
          }
        });
      }
      read() {
        return this._reader.onError((error) => {
          this._stream.emit("error", error);
        }), this._reader.onEntry((entry) => {
          this._stream.push(entry);
        }), this._reader.onEnd(() => {
          this._stream.push(null);
        }), this._reader.read(), this._stream;
      }
    };
    exports2.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var fsScandir = require_out2(), common = require_common2(), reader_1 = require_reader(), SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments), this._scandir = fsScandir.scandirSync, this._storage = [], this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        return this._pushToQueue(this._root, this._settings.basePath), this._handleQueue(), this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (let item of this._queue.values())
          this._handleDirectory(item.directory, item.base);
      }
      _handleDirectory(directory, base) {
        try {
          let entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (let entry of entries)
            this._handleEntry(entry, base);
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (common.isFatalError(this._settings, error))
          throw error;
      }
      _handleEntry(entry, base) {
        let fullpath = entry.path;
        base !== void 0 && (entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator)), common.isAppliedFilter(this._settings.entryFilter, entry) && this._pushToStorage(entry), entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry) && this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports2.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var sync_1 = require_sync3(), SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root, this._settings = _settings, this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports2.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var path13 = require("path"), fsScandir = require_out2(), Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.basePath = this._getValue(this._options.basePath, void 0), this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY), this.deepFilter = this._getValue(this._options.deepFilter, null), this.entryFilter = this._getValue(this._options.entryFilter, null), this.errorFilter = this._getValue(this._options.errorFilter, null), this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path13.sep), this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option ?? value;
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.Settings = exports2.walkStream = exports2.walkSync = exports2.walk = void 0;
    var async_1 = require_async4(), stream_1 = require_stream2(), sync_1 = require_sync4(), settings_1 = require_settings3();
    exports2.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback == "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports2.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return new sync_1.default(directory, settings).read();
    }
    exports2.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      let settings = getSettings(optionsOrSettings);
      return new stream_1.default(directory, settings).read();
    }
    exports2.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      return settingsOrOptions instanceof settings_1.default ? settingsOrOptions : new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var path13 = require("path"), fsStat = require_out(), utils = require_utils4(), Reader = class {
      constructor(_settings) {
        this._settings = _settings, this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path13.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        let entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        return this._settings.stats && (entry.stats = stats), entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports2.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var stream_1 = require("stream"), fsStat = require_out(), fsWalk = require_out3(), reader_1 = require_reader2(), ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkStream = fsWalk.walkStream, this._stat = fsStat.stat;
      }
      dynamic(root, options2) {
        return this._walkStream(root, options2);
      }
      static(patterns, options2) {
        let filepaths = patterns.map(this._getFullEntryPath, this), stream = new stream_1.PassThrough({ objectMode: !0 });
        stream._write = (index, _enc, done) => this._getEntry(filepaths[index], patterns[index], options2).then((entry) => {
          entry !== null && options2.entryFilter(entry) && stream.push(entry), index === filepaths.length - 1 && stream.end(), done();
        }).catch(done);
        for (let i = 0; i < filepaths.length; i++)
          stream.write(i);
        return stream;
      }
      _getEntry(filepath, pattern, options2) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options2.errorFilter(error))
            return null;
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => error === null ? resolve(stats) : reject(error));
        });
      }
    };
    exports2.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var fsWalk = require_out3(), reader_1 = require_reader2(), stream_1 = require_stream3(), ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkAsync = fsWalk.walk, this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options2) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options2, (error, entries) => {
            error === null ? resolve(entries) : reject(error);
          });
        });
      }
      async static(patterns, options2) {
        let entries = [], stream = this._readerStream.static(patterns, options2);
        return new Promise((resolve, reject) => {
          stream.once("error", reject), stream.on("data", (entry) => entries.push(entry)), stream.once("end", () => resolve(entries));
        });
      }
    };
    exports2.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var utils = require_utils4(), Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns, this._settings = _settings, this._micromatchOptions = _micromatchOptions, this._storage = [], this._fillStorage();
      }
      _fillStorage() {
        for (let pattern of this._patterns) {
          let segments = this._getPatternSegments(pattern), sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        return utils.pattern.getPatternParts(pattern, this._micromatchOptions).map((part) => utils.pattern.isDynamicPattern(part, this._settings) ? {
          dynamic: !0,
          pattern: part,
          patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
        } : {
          dynamic: !1,
          pattern: part
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports2.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var matcher_1 = require_matcher(), PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        let parts = filepath.split("/"), levels = parts.length, patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (let pattern of patterns) {
          let section = pattern.sections[0];
          if (!pattern.complete && levels > section.length || parts.every((part, index) => {
            let segment = pattern.segments[index];
            return !!(segment.dynamic && segment.patternRe.test(part) || !segment.dynamic && segment.pattern === part);
          }))
            return !0;
        }
        return !1;
      }
    };
    exports2.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var utils = require_utils4(), partial_1 = require_partial(), DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings, this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        let matcher = this._getMatcher(positive), negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        let affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path) || this._isSkippedSymbolicLink(entry))
          return !1;
        let filepath = utils.path.removeLeadingDotSegment(entry.path);
        return this._isSkippedByPositivePatterns(filepath, matcher) ? !1 : this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        return this._settings.deep === 1 / 0 ? !1 : this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        let entryPathDepth = entryPath.split("/").length;
        if (basePath === "")
          return entryPathDepth;
        let basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports2.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var utils = require_utils4(), EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings, this._micromatchOptions = _micromatchOptions, this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        let [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative), patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: !0 })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: !0 }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        let filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath) || this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry))
          return !1;
        let isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        return this._settings.unique && isMatched && this._createIndexRecord(filepath), isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        return !(!this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory) || this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory) || this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory));
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0)
          return !1;
        let fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0)
          return !1;
        let isMatched = utils.pattern.matchAny(filepath, patternsRe);
        return !isMatched && isDirectory ? utils.pattern.matchAny(filepath + "/", patternsRe) : isMatched;
      }
    };
    exports2.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var utils = require_utils4(), ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports2.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var utils = require_utils4(), EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        return this._settings.absolute && (filepath = utils.path.makeAbsolute(this._settings.cwd, filepath), filepath = utils.path.unixify(filepath)), this._settings.markDirectories && entry.dirent.isDirectory() && (filepath += "/"), this._settings.objectMode ? Object.assign(Object.assign({}, entry), { path: filepath }) : filepath;
      }
    };
    exports2.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var path13 = require("path"), deep_1 = require_deep(), entry_1 = require_entry(), error_1 = require_error(), entry_2 = require_entry2(), Provider = class {
      constructor(_settings) {
        this._settings = _settings, this.errorFilter = new error_1.default(this._settings), this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions()), this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions()), this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path13.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        let basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: !0,
          strictSlashes: !1
        };
      }
    };
    exports2.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var async_1 = require_async5(), provider_1 = require_provider(), ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        let root = this._getRootDirectory(task), options2 = this._getReaderOptions(task);
        return (await this.api(root, task, options2)).map((entry) => options2.transform(entry));
      }
      api(root, task, options2) {
        return task.dynamic ? this._reader.dynamic(root, options2) : this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var stream_1 = require("stream"), stream_2 = require_stream3(), provider_1 = require_provider(), ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        let root = this._getRootDirectory(task), options2 = this._getReaderOptions(task), source = this.api(root, task, options2), destination = new stream_1.Readable({ objectMode: !0, read: () => {
        } });
        return source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options2.transform(entry))).once("end", () => destination.emit("end")), destination.once("close", () => source.destroy()), destination;
      }
      api(root, task, options2) {
        return task.dynamic ? this._reader.dynamic(root, options2) : this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var fsStat = require_out(), fsWalk = require_out3(), reader_1 = require_reader2(), ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments), this._walkSync = fsWalk.walkSync, this._statSync = fsStat.statSync;
      }
      dynamic(root, options2) {
        return this._walkSync(root, options2);
      }
      static(patterns, options2) {
        let entries = [];
        for (let pattern of patterns) {
          let filepath = this._getFullEntryPath(pattern), entry = this._getEntry(filepath, pattern, options2);
          entry === null || !options2.entryFilter(entry) || entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options2) {
        try {
          let stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options2.errorFilter(error))
            return null;
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports2.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var sync_1 = require_sync5(), provider_1 = require_provider(), ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments), this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        let root = this._getRootDirectory(task), options2 = this._getReaderOptions(task);
        return this.api(root, task, options2).map(options2.transform);
      }
      api(root, task, options2) {
        return task.dynamic ? this._reader.dynamic(root, options2) : this._reader.static(task.patterns, options2);
      }
    };
    exports2.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = require("fs"), os = require("os"), CPU_COUNT = Math.max(os.cpus().length, 1);
    exports2.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options, this.absolute = this._getValue(this._options.absolute, !1), this.baseNameMatch = this._getValue(this._options.baseNameMatch, !1), this.braceExpansion = this._getValue(this._options.braceExpansion, !0), this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, !0), this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT), this.cwd = this._getValue(this._options.cwd, process.cwd()), this.deep = this._getValue(this._options.deep, 1 / 0), this.dot = this._getValue(this._options.dot, !1), this.extglob = this._getValue(this._options.extglob, !0), this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, !0), this.fs = this._getFileSystemMethods(this._options.fs), this.globstar = this._getValue(this._options.globstar, !0), this.ignore = this._getValue(this._options.ignore, []), this.markDirectories = this._getValue(this._options.markDirectories, !1), this.objectMode = this._getValue(this._options.objectMode, !1), this.onlyDirectories = this._getValue(this._options.onlyDirectories, !1), this.onlyFiles = this._getValue(this._options.onlyFiles, !0), this.stats = this._getValue(this._options.stats, !1), this.suppressErrors = this._getValue(this._options.suppressErrors, !1), this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, !1), this.unique = this._getValue(this._options.unique, !0), this.onlyDirectories && (this.onlyFiles = !1), this.stats && (this.objectMode = !0), this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports2.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports2.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports2, module2) {
    "use strict";
    var taskManager = require_tasks(), async_1 = require_async6(), stream_1 = require_stream4(), sync_1 = require_sync6(), settings_1 = require_settings4(), utils = require_utils4();
    async function FastGlob(source, options2) {
      assertPatternsInput(source);
      let works = getWorks(source, async_1.default, options2), result2 = await Promise.all(works);
      return utils.array.flatten(result2);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2, FastGlob2.globSync = sync, FastGlob2.globStream = stream, FastGlob2.async = FastGlob2;
      function sync(source, options2) {
        assertPatternsInput(source);
        let works = getWorks(source, sync_1.default, options2);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options2) {
        assertPatternsInput(source);
        let works = getWorks(source, stream_1.default, options2);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options2) {
        assertPatternsInput(source);
        let patterns = [].concat(source), settings = new settings_1.default(options2);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options2) {
        assertPatternsInput(source);
        let settings = new settings_1.default(options2);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        return assertPatternsInput(source), utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        return assertPatternsInput(source), utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          return assertPatternsInput(source), utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          return assertPatternsInput(source), utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          return assertPatternsInput(source), utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          return assertPatternsInput(source), utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options2) {
      let patterns = [].concat(source), settings = new settings_1.default(options2), tasks = taskManager.generate(patterns, settings), provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      if (![].concat(input).every((item) => utils.string.isString(item) && !utils.string.isEmpty(item)))
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
    }
    module2.exports = FastGlob;
  }
});

// src/sources/files.ts
async function rootOf(target, cwd) {
  let abs = import_node_path4.default.resolve(cwd, target), stat;
  try {
    stat = (0, import_node_fs4.statSync)(abs);
  } catch {
    throw new SkguardError(`path not found: ${target}`, "usage");
  }
  let isDirectory = stat.isDirectory(), top, gitMissing = !1;
  try {
    top = await findWorkTree(isDirectory ? abs : import_node_path4.default.dirname(abs));
  } catch (e) {
    if (!(e instanceof SkguardError && e.code === "git-missing")) throw e;
    gitMissing = !0;
  }
  let base = top ?? (isInside(cwd, abs) ? cwd : isDirectory ? abs : import_node_path4.default.dirname(abs));
  return { abs, isDirectory, top, base, gitMissing };
}
function listFiles(root, options2) {
  return root.top ? listGitFiles(root, root.top, options2) : listPlainFiles(root, options2);
}
async function listGitFiles(root, top, options2) {
  let listing = emptyListing(top, !0), rel2 = toPosix(import_node_path4.default.relative(top, root.abs)), pathspec = rel2 === "" ? "." : `:(top,literal)${rel2}`, grep = background(prefilter(top, options2.literals, ["--untracked", "--", pathspec])), files = await git(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", pathspec], top);
  for (let file of new Set(splitNul(files.stdout))) addEntry(listing, top, file, options2);
  return markCandidates(listing, await grep, (f) => f.rel), listing.files.length === 0 && listing.skipped.excluded === 0 && (root.isDirectory ? rel2 !== "" && (await git(["check-ignore", "-q", "--", rel2], top, [0, 1])).code === 0 && (listing.ignoredRoot = rel2) : addEntry(listing, top, rel2, options2, !0)), listing;
}
async function listPlainFiles(root, options2) {
  let listing = emptyListing(root.base, !1);
  if (!root.isDirectory)
    return addEntry(listing, root.base, toPosix(import_node_path4.default.relative(root.base, root.abs)), options2, !0), listing;
  let grep = background(prefilter(root.abs, options2.literals, ["--no-index", "--", "."]).catch(() => {
  })), { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1)), entries = await fg("**", {
    cwd: root.abs,
    dot: !0,
    onlyFiles: !1,
    followSymbolicLinks: !1,
    ignore: ["**/.git/**"],
    suppressErrors: !0
  }), prefix = toPosix(import_node_path4.default.relative(root.base, root.abs));
  for (let entry of entries.sort())
    addEntry(listing, root.base, prefix === "" ? entry : `${prefix}/${entry}`, options2);
  return markCandidates(listing, await grep, (f) => prefix === "" ? f.rel : f.rel.slice(prefix.length + 1)), listing;
}
function background(promise) {
  return promise.catch(() => {
  }), promise;
}
function markCandidates(listing, candidates, grepPath) {
  if (candidates !== void 0)
    for (let f of listing.files) f.candidate = candidates.has(grepPath(f)) || f.size > PREFILTER_MAX_SIZE;
}
async function prefilter(cwd, literals, scope) {
  if (literals.length !== 0)
    try {
      let r = await git(
        [
          "-c",
          "grep.fallbackToNoIndex=false",
          "grep",
          "-z",
          "-l",
          "-F",
          "--no-color",
          "--no-recurse-submodules",
          ...literals.some((l) => l.ignoreCase) ? ["-i"] : [],
          "-f",
          "-",
          ...scope
        ],
        cwd,
        [0, 1],
        // Patterns on stdin: argv could not carry the raw bytes of the UTF-16 byte-order marks, which
        // make UTF-16 text files (whose literals are interleaved with NULs) candidates too.
        Buffer.concat([
          ...literals.map((l) => Buffer.from(`${l.text}
`)),
          ...UTF16_BOMS.flatMap((b) => [b, Buffer.from(`
`)])
        ])
      );
      return new Set(splitNul(r.stdout));
    } catch (e) {
      if (e instanceof SkguardError && e.code === "git-missing") return;
      throw e;
    }
}
function listGivenFiles(top, files, isExcluded) {
  let listing = emptyListing(top, !0);
  for (let rel2 of files) addEntry(listing, top, rel2, { isExcluded, literals: [] });
  return listing;
}
function emptyListing(base, inGit) {
  return { base, inGit, files: [], skipped: { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 }, unreadable: [] };
}
function addEntry(listing, base, rel2, options2, explicit = !1) {
  if (!explicit && options2.isExcluded(rel2)) {
    listing.skipped.excluded++;
    return;
  }
  let abs = import_node_path4.default.join(base, rel2), stat;
  try {
    stat = explicit ? (0, import_node_fs4.statSync)(abs) : (0, import_node_fs4.lstatSync)(abs);
  } catch (e) {
    if (e.code === "ENOENT") return;
    listing.skipped.unreadable++, listing.unreadable.push(rel2);
    return;
  }
  stat.isSymbolicLink() ? listing.skipped.symlink++ : stat.isDirectory() ? listing.inGit && listing.skipped.submodule++ : stat.isFile() && listing.files.push({ abs, rel: rel2, size: stat.size, candidate: !0 });
}
function* readFiles(files, onUnreadable) {
  let pool = Buffer.allocUnsafe(1048576);
  for (let entry of files)
    if (entry.candidate)
      try {
        if (entry.size > STREAM_THRESHOLD) {
          yield { file: entry.rel, data: readChunks(entry.abs) };
          continue;
        }
        entry.size >= pool.length && (pool = Buffer.allocUnsafe(Math.max(entry.size + 1, pool.length * 2))), yield { file: entry.rel, data: readWhole(entry.abs, pool) };
      } catch (e) {
        onUnreadable(entry.rel, e);
      }
}
function readWhole(file, pool) {
  let fd = (0, import_node_fs4.openSync)(file, "r");
  try {
    let n = 0;
    for (let r = 1; r > 0 && n < pool.length; n += r) r = (0, import_node_fs4.readSync)(fd, pool, n, pool.length - n, null);
    return n === pool.length ? (0, import_node_fs4.readFileSync)(file) : pool.subarray(0, n);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function* readChunks(file, chunkSize = CHUNK_SIZE) {
  let fd = (0, import_node_fs4.openSync)(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(chunkSize);
    for (; ; ) {
      let n = (0, import_node_fs4.readSync)(fd, buffer, 0, chunkSize, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
var import_node_fs4, import_node_path4, STREAM_THRESHOLD, CHUNK_SIZE, PREFILTER_MAX_SIZE, toPosix, isInside, init_files = __esm({
  "src/sources/files.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs"), import_node_path4 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    init_types2();
    STREAM_THRESHOLD = 32 * 1024 * 1024, CHUNK_SIZE = 8 * 1024 * 1024, PREFILTER_MAX_SIZE = 256 * 1024 * 1024, toPosix = (p) => p.split(import_node_path4.default.sep).join("/"), isInside = (dir, p) => {
      let rel2 = import_node_path4.default.relative(dir, p);
      return !rel2.startsWith("..") && !import_node_path4.default.isAbsolute(rel2);
    };
  }
});

// src/pipeline/scan-files.ts
async function scanListing(session, listing, tally, onContent) {
  for (let rel2 of listing.unreadable) session.notes.push(unreadable(rel2));
  let contents = readFiles(listing.files, (rel2, error) => {
    listing.skipped.unreadable++, session.notes.push(unreadable(rel2, error.code ?? error.message));
  }), hits = await scanContents(contents, session.scanner, tally, onContent);
  for (let f of listing.files)
    f.candidate || (tally.files++, tally.bytes += f.size);
  return hits;
}
function rootNotes(root, listing) {
  let notes = [];
  return root.gitMissing && notes.push({
    level: "warning",
    code: "git-missing",
    message: "git was not found on the PATH: scanned every file as a plain directory (.gitignore not honoured)"
  }), listing.ignoredRoot && notes.push({
    level: "warning",
    code: "ignored-path",
    message: `${listing.ignoredRoot} is ignored by git (.gitignore), so nothing under it was scanned; name a file in it to scan that file`
  }), notes;
}
function unreadable(rel2, why) {
  return { level: "warning", code: "unreadable-file", message: `could not read ${rel2}${why ? `: ${why}` : ""}` };
}
var init_scan_files = __esm({
  "src/pipeline/scan-files.ts"() {
    "use strict";
    init_files();
    init_scan_contents();
  }
});

// src/cli/progress.ts
var CLEAR, Progress, init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    CLEAR = "\r\x1B[2K", Progress = class {
      constructor(stream, enabled, delayMs = 500) {
        this.stream = stream;
        this.enabled = enabled;
        this.delayMs = delayMs;
      }
      stream;
      enabled;
      delayMs;
      started = performance.now();
      last = 0;
      shown = !1;
      update(line) {
        if (!this.enabled) return;
        let now = performance.now();
        now - this.started < this.delayMs || now - this.last < 100 || (this.last = now, this.stream.write(`${CLEAR}${line()}`), this.shown = !0);
      }
      done() {
        this.shown && this.stream.write(CLEAR), this.shown = !1;
      }
    };
  }
});

// src/cli/commands/scan.ts
var scan_exports = {};
__export(scan_exports, {
  scanCommand: () => scanCommand
});
async function scanCommand(targets, settings, io) {
  let paths = targets.length > 0 ? targets : ["."], roots = await Promise.all(paths.map((p) => p === "-" ? void 0 : rootOf(p, io.cwd))), session = await openSession({
    root: roots.find((r) => r !== void 0)?.base ?? io.cwd,
    configFile: settings.config,
    baselineFile: settings.baseline
  }), tally = newTally(), skipped = { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 }, hits = [], literals = session.scanner.requiredLiterals();
  for (let root of roots) {
    if (!root) {
      hits.push(...await scanContents([stdinContent(io)], session.scanner, tally));
      continue;
    }
    let listing = await listFiles(root, { isExcluded: session.isExcluded, literals });
    session.notes.push(...rootNotes(root, listing));
    let toRead = listing.files.filter((f) => f.candidate).length, progress = new Progress(io.stderr, io.stderr.isTTY === !0 && !settings.quiet, io.progressDelayMs), before = tally.files + tally.binary;
    hits.push(
      ...await scanListing(
        session,
        listing,
        tally,
        (t) => progress.update(
          () => `skguard: read ${t.files + t.binary - before} of ${toRead} files (${formatBytes(t.bytes)})\u2026`
        )
      )
    ), progress.done();
    for (let key of Object.keys(skipped)) skipped[key] += listing.skipped[key];
  }
  let source = paths.length === 1 && paths[0] === "-" ? "stdin" : "files";
  return { report: closeSession(session, hits, tally, source, skipped), rules: session.rules, hits };
}
function stdinContent(io) {
  async function* chunks() {
    for await (let chunk of io.stdin) yield typeof chunk == "string" ? Buffer.from(chunk) : chunk;
  }
  return { file: "-", data: chunks() };
}
var init_scan = __esm({
  "src/cli/commands/scan.ts"() {
    "use strict";
    init_scan_contents();
    init_scan_files();
    init_session();
    init_format();
    init_files();
    init_progress();
  }
});

// src/sources/history/git-process.ts
function spawnGit(args, cwd) {
  let child = (0, import_node_child_process2.spawn)("git", args, {
    cwd,
    env: { ...process.env, ...GIT_ENV2 },
    stdio: ["pipe", "pipe", "pipe"]
  }), stderr = "";
  child.stderr?.on("data", (b) => {
    stderr.length < STDERR_LIMIT && (stderr += b.toString("utf8"));
  }), child.stdin.on("error", () => {
  });
  let killed = !1, exited = new Promise((resolve, reject) => {
    child.on("error", (e) => {
      reject(
        e.code === "ENOENT" ? new SkguardError("git was not found on the PATH: `skguard history` needs git", "git-missing") : new SkguardError(`could not run git: ${e.message}`, "git")
      );
    }), child.on("close", (code, signal) => {
      code === 0 || killed ? resolve() : reject(new SkguardError(`git ${args[0]} failed: ${firstLine2(stderr) || `exit ${code ?? signal}`}`, "git"));
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
function firstLine2(text) {
  return text.trim().split(`
`)[0]?.replace(/^(fatal|error): /, "") ?? "";
}
var import_node_child_process2, GIT_ENV2, STDERR_LIMIT, RecordSplitter, init_git_process = __esm({
  "src/sources/history/git-process.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    init_errors();
    GIT_ENV2 = {
      LC_ALL: "C",
      GIT_PAGER: "cat",
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      GIT_NO_LAZY_FETCH: "1"
    }, STDERR_LIMIT = 16 * 1024;
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

// src/sources/history/blob-reader.ts
async function requestReachableBlobs(cwd, revArgs, reader, onListed, blobsOnly = !0) {
  let result2 = { listed: 0, missing: 0, submodules: !1 }, revList = spawnGit(["rev-list", "--objects", ...blobsOnly ? ["--filter=object:type=blob"] : [], "--missing=print", ...revArgs, "--"], cwd), paused = !1, previous = reader.onRead;
  reader.onRead = () => {
    previous(), paused && reader.pending < MAX_PENDING / 2 && (paused = !1, revList.child.stdout.resume());
  };
  let lines = new RecordSplitter(LF, (line) => {
    if (line.startsWith("?")) {
      result2.missing++;
      return;
    }
    let space = line.indexOf(" ");
    if (space < 0) return;
    let name = line.slice(space + 1);
    (name === ".gitmodules" || name.endsWith("/.gitmodules")) && (result2.submodules = !0), result2.listed++, reader.request({ id: line.slice(0, space), name }), !paused && reader.pending >= MAX_PENDING && (paused = !0, revList.child.stdout.pause());
  }), lastReport = 0;
  revList.child.stdout.on("data", (chunk) => {
    lines.push(chunk), result2.listed - lastReport >= 1e3 && (lastReport = result2.listed, onListed(result2.listed, !1));
  });
  try {
    await revList.exited;
  } catch (e) {
    throw reader.abort(), e;
  }
  return lines.end(), onListed(result2.listed, !0), result2;
}
var LF, CatFileParser, BlobReader, MAX_PENDING, init_blob_reader = __esm({
  "src/sources/history/blob-reader.ts"() {
    "use strict";
    init_git_process();
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
      remaining = 0;
      body;
      bodyAt = 0;
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
            this.headerParts = [], at = nl + 1, this.openObject(line, chunk.length - at) && (this.handler.whole(this.current, chunk.subarray(at, at + this.remaining)), at += this.remaining, this.remaining = 0, this.state = "trailer");
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
        if (this.remaining = Number(size), type !== "blob")
          this.mode = "discard", this.handler.skip(this.current, "not-blob");
        else if (this.remaining > this.wholeLimit)
          this.mode = "stream", this.handler.start(this.current, this.remaining);
        else {
          if (available >= this.remaining)
            return !0;
          this.mode = "collect", this.body = Buffer.allocUnsafe(this.remaining), this.bodyAt = 0;
        }
        return this.state = this.remaining === 0 ? "trailer" : "body", this.remaining === 0 && this.closeObject(), !1;
      }
      closeObject() {
        this.mode === "collect" ? this.handler.whole(this.current, this.body) : this.mode === "stream" && this.handler.end(), this.body = void 0, this.state = "trailer";
      }
    }, BlobReader = class {
      git;
      queue = [];
      head = 0;
      failure;
      stdoutDone;
      /** Called whenever a blob has been read (for progress and for the enumeration's back-pressure). */
      onRead = () => {
      };
      constructor(cwd, handler, wholeLimit) {
        this.git = spawnGit(["cat-file", "--batch", "--buffer"], cwd);
        let counted = {
          whole: (b, d) => {
            handler.whole(b, d), this.onRead();
          },
          start: (b, s) => handler.start(b, s),
          chunk: (d) => handler.chunk(d),
          end: () => {
            handler.end(), this.onRead();
          },
          skip: (b, r) => {
            handler.skip(b, r), this.onRead();
          }
        }, parser = new CatFileParser(() => this.shift(), counted, wholeLimit);
        this.stdoutDone = new Promise((resolve) => {
          this.git.child.stdout.on("data", (chunk) => {
            if (this.failure === void 0)
              try {
                parser.push(chunk);
              } catch (e) {
                this.failure = e, this.git.kill();
              }
          }), this.git.child.stdout.on("close", () => resolve());
        });
      }
      /** Blobs asked for and not yet read. */
      get pending() {
        return this.queue.length - this.head;
      }
      request(blob) {
        this.queue.push(blob), this.git.child.stdin.write(`${blob.id}
`);
      }
      /** No more requests: waits until every blob asked for has been read. */
      async finish() {
        if (this.git.child.stdin.end(), await Promise.all([this.git.exited, this.stdoutDone]), this.failure !== void 0) throw this.failure;
      }
      /** Stops git after an error elsewhere. */
      abort() {
        this.git.kill();
      }
      shift() {
        let blob = this.queue[this.head++];
        if (blob === void 0) throw new Error("git cat-file returned more objects than were asked for");
        return this.head > 4096 && this.head * 2 > this.queue.length && (this.queue.splice(0, this.head), this.head = 0), blob;
      }
    }, MAX_PENDING = 1e5;
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
        let oldBlob = oldMode === GITLINK2 ? ZERO_ID : before, newBlob = newMode === GITLINK2 ? ZERO_ID : after;
        interesting(newBlob) || interesting(oldBlob) ? (current.relevant = !0, change = { before: oldBlob, after: newBlob }) : withUnreadBefore && !ZERO.test(oldBlob) && (change = { before: oldBlob, after: newBlob });
      }
    }
  }), failure2;
  diffTree.child.stdout.on("data", (chunk) => {
    if (failure2 === void 0)
      try {
        records.push(chunk);
      } catch (e) {
        failure2 = e, revList.kill(), diffTree.kill();
      }
  });
  try {
    await Promise.all([revList.exited, diffTree.exited]);
  } catch (e) {
    throw revList.kill(), diffTree.kill(), e;
  }
  if (failure2 !== void 0) throw failure2;
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
var GITLINK2, ZERO, ZERO_ID, init_provenance = __esm({
  "src/sources/history/provenance.ts"() {
    "use strict";
    init_git_process();
    GITLINK2 = "160000", ZERO = /^0+$/, ZERO_ID = "0";
  }
});

// src/sources/history/revisions.ts
async function openRepository(cwd) {
  let r = await git(
    ["rev-parse", "--is-bare-repository", "--show-toplevel", "--is-shallow-repository"],
    cwd,
    [0, 128]
  );
  if (r.code !== 0) {
    let bare = await git(["rev-parse", "--is-bare-repository", "--is-shallow-repository"], cwd, [0, 128]), [isBare, isShallow2] = bare.stdout.toString("utf8").split(`
`);
    if (bare.code === 0 && isBare === "true") return { root: cwd, shallow: isShallow2 === "true" };
    throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, "not-a-repository");
  }
  let [, top, isShallow] = r.stdout.toString("utf8").split(`
`);
  return { root: top || cwd, shallow: isShallow === "true" };
}
async function resolveRevisions(cwd, revs) {
  if (revs.length === 0) {
    let stash = await git(["reflog", "show", "--format=%H", "refs/stash", "--"], cwd, [0, 128]);
    return { args: ["--all", ...(stash.code === 0 ? stash.stdout.toString("utf8").split(`
`).filter(Boolean) : []).slice(1)], isRange: !1, isDefault: !0, label: "all refs" };
  }
  for (let rev of revs)
    if (rev.startsWith("-") || rev.trim() === "" || rev.includes(`
`))
      throw new SkguardError(`history: "${rev}" is not a revision or range (expected e.g. main..feature)`, "usage");
  let endpoints = [...new Set(revs.flatMap(endpointsOf))], answers = (await git(
    ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
    cwd,
    [0],
    Buffer.from(endpoints.map((e) => `${e}^{commit}
`).join(""))
  )).stdout.toString("utf8").split(`
`), missing = endpoints.filter((_, i) => !/^[0-9a-f]+ commit$/.test(answers[i] ?? ""));
  if (missing.length > 0) {
    let names = missing.map((m) => `"${m}"`).join(", "), hint = (await git(["rev-parse", "--is-shallow-repository"], cwd, [0, 128])).stdout.toString("utf8").trim() === "true" ? ": this clone is shallow, so the commit may lie beyond its depth (fetch it with `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)" : "";
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
async function scanHistory(session, options2) {
  let started = performance.now(), [repo, revisions, version2] = await Promise.all([
    options2.repository ?? openRepository(options2.cwd),
    resolveRevisions(options2.cwd, options2.revs ?? []),
    git(["version"], options2.cwd)
  ]), notes = [], tally = newTally(), result2 = {
    hits: [],
    tally,
    commits: 0,
    blobs: 0,
    skipped: { excluded: 0, submodule: 0 },
    notes
  }, note = (n) => {
    notes.push(n), session.notes.push(n);
  };
  repo.shallow && note(shallowNote());
  let progress = {
    phase: "reading",
    commits: void 0,
    listed: 0,
    listingDone: !1,
    read: 0,
    bytes: 0,
    walked: 0,
    elapsedMs: 0
  }, report = () => {
    options2.onProgress && (progress.elapsedMs = performance.now() - started, progress.read = result2.blobs, progress.bytes = tally.bytes, options2.onProgress(progress));
  }, counting = git(["rev-list", "--count", ...revisions.args, "--"], options2.cwd).then((r) => (progress.commits = Number(r.stdout.toString("utf8").trim()) || 0, progress.commits));
  counting.catch(() => {
  });
  let found = /* @__PURE__ */ new Map(), reader = new BlobReader(options2.cwd, blobScanner(session, tally, result2, found), STREAM_THRESHOLD);
  reader.onRead = () => {
    options2.onProgress && result2.blobs % 64 === 0 && report();
  };
  let enumeration;
  try {
    enumeration = await requestReachableBlobs(
      options2.cwd,
      revisions.args,
      reader,
      (listed, done) => {
        progress.listed = listed, progress.listingDone = done;
      },
      canFilterBlobs(version2.stdout.toString("utf8"))
    ), await reader.finish();
  } catch (e) {
    throw reader.abort(), e;
  }
  if (result2.commits = await counting, report(), result2.commits === 0 && note(
    revisions.isDefault ? {
      level: "info",
      code: "empty-repository",
      message: "the repository has no commits yet: there is no history to scan"
    } : { level: "info", code: "empty-range", message: `${revisions.label} holds no commits: nothing to scan` }
  ), enumeration.missing > 0 && note({
    level: "warning",
    code: "missing-objects",
    message: `${enumeration.missing.toLocaleString("en-US")} objects are not in this clone (a partial clone?) and were not read: fetch them, or scan a full clone`
  }), enumeration.submodules && note({
    level: "info",
    code: "submodules",
    message: "the history has submodules (.gitmodules): their contents are not entered; scan each submodule repository on its own"
  }), found.size === 0) return result2;
  progress.phase = "attributing";
  let changes = await collectChanges(
    options2.cwd,
    revisions.args,
    (blob) => found.has(blob),
    revisions.isRange,
    (walked) => {
      progress.walked = walked, report();
    }
  ), extra = /* @__PURE__ */ new Map();
  if (revisions.isRange) {
    let unknown = [...oldBlobsOf(changes)].filter((id) => !found.has(id));
    unknown.length > 0 && await lookupKeys(options2.cwd, session, unknown, extra);
  }
  let keysOf = (blob) => found.get(blob)?.keys ?? extra.get(blob), introductions = decideIntroductions(changes, keysOf), decided = /* @__PURE__ */ new Set(), excludedPaths = /* @__PURE__ */ new Set();
  for (let intro of introductions) {
    decided.add(intro.fingerprint);
    let key = keysOf(intro.blob)?.get(intro.fingerprint);
    if (!key) continue;
    if (session.isExcluded(intro.path)) {
      excludedPaths.add(intro.path);
      continue;
    }
    if (key.allowedOnly) {
      tally.inline++;
      continue;
    }
    let origin = { file: intro.path, commit: intro.commit, author: intro.author, date: intro.date };
    result2.hits.push({ finding: toFinding(key.match, origin), secret: key.match.secret });
  }
  if (result2.skipped.excluded = excludedPaths.size, !revisions.isRange) {
    let unattributed = 0;
    for (let [id, blob] of found)
      for (let [fp, key] of blob.keys) {
        if (decided.has(fp) || key.allowedOnly) continue;
        decided.add(fp), unattributed++;
        let file = blob.name || `(blob ${id.slice(0, 12)})`;
        result2.hits.push({ finding: toFinding(key.match, { file }), secret: key.match.secret });
      }
    unattributed > 0 && note({
      level: "warning",
      code: "unattributed-key",
      message: `${unattributed} ${unattributed === 1 ? "key is" : "keys are"} in blobs that no commit in scope adds (a tag pointing at a file?): reported without a commit`
    });
  }
  return result2;
}
function blobScanner(session, tally, result2, found) {
  let scanner = session.scanner, streaming, keep = (blob, matches) => {
    matches.length > 0 && found.set(blob.id, { name: blob.name, keys: keysByFingerprint(matches) });
  };
  return {
    whole(blob, data) {
      result2.blobs++;
      let text = textOf(data);
      if (text === void 0) {
        tally.binary++;
        return;
      }
      tally.files++, tally.bytes += data.length, keep(blob, scanner.scan(text));
    },
    start(blob) {
      result2.blobs++, streaming = { blob, stream: scanner.stream(), head: Buffer.alloc(0), binary: !1 };
    },
    chunk(data) {
      if (!(!streaming || streaming.binary)) {
        if (streaming.head !== void 0) {
          if (streaming.head = Buffer.concat([streaming.head, data.subarray(0, 8e3)]), looksBinary(streaming.head)) {
            streaming.binary = !0;
            return;
          }
          streaming.head.length >= 8e3 && (streaming.head = void 0);
        }
        tally.bytes += data.length, streaming.stream.push(data);
      }
    },
    end() {
      streaming && (streaming.binary ? tally.binary++ : (tally.files++, keep(streaming.blob, streaming.stream.end())), streaming = void 0);
    },
    skip() {
    }
  };
}
function keysByFingerprint(matches) {
  let keys = /* @__PURE__ */ new Map();
  for (let match of matches) {
    let fp = fingerprint(match.secret), seen = keys.get(fp);
    seen ? seen.allowedOnly && !match.allowed && keys.set(fp, { match, allowedOnly: !1 }) : keys.set(fp, { match, allowedOnly: match.allowed });
  }
  return keys;
}
async function lookupKeys(cwd, session, ids, into) {
  let found = /* @__PURE__ */ new Map(), reader = new BlobReader(cwd, blobScanner(session, newTally(), { blobs: 0 }, found), STREAM_THRESHOLD);
  for (let id of ids) reader.request({ id, name: "" });
  await reader.finish();
  for (let [id, blob] of found) into.set(id, blob.keys);
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
    init_core();
    init_scan_contents();
    init_files();
    init_git();
    init_blob_reader();
    init_provenance();
    init_revisions();
    init_types2();
    init_revisions();
  }
});

// src/cli/commands/history.ts
var history_exports = {};
__export(history_exports, {
  describeProgress: () => describeProgress,
  historyCommand: () => historyCommand
});
async function historyCommand(revs, settings, io) {
  let repo = await openRepository(io.cwd), session = await openSession({
    root: repo.root,
    configFile: settings.config,
    baselineFile: settings.baseline
  }), progress = new Progress(io.stderr, io.stderr.isTTY === !0 && !settings.quiet, io.progressDelayMs), result2;
  try {
    result2 = await scanHistory(session, {
      cwd: io.cwd,
      revs,
      repository: repo,
      onProgress: (p) => progress.update(() => describeProgress(p))
    });
  } finally {
    progress.done();
  }
  return { report: closeHistory(session, result2), rules: session.rules, hits: result2.hits };
}
function describeProgress(p) {
  let commits = p.commits === void 0 ? "" : ` \xB7 ${plural(p.commits, "commit")}`;
  if (p.phase === "attributing")
    return `skguard history: finding the commits that added the keys \xB7 ${p.walked.toLocaleString("en-US")}${p.commits === void 0 ? "" : `/${p.commits.toLocaleString("en-US")}`} commits`;
  let seconds2 = p.elapsedMs / 1e3, rate = seconds2 > 0 ? p.bytes / seconds2 : 0, total = p.listingDone ? `/${p.listed.toLocaleString("en-US")}` : "", eta = "";
  return p.listingDone && p.read > 0 && p.listed > p.read && (eta = ` \xB7 ETA ${formatDuration((p.listed - p.read) * p.elapsedMs / p.read)}`), `skguard history: ${p.read.toLocaleString("en-US")}${total} blobs${commits} \xB7 ${formatBytes(p.bytes)} \xB7 ${formatBytes(rate)}/s${eta}`;
}
var init_history2 = __esm({
  "src/cli/commands/history.ts"() {
    "use strict";
    init_session();
    init_format();
    init_history();
    init_progress();
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
  let command = ["skguard", "staged", ...args.map(shQuote)].join(" "), pkg = import_node_path5.default.relative(top, import_node_path5.default.dirname(huskyDir)).split(import_node_path5.default.sep).join("/");
  return pkg === "" ? command : `PATH=${shQuote(`${pkg}/node_modules/.bin`)}:"$PATH" ${command}`;
}
function hasSkguardLine(content) {
  return RUNS_SKGUARD.test(content);
}
function addLine(content, line) {
  return content === "" ? `${line}
` : `${content}${content.endsWith(`
`) ? "" : `
`}${line}
`;
}
function removeLines(content) {
  let lines = content.split(`
`), kept = lines.filter((l) => !OUR_LINE.test(l));
  return { content: kept.join(`
`), removed: lines.length - kept.length };
}
function endsEarly(content) {
  return content.split(`
`).find((l) => /^(?:exit\b|exec\s)/.test(l.trim()));
}
var import_node_path5, RUNS_SKGUARD, OUR_LINE, init_husky = __esm({
  "src/hook/husky.ts"() {
    "use strict";
    import_node_path5 = __toESM(require("node:path"), 1);
    init_shell();
    RUNS_SKGUARD = /^[^#\n]*(?:^|[\s;&|(])skguard\s+staged(?:\s|$)/m, OUR_LINE = /^(?:PATH=(?:'[^']*'|[^\s']+):"\$PATH" )?skguard staged(?: [^\n]*)?$/;
  }
});

// src/hook/script.ts
function hookScript(options2) {
  let args = options2.args.map(shQuote).join(" "), staged = args === "" ? "staged" : `staged ${args}`, posix = (p) => p.replaceAll("\\", "/");
  return [
    "#!/bin/sh",
    "# skguard: blocks a commit that adds an AI-provider API key (OpenAI, Anthropic, OpenRouter, DeepSeek, Azure OpenAI).",
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
    `node=${quoteAlways(posix(options2.node))}`,
    `cli=${quoteAlways(options2.cli === void 0 ? "" : posix(options2.cli))}`,
    'if [ -x "$node" ] && [ -f "$cli" ]; then',
    `  exec "$node" "$cli" ${staged}`,
    "fi",
    "if command -v skguard >/dev/null 2>&1; then",
    `  exec skguard ${staged}`,
    "fi",
    options2.cli === void 0 ? 'echo "skguard: cannot check this commit: skguard is not on the PATH." >&2' : 'echo "skguard: cannot check this commit: $cli is gone and skguard is not on the PATH." >&2',
    'echo "skguard: install skguard and run \\`skguard hook install\\` again, or remove the hook: \\`skguard hook uninstall\\`." >&2',
    'echo "skguard: to commit without the check, deliberately: git commit --no-verify" >&2',
    "exit 1",
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
    init_shell();
    MARKER = "# skguard-hook: v1", BACKUP_NAME = "pre-commit.skguard-backup";
  }
});

// src/hook/setup.ts
async function detectSetup(cwd) {
  let rev = await git(["rev-parse", "--show-toplevel", "--git-path", "hooks"], cwd, [0, 128]), [top, hooks] = rev.stdout.toString("utf8").trim().split(`
`);
  if (rev.code !== 0 || !top || !hooks)
    throw new SkguardError(
      `not in a git work tree: ${cwd} (run skguard hook install inside the repository)`,
      "not-a-repository"
    );
  let hooksDir = import_node_path6.default.resolve(cwd, hooks), config2 = await git(["config", "--get", "core.hooksPath"], cwd, [0, 1]), hooksPath = config2.code === 0 && config2.stdout.toString("utf8").trim() || void 0;
  if (hooksPath && HUSKY_HOOKS_PATH.test(hooksPath))
    return { kind: "husky", top, huskyDir: import_node_path6.default.dirname(hooksDir), active: !0, hooksDir };
  if (!hooksPath) {
    let huskyDir = findHuskyDir(cwd, top);
    if (huskyDir) return { kind: "husky", top, huskyDir, active: !1, hooksDir };
  }
  return { kind: "hooks-dir", top, hooksDir, hooksPath };
}
function findHuskyDir(cwd, top) {
  let dir = (0, import_node_fs5.realpathSync)(cwd);
  for (; ; ) {
    let candidate = import_node_path6.default.join(dir, ".husky");
    if ((0, import_node_fs5.existsSync)(candidate) && (0, import_node_fs5.statSync)(candidate).isDirectory()) return candidate;
    let rel2 = import_node_path6.default.relative(top, dir);
    if (rel2 === "" || rel2.startsWith("..") || import_node_path6.default.isAbsolute(rel2)) return;
    dir = import_node_path6.default.dirname(dir);
  }
}
var import_node_fs5, import_node_path6, HUSKY_HOOKS_PATH, init_setup = __esm({
  "src/hook/setup.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs"), import_node_path6 = __toESM(require("node:path"), 1);
    init_errors();
    init_git();
    HUSKY_HOOKS_PATH = /(?:^|[\\/])\.husky[\\/]_[\\/]*$/;
  }
});

// src/hook/install.ts
async function installHook(options2) {
  let setup = await detectSetup(options2.cwd), result2 = { setup, changes: [], warnings: [] };
  if (setup.kind === "husky") {
    let file2 = import_node_path7.default.join(setup.huskyDir, PRE_COMMIT), existing2 = readIfFile(file2);
    if (existing2 !== void 0 && hasSkguardLine(existing2))
      result2.changes.push({ action: "line-present", file: file2 });
    else {
      let line = huskyLine(setup.top, setup.huskyDir, options2.args);
      (0, import_node_fs6.mkdirSync)(setup.huskyDir, { recursive: !0 }), (0, import_node_fs6.writeFileSync)(file2, addLine(existing2 ?? "", line)), existing2 === void 0 && (0, import_node_fs6.chmodSync)(file2, 493), result2.changes.push({ action: "added-line", file: file2, line, created: existing2 === void 0 });
      let early = existing2 === void 0 ? void 0 : endsEarly(existing2);
      early && result2.warnings.push(
        `${rel(setup, file2)} has \`${early.trim()}\` before the new line: move \`skguard staged\` above it, or it never runs`
      );
    }
    let pkg = import_node_path7.default.dirname(setup.huskyDir);
    return [.../* @__PURE__ */ new Set([pkg, setup.top])].map((dir) => import_node_path7.default.join(dir, "node_modules", ".bin", "skguard")).some((bin) => (0, import_node_fs6.existsSync)(bin)) || result2.warnings.push(
      `skguard is not installed in ${rel(setup, import_node_path7.default.join(pkg, "node_modules"))}: add it as a dev dependency (npm install --save-dev skguard), or the hook cannot find it`
    ), setup.active || result2.warnings.push(
      "husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or `npm install`, which runs its prepare script)"
    ), result2;
  }
  let file = import_node_path7.default.join(setup.hooksDir, PRE_COMMIT), script = hookScript(options2), existing = readIfFile(file);
  if (existing !== void 0 && isOurScript(existing))
    return existing === script ? result2.changes.push({ action: "script-current", file }) : (writeScript(file, script), result2.changes.push({ action: "updated-script", file })), result2;
  if (existing === void 0 && (0, import_node_fs6.existsSync)(file))
    throw new SkguardError(`${rel(setup, file)} exists and is not a file: skguard leaves it alone`, "hook");
  let backup = import_node_path7.default.join(setup.hooksDir, BACKUP_NAME);
  if (existing !== void 0) {
    if (!options2.force) {
      let framework = isPreCommitFramework(existing) ? " It is the pre-commit framework's hook: add skguard to .pre-commit-config.yaml instead (see the README)." : "";
      throw new SkguardError(
        `${rel(setup, file)} already exists and was not written by skguard.${framework} To keep it and run it before skguard, use \`skguard hook install --force\` (it is moved to ${BACKUP_NAME}).`,
        "hook"
      );
    }
    if ((0, import_node_fs6.existsSync)(backup))
      throw new SkguardError(
        `${rel(setup, backup)} already exists: move it away first, so that --force does not overwrite an earlier backup`,
        "hook"
      );
    (0, import_node_fs6.renameSync)(file, backup);
  }
  return (0, import_node_fs6.mkdirSync)(setup.hooksDir, { recursive: !0 }), writeScript(file, script), result2.changes.push(
    existing === void 0 ? { action: "wrote-script", file } : { action: "wrote-script", file, backup }
  ), result2;
}
async function uninstallHook(cwd) {
  let setup = await detectSetup(cwd), result2 = { setup, changes: [], warnings: [] };
  if (setup.kind === "husky") {
    let file2 = import_node_path7.default.join(setup.huskyDir, PRE_COMMIT), existing2 = readIfFile(file2);
    if (existing2 !== void 0) {
      let { content, removed } = removeLines(existing2);
      if (removed > 0) {
        let deletedFile = content.trim() === "";
        deletedFile ? (0, import_node_fs6.unlinkSync)(file2) : (0, import_node_fs6.writeFileSync)(file2, content), result2.changes.push({ action: "removed-line", file: file2, deletedFile });
      }
    }
  }
  let file = import_node_path7.default.join(setup.hooksDir, PRE_COMMIT), existing = readIfFile(file);
  if (existing !== void 0 && isOurScript(existing)) {
    (0, import_node_fs6.unlinkSync)(file);
    let backup = import_node_path7.default.join(setup.hooksDir, BACKUP_NAME);
    (0, import_node_fs6.existsSync)(backup) ? ((0, import_node_fs6.renameSync)(backup, file), result2.changes.push({ action: "removed-script", file, restored: backup })) : result2.changes.push({ action: "removed-script", file });
  } else existing !== void 0 && setup.kind === "hooks-dir" && result2.changes.push({ action: "left-foreign", file });
  return result2;
}
function readIfFile(file) {
  try {
    return (0, import_node_fs6.statSync)(file).isFile() ? (0, import_node_fs6.readFileSync)(file, "utf8") : void 0;
  } catch (e) {
    if (e.code === "ENOENT") return;
    throw new SkguardError(
      `could not read ${file}: ${e.code ?? e.message}`,
      "io"
    );
  }
}
function writeScript(file, script) {
  (0, import_node_fs6.writeFileSync)(file, script, { mode: 493 }), (0, import_node_fs6.chmodSync)(file, 493);
}
function rel(setup, file) {
  let r = import_node_path7.default.relative(setup.top, file);
  return r.startsWith("..") || import_node_path7.default.isAbsolute(r) ? file : r.split(import_node_path7.default.sep).join("/");
}
var import_node_fs6, import_node_path7, PRE_COMMIT, init_install = __esm({
  "src/hook/install.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs"), import_node_path7 = __toESM(require("node:path"), 1);
    init_errors();
    init_husky();
    init_script();
    init_setup();
    PRE_COMMIT = "pre-commit";
  }
});

// src/hook/scope.ts
async function hookScope(cwd, given) {
  let changes = await stagedChanges(cwd);
  if (given.length === 0) return { kind: "staged", changes };
  let base = (0, import_node_fs7.realpathSync)(cwd), files = [
    ...new Set(
      given.map((f) => {
        let rel2 = import_node_path8.default.relative(changes.top, import_node_path8.default.resolve(base, f));
        if (rel2 === "" || rel2.startsWith("..") || import_node_path8.default.isAbsolute(rel2))
          throw new SkguardError(`${f}: not a file in the repository at ${changes.top}`, "usage");
        return rel2.split(import_node_path8.default.sep).join("/");
      })
    )
  ], staged = new Map(changes.files.map((f) => [f.path, f]));
  if (files.every((f) => staged.has(f))) {
    let only = files.map((f) => staged.get(f)).filter((f) => f !== void 0);
    return { kind: "staged", changes: { ...changes, files: only } };
  }
  return { kind: "files", top: changes.top, files };
}
function worktreeListing(top, files, isExcluded) {
  return listGivenFiles(top, files, isExcluded);
}
var import_node_fs7, import_node_path8, init_scope = __esm({
  "src/hook/scope.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs"), import_node_path8 = __toESM(require("node:path"), 1);
    init_errors();
    init_files();
    init_staged();
  }
});

// src/cli/commands/hook.ts
var hook_exports = {};
__export(hook_exports, {
  hookInstallCommand: () => hookInstallCommand,
  hookRunCommand: () => hookRunCommand,
  hookUninstallCommand: () => hookUninstallCommand
});
async function hookInstallCommand(args, options2, io) {
  let result2 = await installHook({
    cwd: io.cwd,
    force: options2.force === !0,
    node: process.execPath,
    cli: installedCli(),
    args
  });
  print(result2, io);
}
async function hookUninstallCommand(io) {
  let result2 = await uninstallHook(io.cwd);
  result2.changes.length === 0 && io.stdout.write(`skguard: no skguard pre-commit hook found: nothing to remove
`), print(result2, io);
}
async function hookRunCommand(files, settings, io) {
  let scope = await hookScope(io.cwd, files), session = await openSession({
    root: scope.kind === "staged" ? scope.changes.top : scope.top,
    configFile: settings.config,
    baselineFile: settings.baseline
  }), tally = newTally(), report, hits;
  if (scope.kind === "staged") {
    let { changes } = scope, kept = changes.files.filter((f) => !session.isExcluded(f.path));
    hits = await scanContents(await stagedContents({ ...changes, files: kept }), session.scanner, tally), report = closeSession(session, hits, tally, "staged", {
      ...changes.skipped,
      excluded: changes.files.length - kept.length,
      unreadable: 0
    });
  } else {
    let listing = worktreeListing(scope.top, scope.files, session.isExcluded);
    for (let file of listing.unreadable)
      session.notes.push({ level: "warning", code: "unreadable-file", message: `could not read ${file}` });
    let contents = readFiles(listing.files, (file, error) => {
      listing.skipped.unreadable++;
      let code = error.code ?? "error";
      session.notes.push({ level: "warning", code: "unreadable-file", message: `could not read ${file}: ${code}` });
    });
    hits = await scanContents(contents, session.scanner, tally), report = closeSession(session, hits, tally, "files", listing.skipped);
  }
  return report.notes = report.notes.filter((n) => n.code !== "unused-ignore"), { report, rules: session.rules, hits };
}
function installedCli() {
  let dir = import_node_path9.default.dirname((0, import_node_url.fileURLToPath)(__skguardFileUrl));
  for (; ; ) {
    let manifest = import_node_path9.default.join(dir, "package.json");
    if ((0, import_node_fs8.existsSync)(manifest))
      try {
        let pkg = JSON.parse((0, import_node_fs8.readFileSync)(manifest, "utf8")), bin = pkg.name === "skguard" ? pkg.bin?.skguard : void 0;
        if (bin) {
          let cli = import_node_path9.default.resolve(dir, bin);
          return (0, import_node_fs8.existsSync)(cli) ? cli : void 0;
        }
      } catch {
      }
    let parent = import_node_path9.default.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
function print(result2, io) {
  for (let change of result2.changes) io.stdout.write(`skguard: ${describe3(change, result2)}
`);
  for (let warning of result2.warnings) io.stderr.write(`skguard: warning: ${warning}
`);
}
function describe3(change, result2) {
  let shown = rel(result2.setup, change.file), where = result2.setup.kind === "husky" ? " (husky)" : result2.setup.hooksPath ? ` (core.hooksPath ${result2.setup.hooksPath})` : "";
  switch (change.action) {
    case "added-line":
      return `${change.created ? "created" : "added to"} ${shown}${where}: ${change.line}`;
    case "line-present":
      return `${shown}${where} already runs skguard staged: nothing to do`;
    case "wrote-script":
      return `installed the pre-commit hook: ${shown}${where}${change.backup ? `; the hook that was there is kept as ${rel(result2.setup, change.backup)} and runs first` : ""}`;
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
var import_node_fs8, import_node_path9, import_node_url, init_hook = __esm({
  "src/cli/commands/hook.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs"), import_node_path9 = __toESM(require("node:path"), 1), import_node_url = require("node:url");
    init_install();
    init_scope();
    init_scan_contents();
    init_session();
    init_files();
    init_staged();
  }
});

// src/verify/endpoints.ts
function isLoopbackHost(hostname) {
  let host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost") return !0;
  let bare = host.replace(/^\[|\]$/g, "");
  return (0, import_node_net.isIPv4)(bare) ? bare.startsWith("127.") : (0, import_node_net.isIP)(bare) === 6 ? bare === "::1" || /^::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(bare) : !1;
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
function resolveBaseUrls(env, modules = providers) {
  let out = {};
  for (let module2 of modules) {
    if (!isCheckable(module2.check)) continue;
    let variable = baseUrlVariable(module2.id), override = env[variable];
    override !== void 0 && override.trim() !== "" ? out[module2.id] = keyUrl(override.trim(), variable) : out[module2.id] = module2.check.base === void 0 ? void 0 : new URL(module2.check.base);
  }
  return out;
}
function resolveOverrides(env) {
  let out = {};
  for (let module2 of providers) {
    let variable = baseUrlVariable(module2.id), value = env[variable];
    isCheckable(module2.check) && value !== void 0 && value.trim() !== "" && (out[module2.id] = keyUrl(value.trim(), variable));
  }
  return out;
}
function under(base, path13) {
  let url = new URL(base.href), [pathname = "", search] = path13.split("?", 2), baseParts = url.pathname.split("/").filter(Boolean), pathParts = pathname.split("/").filter(Boolean), overlap = 0;
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
    init_core();
    init_errors();
    BASE_URL_VARIABLES = Object.fromEntries(
      providers.filter((p) => isCheckable(p.check)).map((p) => [p.id, baseUrlVariable(p.id)])
    ), KEY_URL_RULE = "a key is only ever sent over https, or over plain http to a loopback address (127.0.0.0/8, ::1, localhost)";
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
function calculateDelay(retriesConsumed, options2) {
  let attempt = Math.max(1, retriesConsumed + 1), random = options2.randomize ? Math.random() + 1 : 1, timeout = Math.round(random * options2.minTimeout * options2.factor ** (attempt - 1));
  return timeout = Math.min(timeout, options2.maxTimeout), timeout;
}
function calculateRemainingTime(start, max) {
  return Number.isFinite(max) ? max - (performance.now() - start) : max;
}
async function onAttemptFailure({ error, attemptNumber, retriesConsumed, startTime, options: options2 }) {
  let normalizedError = error instanceof Error ? error : new TypeError(`Non-error was thrown: "${error}". You should only throw errors.`);
  if (normalizedError instanceof AbortError)
    throw normalizedError.originalError;
  let retriesLeft = Number.isFinite(options2.retries) ? Math.max(0, options2.retries - retriesConsumed) : options2.retries, maxRetryTime = options2.maxRetryTime ?? Number.POSITIVE_INFINITY, context = Object.freeze({
    error: normalizedError,
    attemptNumber,
    retriesLeft,
    retriesConsumed
  });
  if (await options2.onFailedAttempt(context), calculateRemainingTime(startTime, maxRetryTime) <= 0)
    throw normalizedError;
  let consumeRetry = await options2.shouldConsumeRetry(context), remainingTime = calculateRemainingTime(startTime, maxRetryTime);
  if (remainingTime <= 0 || retriesLeft <= 0)
    throw normalizedError;
  if (normalizedError instanceof TypeError && !isNetworkError(normalizedError)) {
    if (consumeRetry)
      throw normalizedError;
    return options2.signal?.throwIfAborted(), !1;
  }
  if (!await options2.shouldRetry(context))
    throw normalizedError;
  if (!consumeRetry)
    return options2.signal?.throwIfAborted(), !1;
  let delayTime = calculateDelay(retriesConsumed, options2), finalDelay = Math.min(delayTime, remainingTime);
  return options2.signal?.throwIfAborted(), finalDelay > 0 && await new Promise((resolve, reject) => {
    let onAbort = () => {
      clearTimeout(timeoutToken), options2.signal?.removeEventListener("abort", onAbort), reject(options2.signal.reason);
    }, timeoutToken = setTimeout(() => {
      options2.signal?.removeEventListener("abort", onAbort), resolve();
    }, finalDelay);
    options2.unref && timeoutToken.unref?.(), options2.signal?.addEventListener("abort", onAbort, { once: !0 });
  }), options2.signal?.throwIfAborted(), !0;
}
async function pRetry(input, options2 = {}) {
  if (options2 = { ...options2 }, validateRetries(options2.retries), Object.hasOwn(options2, "forever"))
    throw new Error("The `forever` option is no longer supported. For many use-cases, you can set `retries: Infinity` instead.");
  options2.retries ??= 10, options2.factor ??= 2, options2.minTimeout ??= 1e3, options2.maxTimeout ??= Number.POSITIVE_INFINITY, options2.maxRetryTime ??= Number.POSITIVE_INFINITY, options2.randomize ??= !1, options2.onFailedAttempt ??= () => {
  }, options2.shouldRetry ??= () => !0, options2.shouldConsumeRetry ??= () => !0, validateNumberOption("factor", options2.factor, { min: 0, allowInfinity: !1 }), validateNumberOption("minTimeout", options2.minTimeout, { min: 0, allowInfinity: !1 }), validateNumberOption("maxTimeout", options2.maxTimeout, { min: 0, allowInfinity: !0 }), validateNumberOption("maxRetryTime", options2.maxRetryTime, { min: 0, allowInfinity: !0 }), options2.factor > 0 || (options2.factor = 1), options2.signal?.throwIfAborted();
  let attemptNumber = 0, retriesConsumed = 0, startTime = performance.now();
  for (; !Number.isFinite(options2.retries) || retriesConsumed <= options2.retries; ) {
    attemptNumber++;
    try {
      options2.signal?.throwIfAborted();
      let result2 = await input(attemptNumber);
      return options2.signal?.throwIfAborted(), result2;
    } catch (error) {
      await onAttemptFailure({
        error,
        attemptNumber,
        retriesConsumed,
        startTime,
        options: options2
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
function namedHost(check, context) {
  let at = check.baseFromContext;
  return (at === void 0 ? [] : typeof at == "number" ? [at] : at).map((i) => context.context[i]).find((text) => text);
}
function field(json, path13) {
  if (path13 === "") return json;
  let value = json;
  for (let part of path13.split(".")) {
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
function providerProbe(id) {
  let module2 = providerOf(id);
  if (!module2 || !isCheckable(module2.check)) throw new Error(`no check for provider ${id}`);
  let check = module2.check, full = (rule) => ({ provider: id, rule, context: [] });
  return {
    provider: id,
    name: module2.name,
    request: (key, context, base) => {
      let requests = checkRequests(module2, check, key, full(context.rule), base);
      return Array.isArray(requests) ? requests[0] : requests;
    },
    classify: (answer, context) => classifyAnswer(module2, check, answer, full(context.rule))
  };
}
function openaiRequest(key, base, admin, extra = {}) {
  let rule = admin ? "openai-admin-key" : "openai-project-key", request = providerProbe("openai").request(key, { rule }, base);
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
function proxySettings(env) {
  let get = (upper) => {
    let value = env[upper] ?? env[upper.toLowerCase()];
    return value?.trim() ? value.trim() : void 0;
  };
  if (!PROXY_VARIABLES.some((name) => env[name]?.trim())) return;
  let httpProxy = get("HTTP_PROXY"), httpsProxy = get("HTTPS_PROXY") ?? httpProxy, noProxy = get("NO_PROXY");
  return {
    ...httpProxy ? { httpProxy } : {},
    ...httpsProxy ? { httpsProxy } : {},
    ...noProxy ? { noProxy } : {}
  };
}
async function transportFetch(transport) {
  if (transport.fetch) return transport.fetch;
  let settings = proxySettings(transport.env ?? {});
  if (!settings) return globalThis.fetch;
  let id = JSON.stringify(settings), pending = proxied.get(id);
  return pending || (pending = import("./undici.js").then(({ EnvHttpProxyAgent, fetch }) => {
    let dispatcher = quietly(() => new EnvHttpProxyAgent(settings));
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
  let reader = response.body.getReader(), chunks = [], size = 0;
  for (; ; ) {
    let { done, value } = await reader.read();
    if (done) break;
    if (chunks.push(value), size += value.length, size >= MAX_BODY) {
      await reader.cancel().catch(() => {
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
var MAX_BODY, PROXY_VARIABLES, proxied, MEANINGS, init_http = __esm({
  "src/verify/http.ts"() {
    "use strict";
    init_core();
    MAX_BODY = 1024 * 1024, PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];
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
function failureVerdict(name, host, failure2) {
  let facts2 = { errorCode: failure2.code };
  switch (failure2.kind) {
    case "timeout":
      return verdict(
        "unknown",
        "timeout",
        `${name} (${host}) did not answer in time (${failure2.meaning}): the key's status is unknown`,
        facts2
      );
    case "dns":
      return verdict(
        "unknown",
        "dns_error",
        `could not resolve ${host} (${failure2.code}, ${failure2.meaning})${name.startsWith("Azure") ? ": for an Azure endpoint this means the resource does not exist" : ""}; the key's status is unknown`,
        facts2
      );
    case "tls":
      return verdict(
        "unknown",
        "tls_error",
        `TLS with ${host} failed (${failure2.code}, ${failure2.meaning}): the key's status is unknown; a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS`,
        facts2
      );
    case "proxy":
      return verdict(
        "unknown",
        "network_error",
        `the proxy did not carry the request to ${name} at ${host} (${failure2.code}, ${failure2.meaning}): the key's status is unknown`,
        facts2
      );
    default:
      return verdict(
        "unknown",
        "network_error",
        `could not reach ${name} at ${host} (${failure2.code}, ${failure2.meaning}): the key's status is unknown`,
        facts2
      );
  }
}
async function verifyHits(hits, options2 = {}) {
  let verifier = options2 instanceof Verifier ? options2 : new Verifier(options2), byKey = /* @__PURE__ */ new Map();
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
      constructor(options2 = {}) {
        this.env = options2.env ?? {}, this.bases = resolveOverrides(this.env), this.fetch = options2.fetch, this.timeoutMs = options2.timeoutMs ?? 1e4, this.concurrency = Math.max(1, options2.concurrency ?? 4), this.retries = Math.max(0, options2.retries ?? 2), this.minBackoffMs = options2.minBackoffMs ?? 500, this.maxBackoffMs = options2.maxBackoffMs ?? 4e3, this.maxRetryAfterMs = options2.maxRetryAfterMs ?? 1e4, this.azureEndpoint = options2.azureEndpoint, this.maxKeys = Math.max(0, options2.maxKeys ?? 100), this.budgetMs = options2.budgetMs ?? 12e4, this.deadline = Date.now() + this.budgetMs;
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
var init_verify = __esm({
  "src/verify/index.ts"() {
    "use strict";
    init_core();
    init_endpoints();
    init_verifier();
  }
});

// src/verify/infer.ts
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

// src/cli/commands/verify.ts
var verify_exports = {};
__export(verify_exports, {
  prepareVerify: () => prepareVerify,
  statusLabel: () => statusLabel,
  timeoutMs: () => timeoutMs,
  verifyCommand: () => verifyCommand
});
function timeoutMs(value, io, option = "--timeout") {
  let raw = value ?? io.env.SKGUARD_VERIFY_TIMEOUT, shown = value === void 0 ? "SKGUARD_VERIFY_TIMEOUT" : option;
  if (raw === void 0 || raw.trim() === "") return 1e4;
  let s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > 300)
    throw new SkguardError(`${shown}: "${raw}" is not a number of seconds between 0 and 300`, "usage");
  return Math.round(s * 1e3);
}
function options(io, timeout, extra = {}) {
  return { env: io.env, timeoutMs: timeout, ...extra };
}
async function prepareVerify(io) {
  let verifier = new Verifier(options(io, timeoutMs(void 0, io)));
  return async (result2) => {
    let reported = new Set(result2.report.findings.map((f) => f.fingerprint)), hits = (result2.hits ?? []).filter((h) => reported.has(h.finding.fingerprint)), verdicts = await verifyHits(hits, verifier);
    for (let f of result2.report.findings) {
      let v = verdicts.get(f.fingerprint);
      v && (f.verification = v);
    }
    for (let u of verifier.unchecked())
      result2.report.notes.push({
        level: "warning",
        code: "verify-unchecked",
        message: u.why === "max-keys" ? `${plural(u.keys, "key")} not checked: --verify checks at most ${u.limit} distinct keys per run (their status is unknown)` : `${plural(u.keys, "key")} not checked: the run's verification time (${Math.round(u.limit / 1e3)} s) ran out (their status is unknown)`
      });
  };
}
async function verifyCommand(opts, io) {
  let format = opts.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new SkguardError(`--format: unknown format "${format}"; expected text or json`, "usage");
  if (io.stdin.isTTY)
    throw new SkguardError("skguard verify reads keys from standard input, one per line: pipe them in", "usage");
  let timeout = timeoutMs(opts.timeout, io), azureEndpoint = opts.azureEndpoint === void 0 ? void 0 : keyUrl(opts.azureEndpoint, "--azure-endpoint").href, verifier = new Verifier(options(io, timeout, azureEndpoint ? { azureEndpoint } : {})), text = "";
  for await (let chunk of io.stdin) text += typeof chunk == "string" ? chunk : chunk.toString("utf8");
  if (opts.provider !== void 0 && !providerOf(opts.provider))
    throw new SkguardError(
      `--provider: unknown provider "${opts.provider}"; expected one of ${providers.map((p) => p.id).join(", ")}`,
      "usage"
    );
  let lines = keysFromLines(text, opts.provider);
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
    let c = (0, import_picocolors2.createColors)(useColor(io.stdout, io.env, opts.color !== !1)), out = [];
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
var import_picocolors2, init_verify2 = __esm({
  "src/cli/commands/verify.ts"() {
    "use strict";
    import_picocolors2 = __toESM(require_picocolors(), 1);
    init_core();
    init_errors();
    init_format();
    init_endpoints();
    init_verify();
    init_infer();
    init_io();
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
          let bare = host.replace(/^\[|\]$/g, ""), socket = (0, import_node_tls.connect)({
            host: bare,
            port,
            servername: (0, import_node_net2.isIP)(bare) ? void 0 : bare,
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

// src/verify/doctor/types.ts
var KEY_VARIABLE, init_types3 = __esm({
  "src/verify/doctor/types.ts"() {
    "use strict";
    KEY_VARIABLE = "OPENAI_API_KEY";
  }
});

// src/verify/doctor/environment.ts
function findValue(input, env, fileVars, add) {
  let fromEnv = input.env[KEY_VARIABLE];
  if (fileVars && input.envFile !== void 0) {
    let entry = fileVars.get(KEY_VARIABLE);
    return entry ? (add({ id: "variable", status: "pass", message: `${KEY_VARIABLE} is set in ${input.envFile} (line ${entry.line})` }), fromEnv !== void 0 && fromEnv !== entry.value && add({
      id: "dotenv",
      status: "warn",
      message: `the environment also sets ${KEY_VARIABLE}, to a different value: dotenv and node --env-file keep the environment's value`,
      fix: `unset ${KEY_VARIABLE} in the shell (unset ${KEY_VARIABLE}) or make both the same`
    }), { value: entry.value, source: input.envFile }) : (add({
      id: "variable",
      status: "fail",
      message: `${input.envFile} does not set ${KEY_VARIABLE}${nearMissText(fileVars)}`,
      fix: nearMissFix(fileVars) ?? `add a line ${KEY_VARIABLE}=sk-\u2026 to ${input.envFile}`
    }), { value: void 0, source: input.envFile });
  }
  let dotenvPath = import_node_path10.default.join(input.cwd, ".env"), inDotenv = ((0, import_node_fs9.existsSync)(dotenvPath) ? safeParse2(dotenvPath) : void 0)?.get(KEY_VARIABLE);
  if (fromEnv === void 0) {
    let envNames = new Map(Object.keys(env).map((n) => [n, { value: env[n] ?? "", line: 0 }]));
    return inDotenv ? (add({
      id: "variable",
      status: "fail",
      message: `${KEY_VARIABLE} is not set in the environment, but ./.env sets it (line ${inDotenv.line}): nothing loaded the file`,
      fix: 'the SDKs do not read .env themselves: load it (python-dotenv load_dotenv(), node --env-file=.env, import "dotenv/config") or export the variable; the value in ./.env is diagnosed below'
    }), { value: inDotenv.value, source: "./.env" }) : (add({
      id: "variable",
      status: "fail",
      message: `${KEY_VARIABLE} is not set${nearMissText(envNames)}`,
      fix: nearMissFix(envNames) ?? `create a key at ${OPENAI_URLS.keys} and export ${KEY_VARIABLE}=sk-\u2026 (or put it in .env and load it); run doctor with --env-file FILE to check a file`
    }), { value: void 0, source: "environment" });
  }
  return add({ id: "variable", status: "pass", message: `${KEY_VARIABLE} is set in the environment` }), inDotenv && inDotenv.value !== fromEnv && add({
    id: "dotenv",
    status: "warn",
    message: `./.env sets a different ${KEY_VARIABLE} (line ${inDotenv.line}): dotenv loaders keep the environment's value, so the .env one is ignored`,
    fix: "remove one of the two, or make them the same"
  }), { value: fromEnv, source: "environment" };
}
function safeParse2(file) {
  try {
    return parseDotenv((0, import_node_fs9.readFileSync)(file, "utf8"));
  } catch {
    return;
  }
}
function nearMisses(names) {
  let known = new Set(NEAR_MISSES);
  return [...names.keys()].filter((name) => {
    if (name === KEY_VARIABLE) return !1;
    if (known.has(name) || known.has(name.toUpperCase())) return !0;
    let squashed = name.toUpperCase().replace(/[^A-Z]/g, "");
    return squashed === "OPENAIAPIKEY" || squashed.includes("OPENAI") && /KEY|TOKEN/.test(squashed) && !/AZURE|ORG|PROJECT|BASE/.test(squashed);
  });
}
function nearMissText(names) {
  let found = nearMisses(names);
  return found.length ? `; found ${found.join(", ")} instead` : "";
}
function nearMissFix(names) {
  let found = nearMisses(names);
  if (found.length !== 0)
    return `rename ${found[0]} to ${KEY_VARIABLE}: the OpenAI SDKs read only ${KEY_VARIABLE}`;
}
var import_node_fs9, import_node_path10, NEAR_MISSES, init_environment = __esm({
  "src/verify/doctor/environment.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs"), import_node_path10 = __toESM(require("node:path"), 1);
    init_openai();
    init_dotenv();
    init_types3();
    NEAR_MISSES = [
      "OPENAI_APIKEY",
      "OPENAI_KEY",
      "OPEN_AI_API_KEY",
      "OPENAI_API_TOKEN",
      "OPENAI_TOKEN",
      "OPENAI_SECRET_KEY",
      "OPENAIKEY",
      "OPENAI_API_KEY_"
    ];
  }
});

// src/verify/doctor/key-family.ts
function redactAny(key, rule) {
  if (rule) return redact(key, rule.redactPrefix);
  let prefix = /^sk-(?:proj-|svcacct-|admin-|None-|ant-api03-|ant-admin01-|or-v1-)?/.exec(key)?.[0] ?? "";
  return redact(key, prefix);
}
function familyCheck(key, rule, sdk, api, bases, add) {
  let none = { check: void 0, base: api }, other = (check, host, provider, message2, fix) => {
    let base = bases[provider];
    return sdk.hostname === host ? (add({ id: "family", status: "pass", message: `${message2}, and OPENAI_BASE_URL points at ${host}: that works` }), { check, base }) : (add({ id: "family", status: "fail", message: `${message2} in the OpenAI variable`, fix }), none);
  };
  return rule?.provider === "openai" ? rule.id === "openai-admin-key" ? (add({
    id: "family",
    status: "fail",
    message: `an OpenAI admin key (sk-admin-, ${key.length} characters): it manages the organisation and cannot call the model APIs`,
    fix: `create a project key at ${OPENAI_URLS.keys} for API calls; keep admin keys for the administration API`
  }), { check: "openai", base: api }) : (add({ id: "family", status: "pass", message: `an OpenAI key: ${rule.description} (${key.length} characters)` }), { check: "openai", base: api }) : rule?.provider === "anthropic" ? (add({
    id: "family",
    status: "fail",
    message: "an Anthropic key (sk-ant-) in the OpenAI variable: OpenAI will reject it",
    fix: `put it in ANTHROPIC_API_KEY and use the Anthropic SDK; for OpenAI create a key at ${OPENAI_URLS.keys}`
  }), none) : rule?.provider === "azure-openai" || /^[0-9a-f]{32}$/.test(key) ? (add({
    id: "family",
    status: "fail",
    message: "an Azure OpenAI key in the OpenAI variable: api.openai.com does not accept Azure keys",
    fix: "use the AzureOpenAI client with AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT (and OPENAI_API_VERSION)"
  }), none) : rule?.provider === "openrouter" ? other(
    providerProbe("openrouter"),
    "openrouter.ai",
    "openrouter",
    "an OpenRouter key (sk-or-v1-)",
    "to use OpenRouter through the OpenAI SDK set OPENAI_BASE_URL=https://openrouter.ai/api/v1; for OpenAI itself use an OpenAI key"
  ) : /^sk-[0-9a-f]{32}$/.test(key) ? other(
    providerProbe("deepseek"),
    "api.deepseek.com",
    "deepseek",
    "a DeepSeek-shaped key (sk- and 32 hex)",
    "to use DeepSeek through the OpenAI SDK set OPENAI_BASE_URL=https://api.deepseek.com; for OpenAI use an OpenAI key"
  ) : rule ? (add({
    id: "family",
    status: "fail",
    message: `a ${rule.provider} key in the OpenAI variable`,
    fix: `use an OpenAI key from ${OPENAI_URLS.keys}`
  }), none) : (shapeHint(key, add), { check: "openai", base: api });
}
function shapeHint(key, add) {
  if (!key.startsWith("sk-")) {
    add({
      id: "family",
      status: "fail",
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
var init_key_family = __esm({
  "src/verify/doctor/key-family.ts"() {
    "use strict";
    init_core();
    init_openai();
    init_check();
  }
});

// src/verify/doctor/live.ts
function modelsUrl(api) {
  return under(api, "/models");
}
function apiRoot(api) {
  let root = new URL(api.href);
  return root.pathname = root.pathname.replace(/\/v1\/?$/, ""), root;
}
function liveCheck(verdict2, admin, elsewhere) {
  let fix = LIVE_FIXES[verdict2.reason];
  return verdict2.status === "live" && verdict2.reason === "ok" ? elsewhere ? {
    id: "live",
    status: "warn",
    message: `${elsewhere} answered 200 to GET /models: some services answer that without checking the key`,
    fix: "make one real request to be sure, or unset OPENAI_BASE_URL to check against OpenAI"
  } : { id: "live", status: admin ? "warn" : "pass", message: verdict2.detail } : {
    id: "live",
    status: verdict2.status === "live" && (verdict2.reason === "missing_scopes" || verdict2.reason === "rate_limited") ? "warn" : "fail",
    message: verdict2.detail,
    ...fix ? { fix } : {}
  };
}
async function orgProjectChecks(key, env, api, admin, first, fetch, timeoutMs2, add) {
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
  let result2 = await probe(request, fetch, timeoutMs2), answer = "answer" in result2 ? result2.answer : void 0, v = answer ? classifyOpenai(answer, admin) : void 0, seenOrg = answer?.headers.get("openai-organization") ?? first?.headers.get("openai-organization") ?? void 0, seenProject = answer?.headers.get("openai-project") ?? first?.headers.get("openai-project") ?? void 0;
  org && (v?.reason === "mismatched_organization" || seenOrg?.startsWith("org-") && seenOrg !== org ? add({
    id: "organization",
    status: "fail",
    message: `${orgName}=${org}, but the key belongs to ${seenOrg?.startsWith("org-") ? seenOrg : "another organization"}: requests sent with it fail`,
    fix: `set ${orgName} to the key's organization (${OPENAI_URLS.organization}) or unset it`
  }) : v && v.status === "live" && add({ id: "organization", status: "pass", message: `OpenAI accepts the key with ${orgName}=${org}` })), project && (v?.reason === "mismatched_project" || seenProject?.startsWith("proj_") && seenProject !== project ? add({
    id: "project",
    status: "fail",
    message: `OPENAI_PROJECT_ID=${project}, but the key belongs to ${seenProject?.startsWith("proj_") ? seenProject : "another project"}: requests sent with it fail`,
    fix: `set OPENAI_PROJECT_ID to the key's project (${OPENAI_URLS.projects}) or unset it; a project key already names its project`
  }) : v && v.status === "live" && add({ id: "project", status: "pass", message: `OpenAI accepts the key with OPENAI_PROJECT_ID=${project}` })), v && v.status !== "live" && v.reason !== "mismatched_organization" && v.reason !== "mismatched_project" && add({
    id: org ? "organization" : "project",
    status: "fail",
    message: `with the organization/project headers the SDK sends, OpenAI answers differently: ${v.detail}`,
    fix: `check ${[org ? orgName : "", project ? "OPENAI_PROJECT_ID" : ""].filter(Boolean).join(" and ")}, or unset them`
  }), !answer && "failure" in result2 && add({
    id: org ? "organization" : "project",
    status: "warn",
    message: `could not check the organization/project headers: ${result2.failure.meaning}`
  });
}
var LIVE_FIXES, init_live = __esm({
  "src/verify/doctor/live.ts"() {
    "use strict";
    init_openai();
    init_check();
    init_endpoints();
    init_http();
    init_types3();
    LIVE_FIXES = {
      invalid_api_key: `create a new key at ${OPENAI_URLS.keys} and put it in ${KEY_VARIABLE} (a revoked or deleted key never comes back)`,
      revoked: `create a new key at ${OPENAI_URLS.keys}`,
      account_deactivated: "the account is deactivated: check the account e-mail from OpenAI, contact support, or use a key of an active account",
      key_disabled: `create a new key at ${OPENAI_URLS.keys}`,
      insufficient_quota: `add credit at ${OPENAI_URLS.billing} and check the usage limits at ${OPENAI_URLS.limits} (new credit can take a few minutes)`,
      missing_scopes: `the key is restricted: give it the permissions your app needs (Models: Read for /v1/models) at ${OPENAI_URLS.keys}`,
      rate_limited: `wait and retry with backoff; see your rate limits at ${OPENAI_URLS.limits}`,
      ip_not_allowed: `add this network's IP address to the project's IP allow-list (${OPENAI_URLS.projects}) or run from an allowed network`,
      region_blocked: `OpenAI does not serve requests from here: see ${OPENAI_URLS.regions}`,
      missing_api_key: "something between you and OpenAI drops the Authorization header: check the proxy or gateway",
      server_error: `OpenAI is in trouble: see ${OPENAI_URLS.status} and retry later`,
      overloaded: "the service is overloaded: retry later",
      timeout: "check the network, proxy and firewall; retry later",
      network_error: "check the network, proxy and firewall",
      dns_error: "check the host name and DNS",
      tls_error: "trust the TLS-inspecting proxy CA: NODE_EXTRA_CA_CERTS, SSL_CERT_FILE or REQUESTS_CA_BUNDLE",
      redirected: "OPENAI_BASE_URL probably points at a web page rather than the API: check it",
      unrecognised: `retry later; if it persists see ${OPENAI_URLS.status}`
    };
  }
});

// src/verify/doctor/target.ts
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
function proxyCheck(env, api, add) {
  let name = PROXY_VARIABLES2.find((n) => env[n]?.trim());
  return name ? (env.NO_PROXY ?? env.no_proxy ?? "").split(",").map((s) => s.trim().replace(/^\*?\./, "")).filter(Boolean).some((n) => n === "*" || api.hostname === n || api.hostname.endsWith(`.${n}`)) || isLoopbackHost(api.hostname) ? (add({
    id: "proxy",
    status: "pass",
    message: `${name} is set, but NO_PROXY (or a loopback host) sends requests to ${api.hostname} directly`
  }), !1) : (add({
    id: "proxy",
    status: "warn",
    message: `requests to ${api.hostname} go through the proxy ${displayUrl(env[name] ?? "")} (${name}) in SDKs that honour it; skguard's checks go direct, so results may differ`,
    fix: `if requests fail only in your app, check the proxy, or add ${api.hostname} to NO_PROXY`
  }), !0) : !1;
}
async function reachability(target, net, timeoutMs2, proxied2, add) {
  let host = target.hostname, port = Number(target.port || (target.protocol === "https:" ? 443 : 80)), severity = proxied2 ? "warn" : "fail", failed = (id, what, error, fix) => {
    let f = netFailure(error);
    return add({ id, status: severity, message: `${what}: ${f.code} (${f.meaning})`, fix }), !1;
  };
  try {
    let addresses = await net.lookup(host), literal = (0, import_node_net3.isIP)(host.replace(/^\[|\]$/g, "")) !== 0;
    add({
      id: "dns",
      status: "pass",
      message: literal ? `${host} is an IP address: no lookup needed` : `${host} resolves (${addresses.slice(0, 3).join(", ")})`
    });
  } catch (error) {
    return failed(
      "dns",
      `${host} does not resolve`,
      error,
      "check the host name in OPENAI_BASE_URL, your DNS settings and network connection"
    );
  }
  try {
    await net.tcp(host, port, timeoutMs2), add({ id: "tcp", status: "pass", message: `${host}:${port} accepts connections` });
  } catch (error) {
    return failed(
      "tcp",
      `cannot connect to ${host}:${port}`,
      error,
      "a firewall or VPN may block it; behind a corporate proxy set HTTPS_PROXY"
    );
  }
  if (target.protocol !== "https:")
    return add({ id: "tls", status: "skip", message: `plain http to ${host} (loopback): no TLS` }), !0;
  try {
    await net.tls(host, port, timeoutMs2), add({ id: "tls", status: "pass", message: `TLS with ${host} works and its certificate is valid` });
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
var import_node_net3, DEFAULT_OPENAI_API, PROXY_VARIABLES2, init_target = __esm({
  "src/verify/doctor/target.ts"() {
    "use strict";
    import_node_net3 = require("node:net");
    init_endpoints();
    init_http();
    DEFAULT_OPENAI_API = "https://api.openai.com/v1", PROXY_VARIABLES2 = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];
  }
});

// src/verify/doctor/value.ts
function cleanValue(raw, add) {
  let problems = [], fixes = [], v = raw;
  if (v.trim() === "")
    return add({
      id: "value",
      status: "fail",
      message: `${KEY_VARIABLE} is set but empty`,
      fix: `put the key in it: ${KEY_VARIABLE}=sk-\u2026`
    }), "";
  /[\r\n]/.test(v.trim()) ? (problems.push("a line break inside the value"), fixes.push("join the key on one line (it was wrapped when pasted)")) : /[\r\n]/.test(v) && (problems.push("a line break at its end"), fixes.push('remove the trailing newline (e.g. use $(cat file | tr -d "\\n"))'));
  let unbroken = v.replace(/^[\r\n]+|[\r\n]+$/g, "");
  unbroken !== unbroken.trim() && (problems.push(/^\s/.test(unbroken) ? "leading whitespace" : "trailing whitespace"), fixes.push("remove the spaces around the key")), v = v.trim(), (/^(["'`\u201c\u2018])[\s\S]*(["'`\u201d\u2019])$/.exec(v) || /^["'`]|["'`]$/.test(v)) && (problems.push("quotes around it (they become part of the key)"), fixes.push(
    "remove the quotes; in a .env file they are fine, in docker --env-file, systemd or a Windows set command they are not"
  ), v = v.replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, "").trim()), /^bearer\s+/i.test(v) && (problems.push('a "Bearer " prefix (the SDK adds it)'), fixes.push('drop "Bearer ": the variable holds the key alone'), v = v.replace(/^bearer\s+/i, ""));
  let invisible = [...v].find((c) => INVISIBLE.test(c) || c in NAMES);
  if (invisible) {
    let at = [...v].indexOf(invisible) + 1;
    problems.push(
      `${NAMES[invisible] ?? `an invisible character (U+${invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")})`} at character ${at}`
    ), fixes.push("retype or re-copy the key from the dashboard; rich-text editors and chat apps insert such characters"), v = [...v].filter((c) => !(INVISIBLE.test(c) || c in NAMES)).join("");
  }
  return /\s/.test(v) && (problems.push("whitespace inside the key"), fixes.push("remove the spaces: a key is one unbroken string"), v = v.replace(/\s+/g, "")), /^(?:sk-)?(?:\.\.\.|x{4,}|your|<|\[|\{|replace|change|insert|example|dummy|placeholder|my[-_]?key|none$|null$|undefined$)/i.test(
    v
  ) || /your[_-]?(?:api[_-]?)?key/i.test(v) ? (add({
    id: "value",
    status: "fail",
    message: `${KEY_VARIABLE} holds a placeholder (${redactAny(v, void 0)}), not a key`,
    fix: `create a key at ${OPENAI_URLS.keys} and put it in ${KEY_VARIABLE}`
  }), "") : (problems.length > 0 ? add({
    id: "value",
    status: "fail",
    message: `the value has ${problems.join(", ")}: OpenAI receives a different string than the key`,
    fix: [...new Set(fixes)].join("; ")
  }) : add({
    id: "value",
    status: "pass",
    message: 'the value is clean: no quotes, spaces, "Bearer " prefix or line breaks'
  }), v);
}
var INVISIBLE, NAMES, init_value = __esm({
  "src/verify/doctor/value.ts"() {
    "use strict";
    init_openai();
    init_key_family();
    init_types3();
    INVISIBLE = /[\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]/, NAMES = {
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

// src/verify/doctor/index.ts
async function runDoctor(input, deps = {}) {
  let fetch = deps.fetch ?? globalThis.fetch, net = deps.net ?? systemNet, timeoutMs2 = input.timeoutMs ?? 1e4, checks = [], add = (check) => checks.push(check), report = { ok: !1, checks }, fileVars, env = input.env;
  if (input.envFile !== void 0) {
    let file = import_node_path11.default.resolve(input.cwd, input.envFile), text;
    try {
      text = (0, import_node_fs10.readFileSync)(file, "utf8");
    } catch (e) {
      let code = e.code;
      throw new SkguardError(
        `--env-file ${input.envFile}: ${code === "ENOENT" ? "file not found" : code ?? "unreadable"}`,
        "usage"
      );
    }
    fileVars = parseDotenv(text), env = { ...input.env };
    for (let [name, entry] of fileVars) env[name] = entry.value;
  }
  let bases = resolveBaseUrls(input.env), override = input.env[BASE_URL_VARIABLES.openai]?.trim() ? bases.openai : void 0, { value, source } = findValue(input, env, fileVars, add);
  if (value === void 0)
    return report.ok = !1, finish(report);
  report.source = source;
  let key = cleanValue(value, add);
  if (key === "") return finish(report);
  let rule = ruleOfKey(key);
  report.key = { redacted: redactAny(key, rule), fingerprint: fingerprint(key), length: key.length }, rule && (report.key.family = rule.id);
  let where = requestTarget(env, override, add), proxied2 = proxyCheck(env, where.sdk, add), family = familyCheck(key, rule, where.sdk, where.api, bases, add);
  if (!family.check)
    return add({ id: "live", status: "skip", message: "not checked: the variable does not hold an OpenAI key" }), finish(report);
  if (!where.sendable)
    return add({ id: "live", status: "skip", message: "not checked: the key would be sent in clear text" }), finish(report);
  let target = family.check === "openai" ? where.api : family.base;
  if (report.target = displayUrl(target), !await reachability(target, net, timeoutMs2, proxied2, add))
    return add({ id: "live", status: "skip", message: `not checked: ${target.host} is not reachable from here` }), finish(report);
  let admin = isOpenaiAdminKey(key, rule?.id), answer, verdict2;
  if (family.check === "openai") {
    let request = openaiRequest(key, apiRoot(where.api), admin);
    admin || (request.url = modelsUrl(where.api));
    let result2 = await probe(request, fetch, timeoutMs2);
    "answer" in result2 ? (answer = result2.answer, verdict2 = classifyOpenai(answer, admin)) : verdict2 = failureVerdict("OpenAI", where.api.host, result2.failure);
  } else {
    let check = family.check, request = check.request(key, { rule: rule?.id ?? "" }, family.base), result2 = await probe(request, fetch, timeoutMs2);
    verdict2 = "answer" in result2 ? check.classify(result2.answer, { rule: rule?.id ?? "" }) : failureVerdict(check.name, family.base.host, result2.failure);
  }
  report.verdict = verdict2;
  let elsewhere = family.check === "openai" && !override && where.api.hostname !== "api.openai.com" ? where.api.host : void 0;
  if (add(liveCheck(verdict2, admin, elsewhere)), family.check === "openai" && verdict2.status === "live" && await orgProjectChecks(key, env, where.api, admin, answer, fetch, timeoutMs2, add), input.model !== void 0)
    if (family.check === "openai" && !admin && answer?.status === 200) {
      let ids = modelIds(answer);
      if (ids.includes(input.model))
        add({
          id: "model",
          status: "pass",
          message: `${input.model} is in the key's model list (${ids.length} models)`
        });
      else {
        let near = ids.filter((id) => id.startsWith(input.model?.split("-")[0] ?? "")).slice(0, 5);
        add({
          id: "model",
          status: "fail",
          message: `${input.model} is not in the key's model list (${ids.length} models)${near.length ? `; similar: ${near.join(", ")}` : ""}`,
          fix: `check the model name's spelling, and the project's model access at ${OPENAI_URLS.limits}`
        });
      }
    } else
      add({ id: "model", status: "skip", message: "not checked: the live check returned no model list" });
  return finish(report);
}
function finish(report) {
  return report.ok = report.checks.every((c) => c.status !== "fail"), report;
}
var import_node_fs10, import_node_path11, init_doctor = __esm({
  "src/verify/doctor/index.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs"), import_node_path11 = __toESM(require("node:path"), 1);
    init_core();
    init_openai();
    init_errors();
    init_check();
    init_dotenv();
    init_endpoints();
    init_http();
    init_infer();
    init_reach();
    init_verifier();
    init_environment();
    init_key_family();
    init_live();
    init_target();
    init_value();
    init_types3();
  }
});

// src/cli/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  doctorCommand: () => doctorCommand,
  renderDoctor: () => renderDoctor
});
async function doctorCommand(options2, io) {
  let format = options2.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new SkguardError(`--format: unknown format "${format}"; expected text or json`, "usage");
  if (options2.model !== void 0 && options2.model.trim() === "")
    throw new SkguardError("--model: expected a model name such as gpt-4o-mini", "usage");
  let report = await runDoctor({
    env: io.env,
    cwd: io.cwd,
    envFile: options2.envFile,
    model: options2.model?.trim(),
    timeoutMs: timeoutMs(options2.timeout, io)
  });
  return format === "json" ? io.stdout.write(`${JSON.stringify({ version: 1, ...report }, null, 2)}
`) : io.stdout.write(renderDoctor(report, useColor(io.stdout, io.env, options2.color !== !1))), report.ok ? 0 : 1;
}
function renderDoctor(report, color) {
  let c = (0, import_picocolors3.createColors)(color), label = {
    pass: c.green("PASS"),
    warn: c.yellow("WARN"),
    fail: c.red(c.bold("FAIL")),
    skip: c.dim("SKIP")
  }, out = [], key = report.key ? ` ${c.yellow(report.key.redacted)}` : "", from = report.source ? ` (from ${report.source})` : "";
  out.push(c.bold(`skguard doctor: ${KEY_VARIABLE}${from}${key}`));
  let width = Math.max(...report.checks.map((ch) => ch.id.length));
  for (let check of report.checks)
    out.push(`  ${label[check.status]}  ${check.id.padEnd(width)}  ${check.message}`), check.fix && check.status !== "pass" && out.push(`        ${" ".repeat(width)}  ${c.cyan("fix:")} ${check.fix}`);
  let failed = report.checks.filter((ch) => ch.status === "fail").length, warned = report.checks.filter((ch) => ch.status === "warn").length;
  return out.push(""), out.push(
    report.ok ? c.green(`The key works${warned ? ` (${warned} warning${warned === 1 ? "" : "s"} above)` : ""}.`) : c.red(
      c.bold(`The key does not work: ${failed} check${failed === 1 ? "" : "s"} failed; apply the fixes above.`)
    )
  ), `${out.join(`
`)}
`;
}
var import_picocolors3, init_doctor2 = __esm({
  "src/cli/commands/doctor.ts"() {
    "use strict";
    import_picocolors3 = __toESM(require_picocolors(), 1);
    init_errors();
    init_doctor();
    init_io();
    init_verify2();
  }
});

// src/cli/main.ts
var import_node_fs11 = require("node:fs"), import_node_path12 = __toESM(require("node:path"), 1);
init_errors();

// src/report/json.ts
var jsonReporter = (report, context) => `${JSON.stringify(
  {
    version: 1,
    tool: { name: context.toolName, version: context.toolVersion },
    findings: report.findings,
    stats: report.stats,
    notes: report.notes
  },
  null,
  2
)}
`;

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
init_format();
var textReporter = (report, context) => {
  let c = (0, import_picocolors.createColors)(context.color);
  if (report.stats.source === "staged" && report.findings.length > 0) return blockedCommit(report, c);
  let out = [], byFile = /* @__PURE__ */ new Map();
  for (let f of report.findings) {
    let list = byFile.get(f.file) ?? [];
    list.push(f), byFile.set(f.file, list);
  }
  for (let [file, findings] of byFile) {
    out.push(c.bold(c.underline(file)));
    for (let f of findings) {
      let where = c.dim(`${file}:${f.line}:${f.column}`), commit = f.commit ? c.dim(` in ${f.commit.slice(0, 12)}${introduced(f)}`) : "";
      out.push(`  ${where}${commit}  ${c.red(c.bold(f.provider))} ${f.rule}`), out.push(`    key ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}`), f.verification && out.push(`    ${verificationLine(f.verification, c)}`);
    }
    out.push("");
  }
  report.findings.length > 0 && out.push(...advice(report, c.bold));
  for (let note of report.notes)
    out.push(`${note.level === "warning" ? c.yellow("warning") : c.dim("note")}: ${note.message}`);
  return out.push(closingLine(report, c)), `${out.join(`
`)}
`;
};
function advice(report, bold) {
  let count = new Set(report.findings.map((f) => f.fingerprint)).size, rotate = /* @__PURE__ */ new Map();
  for (let f of report.findings) f.rotateUrl && rotate.set(f.rotateUrl, f.provider);
  let them = count === 1 ? "it" : "them";
  return [
    bold(count === 1 ? "What to do about this key:" : `What to do about these ${count} keys:`),
    `  1. Rotate ${them} now: anyone who saw the code can use ${them}. Revoke and create a new key at:`,
    ...[...rotate].map(([url, provider]) => `       ${provider}: ${url}`),
    "  2. Take the key out of the code: read it from an environment variable or a secret store.",
    "  3. If it was ever pushed, it stays in history and in every clone: rotating is what protects you;",
    "     rewrite history (git filter-repo) only if the repository must not keep it.",
    "  Not a real key? Add `skguard:allow` to its line, or its fingerprint to .skguardignore.",
    ""
  ];
}
function blockedCommit(report, c) {
  let fingerprints = [...new Set(report.findings.map((f) => f.fingerprint))], keys = fingerprints.length === 1 ? "an API key" : `${fingerprints.length} API keys`, rotate = /* @__PURE__ */ new Map();
  for (let f of report.findings) f.rotateUrl && rotate.set(f.provider, f.rotateUrl);
  let out = [c.red(c.bold(`skguard: commit blocked: it adds ${keys}.`)), ""];
  for (let f of report.findings)
    out.push(
      `  ${c.bold(`${f.file}:${f.line}`)}  ${c.red(f.provider)}  ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}`
    ), f.verification && out.push(`    ${verificationLine(f.verification, c)}`);
  out.push(
    "",
    c.bold("Fix:"),
    "  - Remove the key from the file; read it from an environment variable or a secret store instead.",
    `  - If it was ever pushed or shared, rotate it: revoke it and create a new one${rotate.size === 1 ? ` at ${[...rotate.values()][0]}.` : rotate.size > 1 ? ":" : "."}`,
    ...rotate.size > 1 ? [...rotate].map(([provider, url]) => `      ${provider}: ${url}`) : [],
    "  - Then `git add` the file again and commit.",
    c.bold("Not a real key?"),
    "  Add `skguard:allow` in a comment on its line, or its fingerprint to .skguardignore:",
    ...fingerprints.map((fp) => `    echo ${fp} >> .skguardignore`),
    c.bold("Commit anyway, deliberately:"),
    "  git commit --no-verify (-n); with the pre-commit framework: SKIP=skguard git commit"
  );
  for (let note of report.notes)
    out.push(`${note.level === "warning" ? c.yellow("warning") : c.dim("note")}: ${note.message}`);
  return `${out.join(`
`)}
`;
}
function introduced(f) {
  let by = f.author ? ` by ${f.author}` : "", day = f.date ? `${by ? "," : ""} ${f.date.slice(0, 10)}` : "";
  return `${by}${day}`;
}
function closingLine(report, c = (0, import_picocolors.createColors)(!1)) {
  let s = report.stats, what = s.source === "history" ? `${plural(s.commits ?? 0, "commit")}, ${plural(s.blobs ?? s.files, "blob")}` : plural(s.files, "file"), suppressed = s.suppressed.inline + s.suppressed.ignored + s.suppressed.baseline, tail = suppressed > 0 ? `, ${suppressed} suppressed` : "", n = report.findings.length, clean = report.notes.some((note) => note.code === "shallow-history") ? "no keys found in the commits present (history truncated)" : "no keys found";
  return `${n === 0 ? c.green(clean) : c.red(c.bold(`${plural(n, "finding")}`))}${tail}${verifiedTally(report, c)} \xB7 scanned ${what} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)}`;
}
function verificationLine(v, c) {
  let label = v.status === "live" ? c.bgRed(c.white(c.bold("LIVE KEY"))) : v.status === "invalid" ? c.green("invalid key") : c.yellow("unverified"), told = factsLine(v);
  return `${label} ${c.dim(v.reason)}: ${v.detail}${told ? c.dim(` [${told}]`) : ""}`;
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

// src/version.ts
var VERSION = "0.1.0";

// src/cli/args.ts
var import_node_util = require("node:util");
init_errors();
var HELP = { name: "help", short: "h", description: "show this help" };
function parseCommandLine(argv, commands, about) {
  let first = argv[0];
  if (first === void 0) throw usage("no command given (run skguard --help)");
  if (first === "-h" || first === "--help") return { kind: "help", text: topHelp(commands, about) };
  if (first === "-V" || first === "--version") return { kind: "version" };
  if (first.startsWith("-")) throw usage(`unknown option '${first}' before a command (run skguard --help)`);
  let spec = findCommand(argv, commands), rest = argv.slice(spec.words.length), parsed;
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
    throw usage(`${parseProblem(error)} (run skguard ${spec.words.join(" ")} --help)`);
  }
  if (parsed.values.help === !0) return { kind: "help", text: commandHelp(spec) };
  let options2 = {};
  for (let o of spec.options) {
    let raw = parsed.values[o.name], value = typeof raw == "string" || typeof raw == "boolean" ? raw : o.default;
    if (o.choices && typeof value == "string" && !o.choices.includes(value))
      throw usage(`--${o.name}: unknown value "${value}"; expected one of ${o.choices.join(", ")}`);
    o.name.startsWith("no-") ? options2[camel(o.name.slice(3))] = value !== !0 : options2[camel(o.name)] = value;
  }
  return { kind: "command", spec, args: parsed.positionals, options: options2 };
}
function findCommand(argv, commands) {
  let first = argv[0], candidates = commands.filter((c) => c.words[0] === first);
  if (candidates.length === 0) {
    let names = [...new Set(commands.map((c) => c.words[0]))].join(", ");
    throw usage(`unknown command '${first}' (commands: ${names}; run skguard --help)`);
  }
  let exact = candidates.find((c) => c.words.length === 1);
  if (exact) return exact;
  let sub = candidates.find((c) => c.words[1] === argv[1]);
  if (sub) return sub;
  let subs = candidates.map((c) => c.words[1]).join(", ");
  throw usage(
    argv[1] === void 0 || argv[1].startsWith("-") ? `skguard ${first} needs a subcommand: ${subs}` : `unknown command '${first} ${argv[1]}' (expected one of: ${subs})`
  );
}
function parseProblem(error) {
  let option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option '${option ?? error.message}'`;
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

// src/cli/commands/staged.ts
init_scan_contents();
init_session();
init_staged();
async function stagedCommand(settings, io) {
  let changes = await stagedChanges(io.cwd), session = await openSession({
    root: changes.top,
    configFile: settings.config,
    baselineFile: settings.baseline
  }), files = changes.files.filter((f) => !session.isExcluded(f.path)), excluded = changes.files.length - files.length, tally = newTally(), hits = await scanContents(await stagedContents({ ...changes, files }), session.scanner, tally), report = closeSession(session, hits, tally, "staged", {
    symlink: changes.skipped.symlink,
    submodule: changes.skipped.submodule,
    excluded,
    unreadable: 0
  });
  return report.notes = report.notes.filter((n) => n.code !== "unused-ignore"), { report, rules: session.rules, hits };
}

// src/cli/main.ts
init_io();

// src/cli/settings.ts
init_errors();
function reportSettings(options2) {
  let format = options2.format ?? "text";
  if (!FORMATS.includes(format))
    throw new SkguardError(
      `--format: unknown format "${options2.format}"; expected one of ${FORMATS.join(", ")}`,
      "usage"
    );
  return {
    format,
    output: options2.output,
    config: options2.config,
    baseline: options2.baseline,
    color: options2.color !== !1,
    quiet: options2.quiet === !0,
    verbose: options2.verbose === !0
  };
}

// src/cli/main.ts
var EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_ERROR = 2;
async function main(argv, io) {
  let debug = argv.includes("--debug");
  try {
    let line = parseCommandLine(argv, COMMANDS, ABOUT);
    return line.kind === "help" ? (io.stdout.write(line.text), EXIT_CLEAN) : line.kind === "version" ? (io.stdout.write(`${VERSION}
`), EXIT_CLEAN) : (debug = line.options.debug === !0, await dispatch(line.spec.words.join(" "), line.args, line.options, io));
  } catch (error) {
    return error instanceof SkguardError ? io.stderr.write(`skguard: error: ${error.message}
`) : io.stderr.write(
      `skguard: internal error: ${error?.message ?? String(error)}${debug ? "" : " (run with --debug for details)"}
`
    ), debug && error instanceof Error && error.stack && io.stderr.write(`${error.stack}
`), EXIT_ERROR;
  }
}
async function dispatch(command, args, options2, io) {
  let report = (run) => runReport(run, options2, io);
  switch (command) {
    case "scan":
      return report(async (s) => (await Promise.resolve().then(() => (init_scan(), scan_exports))).scanCommand(args, s, io));
    case "staged":
      return report((s) => stagedCommand(s, io));
    case "history":
      return report(async (s) => (await Promise.resolve().then(() => (init_history2(), history_exports))).historyCommand(args, s, io));
    case "hook run":
      return report(async (s) => (await Promise.resolve().then(() => (init_hook(), hook_exports))).hookRunCommand(args, s, io));
    case "hook install":
      return await (await Promise.resolve().then(() => (init_hook(), hook_exports))).hookInstallCommand(args, { force: options2.force === !0 }, io), EXIT_CLEAN;
    case "hook uninstall":
      return await (await Promise.resolve().then(() => (init_hook(), hook_exports))).hookUninstallCommand(io), EXIT_CLEAN;
    case "verify":
      return (await Promise.resolve().then(() => (init_verify2(), verify_exports))).verifyCommand(options2, io);
    case "doctor":
      return (await Promise.resolve().then(() => (init_doctor2(), doctor_exports))).doctorCommand(options2, io);
    default:
      throw new SkguardError(`no handler for command '${command}'`);
  }
}
async function runReport(run, options2, io) {
  let settings = reportSettings(options2), failOn = failOnSetting(options2), verify = options2.verify ? await (await Promise.resolve().then(() => (init_verify2(), verify_exports))).prepareVerify(io) : void 0, result2 = await run(settings);
  verify && await verify(result2);
  let { report, rules: rules4 } = result2;
  return await render(report, rules4, settings, io), (failOn === "live" ? report.findings.some((f) => f.verification?.status === "live") : report.findings.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}
function failOnSetting(options2) {
  let failOn = options2.failOn ?? "any";
  if (failOn !== "any" && failOn !== "live")
    throw new SkguardError(`--fail-on: unknown value "${failOn}"; expected any or live`, "usage");
  if (failOn === "live" && !options2.verify)
    throw new SkguardError("--fail-on live needs --verify: without it no key is known to be live", "usage");
  return failOn;
}
var ABOUT = "Find leaked AI-provider API keys (OpenAI, Anthropic, OpenRouter, DeepSeek, Azure OpenAI).", REPORT_OPTIONS = [
  { name: "format", short: "f", value: "<format>", description: "output format", choices: FORMATS, default: "text" },
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
  { name: "no-color", description: "no colour, even on a terminal (NO_COLOR is honoured too)" },
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
}, TEXT_OR_JSON = {
  name: "format",
  short: "f",
  value: "<format>",
  description: "output format",
  choices: ["text", "json"],
  default: "text"
}, TIMEOUT = {
  name: "timeout",
  value: "<seconds>",
  description: "per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)"
}, NO_COLOR = { name: "no-color", description: "no colour, even on a terminal" }, COMMANDS = [
  {
    words: ["scan"],
    description: 'scan files under each PATH (default: the current directory); "-" reads standard input',
    args: { name: "paths", description: "files or directories; in a git work tree, what git tracks or would track" },
    options: REPORT_OPTIONS
  },
  {
    words: ["staged"],
    description: "scan what the next commit records (the index), reporting only keys on lines it adds",
    options: [...REPORT_OPTIONS, VERBOSE]
  },
  {
    words: ["history"],
    description: "every key ever committed (default: all refs), with the commit that added it",
    args: {
      name: "rev-range",
      description: "revisions as git takes them: main..feature, A..B, or one revision (its ancestry)"
    },
    options: REPORT_OPTIONS
  },
  {
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
  {
    words: ["doctor"],
    description: "diagnose the OpenAI key in OPENAI_API_KEY: is it set, clean, reachable, accepted (exit 1 if it does not work)",
    options: [
      TEXT_OR_JSON,
      { name: "env-file", value: "<file>", description: "read OPENAI_API_KEY (and OPENAI_*) from this .env file" },
      { name: "model", value: "<name>", description: "also check that the key may use this model" },
      TIMEOUT,
      NO_COLOR
    ]
  },
  {
    words: ["hook", "install"],
    description: "run `skguard staged` before each commit: husky, core.hooksPath or .git/hooks, whichever is in use",
    args: { name: "args", description: "extra arguments for `skguard staged` in the hook, after --" },
    options: [{ name: "force", description: "replace a hook skguard did not write (it is kept and runs first)" }]
  },
  { words: ["hook", "uninstall"], description: "take out what `skguard hook install` put in", options: [] },
  {
    words: ["hook", "run"],
    description: "the pre-commit framework's entry: staged FILEs as the commit records them, others as they are",
    args: { name: "files", description: "files to check (default: what the next commit records)" },
    options: [...REPORT_OPTIONS, VERBOSE]
  }
];
async function render(report, rules4, settings, io) {
  let target = settings.output === void 0 ? io.stdout : void 0, color = target !== void 0 && settings.format === "text" && useColor(io.stdout, io.env, settings.color), silentWhenClean = report.stats.source === "staged" && !settings.verbose, reporter = await reporterFor(settings.format), shown = settings.quiet ? { ...report, notes: [] } : report;
  if (settings.format === "text" && report.findings.length === 0 && (settings.quiet || silentWhenClean)) {
    settings.output && (0, import_node_fs11.writeFileSync)(import_node_path12.default.resolve(io.cwd, settings.output), "");
    return;
  }
  let text = reporter(shown, { toolName: "skguard", toolVersion: VERSION, rules: rules4, color });
  if (settings.quiet && settings.format === "text" && (text = text.replace(/[^\n]*scanned [^\n]*\n$/, "")), target) target.write(text);
  else
    try {
      (0, import_node_fs11.writeFileSync)(import_node_path12.default.resolve(io.cwd, settings.output), text);
    } catch (e) {
      throw new SkguardError(
        `--output ${settings.output}: ${e.code ?? e.message}`,
        "io"
      );
    }
  if (!settings.quiet && (settings.format !== "text" || settings.output !== void 0)) {
    let where = settings.output === void 0 ? "" : ` \xB7 report written to ${settings.output}`;
    io.stderr.write(`skguard: ${closingLine(report)}${where}
`);
  }
}

// src/cli.ts
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then((code) => {
  process.exitCode = code;
});
