/**
 * No raw id value reaches a report (issue 9, item 11): grouping by the id column would make one
 * group per request and list every id as a group label, so `by:` naming columns.id is refused
 * at load, at its position, in every check type that groups.
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
  prediction: label
  score: p
  target: y
  sensitive: [gender]
  types: { latency_ms: numeric }
data:
  reference: { file: ref.csv }
  current: { file: cur.csv }
checks:
`;

function load(check: string) {
  const source = BASE + check;
  const { errors } = loadPolicySource('p.yaml', source, { env: {}, dir: '/tmp' });
  return { source, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code) };
}

/** `p.yaml:line:column` of the id column's name inside the checks. */
function placeOfId(source: string): string {
  const offset = source.indexOf('request_id', source.indexOf('checks:'));
  const before = source.slice(0, offset).split('\n');
  return `p.yaml:${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('by: the id column', () => {
  it.each([
    ['operational', '  - id: c\n    type: operational\n    metric: p95\n    column: latency_ms\n    by: request_id\n    fail: { gt: 1 }\n'],
    ['business', '  - id: c\n    type: business\n    expr: "mean(p)"\n    by: request_id\n    fail: { lt: 0.1 }\n'],
    ['fairness (a pair)', '  - id: c\n    type: fairness\n    metric: selection_rate\n    by: [gender, request_id]\n    fail: { gt: 0.1 }\n'],
    ['performance', '  - id: c\n    type: performance\n    metric: accuracy\n    by: request_id\n    fail: { lt: 0.5 }\n'],
  ])('is refused in %s, at the name', (_, check) => {
    const { source, lines, codes } = load(check);
    expect(codes).toEqual(['policy/conflict']);
    expect(lines[0]!.startsWith(`${placeOfId(source)}: `), lines[0]).toBe(true);
    expect(lines[0]).toContain('"by" names the id column "request_id"');
  });

  it('still groups by any other column', () => {
    expect(load('  - id: c\n    type: fairness\n    metric: selection_rate\n    by: gender\n    fail: { gt: 0.1 }\n').lines).toEqual([]);
  });
});
