/**
 * The Action's job summary: a fleet table first (model, status, failing checks), the policy
 * errors, then one section per model with its checks and, for each drift check, a mermaid
 * `xychart-beta` bar chart of the per-column scores with the same numbers in a table under it.
 * Pure. GitHub drops a step's whole summary above 1,048,576 bytes, so whole model sections are
 * left out from the end, with a note, to stay below `SUMMARY_LIMIT_BYTES`.
 */
import type { DriftColumnDetail } from '../checks/details.js';
import type { CheckReport, ModelReport, Report } from '../engine/report.js';
import type { PolicyError } from '../policy/types.js';
import { escapeMarkdown, escapeMermaidLabel } from './escape.js';
import { formatValue, statusLabel, statusSymbol } from './format.js';
import { code, fitSections, table, utf8Bytes } from './github-markdown.js';
import { checksTable, windowText } from './issue-body.js';
import { driftDetails, failingChecks, formatCounts } from './view.js';

/** The runner's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;

/** Bars per chart; more columns than this are listed as a count, worst first kept. */
const MAX_BARS = 30;

export interface SummaryOptions {
  /** Bytes available; defaults to the runner's limit. */
  readonly limitBytes?: number;
  /** Link to the run's report artifact, named in the truncation note. */
  readonly artifactName?: string | null;
  /** How many policy errors were also emitted as annotations (GitHub shows at most 10). */
  readonly annotated?: number;
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const head: string[] = [];
  head.push(`# ${statusSymbol(report.status)} modelwatch: ${statusLabel(report.status)}`);
  head.push(
    `${report.summary.models} model(s): ${formatCounts(report.models)} · generated ${report.generated_at} by modelwatch ${escapeMarkdown(report.tool.version)}`,
  );
  head.push(fleetTable(report.models));
  if (report.policy_errors.length > 0) head.push(policyErrors(report.policy_errors, options.annotated ?? 0));
  const sections = report.models.map(modelSection);
  const where = options.artifactName ? ` in the report artifact ${code(options.artifactName)}` : ' in the JSON report';
  return fitSections({ head, sections, tail: [] }, options.limitBytes ?? SUMMARY_LIMIT_BYTES, utf8Bytes, (n) =>
    n === 0 ? '' : `> [!NOTE]\n> ${n} model section(s) were left out to keep this summary under GitHub's 1 MiB limit; every result is${where}.`,
  );
}

function fleetTable(models: readonly ModelReport[]): string {
  if (models.length === 0) return '_No policies were evaluated._';
  const rows = models.map((m) => {
    const failing = failingChecks(m);
    return [
      escapeMarkdown(m.name),
      `${statusSymbol(m.status)} ${statusLabel(m.status)}`,
      failing.length === 0 ? '—' : failing.map(code).join(', '),
      formatCounts(m.checks),
    ];
  });
  return `## Fleet\n\n${table(['model', 'status', 'failing checks', 'checks'], rows)}`;
}

function policyErrors(errors: readonly PolicyError[], annotated: number): string {
  const lines = errors.map((e) => `- ${code(`${e.file}:${e.line}:${e.column}`)} ${escapeMarkdown(e.message)}`);
  const note =
    annotated > 0 && annotated < errors.length
      ? `\n\n_The first ${annotated} are also shown as annotations on the files; GitHub shows no more than ten._`
      : '';
  return `## ⛔ Policy errors (${errors.length})\n\n${lines.join('\n')}${note}`;
}

function modelSection(model: ModelReport): string {
  const parts: string[] = [];
  parts.push(`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)}`);
  const facts = [
    model.version === null ? null : `version ${escapeMarkdown(model.version)}`,
    `policy ${code(model.policy)}`,
    `window ${windowText(model)}`,
    `rows: reference ${formatValue(model.rows.reference, 'count')}, current ${formatValue(model.rows.current, 'count')}${model.rows.sampled ? ' (sampled)' : ''}`,
  ].filter((f): f is string => f !== null);
  parts.push(facts.join(' · '));
  if (model.error !== null) parts.push(`**Error:** ${escapeMarkdown(model.error)}`);
  if (model.checks.length > 0) parts.push(checksTable(model.checks));
  for (const check of model.checks) parts.push(...driftCharts(check));
  return parts.join('\n\n');
}

/** A chart's number: four significant digits, the same in the chart and in its table. */
function chartNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** One chart per kind of score in the check: p-values (low = drift) and distances (high = drift). */
function driftCharts(check: CheckReport): string[] {
  const drift = driftDetails(check);
  if (drift === null) return [];
  const scored = drift.columns.filter((c): c is DriftColumnDetail & { score: number } => c.score !== null && Number.isFinite(c.score));
  const pValues = scored.filter((c) => c.p_value !== null);
  const distances = scored.filter((c) => c.p_value === null);
  const charts: string[] = [];
  if (distances.length > 0) charts.push(chart(check, distances, 'distance', 'higher = more drift', (a, b) => b.score - a.score));
  if (pValues.length > 0) charts.push(chart(check, pValues, 'p-value', 'lower = more drift', (a, b) => a.score - b.score));
  return charts;
}

function chart(
  check: CheckReport,
  columns: readonly (DriftColumnDetail & { score: number })[],
  kind: string,
  reading: string,
  worstFirst: (a: { score: number }, b: { score: number }) => number,
): string {
  const shown = [...columns].sort(worstFirst).slice(0, MAX_BARS);
  const labels = shown.map((c) => `"${escapeMermaidLabel(c.column)}"`).join(', ');
  const values = shown.map((c) => chartNumber(c.score)).join(', ');
  const range = kind === 'p-value' ? ' 0 --> 1' : '';
  const mermaid = [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaidLabel(`${check.id}: ${kind} per column`)}"`,
    `  x-axis [${labels}]`,
    `  y-axis "${kind}"${range}`,
    `  bar [${values}]`,
    '```',
  ].join('\n');
  const rows = shown.map((c) => [escapeMarkdown(c.column), c.method, chartNumber(c.score), `${statusSymbol(c.status)} ${statusLabel(c.status)}`]);
  const omitted = columns.length - shown.length;
  const note = omitted > 0 ? `\n\n_${omitted} more column(s) with smaller drift are in the report._` : '';
  return `### ${code(check.id)}: ${kind} per column (${reading})\n\n${mermaid}\n\n${table(['column', 'method', kind, 'status'], rows, ['l', 'l', 'r', 'l'])}${note}`;
}
