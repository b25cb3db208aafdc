/**
 * The Action's job summary: a fleet table first (model, status, failing checks), the policy
 * errors, then one section per model with its checks and, for each drift check, a mermaid
 * `xychart-beta` bar chart of the per-column scores with the same numbers in a table under it,
 * and for each check with history its last runs as a line chart and a table (./history-mermaid.ts);
 * for a failing model also its incident's evidence (./column-evidence.ts: each drifted column's
 * reference-vs-current table, charts of the worst, and a ready-to-paste silence).
 * Pure. GitHub drops a step's whole summary above 1,048,576 bytes, so to stay below
 * `SUMMARY_LIMIT_BYTES` the history charts are left out first, then the history tables, then
 * whole model sections from the end, each with a note.
 */
import type { DriftColumnDetail } from '../checks/details.js';
import type { CheckReport, ModelReport, Report } from '../engine/report.js';
import type { PolicyError } from '../policy/types.js';
import { escapeMarkdown, escapeMermaidLabel } from './escape.js';
import { formatValue, statusLabel, statusSymbol } from './format.js';
import { code, fitSections, fitsWhole, table, utf8Bytes } from './github-markdown.js';
import { chooseHistoryDetail, hasHistory, historyAt, type HistoryDetail } from './history-mermaid.js';
import { checksTable, windowText } from './issue-body.js';
import { chartNumber, driftColumnEvidence, silenceSnippet, VERTICAL_BARS } from './column-evidence.js';
import { driftDetails, failingChecks, formatCounts, shardLine } from './view.js';

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
  const shards = shardLine(report);
  if (shards !== null) head.push(escapeMarkdown(shards));
  head.push(fleetTable(report.models));
  if (report.policy_errors.length > 0) head.push(policyErrors(report.policy_errors, options.annotated ?? 0));
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const sectionsAt = (detail: HistoryDetail): string[] => report.models.map((m) => modelSection(m, report.generated_at, detail));
  // History goes first when the summary is too long: its charts, then its tables, then whole model sections.
  const detail = chooseHistoryDetail((d) => fitsWhole({ head, sections: sectionsAt(d), tail: [] }, limit, utf8Bytes));
  const sections = sectionsAt(detail);
  const where = options.artifactName ? ` in the report artifact ${code(options.artifactName)}` : ' in the JSON report';
  if (detail === 'none' && hasHistory(report.models.flatMap((m) => m.checks))) {
    head.push(`> [!NOTE]\n> The checks' history (charts and tables of their last runs) was left out to keep this summary under GitHub's 1 MiB limit; it is${where}.`);
  }
  return fitSections({ head, sections, tail: [] }, limit, utf8Bytes, (n) =>
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

function modelSection(model: ModelReport, generatedAt: string, history: HistoryDetail): string {
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
  for (const check of model.checks) parts.push(historyAt(check, '###', history));
  // A failing model's evidence, as in its incident issue: each drifted column, reference vs current.
  if (model.status === 'fail' || model.status === 'error') {
    for (const check of model.checks) {
      if (check.status !== 'fail' && check.status !== 'warn') continue;
      const evidence = driftColumnEvidence(check, { heading: '####' });
      if (evidence !== '') parts.push(`### ${statusSymbol(check.status)} ${code(check.id)}: drifted columns, reference vs current\n\n${evidence}`);
    }
    const silence = silenceSnippet(model, generatedAt, '###');
    if (silence !== '') parts.push(silence);
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

/** −log10 p, with p = 0 (beyond the smallest double, 5e-324) drawn at this height. */
const MAX_LOG_P = 324;

function minusLog10(p: number): number {
  return p <= 0 ? MAX_LOG_P : Math.min(MAX_LOG_P, -Math.log10(p));
}

/** Columns' labels are cut to this many characters (with `…`) so that the axis stays legible. */
const LABEL_CHARS = 24;


/** The single number a column's fail threshold is (`lt: 0.01`, `gte: 0.2`), or null. */
function failLimit(column: DriftColumnDetail, kind: 'p-value' | 'distance'): number | null {
  const fail = column.thresholds.fail;
  if (fail === undefined || fail.vs !== undefined) return null;
  const limit = kind === 'p-value' ? (fail.lt ?? fail.lte) : (fail.gt ?? fail.gte);
  return typeof limit === 'number' && Number.isFinite(limit) ? limit : null;
}

/**
 * The axis labels for these column names: each cut in the middle to `LABEL_CHARS` (the start and
 * the end of a name are what tell columns apart: `customer_ag…_bucket_3`). When two labels
 * still read the same, every label gets its row number in the table under the chart.
 */
function axisLabels(columns: readonly string[]): { labels: string[]; numbered: boolean } {
  const middle = (name: string, max: number): string => {
    const chars = Array.from(name);
    if (chars.length <= max) return name;
    const head = Math.ceil((max - 1) / 2);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
  };
  const plainLabels = columns.map((c) => escapeMermaidLabel(middle(c, LABEL_CHARS), LABEL_CHARS));
  if (new Set(plainLabels).size === plainLabels.length) return { labels: plainLabels, numbered: false };
  return { labels: columns.map((c, i) => escapeMermaidLabel(`${i + 1}. ${middle(c, LABEL_CHARS - 4)}`, LABEL_CHARS)), numbered: true };
}

type Scored = DriftColumnDetail & { score: number };

interface ChartKind {
  readonly kind: 'p-value' | 'distance';
  /** The bar's height: higher is more drift for both kinds. */
  readonly height: (score: number) => number;
  readonly axis: string;
  readonly reading: string;
}

const P_VALUES: ChartKind = { kind: 'p-value', height: minusLog10, axis: '−log10 p', reading: 'as −log10 p: higher = more drift' };
const DISTANCES: ChartKind = { kind: 'distance', height: (d) => d, axis: 'distance', reading: 'higher = more drift' };

/** One chart per kind of score in the check: p-values (as −log10 p) and distances. */
function driftCharts(check: CheckReport): string[] {
  const drift = driftDetails(check);
  if (drift === null) return [];
  const scored = drift.columns.filter((c): c is Scored => c.score !== null && Number.isFinite(c.score));
  const pValues = scored.filter((c) => c.p_value !== null);
  const distances = scored.filter((c) => c.p_value === null);
  const charts: string[] = [];
  if (distances.length > 0) charts.push(chart(check, distances, DISTANCES));
  if (pValues.length > 0) charts.push(chart(check, pValues, P_VALUES));
  return charts;
}

function chart(check: CheckReport, columns: readonly Scored[], kind: ChartKind): string {
  const shown = [...columns].sort((a, b) => kind.height(b.score) - kind.height(a.score)).slice(0, MAX_BARS);
  const heights = shown.map((c) => chartNumber(kind.height(c.score)));
  const limits = shown.map((c) => failLimit(c, kind.kind));
  const hasLine = limits.every((l) => l !== null && (kind.kind === 'distance' || l > 0));
  const lineValues = hasLine ? limits.map((l) => chartNumber(kind.height(l ?? 0))) : [];
  const top = Math.max(...heights.map(Number), ...lineValues.map(Number), kind.kind === 'p-value' ? 1 : 0);
  const labels = axisLabels(shown.map((c) => c.column));
  const mermaid = [
    '```mermaid',
    `xychart-beta${shown.length > VERTICAL_BARS ? ' horizontal' : ''}`,
    `  title "${escapeMermaidLabel(`${check.id}: ${kind.kind} per column`)}"`,
    `  x-axis [${labels.labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${kind.axis}" 0 --> ${chartNumber(top > 0 ? top * 1.05 : 1)}`,
    `  bar [${heights.join(', ')}]`,
    ...(hasLine ? [`  line [${lineValues.join(', ')}]`] : []),
    '```',
  ].join('\n');
  const rows = shown.map((c, i) => [
    ...(labels.numbered ? [String(i + 1)] : []),
    escapeMarkdown(c.column),
    c.method,
    ...(kind.kind === 'p-value' ? [formatValue(c.score, 'p_value')] : []),
    `${c.score <= 0 && kind.kind === 'p-value' ? '≥ ' : ''}${heights[i] ?? ''}`,
    `${statusSymbol(c.status)} ${statusLabel(c.status)}`,
  ]);
  const number = labels.numbered ? ['#'] : [];
  const header = [...number, ...(kind.kind === 'p-value' ? ['column', 'method', 'p-value', '−log10 p', 'status'] : ['column', 'method', 'distance', 'status'])];
  const align: ('l' | 'r')[] = [...(labels.numbered ? ['r' as const] : []), ...(kind.kind === 'p-value' ? (['l', 'l', 'r', 'r', 'l'] as const) : (['l', 'l', 'r', 'l'] as const))];
  const omitted = columns.length - shown.length;
  const line = hasLine ? ' The line is each column\'s fail threshold.' : '';
  const note = omitted > 0 ? `\n\n_${omitted} more column(s) with smaller drift are in the report._` : '';
  return `### ${code(check.id)}: ${kind.kind} per column (${kind.reading})\n\n${mermaid}\n\n${line === '' ? '' : `_${line.trim()}_\n\n`}${table(header, rows, align)}${note}`;
}
