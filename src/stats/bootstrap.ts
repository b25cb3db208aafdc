/**
 * The bootstrap interval of a statistic (Efron & Tibshirani 1993): draw B resamples of the n
 * rows with replacement, compute the statistic on each (the B replicates), and read an
 * interval off the replicates that are finite (a resample may lack a class):
 *
 * - `percentileInterval`: the α/2 and 1 − α/2 quantiles of the replicates (ch. 13; linear
 *   interpolation, numpy's default);
 * - `standardErrorInterval`: estimate ± z·sd(replicates) (ch. 6, the bootstrap standard error
 *   with a normal quantile), for when B is too small for the tails to be read (sd is already
 *   good to about 1/√(2(B − 1)) at B = 25…200, a 2.5% quantile is not).
 *
 * Replicates come from one of three resamplers, all of the same distribution (each resample is
 * n rows drawn with replacement):
 * - `percentileBootstrap`: the statistic gets the resampled row positions (general, slow: it
 *   allocates a resample). O(B · (n + cost of the statistic)).
 * - `multinomialReplicates`: for a statistic of cell counts (a confusion matrix), a resample's
 *   counts are one Multinomial(n, cells/n) draw (./multinomial-sample.ts), which is exactly
 *   what resampling the rows does to the counts. O(B · cells) once the counts are known.
 * - ./bootstrap-rows.ts: statistics of per-row sums and of row weights, on typed arrays.
 *
 * Each throws RangeError for n < 1, B < 2 or confidence outside (0, 1); an interval is null
 * when fewer than two replicates are finite.
 */
import { multinomialSample } from './multinomial-sample.js';
import { sampleVariance } from './sample-variance.js';

export interface BootstrapInterval {
  readonly low: number;
  readonly high: number;
  /** Resamples whose statistic was finite. */
  readonly resamples: number;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly confidence?: number;
}

export function checkOptions(n: number, options: BootstrapOptions, caller: string): { b: number; confidence: number } {
  const b = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  if (!(n >= 1) || !(b >= 2) || !(confidence > 0 && confidence < 1)) throw new RangeError(`${caller}: n=${n}, resamples=${b}, confidence=${confidence}`);
  return { b, confidence };
}

export function percentileBootstrap(
  n: number,
  statistic: (positions: readonly number[]) => number,
  uniform: () => number,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const { b, confidence } = checkOptions(n, options, 'percentileBootstrap');
  const values = new Float64Array(b);
  let finite = 0;
  const positions = new Array<number>(n);
  for (let r = 0; r < b; r++) {
    for (let i = 0; i < n; i++) positions[i] = Math.floor(uniform() * n);
    const v = statistic(positions);
    if (Number.isFinite(v)) values[finite++] = v;
  }
  return percentileInterval(values.subarray(0, finite), confidence);
}

/**
 * B replicates of a statistic of cell counts: `counts` are the rows' cells (a confusion matrix,
 * row-major), `statistic` reads a resample's counts in the same layout. Finite ones only.
 */
export function multinomialReplicates(counts: ArrayLike<number>, statistic: (counts: Int32Array) => number, uniform: () => number, resamples: number): Float64Array {
  let n = 0;
  for (let j = 0; j < counts.length; j++) n += counts[j]!;
  checkOptions(n, { resamples }, 'multinomialReplicates');
  const resample = new Int32Array(counts.length);
  const values = new Float64Array(resamples);
  let finite = 0;
  for (let r = 0; r < resamples; r++) {
    multinomialSample(n, counts, uniform, resample);
    const v = statistic(resample);
    if (Number.isFinite(v)) values[finite++] = v;
  }
  return values.subarray(0, finite);
}

/** The percentile interval of finite replicates (sorted in place); null for fewer than two. */
export function percentileInterval(values: Float64Array, confidence: number): BootstrapInterval | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`percentileInterval: confidence=${confidence}`);
  if (values.length < 2) return null;
  values.sort();
  const alpha = 1 - confidence;
  return { low: linearQuantile(values, alpha / 2), high: linearQuantile(values, 1 - alpha / 2), resamples: values.length };
}

/** estimate ± z·sd of finite replicates (sample sd, ddof = 1); null for fewer than two. */
export function standardErrorInterval(values: Float64Array, estimate: number, z: number): BootstrapInterval | null {
  if (!(z > 0)) throw new RangeError(`standardErrorInterval: z=${z}`);
  if (values.length < 2) return null;
  const sd = Math.sqrt(sampleVariance(values));
  return { low: estimate - z * sd, high: estimate + z * sd, resamples: values.length };
}

function linearQuantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
