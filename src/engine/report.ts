/**
 * The report contract (schema/report.v1.schema.json). External tools and every renderer read
 * this shape; change it only with a new `report_version`.
 */
import type { CheckOutcome, Status } from '../checks/types.js';
import type { CheckType, PolicyError, Task } from '../policy/types.js';
import type { ProblemCode } from '../problems.js';

export type { Status } from '../checks/types.js';

export interface CheckReport extends CheckOutcome {
  readonly id: string;
  readonly type: CheckType;
  readonly duration_ms: number;
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
}

export { worstStatus, severity, STATUSES_BY_SEVERITY } from '../checks/status.js';
