/**
 * The hand-written SVG charts (src/report/svg-chart.ts) through a real HTML parser: labels from
 * data are text, never markup; every coordinate is a finite number; ids are ours; the size grows
 * with the points, not with the labels.
 */
import { describe, expect, it } from 'vitest';
import { barChart, columnChart, intervalChart, LABEL_LENGTH, niceCeiling } from '../../src/report/svg-chart.js';
import { inspect } from './dom.js';
import { HOSTILE } from './hostile.js';

const format = (x: number): string => String(x);
const base = { id: 'chart-1', title: '<b>title</b>', desc: 'desc & "more"', format };

describe('svg charts', () => {
  const charts = {
    column: columnChart({ ...base, labels: [...HOSTILE], reference: HOSTILE.map((_, i) => i / 20), current: HOSTILE.map(() => Number.NaN) }),
    boundaries: columnChart({ ...base, labels: ['a', 'b'], boundaries: ['', '<x>', '1e308'], reference: [Infinity, 0.5], current: [-1, 0.2], rules: [{ value: 0.3, label: '<warn>', level: 'warn' }] }),
    bar: barChart({ ...base, labels: [...HOSTILE], reference: HOSTILE.map(() => 0.1), current: HOSTILE.map(() => 0.2) }),
    interval: intervalChart({ ...base, rows: HOSTILE.map((label, i) => ({ label, value: i % 3 === 0 ? null : 0.4, low: 0.3, high: i % 2 === 0 ? null : 0.5 })) }),
  };

  it.each(Object.entries(charts))('%s: labels are text, coordinates finite, the title and description named by aria', (_, svg) => {
    const dom = inspect(`<!DOCTYPE html><body>${svg}</body>`);
    const tags = new Set(dom.elements.map((e) => e.tag));
    for (const tag of tags) expect(['html', 'head', 'body', 'svg', 'title', 'desc', 'g', 'rect', 'line', 'circle', 'text']).toContain(tag);
    expect(dom.comments).toEqual([]);
    for (const e of dom.elements) {
      for (const [name, value] of Object.entries(e.attrs)) {
        if (['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height'].includes(name)) expect(value).toMatch(/^-?\d+(\.\d)?$/);
      }
    }
    expect(svg).not.toMatch(/NaN|Infinity/);
    const root = dom.elements.find((e) => e.tag === 'svg')!;
    expect(root.attrs['role']).toBe('img');
    expect(root.attrs['aria-labelledby']).toBe('chart-1-t chart-1-d');
    expect(dom.text).toContain('<b>title</b>');
    expect(dom.text).toContain('desc & "more"');
  });

  it('cuts a long label to LABEL_LENGTH characters, so a chart stays the same size', () => {
    const chart = (label: string): string => barChart({ ...base, labels: [label], reference: [1], current: [1] });
    const long = chart('x'.repeat(100_000));
    expect(long.length).toBe(chart('x'.repeat(LABEL_LENGTH + 5)).length);
    expect(inspect(long).text).toContain(`${'x'.repeat(LABEL_LENGTH - 1)}…`);
  });

  it('refuses an id that is not ours', () => {
    expect(() => barChart({ ...base, id: 'x" onload="alert(1)', labels: [], reference: [], current: [] })).toThrow(/not \[a-z0-9-\]/);
  });

  it('rounds an axis up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.07, 0.12, 0.2, 0.21, 0.3, 0.51, 233, 1046, 0, Number.NaN].map(niceCeiling)).toEqual([0.1, 0.2, 0.2, 0.25, 0.5, 1, 250, 2000, 1, 1]);
  });

  it('keeps a finite axis for values near the largest double (found by the hostile corpus: latencies of 1.7e308)', () => {
    expect(niceCeiling(1.7e308)).toBe(1.7e308);
    const svg = columnChart({ ...base, labels: ['p50', 'max'], reference: [1, 1.7e308], current: [Infinity, -Infinity], format: (x) => x.toExponential(1) });
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
