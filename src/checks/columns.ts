/**
 * Which columns a check looks at. `features: all` means the policy's declared features, or,
 * when the policy declares none, every column of the data that has no other role (id,
 * timestamp, target, prediction, scores) and is not pii. A data-quality `columns: all` means the
 * same features plus the columns `columns.types` declares, again never a role or pii column: the
 * id column is unique by design (100 % unseen, and its values are request ids that must not
 * reach a report), and the target is missing until labels arrive.
 */
import type { Table } from '../data/table.js';
import type { Policy } from '../policy/types.js';

/** Columns with a role other than feature; never treated as features by `all`. */
export function roleColumns(policy: Policy): Set<string> {
  const { columns } = policy;
  const roles = new Set<string>(columns.pii);
  for (const name of [columns.id, columns.timestamp, columns.target, columns.prediction, columns.score]) {
    if (name !== undefined) roles.add(name);
  }
  for (const name of Object.values(columns.class_scores ?? {})) roles.add(name);
  return roles;
}

/** The feature columns of a policy, in declaration order (or the data's column order). */
export function featureColumns(policy: Policy, data: Table): string[] {
  const declared = policy.columns.features;
  if (declared !== undefined) return [...declared.numerical, ...declared.categorical];
  const roles = roleColumns(policy);
  return data.columnNames.filter((name) => !roles.has(name) && data.column(name)?.kind !== 'timestamp');
}

/**
 * The columns a data-quality check's `columns: all` means: the features, then the columns that
 * `columns.types` declares (`channel: categorical`) and the data holds, in declaration order,
 * none twice, none with another role.
 */
export function qualityColumns(policy: Policy, data: Table): string[] {
  const names = featureColumns(policy, data);
  const roles = roleColumns(policy);
  const chosen = new Set(names);
  for (const name of Object.keys(policy.columns.types)) {
    if (!chosen.has(name) && !roles.has(name) && data.has(name)) {
      chosen.add(name);
      names.push(name);
    }
  }
  return names;
}

/** Resolve a check's `all | [names]` column selection. */
export function selectColumns(selection: 'all' | readonly string[], policy: Policy, data: Table): string[] {
  return selection === 'all' ? featureColumns(policy, data) : [...selection];
}
