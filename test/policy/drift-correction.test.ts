/**
 * A drift check's `correction`, `min_effect` and `effect`: defaults, and the combinations that
 * mean nothing (a correction or an effect gate on a distance, effect without min_effect), each
 * reported at its key.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';

/** A valid policy whose check 0 is a drift check with `keys` added (line 11 onwards). */
function policyWith(keys: string): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: regression }
data:
  reference: { file: reference.csv }
  current: { file: current.csv }
checks:
  - id: drift
    type: drift
${keys
  .split('\n')
  .map((line) => `    ${line}`)
  .join('\n')}
`;
}

function load(keys: string) {
  const result = loadPolicySource('p.yaml', policyWith(keys), { env: {}, dir: '/tmp' });
  return { spec: result.policy?.checks[0] as DriftCheckSpec | undefined, errors: result.errors.map(formatPolicyError), codes: result.errors.map((e) => e.code) };
}

describe('drift correction and min_effect in the policy', () => {
  it('default to bh and no effect gate', () => {
    const { spec, errors } = load('method: auto');
    expect(errors).toEqual([]);
    expect(spec).toMatchObject({ correction: 'bh' });
    expect(spec!.min_effect).toBeUndefined();
  });

  it('take the policy’s correction, and min_effect measured by ks unless effect says wasserstein', () => {
    expect(load('method: ks\ncorrection: holm\nmin_effect: 0.05').spec).toMatchObject({ correction: 'holm', min_effect: { value: 0.05, effect: 'ks' } });
    expect(load('min_effect: 0.2\neffect: wasserstein').spec).toMatchObject({ min_effect: { value: 0.2, effect: 'wasserstein' } });
  });

  it('refuse correction and min_effect on a distance method, at their keys', () => {
    const { errors, codes } = load('method: psi\ncorrection: none\nmin_effect: 0.1');
    expect(errors).toEqual([
      'p.yaml:11:5: correction applies to p-value tests (ks, chi_square, z), but method psi is judged on its statistic',
      'p.yaml:12:5: min_effect applies to p-value tests (ks, chi_square, z), but method psi is judged on its statistic',
    ]);
    expect(codes).toEqual(['policy/conflict', 'policy/conflict']);
  });

  it('refuse effect without min_effect', () => {
    expect(load('method: ks\neffect: wasserstein').errors).toEqual(['p.yaml:11:5: effect says how min_effect is measured: add min_effect']);
  });

  it('validate the values against the schema', () => {
    expect(load('correction: fdr').errors).toEqual(['p.yaml:10:17: "correction" must be one of bh, holm, bonferroni, none, got "fdr"']);
    expect(load('min_effect: 0').errors[0]).toMatch(/^p\.yaml:10:17: "min_effect" must be a number greater than 0, got 0$/);
  });
});
