/**
 * The Octokit client every GitHub sink uses: `@actions/github`'s `getOctokit` with the retry
 * plugin (5xx and network errors, at most `MAX_RETRIES` times, waiting 1 s, 4 s, 9 s) and the
 * throttling plugin (primary and secondary rate limits: it waits for `retry-after` or the
 * reset time, at most `MAX_RATE_LIMIT_RETRIES` times, and spaces writes 1 s apart as GitHub
 * asks). Nothing loops unbounded: after the last retry the request's error is thrown.
 */
import { randomUUID } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export const MAX_RETRIES = 3;
export const MAX_RATE_LIMIT_RETRIES = 3;

export interface ClientOptions {
  /** REST API root; GITHUB_API_URL on the runner (read at run time, not import time). */
  readonly baseUrl: string;
  readonly log?: (line: string) => void;
}

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => {});
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      userAgent: `modelwatch/${__MODELWATCH_VERSION__}`,
      retry: { retries: MAX_RETRIES },
      throttle: {
        // The plugin's limiters are shared per id across a process; one run is one client.
        id: `modelwatch-${randomUUID()}`,
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`rate limit on ${request.method} ${request.url}: retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES} in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log(`secondary rate limit on ${request.method} ${request.url}: retry ${retryCount + 1} of ${MAX_RATE_LIMIT_RETRIES} in ${retryAfter} s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
}
