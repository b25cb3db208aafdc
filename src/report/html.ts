/**
 * The report as one self-contained HTML page: inline CSS and inline SVG, no script, no external
 * resource (a Content-Security-Policy meta tag forbids them even if markup slipped through).
 * Summary first: the fleet table, then every failing and warning check of every model in one
 * table that links to it; then a section per model with its checks table and, per check worst
 * first, a `<details>` block (open for fail, error and warn; folded otherwise) holding the
 * check's history of its last runs when it has one (history-svg.ts), the column and group
 * tables of the Markdown report and the charts (html-charts.ts). Status marks
 * are inline SVG shapes beside the word, so they need no emoji font.
 *
 * Pure; linear in the report. Every string from data or policy goes through `escapeHtml`, as do
 * our own numbers and words (it costs nothing and leaves no unescaped path). No attribute takes
 * data: `class` holds our status names, `id` and `href` our own counters (`m2-c3`).
 */
import type { DataQualityDetails, DriftDetails } from '../checks/details.js';
import type { CheckReport, ModelReport, Report, Status } from '../engine/report.js';
import { escapeHtml as h } from './escape.js';
import { checkRow } from './check-row.js';
import { checkThresholds, checkValue, formatDriftPValue, formatDriftStatistic, formatGroupValue, formatInstant, formatValue, formatValueBeside, groupValueHeading, statusLabel, valueHint } from './format.js';
import { type Cell, num, table, text } from './html-table.js';
import { CHART_STYLE, type ChartIds, driftCharts, fairnessChart, latencyChart, nextId } from './html-charts.js';
import { HISTORY_STYLE, historyFigure } from './history-svg.js';
import { attributionEvidence, byStatus, driftDetails, failingChecks, formatCounts, type GroupEvidence, groupEvidence, groupNoun, multivariateEvidence, orderedChecks, qualityDetails, shardLine } from './view.js';

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --head: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --head: #151b23; } }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--head); } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted, dl { color: var(--muted); } dl { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
.status { white-space: nowrap; font-weight: 600; }
.fail { color: #d1242f; } .error { color: #8250df; } .warn { color: #9a6700; } .no_data { color: #0969da; } .pass { color: #1a7f37; } .pending { color: #bc4c00; } .inhibited, .silenced, .skipped { color: var(--muted); }
.alert { border-left: 4px solid #8250df; padding: .5rem 1rem; background: var(--head); }
a { color: inherit; } .mark { width: 1em; height: 1em; vertical-align: -.15em; margin-right: .25em; fill: currentColor; }
.mark .glyph { fill: none; stroke: var(--bg); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; } .mark .ring { fill: none; stroke: currentColor; stroke-width: 2; }
details.check { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .8rem; margin: .5rem 0; }
details.check > summary { cursor: pointer; padding: .2rem 0; } details.check[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
@media print { details.check > *:not(summary) { display: block; } }
${CHART_STYLE}${HISTORY_STYLE}`;

/**
 * Status marks that need no font: a shape per status (circle with a tick, triangle, circle with a
 * cross, octagon with a bar, hollow circle with a slash, double chevron, square with a bar), so
 * that they differ in shape as well as colour; the word beside them says the same.
 */
const MARKS: Readonly<Record<Status, string>> = {
  pass: '<circle cx="8" cy="8" r="7.5"/><path class="glyph" d="M4.6 8.3l2.3 2.3 4.6-4.9"/>',
  warn: '<path d="M8 .8l7.6 14H.4z"/><path class="glyph" d="M8 5.6v4.2M8 12.2v.1"/>',
  fail: '<circle cx="8" cy="8" r="7.5"/><path class="glyph" d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"/>',
  error: '<path d="M5.1.5h5.8l4.6 4.6v5.8l-4.6 4.6H5.1L.5 10.9V5.1z"/><path class="glyph" d="M4.3 8h7.4"/>',
  no_data: '<circle class="ring" cx="8" cy="8" r="6"/><path class="ring" d="M3 13L13 3"/>',
  skipped: '<path d="M1 3l6.5 5L1 13zM8 3l6.5 5L8 13z"/>',
  silenced: '<rect x="1" y="1" width="14" height="14" rx="3"/><path class="glyph" d="M4.5 8h7"/>',
  pending: '<path d="M3 1h10v2L9.2 8 13 13v2H3v-2l3.8-5L3 3z"/>',
  inhibited: '<rect class="ring" x="2" y="2" width="12" height="12" rx="3"/><path class="ring" d="M4.5 8h7"/>',
};

function mark(s: Status): string {
  return `<svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${MARKS[s]}</svg>`;
}

function status(s: Status): string {
  return `<span class="status ${s}">${mark(s)}${h(statusLabel(s))}</span>`;
}

/** A link to a place in this page, by one of our own ids. */
function link(id: string, html: string): string {
  return `<a href="#${id}">${html}</a>`;
}


const badge = (s: Status): Cell => ({ html: status(s) });

function header(report: Report): string[] {
  const plural = report.summary.models === 1 ? 'model' : 'models';
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : '';
  return [
    '<h1>modelwatch report</h1>',
    `<p>${status(report.status)} · ${h(`${report.summary.models} ${plural}${counts}`)} · <span class="muted">generated ${h(formatInstant(report.generated_at))} by modelwatch ${h(report.tool.version)}</span></p>`,
    ...(shardLine(report) === null ? [] : [`<p>${h(shardLine(report) ?? '')}</p>`]),
  ];
}

function policyErrors(report: Report): string[] {
  if (report.policy_errors.length === 0) return [];
  const items = report.policy_errors.map((e) => `<li><code>${h(`${e.file}:${e.line}:${e.column}`)}</code>: ${h(e.message)}</li>`);
  return [`<h2>${mark('error')}Policy errors</h2>`, `<ul>\n${items.join('\n')}\n</ul>`];
}

const modelId = (m: number): string => `m${m + 1}`;
const checkId = (m: number, c: number): string => `m${m + 1}-c${c + 1}`;
const EXPANDED: ReadonlySet<Status> = new Set<Status>(['fail', 'error', 'warn']);

function fleet(report: Report): string[] {
  if (report.models.length === 0) return ['<p>No model was evaluated.</p>'];
  const rows = report.models.map((m, i) => {
    const failing = failingChecks(m);
    return [
      { html: link(modelId(i), h(m.name)) },
      badge(m.status),
      text(failing.length > 0 ? failing.join(', ') : m.error !== null ? 'model error' : '—'),
      text(formatCounts(m.checks)),
    ];
  });
  return ['<h2>Models</h2>', table(['Model', 'Status', 'Failing checks', 'Checks'], rows)];
}

/** Every failing and warning check of every model (and every model in error), each linking to its block. */
function attention(report: Report): string[] {
  if (report.models.length === 0) return [];
  const rows: Cell[][] = [];
  report.models.forEach((m, i) => {
    if (m.error !== null) rows.push([{ html: link(modelId(i), h(m.name)) }, badge('error'), text('—'), text(m.error)]);
    orderedChecks(m).forEach((c, j) => {
      if (EXPANDED.has(c.status)) rows.push([text(m.name), badge(c.status), { html: link(checkId(i, j), h(c.id)) }, text(c.message)]);
    });
  });
  if (rows.length === 0) return ['<h2>Failing and warning checks</h2>', '<p>None: every check passed or had no verdict.</p>'];
  return ['<h2>Failing and warning checks</h2>', table(['Model', 'Status', 'Check', 'Message'], rows, 'attention')];
}

function facts(model: ModelReport): string {
  const items: [string, string][] = [['Policy', model.policy]];
  if (model.version !== null) items.push(['Version', model.version]);
  if (model.task !== null) items.push(['Task', model.task]);
  if (model.owners.length > 0) items.push(['Owners', model.owners.join(', ')]);
  if (model.runbook !== null) items.push(['Runbook', model.runbook]);
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${formatInstant(start ?? '…')} → ${formatInstant(end ?? '…')}`;
    items.push(['Window', length === null ? span : `${length}, ${span}`]);
  }
  const rows = `reference ${formatValue(model.rows.reference, 'count')}, current ${formatValue(model.rows.current, 'count')}`;
  items.push(['Rows', `${rows}${model.rows.sampled ? ' (sampled)' : ''}`]);
  return `<dl>\n${items.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('\n')}\n</dl>`;
}

function checksTable(checks: readonly CheckReport[], m: number): string {
  if (checks.length === 0) return '<p>No check was evaluated.</p>';
  const rows = checks.map(checkRow).map((r, j) => {
    return [
      r.alert === '' ? badge(r.status) : { html: `${status(r.status)}<br><span class="muted">${h(r.alert)}</span>` },
      { html: link(checkId(m, j), h(r.id)) },
      text(r.type),
      num(r.value),
      text(r.thresholds),
      text(r.message),
    ];
  });
  return table(['Status', 'Check', 'Type', 'Value', 'Threshold', 'Message'], rows);
}

function driftSection(check: CheckReport, details: DriftDetails, ids: ChartIds): string[] {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? '' : ` (${formatValue(details.share_drifted, 'share')})`;
  const verdict = details.share_drifted_status === null ? '' : `; share of drifted columns: ${status(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c) => [
    text(c.column),
    text(c.kind),
    text(c.method),
    num(formatDriftStatistic(c)),
    num(formatDriftPValue(c)),
    badge(c.status),
    text(c.drifted ? 'yes' : 'no'),
    num(`${formatValue(c.reference_rows, 'count')} / ${formatValue(c.current_rows, 'count')}`),
  ]);
  return [
    `<h3>${h(check.id)}: drift by column</h3>`,
    `<p>${h(`${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}`)}${verdict}.</p>`,
    table(['Column', 'Kind', 'Method', 'Statistic', 'p-value', 'Status', 'Drifted', 'Rows (ref / cur)'], rows),
    ...driftCharts(details, ids),
  ];
}

function qualityDetail(c: DataQualityDetails['columns'][number]): string {
  const parts: string[] = [];
  if (c.range) parts.push(`range ${formatValue(c.range.min)} to ${formatValue(c.range.max)}`);
  if (c.top_unseen && c.top_unseen.length > 0) {
    parts.push(`unseen: ${c.top_unseen.map((u) => `${u.value} (${formatValue(u.count, 'count')})`).join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : '—';
}

function qualitySection(check: CheckReport, details: DataQualityDetails): string[] {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`<h3>${h(`${check.id}: ${details.metric} by column`)}</h3>`];
  if (details.columns.length > 0) {
    const hint = valueHint(check);
    const rows = byStatus(details.columns).map((c) => [
      text(c.column),
      num(formatValueBeside(c.value, hint, check.thresholds, c.status)),
      num(c.count === null ? '—' : `${formatValue(c.count, 'count')} of ${formatValue(c.total, 'count')}`),
      badge(c.status),
      text(qualityDetail(c)),
    ]);
    out.push(table(['Column', 'Value', 'Rows', 'Status', 'Detail'], rows));
  }
  if (details.problems.length > 0) out.push(`<ul>\n${details.problems.map((p) => `<li>${h(p)}</li>`).join('\n')}\n</ul>`);
  return out;
}

function groupSection(check: CheckReport, groups: readonly GroupEvidence[], ids: ChartIds): string[] {
  const hint = valueHint(check);
  const rows = groups.map((g) => [
    text(g.group),
    num(formatValue(g.rows, 'count')),
    num(formatGroupValue(g, hint)),
    g.status === null ? text('—') : badge(g.status),
    text(g.message),
  ]);
  return [`<h3>${h(`${check.id}: by ${groupNoun(check)}`)}</h3>`, table([groupNoun(check) === 'class' ? 'Class' : 'Group', 'Rows', groupValueHeading(groups), 'Status', 'Detail'], rows), ...fairnessChart(check, groups, ids)];
}

/** A performance check's drift attribution: the features ranked by how much of the drop each explains. */
function attributionSection(check: CheckReport, attribution: NonNullable<ReturnType<typeof attributionEvidence>>): string[] {
  const rows = attribution.features.map((f) => [text(f.column), num(formatValue(f.reweighted)), num(formatValue(f.explained)), num(formatValue(f.share, 'share')), num(formatValue(f.unrepresented, 'share'))]);
  return [
    `<h3>${h(`${check.id}: what explains the ${attribution.direction}`)}</h3>`,
    `<p>${h(attribution.summary)}</p>`,
    table(['Feature', 'Reweighted reference', 'Explained', 'Share', 'Unrepresented'], rows),
  ];
}

function multivariateSection(check: CheckReport): string[] {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null) return [];
  const rows = evidence.features.map((f) => [text(f.feature), num(formatValue(f.contribution)), text(f.detail)]);
  return [`<h3>${h(`${check.id}: top features (${evidence.features.length} of ${evidence.total})`)}</h3>`, table(['Feature', 'Contribution', 'Detail'], rows)];
}

/** One check's block: its status, id and message as the summary line, then its evidence and charts. */
function checkBlock(check: CheckReport, id: string, ids: ChartIds): string[] {
  const evidence: string[] = [...historyFigure(check, () => nextId(ids), badge)];
  const drift = driftDetails(check);
  if (drift !== null) evidence.push(...driftSection(check, drift, ids));
  const quality = qualityDetails(check);
  if (quality !== null) evidence.push(...qualitySection(check, quality));
  const groups = groupEvidence(check);
  if (groups !== null) evidence.push(...groupSection(check, groups, ids));
  const attribution = attributionEvidence(check);
  if (attribution !== null) evidence.push(...attributionSection(check, attribution));
  evidence.push(...multivariateSection(check));
  evidence.push(...latencyChart(check, ids));
  if (evidence.length === 0) evidence.push(`<p class="muted">${h(`${check.type} check; value ${checkValue(check)}; threshold ${checkThresholds(check)}.`)}</p>`);
  const open = EXPANDED.has(check.status) ? ' open' : '';
  const summary = `<summary>${status(check.status)} <strong>${h(check.id)}</strong> <span class="muted">${h(check.type)}</span> · ${h(check.message)}</summary>`;
  return [`<details class="check" id="${id}"${open}>`, summary, ...evidence, '</details>'];
}

function modelSection(model: ModelReport, m: number, ids: ChartIds): string[] {
  const out = [`<section id="${modelId(m)}">`, `<h2>${status(model.status)} ${h(model.name)}</h2>`, facts(model)];
  if (model.error !== null) out.push(`<p class="alert"><strong>Error:</strong> ${h(model.error)}</p>`);
  const checks = orderedChecks(model);
  out.push(checksTable(checks, m));
  checks.forEach((check, j) => out.push(...checkBlock(check, checkId(m, j), ids)));
  out.push('</section>');
  return out;
}

/** The whole HTML page, ending with a newline. */
export function renderHtml(report: Report): string {
  const body = [...header(report), ...policyErrors(report), ...fleet(report), ...attention(report)];
  const ids: ChartIds = { next: 0 };
  report.models.forEach((model, m) => body.push(...modelSection(model, m, ids)));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>modelwatch report · ${h(statusLabel(report.status))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
