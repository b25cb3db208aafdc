import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syncIssues } from '../../src/github/issues.js';
import { syncRetraining } from '../../src/github/retraining.js';
import { SinkError, attempt } from '../../src/github/errors.js';
import type { Report } from '../../src/engine/report.js';
import type { Policy } from '../../src/policy/types.js';
import { sampleReport } from '../report/sample-report.js';
import { FakeGitHub } from './fake-github.js';
import { days, policiesFor, retrainingSpec, runs, sinkFor, withModel } from './helpers.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.stop();
});

const BRANCH = 'modelwatch/retrain/income-classifier';

/** Only income-classifier asks for retraining; issues are on for every model. */
function setup(spec = retrainingSpec()): { report: Report; policies: Map<string, Policy> } {
  const report = sampleReport();
  const policies = policiesFor(report);
  for (const [file, policy] of policies) if (policy.model.name === 'income-classifier') policies.set(file, { ...policy, retraining: spec });
  return { report, policies };
}

async function runOnce(report: Report, policies: Map<string, Policy>, runId: string, dryRun = false) {
  const sink = sinkFor(fake, { runId, dryRun });
  const incidents = await syncIssues(sink, report, policies);
  return syncRetraining(sink, report, policies, incidents);
}

describe('retraining pull requests against the fake GitHub', () => {
  it('commits the request over main, opens one PR with labels and reviewers, then writes nothing on a re-run', async () => {
    const { report, policies } = setup();
    const outcomes = await runOnce(report, policies, '3001');
    expect(outcomes).toEqual([{ model: 'income-classifier', pullRequest: expect.any(Number), action: 'opened' }]);
    const [pull] = fake.pulls();
    expect(pull?.pull).toMatchObject({ head: BRANCH, base: 'main', team_reviewers: ['income-ml'], reviewers: [] });
    expect(pull?.labels).toEqual(['retrain']);
    expect(pull?.body).toContain('Incident:** #');
    // One commit whose parent is main's head, with the request file added to main's tree.
    const head = fake.refs.get(`heads/${BRANCH}`) ?? '';
    expect(fake.commits.get(head)?.parents).toEqual([fake.refs.get('heads/main')]);
    expect(fake.fileOn(BRANCH, 'README.md')).toBe('# models\n');
    const request = parse(fake.fileOn(BRANCH, 'models/retrain.yaml') ?? '') as Record<string, unknown>;
    expect(request).toMatchObject({ kind: 'RetrainRequest', model: 'income-classifier', provenance: { run_id: '3001', policy: 'monitors/income-classifier.yaml', commit: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed' } });
    const failing = report.models.find((m) => m.name === 'income-classifier')?.checks.filter((c) => c.status === 'fail') ?? [];
    expect((request['failing_checks'] as { id: string; value: number | null }[]).map((c) => [c.id, c.value])).toEqual(failing.map((c) => [c.id, c.value]));

    const writes = fake.writes.length;
    const again = await runOnce(report, policies, '3002');
    expect(again[0]?.action).toBe('up-to-date');
    expect(fake.writes.length).toBe(writes);
    expect(fake.pulls()).toHaveLength(1);
  });

  it('waits for `for: 2 runs`, counting runs in the incident state', async () => {
    const { report, policies } = setup(retrainingSpec({ for: runs(2) }));
    expect((await runOnce(report, policies, '3101'))[0]?.action).toBe('not-due');
    expect(fake.pulls()).toHaveLength(0);
    expect((await runOnce(report, policies, '3102'))[0]?.action).toBe('opened');
    const writes = fake.writes.length;
    expect((await runOnce(report, policies, '3103'))[0]?.action).toBe('up-to-date');
    expect(fake.writes.length).toBe(writes);
  });

  it('updates the open PR when the evidence changes, force-moving the branch to one new commit', async () => {
    const { report, policies } = setup();
    await runOnce(report, policies, '3201');
    const changed = withModel(report, 'income-classifier', (m) => ({ ...m, checks: m.checks.map((c) => (c.status === 'fail' ? { ...c, value: (c.value ?? 0) + 0.1 } : c)) }));
    expect((await runOnce(changed, policies, '3202'))[0]?.action).toBe('updated');
    expect(fake.pulls()).toHaveLength(1);
    const head = fake.refs.get(`heads/${BRANCH}`) ?? '';
    expect(fake.commits.get(head)?.parents).toEqual([fake.refs.get('heads/main')]);
    expect(fake.fileOn(BRANCH, 'models/retrain.yaml')).toContain('run_id: "3202"');
  });

  it('five concurrent runs leave one PR', async () => {
    const { report, policies } = setup();
    await Promise.all([1, 2, 3, 4, 5].map((n) => runOnce(report, policies, String(3300 + n))));
    expect(fake.pulls().filter((p) => p.state === 'open')).toHaveLength(1);
    expect(fake.openIssues().filter((i) => i.body.includes('model=income-classifier'))).toHaveLength(1);
  }, 180_000);

  it('respects the cool-down after a merged PR', async () => {
    const { report, policies } = setup(retrainingSpec({ cooldown: days(7) }));
    await runOnce(report, policies, '3401');
    const [pull] = fake.pulls();
    fake.closePull(pull?.number ?? 0, { merged: true, at: new Date(report.generated_at) });
    const soon = { ...report, generated_at: new Date(Date.parse(report.generated_at) + 2 * 86_400_000).toISOString() };
    expect((await runOnce(soon, policies, '3402'))[0]?.action).toBe('cooldown');
    expect(fake.pulls()).toHaveLength(1);
    const later = { ...report, generated_at: new Date(Date.parse(report.generated_at) + 8 * 86_400_000).toISOString() };
    expect((await runOnce(later, policies, '3403'))[0]?.action).toBe('opened');
    expect(fake.pulls().filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('gives look-alike model names (a.b and a..b) a PR each, on a ref git accepts for a.lock', async () => {
    const base = sampleReport();
    const failing = base.models.find((m) => m.name === 'income-classifier')!;
    // Writes are spaced 1 s apart; three names and no issues keep this test short.
    const names = ['a.b', 'a..b', 'a.lock'];
    const report: Report = { ...base, models: names.map((name) => ({ ...failing, name, policy: `monitors/${name}.yaml` })) };
    const policies = policiesFor(report, { issues: false, retraining: retrainingSpec() });
    const outcomes = await syncRetraining(sinkFor(fake, { runId: '3451' }), report, policies, []);
    expect(outcomes.map((o) => o.action)).toEqual(names.map(() => 'opened'));
    const heads = fake.pulls().map((p) => p.pull?.head ?? '');
    expect(new Set(heads).size).toBe(names.length);
    expect(heads).toContain('modelwatch/retrain/a.=2Eb');
    for (const name of names) expect(parse(fake.fileOn(heads[names.indexOf(name)] ?? '', 'models/retrain.yaml') ?? '')).toMatchObject({ model: name });
  });

  it('tells the open PR once when its model is healthy again, keeps reporting it, and says it again after a relapse', async () => {
    const { report, policies } = setup();
    const [opened] = await runOnce(report, policies, '3471');
    const number = opened?.pullRequest ?? 0;
    const pull = fake.pulls()[0]!;
    const healthy = withModel(report, 'income-classifier', (m) => ({ ...m, status: 'pass', checks: m.checks.map((c) => ({ ...c, status: 'pass' })) }));

    expect(await runOnce(healthy, policies, '3472')).toEqual([{ model: 'income-classifier', pullRequest: number, action: 'recovered' }]);
    expect(pull.state).toBe('open'); // closing it stays a human decision
    expect(pull.comments).toHaveLength(1);
    expect(pull.comments[0]).toMatch(/income\\-classifier is healthy again\*\* \(status: pass\) in \[run 3472\]/);
    expect(pull.comments[0]).toContain('stays your decision');
    expect(pull.body.split('\n').slice(0, 3).join('\n')).toContain('> [!NOTE]');

    const writes = fake.writes.length;
    expect(await runOnce(healthy, policies, '3473')).toEqual([{ model: 'income-classifier', pullRequest: number, action: 'not-due' }]);
    expect(fake.writes.length).toBe(writes);

    // Failing again with the same evidence: the note goes; recovering again is announced again.
    expect((await runOnce(report, policies, '3474'))[0]).toMatchObject({ pullRequest: number, action: 'up-to-date' });
    expect(pull.body).not.toContain('[!NOTE]');
    expect(pull.comments).toHaveLength(1);
    expect((await runOnce(healthy, policies, '3475'))[0]?.action).toBe('recovered');
    expect(pull.comments).toHaveLength(2);
    expect(fake.pulls()).toHaveLength(1);
  }, 120_000);

  it('dry-run performs the reads and no write', async () => {
    const { report, policies } = setup();
    const outcomes = await runOnce(report, policies, '3501', true);
    expect(outcomes[0]?.action).toBe('dry-run');
    expect(fake.writes).toEqual([]);
  });

  it('explains a repository that forbids the workflow token to open PRs, and a missing contents permission', async () => {
    const { report, policies } = setup();
    fake.forbidPullRequests = true;
    const forbidden = await attempt('x', 'pull-requests: write', () => runOnce(report, policies, '3601')).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(SinkError);
    expect((forbidden as Error).message).toMatch(/not permitted to create or approve pull requests.*Settings → Actions → General.*GitHub App/s);
    fake.forbidPullRequests = false;
    fake.withheld.add('contents');
    const noContents = await attempt('x', 'pull-requests: write', () => runOnce(report, policies, '3602')).catch((e: unknown) => e);
    expect((noContents as Error).message).toContain('`contents: write`');
  });
});
