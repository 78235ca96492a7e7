import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunnerContext, repositoryFromUrl } from '../../src/action/context.js';
import { tempDir } from '../support/repo.js';

describe('readRunnerContext', () => {
  it('reads the event, repository, URLs and workspace from the runner environment', () => {
    const dir = tempDir();
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ number: 3 }));
    const ctx = readRunnerContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/widgets',
        GITHUB_WORKSPACE: dir,
        GITHUB_SERVER_URL: 'https://ghe.example.test/',
        GITHUB_API_URL: 'https://ghe.example.test/api/v3',
        GITHUB_RUN_ID: '42',
      },
      '/',
    );
    expect(ctx).toMatchObject({
      eventName: 'pull_request',
      payload: { number: 3 },
      repository: { owner: 'octo', repo: 'widgets' },
      workspace: dir,
      serverUrl: 'https://ghe.example.test',
      apiUrl: 'https://ghe.example.test/api/v3',
      runUrl: 'https://ghe.example.test/octo/widgets/actions/runs/42',
    });
  });

  it('names GITHUB_EVENT_PATH when the payload is not JSON', () => {
    const event = path.join(tempDir(), 'event.json');
    writeFileSync(event, '{oops');
    expect(() => readRunnerContext({ GITHUB_EVENT_PATH: event }, '/')).toThrow(/GITHUB_EVENT_PATH .*: not valid JSON/);
  });
});

describe('repositoryFromUrl: links point at the repository that was scanned', () => {
  it('reads owner/repo from a clone URL on the same server', () => {
    expect(repositoryFromUrl('https://github.com/my-org/api.git', 'https://github.com')).toEqual({
      owner: 'my-org',
      repo: 'api',
    });
    expect(repositoryFromUrl('https://github.com/my-org/web', 'https://github.com')).toEqual({
      owner: 'my-org',
      repo: 'web',
    });
  });

  it('gives nothing for another host, a local path or a malformed URL', () => {
    expect(repositoryFromUrl('https://gitlab.com/a/b', 'https://github.com')).toBeUndefined();
    expect(repositoryFromUrl('file:///tmp/origin.git', 'https://github.com')).toBeUndefined();
    expect(repositoryFromUrl('not a url', 'https://github.com')).toBeUndefined();
    expect(repositoryFromUrl(undefined, 'https://github.com')).toBeUndefined();
  });
});
