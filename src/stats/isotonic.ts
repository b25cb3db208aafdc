/**
 * Isotonic (monotone increasing) regression by pool-adjacent-violators, as scikit-learn 1.2.1's
 * `IsotonicRegression(increasing=True, out_of_bounds="clip")`:
 *  1. sort the points by x; x values closer than 1e-15 to the first x of their run are one point
 *     (sklearn's `_make_unique`), whose y is the weighted mean of the run;
 *  2. PAV: merge adjacent blocks while a block's mean exceeds the next one's; each point takes
 *     its block's weighted mean;
 *  3. predict by linear interpolation between the fitted points, clipping x to [x_min, x_max].
 * Fitting is O(n log n), a prediction O(log m) over m distinct x. Throws RangeError on unequal
 * lengths, no rows, or a NaN.
 */
export interface IsotonicFit {
  /** Distinct x values, ascending, and the fitted (non-decreasing) y at each. */
  readonly x: Float64Array;
  readonly y: Float64Array;
}

const RESOLUTION = 1e-15; // np.finfo(np.float64).resolution

export function fitIsotonic(x: ArrayLike<number>, y: ArrayLike<number>): IsotonicFit {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`x has ${n} rows, y ${y.length}`);
  if (n === 0) throw new RangeError('isotonic regression needs at least one point');
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) throw new RangeError(`row ${i}: NaN in isotonic regression input`);
    order[i] = i;
  }
  order.sort((a, b) => x[a]! - x[b]! || y[a]! - y[b]!);

  // 1. Unique x with weighted sums of y.
  const ux: number[] = [];
  const sumY: number[] = [];
  const weight: number[] = [];
  for (const row of order) {
    const xi = x[row]!;
    const last = ux.length - 1;
    if (last >= 0 && xi - ux[last]! < RESOLUTION) {
      sumY[last]! += y[row]!;
      weight[last]! += 1;
    } else {
      ux.push(xi);
      sumY.push(y[row]!);
      weight.push(1);
    }
  }

  // 2. Pool adjacent violators with a stack of blocks (sum of w·y, sum of w, first index).
  const blockSum: number[] = [];
  const blockWeight: number[] = [];
  const blockStart: number[] = [];
  for (let i = 0; i < ux.length; i++) {
    let s = sumY[i]!;
    let w = weight[i]!;
    let start = i;
    while (blockSum.length > 0) {
      const top = blockSum.length - 1;
      if (blockSum[top]! / blockWeight[top]! < s / w) break;
      s += blockSum.pop()!;
      w += blockWeight.pop()!;
      start = blockStart.pop()!;
    }
    blockSum.push(s);
    blockWeight.push(w);
    blockStart.push(start);
  }
  const fitted = new Float64Array(ux.length);
  for (let b = 0; b < blockSum.length; b++) {
    const end = b + 1 < blockStart.length ? blockStart[b + 1]! : ux.length;
    const mean = blockSum[b]! / blockWeight[b]!;
    for (let i = blockStart[b]!; i < end; i++) fitted[i] = mean;
  }
  return { x: Float64Array.from(ux), y: fitted };
}

/** The fitted function at `value`: linear between fitted points, constant beyond them. */
export function predictIsotonic(fit: IsotonicFit, value: number): number {
  const { x, y } = fit;
  const m = x.length;
  if (m === 1) return y[0]!;
  const clipped = Math.min(Math.max(value, x[0]!), x[m - 1]!);
  // scipy interp1d: hi = searchsorted(x, v, side="left") clipped to 1…m−1, lo = hi − 1.
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! < clipped) lo = mid + 1;
    else hi = mid;
  }
  const upper = Math.min(Math.max(lo, 1), m - 1);
  const xLo = x[upper - 1]!;
  const yLo = y[upper - 1]!;
  const slope = (y[upper]! - yLo) / (x[upper]! - xLo);
  return slope * (clipped - xLo) + yLo;
}
