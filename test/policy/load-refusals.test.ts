/**
 * Policies refused at load that used to load and misbehave later (issue 9, item 14): a zero
 * window, a warn that fail always pre-empts, integers a double cannot hold, impossible dates.
 * Each is refused at its own file:line:column with a stable code; a lookalike that is fine
 * still loads. Positions are found in the text itself (`place`), not computed by the loader.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';

const BASE = `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: churn
  task: binary_classification
columns:
  id: request_id
  timestamp: scored_at
  target: churned
  features: { numerical: [tenure, charges], categorical: [contract] }
data:
  reference: { file: ref.csv }
  current: { file: cur.csv }
  window: 7d
defaults:
  min_samples: 100
checks:
  - id: missing
    type: data_quality
    metric: missing_share
    fail: { gt: 0.02 }
`;

function load(source: string) {
  const { policy, errors } = loadPolicySource('p.yaml', source, { env: {}, dir: '/tmp' });
  return { policy, errors, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code) };
}

/** `p.yaml:line:column` of the first occurrence of `needle` (after `after`, when given). */
function place(source: string, needle: string, after = ''): string {
  const offset = source.indexOf(needle, after === '' ? 0 : source.indexOf(after));
  if (offset < 0) throw new Error(`${needle} is not in the policy`);
  const before = source.slice(0, offset).split('\n');
  return `p.yaml:${before.length}:${before[before.length - 1]!.length + 1}`;
}

function withCheck(check: string): string {
  return `${BASE}${check}`;
}

describe('the base policy', () => {
  it('loads', () => {
    expect(load(BASE).errors).toEqual([]);
  });
});

describe('zero durations where a positive one is needed', () => {
  it.each(['0d', '0m', '00h', '0w'])('refuses window: %s at its value', (span) => {
    const source = BASE.replace('window: 7d', `window: ${span}`);
    const { policy, lines, codes } = load(source);
    expect(policy).toBeNull();
    expect(lines).toEqual([`${place(source, span, 'window:')}: a duration of zero ("${span}") selects nothing: use one longer than zero, such as 30m, 6h or 7d`]);
    expect(codes).toEqual(['policy/invalid-value']);
  });

  it('keeps a zero delay and a zero cooldown, which mean "none"', () => {
    const source = BASE.replace('  window: 7d\n', '  window: 7d\n  labels: { file: labels.csv, delay: 0d }\n') +
      'retraining:\n  when: { any_failing: any }\n  pull_request: { path: retrain.yaml }\n  cooldown: 0d\n';
    expect(load(source).errors).toEqual([]);
  });

  it('refuses a window longer than a date can span, instead of failing when it is placed in time', () => {
    const source = BASE.replace('window: 7d', 'window: 9007199254740991m');
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, '9007199254740991m')}: "9007199254740991m" is longer than a date can span (at most 100000000d)`]);
    expect(codes).toEqual(['policy/invalid-value']);
  });
});

describe('integers a double cannot hold exactly', () => {
  it.each(['9007199254740993', '9007199254740992', '123456789012345678901234567890'])('refuses min_samples: %s', (n) => {
    const source = BASE.replace('min_samples: 100', `min_samples: ${n}`);
    const { policy, lines, codes } = load(source);
    expect(policy).toBeNull();
    expect(lines).toEqual([`${place(source, n)}: integer ${n} is too large to be held exactly (at most 2^53 − 1 = 9007199254740991); it would be read as ${Number(BigInt(n))}`]);
    expect(codes).toEqual(['policy/invalid-value']);
  });

  it('refuses a huge negative integer in a threshold too, and keeps 2^53 − 1 and floats', () => {
    const negative = withCheck('  - id: rows\n    type: data_quality\n    metric: row_count\n    fail: { lt: -99999999999999999999 }\n');
    expect(load(negative).codes).toEqual(['policy/invalid-value']);
    expect(load(negative).lines[0]).toMatch(new RegExp(`^${place(negative, '-99999999999999999999')}: integer -99999999999999999999 is too large`));
    expect(load(BASE.replace('min_samples: 100', 'min_samples: 9007199254740991')).errors).toEqual([]);
    expect(load(withCheck('  - id: rows\n    type: data_quality\n    metric: row_count\n    fail: { lt: 1.5e20 }\n')).errors).toEqual([]);
  });
});

describe('impossible dates in silences', () => {
  it.each(['2026-02-30', '2026-02-29', '2026-12-31T24:00:00Z', '2026-12-31T23:59:60Z', '2026-04-31T10:00+05:00'])('refuses until: %s', (until) => {
    const source = `${BASE}alerting:\n  silences:\n    - { until: "${until}", reason: holidays }\n`;
    const { lines, codes } = load(source);
    expect(lines).toEqual([`${place(source, `"${until}"`)}: "until" is not a real date: "${until}"`]);
    expect(codes).toEqual(['policy/invalid-value']);
  });

  it.each(['2028-02-29', '2026-12-31', '2026-12-31T23:59:59Z', '2026-12-31T18:00+05:30'])('keeps until: %s', (until) => {
    expect(load(`${BASE}alerting:\n  silences:\n    - { until: "${until}", reason: holidays }\n`).errors).toEqual([]);
  });
});

describe('warn bands that fail always pre-empts', () => {
  const performance = (thresholds: string) => withCheck(`  - id: auc\n    type: performance\n    metric: roc_auc\n${thresholds}`);
  const refused = (source: string, warnAt = 'warn:') => {
    const { policy, lines, codes } = load(source);
    expect(policy).toBeNull();
    expect(lines).toEqual([`${place(source, warnAt, 'id: auc')}: "warn" can never be reached: every value that breaches it also breaches "fail", which is judged first (are warn and fail swapped?)`]);
    expect(codes).toEqual(['policy/unreachable-threshold']);
  };
  const loads = (source: string) => expect(load(source).errors).toEqual([]);

  it('refuses a warn stricter than fail on the same side (gt/gte, lt/lte)', () => {
    refused(performance('    warn: { lt: 0.6 }\n    fail: { lt: 0.7 }\n'));
    refused(performance('    warn: { lte: 0.7 }\n    fail: { lte: 0.7 }\n'));
    refused(performance('    warn: { lt: 0.7 }\n    fail: { lte: 0.7 }\n'));
    refused(performance('    warn: { gte: 0.99 }\n    fail: { gt: 0.95 }\n'));
  });

  it('keeps a warn that reaches values fail does not', () => {
    loads(performance('    warn: { lt: 0.8 }\n    fail: { lt: 0.7 }\n'));
    loads(performance('    warn: { lte: 0.7 }\n    fail: { lt: 0.7 }\n')); // 0.7 itself warns
    loads(performance('    warn: { gte: 0.95 }\n    fail: { gt: 0.95 }\n')); // 0.95 itself warns
    loads(performance('    warn: { gt: 0.9 }\n    fail: { lt: 0.7 }\n')); // the other side
  });

  it('takes every condition of a comparator as a union', () => {
    refused(performance('    warn: { lt: 0.6, gt: 0.99 }\n    fail: { lt: 0.7, gt: 0.98 }\n'));
    loads(performance('    warn: { lt: 0.6, gt: 0.99 }\n    fail: { lt: 0.7 }\n'));
    refused(performance('    warn: { lt: 0.5 }\n    fail: { not_between: [0.6, 0.9] }\n'));
  });

  it('between, not_between, in and eq', () => {
    refused(performance('    warn: { between: [0.2, 0.3] }\n    fail: { lt: 0.5 }\n'));
    loads(performance('    warn: { between: [0.2, 0.6] }\n    fail: { lt: 0.5 }\n'));
    refused(performance('    warn: { between: [0.2, 0.3] }\n    fail: { between: [0.1, 0.3] }\n'));
    loads(performance('    warn: { between: [0.2, 0.3] }\n    fail: { not_between: [0.25, 0.9] }\n'));
    refused(performance('    warn: { not_between: [0.1, 0.9] }\n    fail: { not_between: [0.2, 0.8] }\n'));
    loads(performance('    warn: { not_between: [0.2, 0.8] }\n    fail: { not_between: [0.1, 0.9] }\n'));
    refused(performance('    warn: { in: [0.1, 0.2] }\n    fail: { lt: 0.5 }\n'));
    loads(performance('    warn: { in: [0.1, 0.7] }\n    fail: { lt: 0.5 }\n'));
    refused(performance('    warn: { eq: 0 }\n    fail: { lte: 0 }\n'));
    loads(performance('    warn: { eq: 0 }\n    fail: { lt: 0 }\n'));
    refused(performance('    warn: { eq: 0.5 }\n    fail: { not_eq: 0.4 }\n'));
    loads(performance('    warn: { eq: 0.5 }\n    fail: { not_eq: 0.5 }\n'));
  });

  it('compares changes against the reference with the same kind of change only', () => {
    refused(performance('    warn: { vs: reference, relative: { lt: -0.1 } }\n    fail: { vs: reference, relative: { lt: -0.05 } }\n'));
    loads(performance('    warn: { vs: reference, relative: { lt: -0.03 } }\n    fail: { vs: reference, relative: { lt: -0.05 } }\n'));
    refused(performance('    warn: { vs: reference, absolute: { lt: -0.1 } }\n    fail: { vs: reference, absolute: { lt: -0.05 }, relative: { lt: -0.5 } }\n'));
    // Not provable: which value a relative drop reaches depends on the reference.
    loads(performance('    warn: { vs: reference, relative: { lt: -0.5 } }\n    fail: { lt: 0.7 }\n'));
    loads(performance('    warn: { vs: reference, absolute: { lt: -0.1 } }\n    fail: { vs: reference, relative: { lt: -0.05 } }\n'));
    loads(performance('    warn: { lt: 0.6 }\n    fail: { vs: reference, relative: { lt: -0.05 } }\n'));
    // A warn with a part fail lacks can be reached through that part.
    loads(performance('    warn: { lt: 0.6, vs: reference, relative: { lt: -0.1 } }\n    fail: { lt: 0.7 }\n'));
    refused(performance('    warn: { lt: 0.6, vs: reference, relative: { lt: -0.1 } }\n    fail: { lt: 0.7, vs: reference, relative: { lt: -0.1 } }\n'));
  });

  it('checks the warn/fail pairs nested in a drift check, at their own positions', () => {
    const source = withCheck('  - id: drift\n    type: drift\n    per_feature: { warn: { gte: 0.3 }, fail: { gte: 0.2 } }\n    p_value: { warn: { lt: 0.01 }, fail: { lt: 0.05 } }\n    dataset: { share_drifted: { warn: { gte: 0.2 }, fail: { gte: 0.5 } } }\n');
    const { lines, codes } = load(source);
    expect(codes).toEqual(['policy/unreachable-threshold', 'policy/unreachable-threshold']);
    expect(lines.map((l) => l.split(': ')[0])).toEqual([place(source, 'warn', 'per_feature'), place(source, 'warn', 'p_value')]);
  });

  it('on every check type with warn and fail', () => {
    for (const check of [
      '  - id: q\n    type: data_quality\n    metric: missing_share\n    warn: { gt: 0.5 }\n    fail: { gt: 0.1 }\n',
      '  - id: op\n    type: operational\n    column: tenure\n    metric: p95\n    warn: { gt: 500 }\n    fail: { gt: 250 }\n',
      '  - id: kpi\n    type: business\n    expr: "mean(charges)"\n    warn: { lt: 1 }\n    fail: { lt: 2 }\n',
    ]) {
      const { codes } = load(withCheck(check));
      expect(codes).toEqual(['policy/unreachable-threshold']);
    }
  });
});
