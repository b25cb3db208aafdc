/**
 * The binomial and multinomial samplers draw from the distributions they claim: seeded draws
 * (mulberry32) in each regime of binomialSample (inversion below n·p = 10, BTRS above, p > ½ by
 * symmetry) have the mean n·p and variance n·p·q to within their Monte Carlo error, and their
 * histogram fits the exact pmf (a χ² test whose p-value is read at a 10⁻⁴ level, so a fault
 * shows and chance does not); multinomial marginals have mean n·p_j, variance n·p_j(1 − p_j)
 * and covariance −n·p_i·p_j.
 */
import gammainc from '@stdlib/math-base-special-gammainc';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/data/random.js';
import { binomialSample, logFactorial } from '../../src/stats/binomial-sample.js';
import { multinomialSample } from '../../src/stats/multinomial-sample.js';

const DRAWS = 40_000;

function moments(values: Float64Array): { mean: number; variance: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, variance: squares / (values.length - 1) };
}

/** χ² p-value of draws against Binomial(n, p), cells with expected count < 5 pooled. */
function chiSquareP(values: Float64Array, n: number, p: number): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let statistic = 0;
  let cells = 0;
  let pooledExpected = 0;
  let pooledObserved = 0;
  for (let k = 0; k <= n; k++) {
    const pmf = Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    const expected = pmf * values.length;
    const observed = counts.get(k) ?? 0;
    if (expected < 5) {
      pooledExpected += expected;
      pooledObserved += observed;
      continue;
    }
    statistic += (observed - expected) ** 2 / expected;
    cells++;
  }
  if (pooledExpected > 0) {
    statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    cells++;
  }
  return 1 - gammainc(statistic / 2, (cells - 1) / 2);
}

describe('binomialSample', () => {
  it.each([
    [20, 0.1], // inversion
    [1000, 0.005], // inversion, many trials
    [50, 0.3], // BTRS
    [100_000, 0.02], // BTRS, wide
    [30, 0.8], // p > ½: n − Binomial(n, 0.2), inversion
    [400, 0.9], // p > ½, BTRS
  ])('Binomial(%s, %s): mean, variance and pmf', (n, p) => {
    const random = mulberry32(n);
    const values = Float64Array.from({ length: DRAWS }, () => binomialSample(n, p, random.uniform));
    const { mean, variance } = moments(values);
    const v = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(4.5 * Math.sqrt(v / DRAWS));
    // Var of the sample variance ≈ (μ₄ − σ⁴)/N, μ₄ = σ²(1 + 3(n − 2)pq) for the binomial.
    const mu4 = v * (1 + 3 * (n - 2) * p * (1 - p));
    expect(Math.abs(variance - v)).toBeLessThan(4.5 * Math.sqrt((mu4 - v * v) / DRAWS));
    expect(chiSquareP(values, n, p)).toBeGreaterThan(1e-4);
    for (const x of values) expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
  });

  it('gives the certain cases and throws on bad arguments', () => {
    const u = mulberry32(1).uniform;
    expect(binomialSample(0, 0.3, u)).toBe(0);
    expect(binomialSample(10, 0, u)).toBe(0);
    expect(binomialSample(10, 1, u)).toBe(10);
    expect(() => binomialSample(-1, 0.5, u)).toThrow(RangeError);
    expect(() => binomialSample(2.5, 0.5, u)).toThrow(RangeError);
    expect(() => binomialSample(5, 1.5, u)).toThrow(RangeError);
  });

  it('has log-factorials equal to the direct sum on both sides of the table', () => {
    let direct = 0;
    for (let k = 1; k <= 2000; k++) {
      direct += Math.log(k);
      if (k === 255 || k === 256 || k === 2000) expect(Math.abs(logFactorial(k) - direct) / direct).toBeLessThan(1e-13);
    }
  });
});

describe('multinomialSample', () => {
  it('has marginals n·p_j, variances n·p_j(1 − p_j), covariances −n·p_i·p_j (a confusion matrix)', () => {
    const cells = [612, 88, 141, 159]; // TN, FP, FN, TP of 1,000 rows
    const n = 1000;
    const random = mulberry32(11);
    const out = new Int32Array(4);
    const draws = 20_000;
    const sums = new Float64Array(4);
    const squares = new Float64Array(4);
    let cross = 0;
    for (let r = 0; r < draws; r++) {
      multinomialSample(n, cells, random.uniform, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(n);
      for (let j = 0; j < 4; j++) {
        sums[j]! += out[j]!;
        squares[j]! += out[j]! ** 2;
      }
      cross += out[0]! * out[3]!;
    }
    for (let j = 0; j < 4; j++) {
      const p = cells[j]! / n;
      const mean = sums[j]! / draws;
      const variance = squares[j]! / draws - mean ** 2;
      expect(Math.abs(mean - n * p)).toBeLessThan(4.5 * Math.sqrt((n * p * (1 - p)) / draws));
      expect(Math.abs(variance / (n * p * (1 - p)) - 1)).toBeLessThan(4.5 * Math.sqrt(2 / draws));
    }
    const covariance = cross / draws - (sums[0]! / draws) * (sums[3]! / draws);
    const expected = -n * (cells[0]! / n) * (cells[3]! / n);
    // SE of a sample covariance ≈ √((σ₀²σ₃² + c²)/N) for near-normal counts.
    const v0 = n * 0.612 * 0.388;
    const v3 = n * 0.159 * 0.841;
    expect(Math.abs(covariance - expected)).toBeLessThan(4.5 * Math.sqrt((v0 * v3 + expected ** 2) / draws));
  });

  it('leaves empty cells empty and throws on bad weights', () => {
    const out = new Int32Array(3);
    multinomialSample(50, [0, 7, 0], mulberry32(2).uniform, out);
    expect(Array.from(out)).toEqual([0, 50, 0]);
    expect(() => multinomialSample(5, [1, -1], Math.random, out)).toThrow(RangeError);
    expect(() => multinomialSample(5, [0, 0], Math.random, out)).toThrow(RangeError);
  });
});
