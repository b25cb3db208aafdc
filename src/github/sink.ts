/**
 * What every GitHub sink shares for one run: the client, the repository, the run, dry-run mode
 * and a log. Every write goes through `write()`, which in dry-run mode performs nothing and logs
 * what would have been written (reads are always performed, so a dry run sees the real state).
 * `writes` records each write, performed or not, for outputs and tests.
 */
import type { GitHubClient } from './client.js';
import type { RunContext } from './context.js';

export interface WriteRecord {
  readonly what: string;
  readonly performed: boolean;
}

export interface Sink {
  readonly octokit: GitHubClient;
  readonly run: RunContext;
  readonly dryRun: boolean;
  readonly log: (line: string) => void;
  readonly writes: WriteRecord[];
  /** Labels known to exist in the repository (filled by ensureLabels). */
  readonly knownLabels: Set<string>;
}

export function createSink(octokit: GitHubClient, run: RunContext, options: { dryRun: boolean; log: (line: string) => void }): Sink {
  return { octokit, run, dryRun: options.dryRun, log: options.log, writes: [], knownLabels: new Set() };
}

/**
 * Performs `perform` unless the run is a dry run; then logs `what` and `preview` (the text that
 * would have been written) and returns `null`.
 */
export async function write<T>(sink: Sink, what: string, preview: string | null, perform: () => Promise<T>): Promise<T | null> {
  if (sink.dryRun) {
    sink.writes.push({ what, performed: false });
    sink.log(`[dry-run] would ${what}`);
    if (preview !== null && preview !== '') sink.log(preview.replace(/^/gm, '    | '));
    return null;
  }
  sink.log(what);
  const result = await perform();
  sink.writes.push({ what, performed: true });
  return result;
}
