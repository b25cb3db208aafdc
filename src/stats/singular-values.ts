/**
 * The singular values of a real matrix by one-sided Jacobi rotations (Hestenes 1958; Demmel &
 * Veselić 1992, who show it finds even the small singular values to high relative accuracy):
 * pairs of columns are rotated until every pair is orthogonal to working precision; the
 * singular values are then the column norms, returned largest first. Sweeps stop when one
 * makes no rotation (at most 60 sweeps; k×k matrices converge in well under 10).
 * O(k³) a sweep for a k×k matrix. The 2-norm condition number is σ_max / σ_min (∞ when
 * σ_min = 0), as numpy.linalg.cond computes it. Matrices are arrays of rows. Throws RangeError
 * for an empty or ragged matrix, or an entry that is not finite.
 */
const MAX_SWEEPS = 60;

export function singularValues(matrix: readonly (readonly number[] | Float64Array)[]): Float64Array {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  if (rows === 0 || cols === 0) throw new RangeError('singular values need a non-empty matrix');
  // Columns as arrays, since the rotations act on columns.
  const u = Array.from({ length: cols }, (_, j) =>
    Float64Array.from(matrix, (row) => {
      if (row.length !== cols) throw new RangeError(`singular values need a rectangular matrix, got rows of ${cols} and ${row.length}`);
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new RangeError('singular values need finite entries');
      return v;
    }),
  );
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++) {
      for (let q = p + 1; q < cols; q++) {
        const a = u[p]!;
        const b = u[q]!;
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < rows; i++) {
          alpha += a[i]! * a[i]!;
          beta += b[i]! * b[i]!;
          gamma += a[i]! * b[i]!;
        }
        if (gamma === 0 || Math.abs(gamma) <= Number.EPSILON * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < rows; i++) {
          const x = a[i]!;
          const y = b[i]!;
          a[i] = c * x - s * y;
          b[i] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const sigma = Float64Array.from(u, (column) => Math.hypot(...column));
  return sigma.sort().reverse();
}

/** σ_max / σ_min, ∞ for a singular matrix. O(k³). Throws as singularValues. */
export function conditionNumber(matrix: readonly (readonly number[] | Float64Array)[]): number {
  const sigma = singularValues(matrix);
  const smallest = sigma[sigma.length - 1]!;
  return smallest === 0 ? Number.POSITIVE_INFINITY : sigma[0]! / smallest;
}
