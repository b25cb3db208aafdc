/**
 * The complete Markdown report (GitHub-flavoured): the fleet table (model, status, failing
 * checks, counts), policy errors, then a section per model with its facts, its checks worst
 * first, and for each check with column details a table of its columns (drift: method,
 * statistic, p-value, status, drifted; data quality: value, rows, status, range or unseen
 * categories, schema problems), and for each check with history its last runs as a mermaid
 * line chart and a table, as in the job summary (./history-mermaid.ts).
 *
 * Pure. Every string that comes from data or policy (names, ids, columns, categories,
 * messages, errors, paths, owners) goes through `escapeMarkdown`, so no mention, reference,
 * link, image, HTML or table break can be injected. Only our own words and the numbers from
 * `formatValue` are written raw. Tables are compact (no padding) to keep the size down.
 */
import { markdownTable } from 'markdown-table';
import type { DataQualityDetails, DriftDetails } from '../checks/details.js';
import type { CheckReport, ModelReport, Report, Status } from '../engine/report.js';
import { escapeMarkdown as md } from './escape.js';
import { checkRow } from './check-row.js';
import { formatDriftPValue, formatDriftStatistic, formatGroupValue, formatInstant, formatValue, formatValueBeside, groupValueHeading, statusLabel, statusSymbol, valueHint } from './format.js';
import { historyMarkdown } from './history-mermaid.js';
import { attributionEvidence, byStatus, driftDetails, failingChecks, formatCounts, type GroupEvidence, groupEvidence, groupNoun, multivariateEvidence, orderedChecks, qualityDetails, shardLine } from './view.js';

function table(rows: readonly (readonly string[])[], align?: readonly string[]): string {
  return markdownTable(rows, { alignDelimiters: false, ...(align ? { align } : {}) });
}

function status(s: Status): string {
  return `${statusSymbol(s)} ${statusLabel(s)}`;
}

function header(report: Report): string[] {
  const plural = report.summary.models === 1 ? 'model' : 'models';
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : '';
  return [
    '# modelwatch report',
    `${status(report.status)} · ${report.summary.models} ${plural}${counts} · generated ${md(formatInstant(report.generated_at))} by modelwatch ${md(report.tool.version)}`,
    ...(shardLine(report) === null ? [] : [md(shardLine(report) ?? '')]),
  ];
}

function policyErrors(report: Report): string[] {
  if (report.policy_errors.length === 0) return [];
  return [
    `## ${statusSymbol('error')} Policy errors`,
    report.policy_errors.map((e) => `- ${md(`${e.file}:${e.line}:${e.column}: ${e.message}`)}`).join('\n'),
  ];
}

function fleet(report: Report): string[] {
  if (report.models.length === 0) return ['No model was evaluated.'];
  const rows = report.models.map((m) => {
    const failing = failingChecks(m);
    return [
      md(m.name),
      status(m.status),
      failing.length > 0 ? failing.map(md).join(', ') : m.error !== null ? 'model error' : '—',
      formatCounts(m.checks),
    ];
  });
  return ['## Models', table([['Model', 'Status', 'Failing checks', 'Checks'], ...rows])];
}

function facts(model: ModelReport): string {
  const items = [`**Policy:** ${md(model.policy)}`];
  if (model.version !== null) items.push(`**Version:** ${md(model.version)}`);
  if (model.task !== null) items.push(`**Task:** ${md(model.task)}`);
  if (model.owners.length > 0) items.push(`**Owners:** ${model.owners.map(md).join(', ')}`);
  if (model.runbook !== null) items.push(`**Runbook:** ${md(model.runbook)}`);
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${md(formatInstant(start ?? '…'))} → ${md(formatInstant(end ?? '…'))}`;
    items.push(`**Window:** ${length === null ? span : `${md(length)}, ${span}`}`);
  }
  const rows = `reference ${formatValue(model.rows.reference, 'count')}, current ${formatValue(model.rows.current, 'count')}`;
  items.push(`**Rows:** ${rows}${model.rows.sampled ? ' (sampled)' : ''}`);
  return items.map((item) => `- ${item}`).join('\n');
}

function checksTable(checks: readonly CheckReport[]): string {
  if (checks.length === 0) return 'No check was evaluated.';
  const rows = checks.map(checkRow).map((r) => [
    `${status(r.status)}${r.alert === '' ? '' : ` (${md(r.alert)})`}`,
    md(r.id),
    md(r.type),
    r.value,
    md(r.thresholds),
    md(r.message),
  ]);
  return table([['Status', 'Check', 'Type', 'Value', 'Threshold', 'Message'], ...rows], ['l', 'l', 'l', 'r', 'l', 'l']);
}

function driftSection(check: CheckReport, details: DriftDetails): string[] {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? '' : ` (${formatValue(details.share_drifted, 'share')})`;
  const verdict = details.share_drifted_status === null ? '' : `; share of drifted columns: ${status(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c) => [
    md(c.column),
    c.kind,
    md(c.method),
    formatDriftStatistic(c),
    formatDriftPValue(c),
    status(c.status),
    c.drifted ? 'yes' : 'no',
    `${formatValue(c.reference_rows, 'count')} / ${formatValue(c.current_rows, 'count')}`,
  ]);
  return [
    `### ${md(check.id)}: drift by column`,
    `${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}${verdict}.`,
    table(
      [['Column', 'Kind', 'Method', 'Statistic', 'p-value', 'Status', 'Drifted', 'Rows (ref / cur)'], ...rows],
      ['l', 'l', 'l', 'r', 'r', 'l', 'l', 'r'],
    ),
  ];
}

function qualityDetail(c: DataQualityDetails['columns'][number]): string {
  const parts: string[] = [];
  if (c.range) parts.push(`range ${formatValue(c.range.min)} to ${formatValue(c.range.max)}`);
  if (c.top_unseen && c.top_unseen.length > 0) {
    parts.push(`unseen: ${c.top_unseen.map((u) => `${md(u.value)} (${formatValue(u.count, 'count')})`).join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : '—';
}

function qualitySection(check: CheckReport, details: DataQualityDetails): string[] {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`### ${md(check.id)}: ${md(details.metric)} by column`];
  if (details.columns.length > 0) {
    const hint = valueHint(check);
    const rows = byStatus(details.columns).map((c) => [
      md(c.column),
      formatValueBeside(c.value, hint, check.thresholds, c.status),
      c.count === null ? '—' : `${formatValue(c.count, 'count')} of ${formatValue(c.total, 'count')}`,
      status(c.status),
      qualityDetail(c),
    ]);
    out.push(table([['Column', 'Value', 'Rows', 'Status', 'Detail'], ...rows], ['l', 'r', 'r', 'l', 'l']));
  }
  if (details.problems.length > 0) out.push(details.problems.map((p) => `- ${md(p)}`).join('\n'));
  return out;
}

function groupSection(check: CheckReport, groups: readonly GroupEvidence[]): string[] {
  const hint = valueHint(check);
  const rows = groups.map((g) => [md(g.group), formatValue(g.rows, 'count'), formatGroupValue(g, hint), g.status === null ? '—' : status(g.status), md(g.message)]);
  return [
    `### ${md(check.id)}: by ${groupNoun(check)}`,
    table([[groupNoun(check) === 'class' ? 'Class' : 'Group', 'Rows', groupValueHeading(groups), 'Status', 'Detail'], ...rows], ['l', 'r', 'r', 'l', 'l']),
  ];
}

/** A performance check's drift attribution: the features ranked by how much of the drop each explains. */
function attributionSection(check: CheckReport, attribution: NonNullable<ReturnType<typeof attributionEvidence>>): string[] {
  const rows = attribution.features.map((f) => [md(f.column), formatValue(f.reweighted), formatValue(f.explained), formatValue(f.share, 'share'), formatValue(f.unrepresented, 'share')]);
  return [
    `### ${md(check.id)}: what explains the ${attribution.direction}`,
    md(attribution.summary),
    table([['Feature', 'Reweighted reference', 'Explained', 'Share', 'Unrepresented'], ...rows], ['l', 'r', 'r', 'r', 'r']),
  ];
}

function multivariateSection(check: CheckReport): string[] {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null) return [];
  const rows = evidence.features.map((f) => [md(f.feature), formatValue(f.contribution), md(f.detail)]);
  return [`### ${md(check.id)}: top features (${evidence.features.length} of ${evidence.total})`, table([['Feature', 'Contribution', 'Detail'], ...rows], ['l', 'r', 'l'])];
}

function modelSection(model: ModelReport): string[] {
  const out = [`## ${statusSymbol(model.status)} ${md(model.name)}`, facts(model)];
  if (model.error !== null) out.push(`> **Error:** ${md(model.error)}`);
  const checks = orderedChecks(model);
  out.push(checksTable(checks));
  for (const check of checks) {
    const drift = driftDetails(check);
    if (drift !== null) out.push(...driftSection(check, drift));
    const quality = qualityDetails(check);
    if (quality !== null) out.push(...qualitySection(check, quality));
    const groups = groupEvidence(check);
    if (groups !== null) out.push(...groupSection(check, groups));
    const attribution = attributionEvidence(check);
    if (attribution !== null) out.push(...attributionSection(check, attribution));
    out.push(...multivariateSection(check));
    const history = historyMarkdown(check, { heading: '###' });
    if (history !== '') out.push(history);
  }
  return out;
}

/** The whole Markdown report: blocks separated by blank lines, ending with a newline. */
export function renderMarkdown(report: Report): string {
  const blocks = [...header(report), ...policyErrors(report), ...fleet(report)];
  for (const model of report.models) blocks.push(...modelSection(model));
  return `${blocks.join('\n\n')}\n`;
}
