/**
 * The fairness check on the scored UCI Adult data against pandas + scikit-learn
 * (test/fixtures/oracle/fairness_oracle.py), and its guards on small tables.
 */
import { describe, expect, it } from 'vitest';
import { fairnessCheck } from '../../src/checks/fairness.js';
import type { FairnessDetails } from '../../src/checks/details.js';
import type { FairnessCheckSpec, FairnessMetric } from '../../src/policy/types.js';
import { FAIRNESS_METRICS } from '../../src/stats/fairness/index.js';
import { adultTable, fairnessOracle } from './adult-table.js';
import { categorical, context, numeric, policyWith, table } from './context.js';

const oracle = fairnessOracle();
const adultPolicy = policyWith({ prediction: 'pred', target: 'label', sensitive: ['sex', 'race'] });

function spec(over: Partial<FairnessCheckSpec> & { by: readonly string[] }): FairnessCheckSpec {
  return {
    id: 'fair', type: 'fairness', pointer: '/checks/0', min_samples: 1, metric: 'selection_rate', aggregate: 'difference',
    min_group_size: 100, require_non_overlap: false, positive_label: 1, fail: { gt: 0.1 }, ...over,
  };
}

describe.each([
  ['sex', ['sex']],
  ['race', ['race']],
  ['sex,race', ['sex', 'race']],
] as const)('fairness by %s on Adult current', (key, by) => {
  const expected = oracle.fairness.current[key]!;

  it.each(FAIRNESS_METRICS)('%s: difference and ratio equal pandas exactly', async (metric) => {
    const current = await adultTable('current');
    for (const aggregate of ['difference', 'ratio'] as const) {
      const outcome = fairnessCheck.run(spec({ by, metric, aggregate }), context(current, null, adultPolicy));
      expect(outcome.value, aggregate).toBe(expected.aggregates[metric]![aggregate]);
      expect([outcome.details.min_group, outcome.details.max_group]).toEqual([expected.aggregates[metric]!.min_group, expected.aggregates[metric]!.max_group]);
    }
  });

  it('reports every qualifying group with scikit-learn rates and scipy Wilson intervals', async () => {
    const current = await adultTable('current');
    const outcome = fairnessCheck.run(spec({ by, metric: 'true_positive_rate' }), context(current, null, adultPolicy));
    const details: FairnessDetails = outcome.details;
    expect(details.groups.map((g) => g.group).sort()).toEqual(Object.keys(expected.groups).sort());
    for (const g of details.groups) {
      const want = expected.groups[g.group]!;
      if (g.too_small) {
        expect(want.n).toBeLessThan(100);
        expect(g).toEqual({ group: g.group, rows: null, too_small: true, rates: null, message: 'fewer than 100 rows' });
        continue;
      }
      expect(g.rows).toBe(want.n);
      expect(g.message).toMatch(new RegExp(` \\(${want.n.toLocaleString('en-US')} rows\\)$`));
      const rate = g.rates![0]!;
      expect(rate.value).toBe(want.rates.true_positive_rate);
      expect(Math.abs(rate.low! - want.wilson.true_positive_rate![0])).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(rate.high! - want.wilson.true_positive_rate![1])).toBeLessThanOrEqual(1e-15);
    }
    expect(details.groups.filter((g) => g.too_small).map((g) => g.group)).toEqual(expected.too_small);
    expect(details.labels).toBe('column "label"');
  });

  it('equalized_odds is the larger of the TPR and FPR differences', async () => {
    const current = await adultTable('current');
    const outcome = fairnessCheck.run(spec({ by, aggregate: 'equalized_odds' }), context(current, null, adultPolicy));
    expect(outcome.value).toBe(expected.equalized_odds);
    expect(outcome.status).toBe(expected.equalized_odds > 0.1 ? 'fail' : 'pass');
  });

  it('vs_group gives Aequitas disparities against the reference group', async () => {
    const current = await adultTable('current');
    for (const metric of ['selection_rate', 'false_positive_rate'] as FairnessMetric[]) {
      const outcome = fairnessCheck.run(
        spec({ by, metric, aggregate: 'vs_group', reference_group: expected.reference_group, fail: { not_between: [0.8, 1.25] } }),
        context(current, null, adultPolicy),
      );
      const want = expected.aggregates[metric]!.vs_group;
      const got = Object.fromEntries(outcome.details.groups.filter((g) => g.disparity !== undefined).map((g) => [g.group, g.disparity]));
      expect(got).toEqual(want);
      // The headline is the disparity farthest from parity (in log terms) among failing groups.
      const farthest = Object.values(want).reduce((a, b) => (Math.abs(Math.log(b)) > Math.abs(Math.log(a)) ? b : a));
      expect(outcome.value).toBe(farthest);
      expect(outcome.status).toBe('fail');
    }
  });
});

describe('fairness guards', () => {
  // 3 groups: A (40 rows), B (40 rows), C (5 rows).
  const rows = (label: string, n: number, positives: number) =>
    Array.from({ length: n }, (_, i) => ({ group: label, pred: i < positives ? 1 : 0 }));
  const data = [...rows('A', 40, 20), ...rows('B', 40, 14), ...rows('C', 5, 5)];
  const t = table(categorical('g', data.map((r) => r.group)), numeric('pred', data.map((r) => r.pred)));
  const policy = policyWith({ prediction: 'pred' });

  it('leaves small groups out and never shows their rates or sizes', () => {
    const outcome = fairnessCheck.run(spec({ by: ['g'], min_group_size: 10 }), context(t, null, policy));
    expect(outcome.value).toBe(0.5 - 14 / 40);
    expect(outcome.details.groups.find((g) => g.group === 'C')).toEqual({ group: 'C', rows: null, too_small: true, rates: null, message: 'fewer than 10 rows' });
    expect(JSON.stringify(outcome)).not.toMatch(/"rows":5\b/);
    expect(outcome.message).toMatch(/1 group with fewer than 10 rows left out/);
  });

  it('gives no_data with fewer than two qualifying groups', () => {
    const outcome = fairnessCheck.run(spec({ by: ['g'], min_group_size: 41 }), context(t, null, policy));
    expect(outcome).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    expect(outcome.value).toBeNull();
  });

  it('with require_non_overlap, a breached gap between overlapping intervals passes', () => {
    const plain = fairnessCheck.run(spec({ by: ['g'], min_group_size: 10 }), context(t, null, policy));
    expect(plain.status).toBe('fail');
    const guarded = fairnessCheck.run(spec({ by: ['g'], min_group_size: 10, require_non_overlap: true }), context(t, null, policy));
    expect(guarded.status).toBe('pass');
    expect(guarded.details.intervals_overlap).toBe(true);
    expect(guarded.message).toMatch(/intervals overlap/);
  });

  it('needs labels for label metrics, and says so', () => {
    const outcome = fairnessCheck.run(spec({ by: ['g'], min_group_size: 10, metric: 'accuracy' }), context(t, null, policyWith({ prediction: 'pred', target: 'y' })));
    expect(outcome).toMatchObject({ status: 'no_data', code: 'check/no-labels' });
    expect(outcome.message).toMatch(/no labels/);
  });

  it('reports a missing group column as an error', () => {
    expect(fairnessCheck.run(spec({ by: ['nope'] }), context(t, null, policy))).toMatchObject({ status: 'error', code: 'check/missing-column' });
  });
});
