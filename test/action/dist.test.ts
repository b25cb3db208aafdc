/**
 * The Action as the runner runs it: `node dist/index.js` (build it first: `npm run build`; a
 * missing bundle fails these tests, it does not skip them) against a fake GitHub that checks
 * every request against GitHub's OpenAPI description. The acceptance of issue 5.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentModel } from '../../src/github/incident.js';
import { FakeGitHub } from '../github/fake-github.js';
import { DIST, runAction } from './runner.js';
import { createWorkspace, HOSTILE, type Workspace } from './workspace.js';

let fake: FakeGitHub;
let workspace: Workspace;
beforeEach(async () => {
  expect(existsSync(DIST), `${DIST} is missing: run \`npm run build\` before the tests`).toBe(true);
  fake = await new FakeGitHub().start();
  workspace = await createWorkspace();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

function incidents(): string[] {
  return fake.openIssues().map((i) => incidentModel(i.body) ?? '?').sort();
}

function assertEscaped(text: string): void {
  expect(text).not.toContain('@acme/admins');
  expect(text).not.toContain('<b>');
  expect(text).not.toContain('<img');
  expect(text).not.toContain('](https://evil');
  expect(text.replace(/<!-- modelwatch:(incident|state) [^>]*-->/g, '')).not.toContain('<!--');
}

describe('node dist/index.js against a fake GitHub', () => {
  it('opens an issue and a PR, writes nothing on a re-run, and closes the issue on recovery', async () => {
    const first = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '501' });
    expect(first.code).toBe(1); // churn fails and fail-on is `fail`
    expect(first.outputs['status']).toBe('fail');
    expect(JSON.parse(first.outputs['failing-models'] ?? '')).toEqual(['churn']);
    expect(incidents()).toEqual(['churn']);
    const [issue] = fake.openIssues();
    const [pull] = fake.pulls();
    expect(JSON.parse(first.outputs['issues'] ?? '')).toEqual([issue?.number]);
    expect(JSON.parse(first.outputs['pull-requests'] ?? '')).toEqual([pull?.number]);
    expect(pull?.pull).toMatchObject({ head: 'modelwatch/retrain/churn', reviewers: ['jdoe'], team_reviewers: ['churn-ml'] });
    expect(fake.fileOn('modelwatch/retrain/churn', 'models/churn/retrain.yaml')).toContain('kind: RetrainRequest');
    expect(existsSync(first.outputs['report-path'] ?? '')).toBe(true);
    // The hostile column name and categories reach every output escaped.
    expect(first.summary).toContain('## Fleet');
    expect(first.summary).toContain('xychart-beta');
    for (const text of [first.summary, issue?.body ?? '', pull?.body ?? '']) assertEscaped(text);
    expect(JSON.parse(readFileSync(first.outputs['report-path'] ?? '', 'utf8')).models[0].checks[0].message).toContain(HOSTILE);

    const writes = fake.writes.length;
    const second = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '502' });
    expect(second.code).toBe(1);
    expect(fake.writes.slice(writes)).toEqual([]);

    await workspace.recover();
    const third = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '503' });
    expect(third.code, third.stdout).toBe(0);
    expect(incidents()).toEqual([]);
    expect(issue?.state).toBe('closed');
    expect(issue?.comments.at(-1)).toContain('healthy again');
    expect(JSON.parse(third.outputs['issues'] ?? '')).toEqual([]);
    // The retraining PR stays open (a human decides), is told once, and is still an output.
    expect(pull?.state).toBe('open');
    expect(pull?.comments).toHaveLength(1);
    expect(pull?.comments[0]).toContain('churn is healthy again');
    expect(JSON.parse(third.outputs['pull-requests'] ?? '')).toEqual([pull?.number]);
    const healthyWrites = fake.writes.length;
    const fourth = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '504' });
    expect(fourth.code).toBe(0);
    expect(fake.writes.slice(healthyWrites)).toEqual([]);
    expect(JSON.parse(fourth.outputs['pull-requests'] ?? '')).toEqual([pull?.number]);
  }, 300_000);

  it('five runs started at once leave exactly one issue and at most one PR per model', async () => {
    const runs = await Promise.all([1, 2, 3, 4, 5].map((n) => runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: String(600 + n) })));
    for (const run of runs) expect(run.code, run.stdout).toBe(1);
    expect(incidents()).toEqual(['churn']);
    expect(fake.pulls().filter((p) => p.state === 'open')).toHaveLength(1);
  }, 240_000);

  it('retries injected 500, 502 and a secondary rate limit and ends in the same state', async () => {
    fake.faults.push({ method: 'POST', path: /\/issues$/, status: 500, times: 1 });
    fake.faults.push({ method: 'GET', path: /\/issues$/, status: 502, times: 1 });
    fake.faults.push({ method: 'POST', path: /\/git\/blobs$/, status: 502, times: 1 });
    fake.faults.push({
      method: 'POST',
      path: /\/pulls$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const run = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '701' });
    expect(run.code, run.stdout).toBe(1);
    expect(fake.faults.every((f) => f.times === 0)).toBe(true);
    expect(incidents()).toEqual(['churn']);
    expect(fake.pulls()).toHaveLength(1);
    expect(fake.pulls()[0]?.labels).toEqual(['retrain']);
  }, 240_000);

  it('a permanent 403 names the missing permission, and the report is still written', async () => {
    fake.withheld.add('issues');
    const run = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '801' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('`issues: write`');
    expect(run.stdout).toContain('permissions:');
    expect(existsSync(run.outputs['report-path'] ?? '')).toBe(true);
  }, 240_000);

  it('dry-run reads everything and writes nothing', async () => {
    const run = await runAction({ workspace: workspace.dir, apiUrl: fake.url, runId: '901', inputs: { 'dry-run': 'true' } });
    expect(run.code).toBe(1);
    expect(fake.writes).toEqual([]);
    expect(run.stdout).toContain('[dry-run] would open issue for churn');
    expect(run.stdout).toContain('[dry-run] would commit models/churn/retrain.yaml');
  }, 240_000);
});
