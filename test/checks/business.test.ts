/**
 * The business check on the seeded offer-ranker log against pandas
 * (test/fixtures/oracle/operational_oracle.py), per segment with `by:`, `vs: reference`, and
 * the errors only data can reveal.
 */
import { describe, expect, it } from 'vitest';
import { businessCheck } from '../../src/checks/business.js';
import type { BusinessCheckSpec } from '../../src/policy/types.js';
import { context, numeric, policyWith, table } from './context.js';
import { offerLog, offerPolicy, operationalOracle } from './offer-log.js';

const oracle = operationalOracle();

function spec(expr: string, over: Partial<BusinessCheckSpec> = {}): BusinessCheckSpec {
  return { id: 'kpi', type: 'business', pointer: '/checks/0', min_samples: 1, min_group_size: 30, expr, fail: { lt: -1e12 }, ...over };
}

async function run(expr: string, over: Partial<BusinessCheckSpec> = {}) {
  const policy = await offerPolicy();
  return businessCheck.run(spec(expr, over), context(await offerLog('current'), await offerLog('reference'), policy));
}

const close = (actual: number | null, expected: number) => Math.abs(actual! - expected) <= 1e-12 * Math.max(1, Math.abs(expected));

describe('business KPIs on the seeded offer-ranker log', () => {
  it.each(Object.keys(oracle.current.overall.kpis))('%s equals pandas, overall and per segment', async (expr) => {
    const overall = await run(expr);
    expect(close(overall.value, oracle.current.overall.kpis[expr]!), `${overall.value} vs ${oracle.current.overall.kpis[expr]}`).toBe(true);
    const grouped = await run(expr, { by: ['segment'] });
    for (const g of grouped.details.groups) expect(close(g.value, oracle.current.by_segment[g.group]!.kpis[expr]!), g.group).toBe(true);
    expect(grouped.details.groups.map((g) => g.group)).toEqual(Object.keys(oracle.current.by_segment));
  });

  it('vs: reference evaluates the same expression on the reference', async () => {
    const expr = 'rate(accepted_offer, where: offered == 1)';
    const outcome = await run(expr, { fail: { vs: 'reference', relative: { lt: -0.0001 } } });
    expect(close(outcome.reference_value ?? null, oracle.reference.overall.kpis[expr]!)).toBe(true);
    const change = (oracle.current.overall.kpis[expr]! - oracle.reference.overall.kpis[expr]!) / oracle.reference.overall.kpis[expr]!;
    expect(outcome.status).toBe(change < -0.0001 ? 'fail' : 'pass');
  });

  it('with by:, the worst group decides and is named', async () => {
    const outcome = await run('sum(revenue) / count()', { by: ['segment'], fail: { lt: 16 } });
    const segments = Object.entries(oracle.current.by_segment).filter(([, m]) => m.kpis['sum(revenue) / count()']! < 16);
    expect(outcome.status).toBe(segments.length > 0 ? 'fail' : 'pass');
    if (segments.length > 0) expect(outcome.message).toContain(`segment = ${segments[0]![0]}`);
  });
});

describe('business errors found against data', () => {
  const t = table(numeric('x', [1, 2, 3]));
  const policy = policyWith();

  it('names an unknown column with its character', () => {
    const outcome = businessCheck.run(spec('mean(x) + mean(y)'), context(t, null, policy));
    expect(outcome).toMatchObject({ status: 'error', code: 'check/expression' });
    expect(outcome.message).toBe('mean(x) + mean(y): expression, at character 16: unknown column "y"');
  });

  it('gives no_data when the KPI has no value, or too few rows', () => {
    expect(businessCheck.run(spec('mean(x, where: x > 5)'), context(t, null, policy))).toMatchObject({ status: 'no_data', code: 'check/undefined-metric' });
    expect(businessCheck.run(spec('mean(x)', { min_samples: 4 }), context(t, null, policy))).toMatchObject({ status: 'no_data', code: 'check/no-data' });
  });

  it('gives each group without a value its code, and the check the deciding group\'s', () => {
    const grouped = table(numeric('x', [1, 2, 3, 4]), numeric('g', [1, 1, 2, 2]));
    const outcome = businessCheck.run(spec('mean(x, where: x > 3)', { by: ['g'], min_group_size: 2 }), context(grouped, null, policy));
    expect(outcome).toMatchObject({ status: 'no_data', code: 'check/undefined-metric' });
    expect(outcome.details.groups.map((g) => [g.group, g.status, g.code])).toEqual([
      ['1', 'no_data', 'check/undefined-metric'],
      ['2', 'pass', undefined],
    ]);
    expect(businessCheck.run(spec('mean(x)', { by: ['nope'] }), context(grouped, null, policy))).toMatchObject({ status: 'error', code: 'check/missing-column' });
  });

  it('judges the value', () => {
    const outcome = businessCheck.run(spec('mean(x) * 10', { fail: { gt: 15 } }), context(t, null, policy));
    expect(outcome).toMatchObject({ status: 'fail', value: 20 });
  });
});
