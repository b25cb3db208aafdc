/**
 * The state branch (issue #12's acceptance), `node dist/index.js` as the runner runs it against
 * the GitHub double: the branch is created, appended to and read back; five concurrent runs
 * leave every record exactly once; a flapping model under `for: 2 runs` opens no issue; a run's
 * record names its policy's blob SHA; and a run killed after its report, before its state, and
 * re-run leaves one record and one issue.
 */
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitBlobSha } from '../../src/engine/run-record.js';
import { incidentModel } from '../../src/github/incident.js';
import type { ModelHistory } from '../../src/state/record.js';
import { FakeGitHub } from '../github/fake-github.js';
import { runAction } from './runner.js';
import { createWorkspace, type Workspace } from './workspace.js';

const BRANCH = 'modelwatch/state';
const STATE = { 'state-branch': BRANCH, 'retraining-prs': 'false' };

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

function stored(model: string): ModelHistory | null {
  const text = fake.fileOn(BRANCH, `models/${model}.json`);
  return text === null ? null : (JSON.parse(text) as ModelHistory);
}

function incidents(): string[] {
  return fake.openIssues().map((i) => incidentModel(i.body) ?? '?').sort();
}

describe('the state branch, against the GitHub double', () => {
  let workspace: Workspace;

  it('is created on the first run, appended to by the next, and read back: for: 2 runs holds the first breach as pending', async () => {
    workspace = await createWorkspace({ for: '2 runs' });
    const first = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '1001', inputs: STATE });
    expect(first.code, first.stdout).toBe(0); // churn breaches, but a pending breach fails nothing
    expect(first.outputs['status']).toBe('pending');
    expect(stored('churn')?.runs.map((r) => r.run.id)).toEqual(['1001']);
    expect(stored('steady')?.runs.map((r) => r.run.id)).toEqual(['1001']);
    expect(fake.fileOn(BRANCH, 'README.md')).toContain('modelwatch');
    expect(incidents()).toEqual([]);

    const second = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '1002', inputs: STATE });
    expect(second.code, second.stdout).toBe(1);
    expect(stored('churn')?.runs.map((r) => r.run.id)).toEqual(['1001', '1002']);
    const report = JSON.parse(await readFile(second.outputs['report-path'] ?? '', 'utf8')) as { models: { name: string; checks: { id: string; alert?: { state: string } }[] }[] };
    expect(report.models.find((m) => m.name === 'churn')?.checks.find((c) => c.id === 'drift')?.alert?.state).toBe('firing');
    expect(incidents()).toEqual(['churn']);
    // The record is the audit trail: the policy by its git blob SHA, the run by its id and URL.
    const record = stored('churn')!.runs[1]!;
    expect(record.policy.blob_sha).toBe(gitBlobSha(await readFile(join(workspace.dir, 'monitors', 'churn.yaml'))));
    expect(record.run).toEqual({ id: '1002', attempt: 1, url: 'https://github.com/acme/models/actions/runs/1002' });
    expect(record.sources.map((s) => s.role)).toEqual(['reference', 'current']);
  }, 240_000);

  it('a flapping model (fail, pass, fail, pass) under for: 2 runs opens no issue', async () => {
    workspace = await createWorkspace({ for: '2 runs' });
    for (const [index, step] of (['relapse', 'recover', 'relapse', 'recover'] as const).entries()) {
      await workspace[step]();
      const run = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: String(1100 + index), inputs: STATE });
      expect(run.code, run.stdout).toBe(0);
    }
    expect(fake.issues.size).toBe(0);
    expect(stored('churn')?.runs.map((r) => r.checks.find((c) => c.id === 'drift')?.alert?.state)).toEqual(['pending', 'inactive', 'pending', 'inactive']);
  }, 240_000);

  it('five runs at once leave every record exactly once', async () => {
    workspace = await createWorkspace();
    const ids = ['1201', '1202', '1203', '1204', '1205'];
    const runs = await Promise.all(ids.map((runId) => runAction({ workspace: workspace.dir, apiUrl: fake.url, runId, inputs: STATE })));
    for (const run of runs) expect(run.code, run.stdout).toBe(1);
    for (const model of ['churn', 'steady']) expect(stored(model)?.runs.map((r) => r.run.id).sort()).toEqual(ids);
    expect(incidents()).toEqual(['churn']);
  }, 240_000);

  it('a run killed after its report, before its state, and re-run leaves one record and one issue', async () => {
    workspace = await createWorkspace();
    // The state's first write is its tree: the double never answers it, and the run is killed there.
    const killed = await new Promise<Awaited<ReturnType<typeof runAction>>>((done, fail) => {
      let child: ChildProcess | null = null;
      fake.stalls.push({ method: 'POST', path: /\/git\/trees$/, seen: () => child?.kill('SIGKILL') });
      runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '1301', inputs: STATE, onSpawn: (c) => (child = c) }).then(done, fail);
    });
    expect(killed.code).toBeNull(); // killed by the signal
    const reportPath = /report written to (\S+)/.exec(killed.stdout)?.[1] ?? '';
    expect(reportPath).not.toBe('');
    expect(stored('churn')).toBeNull();
    expect(fake.issues.size).toBe(0);

    const rerun = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '1301', inputs: STATE, env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.code, rerun.stdout).toBe(1);
    expect(stored('churn')?.runs.map((r) => [r.run.id, r.run.attempt])).toEqual([['1301', 2]]);
    expect(incidents()).toEqual(['churn']);
    expect(fake.issues.size).toBe(1);
    // A third attempt of the same run replaces its record again: still one.
    await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '1301', inputs: STATE, env: { GITHUB_RUN_ATTEMPT: '3' } });
    expect(stored('churn')?.runs).toHaveLength(1);
    expect(fake.issues.size).toBe(1);
  }, 240_000);
});
