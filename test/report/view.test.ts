import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/report.js';
import { byStatus, failingChecks, formatCounts, orderedChecks, STATUS_ORDER } from '../../src/report/view.js';
import { sampleReport } from './sample-report.js';

const status = fc.constantFrom<Status>('pass', 'warn', 'fail', 'no_data', 'error', 'skipped', 'silenced');

describe('ordering', () => {
  it('sorts worst first and keeps the input order among equals (property)', () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        const items = statuses.map((s, index) => ({ status: s, index }));
        const sorted = byStatus(items);
        expect(sorted).toHaveLength(items.length);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const [ra, rb] = [STATUS_ORDER.indexOf(a.status), STATUS_ORDER.indexOf(b.status)];
          expect(ra < rb || (ra === rb && a.index < b.index)).toBe(true);
        }
      }),
    );
  });

  it('orders the sample model fail, error, warn, pass, pass, silenced and does not touch the input', () => {
    const model = sampleReport().models[0]!;
    const before = model.checks.map((c) => c.id);
    expect(orderedChecks(model).map((c) => c.status)).toEqual(['fail', 'error', 'warn', 'pass', 'pass', 'silenced']);
    expect(model.checks.map((c) => c.id)).toEqual(before);
    expect(failingChecks(model)).toEqual(['feature-drift', 'income-rule']);
  });

  it('counts statuses worst first, in words', () => {
    expect(formatCounts(sampleReport().models[1]!.checks)).toBe('1 warn, 1 no data, 1 pass, 1 skipped');
    expect(formatCounts([])).toBe('no checks');
  });
});
