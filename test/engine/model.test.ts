/**
 * evaluateModel runs a model's checks side by side: every check starts before any is awaited,
 * so checks computed on this thread go on while drift waits for worker threads, and the report
 * still lists the checks in the policy's order with the numbers of a one-by-one run.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareNumeric, type NumericData, type PairRequest, Scratch } from '../../src/checks/drift-measure.js';
import { dataQualityCheck } from '../../src/checks/data-quality.js';
import { evaluateModel } from '../../src/engine/model.js';
import type { ModelReport } from '../../src/engine/report.js';
import { loadPolicyFile } from '../../src/policy/load.js';

const file = fileURLToPath(new URL('../../examples/monitors/adult-income.yaml', import.meta.url));
const NOW = new Date('2026-11-24T06:00:00Z');
const withoutDurations = (report: ModelReport) => JSON.parse(JSON.stringify(report, (key, value) => (key === 'duration_ms' ? undefined : value))) as unknown;

afterEach(() => vi.restoreAllMocks());

describe('evaluateModel', () => {
  it('computes the other checks while drift waits for its workers, and keeps the policy order', async () => {
    const { policy } = await loadPolicyFile(file);
    const events: string[] = [];
    const run = dataQualityCheck.run.bind(dataQualityCheck);
    vi.spyOn(dataQualityCheck, 'run').mockImplementation((spec, context) => {
      events.push('data quality');
      return run(spec, context);
    });
    const parallel = {
      wants: () => true,
      compareNumeric: async (reference: NumericData, current: NumericData, request: PairRequest) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        events.push('drift pair');
        return compareNumeric(reference, current, request, new Scratch());
      },
    };
    const sideBySide = await evaluateModel(policy!, NOW, { parallel });
    expect(events.indexOf('data quality')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('data quality')).toBeLessThan(events.indexOf('drift pair'));
    expect(sideBySide.checks.map((c) => c.id)).toEqual(policy!.checks.map((c) => c.id));
    const oneByOne = await evaluateModel(policy!, NOW);
    expect(withoutDurations(sideBySide)).toEqual(withoutDurations(oneByOne));
  });
});
