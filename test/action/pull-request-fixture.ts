import { families, seeded } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';
import { type ActionRun, type ActionRunOptions, bareOrigin, runAction } from './harness.js';

/**
 * A repository with a pull request (#1, `feature` into `main`) whose commits:
 *   1. add key A to app/config.py and key C in old.env,
 *   2. take key A out of app/config.py (the file stays) and delete old.env,
 *   3. add key B to app/settings.ts, where it still stands at head.
 * `main` moves on after the branch point, so the base is not the head's ancestor; the pull request
 * has `refs/pull/1/head` and a test merge commit `refs/pull/1/merge`, as GitHub makes them.
 */
export function pullRequestFixture(seed = 7) {
  const random = seeded(seed);
  const keys = {
    a: families['openai-proj-74']!.make(random),
    b: families['anthropic-api']!.make(random),
    c: families.openrouter!.make(random),
  };
  const repo = new TestRepo();
  repo.write('README.md', '# widgets\n').write('app/config.py', 'import os\n\nTIMEOUT = 30\n');
  repo.commit('initial');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('app/config.py', `import os\n\nTIMEOUT = 30\nOPENAI_API_KEY = "${keys.a}"\n`);
  repo.write('old.env', `OPENROUTER_API_KEY=${keys.c}\n`);
  const added = repo.commit('add the client');
  repo.write('app/config.py', 'import os\n\nTIMEOUT = 30\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n');
  repo.git('rm', '-q', 'old.env');
  repo.commit('read the key from the environment');
  repo.write('app/settings.ts', `export const settings = {\n  retries: 3,\n  anthropicKey: "${keys.b}",\n};\n`);
  const head = repo.commit('settings');
  repo.git('checkout', '-q', 'main');
  repo.write('CHANGELOG.md', '# changes\n');
  const base = repo.commit('changelog on main');
  const merge = pullRefs(repo, base, head);
  const origin = bareOrigin(repo);
  return { repo, origin, keys, base, head, merge, added };
}

/**
 * GitHub's pull refs for #1: `refs/pull/1/head`, and the test merge commit of head into base that
 * actions/checkout checks out (`refs/pull/1/merge`), which it returns. Leaves `main` checked out.
 */
export function pullRefs(repo: TestRepo, base: string, head: string): string {
  repo.git('update-ref', 'refs/pull/1/head', head);
  repo.git('checkout', '-q', '--detach', base);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', head);
  const merge = repo.git('rev-parse', 'HEAD').trim();
  repo.git('update-ref', 'refs/pull/1/merge', merge);
  repo.git('checkout', '-q', 'main');
  return merge;
}

export function pullRequestPayload(fx: { base: string; head: string }, number = 1) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      base: { ref: 'main', sha: fx.base, repo: { full_name: 'octo/widgets' } },
      head: { ref: 'feature', sha: fx.head, repo: { full_name: 'octo/widgets' } },
    },
    repository: { full_name: 'octo/widgets', name: 'widgets', owner: { login: 'octo' }, default_branch: 'main' },
  };
}

/** Runs the bundled Action on a fixture's pull request (#1 unless `number`), as a `pull_request` event does. */
export function runOnPullRequest(
  fx: { base: string; head: string },
  options: Omit<ActionRunOptions, 'event' | 'payload'> & { number?: number },
): Promise<ActionRun> {
  const { number, ...rest } = options;
  return runAction({ ...rest, event: 'pull_request', payload: pullRequestPayload(fx, number) });
}
