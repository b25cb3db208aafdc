/**
 * A fleet over a matrix (issue 15's acceptance), `node dist/index.js` as the runner runs it
 * against the GitHub double: 12 models planned into 3 shards (`mode: plan`), the shards run at
 * once (`shard: i/3`, one workflow run), their report files gathered into one folder as
 * actions/download-artifact with `merge-multiple` leaves them, then `mode: merge`. The shards open
 * exactly the issues and PRs one unsharded run opens (two doubles compared), a rerun writes
 * nothing but its state records, the merge makes no request at all, and a shard killed before its
 * report leaves its models `error`, by name, in the merged summary. Build first (`npm run build`).
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentModel } from '../../src/github/incident.js';
import type { Report } from '../../src/engine/report.js';
import { FakeGitHub, type FakeIssue } from '../github/fake-github.js';
import { DIST, runAction, type ActionRun } from './runner.js';

const MODELS = 12;
const FAILING = new Set([1, 4, 9, 11]);
const RETRAINING = new Set([4]);
const name = (i: number): string => `fleet-${String(i).padStart(2, '0')}`;
const STATE = { 'state-branch': 'modelwatch/state' };

function csv(rows: number, shift: number): string {
  const lines = ['x,seg'];
  for (let i = 0; i < rows; i++) {
    const u = ((i * 37) % rows) / rows;
    lines.push(`${(u + shift).toFixed(4)},${['a', 'b', 'c'][i % 3]}`);
  }
  return `${lines.join('\n')}\n`;
}

function policy(i: number): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: ${name(i)}
  version: "1.0.0"
  task: binary_classification
  owners: ["@jdoe"]
columns:
  features:
    numerical: [x]
    categorical: [seg]
data:
  reference: { file: ../data/${name(i)}-reference.csv }
  current: { file: ../data/${name(i)}-current.csv }
defaults:
  min_samples: 50
checks:
  - id: drift
    type: drift
    features: [x]
    method: ks
    p_value: { fail: { lt: 0.01 } }
${RETRAINING.has(i) ? `retraining:
  when: { any_failing: [drift], for: 1 run }
  pull_request: { path: models/${name(i)}/retrain.yaml, labels: [retrain] }
` : ''}`;
}

/** Twelve models of different sizes (150 to 700 rows), four of them drifting (few: the double spaces writes a second apart, as GitHub asks). */
async function createFleet(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'modelwatch-fleet-'));
  await mkdir(join(dir, 'monitors'));
  await mkdir(join(dir, 'data'));
  for (let i = 1; i <= MODELS; i++) {
    const rows = 150 + ((i * 7) % 12) * 50;
    await writeFile(join(dir, 'data', `${name(i)}-reference.csv`), csv(rows, 0));
    await writeFile(join(dir, 'data', `${name(i)}-current.csv`), csv(rows, FAILING.has(i) ? 0.5 : 0));
    await writeFile(join(dir, 'monitors', `${name(i)}.yaml`), policy(i));
  }
  return dir;
}

let fakes: FakeGitHub[] = [];
let workspace: string;
beforeEach(async () => {
  expect(existsSync(DIST), `${DIST} is missing: run \`npm run build\` before the tests`).toBe(true);
  workspace = await createFleet();
  fakes = [];
});
afterEach(async () => {
  for (const fake of fakes) {
    expect(fake.violations).toEqual([]);
    await fake.stop();
  }
});

async function double(): Promise<FakeGitHub> {
  const fake = await new FakeGitHub().start();
  fakes.push(fake);
  return fake;
}

/** The matrix the plan job gives. */
async function plan(fake: FakeGitHub): Promise<string[]> {
  const run = await runAction({ workspace, apiUrl: fake.url, runId: '3000', inputs: { mode: 'plan', shards: '3' } });
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs['shard-count']).toBe('3');
  const matrix = JSON.parse(run.outputs['matrix'] ?? '') as { shard: string[]; include: { shard: string; models: string }[] };
  expect(matrix.shard).toEqual(['1/3', '2/3', '3/3']);
  const planned = matrix.include.flatMap((i) => i.models.split(', ')).sort();
  expect(planned).toEqual(Array.from({ length: MODELS }, (_, i) => name(i + 1)));
  return matrix.shard;
}

/** The shard jobs of one workflow run, at once; `kill` names shards killed as they start. Returns the folder the merge downloads into. */
async function shards(fake: FakeGitHub, runId: string, matrix: string[], kill: ReadonlySet<string> = new Set(), attempt = '1', inputs: Record<string, string> = STATE): Promise<{ runs: ActionRun[]; folder: string }> {
  const runs = await Promise.all(
    matrix.map((shard) =>
      runAction({
        workspace,
        apiUrl: fake.url,
        runId,
        inputs: { shard, ...inputs },
        env: { GITHUB_RUN_ATTEMPT: attempt },
        ...(kill.has(shard) ? { onSpawn: (child: ChildProcess) => void child.kill('SIGKILL') } : {}),
      }),
    ),
  );
  // What download-artifact with `pattern: modelwatch-report-shard-*` and `merge-multiple: true` leaves.
  const folder = join(workspace, `modelwatch-shards-${runId}-${attempt}`);
  await mkdir(folder, { recursive: true });
  for (const run of runs) {
    const report = run.outputs['report-path'];
    if (report === undefined) continue;
    for (const file of await readdir(dirname(report))) if (/^modelwatch-(report|github)-shard-.*\.json$/.test(file)) await copyFile(join(dirname(report), file), join(folder, file));
  }
  return { runs, folder };
}

async function merge(fake: FakeGitHub, folder: string): Promise<ActionRun> {
  const requests = fake.requests.length;
  // No token at all: the merge needs none (contents: read for the checkout is the job's only permission).
  const run = await runAction({ workspace, apiUrl: fake.url, runId: '3999', inputs: { mode: 'merge', reports: folder, 'expect-shards': '3', 'github-token': '' } });
  expect(fake.requests.length).toBe(requests);
  return run;
}

/** What an issue or PR number stands for: its model's incident or its branch (the shards create theirs in a different order). */
function subject(fake: FakeGitHub, number: number): string {
  const issue = fake.issues.get(number);
  return issue === undefined ? `#${number}?` : (issue.pull?.head ?? `incident of ${incidentModel(issue.body) ?? '?'}`);
}

/**
 * An issue or PR as the user sees it, with the run's clock (seconds apart between the two doubles)
 * and the numbers (issue numbers follow the order of creation) written as what they stand for.
 */
function view(issue: FakeIssue, fake: FakeGitHub): unknown {
  const numbers = (text: string): string => text.replace(/#(\d+)/g, (_, n: string) => `#<${subject(fake, Number(n))}>`);
  const clock = (text: string): string => numbers(text).replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?( ?UTC|Z)/g, '<instant>');
  const body = clock(issue.body.replace(/<!-- modelwatch:state (\S+) -->/, (_, b64: string) => clock(Buffer.from(b64, 'base64url').toString('utf8'))));
  return {
    model: incidentModel(issue.body) ?? issue.pull?.head,
    title: issue.title,
    body,
    state: issue.state,
    labels: [...issue.labels].sort(),
    comments: issue.comments.map(clock),
    pull: issue.pull === undefined ? null : { head: issue.pull.head, base: issue.pull.base, reviewers: issue.pull.reviewers, file: clock(fake.fileOn(issue.pull.head, `models/${issue.pull.head.split('/').at(-1)}/retrain.yaml`) ?? '') },
  };
}

const views = (fake: FakeGitHub): unknown[] => [...fake.issues.values()].map((i) => view(i, fake)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const failingNames = [...FAILING].map(name).sort();

describe('a fleet of 12 models over 3 shards, against the GitHub double', () => {
  it('opens exactly the issues and PRs of one unsharded run; a rerun writes nothing but state; the merge joins all 12', async () => {
    const single = await double();
    const fleet = await double();
    // The unsharded run and the fleet run side by side, each against its own double.
    const [whole, { matrix, first }] = await Promise.all([
      runAction({ workspace, apiUrl: single.url, runId: '3001', inputs: STATE }),
      plan(fleet).then(async (matrix) => ({ matrix, first: await shards(fleet, '3001', matrix) })),
    ]);
    expect(whole.code, whole.stdout).toBe(1);
    for (const run of first.runs) expect([0, 1], run.stdout).toContain(run.code);
    // Each shard's report says which shard it is and holds only that shard's models.
    const held: string[] = [];
    for (const [index, run] of first.runs.entries()) {
      const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8')) as Report;
      expect(report.shard?.index).toBe(index + 1);
      expect(report.models.map((m) => m.name)).toEqual(report.shard?.models);
      expect(run.summary).toContain(`Shard ${index + 1} of 3`);
      held.push(...report.models.map((m) => m.name));
    }
    expect(held.sort()).toEqual(Array.from({ length: MODELS }, (_, i) => name(i + 1)));

    expect(views(fleet)).toEqual(views(single));
    expect(fleet.openIssues().map((i) => incidentModel(i.body)).sort()).toEqual(failingNames);
    expect(fleet.pulls().map((p) => p.pull?.head).sort()).toEqual([...RETRAINING].map((i) => `modelwatch/retrain/${name(i)}`));
    // The state holds one record per model, written by the shard that evaluated it.
    for (let i = 1; i <= MODELS; i++) expect(JSON.parse(fleet.fileOn('modelwatch/state', `models/${name(i)}.json`) ?? 'null')?.runs).toHaveLength(1);

    const merged = await merge(fleet, first.folder);
    expect(merged.code, merged.stdout).toBe(1);
    expect(merged.outputs['status']).toBe('fail');
    expect(JSON.parse(merged.outputs['failing-models'] ?? '')).toEqual(JSON.parse(whole.outputs['failing-models'] ?? ''));
    const subjects = (fake: FakeGitHub, output: string | undefined): string[] => (JSON.parse(output ?? '') as number[]).map((n) => subject(fake, n)).sort();
    expect(subjects(fleet, merged.outputs['issues'])).toEqual(subjects(single, whole.outputs['issues']));
    expect(subjects(fleet, merged.outputs['issues'])).toHaveLength(FAILING.size);
    expect(subjects(fleet, merged.outputs['pull-requests'])).toEqual(subjects(single, whole.outputs['pull-requests']));
    const report = JSON.parse(await readFile(merged.outputs['report-path'] ?? '', 'utf8')) as Report;
    expect(report.models.map((m) => m.name)).toEqual(Array.from({ length: MODELS }, (_, i) => name(i + 1))); // policy order
    expect(report.shards).toEqual({ count: 3, reported: [1, 2, 3], missing: [] });
    expect(merged.summary).toContain('every shard reported');

    // Re-running the workflow run (attempt 2): no write to issues or pull requests, and only the
    // state branch moves (each shard's attempt replaces its models' records).
    const writes = fleet.writes.length;
    const refs = new Map(fleet.refs);
    const again = await shards(fleet, '3001', matrix, new Set(), '2');
    for (const run of again.runs) expect([0, 1], run.stdout).toContain(run.code);
    expect(fleet.writes.slice(writes).filter((w) => !w.path.includes('/git/'))).toEqual([]);
    const movedRefs = [...fleet.refs].filter(([ref, sha]) => refs.get(ref) !== sha).map(([ref]) => ref);
    expect(movedRefs).toEqual(['heads/modelwatch/state']);
    expect(views(fleet)).toEqual(views(single));
    expect((await merge(fleet, again.folder)).outputs['status']).toBe('fail');
  }, 120_000);

  it('a shard killed before its report leaves its models error, by name, in the merged summary', async () => {
    const fake = await double();
    const matrix = await plan(fake);
    // Reports only (no issues, PRs or state): this test is about what the merge makes of a lost shard.
    const { runs, folder } = await shards(fake, '3101', matrix, new Set(['2/3']), '1', { issues: 'false', 'retraining-prs': 'false', 'state-branch': '' });
    expect(runs[1]?.code).toBeNull(); // killed by the signal
    const lost = (JSON.parse(await readFile(runs[0]!.outputs['report-path'] ?? '', 'utf8')) as Report).shard!;
    expect(lost.index).toBe(1);
    const merged = await merge(fake, folder);
    expect(merged.code).toBe(1);
    const report = JSON.parse(await readFile(merged.outputs['report-path'] ?? '', 'utf8')) as Report;
    // The fleet's worst status: fail outranks error, so a drifting model elsewhere makes it fail.
    expect(merged.outputs['status']).toBe(report.models.some((m) => m.status === 'fail') ? 'fail' : 'error');
    expect(report.shards).toEqual({ count: 3, reported: [1, 3], missing: [2] });
    expect(report.models).toHaveLength(MODELS);
    const missing = report.models.filter((m) => m.error_code === 'model/shard-missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(merged.summary).toContain('2 failed or never reported');
    for (const model of missing) {
      expect(model.status).toBe('error');
      expect(model.error).toContain('shard 2/3 failed');
      expect(merged.summary).toContain(model.name.replace(/-/g, '\\-'));
      expect(JSON.parse(merged.outputs['failing-models'] ?? '')).toContain(model.name);
    }
    expect(merged.stdout).toContain('shard 2/3 failed or never uploaded its report');
  }, 120_000);
});

describe('examples/workflows/fleet.yml', () => {
  it('plans, evaluates each shard without fail-fast under its own concurrency group, and merges always, with read-only plan and merge jobs', () => {
    type Job = { permissions?: Record<string, string>; if?: string; needs?: string | string[]; strategy?: { 'fail-fast'?: boolean; matrix?: string }; concurrency?: { group: string }; steps: { uses?: string; with?: Record<string, unknown> }[] };
    const workflow = parse(readFileSync(resolve(import.meta.dirname, '../../examples/workflows/fleet.yml'), 'utf8')) as { permissions: unknown; jobs: Record<string, Job> };
    const { plan: planJob, evaluate, merge: mergeJob } = workflow.jobs as { plan: Job; evaluate: Job; merge: Job };
    expect(workflow.permissions).toEqual({});
    expect(planJob.permissions).toEqual({ contents: 'read' });
    expect(mergeJob.permissions).toEqual({ contents: 'read' }); // the merge test above runs it with no token at all
    expect(evaluate.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    expect(evaluate.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    expect(evaluate.concurrency?.group).toContain('${{ matrix.shard }}');
    expect(evaluate.steps.find((s) => s.uses?.startsWith('modelwatch/'))?.with).toMatchObject({ shard: '${{ matrix.shard }}', 'report-artifact': 'modelwatch-report' });
    expect(mergeJob.if).toContain('always()');
    expect(mergeJob.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))?.with).toEqual({ pattern: 'modelwatch-report-shard-*', 'merge-multiple': true, path: 'modelwatch-shards' });
    expect(mergeJob.steps.find((s) => s.uses?.startsWith('modelwatch/'))?.with).toMatchObject({ mode: 'merge', reports: 'modelwatch-shards', 'expect-shards': '${{ needs.plan.outputs.shard-count }}' });
    expect(planJob.steps.find((s) => s.uses?.startsWith('modelwatch/'))?.with).toMatchObject({ mode: 'plan' });
  });
});
