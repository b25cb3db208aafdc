/**
 * Shared by the drift statistics tests: the oracle fixture (scipy 1.10.1, written by
 * test/fixtures/oracle/drift_oracle.py, see test/fixtures/oracle/README.md), the committed
 * UCI Adult rows (examples/data/adult/), and the tolerances the tests enforce.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface KsExpected {
  readonly statistic: number;
  readonly pValue: number;
  readonly method: 'exact' | 'asymp';
}

export interface DistancesExpected {
  readonly jensen_shannon: number;
  readonly psi: number;
  readonly kl: number;
  readonly hellinger: number;
}

export interface BinsExpected extends DistancesExpected {
  readonly edges: number[];
  readonly reference_counts: number[];
  readonly current_counts: number[];
}

export interface DriftOracle {
  readonly numeric: Record<
    string,
    {
      readonly full: {
        readonly ks: KsExpected;
        readonly wasserstein: number;
        readonly normed_wasserstein: number;
        readonly bins: Record<string, BinsExpected>;
      };
      readonly subsamples: { readonly n1: number; readonly n2: number; readonly ks: KsExpected }[];
    }
  >;
  readonly categorical: Record<
    string,
    DistancesExpected & {
      readonly categories: string[];
      readonly reference_counts: number[];
      readonly current_counts: number[];
      readonly chi_square: { readonly statistic: number; readonly pValue: number; readonly dof: number };
    }
  >;
  readonly drifted: Record<string, Record<string, KsExpected>>;
  readonly z_sex: { readonly success: string; readonly statistic: number; readonly pValue: number };
  readonly z_sex_drifted: { readonly statistic: number; readonly pValue: number };
  readonly z_extreme: { readonly args: [number, number, number, number]; readonly statistic: number; readonly pValue: number };
  readonly chi_square_new_category: { readonly statistic: string; readonly pValue: number };
  readonly ks_synthetic: (KsExpected & { readonly a: number[]; readonly b: number[]; readonly wasserstein: number })[];
  readonly ks_large: (KsExpected & { n1: number; n2: number; scale: number; shift: number })[];
  readonly kstwo: { readonly n: number; readonly x: number; readonly sf: number; readonly cdf: number }[];
  readonly smirnov: { readonly n: number; readonly x: number; readonly sf: number }[];
}

export const oracle = JSON.parse(
  readFileSync(`${root}test/fixtures/drift-oracle.json`, 'utf8'),
) as DriftOracle;

/** The Adult CSVs hold no quotes or embedded commas, so a plain split reads them. */
function readCsv(name: 'reference' | 'current'): { header: string[]; rows: string[][] } {
  const lines = readFileSync(`${root}examples/data/adult/${name}.csv`, 'utf8').trimEnd().split('\n');
  return { header: lines[0]!.split(','), rows: lines.slice(1).map((line) => line.split(',')) };
}

const cache = new Map<string, { header: string[]; rows: string[][] }>();
function table(name: 'reference' | 'current'): { header: string[]; rows: string[][] } {
  let t = cache.get(name);
  if (!t) {
    t = readCsv(name);
    cache.set(name, t);
  }
  return t;
}

/** The non-missing cells of a column as strings, in row order. */
export function adultStrings(name: 'reference' | 'current', column: string): string[] {
  const t = table(name);
  const index = t.header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return t.rows.map((row) => row[index] ?? '').filter((cell) => cell !== '');
}

/** The non-missing cells of a numeric column, in row order. */
export function adultNumbers(name: 'reference' | 'current', column: string): Float64Array {
  return Float64Array.from(adultStrings(name, column), Number);
}

/** Dictionary-encode strings (first-seen order), as the data room's categorical columns. */
export function encode(values: readonly string[]): { codes: Int32Array; dictionary: string[] } {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((value, i) => {
    let code = index.get(value);
    if (code === undefined) {
      code = dictionary.length;
      dictionary.push(value);
      index.set(value, code);
    }
    codes[i] = code;
  });
  return { codes, dictionary };
}

/** Statistics: within 1e-9 relative (or exactly 0). */
export function expectStatistic(actual: number, expected: number): void {
  if (expected === actual) return;
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** p-values: within 1e-6 relative or 1e-12 absolute. */
export function expectPValue(actual: number, expected: number): void {
  const error = Math.abs(actual - expected);
  if (error <= 1e-12) return;
  expect(error).toBeLessThanOrEqual(1e-6 * Math.abs(expected));
}

/** Deterministic pseudo-uniform data, as drift_oracle.py's sequence(). */
export function sequence(count: number, mult: number, mod: number, scale: number, offset: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = (((i * mult) % mod) / mod) * scale + offset;
  return out;
}
