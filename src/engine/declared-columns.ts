/**
 * The columns a policy declares must be in the data it reads. A declared role the data lacks is
 * a DataError naming the file, the column and its role (`data/missing-column`), so the model is
 * `error` with that sentence — not checks that quietly look at fewer columns, nor a `no_data`
 * that blames late labels. Checked once, after reading and before any check runs:
 *
 * - current data: `id`, `timestamp`, `prediction`, `score`, every `class_scores` column and
 *   every declared feature;
 * - reference data, when there is one: every declared feature, since features are compared
 *   with it;
 * - `target`: in the current data or the reference; with `data.labels` the labels file holds
 *   it, and the join reports its own missing columns.
 *
 * PII columns are never read, so they are never asked for. O(declared columns).
 */
import { DataError } from '../data/errors.js';
import type { Table } from '../data/table.js';
import { profileKnows } from '../profile/table.js';
import type { Policy } from '../policy/types.js';

interface Declared {
  readonly column: string;
  readonly role: string;
}

/** Every column the current data must hold, with the key that declares it. */
function currentRoles(policy: Policy): Declared[] {
  const { columns } = policy;
  const roles: Declared[] = [];
  for (const role of ['id', 'timestamp', 'prediction', 'score'] as const) {
    const column = columns[role];
    if (column !== undefined) roles.push({ column, role: `columns.${role}` });
  }
  for (const [label, column] of Object.entries(columns.class_scores ?? {})) roles.push({ column, role: `columns.class_scores.${label}` });
  return [...roles, ...featureRoles(policy)];
}

function featureRoles(policy: Policy): Declared[] {
  const features = policy.columns.features;
  if (features === undefined) return [];
  return [
    ...features.numerical.map((column) => ({ column, role: 'columns.features.numerical' })),
    ...features.categorical.map((column) => ({ column, role: 'columns.features.categorical' })),
  ];
}

/** Throws a DataError for the first declared column `table` lacks, counting the others. */
function requireIn(table: Table, declared: readonly Declared[]): void {
  const missing = declared.filter((d) => !table.has(d.column) && !profileKnows(table, d.column));
  const first = missing[0];
  if (first === undefined) return;
  const others = [...new Set(missing.slice(1).map((d) => d.column))].filter((c) => c !== first.column);
  const listed = others.slice(0, 5).map((c) => JSON.stringify(c)).join(', ') + (others.length > 5 ? `, +${others.length - 5} more` : '');
  const more = others.length === 0 ? '' : ` (also missing: ${listed})`;
  throw new DataError('data/missing-column', table.origin, `declared as ${first.role}, but the data has no such column${more}`, undefined, first.column);
}

export function requireDeclaredColumns(policy: Policy, data: { readonly reference: Table | null; readonly current: Table }): void {
  requireIn(data.current, currentRoles(policy));
  if (data.reference !== null) requireIn(data.reference, featureRoles(policy));
  const target = policy.columns.target;
  if (target !== undefined && policy.data.labels === undefined && !data.current.has(target) && !profileKnows(data.current, target) && !(data.reference?.has(target) ?? false) && !(data.reference !== null && profileKnows(data.reference, target))) {
    const detail = 'declared as columns.target, but neither this data nor the reference has such a column, and there is no data.labels';
    throw new DataError('data/missing-column', data.current.origin, detail, undefined, target);
  }
}
