/**
 * The HTML report's charts, each a `<figure>` with the SVG (svg-chart.ts), its numbers in a
 * table beside it, and a caption with the statistic and the thresholds:
 *
 *   drift        per warn or fail column that carries a distribution (checks/drift-distribution.ts):
 *                reference and current shares on the reference's quantile bins (numeric) or the
 *                largest categories (categorical), with the column's summary (count, missing,
 *                mean, median, p5, p95; column-evidence.ts) beside the numbers
 *   fairness     the rate of the deciding metric per group, with its 95% Wilson interval (the
 *                numbers are the group table just above it)
 *   operational  latency percentiles p50 p90 p95 p99 max, reference and current, with the
 *                check's bounds drawn across when they are on the same scale
 *
 * Pure; one chart per column, check or group list, each bounded (drift distributions hold at
 * most 22 bins or 11 categories, group charts at most MAX_GROUP_ROWS rows). Every string goes
 * through escapeHtml here or in svg-chart.ts; ids come from `ChartIds`, a counter.
 */
import type { DriftColumnDetail, DriftDetails, DriftSideSummary, FairnessDetails, LatencyPercentiles, OperationalDetails } from '../checks/details.js';
import type { DriftDistribution } from '../checks/drift-distribution.js';
import type { CheckReport } from '../engine/report.js';
import type { Threshold } from '../policy/types.js';
import { escapeHtml as h } from './escape.js';
import { checkThresholds, checkValue, formatDriftPValue, formatDriftStatistic, formatThresholds, formatValue, statusLabel, valueHint } from './format.js';
import { type Cell, num, table, text } from './html-table.js';
import { barChart, columnChart, intervalChart, type Rule } from './svg-chart.js';
import { flaggedDriftColumns, type GroupEvidence } from './view.js';
import { hasNumericSummary, summaryRows } from './column-evidence.js';

/** Most groups one fairness chart draws; the table above it lists every group. */
export const MAX_GROUP_ROWS = 30;

/** The page's counter of chart ids (`chart-1`, `chart-2`, …), in document order. */
export interface ChartIds {
  next: number;
}

export function nextId(ids: ChartIds): string {
  ids.next += 1;
  return `chart-${ids.next}`;
}

export const CHART_STYLE = `
figure.chart { margin: .75rem 0 1.25rem; } figure.chart figcaption { color: var(--muted); margin-top: .3rem; max-width: 50rem; }
.chart-row { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: flex-start; }
svg.chart { max-width: 100%; height: auto; font: 11px/1 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
svg.chart text { fill: var(--fg); } svg.chart text.muted { fill: var(--muted); }
svg.chart .ref { fill: #8c959f; } svg.chart .cur { fill: #0969da; } svg.chart .dot { fill: #0969da; }
svg.chart .grid { stroke: var(--line); } svg.chart .axis, svg.chart .tick { stroke: var(--muted); } svg.chart .whisker { stroke: var(--fg); stroke-width: 1.5; }
svg.chart .rule { stroke-width: 1.5; stroke-dasharray: 5 3; } svg.chart .rule.warn { stroke: #9a6700; } svg.chart .rule.fail { stroke: #d1242f; }
svg.chart text.rule-label.warn { fill: #9a6700; } svg.chart text.rule-label.fail { fill: #d1242f; }
table.chart-data { margin: 0; font-size: 12px; }
`;

function figure(svg: string, numbers: string, caption: string): string {
  return `<figure class="chart">\n<div class="chart-row">${svg}\n${numbers}</div>\n<figcaption>${h(caption)}</figcaption>\n</figure>`;
}

interface Bin {
  readonly label: string;
  readonly reference: number;
  readonly current: number;
}

interface Binned {
  readonly bins: readonly Bin[];
  /** Numeric bins: the edge labels from the left end of the first bin to the right end of the last. */
  readonly boundaries?: readonly string[];
  readonly unit: 'bins' | 'categories';
}

/** The distribution's bins, leaving out an open bin (below or above the reference range) that is empty on both sides. */
function binsOf(d: DriftDistribution): Binned {
  if (d.kind === 'categories') {
    const bins: Bin[] = d.categories.map((label, i) => ({ label, reference: d.reference[i] ?? 0, current: d.current[i] ?? 0 }));
    if (d.other_categories > 0) bins.push({ label: `other (${formatValue(d.other_categories, 'count')} categories)`, reference: d.other_reference, current: d.other_current });
    return { bins, unit: 'categories' };
  }
  const e = d.edges.map((x) => formatValue(x));
  const at = (i: number): Bin => ({ label: '', reference: d.reference[i] ?? 0, current: d.current[i] ?? 0 });
  const m = e.length;
  if (m === 1) return { bins: [`< ${e[0]}`, `= ${e[0]}`, `> ${e[0]}`].map((label, i) => ({ ...at(i), label })), unit: 'bins' };
  const last = m;
  const first = at(0).reference + at(0).current === 0 ? 1 : 0;
  const end = at(last).reference + at(last).current === 0 ? last - 1 : last;
  const bins: Bin[] = [];
  const boundaries: string[] = [];
  for (let i = first; i <= end; i++) {
    const label = i === 0 ? `< ${e[0]}` : i === last ? `> ${e[m - 1]}` : `${e[i - 1]} to ${e[i]}`;
    bins.push({ ...at(i), label });
    boundaries.push(i === 0 ? '' : (e[i - 1] ?? ''));
  }
  boundaries.push(end === last ? '' : (e[end] ?? ''));
  return { bins, boundaries, unit: 'bins' };
}

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((s, x) => s + x, 0);
  return counts.map((x) => (total === 0 ? 0 : x / total));
}

/** `ks D 0.1234, p-value 3.2e-7 (adj. 1.6e-6)` or `wasserstein 0.2301`. */
function statistic(c: DriftColumnDetail): string {
  const p = c.p_value === null ? '' : `, p-value ${formatDriftPValue(c)}`;
  const effect = c.effect === undefined || c.effect === null ? '' : `, effect ${formatValue(c.effect)}`;
  return `${c.method} ${formatDriftStatistic(c)}${p}${effect}`;
}

function driftChart(c: DriftColumnDetail, d: DriftDistribution, ids: ChartIds): string {
  const { bins, boundaries, unit } = binsOf(d);
  const ref = shares(bins.map((b) => b.reference));
  const cur = shares(bins.map((b) => b.current));
  let widest = 0;
  ref.forEach((r, i) => {
    if (Math.abs((cur[i] ?? 0) - r) > Math.abs((cur[widest] ?? 0) - (ref[widest] ?? 0))) widest = i;
  });
  const share = (x: number): string => formatValue(x, 'share');
  const where = unit === 'bins' ? `each of the reference's quantile bins` : `each of the largest categories`;
  const moved = bins.length === 0 ? '' : ` The largest change is in ${bins[widest]!.label}: ${share(ref[widest] ?? 0)} of reference values, ${share(cur[widest] ?? 0)} of current values.`;
  const chart = {
    id: nextId(ids),
    title: `${c.column}: reference and current distributions`,
    desc: `Share of the ${formatValue(c.reference_rows, 'count')} reference and ${formatValue(c.current_rows, 'count')} current values in ${where}.${moved}`,
    labels: bins.map((b) => b.label),
    reference: ref,
    current: cur,
    format: share,
  };
  const svg = unit === 'bins' ? columnChart({ ...chart, ...(boundaries && { boundaries }) }) : barChart(chart);
  const rows: Cell[][] = bins.map((b, i) => [text(b.label), num(`${share(ref[i] ?? 0)} (${formatValue(b.reference, 'count')})`), num(`${share(cur[i] ?? 0)} (${formatValue(b.current, 'count')})`)]);
  const numbers = table([unit === 'bins' ? 'Bin' : 'Category', 'Reference', 'Current'], rows, 'chart-data');
  const summary = summaryTable(c);
  const hint = c.p_value === null ? 'number' : 'p_value';
  const caption = `${c.column}: ${statistic(c)}; ${c.p_value === null ? 'thresholds' : 'thresholds on the p-value'} ${formatThresholds(c.thresholds, hint)}: ${statusLabel(c.status)}.`;
  return figure(svg, summary === '' ? numbers : `${numbers}\n${summary}`, caption);
}

/**
 * A drifted column's summary (column-evidence.ts `summaryRows`, the incident issue's table):
 * numeric, count, missing, mean, median, p5 and p95 on each side; otherwise the rows with a
 * value and missing. Empty without a summary.
 */
function summaryTable(c: DriftColumnDetail): string {
  if (hasNumericSummary(c)) return table(['', 'Reference', 'Current'], summaryRows(c.summary).map(([label, ref, cur]) => [text(label), num(ref), num(cur)]), 'chart-data');
  if (c.summary === undefined) return '';
  const side = (s: DriftSideSummary): string => `${formatValue(s.count, 'count')} with a value, ${formatValue(s.missing, 'count')} missing`;
  return table(['', 'Reference', 'Current'], [[text('rows'), num(side(c.summary.reference)), num(side(c.summary.current))]], 'chart-data');
}

/**
 * Per warn or fail column of a drift check, worst first: a chart when it carries its
 * distributions (with its summary beside the chart's numbers), else its summary alone.
 */
export function driftCharts(details: DriftDetails, ids: ChartIds): string[] {
  return flaggedDriftColumns(details).flatMap((c) => {
    if (c.distribution !== undefined) return [driftChart(c, c.distribution, ids)];
    const summary = summaryTable(c);
    return summary === '' ? [] : [`<h4>${h(`${c.column}: reference and current`)}</h4>`, summary];
  });
}

/** Fairness: each group's rate of the deciding metric with its 95% interval. */
export function fairnessChart(check: CheckReport, groups: readonly GroupEvidence[], ids: ChartIds): string[] {
  if (check.type !== 'fairness' || !groups.some((g) => g.value !== null)) return [];
  const details = check.details as Partial<FairnessDetails>;
  const metric = details.decisive_metric ?? details.metric ?? 'rate';
  const by = Array.isArray(details.by) ? details.by.join(' × ') : 'group';
  const hint = valueHint(check);
  const shown = groups.slice(0, MAX_GROUP_ROWS);
  const listed = shown.map((g) => (g.value === null ? `${g.group}: not shown` : `${g.group} ${formatValue(g.value, hint)} (${formatValue(g.low, hint)} to ${formatValue(g.high, hint)})`));
  const more = groups.length > shown.length ? ` The first ${shown.length} of ${groups.length} groups are drawn; the table lists every group.` : '';
  const svg = intervalChart({
    id: nextId(ids),
    title: `${check.id}: ${metric} by ${by}`,
    desc: `Rate of each group with its 95% Wilson interval; groups below min_group_size are not shown. ${listed.join('; ')}.${more}`,
    rows: shown.map((g) => ({ label: g.group, value: g.value, low: g.low, high: g.high })),
    format: (x) => formatValue(x, hint),
  });
  const aggregate = typeof details.aggregate === 'string' ? details.aggregate : 'value';
  const caption = `${metric} by ${by}, with 95% intervals (numbers in the table above); ${aggregate} ${checkValue(check)}, threshold ${checkThresholds(check)}: ${statusLabel(check.status)}.`;
  return [`<figure class="chart">\n<div class="chart-row">${svg}</div>\n<figcaption>${h(caption)}</figcaption>\n</figure>`];
}

const PERCENTILES = ['p50', 'p90', 'p95', 'p99', 'max'] as const;
const BOUNDS = [
  ['gt', '>'],
  ['gte', '≥'],
  ['lt', '<'],
  ['lte', '≤'],
] as const;

/** The bounds of one threshold level on the metric's own scale (absolute, or resolved against the reference value). */
function rules(level: 'warn' | 'fail', threshold: Threshold | undefined, metric: string, reference: number | null): Rule[] {
  if (threshold === undefined) return [];
  const out: Rule[] = [];
  for (const [key, symbol] of BOUNDS) {
    const plain = threshold[key];
    const relative = threshold.relative?.[key];
    const absolute = threshold.absolute?.[key];
    const value =
      threshold.vs === undefined
        ? plain
        : reference === null
          ? undefined
          : relative !== undefined
            ? reference * (1 + relative)
            : absolute !== undefined
              ? reference + absolute
              : undefined;
    if (value !== undefined && Number.isFinite(value)) out.push({ value, level, label: `${level}: ${metric} ${symbol} ${formatValue(value)}` });
  }
  return out;
}

/** Operational latency checks: percentiles of every row, reference beside current. */
export function latencyChart(check: CheckReport, ids: ChartIds): string[] {
  if (check.type !== 'operational') return [];
  const details = check.details as Partial<OperationalDetails> | null;
  const p = details?.percentiles;
  if (p === undefined || p.current === null) return [];
  const current = p.current;
  const reference: LatencyPercentiles | null = p.reference;
  const column = details?.column ?? 'value';
  const metric = details?.metric ?? '';
  // Bounds of a grouped check apply to each group, not to these all-row percentiles: not drawn.
  const grouped = details?.by !== null && details?.by !== undefined;
  const lines = grouped ? [] : [...rules('warn', check.thresholds.warn, metric, check.reference_value ?? null), ...rules('fail', check.thresholds.fail, metric, check.reference_value ?? null)];
  const change = (i: number): string => {
    const r = reference?.[PERCENTILES[i]!];
    const c = current[PERCENTILES[i]!];
    const relative = r === undefined || r === 0 ? Number.NaN : (c - r) / r;
    return Number.isFinite(relative) ? `${relative >= 0 ? '+' : ''}${formatValue(relative, 'share')}` : '—';
  };
  const svg = columnChart({
    id: nextId(ids),
    title: `${check.id}: ${column} percentiles, reference and current`,
    desc:
      `Percentiles of ${column} over ${formatValue(reference?.rows ?? null, 'count')} reference and ${formatValue(current.rows, 'count')} current rows. ` +
      PERCENTILES.map((k) => `${k}: ${formatValue(reference?.[k] ?? null)} reference, ${formatValue(current[k])} current`).join('; ') +
      '.',
    labels: [...PERCENTILES],
    reference: PERCENTILES.map((k) => reference?.[k] ?? 0),
    current: PERCENTILES.map((k) => current[k]),
    format: (x) => formatValue(x),
    rules: lines,
  });
  const rows: Cell[][] = PERCENTILES.map((k, i) => [text(k), num(formatValue(reference?.[k] ?? null)), num(formatValue(current[k])), num(change(i))]);
  const numbers = table(['Percentile', 'Reference', 'Current', 'Change'], rows, 'chart-data');
  const caption = `${column}, every row (${grouped ? 'the check judges each group; see the table above' : `${metric} is judged`}): ${metric} ${checkValue(check)}, threshold ${checkThresholds(check)}: ${statusLabel(check.status)}.`;
  return [figure(svg, numbers, caption)];
}
