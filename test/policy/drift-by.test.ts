/**
 * A drift check's `by` and `min_group_size` in the policy: defaults, and the refusals — a pii
 * column or an undeclared one as a segment, a bad min_group_size, min_group_size without by —
 * each at its position.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';

/** A valid policy with declared columns whose check 0 is a drift check with `keys` added (line 19 onwards). */
function policyWith(keys: string): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: binary_classification }
columns:
  id: request_id
  pii: [email]
  features:
    numerical: [age, hours_per_week]
    categorical: [race, sex]
data:
  reference: { file: reference.csv }
  current: { file: current.csv }
defaults: { min_samples: 200 }
checks:
  - id: drift
    type: drift
    method: ks
    features: [age, hours_per_week]
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

describe('drift by: in the policy', () => {
  it('takes one column or two; min_group_size defaults to the check’s min_samples', () => {
    expect(load('by: race')).toMatchObject({ errors: [], spec: { by: ['race'], min_group_size: 200 } });
    expect(load('by: [sex, race]\nmin_group_size: 50')).toMatchObject({ errors: [], spec: { by: ['sex', 'race'], min_group_size: 50 } });
    expect(load('min_samples: 80\nby: race').spec).toMatchObject({ min_group_size: 80 });
    const none = load('correction: holm').spec!;
    expect(none.by).toBeUndefined();
    expect(none.min_group_size).toBeUndefined();
  });

  it('refuses a pii column, an undeclared column and the id column as a segment, at the name', () => {
    expect(load('by: email')).toMatchObject({ codes: ['policy/conflict'], errors: ['p.yaml:19:9: column "email" is listed in columns.pii: checks may not read PII columns'] });
    const unknown = load('by: rase');
    expect(unknown.codes).toEqual(['policy/unknown-column']);
    expect(unknown.errors[0]).toMatch(/^p\.yaml:19:9: column "rase" is not declared in columns.*race/);
    expect(load('by: [sex, request_id]').errors[0]).toMatch(/^p\.yaml:19:15: "by" names the id column "request_id"/);
    expect(load('by: [sex, sex]').codes).toEqual(['policy/duplicate']);
  });

  it('refuses a bad min_group_size, and min_group_size without by', () => {
    expect(load('by: race\nmin_group_size: 0').errors).toEqual(['p.yaml:20:21: "min_group_size" must be an integer ≥ 1, got 0']);
    expect(load('by: race\nmin_group_size: 2.5').codes).toEqual(['policy/wrong-type']);
    expect(load('min_group_size: 30')).toMatchObject({ codes: ['policy/conflict'], errors: ['p.yaml:19:5: min_group_size applies to the groups of "by": add by, or remove min_group_size'] });
    expect(load('by: [a, b, c]').errors[0]).toMatch(/^p\.yaml:19:9: /);
  });
});
