/**
 * The seeded covariate shift used by the CBPE tests (documented in docs/statistics.md#cbpe):
 * `size` Adult test rows drawn WITHOUT replacement (Efraimidis–Spirakis: keep the rows with the
 * largest u^(1/w), u from mulberry32(seed)), row i weighted
 *   w_i = exp(ageSlope · (age_i − 38) + eduSlope · (education_num_i − 10)),
 * which favours older and more educated people (more positives, a different score mix), while
 * P(label | features) is untouched: the situation CBPE is built for.
 */
import { mulberry32 } from '../detectors/prng.js';
import type { AdultRows } from '../metrics/adult.js';

export function shiftedRows(rows: AdultRows, size: number, seed: number, ageSlope: number, eduSlope: number): Uint32Array {
  const random = mulberry32(seed);
  const n = rows.label.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const weight = Math.exp(ageSlope * (rows.age[i]! - 38) + eduSlope * (rows.educationNum[i]! - 10));
    keys[i] = Math.log(random()) / weight; // log(u^(1/w)): same order, no underflow
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[b]! - keys[a]! || a - b);
  return Uint32Array.from(order.slice(0, size)).sort();
}

export function pick<T extends Float64Array | Int32Array>(values: T, rows: Uint32Array): T {
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = values[rows[j]!]!;
  return out;
}
