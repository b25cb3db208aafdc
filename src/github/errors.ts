/**
 * What a failed GitHub request means for the user. A 403 that is not a rate limit is a missing
 * permission of the token: the message names the `permissions:` key the workflow must grant
 * (or the repository setting that forbids the workflow token to open pull requests), because
 * "Resource not accessible by integration" alone tells nobody what to change.
 */

/** The permission each kind of write needs, as written in a workflow's `permissions:` block. */
export type Permission = 'issues: write' | 'pull-requests: write' | 'contents: write';

export interface HttpError {
  readonly status: number;
  readonly message: string;
}

export function isHttpError(error: unknown): error is HttpError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

export function hasStatus(error: unknown, status: number): boolean {
  return isHttpError(error) && error.status === status;
}

const PR_CREATION_FORBIDDEN = /not permitted to create or approve pull requests/i;

/** A sink's error as one line a user can act on; `doing` says what was attempted. */
export function explainGitHubError(error: unknown, doing: string, permission: Permission): string {
  if (!isHttpError(error)) return `${doing} failed: ${error instanceof Error ? error.message : String(error)}`;
  if (PR_CREATION_FORBIDDEN.test(error.message)) {
    return (
      `${doing} failed: GitHub Actions is not permitted to create or approve pull requests in this repository. ` +
      'Allow it under Settings → Actions → General → Workflow permissions ("Allow GitHub Actions to create and ' +
      'approve pull requests"; for an organisation, first in its own Actions settings), or pass a GitHub App ' +
      'installation token as the `github-token` input.'
    );
  }
  if (error.status === 403 || error.status === 401) {
    return (
      `${doing} failed (HTTP ${error.status}: ${error.message}). The token lacks the \`${permission}\` permission: ` +
      `add \`${permission}\` to the workflow's \`permissions:\` block (see examples/workflows/modelwatch.yml), ` +
      'or pass a token that has it as the `github-token` input.'
    );
  }
  if (error.status === 404) {
    return `${doing} failed (HTTP 404: ${error.message}). The repository or branch was not found, or the token cannot see it (\`${permission}\`).`;
  }
  return `${doing} failed (HTTP ${error.status}: ${error.message}).`;
}

/** An error already explained for the user (see `explainGitHubError`). */
export class SinkError extends Error {
  override readonly name = 'SinkError';
}

/** Runs `step`; a failure is rethrown as a `SinkError` naming what was done and the permission. */
export async function attempt<T>(doing: string, permission: Permission, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SinkError) throw error;
    throw new SinkError(explainGitHubError(error, doing, permission), { cause: error });
  }
}
