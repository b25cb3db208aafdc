/**
 * The contract between the engine and a check module. A check gets the policy's spec for it and
 * the data, and returns an outcome: a status, the headline value, a one-line English message and
 * its details. Expected conditions (too few rows, a missing column) are outcomes (`no_data`,
 * `error`), never exceptions; an exception from a check is a bug, and the engine reports it as
 * `error` for that check alone.
 */
import type { Table } from '../data/table.js';
import type { TimeBudget } from './budget.js';
import type { ProblemCode } from '../problems.js';
import type { CheckSpec, Policy, Thresholds } from '../policy/types.js';
import type { NumericData, PairRequest, PairResult } from './drift-measure.js';

/**
 * `pending`: the check breaches (fail or error) but the alert waits for `for:` (engine/lifecycle.ts);
 * `inhibited`: another check that fails names this one in `inhibits:` (engine/inhibition.ts);
 * `silenced`: an active silence hides it (engine/silences.ts).
 */
export type Status = 'pass' | 'warn' | 'fail' | 'no_data' | 'error' | 'skipped' | 'silenced' | 'pending' | 'inhibited';

/** The tables a check may read. `reference` is null when the policy has no reference data. */
export interface CheckContext {
  readonly policy: Policy;
  readonly reference: Table | null;
  /** Current rows inside the evaluated window (all rows without one), then sampled (`data.sample`). */
  readonly current: Table;
  /**
   * Every current row read: before the window and before sampling (`current` is the window,
   * then sampled). A check whose evaluation window differs, such as performance with delayed
   * labels, cuts its window from these rows and then samples it with `sampleTable` and
   * `data.sample`, so it never sees a sample drawn before its own window; freshness reads the
   * newest timestamp of every row.
   */
  readonly currentUnwindowed: Table;
  /** The evaluated window in epoch ms, or null when the policy has no `data.window`. */
  readonly window: { readonly start: number; readonly end: number } | null;
  /** The labels table from `data.labels`, or null (joined by the checks that need it). */
  readonly labels: Table | null;
  /** The run's clock ("now"), fixed for the whole run so that every check agrees on it. */
  readonly now: Date;
  /** Worker threads for large column comparisons, when the engine has them (engine/drift-workers.ts). */
  readonly parallel?: ParallelCompare;
  /** The model's time budget: loops whose cost the user controls call `budget.check()` (checks/budget.ts). */
  readonly budget?: TimeBudget;
}

/**
 * Compares numeric columns on other threads. The result is what `compareNumeric` in
 * drift-measure.ts gives in this thread, number for number; only the wall time differs.
 */
export interface ParallelCompare {
  /** Whether comparing this many values (reference + current) is worth a trip to a worker. */
  wants(values: number): boolean;
  /** Starts the threads now rather than at the first comparison (so they load while data is read). */
  prepare?(): void;
  compareNumeric(reference: NumericData, current: NumericData, request: PairRequest): Promise<PairResult>;
}

/** Thresholds as the check applied them, with the reference value when `vs: reference` was used. */
export interface AppliedThresholds extends Thresholds {
  /** Set when the thresholds were derived from data rather than written in the policy. */
  readonly derived_from?: string;
}

export interface CheckOutcome<D = unknown> {
  readonly status: Status;
  /** Why there is no verdict: set when status is `error` or `no_data` (src/problems.ts). */
  readonly code?: ProblemCode;
  /** The headline number (e.g. share of drifted columns, the worst missing share), or null. */
  readonly value: number | null;
  /** The value on reference data, when the check computes one. */
  readonly reference_value?: number | null;
  /** True when `value` is an estimate (e.g. CBPE without labels). */
  readonly estimated?: boolean;
  readonly thresholds: AppliedThresholds;
  /** One line of plain English: what was measured and why the status is what it is. */
  readonly message: string;
  readonly details: D;
}

export interface CheckModule<S extends CheckSpec = CheckSpec, D = unknown> {
  readonly type: S['type'];
  run(spec: S, context: CheckContext): CheckOutcome<D>;
  /** The same outcome, computed with `context.parallel` where the check can use it. */
  runAsync?(spec: S, context: CheckContext): Promise<CheckOutcome<D>>;
}
