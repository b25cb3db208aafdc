/**
 * LU factorisation of a square matrix by Gaussian elimination with partial (row) pivoting,
 * P·A = L·U (Golub & Van Loan, Matrix Computations, 4th ed., algorithm 3.4.1), and the solves
 * it gives: A·x = b for one right-hand side, and the inverse, one column at a time. At each
 * step the pivot is the largest |entry| on or below the diagonal (the first of equal ones).
 * For the k×k matrices of label-shift estimation (k = the classes): O(k³) to factor, O(k²) a
 * solve. Matrices are arrays of rows. Throws RangeError when the matrix is not square, holds a
 * value that is not finite, or is singular to working precision (a pivot of 0, or below
 * k·2⁻⁵² times the largest |entry| of the matrix).
 */
export interface LuFactors {
  /** L below the diagonal (unit diagonal implied) and U on and above it, rows permuted. */
  readonly lu: readonly Float64Array[];
  /** Row i of lu is row perm[i] of the matrix. */
  readonly perm: Int32Array;
}

export function luFactor(matrix: readonly (readonly number[] | Float64Array)[]): LuFactors {
  const k = matrix.length;
  if (k === 0) throw new RangeError('LU factorisation needs a matrix with at least one row');
  const lu = matrix.map((row) => {
    if (row.length !== k) throw new RangeError(`LU factorisation needs a square matrix, got a row of ${row.length} in a ${k}-row matrix`);
    const copy = Float64Array.from(row);
    if (copy.some((v) => !Number.isFinite(v))) throw new RangeError('LU factorisation needs finite entries');
    return copy;
  });
  let scale = 0;
  for (const row of lu) for (const v of row) scale = Math.max(scale, Math.abs(v));
  const tiny = k * Number.EPSILON * scale;
  const perm = Int32Array.from({ length: k }, (_, i) => i);
  for (let col = 0; col < k; col++) {
    let best = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(lu[r]![col]!) > Math.abs(lu[best]![col]!)) best = r;
    const pivot = lu[best]![col]!;
    if (pivot === 0 || Math.abs(pivot) <= tiny) throw new RangeError(`the matrix is singular to working precision (pivot ${pivot} in column ${col + 1})`);
    if (best !== col) {
      [lu[col], lu[best]] = [lu[best]!, lu[col]!];
      [perm[col], perm[best]] = [perm[best]!, perm[col]!];
    }
    const top = lu[col]!;
    for (let r = col + 1; r < k; r++) {
      const row = lu[r]!;
      const factor = row[col]! / pivot;
      row[col] = factor;
      if (factor === 0) continue;
      for (let c = col + 1; c < k; c++) row[c] = row[c]! - factor * top[c]!;
    }
  }
  return { lu, perm };
}

/** x with A·x = b, from A's factors: forward then back substitution. O(k²). */
export function luSolve(factors: LuFactors, b: readonly number[] | Float64Array): Float64Array {
  const { lu, perm } = factors;
  const k = lu.length;
  if (b.length !== k) throw new RangeError(`the right-hand side has ${b.length} entries, the matrix ${k} rows`);
  const x = Float64Array.from(perm, (p) => b[p]!);
  for (let i = 1; i < k; i++) {
    const row = lu[i]!;
    let s = x[i]!;
    for (let j = 0; j < i; j++) s -= row[j]! * x[j]!;
    x[i] = s;
  }
  for (let i = k - 1; i >= 0; i--) {
    const row = lu[i]!;
    let s = x[i]!;
    for (let j = i + 1; j < k; j++) s -= row[j]! * x[j]!;
    x[i] = s / row[i]!;
  }
  return x;
}

/** x with A·x = b. O(k³). Throws as luFactor. */
export function solveLinear(matrix: readonly (readonly number[] | Float64Array)[], b: readonly number[] | Float64Array): Float64Array {
  return luSolve(luFactor(matrix), b);
}

/** A⁻¹ as an array of rows, solving A·x = e_j for each unit vector. O(k³). Throws as luFactor. */
export function invert(matrix: readonly (readonly number[] | Float64Array)[]): Float64Array[] {
  const factors = luFactor(matrix);
  const k = matrix.length;
  const inverse = Array.from({ length: k }, () => new Float64Array(k));
  for (let j = 0; j < k; j++) {
    const e = new Float64Array(k);
    e[j] = 1;
    const column = luSolve(factors, e);
    for (let i = 0; i < k; i++) inverse[i]![j] = column[i]!;
  }
  return inverse;
}
