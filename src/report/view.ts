/**
 * What a rendered report shows and in which order, shared by every renderer so that the
 * terminal, Markdown, HTML and GitHub outputs agree (docs/architecture.md, "Reports"):
 * models keep the order of the input (the order of the policy files); within a model, checks
 * are sorted worst first, stably, by `fail, error, pending, warn, no_data, pass, inhibited, silenced, skipped`;
 * columns inside a check's details are sorted the same way. Pure; O(n log n) in the checks.
 */
import type { DataQualityDetails, DriftColumnDetail, DriftDetails, LabelShiftDetails, MultivariateDriftDetails, QualityColumnDetail } from '../checks/details.js';
import type { CheckReport, ModelReport, Report, Status } from '../engine/report.js';
import { STATUSES_BY_SEVERITY } from '../checks/status.js';

/** Worst first; the same ranking as `worstStatus` in the engine. */
/**
 * A sharded or merged report's line about its shards, as plain text (each renderer escapes it):
 * `Shard 2 of 3: a, b` or `Fleet of 3 shards: 1 and 2 reported; 3 failed or never reported (its models are error)`.
 */
export function shardLine(report: Report): string | null {
  if (report.shard !== undefined) {
    const { index, count, models } = report.shard;
    return `Shard ${index} of ${count}, holding ${models.length} model(s) of the fleet plan: ${models.join(', ') || 'none'}`;
  }
  if (report.shards !== undefined) {
    const { count, reported, missing } = report.shards;
    const said = missing.length === 0 ? 'every shard reported' : `${reported.length === 0 ? 'none' : reported.join(', ')} reported; ${missing.join(', ')} failed or never reported (their models are error)`;
    return `Fleet of ${count} shard(s) merged: ${said}`;
  }
  return null;
}

export const STATUS_ORDER: readonly Status[] = STATUSES_BY_SEVERITY;

const RANK = new Map<Status, number>(STATUS_ORDER.map((status, i) => [status, i]));

function rank(status: Status): number {
  return RANK.get(status) ?? STATUS_ORDER.length;
}

/** A copy of `items` sorted worst status first; ties keep their input order. */
export function byStatus<T extends { readonly status: Status }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.status) - rank(b.item.status) || a.index - b.index)
    .map(({ item }) => item);
}

/** The model's checks, worst first. */
export function orderedChecks(model: ModelReport): CheckReport[] {
  return byStatus(model.checks);
}

/** How many items have each status, worst first, leaving out zeros: `[['fail', 1], ['pass', 3]]`. */
export function statusCounts(items: readonly { readonly status: Status }[]): [Status, number][] {
  const counts = new Map<Status, number>();
  for (const { status } of items) counts.set(status, (counts.get(status) ?? 0) + 1);
  return STATUS_ORDER.filter((s) => counts.has(s)).map((s) => [s, counts.get(s) ?? 0]);
}

/** `1 fail, 1 warn, 2 pass` (labels in English words), or `no checks`. */
export function formatCounts(items: readonly { readonly status: Status }[]): string {
  const counts = statusCounts(items);
  if (counts.length === 0) return 'no checks';
  return counts.map(([status, n]) => `${n} ${status === 'no_data' ? 'no data' : status}`).join(', ');
}

/** The ids of the checks that are failing (`fail` or `error`), worst first. */
export function failingChecks(model: ModelReport): string[] {
  return orderedChecks(model)
    .filter((c) => c.status === 'fail' || c.status === 'error')
    .map((c) => c.id);
}

function kindOf(details: unknown): unknown {
  return typeof details === 'object' && details !== null ? (details as { kind?: unknown }).kind : undefined;
}

/** The drift details of a check, or null when it has none (an errored or skipped check). */
export function driftDetails(check: CheckReport): DriftDetails | null {
  const details = check.details;
  if (kindOf(details) !== 'drift') return null;
  const drift = details as DriftDetails;
  return Array.isArray(drift.columns) ? drift : null;
}

/** The data-quality details of a check, or null when it has none. */
export function qualityDetails(check: CheckReport): DataQualityDetails | null {
  const details = check.details;
  if (kindOf(details) !== 'data_quality') return null;
  const quality = details as DataQualityDetails;
  return Array.isArray(quality.columns) && Array.isArray(quality.problems) ? quality : null;
}

const FLAGGED: ReadonlySet<Status> = new Set<Status>(['fail', 'error', 'warn']);

/** Drift columns that are `warn` or `fail` (or could not be evaluated: `error`), worst first. */
export function flaggedDriftColumns(details: DriftDetails): DriftColumnDetail[] {
  return byStatus(details.columns.filter((c) => FLAGGED.has(c.status)));
}

/** Quality columns that are `warn`, `fail` or `error`, worst first. */
export function flaggedQualityColumns(details: DataQualityDetails): QualityColumnDetail[] {
  return byStatus(details.columns.filter((c) => FLAGGED.has(c.status)));
}

/** One group of a grouped check (`by:`), as the evidence tables show it. */
export interface GroupEvidence {
  readonly group: string;
  /** Null for a group below min_group_size: its size is not shown. */
  readonly rows: number | null;
  readonly value: number | null;
  /** The value's interval: fairness, the rate's 95% Wilson one; performance, the group's at the check's level; null elsewhere. */
  readonly low: number | null;
  readonly high: number | null;
  /** The interval's level (0.95 for fairness); null without one. */
  readonly confidence: number | null;
  /** Null where the check judges the groups together (fairness gaps). */
  readonly status: Status | null;
  readonly message: string;
}

interface RawGroup {
  readonly group?: unknown;
  readonly rows?: unknown;
  readonly value?: unknown;
  readonly status?: unknown;
  readonly message?: unknown;
  readonly rates?: unknown;
  readonly interval?: unknown;
}

const num = (x: unknown): number | null => (typeof x === 'number' ? x : null);

/**
 * The groups of a performance, operational, business, fairness or drift check that has `by:`, worst
 * first where each group has its own status; null when the check has no groups. A fairness
 * group shows the rate of the metric that decided the gap, with its interval.
 */
export function groupEvidence(check: CheckReport): GroupEvidence[] | null {
  const details = check.details;
  if (typeof details !== 'object' || details === null) return null;
  if (kindOf(details) === 'label_shift') return classEvidence(details as LabelShiftDetails);
  const { groups, decisive_metric: decisive } = details as { groups?: unknown; decisive_metric?: unknown };
  if (!Array.isArray(groups) || groups.length === 0) return null;
  const rows = (groups as RawGroup[]).map((g): GroupEvidence => {
    const rate = Array.isArray(g.rates)
      ? ((g.rates as { metric?: unknown; value?: unknown; low?: unknown; high?: unknown }[]).find((r) => r.metric === decisive) ?? g.rates[0])
      : undefined;
    // A performance group's interval ({ method, confidence, low, high }), when it has one.
    const interval = typeof g.interval === 'object' && g.interval !== null ? (g.interval as { low?: unknown; high?: unknown; confidence?: unknown }) : null;
    const low = rate === undefined ? num(interval?.low) : num((rate as { low?: unknown }).low);
    const high = rate === undefined ? num(interval?.high) : num((rate as { high?: unknown }).high);
    return {
      group: String(g.group),
      rows: num(g.rows),
      value: rate === undefined ? num(g.value) : num((rate as { value?: unknown }).value),
      low,
      high,
      confidence: low === null || high === null ? null : rate === undefined ? num(interval?.confidence) : 0.95,
      status: typeof g.status === 'string' ? (g.status as Status) : null,
      message: typeof g.message === 'string' ? g.message : '',
    };
  });
  return rows.every((g) => g.status !== null) ? byStatus(rows as (GroupEvidence & { status: Status })[]) : rows;
}

/**
 * A label_shift check's classes as group rows: the estimated current prior with its 95%
 * interval as the value, worst first; rows are not shown (the estimate reads all of them).
 */
function classEvidence(details: LabelShiftDetails): GroupEvidence[] | null {
  if (!Array.isArray(details.classes) || details.classes.length === 0) return null;
  return byStatus(
    details.classes.map((c) => ({ group: String(c.class), rows: null, value: num(c.current_prior), low: num(c.low), high: num(c.high), confidence: num(details.interval?.confidence), status: c.status, message: String(c.message) })),
  );
}

/** What the rows of a check's group table are: classes for label_shift, else groups. */
export function groupNoun(check: CheckReport): 'class' | 'group' {
  return check.type === 'label_shift' ? 'class' : 'group';
}

/** One feature of a performance check's drift attribution, as the evidence tables show it. */
export interface AttributionEvidence {
  readonly column: string;
  readonly reweighted: number | null;
  readonly explained: number | null;
  readonly share: number | null;
  readonly unrepresented: number | null;
}

/**
 * The drift attribution of a performance check (checks/performance-attribution.ts): the
 * features ranked by how much of the deterioration each explains, its summary sentence and the
 * word for it (`drop` or `rise`); null when the check carries none.
 */
export function attributionEvidence(check: CheckReport): { readonly direction: string; readonly summary: string; readonly features: AttributionEvidence[] } | null {
  if (kindOf(check.details) !== 'performance') return null;
  const attribution = (check.details as { attribution?: unknown }).attribution;
  if (typeof attribution !== 'object' || attribution === null) return null;
  const { features, summary, direction } = attribution as { features?: unknown; summary?: unknown; direction?: unknown };
  if (!Array.isArray(features)) return null;
  return {
    direction: direction === 'rise' ? 'rise' : 'drop',
    summary: typeof summary === 'string' ? summary : '',
    features: (features as Record<string, unknown>[]).map((f) => ({
      column: String(f.column),
      reweighted: num(f.reweighted),
      explained: num(f.explained),
      share: num(f.share),
      unrepresented: num(f.unrepresented),
    })),
  };
}

/** Features a multivariate drift check's evidence lists (the rest are in the JSON report). */
export const SHOWN_FEATURES = 5;

/** One feature of a multivariate drift check as the evidence tables show it. */
export interface FeatureEvidence {
  /** `age`, `capital_gain (missing)`, `sex = Female` (from data: escape it). */
  readonly feature: string;
  readonly contribution: number;
  /** What the contribution is made of: the residuals on each side, or the signed coefficient. */
  readonly detail: string;
}

/** The top features of a multivariate drift check, largest contribution first; null without details. */
export function multivariateEvidence(check: CheckReport, format: (x: number) => string): { readonly method: string; readonly features: FeatureEvidence[]; readonly total: number } | null {
  const details = check.details;
  if (kindOf(details) !== 'multivariate_drift') return null;
  const d = details as MultivariateDriftDetails;
  if (!Array.isArray(d.features)) return null;
  const features = d.features.slice(0, SHOWN_FEATURES).map((f): FeatureEvidence => {
    const level = f.level ?? null;
    const feature = level === null ? f.column : level.startsWith('(') ? `${f.column} ${level}` : `${f.column} = ${level}`;
    const detail =
      f.residual_reference !== undefined && f.residual_current !== undefined
        ? `squared residual ${format(f.residual_reference)} → ${format(f.residual_current)}`
        : `coefficient ${format(f.coefficient ?? 0)}`;
    return { feature, contribution: f.contribution, detail };
  });
  return { method: d.method, features, total: d.features.length };
}
