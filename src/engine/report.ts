/**
 * The report contract (schema/report.v1.schema.json). External tools and every renderer read
 * this shape; change it only with a new `report_version`.
 */
import type { CheckOutcome, Status } from '../checks/types.js';
import type { CheckType, PolicyError, Task } from '../policy/types.js';
import type { ProblemCode } from '../problems.js';

export type { Status } from '../checks/types.js';

/** Where each side's numbers came from on a check computed from aggregates: a profile file, or the database (pushdown). */
export interface AggregatesReport {
  readonly reference?: 'profile' | 'database';
  readonly current?: 'profile' | 'database';
}

export interface CheckReport extends CheckOutcome {
  readonly id: string;
  readonly type: CheckType;
  readonly duration_ms: number;
  /** The check's alert after this run (engine/lifecycle.ts); absent when the run kept no state. */
  readonly alert?: AlertReport;
  /** The check's last runs, oldest first, ending with this one: for warned or failing checks. */
  readonly history?: CheckHistory;
  /** The trend of the value over the last runs (`forecast:`), when enough runs are stored. */
  readonly forecast?: ForecastReport;
  /** Set when a side was aggregates rather than rows: read from a profile, or computed in the database. */
  readonly aggregates?: AggregatesReport;
  /** With a profile whose scores were rounded: how far value and reference_value may be from the rows' (engine/profile-context.ts). */
  readonly bound?: number;
}

/**
 * Where a check's alert stands: `pending` (breaching, waiting for `for:`), `firing`, `resolved`
 * (fired until the previous run and stopped with this one) or `inactive`. Only a firing alert
 * opens or keeps an incident (docs/policy.md#alert-lifecycle).
 */
export interface AlertReport {
  readonly state: 'inactive' | 'pending' | 'firing' | 'resolved';
  /** When the alert entered its state (for `resolved`: when it stopped firing, i.e. now). */
  readonly since: string;
  /** Consecutive runs the condition has held (pending, firing) or has been clear while kept firing. */
  readonly runs: number;
  /** `for:` as written (`2 runs`, `6h`); absent when an alert fires at once. */
  readonly for?: string;
  /** `keep_firing_for:` as written; absent when none. */
  readonly keep_firing_for?: string;
  /** True while firing only because `keep_firing_for` holds it after the condition cleared. */
  readonly kept?: boolean;
}

/** A value's recent runs, for a line chart and a small table (report/history-chart.ts). */
export interface CheckHistory {
  /** Oldest first; the last point is this run. `value` is null for a run without one. */
  readonly points: readonly { readonly at: string; readonly value: number | null; readonly status: Status }[];
  /** Horizontal lines to draw: the bounds of the warn and fail thresholds on the value. */
  readonly lines: readonly { readonly level: 'warn' | 'fail'; readonly value: number }[];
}

/**
 * A trend fitted over the last runs (stats/trend-forecast.ts): slope per day with its interval,
 * and when the fail bound would be crossed at that slope, in days from now with an interval.
 */
export interface ForecastReport {
  readonly method: 'theil_sen';
  readonly runs: number;
  readonly confidence: number;
  readonly slope_per_day: number;
  readonly slope_low: number;
  readonly slope_high: number;
  /** The fail bound the trend is extrapolated to, or null when fail has no single bound. */
  readonly bound: number | null;
  /** Days from now to the crossing at the fitted slope, with its interval; null when not heading there. */
  readonly crossing: { readonly days: number; readonly low: number; readonly high: number | null } | null;
  /** `forecast.horizon` in days; null for the trend every check gets without `forecast:` (it never warns). */
  readonly horizon_days: number | null;
}

export interface ModelReport {
  readonly name: string;
  readonly version: string | null;
  readonly task: Task | null;
  /** The policy file, as given on the command line or found in a folder. */
  readonly policy: string;
  readonly status: Status;
  /** Why the model is `error` as a whole (unreadable data, a broken policy). */
  readonly error: string | null;
  /** The stable code of `error` (src/problems.ts); null when `error` is. */
  readonly error_code: ProblemCode | null;
  readonly owners: readonly string[];
  readonly runbook: string | null;
  /** The evaluated slice of current data, as ISO 8601 instants; nulls when there is no timestamp. */
  readonly window: { readonly start: string | null; readonly end: string | null; readonly length: string | null };
  readonly rows: { readonly reference: number | null; readonly current: number | null; readonly sampled: boolean };
  readonly checks: readonly CheckReport[];
  readonly duration_ms: number;
}

export interface Report {
  readonly report_version: 1;
  readonly tool: { readonly name: 'modelwatch'; readonly version: string };
  readonly generated_at: string;
  readonly status: Status;
  readonly summary: { readonly models: number; readonly by_status: Readonly<Record<Status, number>> };
  readonly models: readonly ModelReport[];
  /** Problems in policy files; a model whose policy could not be loaded is not in `models`. */
  readonly policy_errors: readonly PolicyError[];
  /** The state store the run read and wrote (state/store.ts); absent when the run kept no state. */
  readonly state?: StateReport;
  /** A sharded run (`--shard i/N`): which shard, and the models the plan gave it; absent otherwise. */
  readonly shard?: ShardReport;
  /** A merged fleet report (`modelwatch merge`): which shards reported; absent otherwise. */
  readonly shards?: ShardsReport;
}

export interface ShardReport {
  readonly index: number;
  readonly count: number;
  /** The models of this shard in the plan, in policy order (src/engine/plan.ts). */
  readonly models: readonly string[];
}

export interface ShardsReport {
  readonly count: number;
  /** The shards whose report was read, ascending. */
  readonly reported: readonly number[];
  /** The shards that failed or never reported: their models are `error` (code `model/shard-missing`). */
  readonly missing: readonly number[];
}

export interface StateReport {
  /** `directory .modelwatch/state`, `branch modelwatch/state`. */
  readonly store: string;
  /** `ok`, or `failed` when it could not be read: the run then judged without memory and says why. */
  readonly read: 'ok' | 'failed';
  /** Why reading failed (masked), or null. */
  readonly error: string | null;
}

export { worstStatus, severity, STATUSES_BY_SEVERITY } from '../checks/status.js';
