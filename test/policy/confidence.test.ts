/**
 * `confidence` on a threshold (docs/policy.md#thresholds) is refused at load wherever it cannot
 * be judged: outside performance checks, outside 0.5 < level ≤ 0.999, with warn and fail at two
 * levels, beside a condition other than gt/gte/lt/lte, on a change against the reference, and
 * alone. Every performance metric, at any level in the range, is accepted (each has an
 * interval). Positions are found in the text itself (`place`).
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { PerformanceCheckSpec } from '../../src/policy/types.js';

const BASE = `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: churn
  task: binary_classification
columns:
  id: request_id
  timestamp: scored_at
  score: proba
  target: churned
  features: { numerical: [tenure, charges], categorical: [contract] }
data:
  reference: { file: ref.csv }
  current: { file: cur.csv }
  window: 7d
defaults:
  min_samples: 100
checks:
`;

function load(source: string) {
  const { policy, errors } = loadPolicySource('p.yaml', source, { env: {}, dir: '/tmp' });
  return { policy, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code) };
}

/** `p.yaml:line:column` of the first occurrence of `needle` (after `after`, when given). */
function place(source: string, needle: string, after = ''): string {
  const offset = source.indexOf(needle, after === '' ? 0 : source.indexOf(after));
  if (offset < 0) throw new Error(`${needle} is not in the policy`);
  const before = source.slice(0, offset).split('\n');
  return `p.yaml:${before.length}:${before[before.length - 1]!.length + 1}`;
}

const auc = (fail: string, warn = '') => `${BASE}  - id: auc\n    type: performance\n    metric: roc_auc\n${warn === '' ? '' : `    warn: ${warn}\n`}    fail: ${fail}\n`;

describe('confidence on a performance threshold', () => {
  it('loads on fail and warn, and keeps the level in the threshold', () => {
    const { policy, lines } = load(auc('{ lt: 0.7, confidence: 0.95 }', '{ lt: 0.75, confidence: 0.95 }'));
    expect(lines).toEqual([]);
    const check = policy!.checks[0] as PerformanceCheckSpec;
    expect(check.fail).toEqual({ lt: 0.7, confidence: 0.95 });
    expect(check.warn).toEqual({ lt: 0.75, confidence: 0.95 });
  });

  it('does not call a plain warn unreachable beside a fail with confidence (the fail holds on fewer values)', () => {
    expect(load(auc('{ lt: 0.8, confidence: 0.95 }', '{ lt: 0.7 }')).lines).toEqual([]);
  });

  it('still refuses a warn that a fail at the same confidence on the same side pre-empts', () => {
    const source = auc('{ lt: 0.8, confidence: 0.95 }', '{ lt: 0.7, confidence: 0.95 }');
    expect(load(source).codes).toEqual(['policy/unreachable-threshold']);
  });
});

describe('confidence refused at load', () => {
  it('outside performance checks, at its key', () => {
    const source = `${BASE}  - id: missing\n    type: data_quality\n    metric: missing_share\n    fail: { gt: 0.02, confidence: 0.95 }\n`;
    const { policy, lines, codes } = load(source);
    expect(policy).toBeNull();
    expect(lines).toEqual([`${place(source, 'confidence')}: "confidence" applies to performance and label_shift checks only, whose values have an interval; data_quality values have none`]);
    expect(codes).toEqual(['policy/conflict']);
  });

  it('in a drift check’s nested thresholds', () => {
    const source = `${BASE}  - id: drift\n    type: drift\n    features: all\n    per_feature: { fail: { gte: 0.2, confidence: 0.95 } }\n`;
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, 'confidence')}: "confidence" applies to performance and label_shift checks only, whose values have an interval; drift values have none`]);
    expect(codes).toEqual(['policy/conflict']);
  });

  it.each([
    ['f1', 'binary_classification'],
    ['log_loss', 'binary_classification'],
    ['precision', 'multiclass_classification'],
  ])('not on %s (%s): every performance metric has an interval', (metric, task) => {
    const source = auc('{ lt: 0.7, confidence: 0.95 }').replace('binary_classification', task).replace('roc_auc', metric);
    expect(load(source).lines).toEqual([]);
  });

  it.each([0.51, 0.8, 0.9, 0.99, 0.999])('not at the level %s', (level) => {
    const { policy, lines } = load(auc(`{ lt: 0.7, confidence: ${level} }`));
    expect(lines).toEqual([]);
    expect((policy!.checks[0] as PerformanceCheckSpec).fail).toEqual({ lt: 0.7, confidence: level });
  });

  it('not in docs/policy.md’s example: f1 by a column, warn and fail at 90%', () => {
    const source = `${BASE}  - id: f1_floor\n    type: performance\n    metric: f1\n    by: contract\n    warn: { lt: 0.62, confidence: 0.9 }\n    fail: { lt: 0.55, confidence: 0.9 }\n`;
    const { policy, lines } = load(source);
    expect(lines).toEqual([]);
    expect((policy!.checks[0] as PerformanceCheckSpec).warn).toEqual({ lt: 0.62, confidence: 0.9 });
  });

  it('with warn and fail at two levels, at the warn', () => {
    const source = auc('{ lt: 0.7, confidence: 0.99 }', '{ lt: 0.75, confidence: 0.9 }');
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, 'confidence')}: warn asks for the 0.9 interval and fail for the 0.99 one: the check computes and shows one interval, so give both the same "confidence"`]);
    expect(codes).toEqual(['policy/conflict']);
  });

  it.each([0.5, 0.4, 1, 95])('outside 0.5 < level ≤ 0.999, by the schema: %s', (level) => {
    const { codes } = load(auc(`{ lt: 0.7, confidence: ${level} }`));
    expect(codes).toEqual(['policy/invalid-value']);
  });

  it.each([
    ['between', '{ between: [0.6, 0.7], confidence: 0.95 }'],
    ['not_between', '{ not_between: [0.6, 0.99], confidence: 0.95 }'],
    ['eq', '{ eq: 0.5, confidence: 0.95 }'],
    ['in', '{ in: [0.5], confidence: 0.95 }'],
  ])('beside %s, at that key', (key, fail) => {
    const source = auc(fail);
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, key, 'fail:')}: "${key}" cannot be judged with "confidence": only gt, gte, lt and lte say which end of the interval must lie beyond the bound`]);
    expect(codes).toEqual(['policy/conflict']);
  });

  it('on a change against the reference', () => {
    const source = auc('{ vs: reference, relative: { lt: -0.05 }, confidence: 0.95 }');
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, 'confidence')}: "confidence" judges the value's own interval, not a change against the reference: write the bound on the value (lt, gt, …)`]);
    expect(codes).toEqual(['policy/conflict']);
  });

  it('alone, without a condition', () => {
    const source = auc('{ confidence: 0.95 }');
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, 'confidence')}: "confidence" needs a condition to judge the interval against (gt, gte, lt or lte)`]);
    expect(codes).toEqual(['policy/conflict']);
  });
});
