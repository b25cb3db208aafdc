/**
 * The evidence a team reads at 6 a.m., shared by the incident issue (issue-body.ts) and the job
 * summary (summary.ts): for each drifted (warn or fail) column of a drift check, a compact
 * table of reference vs current (numeric: count, missing, mean, median, p5, p95; categorical:
 * the top categories' shares and the rest as one row), a mermaid `xychart-beta` of both sides'
 * shares over the bins or categories for the worst few columns, and a ready-to-paste silence.
 *
 * Mermaid's xychart draws two `bar` series over one another (no grouped bars, no legend), so the
 * chart shows the reference as bars and the current data as a line over them, and its title says
 * which is which. Everything from data is escaped: `escapeMarkdown` in tables,
 * `escapeMermaidLabel` in charts, a YAML double-quoted string in the silence snippet. Pure.
 * The sizes are bounded: at most MAX_DETAILED_COLUMNS tables and MAX_CHARTED_COLUMNS charts per
 * check, whatever the number of columns (the drift check keeps distributions for at most 20).
 */
import type { DriftColumnDetail, DriftSideSummary } from '../checks/details.js';
import type { DriftDistribution } from '../checks/drift-distribution.js';
import type { CheckReport, ModelReport } from '../engine/report.js';
import { escapeMarkdown, escapeMermaidLabel } from './escape.js';
import { formatValue, statusLabel, statusSymbol } from './format.js';
import { code, table } from './github-markdown.js';
import { driftDetails, flaggedDriftColumns } from './view.js';

/** Drifted columns of one check given a table of their own; the rest are counted in a note. */
export const MAX_DETAILED_COLUMNS = 8;
/** Of those, the worst this many also get a chart. */
export const MAX_CHARTED_COLUMNS = 3;
/** Categories named in a categorical column's table; the rest make one row. */
export const TOP_CATEGORIES = 5;
/** The suggested silence lasts this many days after the run. */
export const SILENCE_DAYS = 7;

/** Above this many bars a chart is drawn horizontally: one label per row, so labels never overlap. */
export const VERTICAL_BARS = 8;

/**
 * A chart's number, the same in the chart and in its table: four significant digits, at most
 * six decimals, and never in exponent form — mermaid's xychart grammar has no exponents
 * (`bar [9.297e-69]` is "Syntax error in text").
 */
export function chartNumber(value: number): string {
  const rounded = Math.round(Number(value.toPrecision(4)) * 1e6) / 1e6;
  return plain.format(rounded === 0 ? 0 : rounded);
}

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

/** The flagged (warn, fail) columns of a drift check, worst first, that carry evidence. */
function evidenced(check: CheckReport): DriftColumnDetail[] {
  const drift = driftDetails(check);
  if (drift === null) return [];
  return flaggedDriftColumns(drift).filter((c) => (c.status === 'fail' || c.status === 'warn') && (c.summary !== undefined || c.distribution !== undefined));
}

/**
 * Per drifted column of a drift check: its reference-vs-current table, and for the worst
 * MAX_CHARTED_COLUMNS a chart. Empty when the check is no drift check or has no such column.
 */
export function driftColumnEvidence(check: CheckReport, options: { readonly charts?: number; readonly heading?: string } = {}): string {
  const columns = evidenced(check);
  if (columns.length === 0) return '';
  const shown = columns.slice(0, MAX_DETAILED_COLUMNS);
  const charts = options.charts ?? MAX_CHARTED_COLUMNS;
  const blocks = shown.map((c, i) => columnBlock(check, c, i < charts, options.heading ?? '####'));
  const rest = columns.length - shown.length;
  if (rest > 0) blocks.push(`_${rest} more drifted column(s) with their distributions are in the report._`);
  return blocks.join('\n\n');
}

function columnBlock(check: CheckReport, column: DriftColumnDetail, withChart: boolean, heading: string): string {
  const title = `${heading} ${statusSymbol(column.status)} ${escapeMarkdown(column.column)} (${column.kind}, ${column.method}: ${statusLabel(column.status)})`;
  const parts = [title];
  if (hasNumericSummary(column)) parts.push(numericTable(column.summary));
  else if (column.distribution?.kind === 'categories') parts.push(categoryTable(column.distribution, column.summary));
  else if (column.summary !== undefined) parts.push(rowsLine(column.summary));
  if (withChart && column.distribution !== undefined) parts.push(shareChart(check, column, column.distribution));
  return parts.join('\n\n');
}

const STATS: readonly (readonly [keyof DriftSideSummary, string, 'count' | 'number'])[] = [
  ['count', 'count', 'count'],
  ['missing', 'missing', 'count'],
  ['mean', 'mean', 'number'],
  ['median', 'median', 'number'],
  ['p5', 'p5', 'number'],
  ['p95', 'p95', 'number'],
];

/**
 * The table model of a drifted column's summary, shared by every renderer (the Markdown bodies
 * here, the HTML report's figure, the terminal's line): one row per statistic (count, missing,
 * mean, median, p5, p95) with the reference's and the current value as `formatValue` writes
 * them. Only digits, signs and our own words: nothing to escape.
 */
export function summaryRows(summary: NonNullable<DriftColumnDetail['summary']>): [label: string, reference: string, current: string][] {
  return STATS.map(([key, label, hint]) => [label, formatValue(summary.reference[key], hint), formatValue(summary.current[key], hint)]);
}

/** Whether a column's summary has numbers to compare (a numeric column with a reference mean). */
export function hasNumericSummary(column: DriftColumnDetail): column is DriftColumnDetail & { summary: NonNullable<DriftColumnDetail['summary']> } {
  return column.kind === 'numeric' && column.summary !== undefined && column.summary.reference.mean !== null;
}

/** Reference vs current: count, missing, mean, median, p5, p95. */
export function numericTable(summary: NonNullable<DriftColumnDetail['summary']>): string {
  return table(['', 'reference', 'current'], summaryRows(summary), ['l', 'r', 'r']);
}

export function rowsLine(summary: NonNullable<DriftColumnDetail['summary']>): string {
  const side = (s: DriftSideSummary): string => `${formatValue(s.count, 'count')} with a value, ${formatValue(s.missing, 'count')} missing`;
  return `Rows: reference ${side(summary.reference)}; current ${side(summary.current)}.`;
}

/** A categorical (or few-valued) column's shares: the top categories, then the rest as one row. */
export interface CategoryShares {
  readonly categories: readonly { readonly name: string; readonly reference: number; readonly current: number }[];
  /** The categories left out, and their shares (null when none is left out). */
  readonly other: { readonly count: number; readonly reference: number; readonly current: number } | null;
}

/**
 * Shares of the non-missing rows on each side: the first `top` categories of the distribution
 * (which lists them by the larger of their two shares), the rest summed.
 */
export function categoryShares(distribution: Extract<DriftDistribution, { kind: 'categories' }>, top = TOP_CATEGORIES): CategoryShares {
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  const refTotal = sum(distribution.reference) + distribution.other_reference;
  const curTotal = sum(distribution.current) + distribution.other_current;
  const share = (n: number, total: number): number => (total === 0 ? 0 : n / total);
  const kept = distribution.categories.slice(0, top).map((name, i) => ({
    name,
    reference: share(distribution.reference[i] ?? 0, refTotal),
    current: share(distribution.current[i] ?? 0, curTotal),
  }));
  const leftCount = distribution.categories.length - kept.length + distribution.other_categories;
  const leftRef = sum(distribution.reference.slice(top)) + distribution.other_reference;
  const leftCur = sum(distribution.current.slice(top)) + distribution.other_current;
  return { categories: kept, other: leftCount === 0 ? null : { count: leftCount, reference: share(leftRef, refTotal), current: share(leftCur, curTotal) } };
}

function categoryTable(distribution: Extract<DriftDistribution, { kind: 'categories' }>, summary: DriftColumnDetail['summary']): string {
  const shares = categoryShares(distribution);
  const rows = shares.categories.map((c) => [escapeMarkdown(c.name), formatValue(c.reference, 'share'), formatValue(c.current, 'share')]);
  if (shares.other !== null) rows.push([`_(other: ${shares.other.count} categories)_`, formatValue(shares.other.reference, 'share'), formatValue(shares.other.current, 'share')]);
  const text = table(['category', 'reference', 'current'], rows, ['l', 'r', 'r']);
  return summary === undefined ? text : `${text}\n\n${rowsLine(summary)}`;
}

/** An edge as an axis label: four significant digits, no exponent. */
const edgeLabel = (x: number): string => chartNumber(x);

/** The chart's bars: one per bin (`below 17`, `17–22`, …, `above 90`) or per category, with the rest last. */
function bars(distribution: DriftDistribution): { labels: string[]; reference: number[]; current: number[] } {
  if (distribution.kind === 'bins') {
    const { edges } = distribution;
    const labels = [`below ${edgeLabel(edges[0]!)}`];
    for (let k = 1; k < edges.length; k++) labels.push(`${edgeLabel(edges[k - 1]!)}–${edgeLabel(edges[k]!)}`);
    labels.push(`above ${edgeLabel(edges[edges.length - 1]!)}`);
    return { labels, reference: [...distribution.reference], current: [...distribution.current] };
  }
  const labels = distribution.categories.map((c) => escapeMermaidLabel(c, 24));
  const reference = [...distribution.reference];
  const current = [...distribution.current];
  if (distribution.other_categories > 0) {
    labels.push(`${distribution.other_categories} other`);
    reference.push(distribution.other_reference);
    current.push(distribution.other_current);
  }
  return { labels, reference, current };
}

/** Reference (bars) and current (line) as percentages of each side's rows, over the same bins. */
export function shareChart(check: CheckReport, column: DriftColumnDetail, distribution: DriftDistribution): string {
  const { labels, reference, current } = bars(distribution);
  const percents = (counts: readonly number[]): string[] => {
    const total = counts.reduce((s, x) => s + x, 0);
    return counts.map((n) => chartNumber(total === 0 ? 0 : (100 * n) / total));
  };
  const ref = percents(reference);
  const cur = percents(current);
  const top = Math.max(1, ...ref.map(Number), ...cur.map(Number));
  const title = `${escapeMermaidLabel(column.column, 32)} - % of rows: bars reference, line current`;
  return [
    '```mermaid',
    `xychart-beta${labels.length > VERTICAL_BARS ? ' horizontal' : ''}`,
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "% of rows" 0 --> ${chartNumber(Math.min(100, top * 1.1))}`,
    `  bar [${ref.join(', ')}]`,
    `  line [${cur.join(', ')}]`,
    '```',
    '',
    `_${code(check.id)}: bars are the reference, the line is the current data${distribution.kind === 'bins' ? ", over the reference's quantile bins" : ''}._`,
  ].join('\n');
}

/** Checks a silence can hide: warn and fail (an `error` is a broken check, never silenced). */
export function silenceable(model: Pick<ModelReport, 'checks'>): string[] {
  return model.checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => c.id);
}

/** The UTC date `days` after the instant, as `YYYY-MM-DD` (what `until` takes). */
function daysAfter(iso: string, days: number): string {
  const at = Date.parse(iso);
  return new Date((Number.isNaN(at) ? 0 : at) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The suggested `until`: the Sunday on or after `days` days from the run (UTC), so 7 to 13
 * days ahead. A date that moved every day would rewrite an unchanged open incident on every
 * daily run; this one moves once a week (on Mondays).
 */
export function suggestedUntil(iso: string, days: number): string {
  const at = Date.parse(iso);
  const day = new Date((Number.isNaN(at) ? 0 : at) + days * 86_400_000);
  return daysAfter(day.toISOString(), (7 - day.getUTCDay()) % 7);
}

/**
 * A YAML double-quoted scalar: JSON's escapes (which YAML's double-quoted style reads), and
 * the characters JSON leaves raw but that act instead of showing (C1 controls, line and
 * paragraph separators, bidirectional controls) as `\uXXXX`, and so is the backtick, so that
 * nothing in the value can look like the code fence around the snippet.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[`\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** What to write in the reason: a placeholder the policy loader accepts, so that a paste validates. */
export const SILENCE_REASON = 'TODO: why this is expected, who decided, and a link to the ticket';

/**
 * A ready-to-paste silence for the model's warn and fail checks, until the Sunday at least
 * `SILENCE_DAYS` days after the run (the end of that day, UTC; suggestedUntil), in the policy language (docs/policy.md, `alerting`).
 * Empty when nothing can be silenced.
 */
export function silenceSnippet(model: Pick<ModelReport, 'checks' | 'policy'>, generatedAt: string, heading = '###'): string {
  const ids = silenceable(model);
  if (ids.length === 0) return '';
  const errors = model.checks.filter((c) => c.status === 'error').map((c) => code(c.id));
  const until = suggestedUntil(generatedAt, SILENCE_DAYS);
  const yaml = [
    'alerting:',
    '  silences:',
    `    - checks: [${ids.map(yamlString).join(', ')}]`,
    `      until: ${until}  # inclusive: to the end of that day, UTC`,
    `      reason: ${yamlString(SILENCE_REASON)}`,
  ].join('\n');
  const note = errors.length === 0 ? '' : ` ${errors.join(', ')} could not be evaluated: a silence does not hide an error, fix the check instead.`;
  return [
    `${heading} 🔕 Silence this`,
    `To mute ${ids.length === 1 ? 'this check' : 'these checks'} for about a week (to ${until}) while you investigate, add this to ${code(model.policy)} (the entry goes under its \`alerting:\` when it has one), with the reason filled in, and merge it.${note}`,
    `\`\`\`yaml\n${yaml}\n\`\`\``,
  ].join('\n\n');
}
