/**
 * What a rendered report shows and in which order, shared by every renderer so that the
 * terminal, Markdown, HTML and GitHub outputs agree (docs/architecture.md, "Reports"):
 * models keep the order of the input (the order of the policy files); within a model, checks
 * are sorted worst first, stably, by `fail, error, warn, no_data, pass, silenced, skipped`;
 * columns inside a check's details are sorted the same way. Pure; O(n log n) in the checks.
 */
import type { DataQualityDetails, DriftColumnDetail, DriftDetails, QualityColumnDetail } from '../checks/details.js';
import type { CheckReport, ModelReport, Status } from '../engine/report.js';

/** Worst first; the same ranking as `worstStatus` in the engine. */
export const STATUS_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'no_data', 'pass', 'silenced', 'skipped'];

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
