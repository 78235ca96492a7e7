import { type AST, RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

/**
 * Why a custom rule's pattern is unsafe to run over hostile content, or undefined when it is safe.
 * A repository's `.skguard.json` is input like any file: a pattern such as `(a+)+b` would hang a CI
 * job for its whole time limit on a line of `a`s. The scanner runs a pattern from every keyword
 * occurrence, so a pattern must be linear per attempt and bounded in length:
 *
 * - no backreference (matching with one is NP-hard in general);
 * - a longest match that is finite (`{32}`, `{20,64}`, not `+` or `*`), within `maxLength`;
 * - no super-linear backtracking within a match, as scslre (the analysis behind
 *   eslint-plugin-regexp's `no-super-linear-backtracking`) finds it: nested or adjacent repetitions
 *   that can share characters, exponential or polynomial.
 */
export function unsafePattern(source: string, maxLength: number): string | undefined {
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return undefined; // not a pattern at all: compiling it says so, in its own words
  }
  if (hasBackreference(ast)) return 'uses a backreference (\\1, \\k<name>), which can take exponential time';
  // scslre reasons about unbounded repetition; a wide bounded one (`(a{1,10}){1,50}`) backtracks
  // just as badly within a key's few hundred characters, so it is analysed as unbounded.
  const { reports } = analyse(new RegExp(widened(source)));
  const slow = reports.find((r) => r.type === 'Self' || r.type === 'Trade');
  if (slow) {
    return `can backtrack catastrophically (${slow.exponential ? 'exponential' : 'polynomial'} time on input such as repeated ${JSON.stringify(slow.character.literal?.source ?? 'characters')}): avoid nested or adjacent repetitions that can match the same text, as in (a+)+ or a*a*`;
  }
  const longest = longestMatch(ast);
  if (longest === Number.POSITIVE_INFINITY) {
    return 'can match text of unbounded length: use bounded repetition such as {32} or {20,64} instead of + or *';
  }
  if (longest > maxLength) return `can match ${longest} characters, more than maxLength (${maxLength})`;
  return undefined;
}

/** `{m,n}` with n > m (and `{m,}`) as `{m,}`: what the analysis should treat as repetition. */
function widened(source: string): string {
  return source.replace(/(?<!\\)\{(\d+),(\d*)\}/g, (all, min: string, max: string) =>
    max === '' || Number(max) > Number(min) ? `{${min},}` : all,
  );
}

type Node = AST.Alternative | AST.Element;

function hasBackreference(node: AST.Pattern): boolean {
  let found = false;
  const visit = (n: Node | AST.Pattern) => {
    if (found) return;
    switch (n.type) {
      case 'Backreference':
        found = true;
        return;
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
      case 'Assertion':
        if ('alternatives' in n) for (const a of n.alternatives) visit(a);
        return;
      case 'Alternative':
        for (const e of n.elements) visit(e);
        return;
      case 'Quantifier':
        visit(n.element);
        return;
      default:
        return;
    }
  };
  visit(node);
  return found;
}

/** The most characters the pattern can match (lookarounds match none). */
function longestMatch(node: Node | AST.Pattern): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return Math.max(0, ...node.alternatives.map(longestMatch));
    case 'Alternative':
      return node.elements.reduce((sum, e) => sum + longestMatch(e), 0);
    case 'Quantifier': {
      const inner = longestMatch(node.element);
      if (inner === 0) return 0;
      return node.max === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : inner * node.max;
    }
    case 'Assertion':
      return 0;
    default:
      // A character, a class, an escape: one character.
      return 1;
  }
}
