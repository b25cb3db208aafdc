/** How performance and concept_drift checks are read from a policy: defaults and mistakes. */
import { describe, it, expect } from 'vitest';
import { loadPolicySource } from '../../src/policy/load.js';

function load(checks: string, task = 'binary_classification', reference = true) {
  const source = `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: ${task} }
columns: { id: rid, timestamp: ts, target: y, score: p, prediction: yhat }
data:
${reference ? '  reference: { file: ref.csv }\n' : ''}  current: { file: cur.csv }
checks:
${checks}`;
  return loadPolicySource('m.yaml', source, { env: {}, dir: '/tmp' });
}

describe('performance and concept_drift in a policy', () => {
  it('fills the defaults', () => {
    const { policy, errors } = load(`  - { id: auc, type: performance, metric: roc_auc, min_samples: 50 }
  - { id: errors, type: concept_drift, detector: page_hinkley, parameters: { threshold: 80 } }`);
    expect(errors).toEqual([]);
    expect(policy!.checks[0]).toMatchObject({ type: 'performance', metric: 'roc_auc', average: 'macro', min_group_size: 50 });
    expect(policy!.checks[1]).toMatchObject({
      type: 'concept_drift',
      detector: { kind: 'page_hinkley', min_instances: 30, delta: 0.005, threshold: 80, alpha: 1 - 0.0001, mode: 'both' },
      warn: { gte: 1 },
    });
  });

  it('uses ADWIN with River\'s defaults when no detector is named', () => {
    const { policy, errors } = load('  - { id: errors, type: concept_drift }');
    expect(errors).toEqual([]);
    expect(policy!.checks[0]).toMatchObject({
      detector: { kind: 'adwin', delta: 0.002, clock: 32, max_buckets: 5, min_window_length: 5, grace_period: 10 },
    });
  });

  it('names each mistake at its place', () => {
    const { policy, errors } = load(`  - { id: mae, type: performance, metric: mae, fail: { gt: 1 } }
  - { id: est, type: performance, metric: log_loss, when_unlabelled: estimate, fail: { gt: 1 } }
  - { id: cd, type: concept_drift, detector: adwin, parameters: { threshold: 3 } }`);
    expect(policy).toBeNull();
    const messages = errors.map((e) => `${e.line}: ${e.message}`);
    expect(messages).toContain('9: metric mae is for regression, but model.task is binary_classification');
    expect(messages).toContain('10: CBPE cannot estimate log_loss; it estimates accuracy, precision, recall, f1, specificity, roc_auc');
    expect(messages.some((m) => m.startsWith('11: "threshold" is a parameter of page_hinkley, not of adwin'))).toBe(true);
  });

  it('needs data.reference to derive thresholds, and refuses DDM for regression', () => {
    const noReference = load('  - { id: auc, type: performance, metric: roc_auc }', 'binary_classification', false);
    expect(noReference.errors.map((e) => e.message)).toContain('without "warn" or "fail" the thresholds are derived from reference chunks: add data.reference or a threshold');
    const regression = load('  - { id: cd, type: concept_drift, detector: ddm }', 'regression');
    expect(regression.errors.map((e) => e.message)).toContain('DDM reads 0/1 errors; for a regression model use adwin or page_hinkley');
  });

  it('rejects an unknown metric through the schema', () => {
    const { errors } = load('  - { id: x, type: performance, metric: auc, fail: { lt: 1 } }');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBe(9);
  });
});
