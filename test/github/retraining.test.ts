import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { retrainingSpec, runs, withModel } from './helpers.js';
import { BRANCH, runOnce, setup, useFakeGitHub } from './retraining-fixture.js';

const fake = useFakeGitHub();

describe('retraining pull requests against the fake GitHub', () => {
  it('commits the request over main, opens one PR with labels and reviewers, then writes nothing on a re-run', async () => {
    const { report, policies } = setup();
    const outcomes = await runOnce(fake(), report, policies, '3001');
    expect(outcomes).toEqual([{ model: 'income-classifier', pullRequest: expect.any(Number), action: 'opened' }]);
    const [pull] = fake().pulls();
    expect(pull?.pull).toMatchObject({ head: BRANCH, base: 'main', team_reviewers: ['income-ml'], reviewers: [] });
    expect(pull?.labels).toEqual(['retrain']);
    expect(pull?.body).toContain('Incident:** #');
    // One commit whose parent is main's head, with the request file added to main's tree.
    const head = fake().refs.get(`heads/${BRANCH}`) ?? '';
    expect(fake().commits.get(head)?.parents).toEqual([fake().refs.get('heads/main')]);
    expect(fake().fileOn(BRANCH, 'README.md')).toBe('# models\n');
    const request = parse(fake().fileOn(BRANCH, 'models/retrain.yaml') ?? '') as Record<string, unknown>;
    expect(request).toMatchObject({ kind: 'RetrainRequest', model: 'income-classifier', provenance: { run_id: '3001', policy: 'monitors/income-classifier.yaml', commit: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed' } });
    const failing = report.models.find((m) => m.name === 'income-classifier')?.checks.filter((c) => c.status === 'fail') ?? [];
    expect((request['failing_checks'] as { id: string; value: number | null }[]).map((c) => [c.id, c.value])).toEqual(failing.map((c) => [c.id, c.value]));

    const writes = fake().writes.length;
    const again = await runOnce(fake(), report, policies, '3002');
    expect(again[0]?.action).toBe('up-to-date');
    expect(fake().writes.length).toBe(writes);
    expect(fake().pulls()).toHaveLength(1);
  });

  it('waits for `for: 2 runs`, counting runs in the incident state', async () => {
    const { report, policies } = setup(retrainingSpec({ for: runs(2) }));
    expect((await runOnce(fake(), report, policies, '3101'))[0]?.action).toBe('not-due');
    expect(fake().pulls()).toHaveLength(0);
    expect((await runOnce(fake(), report, policies, '3102'))[0]?.action).toBe('opened');
    const writes = fake().writes.length;
    expect((await runOnce(fake(), report, policies, '3103'))[0]?.action).toBe('up-to-date');
    expect(fake().writes.length).toBe(writes);
  });

  it('updates the open PR when the evidence changes, force-moving the branch to one new commit', async () => {
    const { report, policies } = setup();
    await runOnce(fake(), report, policies, '3201');
    const changed = withModel(report, 'income-classifier', (m) => ({ ...m, checks: m.checks.map((c) => (c.status === 'fail' ? { ...c, value: (c.value ?? 0) + 0.1 } : c)) }));
    expect((await runOnce(fake(), changed, policies, '3202'))[0]?.action).toBe('updated');
    expect(fake().pulls()).toHaveLength(1);
    const head = fake().refs.get(`heads/${BRANCH}`) ?? '';
    expect(fake().commits.get(head)?.parents).toEqual([fake().refs.get('heads/main')]);
    expect(fake().fileOn(BRANCH, 'models/retrain.yaml')).toContain('run_id: "3202"');
  });

  it('five concurrent runs leave one PR', async () => {
    const { report, policies } = setup();
    await Promise.all([1, 2, 3, 4, 5].map((n) => runOnce(fake(), report, policies, String(3300 + n))));
    expect(fake().pulls().filter((p) => p.state === 'open')).toHaveLength(1);
    expect(fake().openIssues().filter((i) => i.body.includes('model=income-classifier'))).toHaveLength(1);
  }, 180_000);

  it('dry-run performs the reads and no write', async () => {
    const { report, policies } = setup();
    const outcomes = await runOnce(fake(), report, policies, '3501', true);
    expect(outcomes[0]?.action).toBe('dry-run');
    expect(fake().writes).toEqual([]);
  });
});
