/** How a multivariate_drift check is read from a policy: defaults, and each mistake at its place. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicySource } from '../../src/policy/load.js';

function load(checks: string, reference = true) {
  const source = `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: binary_classification }
columns:
  target: y
  features: { numerical: [age, hours], categorical: [job] }
  pii: [email]
data:
${reference ? '  reference: { file: ref.csv }\n' : ''}  current: { file: cur.csv }
checks:
${checks}`;
  return loadPolicySource('m.yaml', source, { env: {}, dir: '/tmp' });
}

describe('multivariate_drift in a policy', () => {
  it('fills the defaults of each method', () => {
    const { policy, errors } = load(`  - { id: pca, type: multivariate_drift }
  - { id: dc, type: multivariate_drift, method: domain_classifier, columns: [age, job] }
  - { id: sized, type: multivariate_drift, chunk_size: 2000, variance: 0.8, fail: { gt: 2.5 } }`);
    expect(errors).toEqual([]);
    expect(policy!.checks[0]).toEqual({ id: 'pca', type: 'multivariate_drift', columns: 'all', method: { kind: 'pca_reconstruction', variance: 0.65, chunks: { count: 10 } }, min_samples: 100, pointer: '/checks/0', lifecycle: { for: null, keep_firing_for: null }, inhibits: [] });
    expect(policy!.checks[1]).toMatchObject({ columns: ['age', 'job'], method: { kind: 'domain_classifier', folds: 5, c: 1, max_rows: 5000, seed: 0 }, warn: { gt: 0.55 }, fail: { gt: 0.65 } });
    expect(policy!.checks[2]).toMatchObject({ method: { kind: 'pca_reconstruction', variance: 0.8, chunks: { size: 2000 } }, fail: { gt: 2.5 } });
    expect(policy!.checks[2]).not.toHaveProperty('warn');
  });

  it('names each mistake at its place', () => {
    const { policy, errors } = load(`  - { id: a, type: multivariate_drift, folds: 3 }
  - { id: b, type: multivariate_drift, method: domain_classifier, variance: 0.5 }
  - { id: c, type: multivariate_drift, chunks: 5, chunk_size: 100 }
  - { id: d, type: multivariate_drift, columns: [age, email] }
  - { id: e, type: multivariate_drift, columns: [age, nope] }
  - { id: f, type: multivariate_drift, columns: [age] }`);
    expect(policy).toBeNull();
    const messages = errors.map((e) => `${e.line}:${e.column}: ${e.message}`);
    expect(messages).toEqual([
      '12:40: "folds" is an option of method domain_classifier, not of pca_reconstruction (which takes variance, chunks, chunk_size)',
      '13:67: "variance" is an option of method pca_reconstruction, not of domain_classifier (which takes folds, c, max_rows, seed)',
      '14:51: give "chunks" (how many reference chunks) or "chunk_size" (rows in each), not both',
      '15:55: column "email" is listed in columns.pii: checks may not read PII columns',
      '16:55: column "nope" is not declared in columns',
      '17:49: PCA reconstruction needs at least 2 columns; name more, or use a drift check for one column',
    ]);
  });

  it('refuses bad values through the schema', () => {
    for (const [option, text] of [
      ['variance: 1', /"variance" must be a number between 0 and 1, got 1/],
      ['chunks: 1', /"chunks" must be an integer/],
      ['method: lightgbm', /"method" must be one of/],
      ['method: domain_classifier, c: 0', /"c" must be a number greater than 0, got 0/],
      ['method: domain_classifier, folds: 1', /"folds" must be an integer/],
      ['method: domain_classifier, max_rows: 10', /"max_rows" must be an integer/],
    ] as const) {
      const { errors } = load(`  - { id: x, type: multivariate_drift, ${option} }`);
      expect(errors.map((e) => e.message).join('\n'), option).toMatch(text);
    }
  });

  it('loads the example of docs/policy.md', () => {
    const doc = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('### `type: multivariate_drift`'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const source = example.replace(/columns: \[.*\]/, 'columns: [age, hours, job]');
    const { policy, errors } = load(source);
    expect(errors).toEqual([]);
    expect(policy!.checks.map((c) => c.type)).toEqual(['multivariate_drift', 'multivariate_drift']);
  });

  it('needs data.reference', () => {
    const { errors } = load('  - { id: x, type: multivariate_drift }', false);
    expect(errors.map((e) => e.message)).toContain('a multivariate_drift check compares with reference data: add data.reference');
  });
});
