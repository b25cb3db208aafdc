/**
 * A check's history in GitHub Markdown (job summary, incident issue, Markdown report): a mermaid
 * `xychart-beta` line chart of its last runs with each warn and fail bound as a further,
 * constant line, then a small table of the same runs (./history-table.ts decides what is shown).
 *
 * Mermaid's xychart has no legend and no per-series style, so the chart's frontmatter sets its
 * palette (value blue, warn amber, fail red, in the order of the series) and a line under the
 * chart says which line is which. Runs go along the x axis while their labels fit (at most
 * ~112 characters of labels at the 12 px the chart sets, e.g. 16 dates `10-08`); past that the chart is drawn horizontally,
 * one run per row, so that no label overlaps another (as the drift charts do past 8 columns).
 *
 * Nothing from data reaches the chart but through `escapeMermaidLabel` (the check id in the
 * title; it drops quotes, brackets, braces, backticks, `#`, `;` and line breaks, so no string,
 * directive or fence can be closed or opened); axis labels are made from parsed instants and
 * numbers are `formatChartNumber`s. Pure; O(points).
 */
import type { CheckReport } from '../engine/report.js';
import { escapeMarkdown, escapeMermaidLabel } from './escape.js';
import { formatChartNumber, statusLabel, statusSymbol, trendText } from './format.js';
import { code, table } from './github-markdown.js';
import { historyOmitted, historyView, type HistoryView } from './history-table.js';

/** Characters of axis labels (each counted with 2 for its gap) that fit along a vertical chart's x axis. */
const X_AXIS_CHARS = 112;

const COLOURS = { value: '#0969da', warn: '#bf8700', fail: '#cf222e' } as const;
const COLOUR_NAMES = { warn: 'amber', fail: 'red' } as const;

export interface HistoryMarkdownOptions {
  /** The heading's level (`###`, `####`). */
  readonly heading: string;
  /** False: the table only, with a note that the chart was left out to stay within a size limit. */
  readonly chart?: boolean;
}

/** The mermaid source of the chart (without the fence), or null with fewer than two drawable runs. */
export function historyChart(check: CheckReport, view: HistoryView): string | null {
  if (view.points.length < 2) return null;
  const widest = Math.max(...view.points.map((p) => Array.from(p.label).length));
  const horizontal = view.points.length * (widest + 2) > X_AXIS_CHARS;
  const palette = [COLOURS.value, ...view.lines.map((l) => COLOURS[l.level])].join(', ');
  const values = (xs: readonly number[]): string => `[${xs.map(formatChartNumber).join(', ')}]`;
  return [
    '---',
    'config:',
    '  xyChart:',
    '    xAxis:',
    '      labelFontSize: 12',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette}"`,
    '---',
    `xychart-beta${horizontal ? ' horizontal' : ''}`,
    `  title "${escapeMermaidLabel(`${check.id}: last ${view.points.length} runs`)}"`,
    `  x-axis [${view.points.map((p) => `"${escapeMermaidLabel(p.label, 24)}"`).join(', ')}]`,
    `  y-axis "${view.unit}" ${view.min} --> ${view.max}`,
    `  line ${values(view.points.map((p) => p.value))}`,
    ...view.lines.map((l) => `  line ${values(view.points.map(() => l.value))}`),
  ].join('\n');
}

/** Which line is which, in words (the chart has no legend). */
function key(view: HistoryView): string {
  const lines = view.lines.map((l) => `${COLOUR_NAMES[l.level]}: ${l.label}`);
  return `_Blue line: the value${view.unit === '%' ? ' (in %)' : ''}${lines.length === 0 ? '' : `; ${lines.join('; ')}`}._`;
}

/** The table of the last runs: run, value, status. */
export function historyMarkdownTable(view: HistoryView): string {
  // `at` is ours (history-table.ts makes it from the parsed instant): no Markdown to escape.
  const rows = view.rows.map((r) => [r.at, r.value, `${statusSymbol(r.status)} ${statusLabel(r.status)}`]);
  return table(['run', 'value', 'status'], rows, ['l', 'r', 'l']);
}

/**
 * The history block of one check: heading, chart (unless `chart: false`), its key, the table, and
 * what is left out. Empty when the check has no history of at least two runs.
 */
export function historyMarkdown(check: CheckReport, options: HistoryMarkdownOptions): string {
  const view = historyView(check);
  if (view === null) return '';
  const parts = [`${options.heading} ${statusSymbol(check.status)} ${code(check.id)}: last ${view.runs} runs`];
  const chart = historyChart(check, view);
  if (chart !== null) {
    if (options.chart === false) parts.push('_The chart of these runs was left out to stay within the size limit; the table has the numbers._');
    else parts.push(`\`\`\`mermaid\n${chart}\n\`\`\``, key(view));
  }
  parts.push(historyMarkdownTable(view));
  const trend = trendText(check);
  if (trend !== '') parts.push(escapeMarkdown(trend));
  const omitted = historyOmitted(view);
  if (omitted !== '') parts.push(`_${omitted}_`);
  return parts.join('\n\n');
}

/**
 * How much history a size-limited body (job summary, issue) carries: `chart` (chart and table),
 * `table` (every chart left out, each with a note), `none` (history left out, one note). The
 * body takes the first level at which it fits whole, so history goes before any evidence does.
 */
export type HistoryDetail = 'chart' | 'table' | 'none';

export function chooseHistoryDetail(fits: (detail: HistoryDetail) => boolean): HistoryDetail {
  return (['chart', 'table'] as const).find(fits) ?? 'none';
}

/** The history block of a check at a size level ('' for `none`). */
export function historyAt(check: CheckReport, heading: string, detail: HistoryDetail): string {
  return detail === 'none' ? '' : historyMarkdown(check, { heading, chart: detail === 'chart' });
}

/** Whether any check of these has a history block to leave out. */
export function hasHistory(checks: readonly CheckReport[]): boolean {
  return checks.some((c) => historyView(c) !== null);
}
