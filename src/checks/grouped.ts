/**
 * One value per check, or one per group with `by:` — the judging shared by the operational
 * and business checks.
 *
 * Without `by`, the value over all current rows is judged. With `by`, each group of at least
 * `min_group_size` rows is measured and judged on its own (against the same group in the
 * reference for `vs: reference`); smaller groups are listed as too small, without their
 * numbers; fewer than one qualifying group gives no_data. The worst group decides the status,
 * and the headline value is that group's (the first one, by label, among equals).
 */
import type { Table } from '../data/table.js';
import type { Thresholds } from '../policy/types.js';
import type { ProblemCode, Result } from '../problems.js';
import { groupRows, tooSmallNote } from './groups.js';
import { severity, worstStatus } from './status.js';
import { judge, shownAgainst } from './threshold.js';
import type { GroupValueDetail } from './details.js';
import type { Status } from './types.js';

/** A measurement: a value, or why there is none (`no_data` for too little data, `error` otherwise). */
export type Measured = Result<number>;

export type Measure = (table: Table, rows: Uint32Array | null) => Measured;

/** One group's result: the same shape the report's details hold (details.ts). */
export type GroupResult = GroupValueDetail;

export interface GroupedOutcome {
  readonly status: Status;
  /** Why there is no verdict, when status is `error` or `no_data`. */
  readonly code?: ProblemCode;
  readonly value: number | null;
  readonly reference_value: number | null;
  readonly message: string;
  /** Empty without `by`. */
  readonly groups: readonly GroupResult[];
  readonly rows_without_group: number;
}

export interface GroupedInput {
  readonly current: Table;
  readonly reference: Table | null;
  readonly thresholds: Thresholds;
  readonly by: readonly string[] | undefined;
  readonly min_group_size: number;
  readonly measure: Measure;
  /** A value as a reader sees it (`212 ms`, `3.1%`). */
  readonly format: (value: number) => string;
  /** The value to `digits` significant digits (undefined: in full), where `format` would read as the bound it breached (threshold.ts shownAgainst); by default the bare number. */
  readonly fine?: (value: number, digits?: number) => string;
  /** A threshold's bound on the value in a message, where it reads unlike the policy's number (a share's 0.02 as `2%`). */
  readonly bound?: (value: number) => string;
  /** Whether the reference value is computed (thresholds with relative/absolute). */
  readonly wantsReference: boolean;
}

export function usesReference(thresholds: Thresholds): boolean {
  return [thresholds.warn, thresholds.fail].some((t) => t !== undefined && (t.vs === 'reference' || t.relative !== undefined || t.absolute !== undefined));
}

function valueOf(measured: Measured | null): number | null {
  return measured !== null && measured.ok ? measured.value : null;
}

/** Judge one measured value; the message says what was measured and why the status. */
function judged(input: GroupedInput, measured: Measured, reference: Measured | null): { status: Status; code?: ProblemCode; value: number | null; message: string } {
  if (!measured.ok) return { status: measured.status, code: measured.code, value: null, message: measured.message };
  const referenceValue = valueOf(reference);
  const verdict = judge(measured.value, input.thresholds, referenceValue, null, input.bound);
  const shown = shownAgainst(measured.value, verdict, input.format, input.fine);
  if (verdict.status === 'error') return { status: 'error', code: verdict.code, value: measured.value, message: `${shown}: ${verdict.message}` };
  const against = referenceValue === null ? '' : ` (reference ${input.format(referenceValue)})`;
  return { status: verdict.status, value: measured.value, message: verdict.breached === undefined ? `${shown}${against}` : `${shown}${against}, ${verdict.breached}` };
}

export function judgeGrouped(input: GroupedInput): GroupedOutcome {
  const { current, reference, by } = input;
  if (by === undefined) {
    const measured = input.measure(current, null);
    const ref = input.wantsReference && reference !== null ? input.measure(reference, null) : null;
    const result = judged(input, measured, ref);
    return { ...result, reference_value: valueOf(ref), groups: [], rows_without_group: 0 };
  }
  const grouped = groupRows(current, by);
  if (!grouped.ok) return { status: grouped.status, code: grouped.code, value: null, reference_value: null, message: grouped.message, groups: [], rows_without_group: 0 };
  const grouping = grouped.value;
  const referenceGroups = new Map<string, Uint32Array>();
  if (input.wantsReference && reference !== null) {
    const refGrouping = groupRows(reference, by);
    if (refGrouping.ok) for (const g of refGrouping.value.groups) referenceGroups.set(g.label, g.rows);
  }
  const groups: GroupResult[] = [];
  for (const group of grouping.groups) {
    if (group.rows.length < input.min_group_size) {
      groups.push({ group: group.label, rows: null, too_small: true, value: null, reference_value: null, status: 'skipped', message: tooSmallNote(input.min_group_size) });
      continue;
    }
    const measured = input.measure(current, group.rows);
    const refRows = referenceGroups.get(group.label);
    const ref = refRows === undefined || reference === null ? null : input.measure(reference, refRows);
    const result = judged(input, measured, ref);
    groups.push({ group: group.label, rows: group.rows.length, too_small: false, ...result, reference_value: valueOf(ref) });
  }
  const qualifying = groups.filter((g) => !g.too_small);
  const tooSmall = groups.length - qualifying.length;
  const small = tooSmall === 0 ? '' : `; ${tooSmall} group${tooSmall === 1 ? '' : 's'} with ${tooSmallNote(input.min_group_size)} left out`;
  if (qualifying.length === 0) {
    return { status: 'no_data', code: 'check/no-data', value: null, reference_value: null, message: `no group of ${by.join(' × ')} has ${input.min_group_size} rows or more${small}`, groups, rows_without_group: grouping.missing };
  }
  const status = worstStatus(qualifying.map((g) => g.status));
  const decisive = qualifying.find((g) => g.status === status)!;
  const verdicts = qualifying.filter((g) => severity(g.status) === severity(status)).length;
  const message = `${by.join(' × ')} = ${decisive.group}: ${decisive.message}${verdicts > 1 ? ` (and ${verdicts - 1} more group${verdicts === 2 ? '' : 's'} ${status})` : ''}; ${qualifying.length} group${qualifying.length === 1 ? '' : 's'} judged${small}`;
  const code = decisive.code === undefined ? {} : { code: decisive.code };
  return { status, ...code, value: decisive.value, reference_value: decisive.reference_value, message, groups, rows_without_group: grouping.missing };
}
