/**
 * examples/monitors/adult-income-labels.yaml end to end through the loader and the engine: the
 * delayed labels of examples/data/adult-labels are joined, counted and evaluated.
 */
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.js';
import { evaluateModel } from '../../src/engine/model.js';
import type { PerformanceDetails } from '../../src/checks/details.js';

const file = fileURLToPath(new URL('../../examples/monitors/adult-income-labels.yaml', import.meta.url));

describe('the delayed-labels example', () => {
  it('loads, joins the late labels and evaluates every check', async () => {
    const { policy, errors } = await loadPolicyFile(file);
    expect(errors).toEqual([]);
    const report = await evaluateModel(policy!, new Date('2026-11-24T12:00:00Z'));
    expect(report.error).toBeNull();
    const byId = new Map(report.checks.map((c) => [c.id, c]));
    const auc = byId.get('auc')!;
    expect(auc.status).toBe('pass');
    expect(auc.estimated).toBe(false);
    expect(auc.thresholds.derived_from).toMatch(/^reference: mean − 3 std of roc_auc/);
    const details = auc.details as PerformanceDetails;
    // make-adult-labels.mjs: rows 1…7,200 could have a label, 2% were lost, 1% sent twice.
    expect(details.evaluated.rows).toBe(16_281);
    expect(details.evaluated.join!.duplicate_ids).toBeGreaterThan(30);
    expect(details.evaluated.join!.conflicting_ids).toBe(0);
    expect(details.evaluated.labelled_rows).toBe(details.evaluated.join!.matched);
    expect(details.evaluated.labelled_rows).toBeGreaterThan(7_000);
    expect(details.evaluated.labelled_rows).toBeLessThan(7_200);
    expect(details.evaluated.join!.unmatched_labels).toBe(0);
    // Counts in messages with thousands separators, as the report's tables show them.
    const labelled = details.evaluated.labelled_rows.toLocaleString('en-US');
    expect(auc.message).toContain(` on ${labelled} labelled predictions (coverage `);
    expect(auc.thresholds.derived_from).toMatch(/ over 10 chunks of about 3,256 rows /);
    expect(byId.get('error-rate-changes')!.message).toMatch(new RegExp(`^adwin over ${labelled} time-ordered errors `));
    const f1 = byId.get('f1-by-sex')!.details as PerformanceDetails;
    expect(f1.groups.map((g) => g.group).sort()).toEqual(['Female', 'Male']);
    expect(byId.get('error-rate-changes')!.status).not.toBe('error');
    for (const check of report.checks) expect(check.status, `${check.id}: ${check.message}`).not.toBe('error');
  });
});
