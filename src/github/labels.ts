/**
 * Makes sure labels exist before they are put on an issue or pull request, so they get
 * modelwatch's colour and description rather than GitHub's grey default. A label is first
 * read (no write when it exists); creating one that a concurrent run just created answers 422,
 * which counts as success.
 */
import { hasStatus } from './errors.js';
import { write, type Sink } from './sink.js';

const COLOURS: Readonly<Record<string, string>> = { modelwatch: '5319e7', retrain: 'fbca04' };
const DEFAULT_COLOUR = 'c5def5';

export async function ensureLabels(sink: Sink, names: readonly string[]): Promise<void> {
  const { owner, repo } = sink.run;
  for (const name of names) {
    if (sink.knownLabels.has(name)) continue;
    try {
      await sink.octokit.rest.issues.getLabel({ owner, repo, name });
      sink.knownLabels.add(name);
      continue;
    } catch (error) {
      if (!hasStatus(error, 404)) throw error;
    }
    try {
      await write(sink, `create label "${name}"`, null, () =>
        sink.octokit.rest.issues.createLabel({
          owner,
          repo,
          name,
          color: COLOURS[name] ?? DEFAULT_COLOUR,
          description: 'Managed by modelwatch',
        }),
      );
    } catch (error) {
      if (!hasStatus(error, 422)) throw error; // 422: created meanwhile by a concurrent run
    }
    sink.knownLabels.add(name);
  }
}
