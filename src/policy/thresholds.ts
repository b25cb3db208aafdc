/**
 * Normalises warn/fail thresholds and checks what the schema cannot say: `between` and
 * `not_between` need low ≤ high, `vs: reference` goes together with `relative` or
 * `absolute`, and a `warn` must be reachable beside its `fail` (./threshold-sets.ts).
 * Semantics (docs/policy.md#thresholds): a comparator holds when any of its conditions holds;
 * relative = (value − ref) / |ref|, absolute = value − ref. O(conditions).
 */
import type { NormaliseContext } from './context.js';
import { childPointer } from './document.js';
import type { RawComparator, RawThreshold, RawThresholds } from './raw.js';
import { comparableForReach } from './confidence.js';
import { warnIsUnreachable } from './threshold-sets.js';
import type { Comparator, Threshold, Thresholds } from './types.js';

const KEYS = ['gt', 'gte', 'lt', 'lte', 'eq', 'not_eq', 'between', 'not_between', 'in', 'not_in'] as const;

/** `vs: history` without `runs` and `k`: the last 14 runs, 3 standard deviations. */
export const DEFAULT_HISTORY_RUNS = 14;
export const DEFAULT_HISTORY_K = 3;

export function normaliseComparator(raw: RawComparator, pointer: string, ctx: NormaliseContext): Comparator {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (key === 'between' || key === 'not_between') {
      const [low, high] = value as readonly number[];
      if (low !== undefined && high !== undefined && low > high) {
        ctx.error(childPointer(pointer, key), 'policy/invalid-value', `"${key}" must be [low, high] with low ≤ high, got [${low}, ${high}]`);
      }
      out[key] = [low, high];
    } else {
      out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
    }
  }
  return out as Comparator;
}

export function normaliseThreshold(raw: RawThreshold, pointer: string, ctx: NormaliseContext): Threshold {
  const out: Record<string, unknown> = { ...normaliseComparator(raw, pointer, ctx) };
  // Where confidence is allowed is the check's to say (./confidence.ts); it is kept as written.
  if (raw.confidence !== undefined) out.confidence = raw.confidence;
  const against = raw.relative !== undefined || raw.absolute !== undefined;
  const vs = raw.vs;
  if (vs === 'history') return normaliseHistoryThreshold(raw, pointer, ctx);
  if (vs !== undefined) {
    out.vs = vs;
    if (!against) ctx.error(childPointer(pointer, 'vs'), 'policy/conflict', `"vs: ${vs}" needs "relative" or "absolute" conditions on the change`, 'key');
    if (vs === 'reference' && !ctx.hasReference) ctx.error(childPointer(pointer, 'vs'), 'policy/conflict', '"vs: reference" compares with reference data: add data.reference', 'key');
    const direct = KEYS.filter((key) => raw[key] !== undefined);
    if (vs === 'previous' && direct.length > 0) {
      ctx.error(childPointer(pointer, direct[0]!), 'policy/conflict', `"vs: previous" judges the change against the last run: put "${direct[0]}" under "relative" or "absolute"`, 'key');
    }
    if (vs === 'previous' && raw.confidence !== undefined) ctx.error(childPointer(pointer, 'confidence'), 'policy/conflict', '"confidence" cannot be combined with "vs: previous"', 'key');
  }
  for (const key of ['relative', 'absolute'] as const) {
    const comparator = raw[key];
    if (comparator === undefined) continue;
    if (raw.vs === undefined) ctx.error(childPointer(pointer, key), 'policy/conflict', `"${key}" compares against the reference or the previous run: add "vs: reference" or "vs: previous" beside it`, 'key');
    out[key] = normaliseComparator(comparator, childPointer(pointer, key), ctx);
  }
  for (const key of ['runs', 'k', 'side'] as const) {
    if (raw[key] !== undefined) ctx.error(childPointer(pointer, key), 'policy/conflict', `"${key}" belongs to a band from history: add "vs: history" beside it`, 'key');
  }
  return out as Threshold;
}

/** `vs: history`: runs, k and side only (side may be left for the check's metric to give). */
function normaliseHistoryThreshold(raw: RawThreshold, pointer: string, ctx: NormaliseContext): Threshold {
  const others = [...KEYS, 'relative', 'absolute', 'confidence'].filter((key) => raw[key as keyof RawThreshold] !== undefined);
  if (others.length > 0) {
    ctx.error(childPointer(pointer, others[0]!), 'policy/conflict', `"vs: history" is a band from the last runs (runs, k, side): "${others[0]}" cannot be combined with it`, 'key');
  }
  return { vs: 'history', runs: raw.runs ?? DEFAULT_HISTORY_RUNS, k: raw.k ?? DEFAULT_HISTORY_K, ...(raw.side === undefined ? {} : { side: raw.side }) };
}

/** Normalises a `{ warn?, fail? }` mapping; undefined stays undefined. */
export function normaliseThresholds(raw: RawThresholds | undefined, pointer: string, ctx: NormaliseContext): Thresholds | undefined {
  if (raw === undefined) return undefined;
  const out: { warn?: Threshold; fail?: Threshold } = {};
  if (raw.warn !== undefined) out.warn = normaliseThreshold(raw.warn, childPointer(pointer, 'warn'), ctx);
  if (raw.fail !== undefined) out.fail = normaliseThreshold(raw.fail, childPointer(pointer, 'fail'), ctx);
  return out;
}

function isMapping(value: unknown): value is Threshold {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Refuses every `warn` of a normalised check that can never be reached because its `fail`
 * holds wherever it does: the check's own warn/fail, and those nested in it (a drift check's
 * per_feature, p_value and dataset.share_drifted), found by walking the check's mappings.
 */
export function refuseUnreachableWarnings(check: object, pointer: string, ctx: NormaliseContext): void {
  const { warn, fail } = check as { warn?: unknown; fail?: unknown };
  if (isMapping(warn) && isMapping(fail) && comparableForReach(warn, fail) && warnIsUnreachable(warn, fail)) {
    ctx.error(
      childPointer(pointer, 'warn'),
      'policy/unreachable-threshold',
      '"warn" can never be reached: every value that breaches it also breaches "fail", which is judged first (are warn and fail swapped?)',
      'key',
    );
  }
  for (const [key, value] of Object.entries(check)) {
    if (key !== 'warn' && key !== 'fail' && isMapping(value)) refuseUnreachableWarnings(value, childPointer(pointer, key), ctx);
  }
}
