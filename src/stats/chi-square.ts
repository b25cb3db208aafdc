/**
 * Pearson's chi-square goodness-of-fit test of observed counts against expected shares, as
 * `scipy.stats.chisquare(f_obs=observed, f_exp=expectedShares * observed.sum())` (scipy 1.10.1):
 *
 *   E_i = s_i · Σ O,   χ² = Σ (O_i − E_i)² / E_i,   dof = k − 1,
 *   p = P(χ²_dof ≥ χ²) = Q(dof/2, χ²/2)   (regularized upper incomplete gamma, @stdlib)
 *
 * Bins where E_i = 0: with O_i > 0 the statistic is +Infinity and p = 0, as scipy (a category
 * the reference never had is certain drift). With O_i = 0 too, scipy yields NaN; here the bin is
 * left out (it carries no information) and does not count towards k. When one bin or fewer
 * remains (dof = 0), χ² = 0 and p = 1 (scipy: NaN).
 * O(k). Throws RangeError when the lengths differ, a value is negative or not finite, the
 * observed counts sum to 0, or the shares do not sum to 1 within 1e-8 (scipy's check).
 */
import gammainc from '@stdlib/math-base-special-gammainc';

export interface ChiSquareResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly dof: number;
}

export function chiSquareGoodnessOfFit(observed: Float64Array, expectedShares: Float64Array): ChiSquareResult {
  if (observed.length !== expectedShares.length) {
    throw new RangeError(`chiSquareGoodnessOfFit: ${observed.length} observed bins, ${expectedShares.length} shares`);
  }
  let total = 0;
  let shareSum = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const s = expectedShares[i]!;
    if (!(o >= 0 && o < Infinity && s >= 0 && s < Infinity)) {
      throw new RangeError(`chiSquareGoodnessOfFit: bin ${i} has observed ${o}, share ${s}`);
    }
    total += o;
    shareSum += s;
  }
  if (total === 0) throw new RangeError('chiSquareGoodnessOfFit: observed counts sum to 0');
  if (Math.abs(shareSum - 1) > 1e-8) {
    throw new RangeError(`chiSquareGoodnessOfFit: expected shares sum to ${shareSum}, not 1`);
  }

  let statistic = 0;
  let bins = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expectedShares[i]! * total;
    if (e === 0 && o === 0) continue;
    bins++;
    statistic += ((o - e) * (o - e)) / e;
  }
  const dof = bins - 1;
  if (dof <= 0) return { statistic: 0, pValue: 1, dof: 0 };
  const pValue = statistic === Infinity ? 0 : gammainc(statistic / 2, dof / 2, true, true);
  return { statistic, pValue, dof };
}
