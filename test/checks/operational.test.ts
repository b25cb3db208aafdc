/**
 * The operational check on the seeded offer-ranker log against numpy/pandas
 * (test/fixtures/oracle/operational_oracle.py): latency percentiles equal numpy.percentile
 * exactly; error rates, throughput and null shares equal pandas' shares; groups and guards.
 */
import { describe, expect, it } from 'vitest';
import { errorFlags, operationalCheck } from '../../src/checks/operational.js';
import type { OperationalCheckSpec } from '../../src/policy/types.js';
import { categorical, context, numeric, policyWith, table, timestamps } from './context.js';
import { offerLog, offerPolicy, operationalOracle } from './offer-log.js';

const oracle = operationalOracle();

function spec(over: Partial<OperationalCheckSpec> & Pick<OperationalCheckSpec, 'metric'>): OperationalCheckSpec {
  return { id: 'op', type: 'operational', pointer: '/checks/0', min_samples: 1, min_group_size: 30, fail: { gt: 1e12 }, ...over };
}

async function run(over: Partial<OperationalCheckSpec> & Pick<OperationalCheckSpec, 'metric'>, window: { start: number; end: number } | null = null) {
  const policy = await offerPolicy();
  const current = await offerLog('current');
  const reference = await offerLog('reference');
  return operationalCheck.run(spec(over), { ...context(current, reference, policy), window });
}

describe('operational metrics on the seeded offer-ranker log', () => {
  it.each(['p50', 'p90', 'p95', 'p99', 'max'] as const)('%s of latency_ms equals numpy, overall and per segment', async (metric) => {
    const overall = await run({ metric, column: 'latency_ms' });
    expect(overall.value).toBe(oracle.current.overall[metric]);
    const grouped = await run({ metric, column: 'latency_ms', by: ['segment'] });
    const got = Object.fromEntries(grouped.details.groups.map((g) => [g.group, g.value]));
    const want = Object.fromEntries(Object.entries(oracle.current.by_segment).map(([k, v]) => [k, v[metric]]));
    expect(got).toEqual(want);
    expect(grouped.details.rows_without_group).toBe(oracle.current.rows_without_segment);
  });

  it('error_rate from a list of values and from a pattern equals pandas', async () => {
    const byValues = await run({ metric: 'error_rate', column: 'status', values: [500, 503, 'timeout'] });
    expect(byValues.value).toBe(oracle.current.overall.error_rate_values);
    const byPattern = await run({ metric: 'error_rate', column: 'status', pattern: '^5\\d\\d$', by: ['segment'], fail: { gt: 0.02 } });
    const got = Object.fromEntries(byPattern.details.groups.map((g) => [g.group, g.value]));
    expect(got).toEqual(Object.fromEntries(Object.entries(oracle.current.by_segment).map(([k, v]) => [k, v.error_rate_pattern])));
    // The planted outage: partner's 503s fail the check, and the message names the group.
    expect(byPattern.status).toBe('fail');
    expect(byPattern.message).toMatch(/segment = partner/);
    // The share and its bound both in percent, the share as the report's value column writes it: `2.71%, > 2%`, not `2.706%, > 0.02`.
    const partner = byPattern.details.groups.find((g) => g.group === 'partner')!;
    expect(partner.value).toBeCloseTo(0.02706, 5);
    expect(partner.message).toBe('2.71%, > 2%');
  });

  it('throughput is rows per hour over the timestamps’ span, or over the window', async () => {
    const span = await run({ metric: 'throughput' });
    expect(span.value).toBe(6000 / oracle.current.span_hours);
    expect(span.value).toBe(oracle.current.overall.throughput);
    expect(span.details).toMatchObject({ hours: oracle.current.span_hours, hours_from: 'timestamps' });
    const start = Date.UTC(2026, 10, 17);
    const week = await run({ metric: 'throughput' }, { start, end: start + 7 * 86_400_000 });
    expect(week.value).toBe(6000 / 168);
    expect(week.details).toMatchObject({ hours: 168, hours_from: 'window' });
  });

  it('null_prediction_share equals pandas', async () => {
    const outcome = await run({ metric: 'null_prediction_share', column: 'offered' });
    expect(outcome.value).toBe(oracle.current.overall.null_prediction_share);
  });

  it('vs: reference compares with the same metric on the reference log', async () => {
    const outcome = await run({ metric: 'p95', column: 'latency_ms', fail: { vs: 'reference', relative: { gt: 0.1 } } });
    expect(outcome.reference_value).toBe(oracle.reference.overall.p95);
    expect(outcome.status).toBe((oracle.current.overall.p95 - oracle.reference.overall.p95) / oracle.reference.overall.p95 > 0.1 ? 'fail' : 'pass');
  });
});

describe('operational guards', () => {
  const t = table(
    numeric('latency_ms', [10, 20, 30, 40, 50, 60]),
    categorical('status', ['200', '500', null, '200', 'timeout', 'x'.repeat(5000) + '500']),
    categorical('segment', ['a', 'a', 'a', 'a', 'b', null]),
    timestamps('t', ['2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', '2026-01-01T02:00:00Z', '2026-01-01T03:00:00Z', '2026-01-01T04:00:00Z', '2026-01-01T06:00:00Z']),
  );
  const policy = policyWith({ timestamp: 't' });

  it('leaves small groups out without their numbers, and gives no_data when none qualifies', () => {
    const outcome = operationalCheck.run(spec({ metric: 'max', column: 'latency_ms', by: ['segment'], min_group_size: 2 }), context(t, null, policy));
    expect(outcome.value).toBe(40);
    expect(outcome.details.groups).toContainEqual({ group: 'b', rows: null, too_small: true, value: null, reference_value: null, status: 'skipped', message: 'fewer than 2 rows' });
    const none = operationalCheck.run(spec({ metric: 'max', column: 'latency_ms', by: ['segment'], min_group_size: 10 }), context(t, null, policy));
    expect(none).toMatchObject({ status: 'no_data', code: 'check/no-data' });
  });

  it('counts missing statuses as neither errors nor rows, and matches long statuses only on their first 1,000 characters', () => {
    const outcome = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', pattern: '500$' }), context(t, null, policy));
    expect(outcome.value).toBe(1 / 5);
    const flags = errorFlags(t.column('status')!, [500], undefined);
    expect([...flags]).toEqual([0, 1, 2, 0, 0, 0]);
  });

  it('writes a share that breaches its bound in more digits where three would read as the bound: 2.004%, > 2%', () => {
    const statuses = (errors: number, rows: number) => table(categorical('status', Array.from({ length: rows }, (_, i) => (i < errors ? '500' : '200'))));
    const near = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', values: ['500'], fail: { gt: 0.02 } }), context(statuses(1002, 50_000)));
    expect(near).toMatchObject({ status: 'fail', value: 1002 / 50_000, message: 'error_rate: 2.004%, > 2%' });
    const far = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', values: ['500'], fail: { gt: 0.02 } }), context(statuses(1100, 50_000)));
    expect(far.message).toBe('error_rate: 2.2%, > 2%');
    // Equal to a `gte` bound: written as the bound is, since it is the bound.
    const equal = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', values: ['500'], fail: { gte: 0.02 } }), context(statuses(1000, 50_000)));
    expect(equal.message).toBe('error_rate: 2%, ≥ 2%');
  });

  it('refuses a pattern RE2 cannot run at run time too', () => {
    const outcome = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', pattern: '5(?=00)' }), context(t, null, policy));
    expect(outcome).toMatchObject({ status: 'error', code: 'policy/pattern' });
    expect(outcome.message).toMatch(/lookahead .* is not supported/);
  });

  it('matches patterns that backtrack exponentially in RegExp on hostile statuses, in linear time', () => {
    // 2,000 distinct statuses of 1,000 characters each, every one a worst case for backtracking.
    const hostile = table(categorical('status', Array.from({ length: 2_000 }, (_, i) => `${'a'.repeat(995)}${i.toString(36)}`)));
    for (const pattern of ['^(a|aa){1,200}c$', '^(a+){2,100}$', '(a+)+$']) {
      const started = performance.now();
      const outcome = operationalCheck.run(spec({ metric: 'error_rate', column: 'status', pattern }), context(hostile, null, policy));
      expect(outcome.status, pattern).toBe('pass');
      expect(performance.now() - started, pattern).toBeLessThan(5_000);
    }
  });

  it('gives no_data below min_samples, except for throughput', () => {
    expect(operationalCheck.run(spec({ metric: 'p50', column: 'latency_ms', min_samples: 7 }), context(t, null, policy))).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    const throughput = operationalCheck.run(spec({ metric: 'throughput', min_samples: 7, fail: { lt: 5 } }), context(t, null, policy));
    expect(throughput.value).toBe(1);
    expect(throughput.status).toBe('fail');
  });
});
