/**
 * For every example model, the report from PostgreSQL equals the report from the files, check
 * by check, value by value, details included: the example CSVs are loaded into the test server
 * (server.ts) and each policy is evaluated twice by the engine, once as written and once with
 * its reference, current and labels sources replaced by postgres sources over the loaded
 * tables. Only durations may differ (no report field names its source), and numbers in their
 * last bits (roundedSums).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/engine/model.js';
import type { ModelReport } from '../../src/engine/report.js';
import type { Policy, SourceSpec } from '../../src/policy/types.js';
import { exampleFileOf, examplePolicies, exampleTable, loadExampleTables, pgSpec, pgUrl } from './server.js';

const NOW = new Date('2026-11-24T06:00:00Z');

/** The policy with every example file source replaced by a postgres source over its table. */
function fromPostgres(policy: Policy, mode: 'table' | 'query'): Policy {
  const replace = (spec: SourceSpec | undefined): SourceSpec | undefined => {
    const file = exampleFileOf(spec);
    if (file === undefined) return spec;
    const table = exampleTable(file);
    return mode === 'table' ? pgSpec({ table }) : pgSpec({ query: `select * from ${table}` });
  };
  const { data } = policy;
  return {
    ...policy,
    data: {
      ...data,
      ...(data.reference === undefined ? {} : { reference: replace(data.reference) }),
      current: replace(data.current)!,
      ...(data.labels === undefined ? {} : { labels: { ...data.labels, source: replace(data.labels.source)! } }),
    },
  };
}

/**
 * Every number to 12 significant digits. The server returns a table's rows in its own order (no
 * ORDER BY without a timestamp column, ties within one), and a sum over rows taken in another
 * order differs in its last bits: PCA's chunk means, a bootstrap's point estimate. Everything
 * else about the report, every count, status and message, must be equal.
 */
function roundedSums(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(12)) : value;
  if (Array.isArray(value)) return value.map(roundedSums);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundedSums(v)]));
  return value;
}

/** The report without what may differ: durations. */
function comparable(report: ModelReport): unknown {
  return { ...report, duration_ms: 0, checks: report.checks.map((c) => ({ ...c, duration_ms: 0 })) };
}

describe.skipIf(pgUrl() === undefined)('example models from PostgreSQL', () => {
  let policies: Policy[] = [];
  beforeAll(async () => {
    await loadExampleTables();
    policies = await examplePolicies();
  });

  it('covers every example model', () => {
    expect(policies.map((p) => p.model.name).sort()).toEqual(['adult-income', 'adult-income-labels', 'adult-income-shifted', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']);
  });

  for (const name of ['adult-income', 'adult-income-labels', 'adult-income-shifted', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']) {
    for (const mode of ['table', 'query'] as const) {
      it(`${name}: the report from postgres (${mode}) equals the report from the files`, async () => {
        const policy = policies.find((p) => p.model.name === name)!;
        const fromFiles = await evaluateModel(policy, NOW);
        const fromPg = await evaluateModel(fromPostgres(policy, mode), NOW);
        expect(fromFiles.error).toBeNull();
        expect(fromPg.error).toBeNull();
        expect(fromPg.checks.length).toBeGreaterThan(0);
        expect(fromPg.checks.map((c) => c.id)).toEqual(fromFiles.checks.map((c) => c.id));
        for (let i = 0; i < fromFiles.checks.length; i++) {
          expect(roundedSums({ ...fromPg.checks[i], duration_ms: 0 }), `check ${fromFiles.checks[i]!.id}`).toEqual(roundedSums({ ...fromFiles.checks[i], duration_ms: 0 }));
        }
        expect(roundedSums(comparable(fromPg))).toEqual(roundedSums(comparable(fromFiles)));
      });
    }
  }

  it('offer-ranker with a 3-day window: the window pushed down to the server gives the same report', async () => {
    const policy = policies.find((p) => p.model.name === 'offer-ranker')!;
    const windowed: Policy = { ...policy, data: { ...policy.data, window: { kind: 'time', ms: 3 * 86_400_000, text: '3d' } } as Policy['data'] };
    const now = new Date('2026-11-21T12:00:00Z');
    const fromFiles = await evaluateModel(windowed, now);
    const fromPg = await evaluateModel(fromPostgres(windowed, 'table'), now);
    expect(fromFiles.error).toBeNull();
    expect(fromFiles.rows.current).toBeGreaterThan(500);
    expect(fromFiles.rows.current).toBeLessThan(6000);
    expect(comparable(fromPg)).toEqual(comparable(fromFiles));
  });
});
