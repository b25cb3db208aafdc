/**
 * A check's history in the HTML report: a `<figure>` with an inline SVG line chart of its last
 * runs (svg-chart.ts `lineChart`: the value as a line, a dot per run coloured by its status,
 * each warn and fail bound as a dashed rule labelled with its level and value), the table of
 * the last runs beside it (./history-table.ts decides what is shown), and a caption. The SVG
 * names its `<title>` and `<desc>` (first and last value, lowest and highest, the bounds, in
 * words) by `aria-labelledby`; each dot has a tooltip with its run, value and status.
 *
 * Pure; O(points). Strings go through escapeHtml here or in svg-chart.ts; ids come from the
 * page's counter.
 */
import type { CheckReport, Status } from '../engine/report.js';
import { escapeHtml as h } from './escape.js';
import { formatValue, statusLabel } from './format.js';
import { type Cell, num, table, text } from './html-table.js';
import { historyOmitted, historyView } from './history-table.js';
import { lineChart } from './svg-chart.js';

export const HISTORY_STYLE = `
svg.chart .series { fill: none; stroke: #0969da; stroke-width: 2; }
svg.chart .pt { fill: #0969da; stroke: var(--bg); stroke-width: 1; } svg.chart .pt.warn, svg.chart .pt.pending { fill: #9a6700; } svg.chart .pt.fail { fill: #d1242f; } svg.chart .pt.error { fill: #8250df; }
`;

/** The history figure of one check, or nothing when it has no history of at least two runs. */
export function historyFigure(check: CheckReport, id: () => string, badge: (status: Status) => Cell): string[] {
  const view = historyView(check);
  if (view === null) return [];
  const share = view.unit === '%';
  // Chart values are on the chart's scale (percent for a share): read them back as the value reads.
  const read = (v: number): string => formatValue(share ? v / 100 : v, view.hint);
  const rows: Cell[][] = view.rows.map((r) => [text(r.at), num(r.value), badge(r.status)]);
  const numbers = table(['Run', 'Value', 'Status'], rows, 'chart-data');
  const omitted = historyOmitted(view);
  const bounds = view.lines.map((l) => l.label).join(', ');
  const heading = `<h3>${h(`${check.id}: last ${view.runs} runs`)}</h3>`;
  if (view.points.length < 2) return [heading, numbers, ...(omitted === '' ? [] : [`<p class="muted">${h(omitted)}</p>`])];
  const values = view.points.map((p) => p.value);
  const desc =
    `${check.id} over its last ${view.points.length} runs with a value: from ${view.shown[0] ?? '—'} to ${view.shown[view.shown.length - 1] ?? '—'}, ` +
    `lowest ${read(Math.min(...values))}, highest ${read(Math.max(...values))}` +
    `${bounds === '' ? '' : `; bounds ${bounds}`}. The table beside the chart lists the last ${view.rows.length} runs.`;
  const svg = lineChart({
    id: id(),
    title: `${check.id}: value over the last ${view.points.length} runs`,
    desc,
    points: view.points.map((p, i) => ({ label: p.label, value: p.value, className: p.status, tip: `${p.label}: ${view.shown[i] ?? ''} (${statusLabel(p.status)})` })),
    min: Number(view.min),
    max: Number(view.max),
    format: read,
    rules: view.lines.map((l) => ({ value: l.value, level: l.level, label: l.label })),
  });
  const caption = `${check.id}: the value at each run, oldest on the left${bounds === '' ? '' : `; dashed lines: ${bounds}`}. ${omitted}`.trim();
  return [heading, `<figure class="chart history">\n<div class="chart-row">${svg}\n${numbers}</div>\n<figcaption>${h(caption)}</figcaption>\n</figure>`];
}
