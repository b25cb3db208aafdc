/**
 * The run the Action is part of, read from the runner's environment when the run starts (not
 * when a module is imported, as `@actions/github`'s `context` does), so that tests and repeated
 * runs in one process see their own values. Throws when GITHUB_REPOSITORY is missing or malformed.
 */
export interface RunContext {
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  /** GITHUB_RUN_ID, or null outside a workflow run. */
  readonly runId: string | null;
  /** The commit the policies were read at (GITHUB_SHA), or null. */
  readonly sha: string | null;
  /** Link to the workflow run, or null outside a workflow run. */
  readonly runUrl: string | null;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
  if (match === null) {
    throw new Error(`GITHUB_REPOSITORY must be "owner/repo", got ${JSON.stringify(repository)}`);
  }
  const [, owner = '', repo = ''] = match;
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'] || null;
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  const runUrl =
    runId === null
      ? null
      : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
  return { owner, repo, apiUrl, serverUrl, runId, sha: env['GITHUB_SHA'] || null, runUrl };
}
