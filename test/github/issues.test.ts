import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncIssues } from '../../src/github/issues.js';
import { incidentModel, readState } from '../../src/github/incident.js';
import { SinkError, attempt } from '../../src/github/errors.js';
import { sampleReport } from '../report/sample-report.js';
import { FakeGitHub } from './fake-github.js';
import { policiesFor, sinkFor, withModel, withStatus } from './helpers.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

describe('incident issues against the fake GitHub', () => {
  it('opens one issue per failing model, then writes nothing on an identical run', async () => {
    const report = sampleReport();
    const policies = policiesFor(report);
    const first = await syncIssues(sinkFor(fake), report, policies);
    const open = fake.openIssues();
    // income-classifier fails and fraud-scorer errors; warn and pass models get no issue.
    expect(open.map((i) => incidentModel(i.body)).sort()).toEqual(['fraud-scorer', 'income-classifier']);
    expect(first.filter((o) => o.issue !== null).map((o) => o.model).sort()).toEqual(['fraud-scorer', 'income-classifier']);
    for (const issue of open) {
      expect(issue.labels).toEqual(['modelwatch', 'ml-monitoring']);
      expect(issue.body.length).toBeLessThanOrEqual(65_536);
      expect(readState(issue.body)?.first_run?.id).toBe('1001');
    }
    const income = open.find((i) => incidentModel(i.body) === 'income-classifier');
    expect(income?.body).toContain('@acme/income-ml');
    expect(income?.body).toContain('https://github.com/acme/models/blob/f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed/docs/runbooks/income.md');
    expect(fake.labels).toEqual(new Set(['modelwatch', 'ml-monitoring']));

    const writesBefore = fake.writes.length;
    await syncIssues(sinkFor(fake, { runId: '1002' }), report, policies);
    expect(fake.writes.length).toBe(writesBefore);
  });

  it('links the run\'s report artifact and suggests a silence to the Sunday a week on, so an unchanged incident is rewritten at most once a week', async () => {
    const report = sampleReport(); // Thursday 2026-10-08
    const policies = policiesFor(report);
    await syncIssues(sinkFor(fake), report, policies, { artifactName: 'modelwatch-report' });
    const income = (): string => fake.openIssues().find((i) => incidentModel(i.body) === 'income-classifier')!.body;
    expect(income()).toMatch(/\[artifact modelwatch\\-report\]\(https:\/\/[^)]*\/actions\/runs\/1001#artifacts\)/);
    const until = (): string => /until: (\d{4}-\d{2}-\d{2})/.exec(income())?.[1] ?? '';
    expect(until()).toBe('2026-10-18');
    const writes = fake.writes.length;
    const at = (days: number, hour = 6) => new Date(Date.parse('2026-10-08T00:00:00Z') + days * 86_400_000 + hour * 3_600_000).toISOString();
    // Later that day, the next day and on Sunday, unchanged: nothing is written.
    for (const [i, when] of [at(0, 23), at(1), at(3, 23)].entries()) {
      await syncIssues(sinkFor(fake, { runId: String(1002 + i) }), { ...report, generated_at: when }, policies, { artifactName: 'modelwatch-report' });
      expect(fake.writes.length, when).toBe(writes);
    }
    // On Monday the suggested date moves a week, and with it the results link and the artifact's run.
    await syncIssues(sinkFor(fake, { runId: '1010' }), { ...report, generated_at: at(4) }, policies, { artifactName: 'modelwatch-report' });
    expect(until()).toBe('2026-10-25');
    expect(income()).toContain('/actions/runs/1010#artifacts');
  });

  it('comments when a check starts failing, updates the body, and closes with a comment on recovery', async () => {
    const report = sampleReport();
    const policies = policiesFor(report);
    await syncIssues(sinkFor(fake), report, policies);
    const issue = fake.openIssues().find((i) => incidentModel(i.body) === 'income-classifier');
    if (issue === undefined) throw new Error('no issue');
    const warnCheck = report.models.find((m) => m.name === 'income-classifier')?.checks.find((c) => c.status === 'warn');
    if (warnCheck === undefined) throw new Error('sample has no warn check');

    const worse = withModel(report, 'income-classifier', (m) => ({ ...m, checks: m.checks.map((c) => (c.id === warnCheck.id ? { ...c, status: 'fail' } : c)) }));
    await syncIssues(sinkFor(fake, { runId: '1003' }), { ...worse, generated_at: '2026-11-02T06:00:00.000Z' }, policies);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain(warnCheck.id);
    expect(readState(issue.body)?.checks[warnCheck.id]).toEqual({ status: 'fail', since: '2026-11-02T06:00:00.000Z' });
    expect(readState(issue.body)?.latest_run?.id).toBe('1003');

    const healthy = withStatus(report, 'income-classifier', 'pass', 'pass');
    const outcome = await syncIssues(sinkFor(fake, { runId: '1004' }), healthy, policies);
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(issue.comments.at(-1)).toContain('healthy again');
    expect(outcome.find((o) => o.model === 'income-classifier')?.issue).toBeNull();
  });

  it('titles an issue by what fails, and retitles it (once) when that changes', async () => {
    const report = sampleReport();
    const policies = policiesFor(report);
    await syncIssues(sinkFor(fake), report, policies);
    const issue = fake.openIssues().find((i) => incidentModel(i.body) === 'income-classifier');
    if (issue === undefined) throw new Error('no issue');
    const model = report.models.find((m) => m.name === 'income-classifier')!;
    const failing = model.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id).sort();
    expect(failing.length).toBeGreaterThan(0);
    expect(issue.title).toBe(`income-classifier: ${failing.join(', ')} failing`);

    const warnCheck = model.checks.find((c) => c.status === 'warn')!;
    const worse = withModel(report, 'income-classifier', (m) => ({ ...m, checks: m.checks.map((c) => (c.id === warnCheck.id ? { ...c, status: 'fail' } : c)) }));
    await syncIssues(sinkFor(fake, { runId: '1011' }), worse, policies);
    expect(issue.title).toBe(`income-classifier: ${[...failing, warnCheck.id].sort().join(', ')} failing`);
    const writes = fake.writes.length;
    await syncIssues(sinkFor(fake, { runId: '1012' }), worse, policies);
    expect(fake.writes.length).toBe(writes);
  });

  it('keeps the lowest-numbered issue when concurrent runs opened several, and finds issues past the first page', async () => {
    const report = sampleReport();
    const policies = policiesFor(report);
    await Promise.all([1, 2, 3, 4, 5].map((n) => syncIssues(sinkFor(fake, { runId: String(2000 + n) }), report, policies)));
    const open = fake.openIssues();
    expect(open.map((i) => incidentModel(i.body)).sort()).toEqual(['fraud-scorer', 'income-classifier']);
    const closed = [...fake.issues.values()].filter((i) => i.state === 'closed');
    for (const duplicate of closed) expect(duplicate.state_reason).toBe('duplicate');
    // 150 unrelated open issues with the label push the incidents to the second page.
    for (let i = 0; i < 150; i++) {
      fake.issues.set(1000 + i, { number: 1000 + i, title: 'other', body: 'not ours', state: 'open', state_reason: null, labels: ['modelwatch'], comments: [], created_at: '', closed_at: null });
    }
    const writes = fake.writes.length;
    await syncIssues(sinkFor(fake), report, policies);
    expect(fake.writes.length).toBe(writes);
    expect(fake.requests.filter((r) => r.path.includes('page=2')).length).toBeGreaterThan(0);
  }, 180_000);

  it('escapes hostile data values in the issue body', async () => {
    const hostile = '@acme/admins <!-- x --> <img src=x onerror=alert(1)> [click](https://evil.example) a|b';
    const report = withModel(sampleReport(), 'income-classifier', (m) => ({
      ...m,
      checks: m.checks.map((c) => ({ ...c, message: `${c.message} ${hostile}` })),
    }));
    await syncIssues(sinkFor(fake), report, policiesFor(report));
    const body = fake.openIssues().find((i) => incidentModel(i.body) === 'income-classifier')?.body ?? '';
    expect(body).not.toContain('@acme/admins');
    expect(body).not.toContain('<img');
    expect(body).not.toContain('](https://evil');
    expect(body.match(/<!--/g)).toHaveLength(2); // our marker and our state, nothing else
    expect(body).not.toMatch(/[^\\]\|b/);
  });

  it('dry-run reads but writes nothing, and prints what it would write', async () => {
    const lines: string[] = [];
    const report = sampleReport();
    await syncIssues(sinkFor(fake, { dryRun: true, lines }), report, policiesFor(report));
    expect(fake.writes).toEqual([]);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith('[dry-run] would open issue for income-classifier'))).toBe(true);
  });

  it('retries 500, 502 and a secondary rate limit, and ends in the same state', async () => {
    fake.faults.push({ method: 'POST', path: /\/issues$/, status: 500, times: 1 });
    fake.faults.push({ method: 'GET', path: /\/issues$/, status: 502, times: 1 });
    fake.faults.push({
      method: 'POST',
      path: /\/labels$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const report = sampleReport();
    await syncIssues(sinkFor(fake), report, policiesFor(report));
    expect(fake.openIssues().map((i) => incidentModel(i.body)).sort()).toEqual(['fraud-scorer', 'income-classifier']);
    expect(fake.requests.filter((r) => r.status >= 500 || r.status === 403)).toHaveLength(3);
  });

  it('explains a permanent 403 with the missing permission', async () => {
    fake.withheld.add('issues');
    const report = sampleReport();
    const error = await attempt('Updating incident issues', 'issues: write', () => syncIssues(sinkFor(fake), report, policiesFor(report))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SinkError);
    expect((error as Error).message).toContain('`issues: write`');
    expect((error as Error).message).toContain('permissions:');
  });
});
