/** Small in-memory tables and policies for check tests (no files). */
import { Table, type Column } from '../../src/data/table.js';
import type { DriftCheckSpec, Policy } from '../../src/policy/types.js';
import type { CheckContext } from '../../src/checks/types.js';

export function numeric(name: string, values: readonly number[]): Column {
  return { kind: 'numeric', name, values: Float64Array.from(values) };
}

export function categorical(name: string, values: readonly (string | null)[]): Column {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    if (v === null) return -1;
    if (!index.has(v)) {
      index.set(v, dictionary.length);
      dictionary.push(v);
    }
    return index.get(v)!;
  });
  return { kind: 'categorical', name, codes, dictionary };
}

export function timestamps(name: string, isoInstants: readonly (string | null)[]): Column {
  return { kind: 'timestamp', name, values: Float64Array.from(isoInstants, (t) => (t === null ? Number.NaN : Date.parse(t))) };
}

export function table(...columns: Column[]): Table {
  const first = columns[0]!;
  const rows = first.kind === 'categorical' ? first.codes.length : first.values.length;
  return new Table(rows, columns, 'test');
}

export function policyWith(columns: Partial<Policy['columns']> = {}): Policy {
  return {
    file: 'test.yaml',
    dir: '/tmp',
    apiVersion: 'modelwatch/v1',
    model: { name: 'm', task: 'binary_classification', owners: [] },
    columns: { sensitive: [], pii: [], types: {}, ...columns },
    data: { current: { kind: 'file', paths: [] } },
    defaults: { min_samples: 1, time_budget: { ms: 600_000, text: '10m' } },
    checks: [],
    alerting: { issue: { enabled: true, labels: [] }, silences: [] },
    secrets: [],
    positionOf: () => undefined,
  };
}

export function context(current: Table, reference: Table | null = null, policy: Policy = policyWith(), now = new Date('2026-11-24T12:00:00Z')): CheckContext {
  return { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now };
}

/** A drift check spec for tests: every column, `auto`, fail at 0.1 or p < 0.05; `partial` overrides. */
export function driftSpec(partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec {
  return {
    id: 'd',
    type: 'drift',
    features: 'all',
    method: 'auto',
    per_feature: { fail: { gte: 0.1 } },
    p_value: { fail: { lt: 0.05 } },
    bins: 10,
    min_samples: 1,
    pointer: '/checks/0',
    ...partial,
  };
}
