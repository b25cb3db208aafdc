/**
 * The label-shift oracle's fixture (test/fixtures/oracle/label_shift_oracle.py → 
 * test/fixtures/label-shift-oracle.json: numpy's solve, inv, cond and svd on counts from the
 * scored UCI Adult rows, sklearn's wine data and synthetic counts).
 */
import { readFileSync } from 'node:fs';

export interface OracleEstimate {
  readonly joint: number[][];
  readonly predicted: number[];
  readonly reference_priors: number[];
  readonly predicted_shares: number[];
  readonly raw_weights: number[];
  readonly clipped: boolean[];
  readonly current_priors: number[];
  readonly weights: number[];
  readonly standard_errors: number[];
  readonly change_standard_errors: number[];
  readonly low: number[];
  readonly high: number[];
  readonly change_low: number[];
  readonly change_high: number[];
  readonly condition_number: number;
  readonly min_singular_value: number;
  readonly singular_values_conditional: number[];
  readonly true_current_priors?: number[];
}

export interface LabelShiftOracle {
  readonly z: number;
  readonly adult: {
    readonly no_shift: OracleEstimate;
    readonly no_shift_threshold_0_3: OracleEstimate;
    readonly planted_rows: number[];
    readonly planted: OracleEstimate;
    readonly planted_threshold_0_3: OracleEstimate;
  };
  readonly wine: {
    readonly classes: string[];
    readonly reference: { readonly label: number[]; readonly pred: number[] };
    readonly current: { readonly label: number[]; readonly pred: number[] };
    readonly estimate: OracleEstimate;
  };
  readonly synthetic: { readonly clipped: OracleEstimate; readonly four_class: OracleEstimate };
}

export const labelShiftOracle = JSON.parse(readFileSync(new URL('../fixtures/label-shift-oracle.json', import.meta.url), 'utf8')) as LabelShiftOracle;

/** |actual − expected| ≤ tolerance · max(|expected|, floor), element by element. */
export function expectClose(actual: ArrayLike<number>, expected: readonly number[], what: string, tolerance = 1e-9, floor = 1e-12): void {
  if (actual.length !== expected.length) throw new Error(`${what}: ${actual.length} values, expected ${expected.length}`);
  expected.forEach((e, i) => {
    const a = actual[i]!;
    if (!(Math.abs(a - e) <= tolerance * Math.max(Math.abs(e), floor))) throw new Error(`${what}[${i}]: ${a}, expected ${e} (relative ${Math.abs(a - e) / Math.max(Math.abs(e), floor)})`);
  });
}
