/**
 * The terminal report, written for someone reading it half awake: policy errors first (as
 * `file:line:column: message`), then one line per model with its status and the counts of its
 * checks, then for each model its checks worst first (status, id, type, value, threshold,
 * message), the drift columns that drifted or could not be compared (column, method,
 * statistic, p-value, status) with each drifted column's summary, reference → current, on a
 * line (numeric: mean, median, p5, p95, missing, count; categorical: the largest categories'
 * shares), the quality columns over threshold, the groups of a grouped check (`by:`) that
 * warns or fails (group, rows, value or rate with its interval, status, message; the first
 * MAX_GROUP_ROWS, the rest counted), and a check's history as one line of its last values
 * with their statuses (./history-table.ts).
 *
 * Pure. Every string from data or policy goes through `escapeTerminal`, so a column name cannot
 * move the cursor or recolour the screen. ANSI colours only when `options.color` (the CLI
 * decides: a TTY without NO_COLOR). Lines are kept within `options.width` (default 100) by
 * truncating messages, then thresholds, then ids and names, with `…`, and below 100 columns by
 * leaving out the check type; a model's error is cut only past MAX_TEXT (1,000) columns.
 * Statuses are words because terminals disagree on the width of emoji.
 */
import type { DataQualityDetails, DriftColumnDetail, DriftDetails } from '../checks/details.js';
import { categoryShares, hasNumericSummary, summaryRows } from './column-evidence.js';
import { historyView } from './history-table.js';
import type { CheckReport, ModelReport, Report, Status } from '../engine/report.js';
import { escapeTerminal } from './escape.js';
import { checkRow } from './check-row.js';
import { formatDriftPValue, formatDriftStatistic, formatGroupValue, formatInstant, formatValue, formatValueBeside, groupValueHeading, statusLabel, valueHint } from './format.js';
import {
  attributionEvidence,
  driftDetails,
  flaggedDriftColumns,
  flaggedQualityColumns,
  formatCounts,
  type GroupEvidence,
  groupEvidence,
  groupNoun,
  multivariateEvidence,
  orderedChecks,
  qualityDetails,
  shardLine,
} from './view.js';
import { displayWidth, pad, truncate } from './width.js';

export interface TextOptions {
  readonly color: boolean;
  /** Target line width in columns (default 100). */
  readonly width?: number;
}

const DEFAULT_WIDTH = 100;
/** Messages are not cut shorter than this, even if the line then exceeds the width. */
const MIN_MESSAGE = 24;
/** Ids and column names are cut at this width so one long name cannot eat the line. */
const MAX_NAME = 32;
/** Any one string from data or policy is cut at this width (docs/architecture.md, "Reports"). */
const MAX_TEXT = 1_000;
const INDENT = '  ';
/** Groups listed per grouped check; the rest are counted (every format but this one lists all). */
const MAX_GROUP_ROWS = 10;
/** Features of a drift attribution the terminal shows (the rest are in the JSON, Markdown and HTML reports). */
const MAX_ATTRIBUTION_ROWS = 5;
/** Categories named in a drifted categorical column's summary line. */
const TERMINAL_CATEGORIES = 3;

const STYLES: Readonly<Record<Status, string>> = {
  fail: '\x1b[1;31m',
  error: '\x1b[1;35m',
  warn: '\x1b[33m',
  no_data: '\x1b[36m',
  pass: '\x1b[32m',
  pending: '\x1b[33m',
  inhibited: '\x1b[2m',
  silenced: '\x1b[2m',
  skipped: '\x1b[2m',
};
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';
const DIM = '\x1b[2m';

interface Painter {
  status(status: Status, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

function painter(color: boolean): Painter {
  const wrap = (style: string, text: string): string => (color && text !== '' ? `${style}${text}${RESET}` : text);
  return {
    status: (status, text) => wrap(STYLES[status], text),
    bold: (text) => wrap(BOLD, text),
    dim: (text) => wrap(DIM, text),
  };
}

/**
 * A data string made safe for the terminal and cut to `max` columns. Even where a line may run
 * past the width (a model's error), a string is cut at MAX_TEXT columns: a 400,000-character
 * message is not something to read, and the width code then works on bounded text.
 */
function safe(value: string, max: number = MAX_TEXT): string {
  return truncate(escapeTerminal(value), Math.min(max, MAX_TEXT));
}

interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /**
   * A column that may be cut with `…` to keep the line within the width, never below `min`
   * columns. Shrinkable columns give up space in the order they are listed in `shrinkOrder`.
   */
  readonly min?: number;
}

/** Column widths that fit `width`, shrinking the columns named by `shrinkOrder` in that order. */
function fitWidths(columns: readonly Column[], natural: readonly number[], shrinkOrder: readonly number[], width: number, indent: number): number[] {
  const widths = [...natural];
  let overflow = indent + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - width;
  for (const i of shrinkOrder) {
    if (overflow <= 0) break;
    const min = Math.min(columns[i]?.min ?? Number.POSITIVE_INFINITY, widths[i] ?? 0);
    const cut = Math.min(overflow, (widths[i] ?? 0) - min);
    widths[i] = (widths[i] ?? 0) - cut;
    overflow -= cut;
  }
  return widths;
}

/**
 * Rows aligned under a dim header. `statusColumn` names the column whose cells are statuses,
 * coloured after padding so escape codes never disturb the alignment.
 */
function table(
  columns: readonly Column[],
  rows: readonly { readonly status: Status; readonly cells: readonly string[] }[],
  statusColumn: number,
  shrinkOrder: readonly number[],
  indent: string,
  width: number,
  paint: Painter,
): string[] {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
  const widths = fitWidths(columns, natural, shrinkOrder, width, indent.length);
  const line = (cells: readonly string[], style: (i: number, text: string) => string): string =>
    indent +
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const last = i === cells.length - 1;
        const text = truncate(cell, w);
        const padded = last && columns[i]?.align !== 'right' ? text : pad(text, w, columns[i]?.align);
        return style(i, padded);
      })
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      (_, text) => paint.dim(text),
    ),
    ...rows.map((row) =>
      line(row.cells, (i, text) => (i === statusColumn ? paint.status(row.status, text) : text)),
    ),
  ];
}

function header(report: Report, paint: Painter): string[] {
  const counts = formatCounts(report.models);
  const plural = report.summary.models === 1 ? 'model' : 'models';
  return [
    `${paint.bold(`modelwatch ${safe(report.tool.version)}`)} ${paint.dim(`· ${safe(formatInstant(report.generated_at))}`)}`,
    `${paint.status(report.status, statusLabel(report.status).toUpperCase())}  ${report.summary.models} ${plural}${report.models.length > 0 ? `: ${counts}` : ''}`,
    ...(shardLine(report) === null ? [] : [safe(shardLine(report) ?? '')]),
  ];
}

function policyErrors(report: Report, width: number, paint: Painter): string[] {
  if (report.policy_errors.length === 0) return [];
  const lines = [paint.status('error', `Policy errors (${report.policy_errors.length})`)];
  for (const e of report.policy_errors) {
    lines.push(`${INDENT}${safe(`${e.file}:${e.line}:${e.column}: ${e.message}`, Math.max(MIN_MESSAGE, width - 2))}`);
  }
  return lines;
}

function fleet(report: Report, width: number, paint: Painter): string[] {
  if (report.models.length === 0) return [];
  const rows = report.models.map((m) => ({
    status: m.status,
    cells: [
      statusLabel(m.status).toUpperCase(),
      safe(m.name, MAX_NAME),
      m.error === null ? formatCounts(m.checks) : `${formatCounts(m.checks)} · ${safe(m.error)}`,
    ],
  }));
  return table([{ header: 'STATUS' }, { header: 'MODEL', min: 16 }, { header: 'CHECKS', min: MIN_MESSAGE }], rows, 0, [2, 1], '', width, paint);
}

function describeModel(model: ModelReport): string[] {
  const facts = [`policy ${safe(model.policy)}`];
  if (model.version !== null) facts.push(`version ${safe(model.version)}`);
  if (model.task !== null) facts.push(`task ${model.task}`);
  const lines = [facts.join(' · ')];
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${safe(formatInstant(start ?? '…'))} → ${safe(formatInstant(end ?? '…'))}`;
    lines.push(length === null ? `window ${span}` : `window ${safe(length)}: ${span}`);
  }
  const rows = [`reference ${formatValue(model.rows.reference, 'count')}`, `current ${formatValue(model.rows.current, 'count')}`];
  lines.push(`rows ${rows.join(', ')}${model.rows.sampled ? ' (sampled)' : ''}`);
  const people: string[] = [];
  if (model.owners.length > 0) people.push(`owners ${model.owners.map((o) => safe(o)).join(', ')}`);
  if (model.runbook !== null) people.push(`runbook ${safe(model.runbook)}`);
  if (people.length > 0) lines.push(people.join(' · '));
  return lines;
}

/** Below this width the TYPE column is left out: the check id usually says it anyway. */
const WIDE_ENOUGH_FOR_TYPE = 100;

function checksTable(checks: readonly CheckReport[], width: number, paint: Painter): string[] {
  if (checks.length === 0) return [`${INDENT}${paint.dim('no checks were evaluated')}`];
  const withType = width >= WIDE_ENOUGH_FOR_TYPE;
  const rows = checks.map(checkRow).map((r) => {
    const cells = [r.alert === '' ? statusLabel(r.status) : `${statusLabel(r.status)} (${safe(r.alert)})`, safe(r.id, MAX_NAME), r.value, safe(r.thresholds), safe(r.message)];
    if (withType) cells.splice(2, 0, r.type);
    return { status: r.status, cells };
  });
  const columns: Column[] = [
    { header: 'STATUS' },
    { header: 'CHECK', min: 16 },
    { header: 'VALUE', align: 'right' },
    { header: 'THRESHOLD', min: 16 },
    { header: 'MESSAGE', min: MIN_MESSAGE },
  ];
  if (withType) columns.splice(2, 0, { header: 'TYPE' });
  const last = columns.length - 1;
  return table(columns, rows, 0, [last, last - 1, 1], INDENT, width, paint);
}

function driftSection(check: CheckReport, details: DriftDetails, width: number, paint: Painter): string[] {
  const flagged = flaggedDriftColumns(details);
  const id = paint.bold(safe(check.id, MAX_NAME));
  const of = `${details.drifted_columns} of ${details.evaluated_columns} columns drifted`;
  if (details.evaluated_columns === 0) return [`${INDENT}${id}: no column could be compared`];
  if (flagged.length === 0) return [`${INDENT}${id}: no column drifted (${details.evaluated_columns} compared)`];
  const rows = flagged.map((c) => ({
    status: c.status,
    cells: [
      safe(c.column, MAX_NAME),
      c.method,
      formatDriftStatistic(c),
      formatDriftPValue(c),
      statusLabel(c.status),
    ],
  }));
  return [
    `${INDENT}${id}: ${of}${details.share_drifted === null ? '' : ` (${formatValue(details.share_drifted, 'share')})`}`,
    ...driftTable(rows, width, paint),
    ...columnSummaries(flagged, width, paint),
  ];
}

/**
 * The drifted columns' summaries, one line each, as the incident issue has them
 * (column-evidence.ts): numeric, `mean 38.58 → 44.12 · median … · p5 … · p95 … · missing … · count …`
 * (reference → current); categorical, the largest categories' shares. Cut to the width.
 */
function columnSummaries(columns: readonly DriftColumnDetail[], width: number, paint: Painter): string[] {
  const order = ['mean', 'median', 'p5', 'p95', 'missing', 'count'];
  const lines: string[] = [];
  for (const c of columns) {
    let facts: string[] = [];
    if (hasNumericSummary(c)) {
      const rows = summaryRows(c.summary);
      facts = order.flatMap((label) => rows.filter((r) => r[0] === label).map(([l, ref, cur]) => `${l} ${ref} → ${cur}`));
    } else if (c.distribution?.kind === 'categories') {
      const shares = categoryShares(c.distribution, TERMINAL_CATEGORIES);
      facts = shares.categories.map((k) => `${safe(k.name, MAX_NAME)} ${formatValue(k.reference, 'share')} → ${formatValue(k.current, 'share')}`);
      if (shares.other !== null) facts.push(`${shares.other.count} other ${formatValue(shares.other.reference, 'share')} → ${formatValue(shares.other.current, 'share')}`);
    }
    if (facts.length > 0) lines.push(`${INDENT}${INDENT}${truncate(`${pad(safe(c.column, MAX_NAME), 16)}  ${facts.join(' · ')}`, width - 4)}`);
  }
  return lines.length === 0 ? [] : [`${INDENT}${INDENT}${paint.dim('reference → current')}`, ...lines];
}

function driftTable(rows: readonly { readonly status: Status; readonly cells: readonly string[] }[], width: number, paint: Painter): string[] {
  return [
    ...table(
      [
        { header: 'COLUMN', min: 16 },
        { header: 'METHOD' },
        { header: 'STATISTIC', align: 'right' },
        { header: 'P-VALUE', align: 'right' },
        { header: 'STATUS' },
      ],
      rows,
      4,
      [0],
      INDENT + INDENT,
      width,
      paint,
    ),
  ];
}

/** A table under a check: a name (cut first after the message), two figures, a status, a message. */
function detailTable(
  headers: readonly [string, string, string],
  rows: readonly { readonly status: Status; readonly cells: readonly string[] }[],
  width: number,
  paint: Painter,
): string[] {
  const [name, first, second] = headers;
  const columns: Column[] = [
    { header: name, min: 16 },
    { header: first, align: 'right' },
    { header: second, align: 'right' },
    { header: 'STATUS' },
    { header: 'MESSAGE', min: MIN_MESSAGE },
  ];
  return table(columns, rows, 3, [4, 0], INDENT + INDENT, width, paint);
}

function qualitySection(check: CheckReport, details: DataQualityDetails, width: number, paint: Painter): string[] {
  const flagged = flaggedQualityColumns(details);
  if (flagged.length === 0 && details.problems.length === 0) return [];
  const id = paint.bold(safe(check.id, MAX_NAME));
  const lines: string[] = [];
  const hint = valueHint(check);
  if (flagged.length > 0) {
    lines.push(`${INDENT}${id}: ${flagged.length} of ${details.columns.length} columns over threshold`);
    const rows = flagged.map((c) => ({
      status: c.status,
      cells: [
        safe(c.column, MAX_NAME),
        formatValueBeside(c.value, hint, check.thresholds, c.status),
        c.count === null ? '—' : `${formatValue(c.count, 'count')} of ${formatValue(c.total, 'count')}`,
        statusLabel(c.status),
        safe(c.message),
      ],
    }));
    lines.push(...detailTable(['COLUMN', 'VALUE', 'ROWS'], rows, width, paint));
  }
  if (details.problems.length > 0) {
    lines.push(`${INDENT}${id}: ${details.problems.length} schema ${details.problems.length === 1 ? 'problem' : 'problems'}`);
    for (const problem of details.problems) lines.push(`${INDENT}${INDENT}- ${safe(problem, Math.max(MIN_MESSAGE, width - 6))}`);
  }
  return lines;
}

/** The groups of a grouped check that warns or fails, worst first; nothing for other statuses. */
function groupSection(check: CheckReport, groups: readonly GroupEvidence[], width: number, paint: Painter): string[] {
  if (check.status !== 'fail' && check.status !== 'warn') return [];
  const hint = valueHint(check);
  const shown = groups.slice(0, MAX_GROUP_ROWS);
  const rows = shown.map((g) => ({
    status: g.status ?? check.status,
    cells: [
      safe(g.group, MAX_NAME),
      formatValue(g.rows, 'count'),
      formatGroupValue(g, hint),
      g.status === null ? '—' : statusLabel(g.status),
      safe(g.message),
    ],
  }));
  const lines = [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: by ${groupNoun(check)} (${groups.length})`,
    ...detailTable([groupNoun(check).toUpperCase(), 'ROWS', groupValueHeading(groups).toUpperCase()], rows, width, paint),
  ];
  const hidden = groups.length - shown.length;
  if (hidden > 0) lines.push(`${INDENT}${INDENT}${paint.dim(`… and ${hidden} more ${hidden === 1 ? 'group' : 'groups'} (every group is in the JSON, Markdown and HTML reports)`)}`);
  return lines;
}

/** The features that explain most of a performance check's deterioration, the first MAX_ATTRIBUTION_ROWS. */
function attributionSection(check: CheckReport, width: number, paint: Painter): string[] {
  const attribution = attributionEvidence(check);
  if (attribution === null) return [];
  const shown = attribution.features.slice(0, MAX_ATTRIBUTION_ROWS);
  const rows = shown.map((f) => ({
    status: check.status,
    cells: [
      safe(f.column, MAX_NAME),
      formatValue(f.explained),
      formatValue(f.share, 'share'),
      statusLabel(check.status),
      `reweighted reference ${formatValue(f.reweighted)}${f.unrepresented !== null && f.unrepresented > 0 ? `; ${formatValue(f.unrepresented, 'share')} of current rows unrepresented` : ''}`,
    ],
  }));
  return [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: what explains the ${attribution.direction} (${attribution.features.length} features)`,
    ...detailTable(['FEATURE', 'EXPLAINED', 'SHARE'], rows, width, paint),
  ];
}

/** The features that moved most, under a multivariate drift check that warns or fails. */
function multivariateSection(check: CheckReport, width: number, paint: Painter): string[] {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null || (check.status !== 'fail' && check.status !== 'warn')) return [];
  const rows = evidence.features.map((f) => ({ status: check.status, cells: [safe(f.feature, MAX_NAME), formatValue(f.contribution), safe(f.detail)] }));
  return [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: top features (${evidence.features.length} of ${evidence.total})`,
    ...table([{ header: 'FEATURE', min: 16 }, { header: 'CONTRIBUTION', align: 'right' }, { header: 'DETAIL', min: MIN_MESSAGE }], rows, 3, [2, 0], INDENT + INDENT, width, paint),
  ];
}

/**
 * A check's history in one line: `auc: last 12 runs … 0.7754 · 0.7601 warn · 0.7412 warn · bounds warn < 0.75, fail < 0.7`,
 * the most recent values that fit the width (of the last MAX_TABLE_ROWS), each with its status when not pass.
 */
function historyLine(check: CheckReport, width: number, paint: Painter): string[] {
  const view = historyView(check);
  if (view === null) return [];
  const head = `${INDENT}${safe(check.id, MAX_NAME)}: last ${view.runs} runs `;
  const tokens = view.rows.map((r) => ({ plain: r.status === 'pass' ? r.value : `${r.value} ${statusLabel(r.status)}`, status: r.status }));
  // The bounds (also in the checks table) give way when not even the last value fits beside them.
  const allBounds = view.lines.length === 0 ? '' : ` · bounds ${view.lines.map((l) => l.label).join(', ')}`;
  const lastWidth = displayWidth(tokens[tokens.length - 1]?.plain ?? '') + 2;
  const bounds = displayWidth(head) + lastWidth + displayWidth(allBounds) <= width ? allBounds : '';
  const room = width - displayWidth(head) - displayWidth(bounds);
  const kept: typeof tokens = [];
  let used = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const cost = displayWidth(token.plain) + (kept.length === 0 ? 0 : 3);
    if (kept.length > 0 && used + cost + 4 > room) break;
    kept.unshift(token);
    used += cost;
  }
  const cut = kept.length < tokens.length || view.runs > view.rows.length ? '… ' : '';
  const values = kept.map((t) => (t.status === 'pass' ? t.plain : paint.status(t.status, t.plain))).join(' · ');
  const name = paint.bold(safe(check.id, MAX_NAME));
  return [`${INDENT}${name}: last ${view.runs} runs ${cut}${values}${paint.dim(bounds)}`];
}

function modelSection(model: ModelReport, width: number, paint: Painter): string[] {
  const title = `${paint.bold(safe(model.name))} ${paint.dim('—')} ${paint.status(model.status, statusLabel(model.status).toUpperCase())}`;
  const lines = [title, ...describeModel(model).map((l) => `${INDENT}${paint.dim(truncate(l, width - 2))}`)];
  if (model.error !== null) lines.push(`${INDENT}${paint.status('error', 'error:')} ${safe(model.error)}`);
  const checks = orderedChecks(model);
  lines.push('', ...checksTable(checks, width, paint));
  const columnLines: string[] = [];
  for (const check of checks) {
    const drift = driftDetails(check);
    if (drift !== null) columnLines.push(...driftSection(check, drift, width, paint));
    const quality = qualityDetails(check);
    if (quality !== null) columnLines.push(...qualitySection(check, quality, width, paint));
    const groups = groupEvidence(check);
    if (groups !== null) columnLines.push(...groupSection(check, groups, width, paint));
    columnLines.push(...attributionSection(check, width, paint));
    columnLines.push(...multivariateSection(check, width, paint));
    columnLines.push(...historyLine(check, width, paint));
  }
  if (columnLines.length > 0) lines.push('', ...columnLines);
  return lines;
}

/** The whole terminal report, ending with a newline. */
export function renderText(report: Report, options: TextOptions): string {
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH);
  const paint = painter(options.color);
  const blocks: string[][] = [header(report, paint), policyErrors(report, width, paint), fleet(report, width, paint)];
  for (const model of report.models) blocks.push(modelSection(model, width, paint));
  return `${blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n`;
}
