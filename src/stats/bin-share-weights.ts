/**
 * Importance weights that move a reference sample to the current distribution of one binned
 * variable (docs/statistics.md#drift-attribution): reference row i in bin b gets
 *   w_i = p_cur(b) / p_ref(b),   p_ref(b) = n_ref(b) / n_ref,   p_cur(b) = n_cur(b) / n_cur,
 * so that the weighted reference has the current shares over the bins the reference holds. The
 * current mass in bins the reference lacks (a current bin code < 0, or a bin with no reference
 * row) cannot be represented by any weighting: it is returned as `unrepresented` (a share of the
 * current rows), and the weights then sum to n_ref · (1 − unrepresented). This is the
 * density-ratio estimate of covariate-shift correction (Shimodaira 2000; Sugiyama et al. 2007)
 * with a histogram as the density estimate.
 * O(n_ref + n_cur + bins). Throws RangeError on an empty side or a reference code outside 0…bins−1.
 */
export interface BinShareWeights {
  readonly weights: Float64Array;
  /** Share of current rows in bins the reference lacks (0…1). */
  readonly unrepresented: number;
}

export function binShareWeights(referenceBins: Int32Array, currentBins: Int32Array, binCount: number): BinShareWeights {
  const nRef = referenceBins.length;
  const nCur = currentBins.length;
  if (nRef === 0 || nCur === 0) throw new RangeError(`binShareWeights: ${nRef} reference and ${nCur} current rows`);
  const refCounts = new Float64Array(binCount);
  const curCounts = new Float64Array(binCount);
  for (let i = 0; i < nRef; i++) {
    const b = referenceBins[i]!;
    if (!(b >= 0 && b < binCount)) throw new RangeError(`binShareWeights: reference row ${i} has bin ${b}, outside 0…${binCount - 1}`);
    refCounts[b]!++;
  }
  let outside = 0;
  for (let i = 0; i < nCur; i++) {
    const b = currentBins[i]!;
    if (b >= 0 && b < binCount) curCounts[b]!++;
    else outside++;
  }
  const ratio = new Float64Array(binCount);
  let unrepresentedRows = outside;
  for (let b = 0; b < binCount; b++) {
    if (refCounts[b]! > 0) ratio[b] = curCounts[b]! / nCur / (refCounts[b]! / nRef);
    else unrepresentedRows += curCounts[b]!;
  }
  const weights = new Float64Array(nRef);
  for (let i = 0; i < nRef; i++) weights[i] = ratio[referenceBins[i]!]!;
  return { weights, unrepresented: unrepresentedRows / nCur };
}
