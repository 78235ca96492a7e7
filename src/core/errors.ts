/**
 * An error the user can act on: it ends the run with exit code 2 and one line on stderr, no stack
 * trace (unless `--debug`). Messages never hold a key: sources and the validator build them from
 * paths, ids and redacted forms only.
 */
export class SkguardError extends Error {
  override readonly name = 'SkguardError';
  constructor(
    message: string,
    /** A stable code for machines and tests: `usage`, `config`, `not-a-repository`, `git`, `io`. */
    readonly code: string = 'error',
  ) {
    super(message);
  }
}
