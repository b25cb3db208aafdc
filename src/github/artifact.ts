/**
 * Uploading the report as a workflow artifact, behind a one-method interface so that the Action
 * can be tested without the runner's artifact service (docs/github.md, "Testing"). The real
 * implementation is `@actions/artifact`'s `DefaultArtifactClient`, which needs the runner's
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (given to actions, not to `run:` steps). It is
 * imported when an upload starts, not when the Action starts: it is most of the Action's bundle
 * (docs/architecture.md, "Process start").
 */

export interface ArtifactUploader {
  /** Uploads `files` (absolute paths under `rootDirectory`) as artifact `name`; returns its id. */
  upload(name: string, files: readonly string[], rootDirectory: string, retentionDays?: number): Promise<{ id: number | null }>;
}

/** True when the runner gave this process what the artifact service needs. */
export function artifactServiceAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['ACTIONS_RUNTIME_TOKEN'] && env['ACTIONS_RESULTS_URL']);
}

export class ActionsArtifactUploader implements ArtifactUploader {
  async upload(name: string, files: readonly string[], rootDirectory: string, retentionDays?: number): Promise<{ id: number | null }> {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, [...files], rootDirectory, retentionDays === undefined ? {} : { retentionDays });
    return { id: response.id ?? null };
  }
}
