/**
 * Policy loading of the three check types: defaults, the rules of each normaliser, and
 * expression errors reported at their own file:line:column (src/policy/text-position.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadPolicySource } from '../../src/policy/load.js';

const HEAD = `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: offer-ranker, task: binary_classification }
columns:
  timestamp: scored_at
  prediction: offered
  target: accepted_offer
  sensitive: [gender]
  types: { latency_ms: numeric, status: categorical, segment: categorical, revenue: numeric }
data:
  current: { file: current.csv }
checks:
`;

function load(checks: string) {
  return loadPolicySource('monitors/offer.yaml', HEAD + checks, { env: {}, dir: '/tmp' });
}

const headLines = HEAD.split('\n').length - 1;

describe('business checks in a policy', () => {
  it('loads with defaults', () => {
    const { policy, errors } = load(`  - id: kpi
    type: business
    expr: 'mean(accepted_offer, where: segment == "vip")'
    by: segment
    fail: { lt: 0.1 }
`);
    expect(errors).toEqual([]);
    expect(policy?.checks[0]).toMatchObject({ type: 'business', expr: 'mean(accepted_offer, where: segment == "vip")', by: ['segment'], min_group_size: 30, fail: { lt: 0.1 } });
  });

  it('reports an error in a plain scalar at its exact column', () => {
    const { policy, errors } = load(`  - id: kpi
    type: business
    expr: mean(accepted_offer) + constructor
    fail: { lt: 0.1 }
`);
    expect(policy).toBeNull();
    expect(errors).toHaveLength(1);
    // "    expr: " is 10 characters; "constructor" starts at offset 23 of the expression.
    expect(errors[0]).toMatchObject({ file: 'monitors/offer.yaml', line: headLines + 3, column: 11 + 23 });
    expect(errors[0]!.message).toMatch(/^in the expression, at character 24: "constructor" is not a column or function/);
  });

  it('places errors inside quoted and block scalars', () => {
    const quoted = load(`  - id: kpi
    type: business
    expr: "rate(segment == \\"vip\\") + foo(1)"
    fail: { lt: 0.1 }
`);
    // Source: expr: "rate(segment == \"vip\") + foo(1)" — foo is value offset 25, source column 11 + 1 + 27.
    expect(quoted.errors[0]).toMatchObject({ line: headLines + 3, column: 11 + 1 + 27 });
    expect(quoted.errors[0]!.message).toMatch(/unknown function "foo"/);
    const block = load(`  - id: kpi
    type: business
    expr: |
      ratio(
        sum(revenue),
        count(where: status.code == 200)
      )
    fail: { lt: 0.1 }
`);
    // Line 3 of the block, "        count(where: status" — the "." is at column 7 + 2 + 19.
    expect(block.errors[0]).toMatchObject({ line: headLines + 6, column: 7 + 2 + 19 });
    expect(block.errors[0]!.message).toMatch(/member access/);
  });

  it("places errors inside single-quoted scalars, counting '' as one character", () => {
    const { errors } = load(`  - id: kpi
    type: business
    expr: 'count(where: segment == ''it\\''s'') + this'
    fail: { lt: 0.1 }
`);
    // Value: count(where: segment == 'it\'s') + this — "this" at value offset 35; in the source
    // each ' of the value is written '' (3 extra characters before it), after the opening quote.
    expect(errors[0]).toMatchObject({ line: headLines + 3, column: 11 + 1 + 35 + 3 });
    expect(errors[0]!.message).toMatch(/"this" is not a column or function/);
  });

  it('refuses a KPI that is not one value, and a hostile expression of 1 MB', () => {
    const perRow = load(`  - id: kpi
    type: business
    expr: accepted_offer * 2
    fail: { lt: 0.1 }
`);
    expect(perRow.errors[0]).toMatchObject({ line: headLines + 3, column: 11 });
    expect(perRow.errors[0]!.message).toMatch(/wrap it in an aggregate such as mean\(accepted_offer\)/);
    const huge = load(`  - id: kpi
    type: business
    expr: "${'x + '.repeat(250_000)}x"
    fail: { lt: 0.1 }
`);
    expect(huge.policy).toBeNull();
    expect(huge.errors[0]!.message).toBe(`in the expression, at character 10001: the expression is ${250_000 * 4 + 1} characters long; the limit is 10000`);
  });
});

describe('operational and fairness checks in a policy', () => {
  it('loads with defaults, the prediction column standing in for null_prediction_share', () => {
    const { policy, errors } = load(`  - id: latency
    type: operational
    metric: p95
    column: latency_ms
    by: segment
    fail: { gt: 250 }
  - id: errors
    type: operational
    metric: error_rate
    column: status
    pattern: "^5\\\\d\\\\d$"
    warn: { gt: 0.01 }
  - id: nulls
    type: operational
    metric: null_prediction_share
    fail: { gt: 0 }
  - id: tpr-gap
    type: fairness
    metric: true_positive_rate
    by: [gender, segment]
    fail: { gt: 0.1 }
`);
    expect(errors).toEqual([]);
    expect(policy?.checks.map((c) => c.type)).toEqual(['operational', 'operational', 'operational', 'fairness']);
    expect(policy?.checks[1]).toMatchObject({ metric: 'error_rate', column: 'status', pattern: '^5\\d\\d$' });
    expect(policy?.checks[2]).toMatchObject({ column: 'offered' });
    expect(policy?.checks[3]).toMatchObject({ aggregate: 'difference', by: ['gender', 'segment'], min_group_size: 30, require_non_overlap: false, positive_label: 1 });
  });

  it('reports the mistakes each normaliser knows about', () => {
    const { errors } = load(`  - id: e1
    type: operational
    metric: error_rate
    column: status
    fail: { gt: 0.1 }
  - id: e2
    type: operational
    metric: error_rate
    column: status
    pattern: "5(?=00)"
    fail: { gt: 0.1 }
  - id: e3
    type: operational
    metric: p95
    fail: { gt: 1 }
  - id: f1
    type: fairness
    by: gender
    aggregate: vs_group
    metric: selection_rate
    fail: { lt: 0.8 }
  - id: f2
    type: fairness
    by: gender
    aggregate: equalized_odds
    metric: precision
`);
    const messages = errors.map((e) => `${e.line - headLines}:${e.column}: ${e.message}`);
    expect(messages).toEqual([
      '3:13: metric error_rate needs exactly one of "values" (a list of status values) or "pattern" (a regular expression)',
      expect.stringMatching(/^10:16: lookahead \(\?=…\) is not supported: RE2 has none/),
      '14:13: metric p95 needs "column" (e.g. latency_ms)',
      '19:16: aggregate vs_group needs "reference_group"',
      '23:11: a fairness check needs a "warn" or "fail" threshold',
      '26:5: aggregate equalized_odds compares both true_positive_rate and false_positive_rate: remove "metric"',
    ]);
  });
});

describe('data_quality rules in a policy', () => {
  it('are parsed at load time, errors placed inside the rule', () => {
    const { errors } = load(`  - id: rule
    type: data_quality
    metric: rule
    rule: latency_ms > 0 and status.code == 200
    mostly: 0.99
`);
    expect(errors).toHaveLength(1);
    // "    rule: " is 10 characters; the "." is at offset 25 of the rule.
    expect(errors[0]).toMatchObject({ line: headLines + 4, column: 11 + 25 });
    expect(errors[0]!.message).toMatch(/^in the rule, at character 26: member access/);
  });
});
