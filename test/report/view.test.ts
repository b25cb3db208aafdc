import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/report.js';
import { formatGroupValue, groupValueHeading } from '../../src/report/format.js';
import { byStatus, failingChecks, formatCounts, groupEvidence, orderedChecks, STATUS_ORDER } from '../../src/report/view.js';
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

describe('a performance check’s groups', () => {
  it('carry each group’s interval and its level into the group tables', () => {
    const check = structuredClone(sampleReport().models[0]!.checks[0]!);
    const groups = [
      { group: 'a', rows: 500, value: 0.6312, status: 'pass', message: 'f1 0.6312', interval: { method: 'bootstrap', confidence: 0.9, low: 0.6011, high: 0.6604 } },
      { group: 'b', rows: 20, value: null, status: 'no_data', message: '20 rows, fewer than min_group_size 100' },
    ];
    const evidence = groupEvidence({ ...check, type: 'performance', details: { kind: 'performance', metric: 'f1', groups } } as unknown as typeof check)!;
    const a = evidence.find((g) => g.group === 'a')!;
    expect(a).toMatchObject({ low: 0.6011, high: 0.6604, confidence: 0.9 });
    expect(evidence.find((g) => g.group === 'b')).toMatchObject({ low: null, high: null, confidence: null });
    expect(groupValueHeading(evidence)).toBe('Value (90% interval)');
    expect(formatGroupValue(a, 'number')).toMatch(/^0\.6312 \(0\.6011 to 0\.6604\)$/);
  });
});
