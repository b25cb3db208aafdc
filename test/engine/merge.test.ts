/**
 * mergeReports (src/engine/merge.ts) on real loaded policies and hand-written shard reports: the
 * policy order; a missing shard's models named as error; of two reports for one shard the newer;
 * a model a shard lists but holds no result for; a model only a shard knows; policy errors once.
 */
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/engine/merge.js';
import { planShards } from '../../src/engine/plan.js';
import type { ModelReport, Report, Status } from '../../src/engine/report.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

const NAMES = ['north', 'east', 'south', 'west', 'centre'];

function policy(name: string): Policy {
  const text = `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: ${name}, task: regression, owners: ["@jdoe"] }\ndata:\n  current: { file: ${name}.csv }\nchecks:\n  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n`;
  const loaded = loadPolicySource(`monitors/${name}.yaml`, text, { env: {}, dir: '/repo/monitors' });
  if (loaded.policy === null) throw new Error(JSON.stringify(loaded.errors));
  return loaded.policy;
}

function model(name: string, status: Status): ModelReport {
  return { name, version: null, task: 'regression', policy: `monitors/${name}.yaml`, status, error: null, error_code: null, owners: [], runbook: null, window: { start: null, end: null, length: null }, rows: { reference: null, current: 10, sampled: false }, checks: [], duration_ms: 1 };
}

function shardReport(index: number, count: number, models: ModelReport[], at: string, listed: readonly string[] = models.map((m) => m.name)): Report {
  const byStatus = { pass: 0, warn: 0, fail: 0, no_data: 0, error: 0, skipped: 0, silenced: 0, pending: 0, inhibited: 0 };
  for (const m of models) byStatus[m.status]++;
  const error = { file: 'monitors/broken.yaml', line: 1, column: 1, code: 'policy/yaml' as const, message: 'not YAML' };
  return { report_version: 1, tool: { name: 'modelwatch', version: 'test' }, generated_at: at, status: 'error', summary: { models: models.length, by_status: byStatus }, models, policy_errors: [error], shard: { index, count, models: listed } };
}

describe('mergeReports', () => {
  const policies = NAMES.map(policy);
  const plan = planShards(NAMES.map((name) => ({ name, bytes: 1000 })), 3);
  const reportOf = (index: number, at = '2026-11-24T06:00:00.000Z', status: Status = 'pass') => shardReport(index, 3, plan.shards[index - 1]!.models.map((n) => model(n, status)), at);
  const base = { policies, plan, count: 3, policyErrors: [], now: new Date('2026-11-24T07:00:00Z'), version: 'test' };

  it('joins every shard in policy order, and keeps each policy error once', () => {
    const merged = mergeReports({ ...base, reports: [reportOf(3), reportOf(1), reportOf(2)] });
    expect(merged.models.map((m) => m.name)).toEqual(NAMES);
    expect(merged.shards).toEqual({ count: 3, reported: [1, 2, 3], missing: [] });
    expect(merged.policy_errors).toHaveLength(1);
    expect(merged.status).toBe('error'); // a policy error makes the fleet error, as in one run
    expect(merged.summary.by_status.pass).toBe(NAMES.length);
  });

  it('names the models of a missing shard as error, from the plan', () => {
    const lost = plan.shards.find((s) => s.models.length > 0 && s.index !== 1)!;
    const merged = mergeReports({ ...base, reports: [1, 2, 3].filter((i) => i !== lost.index).map((i) => reportOf(i)) });
    expect(merged.shards?.missing).toEqual([lost.index]);
    for (const name of lost.models) {
      const m = merged.models.find((x) => x.name === name)!;
      expect(m).toMatchObject({ status: 'error', error_code: 'model/shard-missing', policy: `monitors/${name}.yaml`, owners: ['@jdoe'] });
      expect(m.error).toContain(`shard ${lost.index}/3 failed or never uploaded its report`);
    }
    expect(merged.models).toHaveLength(NAMES.length);
    // With no report at all, every model is named.
    const none = mergeReports({ ...base, reports: [] });
    expect(none.models.map((m) => [m.name, m.status])).toEqual(NAMES.map((n) => [n, 'error']));
    expect(none.status).toBe('error');
  });

  it('takes the newer of two reports for one shard, and says when a shard lists a model it holds no result for', () => {
    const older = reportOf(1, '2026-11-24T06:00:00.000Z', 'fail');
    const newer = reportOf(1, '2026-11-24T06:30:00.000Z', 'pass');
    const merged = mergeReports({ ...base, reports: [newer, older, reportOf(2), reportOf(3)] });
    for (const name of plan.shards[0]!.models) expect(merged.models.find((m) => m.name === name)?.status).toBe('pass');

    const two = plan.shards[1]!;
    const partial = shardReport(2, 3, two.models.slice(1).map((n) => model(n, 'pass')), '2026-11-24T06:00:00.000Z', two.models);
    const holed = mergeReports({ ...base, reports: [reportOf(1), partial, reportOf(3)] });
    expect(holed.models.find((m) => m.name === two.models[0])?.error).toContain('shard 2/3 lists this model but its report holds no result for it');
  });

  it('keeps a model only a shard knows, after the policy order', () => {
    const extra = shardReport(3, 3, [...plan.shards[2]!.models.map((n) => model(n, 'pass')), model('newcomer', 'warn')], '2026-11-24T06:00:00.000Z');
    const merged = mergeReports({ ...base, reports: [reportOf(1), reportOf(2), extra] });
    expect(merged.models.map((m) => m.name)).toEqual([...NAMES, 'newcomer']);
  });
});
