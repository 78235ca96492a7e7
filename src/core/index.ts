export { didYouMean } from './did-you-mean.js';
export { compareFindings, type Origin, toFinding } from './finding.js';
export { fingerprint, isFingerprint } from './fingerprint.js';
export { redact } from './redact.js';
export { builtinRules } from './rules/index.js';
export { keyFromShape } from './rules/shape.js';
export { type RequiredLiteral, Scanner } from './scanner.js';
export * from './suppress.js';
export type * from './types.js';
