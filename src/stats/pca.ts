/**
 * Principal component analysis as scikit-learn 1.2.1's `PCA(n_components=<share>)` with the
 * full solver: the columns are centred on their means, the covariance C = XcᵀXc / (n − 1) is
 * eigen-decomposed (./linalg/symmetric-eigen.ts; the same subspace as sklearn's SVD of Xc), and
 * the kept components are the fewest whose cumulative explained-variance ratio exceeds the
 * share (sklearn: `searchsorted(cumsum(ratio), share, side="right") + 1`). A row's
 * reconstruction x̂ = μ + VₖᵀVₖ(x − μ) is `inverse_transform(transform(x))`; its reconstruction
 * error is the Euclidean norm ‖x − x̂‖, as NannyML's DataReconstructionDriftCalculator computes
 * it. Rows are row-major Float64Arrays (n × p). O(n·p² + p³) to fit, O(n·p·k) to reconstruct.
 * Throws RangeError on a size mismatch, a share outside (0, 1), fewer than 2 rows, or a
 * non-finite value.
 */
import { symmetricEigen } from './linalg/symmetric-eigen.js';

export interface PcaFit {
  /** Columns of the fitted data. */
  readonly p: number;
  /** Components kept. */
  readonly k: number;
  /** Column means of the fitted data (sklearn's `mean_`). */
  readonly mean: Float64Array;
  /** k × p, row-major: the kept components, in decreasing order of variance. */
  readonly components: Float64Array;
  /** All p eigenvalues of the covariance, decreasing (sklearn's `explained_variance_` for the kept ones). */
  readonly variances: Float64Array;
  /** variances / their sum (sklearn's `explained_variance_ratio_`). */
  readonly ratios: Float64Array;
}

export function fitPca(x: Float64Array, n: number, p: number, share: number): PcaFit {
  if (x.length !== n * p) throw new RangeError(`expected ${n} × ${p} values, got ${x.length}`);
  if (!(share > 0 && share < 1)) throw new RangeError(`the variance share must lie in (0, 1), got ${share}`);
  if (n < 2) throw new RangeError(`PCA needs at least 2 rows, got ${n}`);
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j]! += x[i * p + j]!;
  for (let j = 0; j < p; j++) {
    mean[j] = mean[j]! / n;
    if (!Number.isFinite(mean[j]!)) throw new RangeError(`column ${j} holds a value that is not finite`);
  }
  const cov = new Float64Array(p * p);
  const centred = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) centred[j] = x[i * p + j]! - mean[j]!;
    for (let a = 0; a < p; a++) {
      const ca = centred[a]!;
      if (ca === 0) continue;
      const row = a * p;
      for (let b = a; b < p; b++) cov[row + b]! += ca * centred[b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = a; b < p; b++) cov[a * p + b] = cov[a * p + b]! / (n - 1);
  const { values, vectors } = symmetricEigen(cov, p);
  let total = 0;
  for (let j = 0; j < p; j++) total += values[j]!;
  const ratios = new Float64Array(p);
  for (let j = 0; j < p; j++) ratios[j] = values[j]! / total;
  // The number of cumulative ratios ≤ share, plus one (sklearn's side="right" search).
  let k = 0;
  let cumulative = 0;
  while (k < p && cumulative + ratios[k]! <= share) cumulative += ratios[k++]!;
  k = Math.min(k + 1, p);
  return { p, k, mean, components: vectors.slice(0, k * p), variances: values, ratios };
}

export interface Reconstruction {
  /** Each row's reconstruction error ‖x − x̂‖. */
  readonly errors: Float64Array;
  /** For each column j, Σ over rows of (x − x̂)ⱼ²: which columns the components fail to rebuild. */
  readonly squaredResiduals: Float64Array;
}

/** Reconstruction errors of the rows of `x` (n × fit.p) under a fitted PCA. */
export function reconstruct(fit: PcaFit, x: Float64Array, n: number): Reconstruction {
  const { p, k, mean, components } = fit;
  if (x.length !== n * p) throw new RangeError(`expected ${n} × ${p} values, got ${x.length}`);
  const errors = new Float64Array(n);
  const squaredResiduals = new Float64Array(p);
  const d = new Float64Array(p);
  const scores = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) d[j] = x[i * p + j]! - mean[j]!;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < p; j++) s += components[c * p + j]! * d[j]!;
      scores[c] = s;
    }
    let sum = 0;
    for (let j = 0; j < p; j++) {
      let back = 0;
      for (let c = 0; c < k; c++) back += scores[c]! * components[c * p + j]!;
      const r = d[j]! - back;
      sum += r * r;
      squaredResiduals[j]! += r * r;
    }
    errors[i] = Math.sqrt(sum);
  }
  return { errors, squaredResiduals };
}
