import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';

const policy = (rule: string) => `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: regression }
columns:
  features: { numerical: [age, hours_per_week] }
data:
  current: { file: c.csv }
checks:
  - id: plausible
    type: data_quality
    metric: rule
    rule: "${rule}"
    mostly: 0.99
`;
const load = (rule: string) => loadPolicySource('p.yaml', policy(rule), { env: {}, dir: '/policies' });

describe('columns named in a data_quality rule', () => {
  // Found by the hostile corpus (test/corpus): a business expression's columns were checked
  // against the declared ones at load, a row rule's were not, so `agezz >= 17` loaded and
  // could only fail at run time.
  it('are refused at load when the policy does not declare them, with a suggestion', () => {
    const { policy: loaded, errors } = load('agezz >= 17 and age <= 90');
    expect(loaded).toBeNull();
    expect(errors.map((e) => `${e.code} ${formatPolicyError(e)}`)).toEqual(['policy/unknown-column p.yaml:12:11: column "agezz" is not declared in columns (did you mean "age"?)']);
  });

  it('are accepted when declared', () => {
    expect(load('age >= 17 and hours_per_week > 0').errors).toEqual([]);
  });
});
