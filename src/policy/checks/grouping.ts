/**
 * `by:` and `min_group_size`, shared by the fairness, operational and business normalisers:
 * `by` is one column or a list of two (their intersection), each recorded as a column
 * reference, never the id column (`refuseIdGroups`, performance's `by` too); `min_group_size`
 * defaults to DEFAULT_MIN_GROUP_SIZE.
 */
import type { NormaliseContext } from '../context.js';

export const DEFAULT_MIN_GROUP_SIZE = 30;

export function normaliseBy(raw: unknown, pointer: string, ctx: NormaliseContext): string[] | undefined {
  if (raw === undefined) return undefined;
  const names = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.map(String) : [];
  if (names.length === 0 || names.length > 2) {
    ctx.error(pointer, 'policy/wrong-type', '"by" takes one column or a list of two (their intersection)');
    return undefined;
  }
  if (names.length === 2 && names[0] === names[1]) ctx.error(pointer, 'policy/duplicate', `"by" names "${names[0]}" twice`);
  if (typeof raw === 'string') ctx.referColumn(pointer, raw);
  else names.forEach((name, index) => ctx.referColumn(`${pointer}/${index}`, name));
  names.forEach((name, index) => refuseIdGroups(name, typeof raw === 'string' ? pointer : `${pointer}/${index}`, ctx));
  return names;
}

/**
 * A group per id is a group per request: every id would be listed as a group label in the
 * reports, and no raw id value may reach a report (docs/policy.md, "Id values").
 */
export function refuseIdGroups(name: string, pointer: string, ctx: NormaliseContext): void {
  if (name === ctx.columns.id) {
    ctx.error(pointer, 'policy/conflict', `"by" names the id column "${name}": one group per request would list every id in the report; group by a column that has categories`);
  }
}
