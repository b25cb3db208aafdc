/**
 * `delimiter:` on a source (issue 9, item 9): loads for the four delimiters, reaches the
 * SourceSpec, is refused with a position for anything else, and where it cannot apply.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';
import type { SourceSpec } from '../../src/policy/types.js';

const policy = (current: string): string => `apiVersion: modelwatch/v1
kind: ModelMonitor
model:
  name: churn
  task: binary_classification
data:
  current: ${current}
  labels: { file: labels.csv, join: id, column: y, delimiter: "|" }
checks:
  - id: rows
    type: data_quality
    metric: row_count
    fail: { lt: 1 }
`;

function load(source: string) {
  const { policy, errors } = loadPolicySource('p.yaml', source, { env: {}, dir: '/tmp' });
  return { policy, lines: errors.map(formatPolicyError), codes: errors.map((e) => e.code) };
}

/** The delimiter of a file source (every source here is one). */
function delimiterOf(source: SourceSpec | undefined): string | undefined {
  return source?.kind === 'file' ? source.delimiter : undefined;
}

describe('delimiter on a source', () => {
  it.each([
    ['";"', ';'],
    ['"\\t"', '\t'],
    ['"|"', '|'],
    ['","', ','],
  ])('loads delimiter: %s', (yaml, delimiter) => {
    const { policy: loaded, lines } = load(policy(`{ file: cur.csv, delimiter: ${yaml} }`));
    expect(lines).toEqual([]);
    expect(delimiterOf(loaded?.data.current)).toBe(delimiter);
    expect(delimiterOf(loaded?.data.labels?.source)).toBe('|');
  });

  it('leaves it undefined when not given (a comma, other delimiters refused by the reader)', () => {
    expect(delimiterOf(load(policy('{ file: cur.csv }')).policy?.data.current)).toBeUndefined();
  });

  it('refuses another delimiter at its value', () => {
    const { lines, codes } = load(policy('{ file: cur.csv, delimiter: ":" }'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^p\.yaml:7:40: "delimiter" must be one of/);
    expect(codes[0]).toMatch(/^policy\//);
  });

  it('refuses it on a source whose format has no delimiter', () => {
    const { lines, codes } = load(policy('{ file: cur.jsonl, format: jsonl, delimiter: ";" }'));
    expect(lines).toEqual([expect.stringMatching(/^p\.yaml:7:\d+: "delimiter" applies to CSV files, and this source's format is jsonl/)]);
    expect(codes).toEqual(['policy/conflict']);
  });
});
