/**
 * A threshold with `confidence` (docs/policy.md#thresholds) keeps it in every rendering: the
 * text says the bound is on the whole interval, and the JSON report writes the key in its place.
 */
import { describe, expect, it } from 'vitest';
import { formatThresholds } from '../../src/report/format.js';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/engine/report.js';

describe('confidence in rendered thresholds', () => {
  it('says the bound is on the whole interval', () => {
    expect(formatThresholds({ warn: { lt: 0.75 }, fail: { lt: 0.7, confidence: 0.95 } })).toBe('warn < 0.75 · fail < 0.7 (whole 95% interval)');
  });

  it('keeps confidence in the JSON report, after the conditions (unknown keys are never dropped)', () => {
    const check = { id: 'auc', type: 'performance', status: 'pass', value: 0.71, thresholds: { fail: { confidence: 0.95, lt: 0.7 } }, message: 'm', details: null };
    const report = { version: '0', checks: [check] } as unknown as Report;
    const json = renderJson({ ...report, models: [{ name: 'm', status: 'pass', checks: [check] }] } as unknown as Report);
    expect(json).toContain('"fail": {\n');
    expect(json.replace(/\s+/g, '')).toContain('"fail":{"lt":0.7,"confidence":0.95}');
  });
});
