export { isPatterned, shannonEntropy } from './entropy.js';
export { compareFindings, type Origin, toFinding } from './finding.js';
export { fingerprint, isFingerprint } from './fingerprint.js';
export { redact } from './redact.js';
export { builtinRules } from './rules/index.js';
export { keyFromShape } from './rules/shape.js';
export { ALLOW_MARKER, type RequiredLiteral, Scanner, type ScanStream } from './scanner.js';
export * from './suppress.js';
export type * from './types.js';
