import { type Octokit, statusOf } from './api.js';

/** Who a token writes comments as: skguard edits and skips only comments of this author. */
export interface Identity {
  login: string;
  /** The account's id, when GitHub said it (logins can be renamed and reused; ids cannot). */
  id: number | undefined;
}

/**
 * The author of comments made with the job token (`GITHUB_TOKEN`), as the REST API shows it. The
 * job token cannot ask who it is; no user can take the name: `[` is not allowed in a login.
 */
const ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41898282 };

/**
 * Whom the token comments as. A user's token (a PAT, an app's user token) can ask `GET /user`; an
 * installation token — the job's own — gets 403 "Resource not accessible by integration", and
 * comments as github-actions[bot]. (Another app's installation token gets the same 403 and comments
 * as that app's bot: skguard then finds none of its earlier comments and posts new ones, which is
 * noisy but never takes over someone else's.)
 */
export async function tokenIdentity(octokit: Octokit): Promise<Identity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (error) {
    if (statusOf(error) === 403) return ACTIONS_BOT;
    throw error;
  }
}

/** Whether a comment's author is this identity. */
export function isAuthor(user: { login?: string; id?: number } | null | undefined, me: Identity): boolean {
  if (!user || user.login !== me.login) return false;
  return me.id === undefined || user.id === me.id;
}
