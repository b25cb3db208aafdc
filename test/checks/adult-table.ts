/**
 * Test helper: the scored UCI Adult rows (examples/data/adult/*.csv; origin and licence in
 * examples/data/adult/README.md) read by modelwatch's own reader, and the fairness oracle's
 * fixture (test/fixtures/oracle/fairness_oracle.py: numpy, pandas, scikit-learn 1.2.1, scipy 1.10.1).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSource } from '../../src/data/read.js';
import type { Table } from '../../src/data/table.js';

const cache = new Map<string, Promise<Table>>();

export function adultTable(name: 'reference' | 'current'): Promise<Table> {
  let table = cache.get(name);
  if (table === undefined) {
    const path = fileURLToPath(new URL(`../../examples/data/adult/${name}.csv`, import.meta.url));
    table = readSource({ kind: 'file', paths: [path] }, {});
    cache.set(name, table);
  }
  return table;
}

export interface OracleGroup {
  readonly n: number;
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
  readonly rates: Readonly<Record<string, number>>;
  readonly wilson: Readonly<Record<string, [number, number]>>;
}

export interface OracleFairness {
  readonly groups: Readonly<Record<string, OracleGroup>>;
  readonly min_group_size: number;
  readonly too_small: readonly string[];
  readonly reference_group: string;
  readonly aggregates: Readonly<Record<string, {
    readonly difference: number;
    readonly ratio: number;
    readonly min_group: string;
    readonly max_group: string;
    readonly vs_group: Readonly<Record<string, number>>;
  }>>;
  readonly equalized_odds: number;
}

export interface FairnessOracle {
  readonly quantile_levels: readonly number[];
  readonly quantiles: Readonly<Record<'reference' | 'current', Readonly<Record<string, Readonly<Record<string, number>>>>>>;
  readonly fairness: Readonly<Record<'reference' | 'current', Readonly<Record<string, OracleFairness>>>>;
  readonly expressions: Readonly<Record<'reference' | 'current', Readonly<Record<string, number>>>>;
}

export function fairnessOracle(): FairnessOracle {
  const path = fileURLToPath(new URL('../fixtures/fairness-oracle.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as FairnessOracle;
}
