/**
 * Solves A x = b for a symmetric positive-definite A by its Cholesky factor A = L Lᵀ
 * (Golub & Van Loan, §4.2), then forward and back substitution. O(p³/3) for the factor,
 * O(p²) per solve, so one factor serves many right-hand sides. `a` is p × p row-major (its lower
 * triangle is read and left unchanged). Throws RangeError on a size mismatch or when A is not
 * positive definite (a pivot ≤ 0).
 */

/** The lower-triangular factor L of A = L Lᵀ, p × p row-major. */
export function choleskyFactor(a: Float64Array, p: number): Float64Array {
  if (a.length !== p * p) throw new RangeError(`expected a ${p} × ${p} matrix, got ${a.length} values`);
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(sum > 0)) throw new RangeError(`the matrix is not positive definite (pivot ${i} is ${sum})`);
        l[i * p + i] = Math.sqrt(sum);
      } else {
        l[i * p + j] = sum / l[j * p + j]!;
      }
    }
  }
  return l;
}

/** x with L Lᵀ x = b, for a factor from choleskyFactor. */
export function choleskySolve(l: Float64Array, b: Float64Array, p: number): Float64Array {
  if (l.length !== p * p || b.length !== p) throw new RangeError(`expected a ${p} × ${p} system, got ${l.length} and ${b.length} values`);
  const x = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * p + k]! * x[k]!;
    x[i] = sum / l[i * p + i]!;
  }
  for (let i = p - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * x[k]!;
    x[i] = sum / l[i * p + i]!;
  }
  return x;
}

export function solveSpd(a: Float64Array, b: Float64Array, p: number): Float64Array {
  return choleskySolve(choleskyFactor(a, p), b, p);
}
