/**
 * A repository checkout for the Action tests, written to a temp folder: two policies on small
 * deterministic CSVs (600 rows each, values from a fixed formula, no randomness). `churn`
 * fails (its current `tenure` and hostile-named column are shifted by half their range, and
 * its `segment` holds unseen categories full of Markdown and HTML) and asks for retraining;
 * `steady` passes (current = reference). `recover()` makes churn's current data equal to its
 * reference, so it passes. `HOSTILE` is the text every output must show escaped.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE = '@acme/admins <b>x</b> [l](https://evil.example) a|b <!--';
const HOSTILE_CATEGORY = '@acme/admins <img src=x> [c](https://evil.example) | <!--';
const ROWS = 600;

function csv(shift: number, hostileSegments: boolean): string {
  const lines = [`tenure,"${HOSTILE.replace(/"/g, '""')}",segment`];
  for (let i = 0; i < ROWS; i++) {
    const u = ((i * 37) % ROWS) / ROWS; // a fixed permutation of 0..1
    const segment = hostileSegments && i % 5 === 0 ? HOSTILE_CATEGORY : ['a', 'b', 'c'][i % 3];
    lines.push(`${(u + shift).toFixed(4)},${(u * 10 + shift * 10).toFixed(3)},"${segment}"`);
  }
  return `${lines.join('\n')}\n`;
}

function policy(name: string, current: string, retraining: boolean, lifecycle: string): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: ${name}
  version: "1.0.0"
  task: binary_classification
  owners: ["@acme/churn-ml", "@jdoe"]
  runbook: docs/runbooks/${name}.md
columns:
  features:
    numerical: [tenure, '${HOSTILE}']
    categorical: [segment]
data:
  reference: { file: ../data/reference.csv }
  current: { file: ../data/${current} }
defaults:
  min_samples: 100${lifecycle}
checks:
  - id: drift
    type: drift
    features: [tenure, '${HOSTILE}']
    method: ks
    p_value: { fail: { lt: 0.01 } }
  - id: unseen
    type: data_quality
    metric: unseen_share
    columns: [segment]
    fail: { gt: 0.05 }
alerting:
  issue: { labels: [ml-monitoring] }
${retraining ? `retraining:
  when: { any_failing: [drift], for: 1 run }
  pull_request: { path: models/${name}/retrain.yaml, labels: [retrain] }
  cooldown: 7d
` : ''}`;
}

export interface Workspace {
  readonly dir: string;
  recover(): Promise<void>;
  /** churn's shifted data again, after recover(). */
  relapse(): Promise<void>;
}

/** `for`: the models' `defaults.for` (e.g. `2 runs`), for the state tests. */
export async function createWorkspace(options: { for?: string } = {}): Promise<Workspace> {
  const lifecycle = options.for === undefined ? '' : `\n  for: ${options.for}`;
  const dir = await mkdtemp(join(tmpdir(), 'modelwatch-action-'));
  await mkdir(join(dir, 'monitors'));
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'data', 'reference.csv'), csv(0, false));
  await writeFile(join(dir, 'data', 'churn-current.csv'), csv(0.5, true));
  await writeFile(join(dir, 'data', 'steady-current.csv'), csv(0, false));
  await writeFile(join(dir, 'monitors', 'churn.yaml'), policy('churn', 'churn-current.csv', true, lifecycle));
  await writeFile(join(dir, 'monitors', 'steady.yaml'), policy('steady', 'steady-current.csv', false, lifecycle));
  return {
    dir,
    recover: () => writeFile(join(dir, 'data', 'churn-current.csv'), csv(0, false)),
    relapse: () => writeFile(join(dir, 'data', 'churn-current.csv'), csv(0.5, true)),
  };
}
