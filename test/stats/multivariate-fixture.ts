/**
 * The multivariate oracle's fixture (test/fixtures/oracle/multivariate_oracle.py: scikit-learn
 * 1.2.1 and numpy; see test/fixtures/oracle/README.md), and helpers shared by its tests.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface OracleFit {
  readonly coefficients: readonly number[];
  readonly intercept: number;
  readonly n_iter: number;
  readonly gradient_max: number;
  readonly hessian_min_eigenvalue: number;
  readonly distance_bound: number;
  readonly polished_coefficients: readonly number[];
  readonly polished_intercept: number;
}

export interface MultivariateOracle {
  readonly wine: {
    readonly x: readonly (readonly number[])[];
    readonly explained_variance: readonly number[];
    readonly explained_variance_ratio: readonly number[];
    readonly mean: readonly number[];
    readonly cases: Readonly<Record<string, { readonly components: number; readonly errors: readonly number[]; readonly solver: string }>>;
    readonly covariance: readonly (readonly number[])[];
    readonly eigenvalues: readonly number[];
  };
  readonly cancer: {
    readonly x: readonly (readonly number[])[];
    readonly y: readonly number[];
    readonly fold: readonly number[];
    readonly fits: Readonly<Record<string, OracleFit & { readonly cv_auc: number }>>;
  };
  readonly adult_pca: {
    readonly columns: readonly string[];
    readonly components: number;
    readonly solver: string;
    readonly explained_variance_ratio: readonly number[];
    readonly reference_value: number;
    readonly chunk_means: readonly number[];
    readonly band: { readonly mean: number; readonly std: number; readonly low: number; readonly high: number };
    readonly residual_reference: readonly number[];
    readonly current: Readonly<Record<'current' | 'shifted', { readonly value: number; readonly rows: number; readonly residual_current: readonly number[] }>>;
  };
  readonly adult_classifier: {
    readonly max_rows: number;
    readonly seed: number;
    readonly folds: number;
    readonly c: number;
    readonly current: Readonly<Record<'current' | 'shifted', OracleFit & { readonly auc: number; readonly columns: readonly [string, string | null][]; readonly rows: readonly [number, number] }>>;
  };
}

let cached: MultivariateOracle | undefined;

export function multivariateOracle(): MultivariateOracle {
  cached ??= JSON.parse(readFileSync(new URL('../fixtures/multivariate-oracle.json', import.meta.url), 'utf8')) as MultivariateOracle;
  return cached;
}

/** Rows as one row-major Float64Array. */
export function rowMajor(rows: readonly (readonly number[])[]): { x: Float64Array; n: number; p: number } {
  const n = rows.length;
  const p = rows[0]!.length;
  const x = new Float64Array(n * p);
  rows.forEach((row, i) => row.forEach((v, j) => (x[i * p + j] = v)));
  return { x, n, p };
}

/** |actual − expected| ≤ tolerance · max(|expected|, floor). */
export function expectClose(actual: number, expected: number, tolerance = 1e-9, floor = 1e-300): void {
  const scale = Math.max(Math.abs(expected), floor);
  expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}
