/**
 * Expected calibration error over equal-width bins:
 *   ECE = Σ_b (n_b / n) · |mean(outcome)_b − mean(probability)_b|
 * The bins are scikit-learn's `calibration_curve(strategy="uniform", n_bins=10)`: edges
 * 0, 0.1, …, 1 (computed as i · 0.1), a value on an inner edge belongs to the lower bin, empty
 * bins are skipped. Binary: outcome = the label (1 = positive), probability = the positive
 * class's probability (a reliability diagram). Multiclass (top-label ECE): outcome = 1 when the
 * predicted class is right, probability = the predicted class's probability.
 * O(n·log bins). NaN for no rows. Throws RangeError on unequal lengths or a probability outside [0, 1].
 */
export function expectedCalibrationError(
  outcome: ArrayLike<number>,
  probability: ArrayLike<number>,
  binCount = 10,
): number {
  const n = outcome.length;
  if (probability.length !== n) throw new RangeError(`the outcome has ${n} rows, the probability ${probability.length}`);
  const step = 1 / binCount;
  const innerEdges = Array.from({ length: binCount - 1 }, (_, i) => (i + 1) * step);
  const sumProbability = new Float64Array(binCount);
  const sumOutcome = new Float64Array(binCount);
  const count = new Float64Array(binCount);
  for (let i = 0; i < n; i++) {
    const p = probability[i]!;
    if (!(p >= 0 && p <= 1)) throw new RangeError(`row ${i}: probability ${p} lies outside [0, 1]`);
    // searchsorted(inner edges, p, side="left"): the number of inner edges strictly below p.
    let lo = 0;
    let hi = innerEdges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (innerEdges[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    sumProbability[lo]! += p;
    sumOutcome[lo]! += outcome[i] === 1 ? 1 : 0;
    count[lo]! += 1;
  }
  if (n === 0) return Number.NaN;
  let ece = 0;
  for (let b = 0; b < binCount; b++) {
    const c = count[b]!;
    if (c === 0) continue;
    ece += (c / n) * Math.abs(sumOutcome[b]! / c - sumProbability[b]! / c);
  }
  return ece;
}
