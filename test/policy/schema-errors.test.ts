import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import { show } from '../../src/policy/schema-errors.js';

const HEAD = 'apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: m, task: regression }\ndata:\n  current: { file: c.csv }\n';
const load = (text: string) => loadPolicySource('p.yaml', text, { env: {}, dir: '/policies' });

describe('values quoted in policy errors', () => {
  // Found by the hostile corpus (test/corpus): `.nan` was quoted back as NaN, and no output may
  // say NaN; the user wrote YAML, so the value is quoted as YAML spells it.
  it('quotes a YAML .nan, .inf and -.inf as written, never NaN or Infinity', () => {
    expect([show(Number.NaN), show(Number.POSITIVE_INFINITY), show(Number.NEGATIVE_INFINITY)]).toEqual(['.nan', '.inf', '-.inf']);
    const messages = load(`${HEAD}checks:\n  - id: rows\n    type: data_quality\n    metric: row_count\n    min_samples: .nan\n    fail: { lt: .nan }\n`).errors.map(formatPolicyError);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/NaN|Infinity/);
    expect(messages.some((m) => m.includes('got .nan'))).toBe(true);
  });
});
