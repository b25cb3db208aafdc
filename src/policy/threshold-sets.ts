/**
 * The exact set of numbers on which a threshold holds, to prove that a `warn` can never be
 * reached. `fail` is judged before `warn` (src/checks/threshold.ts), so a warn that holds only
 * where fail holds too never shows.
 *
 * A comparator's set is a union of intervals of the extended real line [−∞, +∞], one per
 * condition (docs/policy.md#thresholds): `gt: x` is (x, +∞], `not_eq: x` is [−∞, x) ∪ (x, +∞],
 * `in: [..]` a set of points, `not_in: [..]` the line without them. Judged values are numbers,
 * so a string in `eq`/`in` never matches one, and NaN in a bound makes its condition hold
 * nowhere, as the comparisons do. The value itself is finite (the judge refuses anything else);
 * a change against the reference is taken over the extended line.
 *
 * A threshold has three parts: conditions on the value, on the absolute change and on the
 * relative change. Warn is unreachable when it holds somewhere and each of its parts lies inside
 * fail's part of the same kind: then, for every reference value, fail holds wherever warn does.
 * Parts of different kinds (warn relative, fail on the value) are not compared across, so such
 * a pair is never called unreachable: only what is proved is refused. O(c log c) for c conditions.
 */
import type { Comparator, Threshold } from './types.js';

interface Interval {
  readonly lo: number;
  readonly loIn: boolean;
  readonly hi: number;
  readonly hiIn: boolean;
}

type NumberSet = readonly Interval[];

/** One interval, or none when it is empty or a bound is NaN. */
function interval(lo: number, loIn: boolean, hi: number, hiIn: boolean): Interval[] {
  if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi || (lo === hi && !(loIn && hiIn))) return [];
  return [{ lo, loIn, hi, hiIn }];
}

const above = (x: number, inclusive: boolean) => interval(x, inclusive, Infinity, true);
const below = (x: number, inclusive: boolean) => interval(-Infinity, true, x, inclusive);
const point = (x: unknown) => (typeof x === 'number' ? interval(x, true, x, true) : []);

/** The extended line without the numeric `points` (strings and NaN remove nothing). */
function allBut(points: readonly unknown[]): Interval[] {
  const sorted = [...new Set(points.filter((p): p is number => typeof p === 'number' && !Number.isNaN(p)))].sort((a, b) => a - b);
  if (sorted.length === 0) return below(Infinity, true);
  const out = below(sorted[0]!, false);
  for (let i = 1; i < sorted.length; i++) out.push(...interval(sorted[i - 1]!, false, sorted[i]!, false));
  out.push(...above(sorted[sorted.length - 1]!, false));
  return out;
}

/** Sorted, disjoint, with touching pieces joined: each connected part is one interval. */
function normalise(pieces: readonly Interval[]): NumberSet {
  const sorted = [...pieces].sort((a, b) => a.lo - b.lo || Number(b.loIn) - Number(a.loIn));
  const out: Interval[] = [];
  for (const piece of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && (piece.lo < last.hi || (piece.lo === last.hi && (last.hiIn || piece.loIn)))) {
      if (piece.hi > last.hi) out[out.length - 1] = { ...last, hi: piece.hi, hiIn: piece.hiIn };
      else if (piece.hi === last.hi && piece.hiIn && !last.hiIn) out[out.length - 1] = { ...last, hiIn: true };
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Where a comparator holds, over the extended line (or only the finite numbers). */
export function comparatorSet(comparator: Comparator, finite = false): NumberSet {
  const c = comparator;
  const pieces: Interval[] = [];
  if (c.gt !== undefined) pieces.push(...above(c.gt, false));
  if (c.gte !== undefined) pieces.push(...above(c.gte, true));
  if (c.lt !== undefined) pieces.push(...below(c.lt, false));
  if (c.lte !== undefined) pieces.push(...below(c.lte, true));
  if (c.eq !== undefined) pieces.push(...point(c.eq));
  if (c.not_eq !== undefined) pieces.push(...allBut([c.not_eq]));
  if (c.between !== undefined) pieces.push(...interval(c.between[0], true, c.between[1], true));
  if (c.not_between !== undefined) pieces.push(...below(c.not_between[0], false), ...above(c.not_between[1], false));
  if (c.in !== undefined) for (const x of c.in) pieces.push(...point(x));
  if (c.not_in !== undefined) pieces.push(...allBut(c.not_in));
  const set = normalise(pieces);
  if (!finite) return set;
  return set.flatMap((i) => interval(i.lo, i.loIn && i.lo !== -Infinity, i.hi, i.hiIn && i.hi !== Infinity));
}

function contains(outer: Interval, inner: Interval): boolean {
  const fromBelow = outer.lo < inner.lo || (outer.lo === inner.lo && (outer.loIn || !inner.loIn));
  const toAbove = outer.hi > inner.hi || (outer.hi === inner.hi && (outer.hiIn || !inner.hiIn));
  return fromBelow && toAbove;
}

/** Whether every number of `inner` is in `outer` (both normalised). */
export function isSubset(inner: NumberSet, outer: NumberSet): boolean {
  return inner.every((piece) => outer.some((whole) => contains(whole, piece)));
}

function parts(threshold: Threshold): readonly [NumberSet, NumberSet, NumberSet] {
  const none: NumberSet = [];
  return [
    comparatorSet(threshold, true),
    threshold.absolute === undefined ? none : comparatorSet(threshold.absolute),
    threshold.relative === undefined ? none : comparatorSet(threshold.relative),
  ];
}

/** True when it is proved that every value breaching `warn` also breaches `fail`. */
export function warnIsUnreachable(warn: Threshold, fail: Threshold): boolean {
  const w = parts(warn);
  const f = parts(fail);
  if (w.every((set) => set.length === 0)) return false;
  return w.every((set, kind) => isSubset(set, f[kind]!));
}
