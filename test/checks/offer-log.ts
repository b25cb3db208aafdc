/**
 * Test helper: the seeded offer-ranker prediction log (examples/data/make-prediction-log.mjs,
 * documented in examples/data/README.md) read by modelwatch's reader, the example policy, and
 * the numpy/pandas oracle's values (test/fixtures/oracle/operational_oracle.py).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSource } from '../../src/data/read.js';
import type { Table } from '../../src/data/table.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';

const tables = new Map<string, Promise<Table>>();

export function offerLog(name: 'reference' | 'current'): Promise<Table> {
  let table = tables.get(name);
  if (table === undefined) {
    const path = fileURLToPath(new URL(`../../examples/data/offer-ranker/${name}.csv`, import.meta.url));
    table = readSource({ kind: 'file', paths: [path] }, { kinds: { scored_at: 'timestamp', status: 'categorical', segment: 'categorical' } });
    tables.set(name, table);
  }
  return table;
}

export async function offerPolicy(): Promise<Policy> {
  const file = fileURLToPath(new URL('../../examples/monitors/offer-ranker.yaml', import.meta.url));
  const { policy, errors } = await loadPolicyFile(file);
  if (policy === null) throw new Error(errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n'));
  return policy;
}

export interface Measures {
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly error_rate_values: number;
  readonly error_rate_pattern: number;
  readonly throughput: number;
  readonly null_prediction_share: number;
  readonly kpis: Readonly<Record<string, number>>;
  readonly rows: number;
}

export interface OperationalOracle {
  readonly span_hours: number;
  readonly overall: Measures;
  readonly by_segment: Readonly<Record<string, Measures>>;
  readonly rows_without_segment: number;
}

export function operationalOracle(): Readonly<Record<'reference' | 'current', OperationalOracle>> {
  const path = fileURLToPath(new URL('../fixtures/operational-oracle.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Readonly<Record<'reference' | 'current', OperationalOracle>>;
}
