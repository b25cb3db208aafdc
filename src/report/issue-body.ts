/**
 * The visible part of an incident issue for one model: what fails, since when, the evidence
 * (flagged drift columns, each drifted column's reference-vs-current table and, for the worst,
 * a chart — ./column-evidence.ts — and data-quality columns; each check's history of its last
 * runs as a chart and a table — ./history-mermaid.ts), the data window, the runbook, the
 * owners (the only mentions, made from the policy), a ready-to-paste silence, and links to the
 * runs and the run's report artifact. Pure; the GitHub sink adds
 * the hidden marker and state around it (src/github/incident.ts). Every value from data is
 * escaped. The result stays within `ISSUE_BODY_LIMIT` characters less `reserve`: history charts
 * go first, then history tables, then whole evidence sections from the end, each with a note.
 */
import type { CheckReport, ModelReport, Status } from '../engine/report.js';
import { escapeMarkdown } from './escape.js';
import { checkRow } from './check-row.js';
import { formatDriftPValue, formatDriftStatistic, formatGroupValue, formatInstant, formatValue, formatValueBeside, groupValueHeading, statusLabel, statusSymbol, valueHint } from './format.js';
import { checksTitle } from './title.js';
import { code, fitSections, fitsWhole, link, mention, table, utf16Chars } from './github-markdown.js';
import { chooseHistoryDetail, hasHistory, historyAt, type HistoryDetail } from './history-mermaid.js';
import { driftColumnEvidence, silenceSnippet } from './column-evidence.js';
import { driftDetails, flaggedDriftColumns, flaggedQualityColumns, groupEvidence, groupNoun, orderedChecks, qualityDetails, type GroupEvidence } from './view.js';

/** GitHub rejects issue and comment bodies longer than this many characters. */
export const ISSUE_BODY_LIMIT = 65_536;

/** Rows shown per evidence table; the rest are counted in a note. */
const MAX_EVIDENCE_ROWS = 25;

export interface RunLink {
  readonly id: string;
  readonly url: string;
}

export interface IssueBodyInput {
  readonly model: ModelReport;
  /** Per check id, the ISO instant since which the check has had its current status. */
  readonly since: Readonly<Record<string, string>>;
  /** When the incident was opened (ISO instant). */
  readonly openedAt: string;
  readonly firstRun: RunLink | null;
  /** The run whose results this body shows. */
  readonly latestRun: RunLink | null;
  /** Where the runbook is: a URL from the policy, or the policy's path resolved to a repository link. */
  readonly runbookUrl: string | null;
  /** Characters to leave free for the hidden marker and state. */
  readonly reserve?: number;
  /** When the run's report was made (ISO instant): the suggested silence ends 7 days later; default openedAt. */
  readonly generatedAt?: string;
  /** The name of the report artifact the run uploaded, linked on the run's page; null when none was uploaded. */
  readonly artifactName?: string | null;
}

/** Where a run's artifacts are listed: the run's page, at its artifacts section. */
export function artifactsUrl(run: RunLink): string {
  return `${run.url}#artifacts`;
}

const FAILING: ReadonlySet<Status> = new Set(['fail', 'error']);

/**
 * What the incident is, in the title: the failing checks (`error` counts as failing), else the
 * warning ones: `adult-income-shifted: feature-drift, missing-numbers failing`. It changes
 * with the set of failing checks, and the issue's title is updated with its body.
 */
export function issueTitle(model: Pick<ModelReport, 'name' | 'checks'>): string {
  const failing = model.checks.filter((c) => FAILING.has(c.status)).map((c) => c.id);
  if (failing.length > 0) return checksTitle(model.name, failing, 'failing');
  const warning = model.checks.filter((c) => c.status === 'warn').map((c) => c.id);
  return warning.length > 0 ? checksTitle(model.name, warning, 'warning') : checksTitle(model.name, [], 'incident');
}

/** The model's state as the heading says it: `offer-ranker is failing`. */
const STATE: Readonly<Record<Status, string>> = {
  fail: 'is failing',
  error: 'could not be fully evaluated',
  warn: 'has warnings',
  no_data: 'has too little data to judge',
  pass: 'is healthy',
  silenced: 'is silenced',
  pending: 'has a breach waiting to fire',
  inhibited: 'is inhibited',
  skipped: 'was skipped',
};

export function renderIssueBody(input: IssueBodyInput): string {
  const { model } = input;
  const checks = orderedChecks(model);
  const failing = checks.filter((c) => FAILING.has(c.status));
  const head: string[] = [];
  head.push(`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)} ${STATE[model.status]}`);
  const facts: string[] = [];
  facts.push(
    `- **Model:** ${escapeMarkdown(model.name)}${model.version === null ? '' : ` version ${escapeMarkdown(model.version)}`} · policy ${code(model.policy)}`,
  );
  facts.push(`- **Open since:** ${formatInstant(input.openedAt)}${input.firstRun === null ? '' : ` (${link(`run ${input.firstRun.id}`, input.firstRun.url)})`}`);
  if (failing.length > 0) {
    facts.push(`- **Failing:** ${failing.map((c) => `${code(c.id)} since ${formatInstant(input.since[c.id] ?? input.openedAt)}`).join(', ')}`);
  }
  if (model.error !== null) facts.push(`- **Error:** ${escapeMarkdown(model.error)}`);
  facts.push(`- **Data window:** ${windowText(model)}`);
  facts.push(`- **Rows:** reference ${formatValue(model.rows.reference, 'count')}, current ${formatValue(model.rows.current, 'count')}${model.rows.sampled ? ' (sampled)' : ''}`);
  if (input.runbookUrl !== null && model.runbook !== null) facts.push(`- **Runbook:** ${link(model.runbook, input.runbookUrl)}`);
  if (model.owners.length > 0) facts.push(`- **Owners:** ${model.owners.map(mention).join(' ')}`);
  head.push(facts.join('\n'));
  head.push('### Checks');
  head.push(checksTable(checks, input.since));

  // Each check's evidence, then its history (a check with history and no evidence gets a section of its own).
  const sectionsAt = (detail: HistoryDetail): string[] =>
    checks
      .map((c) => {
        const shown = c.status !== 'pass' && c.status !== 'skipped' ? evidence(c) : '';
        return [shown, historyAt(c, shown === '' ? '###' : '####', detail)].filter((s) => s !== '').join('\n\n');
      })
      .filter((s) => s !== '');

  const tail: string[] = [];
  const silence = silenceSnippet(model, input.generatedAt ?? input.openedAt);
  if (silence !== '') tail.push(silence);
  if (input.latestRun !== null && input.artifactName) {
    tail.push(`The full report (JSON and Markdown) of this run: ${link(`artifact ${input.artifactName}`, artifactsUrl(input.latestRun))}.`);
  }
  if (input.latestRun !== null) tail.push(`<sub>Results from ${link(`run ${input.latestRun.id}`, input.latestRun.url)}. This issue is kept up to date by modelwatch and closed when the model is healthy again.</sub>`);
  else tail.push('<sub>This issue is kept up to date by modelwatch and closed when the model is healthy again.</sub>');

  const limit = ISSUE_BODY_LIMIT - (input.reserve ?? 0);
  // History goes first when the body is too long: its charts, then its tables, then evidence sections.
  const detail = chooseHistoryDetail((d) => fitsWhole({ head, sections: sectionsAt(d), tail }, limit, utf16Chars));
  const sections = sectionsAt(detail);
  if (detail === 'none' && hasHistory(checks)) tail.unshift("_The checks' history (charts and tables of their last runs) was left out to stay within GitHub's size limit; it is in the run's report._");
  return fitSections({ head, sections, tail }, limit, utf16Chars, (n) =>
    `_${n} evidence section(s) left out to stay within GitHub's size limit; the full report is in the run's artifact._`,
  );
}

export function windowText(model: ModelReport): string {
  const { start, end, length } = model.window;
  if (start === null && end === null) return 'all rows';
  return `${start ?? '…'} → ${end ?? '…'}${length === null ? '' : ` (${escapeMarkdown(length)})`}`;
}

export function checksTable(checks: readonly CheckReport[], since?: Readonly<Record<string, string>>): string {
  const header = ['check', 'type', 'status', 'value', 'thresholds', ...(since ? ['since'] : []), 'message'];
  const rows = checks.map(checkRow).map((r) => [
    code(r.id),
    r.type,
    `${statusSymbol(r.status)} ${statusLabel(r.status)}${r.alert === '' ? '' : ` (${escapeMarkdown(r.alert)})`}`,
    r.value,
    escapeMarkdown(r.thresholds),
    ...(since ? [sinceText(since[r.id])] : []),
    escapeMarkdown(r.message),
  ]);
  return table(header, rows);
}

const sinceText = (iso: string | undefined): string => (iso === undefined ? '—' : formatInstant(iso));

function more(total: number, shown: number): string {
  return total > shown ? `\n\n_${total - shown} more not shown._` : '';
}

/** The evidence for one check that is not passing: its flagged columns or its problems. */
export function evidence(check: CheckReport): string {
  const title = `### ${statusSymbol(check.status)} ${code(check.id)}: evidence`;
  const drift = driftDetails(check);
  if (drift !== null) {
    const flagged = flaggedDriftColumns(drift);
    // With by: a drift found only in a segment is evidence too (drift groups, below).
    const segments = groupEvidence(check)?.filter((g) => g.status === 'fail' || g.status === 'warn' || g.status === 'error') ?? [];
    const segmentTable = segments.length === 0 ? '' : `\n\n${groupTable(check, segments)}`;
    if (flagged.length === 0) return segmentTable === '' ? '' : `${title}\n\n${escapeMarkdown(check.message)}${segmentTable}`;
    const rows = flagged.slice(0, MAX_EVIDENCE_ROWS).map((c) => [
      escapeMarkdown(c.column),
      c.method,
      formatDriftStatistic(c),
      formatDriftPValue(c),
      `${statusSymbol(c.status)} ${statusLabel(c.status)}`,
      escapeMarkdown(c.message),
    ]);
    const summary =
      drift.share_drifted === null ? '' : `${drift.drifted_columns} of ${drift.evaluated_columns} columns drifted (${formatValue(drift.share_drifted, 'share')}).\n\n`;
    const columns = driftColumnEvidence(check);
    return `${title}\n\n${summary}${table(['column', 'method', 'statistic', 'p-value', 'status', 'message'], rows)}${more(flagged.length, rows.length)}${segmentTable}${columns === '' ? '' : `\n\n${columns}`}`;
  }
  const quality = qualityDetails(check);
  if (quality !== null) {
    const flagged = flaggedQualityColumns(quality);
    const parts: string[] = [title];
    if (quality.problems.length > 0) {
      parts.push(quality.problems.slice(0, MAX_EVIDENCE_ROWS).map((p) => `- ${escapeMarkdown(p)}`).join('\n') + more(quality.problems.length, MAX_EVIDENCE_ROWS));
    }
    if (flagged.length > 0) {
      const hint = valueHint(check);
      const rows = flagged.slice(0, MAX_EVIDENCE_ROWS).map((c) => [
        escapeMarkdown(c.column),
        formatValueBeside(c.value, hint, check.thresholds, c.status),
        c.count === null || c.total === null ? '—' : `${formatValue(c.count, 'count')} of ${formatValue(c.total, 'count')}`,
        `${statusSymbol(c.status)} ${statusLabel(c.status)}`,
        escapeMarkdown(
          c.top_unseen && c.top_unseen.length > 0
            ? `${c.message}; unseen: ${c.top_unseen.map((u) => `${u.value} (${u.count})`).join(', ')}`
            : c.message,
        ),
      ]);
      parts.push(table(['column', 'value', 'rows', 'status', 'message'], rows) + more(flagged.length, rows.length));
    }
    return parts.length > 1 ? parts.join('\n\n') : '';
  }
  const groups = groupEvidence(check);
  if (groups !== null) return `${title}\n\n${escapeMarkdown(check.message)}\n\n${groupTable(check, groups)}`;
  return `${title}\n\n${escapeMarkdown(check.message)}`;
}

/** A grouped check's groups (at most MAX_EVIDENCE_ROWS of them) as a table. */
function groupTable(check: CheckReport, groups: readonly GroupEvidence[]): string {
  const hint = valueHint(check);
  const rows = groups.slice(0, MAX_EVIDENCE_ROWS).map((g) => [
    escapeMarkdown(g.group),
    formatValue(g.rows, 'count'),
    formatGroupValue(g, hint),
    g.status === null ? '—' : `${statusSymbol(g.status)} ${statusLabel(g.status)}`,
    escapeMarkdown(g.message),
  ]);
  const valueHeader = groupValueHeading(groups).toLowerCase();
  return `${table([groupNoun(check), 'rows', valueHeader, 'status', 'message'], rows)}${more(groups.length, rows.length)}`;
}
