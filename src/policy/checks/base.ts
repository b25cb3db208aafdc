/**
 * What every check normaliser shares: the fields common to all check types, and the signature a
 * normaliser has. A normaliser reads one validated raw check and returns its normalised spec,
 * reporting semantic mistakes through the context rather than throwing.
 */
import type { NormaliseContext } from '../context.js';
import type { RawCheck } from '../raw.js';
import type { CheckSpec, CheckType } from '../types.js';

/** id, description, min_samples and pointer, already resolved (min_samples from defaults). */
export type CheckBaseFields = Pick<CheckSpec, 'id' | 'description' | 'min_samples' | 'pointer'>;

export type CheckNormaliser<T extends CheckType> = (
  raw: RawCheck,
  base: CheckBaseFields,
  ctx: NormaliseContext,
) => Extract<CheckSpec, { type: T }>;

/** Records each named column of a `columns`/`features` list as a reference at its item. */
export function referColumns(selection: 'all' | readonly string[], pointer: string, ctx: NormaliseContext): void {
  if (selection === 'all') return;
  selection.forEach((name, index) => ctx.referColumn(`${pointer}/${index}`, name));
}
