/**
 * L2-regularised logistic regression with an unpenalised intercept, scikit-learn 1.2.1's
 * `LogisticRegression(penalty="l2", C=c)` objective for the lbfgs, newton-cg and
 * newton-cholesky solvers:
 *   minimise  Σᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + ‖w‖² / (2C),   zᵢ = b + w·xᵢ.
 * The objective is strictly convex (the penalty makes it strongly convex in w, and the intercept
 * direction has curvature Σ pᵢ(1 − pᵢ) > 0), so its minimiser is unique and any solver run to a
 * tight tolerance agrees with another up to ‖H⁻¹‖·‖gradient‖. Solved by Newton's method
 * (iteratively reweighted least squares) with a Cholesky solve of the Hessian and a backtracking
 * line search, from w = 0, b = 0 (or a given start), until the Newton step is below 1e-12 of the
 * coefficients' size. Rows are row-major (n × p); `rows` restricts the fit to a subset (a
 * cross-validation fold) without copying. O(n·p²) per iteration, usually under 10 iterations.
 * Throws RangeError on size mismatches, C ≤ 0, or a training set with one class only.
 */
import { choleskyFactor, choleskySolve } from './linalg/cholesky.js';

export interface LogisticModel {
  readonly coefficients: Float64Array;
  readonly intercept: number;
  /** Newton iterations taken. */
  readonly iterations: number;
  /** False when MAX_ITERATIONS passed before the step became negligible. */
  readonly converged: boolean;
  /** Largest absolute entry of the objective's gradient at the solution. */
  readonly gradient: number;
}

export interface LogisticOptions {
  /** Row indices to fit on (default all). */
  readonly rows?: Uint32Array;
  /** Starting coefficients and intercept (a warm start; the optimum does not depend on it). */
  readonly start?: { readonly coefficients: Float64Array; readonly intercept: number };
  /**
   * A speed hint that never changes the result: per column, a value whose addition makes most
   * entries exactly 0 (a standardised indicator's mean/std). The Hessian is then built from the
   * non-zeros of x + offsets and shifted back exactly in algebra (O(nnz²) a row instead of p²).
   */
  readonly offsets?: Float64Array;
}

export const MAX_ITERATIONS = 200;
const STEP_TOLERANCE = 1e-12;

/** log(1 + e^z), without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function fitLogisticL2(x: Float64Array, y: Uint8Array, n: number, p: number, c: number, options: LogisticOptions = {}): LogisticModel {
  if (x.length !== n * p || y.length !== n) throw new RangeError(`expected ${n} × ${p} values and ${n} labels, got ${x.length} and ${y.length}`);
  if (!(c > 0) || !Number.isFinite(c)) throw new RangeError(`C must be a positive number, got ${c}`);
  const rows = options.rows ?? Uint32Array.from({ length: n }, (_, i) => i);
  let positives = 0;
  for (const i of rows) positives += y[i]!;
  if (positives === 0 || positives === rows.length) throw new RangeError('logistic regression needs rows of both classes');
  const q = p + 1; // the intercept is parameter p
  const beta = new Float64Array(q);
  if (options.start) {
    beta.set(options.start.coefficients);
    beta[p] = options.start.intercept;
  }
  const lambda = 1 / c;
  const margin = (params: Float64Array, i: number): number => {
    let z = params[p]!;
    const row = i * p;
    for (let j = 0; j < p; j++) z += params[j]! * x[row + j]!;
    return z;
  };
  const objective = (params: Float64Array): number => {
    let loss = 0;
    for (const i of rows) {
      const z = margin(params, i);
      loss += softplus(z) - (y[i]! === 1 ? z : 0);
    }
    let penalty = 0;
    for (let j = 0; j < p; j++) penalty += params[j]! * params[j]!;
    return loss + (lambda * penalty) / 2;
  };
  const gradient = new Float64Array(q);
  const hessian = new Float64Array(q * q);
  const weights = new Float64Array(n);
  let factor: Float64Array | null = null;
  let lastStep = Infinity;
  let iterations = 0;
  let converged = false;
  let value = objective(beta);
  while (iterations < MAX_ITERATIONS) {
    gradient.fill(0);
    for (const i of rows) {
      const row = i * p;
      const prob = sigmoid(margin(beta, i));
      const residual = prob - y[i]!;
      weights[i] = prob * (1 - prob);
      for (let j = 0; j < p; j++) gradient[j]! += residual * x[row + j]!;
      gradient[p]! += residual;
    }
    for (let j = 0; j < p; j++) gradient[j]! += lambda * beta[j]!;
    if (factor === null) {
      buildHessian(x, rows, weights, p, lambda, options.offsets ?? new Float64Array(p), hessian);
      factor = choleskyFactor(hessian, q);
    }
    const step = choleskySolve(factor, gradient, q);
    iterations++;
    let stepSize = 0;
    let size = 0;
    let slope = 0;
    for (let j = 0; j < q; j++) {
      stepSize = Math.max(stepSize, Math.abs(step[j]!));
      size = Math.max(size, Math.abs(beta[j]!));
      slope -= gradient[j]! * step[j]!;
    }
    // Converged: the step is negligible, or it has stopped shrinking at rounding level.
    if (stepSize <= STEP_TOLERANCE * (1 + size) || (stepSize <= 1e-9 * (1 + size) && stepSize >= lastStep / 2)) {
      for (let j = 0; j < q; j++) beta[j] = beta[j]! - step[j]!;
      converged = true;
      break;
    }
    // A fresh Hessian next time unless we are close (steps under 1e-3 of the size) and the
    // kept factor still shrinks the step fast.
    if (stepSize > 1e-3 * (1 + size) || stepSize > lastStep / 4) factor = null;
    lastStep = stepSize;
    // Backtracking (Armijo) line search along the step; the full step is taken near the optimum.
    let t = 1;
    const trial = new Float64Array(q);
    for (;;) {
      for (let j = 0; j < q; j++) trial[j] = beta[j]! - t * step[j]!;
      const next = objective(trial);
      // The last term forgives rounding in the objective near the optimum, where a full Newton
      // step changes it by less than its own last digits.
      if (next <= value + 1e-4 * t * slope + 1e-13 * (1 + Math.abs(value)) || t < 1e-10) {
        value = next;
        break;
      }
      t /= 2;
    }
    if (t < 1) factor = null;
    beta.set(trial);
  }
  // The gradient at the returned point, for the caller's record of how tight the fit is.
  gradient.fill(0);
  for (const i of rows) {
    const residual = sigmoid(margin(beta, i)) - y[i]!;
    const row = i * p;
    for (let j = 0; j < p; j++) gradient[j]! += residual * x[row + j]!;
    gradient[p]! += residual;
  }
  let largest = 0;
  for (let j = 0; j < q; j++) largest = Math.max(largest, Math.abs(gradient[j]! + (j < p ? lambda * beta[j]! : 0)));
  return { coefficients: beta.slice(0, p), intercept: beta[p]!, iterations, converged, gradient: largest };
}

/**
 * The Hessian Xᵀ diag(w) X over the rows with the intercept as column p, plus λ on the
 * coefficients' diagonal, into `out` ((p + 1)², row-major, both triangles). With u = x + offsets
 * (sparse), it accumulates A = Σ w·[u;1][u;1]ᵀ over each row's non-zeros only, then shifts back:
 * H = A − vμᵀ − μvᵀ + W·μμᵀ on the coefficients, H[·][p] = v − W·μ, where v = Σ w·u, W = Σ w.
 */
function buildHessian(x: Float64Array, rows: Uint32Array, weights: Float64Array, p: number, lambda: number, offsets: Float64Array, out: Float64Array): void {
  const q = p + 1;
  out.fill(0);
  const index = new Int32Array(q);
  const value = new Float64Array(q);
  for (const i of rows) {
    const w = weights[i]!;
    if (w === 0) continue;
    let m = 0;
    const row = i * p;
    for (let j = 0; j < p; j++) {
      const v = x[row + j]! + offsets[j]!;
      if (v !== 0) {
        index[m] = j;
        value[m++] = v;
      }
    }
    index[m] = p;
    value[m++] = 1;
    for (let s = 0; s < m; s++) {
      const u = w * value[s]!;
      const offset = index[s]! * q;
      for (let t = s; t < m; t++) out[offset + index[t]!]! += u * value[t]!;
    }
  }
  const total = out[p * q + p]!;
  for (let a = 0; a < p; a++) {
    const ma = offsets[a]!;
    const va = out[a * q + p]!;
    for (let b = a; b < p; b++) {
      const mb = offsets[b]!;
      if (ma === 0 && mb === 0) continue;
      out[a * q + b] = out[a * q + b]! - va * mb - ma * out[b * q + p]! + total * ma * mb;
    }
  }
  for (let a = 0; a < p; a++) out[a * q + p] = out[a * q + p]! - total * offsets[a]!;
  for (let j = 0; j < p; j++) out[j * q + j]! += lambda;
  for (let a = 0; a < q; a++) for (let b = 0; b < a; b++) out[a * q + b] = out[b * q + a]!;
}

/** The decision function b + w·x of row i. */
export function logisticMargin(model: LogisticModel, x: Float64Array, p: number, i: number): number {
  let z = model.intercept;
  for (let j = 0; j < p; j++) z += model.coefficients[j]! * x[i * p + j]!;
  return z;
}
