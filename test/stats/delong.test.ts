/**
 * DeLong's ROC AUC variance and interval against an independent numpy/scipy implementation of
 * Sun & Xu's fast algorithm (test/fixtures/oracle/delong_oracle.py → test/fixtures/delong-oracle.json)
 * on the scored UCI Adult rows and synthetic cases, within 1e-9 relative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NumericColumn } from '../../src/data/table.js';
import { delongRocAuc } from '../../src/stats/delong.js';
import { rocAuc } from '../../src/stats/metrics/index.js';
import { adultTable } from '../checks/adult-table.js';

interface Case {
  auc: number;
  variance: number;
  low: number;
  high: number;
  file?: 'reference' | 'current';
  rows?: number | null;
  round?: number | null;
  scores?: number[];
  labels?: number[];
}

const oracle = JSON.parse(readFileSync(new URL('../fixtures/delong-oracle.json', import.meta.url), 'utf8')) as { z: number; cases: Record<string, Case> };

/** numpy's round(x, 2): x·100 rounded half to even, then / 100. */
function round2(x: number): number {
  const y = x * 100;
  const r = Math.round(y);
  return (r - y === 0.5 && r % 2 !== 0 ? r - 1 : r) / 100;
}

async function inputs(c: Case): Promise<[Float64Array, Float64Array]> {
  if (c.scores !== undefined) return [Float64Array.from(c.scores), Float64Array.from(c.labels!)];
  const table = await adultTable(c.file!);
  const rows = c.rows ?? table.rowCount;
  let scores = (table.column('proba') as NumericColumn).values.slice(0, rows);
  if (c.round === 2) scores = scores.map(round2);
  return [scores, (table.column('label') as NumericColumn).values.slice(0, rows)];
}

function close(actual: number, expected: number, what: string): void {
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9);
}

describe('delongRocAuc', () => {
  it('uses the z of the oracle', () => {
    expect(delongRocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]).low).toBe(1);
    expect(oracle.z).toBe(1.959963984540054);
  });

  it.each(Object.keys(oracle.cases))('%s: AUC, variance and interval equal the numpy implementation', async (name) => {
    const c = oracle.cases[name]!;
    const [scores, labels] = await inputs(c);
    const result = delongRocAuc(scores, labels);
    close(result.auc, c.auc, 'auc');
    close(result.variance, c.variance, 'variance');
    close(result.low, c.low, 'low');
    close(result.high, c.high, 'high');
    // The same AUC as the realized metric (trapezoid over distinct scores).
    expect(Math.abs(result.auc - rocAuc(labels, scores))).toBeLessThanOrEqual(1e-12);
  });

  it('refuses a class with fewer than two rows, mismatched lengths and non-finite scores', () => {
    expect(() => delongRocAuc([0.1, 0.2, 0.3], [1, 0, 0])).toThrow(RangeError);
    expect(() => delongRocAuc([0.1, 0.2], [1, 0, 0])).toThrow(RangeError);
    expect(() => delongRocAuc([0.1, Number.NaN, 0.3, 0.4], [1, 0, 0, 1])).toThrow(RangeError);
  });
});
