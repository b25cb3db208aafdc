/**
 * Eigen-decomposition of a real symmetric matrix A = V Λ Vᵀ by the cyclic Jacobi method
 * (Golub & Van Loan, Matrix Computations, 4th ed., §8.5): sweeps of plane rotations, each
 * annihilating one off-diagonal entry, until every off-diagonal entry is negligible beside its
 * two diagonal entries (Rutishauser's test). Jacobi is slower than tridiagonal QR for large
 * matrices but short, and accurate to working precision in the eigenvectors of well-separated
 * eigenvalues, which is what PCA's projector needs. Eigenvalues are returned in decreasing
 * order, eigenvector i as row i of `vectors` (sign unspecified). O(p³) per sweep, about 6–10
 * sweeps. Throws RangeError when `matrix` is not p × p, and Error if 100 sweeps do not converge
 * (which does not happen for a finite symmetric matrix).
 */

/** A symmetric matrix's eigenvalues (decreasing) and unit eigenvectors (row i ↔ values[i]). */
export interface SymmetricEigen {
  readonly values: Float64Array;
  /** p × p, row-major: row i is the eigenvector of values[i]. */
  readonly vectors: Float64Array;
}

const MAX_SWEEPS = 100;

/** `matrix` is p × p row-major and symmetric (only its upper triangle is read). */
export function symmetricEigen(matrix: Float64Array, p: number): SymmetricEigen {
  if (!Number.isInteger(p) || p < 1 || matrix.length !== p * p) throw new RangeError(`expected a ${p} × ${p} matrix, got ${matrix.length} values`);
  const a = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      const v = matrix[i * p + j]!;
      if (!Number.isFinite(v)) throw new RangeError(`matrix entry (${i}, ${j}) is ${v}`);
      a[i * p + j] = v;
      a[j * p + i] = v;
    }
  }
  // v holds the accumulated rotations; column k is the eigenvector of a[k][k].
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  let converged = p === 1;
  for (let sweep = 0; sweep < MAX_SWEEPS && !converged; sweep++) {
    converged = true;
    for (let r = 0; r < p - 1; r++) {
      for (let q = r + 1; q < p; q++) {
        const arq = a[r * p + q]!;
        if (arq === 0) continue;
        const arr = a[r * p + r]!;
        const aqq = a[q * p + q]!;
        // Negligible beside both diagonal entries: set to zero (Rutishauser).
        if (sweep > 3 && Math.abs(arr) + 100 * Math.abs(arq) === Math.abs(arr) && Math.abs(aqq) + 100 * Math.abs(arq) === Math.abs(aqq)) {
          a[r * p + q] = 0;
          a[q * p + r] = 0;
          continue;
        }
        converged = false;
        const theta = (aqq - arr) / (2 * arq);
        // The smaller root of t² + 2θt − 1 = 0, so that the rotation angle is at most π/4.
        const t = Math.abs(theta) > 1e150 ? 1 / (2 * theta) : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        a[r * p + r] = arr - t * arq;
        a[q * p + q] = aqq + t * arq;
        a[r * p + q] = 0;
        a[q * p + r] = 0;
        for (let k = 0; k < p; k++) {
          if (k !== r && k !== q) {
            const akr = a[k * p + r]!;
            const akq = a[k * p + q]!;
            const nr = c * akr - s * akq;
            const nq = s * akr + c * akq;
            a[k * p + r] = nr;
            a[r * p + k] = nr;
            a[k * p + q] = nq;
            a[q * p + k] = nq;
          }
          const vkr = v[k * p + r]!;
          const vkq = v[k * p + q]!;
          v[k * p + r] = c * vkr - s * vkq;
          v[k * p + q] = s * vkr + c * vkq;
        }
      }
    }
  }
  if (!converged) throw new Error(`Jacobi eigen-decomposition did not converge in ${MAX_SWEEPS} sweeps`);
  const order = Array.from({ length: p }, (_, i) => i).sort((i, j) => a[j * p + j]! - a[i * p + i]! || i - j);
  const values = new Float64Array(p);
  const vectors = new Float64Array(p * p);
  order.forEach((k, i) => {
    values[i] = a[k * p + k]!;
    for (let j = 0; j < p; j++) vectors[i * p + j] = v[j * p + k]!;
  });
  return { values, vectors };
}
