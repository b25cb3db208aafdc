import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syncRetraining } from '../../src/github/retraining.js';
import { SinkError, attempt } from '../../src/github/errors.js';
import type { Report } from '../../src/engine/report.js';
import { sampleReport } from '../report/sample-report.js';
import { days, policiesFor, retrainingSpec, sinkFor, withModel } from './helpers.js';
import { runOnce, setup, useFakeGitHub } from './retraining-fixture.js';

const fake = useFakeGitHub();

describe('retraining pull requests over time, names and permissions, against the fake GitHub', () => {
  it('respects the cool-down after a merged PR', async () => {
    const { report, policies } = setup(retrainingSpec({ cooldown: days(7) }));
    await runOnce(fake(), report, policies, '3401');
    const [pull] = fake().pulls();
    fake().closePull(pull?.number ?? 0, { merged: true, at: new Date(report.generated_at) });
    const soon = { ...report, generated_at: new Date(Date.parse(report.generated_at) + 2 * 86_400_000).toISOString() };
    expect((await runOnce(fake(), soon, policies, '3402'))[0]?.action).toBe('cooldown');
    expect(fake().pulls()).toHaveLength(1);
    const later = { ...report, generated_at: new Date(Date.parse(report.generated_at) + 8 * 86_400_000).toISOString() };
    expect((await runOnce(fake(), later, policies, '3403'))[0]?.action).toBe('opened');
    expect(fake().pulls().filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('gives look-alike model names (a.b and a..b) a PR each, on a ref git accepts for a.lock', async () => {
    const base = sampleReport();
    const failing = base.models.find((m) => m.name === 'income-classifier')!;
    // Writes are spaced 1 s apart; three names and no issues keep this test short.
    const names = ['a.b', 'a..b', 'a.lock'];
    const report: Report = { ...base, models: names.map((name) => ({ ...failing, name, policy: `monitors/${name}.yaml` })) };
    const policies = policiesFor(report, { issues: false, retraining: retrainingSpec() });
    const outcomes = await syncRetraining(sinkFor(fake(), { runId: '3451' }), report, policies, []);
    expect(outcomes.map((o) => o.action)).toEqual(names.map(() => 'opened'));
    const heads = fake().pulls().map((p) => p.pull?.head ?? '');
    expect(new Set(heads).size).toBe(names.length);
    expect(heads).toContain('modelwatch/retrain/a.=2Eb');
    for (const name of names) expect(parse(fake().fileOn(heads[names.indexOf(name)] ?? '', 'models/retrain.yaml') ?? '')).toMatchObject({ model: name });
  });

  it('tells the open PR once when its model is healthy again, keeps reporting it, and says it again after a relapse', async () => {
    const { report, policies } = setup();
    const [opened] = await runOnce(fake(), report, policies, '3471');
    const number = opened?.pullRequest ?? 0;
    const pull = fake().pulls()[0]!;
    const healthy = withModel(report, 'income-classifier', (m) => ({ ...m, status: 'pass', checks: m.checks.map((c) => ({ ...c, status: 'pass' })) }));

    expect(await runOnce(fake(), healthy, policies, '3472')).toEqual([{ model: 'income-classifier', pullRequest: number, action: 'recovered' }]);
    expect(pull.state).toBe('open'); // closing it stays a human decision
    expect(pull.comments).toHaveLength(1);
    expect(pull.comments[0]).toMatch(/income\\-classifier is healthy again\*\* \(status: pass\) in \[run 3472\]/);
    expect(pull.comments[0]).toContain('stays your decision');
    expect(pull.body.split('\n').slice(0, 3).join('\n')).toContain('> [!NOTE]');

    const writes = fake().writes.length;
    expect(await runOnce(fake(), healthy, policies, '3473')).toEqual([{ model: 'income-classifier', pullRequest: number, action: 'not-due' }]);
    expect(fake().writes.length).toBe(writes);

    // Failing again with the same evidence: the note goes; recovering again is announced again.
    expect((await runOnce(fake(), report, policies, '3474'))[0]).toMatchObject({ pullRequest: number, action: 'up-to-date' });
    expect(pull.body).not.toContain('[!NOTE]');
    expect(pull.comments).toHaveLength(1);
    expect((await runOnce(fake(), healthy, policies, '3475'))[0]?.action).toBe('recovered');
    expect(pull.comments).toHaveLength(2);
    expect(fake().pulls()).toHaveLength(1);
  }, 120_000);

  it('explains a repository that forbids the workflow token to open PRs, and a missing contents permission', async () => {
    const { report, policies } = setup();
    fake().forbidPullRequests = true;
    const forbidden = await attempt('x', 'pull-requests: write', () => runOnce(fake(), report, policies, '3601')).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(SinkError);
    expect((forbidden as Error).message).toMatch(/not permitted to create or approve pull requests.*Settings → Actions → General.*GitHub App/s);
    fake().forbidPullRequests = false;
    fake().withheld.add('contents');
    const noContents = await attempt('x', 'pull-requests: write', () => runOnce(fake(), report, policies, '3602')).catch((e: unknown) => e);
    expect((noContents as Error).message).toContain('`contents: write`');
  });
});
