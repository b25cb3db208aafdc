/**
 * Small inline SVG charts for the HTML report (docs/architecture.md, "Reports": chosen over
 * Vega-Lite by measurement). Four shapes, each a pure function of numbers and labels:
 *
 *   columnChart     reference and current side by side per bin or percentile (vertical bars),
 *                   with optional threshold rules; numeric bins are labelled at their edges
 *   barChart        the same for categories, one row per category (horizontal bars), so that a
 *                   long category name has room
 *   intervalChart   one row per group: a dot at the value and a whisker over its interval
 *   lineChart       a series over runs: a line with a dot per run, threshold rules across
 *
 * Every chart is `<svg role="img">` with a `<title>` and a `<desc>` naming it by id
 * (aria-labelledby), and the caller puts the numbers in a table beside it. Every label goes
 * through escapeHtml (labels from data are cut to LABEL_LENGTH characters first; the table beside
 * the chart has them whole); every coordinate is a finite number we computed, written with one
 * decimal. No attribute takes text from data. O(points).
 */
import { escapeHtml as h } from './escape.js';
import { truncateLength } from './width.js';

/** Characters of a data label (a category) shown on an axis. */
export const LABEL_LENGTH = 24;

export interface ChartText {
  /** A document-unique id made of our own counters ([a-z0-9-]). */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

export interface Rule {
  readonly value: number;
  readonly label: string;
  readonly level: 'warn' | 'fail';
}

export interface SeriesChart extends ChartText {
  /** One per group of two bars. */
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  /** How an axis value reads (`12%`, `250`). */
  readonly format: (value: number) => string;
  /**
   * columnChart: labels at the boundaries of the groups instead of under them (numeric bins: the
   * edges), labels.length + 1 of them from the left end to the right end; '' for none.
   */
  readonly boundaries?: readonly string[];
  readonly rules?: readonly Rule[];
}

export interface IntervalRow {
  readonly label: string;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export interface IntervalChart extends ChartText {
  readonly rows: readonly IntervalRow[];
  readonly format: (value: number) => string;
}

const WIDTH = 560;

/** A coordinate: finite, one decimal. */
function c(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '0';
}

function label(text: string): string {
  return h(truncateLength(text, LABEL_LENGTH));
}

function open(chart: ChartText, kind: string, height: number): string {
  if (!/^[a-z0-9-]+$/.test(chart.id)) throw new Error(`svg-chart: id ${JSON.stringify(chart.id)} is not [a-z0-9-]`);
  const { id } = chart;
  return (
    `<svg class="chart ${kind}" viewBox="0 0 ${WIDTH} ${c(height)}" width="${WIDTH}" height="${c(height)}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${h(chart.title)}</title><desc id="${id}-d">${h(chart.desc)}</desc>`
  );
}

function text(x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end', extra = ''): string {
  return `<text x="${c(x)}" y="${c(y)}" text-anchor="${anchor}"${extra}>${content}</text>`;
}

function legend(y: number): string {
  return (
    `<g class="legend"><rect class="ref" x="${WIDTH - 170}" y="${y - 9}" width="10" height="10"/>${text(WIDTH - 155, y, 'reference', 'start')}` +
    `<rect class="cur" x="${WIDTH - 80}" y="${y - 9}" width="10" height="10"/>${text(WIDTH - 65, y, 'current', 'start')}</g>`
  );
}

/** A round upper bound for an axis holding `max` (1, 2, 2.5 or 5 times a power of ten; `max` itself near the largest double). */
export function niceCeiling(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return Number.isFinite(step * power) ? step * power : max;
  return max; // unreachable for finite max: 10 · power ≥ max
}

function finite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}

/** Vertical bars: reference and current per group, value axis on the left, rules across. */
export function columnChart(chart: SeriesChart): string {
  const groups = chart.labels.length;
  const left = 56;
  const right = 12;
  const top = 24;
  const plot = 170;
  const height = top + plot + 34;
  const rules = chart.rules ?? [];
  const ceiling = niceCeiling(Math.max(...finite([...chart.reference, ...chart.current, ...rules.map((r) => r.value)]), 0));
  const y = (v: number): number => top + plot - (Math.max(0, Math.min(v, ceiling)) / ceiling) * plot;
  const step = (WIDTH - left - right) / Math.max(groups, 1);
  const bar = Math.max(1, Math.min(18, (step - 4) / 2));
  const out = [open(chart, 'columns', height), legend(14)];
  for (let k = 0; k <= 4; k++) {
    const v = ceiling * (k / 4);
    out.push(`<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${c(y(v))}" y2="${c(y(v))}"/>`, text(left - 4, y(v) + 4, h(chart.format(v)), 'end'));
  }
  for (let i = 0; i < groups; i++) {
    const mid = left + step * (i + 0.5);
    const ref = chart.reference[i] ?? 0;
    const cur = chart.current[i] ?? 0;
    out.push(
      `<rect class="ref" x="${c(mid - bar)}" y="${c(y(ref))}" width="${c(bar)}" height="${c(top + plot - y(ref))}"/>`,
      `<rect class="cur" x="${c(mid)}" y="${c(y(cur))}" width="${c(bar)}" height="${c(top + plot - y(cur))}"/>`,
    );
    if (chart.boundaries === undefined) out.push(text(mid, top + plot + 14, label(chart.labels[i] ?? ''), 'middle'));
  }
  if (chart.boundaries !== undefined) {
    // Edge labels take ~6px per character: show every k-th one so that they never overlap.
    const widest = Math.max(...chart.boundaries.map((b) => b.length), 1);
    const every = Math.max(1, Math.ceil((widest * 6.5 + 6) / step));
    chart.boundaries.forEach((b, k) => {
      if (b === '') return;
      const x = left + step * k;
      out.push(`<line class="tick" x1="${c(x)}" x2="${c(x)}" y1="${top + plot}" y2="${top + plot + 4}"/>`);
      if (k % every === 0) out.push(text(x, top + plot + 15, label(b), 'middle'));
    });
  }
  out.push(`<line class="axis" x1="${left}" x2="${WIDTH - right}" y1="${top + plot}" y2="${top + plot}"/>`);
  for (const rule of rules) {
    const ry = y(rule.value);
    out.push(`<line class="rule ${rule.level}" x1="${left}" x2="${WIDTH - right}" y1="${c(ry)}" y2="${c(ry)}"/>`, text(left + 4, ry - 3, h(rule.label), 'start', ` class="rule-label ${rule.level}"`));
  }
  out.push('</svg>');
  return out.join('');
}

/** Horizontal bars: one row per label, reference above current, value axis along the bottom. */
export function barChart(chart: SeriesChart): string {
  const rows = chart.labels.length;
  const left = 170;
  const right = 56;
  const top = 24;
  const rowHeight = 22;
  const height = top + rows * rowHeight + 24;
  const max = niceCeiling(Math.max(...finite([...chart.reference, ...chart.current]), 0));
  const x = (v: number): number => left + (Math.max(0, Math.min(v, max)) / max) * (WIDTH - left - right);
  const out = [open(chart, 'bars', height), legend(14)];
  for (let k = 0; k <= 4; k++) {
    const v = max * (k / 4);
    out.push(`<line class="grid" x1="${c(x(v))}" x2="${c(x(v))}" y1="${top}" y2="${top + rows * rowHeight}"/>`, text(x(v), height - 8, h(chart.format(v)), 'middle'));
  }
  for (let i = 0; i < rows; i++) {
    const y0 = top + i * rowHeight + 2;
    const ref = chart.reference[i] ?? 0;
    const cur = chart.current[i] ?? 0;
    out.push(
      text(left - 6, y0 + 13, label(chart.labels[i] ?? ''), 'end'),
      `<rect class="ref" x="${left}" y="${c(y0)}" width="${c(x(ref) - left)}" height="9"/>`,
      `<rect class="cur" x="${left}" y="${c(y0 + 9)}" width="${c(x(cur) - left)}" height="9"/>`,
    );
  }
  out.push(`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + rows * rowHeight}"/>`, '</svg>');
  return out.join('');
}

/** One row per group: the value as a dot, its interval as a whisker; rows without a value are named only. */
export function intervalChart(chart: IntervalChart): string {
  const rows = chart.rows.length;
  const left = 170;
  const right = 24;
  const top = 10;
  const rowHeight = 22;
  const height = top + rows * rowHeight + 24;
  const max = niceCeiling(Math.max(...finite(chart.rows.flatMap((r) => [r.value ?? 0, r.high ?? 0])), 0));
  const x = (v: number): number => left + (Math.max(0, Math.min(v, max)) / max) * (WIDTH - left - right);
  const out = [open(chart, 'intervals', height)];
  for (let k = 0; k <= 4; k++) {
    const v = max * (k / 4);
    out.push(`<line class="grid" x1="${c(x(v))}" x2="${c(x(v))}" y1="${top}" y2="${top + rows * rowHeight}"/>`, text(x(v), height - 8, h(chart.format(v)), 'middle'));
  }
  chart.rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    out.push(text(left - 6, cy + 4, label(row.label), 'end'));
    if (row.value === null) {
      out.push(text(left + 6, cy + 4, 'not shown', 'start', ' class="muted"'));
      return;
    }
    if (row.low !== null && row.high !== null) {
      out.push(
        `<line class="whisker" x1="${c(x(row.low))}" x2="${c(x(row.high))}" y1="${c(cy)}" y2="${c(cy)}"/>`,
        `<line class="whisker" x1="${c(x(row.low))}" x2="${c(x(row.low))}" y1="${c(cy - 5)}" y2="${c(cy + 5)}"/>`,
        `<line class="whisker" x1="${c(x(row.high))}" x2="${c(x(row.high))}" y1="${c(cy - 5)}" y2="${c(cy + 5)}"/>`,
      );
    }
    out.push(`<circle class="dot" cx="${c(x(row.value))}" cy="${c(cy)}" r="4.5"/>`);
  });
  out.push(`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + rows * rowHeight}"/>`, '</svg>');
  return out.join('');
}

export interface LinePoint {
  /** The x axis's label (ours: a date; cut to LABEL_LENGTH). */
  readonly label: string;
  readonly value: number;
  /** A class of our own for the point's dot (a status name, [a-z0-9_-]). */
  readonly className: string;
  /** The point's tooltip, e.g. its date, value and status (escaped here). */
  readonly tip: string;
}

export interface LineChart extends ChartText {
  readonly points: readonly LinePoint[];
  /** The y axis's range: every point and rule inside it. */
  readonly min: number;
  readonly max: number;
  readonly format: (value: number) => string;
  readonly rules?: readonly Rule[];
}

/**
 * A series over time: a line through the points (oldest on the left), a dot per point with its
 * own class and tooltip, the rules across, labelled above their line at the right end. The x
 * labels are thinned (every k-th, the last always) so that they never overlap.
 */
export function lineChart(chart: LineChart): string {
  if (!/^[a-z0-9_ -]*$/.test(chart.points.map((p) => p.className).join(' '))) throw new Error('svg-chart: a point class is not [a-z0-9_-]');
  const n = chart.points.length;
  const left = 56;
  const right = 16;
  const top = 16;
  const plot = 170;
  const height = top + plot + 30;
  const lo = Number.isFinite(chart.min) ? chart.min : 0;
  const hi = Number.isFinite(chart.max) && chart.max > lo ? chart.max : lo + 1;
  const y = (v: number): number => top + plot - ((Math.max(lo, Math.min(v, hi)) - lo) / (hi - lo)) * plot;
  const inner = WIDTH - left - right - 16;
  const x = (i: number): number => left + 8 + (n <= 1 ? inner / 2 : (inner * i) / (n - 1));
  const out = [open(chart, 'line', height)];
  // Gridlines at round values: a step of 1, 2, 2.5 or 5 times a power of ten, 3 to 8 of them.
  const tick = niceCeiling((hi - lo) / 5);
  for (let k = Math.ceil(lo / tick - 1e-9); k * tick <= hi + tick * 1e-9 && k - Math.ceil(lo / tick - 1e-9) <= 10; k++) {
    const v = k * tick;
    out.push(`<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${c(y(v))}" y2="${c(y(v))}"/>`, text(left - 4, y(v) + 4, h(chart.format(v)), 'end'));
  }
  const widest = Math.max(1, ...chart.points.map((p) => Math.min(LABEL_LENGTH, p.label.length)));
  const every = n <= 1 ? 1 : Math.max(1, Math.ceil((widest * 6.5 + 8) / (inner / (n - 1))));
  chart.points.forEach((p, i) => {
    out.push(`<line class="tick" x1="${c(x(i))}" x2="${c(x(i))}" y1="${top + plot}" y2="${top + plot + 4}"/>`);
    const last = i === n - 1;
    // The last label always shows; one within `every` steps before it gives way.
    if (last || (i % every === 0 && n - 1 - i >= every)) out.push(text(x(i), top + plot + 16, label(p.label), 'middle'));
  });
  out.push(`<line class="axis" x1="${left}" x2="${WIDTH - right}" y1="${top + plot}" y2="${top + plot}"/>`);
  for (const rule of chart.rules ?? []) {
    const ry = y(rule.value);
    out.push(
      `<line class="rule ${rule.level}" x1="${left}" x2="${WIDTH - right}" y1="${c(ry)}" y2="${c(ry)}"/>`,
      text(WIDTH - right - 2, ry - 3, h(rule.label), 'end', ` class="rule-label ${rule.level}"`),
    );
  }
  out.push(`<polyline class="series" points="${chart.points.map((p, i) => `${c(x(i))},${c(y(p.value))}`).join(' ')}"/>`);
  for (const [i, p] of chart.points.entries()) out.push(`<circle class="pt ${p.className}" cx="${c(x(i))}" cy="${c(y(p.value))}" r="3.5"><title>${h(p.tip)}</title></circle>`);
  out.push('</svg>');
  return out.join('');
}
