import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** A deep copy of the sample report with `path` deleted (`undefined`) or set to `value`. */
function sampleWith(path: Path, value: Json | undefined): Json {
  const copy = structuredClone(sampleReport()) as unknown as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  const parent = node as Record<string, Json>;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

function errors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('schema/report.v1.schema.json', () => {
  it('has an $id and compiles in ajv strict mode', () => {
    expect((schema as { $id?: string }).$id).toBe('https://modelwatch.dev/schema/report.v1.schema.json');
  });

  it('accepts the sample report, as an object and as written by renderJson', () => {
    const report = sampleReport();
    const statuses = new Set(report.models.flatMap((m) => m.checks.map((c) => c.status)));
    expect([...statuses].sort()).toEqual(['error', 'fail', 'no_data', 'pass', 'silenced', 'skipped', 'warn']);
    expect(errors(report)).toEqual([]);
    expect(errors(JSON.parse(renderJson(report)))).toEqual([]);
  });

  it('accepts drift columns with distributions, numeric and categorical', () => {
    const kinds = sampleReport().models.flatMap((m) => m.checks.flatMap((c) => ((c.details as { columns?: { distribution?: { kind: string } }[] } | null)?.columns ?? []).map((col) => col.distribution?.kind)));
    expect(new Set(kinds)).toEqual(new Set([undefined, 'bins', 'categories']));
    expect(errors(sampleReport())).toEqual([]);
  });

  it('accepts an error drift column with its code', () => {
    const report = sampleWith([...['models', 0, 'checks', 1, 'details', 'columns', 0]], {
      ...(structuredClone((sampleReport().models[0]!.checks[1]!.details as { columns: unknown[] }).columns[0]) as Record<string, Json>),
      status: 'error',
      code: 'check/missing-column',
    });
    expect(errors(report)).toEqual([]);
  });

  it('describes every check type\'s details, and still accepts a kind a later version adds', () => {
    const withDetails = (details: Json) => sampleWith(['models', 0, 'checks', 0], {
      ...(structuredClone(sampleReport().models[0]!.checks[0]) as unknown as Record<string, Json>),
      type: 'business',
      details,
    });
    expect(errors(withDetails({ kind: 'business', expr: 'sum(revenue)', by: null, min_group_size: 30, groups: [], rows_without_group: 0 }))).toEqual([]);
    expect(errors(withDetails({ kind: 'business', metric: 'revenue', anything: [1, 2] }))).not.toEqual([]);
    expect(errors(withDetails({ kind: 'forecast', anything: [1, 2] }))).toEqual([]);
  });

  it('describes a performance check’s details and intervals, overall and per group, and refuses a malformed one or an unknown member', () => {
    const interval = { method: 'bootstrap', confidence: 0.9, low: 0.61, high: 0.66 };
    const group = { group: 'a', rows: 400, value: 0.63, reference_value: null, estimated: false, status: 'pass', message: 'f1 0.63', interval };
    const withDetails = (details: Json) => sampleWith(['models', 0, 'checks', 0], {
      ...(structuredClone(sampleReport().models[0]!.checks[0]) as unknown as Record<string, Json>),
      type: 'performance',
      details,
    });
    const evaluated = { start: null, end: null, delay: null, rows: 400, labelled_rows: 400, labelled_coverage: 1, join: null };
    const base = { kind: 'performance', metric: 'f1', estimated: false, evaluated, confusion_matrix: { labels: ['0', '1'], matrix: [[200, 40], [60, 100]] }, decision_threshold: 0.5, missing_predictions: 0, estimate: null, derived: null };
    expect(errors(withDetails({ ...base, interval, groups: [group, { ...group, group: 'b', interval: null }] }))).toEqual([]);
    expect(errors(withDetails({ ...base, interval, groups: [], other: 1 }))).not.toEqual([]);
    expect(errors(withDetails({ ...base, interval: { ...interval, method: 'jackknife' }, groups: [] }))).not.toEqual([]);
    expect(errors(withDetails({ ...base, interval, groups: [{ ...group, interval: { ...interval, low: 'x' } }] }))).not.toEqual([]);
  });

  const quality = structuredClone(sampleReport().models[0]!.checks[0]!.details) as Json;
  const check = ['models', 0, 'checks'] as const;
  const column = [...check, 1, 'details', 'columns', 0] as const;
  const mutations: [string, Path, Json | undefined, RegExp][] = [
    ['a missing top-level field', ['generated_at'], undefined, /must have required property 'generated_at'/],
    ['an unknown top-level field', ['extra'], 1, /must NOT have additional properties/],
    ['a wrong model status', ['models', 0, 'status'], 'failed', /\/models\/0\/status must be equal to one of the allowed values/],
    ['a wrong check status', [...check, 0, 'status'], 'ok', /\/models\/0\/checks\/0\/status/],
    ['a check without a message', [...check, 2, 'message'], undefined, /must have required property 'message'/],
    ['a NaN value', [...check, 0, 'value'], Number.NaN, /\/models\/0\/checks\/0\/value/],
    ['an Infinity duration', ['models', 0, 'duration_ms'], Number.POSITIVE_INFINITY, /\/models\/0\/duration_ms/],
    ['a drift column without p_value', [...column, 'p_value'], undefined, /p_value/],
    ['a drift column without drifted', [...column, 'drifted'], undefined, /drifted/],
    ['a drift column with a p-value above 1', [...check, 3, 'details', 'columns', 0, 'p_value'], 1.5, /p_value/],
    ['drift details with an unknown key', [...check, 1, 'details', 'extra'], true, /additional properties/],
    ['a drift check whose details are data_quality', [...check, 1, 'details'], quality, /kind/],
    ['an unknown check type', [...check, 0, 'type'], 'vibes', /\/type/],
    ['a threshold with an unknown comparator', [...check, 0, 'thresholds', 'fail', 'greater'], 1, /additional properties/],
    ['a policy error without a line', ['policy_errors', 0, 'line'], undefined, /must have required property 'line'/],
    ['a by_status without silenced', ['summary', 'by_status', 'silenced'], undefined, /silenced/],
    ['a generated_at that is not an instant', ['generated_at'], 'yesterday', /generated_at must match pattern/],
    ['details of another kind named drift', [...check, 1, 'details'], { kind: 'drift' }, /columns|oneOf/],
    ['an error check without its code', [...check, 5, 'code'], undefined, /\/models\/0\/checks\/5 must have required property 'code'/],
    ['a no_data check without its code', ['models', 1, 'checks', 0, 'code'], undefined, /must have required property 'code'/],
    ['a code that is not a code', [...check, 5, 'code'], 'Check crashed', /\/models\/0\/checks\/5\/code/],
    ['an error drift column without its code', [...column, 'status'], 'error', /columns\/0 must have required property 'code'/],
    ['a drift distribution of an unknown kind', [...column, 'distribution', 'kind'], 'histogram', /distribution/],
    ['a drift distribution with a row of data in it', [...column, 'distribution', 'rows'], [[1, 2]], /distribution/],
    ['a drift distribution with a negative count', [...column, 'distribution', 'current', 0], -1, /distribution/],
    ['a drift distribution with more than 21 edges', [...column, 'distribution', 'edges'], Array.from({ length: 30 }, (_, i) => i), /distribution/],
  ];
  it.each(mutations)('rejects %s', (_, path, value, expected) => {
    const found = errors(sampleWith(path, value));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(expected);
  });
});
