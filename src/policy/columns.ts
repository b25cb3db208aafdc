/**
 * Normalises `columns` (lists default to [], types to {}) and answers which columns have a role,
 * for the rule that checks may only name declared columns once `columns.features` is given.
 */
import type { RawColumns } from './raw.js';
import type { ColumnsSpec } from './types.js';

export function normaliseColumns(raw: RawColumns | undefined): ColumnsSpec {
  const c = raw ?? {};
  const out: { -readonly [K in keyof ColumnsSpec]: ColumnsSpec[K] } = {
    sensitive: [...(c.sensitive ?? [])],
    pii: [...(c.pii ?? [])],
    types: { ...(c.types ?? {}) },
  };
  for (const role of ['id', 'timestamp', 'prediction', 'score', 'target'] as const) {
    const name = c[role];
    if (name !== undefined) out[role] = name;
  }
  if (c.class_scores !== undefined) out.class_scores = { ...c.class_scores };
  if (c.features !== undefined) {
    out.features = { numerical: [...(c.features.numerical ?? [])], categorical: [...(c.features.categorical ?? [])] };
  }
  return out;
}

/** Every column named anywhere in `columns` except pii; empty when features are not declared. */
export function declaredColumns(columns: ColumnsSpec): ReadonlySet<string> {
  const names = new Set<string>();
  const add = (name: string | undefined): void => {
    if (name !== undefined) names.add(name);
  };
  add(columns.id);
  add(columns.timestamp);
  add(columns.prediction);
  add(columns.score);
  add(columns.target);
  for (const name of Object.values(columns.class_scores ?? {})) add(name);
  for (const name of columns.features?.numerical ?? []) add(name);
  for (const name of columns.features?.categorical ?? []) add(name);
  for (const name of columns.sensitive) add(name);
  for (const name of Object.keys(columns.types)) add(name);
  return names;
}
