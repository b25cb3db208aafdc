import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { renderJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';

/** The same object with every key order reversed, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

describe('renderJson', () => {
  it('is 2-space indented JSON with a trailing newline that parses back to the report', () => {
    const report = sampleReport();
    const text = renderJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "report_version": 1,');
    expect(JSON.parse(text)).toEqual(report);
  });

  it('writes keys in the order of the types, whatever order the objects were built in', () => {
    const report = sampleReport();
    const text = renderJson(reversed(report) as Report);
    expect(text).toBe(renderJson(report));
    const parsed = JSON.parse(text) as { models: { checks: Record<string, unknown>[] }[] };
    expect(Object.keys(parsed)).toEqual(['report_version', 'tool', 'generated_at', 'status', 'summary', 'models', 'policy_errors']);
    const check = parsed.models[0]?.checks[0] ?? {};
    expect(Object.keys(check)).toEqual(['id', 'type', 'status', 'value', 'reference_value', 'thresholds', 'message', 'details', 'duration_ms']);
    const details = check['details'] as { columns: Record<string, unknown>[] };
    expect(Object.keys(details)).toEqual(['kind', 'metric', 'columns', 'problems']);
    expect(Object.keys(details.columns[0] ?? {})).toEqual(['column', 'value', 'status', 'count', 'total', 'message']);
  });

  it('keeps keys it does not know (details of a newer check type) after the known ones', () => {
    const report = sampleReport();
    const first = report.models[0]!;
    const check = { ...first.checks[0]!, details: { zeta: 1, kind: 'performance', alpha: [2] } };
    const text = renderJson({ ...report, models: [{ ...first, checks: [check] }] });
    const parsed = JSON.parse(text) as { models: { checks: { details: object }[] }[] };
    expect(Object.keys(parsed.models[0]!.checks[0]!.details)).toEqual(['zeta', 'kind', 'alpha']);
  });

  it('writes NaN and ±Infinity as null, everywhere (JSON has neither)', () => {
    // JSON.stringify already does this silently; the renderer makes it a rule, tested here.
    expect(JSON.stringify({ a: Number.NaN, b: [Number.POSITIVE_INFINITY] })).toBe('{"a":null,"b":[null]}');
    const report = sampleReport();
    const model = report.models[0]!;
    const drift = model.checks[1]!;
    const details = drift.details as { columns: object[] };
    const broken = {
      ...drift,
      value: Number.NaN,
      duration_ms: Number.POSITIVE_INFINITY,
      thresholds: { fail: { gte: Number.NEGATIVE_INFINITY } },
      details: { ...details, columns: [{ ...details.columns[0], statistic: Number.NaN, p_value: Number.POSITIVE_INFINITY }] },
    };
    const text = renderJson({ ...report, models: [{ ...model, checks: [broken] }] });
    expect(text).not.toMatch(/NaN|Infinity/);
    const parsed = JSON.parse(text) as { models: { checks: { value: unknown; duration_ms: unknown; thresholds: { fail: { gte: unknown } }; details: { columns: { statistic: unknown; p_value: unknown }[] } }[] }[] };
    const out = parsed.models[0]!.checks[0]!;
    expect([out.value, out.duration_ms, out.thresholds.fail.gte]).toEqual([null, null, null]);
    expect(out.details.columns[0]).toMatchObject({ statistic: null, p_value: null });
  });

  it('writes typed arrays as arrays and leaves undefined fields out', () => {
    const report = sampleReport();
    const model = report.models[0]!;
    const check = { ...model.checks[0]!, estimated: undefined, details: { kind: 'concept_drift', points: new Float64Array([1.5, Number.NaN]) } };
    const parsed = JSON.parse(renderJson({ ...report, models: [{ ...model, checks: [check] }] })) as { models: { checks: Record<string, unknown>[] }[] };
    const out = parsed.models[0]!.checks[0]!;
    expect(out['details']).toEqual({ kind: 'concept_drift', points: [1.5, null] });
    expect('estimated' in out).toBe(false);
  });
});
