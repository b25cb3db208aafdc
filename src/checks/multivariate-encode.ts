/**
 * How a multivariate drift check turns table columns into a numeric matrix (row-major
 * Float64Array, one column per encoded feature). Two encodings, both fitted on data the check
 * names and applied to the other side (docs/statistics.md#multivariate-drift):
 *
 * - `countEncoding` (pca_reconstruction), as NannyML's DataReconstructionDriftCalculator: a
 *   missing number takes the reference mean, a missing category the reference's most frequent
 *   one (ties: the first in text order, as scikit-learn's SimpleImputer); a category becomes its
 *   share of the imputed reference rows (category_encoders' CountEncoder(normalize=True); a
 *   category the reference never saw becomes 0); then each column is standardised by the
 *   reference's mean and population standard deviation (a column constant on the reference is
 *   only centred, as StandardScaler). One column per feature.
 * - `oneHotEncoding` (domain_classifier): a number is kept, with a `(missing)` indicator when
 *   any pooled row lacks it (the missing value takes the pooled mean); a category becomes one
 *   indicator per each of its TOP_CATEGORIES most frequent reference values (ties in text order),
 *   `(other)` for any other value and `(missing)`; indicators constant over the pooled rows are
 *   dropped, and every column is standardised over the pooled rows (population std).
 *
 * Pure given the tables; O(rows × columns). Returns problems (a column with no reference value)
 * as failures, never throws for data.
 */
import type { CategoricalColumn, NumericColumn, Table } from '../data/table.js';
import { failure, ok, type Result } from '../problems.js';

export const TOP_CATEGORIES = 10;

/** A feature column found on both sides, with its kind. */
export interface FeaturePair {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
}

/** The columns of `names`, checked on both tables: present, of one kind, not timestamps. */
export function featurePairs(names: readonly string[], reference: Table, current: Table): Result<FeaturePair[]> {
  const pairs: FeaturePair[] = [];
  for (const name of names) {
    const ref = reference.column(name);
    const cur = current.column(name);
    if (ref === undefined || cur === undefined) {
      const where = ref === undefined && cur === undefined ? 'reference or the current' : ref === undefined ? 'reference' : 'current';
      return failure('check/missing-column', `column "${name}" is not in the ${where} data`);
    }
    if (ref.kind === 'timestamp' || cur.kind === 'timestamp') return failure('check/wrong-kind', `column "${name}" holds timestamps; multivariate drift reads numbers and categories`);
    if (ref.kind !== cur.kind) return failure('data/kind-mismatch', `column "${name}" is ${ref.kind} in the reference data but ${cur.kind} in the current data`);
    pairs.push({ name, kind: ref.kind });
  }
  return ok(pairs);
}

function numericOf(table: Table, name: string): NumericColumn {
  return table.column(name) as NumericColumn;
}

function categoricalOf(table: Table, name: string): CategoricalColumn {
  return table.column(name) as CategoricalColumn;
}

/** Category counts of a column by text, missing left out. */
function categoryCounts(column: CategoricalColumn): Map<string, number> {
  const byCode = new Float64Array(column.dictionary.length);
  for (const code of column.codes) if (code >= 0) byCode[code]!++;
  const counts = new Map<string, number>();
  column.dictionary.forEach((text, code) => {
    if (byCode[code]! > 0) counts.set(text, (counts.get(text) ?? 0) + byCode[code]!);
  });
  return counts;
}

/** Text order by UTF-16 code units (sorted() of Python agrees outside the astral planes). */
function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Categories by count, largest first, ties in text order. */
function ranked(counts: Map<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || textOrder(a, b));
}

/** Per-row values of a categorical column mapped through `valueOf(text)` (missing: `missing`). */
function mapCategories(column: CategoricalColumn, valueOf: (text: string) => number, missing: number): (row: number) => number {
  const byCode = Float64Array.from(column.dictionary, valueOf);
  return (row) => {
    const code = column.codes[row]!;
    return code < 0 ? missing : byCode[code]!;
  };
}

export interface Encoded {
  /** rows × width, row-major. */
  readonly matrix: Float64Array;
  readonly rows: number;
  readonly width: number;
}

export interface CountEncoding {
  readonly reference: Encoded;
  readonly current: Encoded;
  /** One entry per feature, in the order of the matrix columns. */
  readonly features: readonly FeaturePair[];
}

/** NannyML's preprocessing for PCA: impute, count-encode and standardise on the reference. */
export function countEncoding(features: readonly FeaturePair[], reference: Table, current: Table): Result<CountEncoding> {
  const p = features.length;
  const getters: { ref: (row: number) => number; cur: (row: number) => number }[] = [];
  for (const feature of features) {
    if (feature.kind === 'numeric') {
      const ref = numericOf(reference, feature.name).values;
      let sum = 0;
      let count = 0;
      for (const v of ref) {
        if (v === v) {
          sum += v;
          count++;
        }
      }
      if (count === 0) return failure('check/no-reference', `column "${feature.name}" has no value in the reference data, so it cannot be imputed or standardised; leave it out of columns`);
      const mean = sum / count;
      const cur = numericOf(current, feature.name).values;
      getters.push({ ref: (row) => (ref[row]! === ref[row]! ? ref[row]! : mean), cur: (row) => (cur[row]! === cur[row]! ? cur[row]! : mean) });
    } else {
      const refColumn = categoricalOf(reference, feature.name);
      const counts = categoryCounts(refColumn);
      if (counts.size === 0) return failure('check/no-reference', `column "${feature.name}" has no value in the reference data, so it cannot be imputed or encoded; leave it out of columns`);
      const mode = ranked(counts)[0]!;
      let missing = 0;
      for (const code of refColumn.codes) if (code < 0) missing++;
      counts.set(mode, counts.get(mode)! + missing);
      const n = reference.rowCount;
      const share = (text: string) => (counts.get(text) ?? 0) / n;
      getters.push({ ref: mapCategories(refColumn, share, share(mode)), cur: mapCategories(categoricalOf(current, feature.name), share, share(mode)) });
    }
  }
  const fill = (rows: number, side: 'ref' | 'cur'): Float64Array => {
    const m = new Float64Array(rows * p);
    for (let j = 0; j < p; j++) {
      const get = getters[j]![side];
      for (let i = 0; i < rows; i++) m[i * p + j] = get(i);
    }
    return m;
  };
  const refMatrix = fill(reference.rowCount, 'ref');
  const curMatrix = fill(current.rowCount, 'cur');
  const { mean, scale } = columnScale(refMatrix, reference.rowCount, p);
  standardise(refMatrix, reference.rowCount, p, mean, scale);
  standardise(curMatrix, current.rowCount, p, mean, scale);
  return ok({ reference: { matrix: refMatrix, rows: reference.rowCount, width: p }, current: { matrix: curMatrix, rows: current.rowCount, width: p }, features });
}

/** Column means and population standard deviations (1 for a constant column), two passes. */
function columnScale(m: Float64Array, rows: number, p: number): { mean: Float64Array; scale: Float64Array; constant: Uint8Array } {
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  const constant = new Uint8Array(p);
  for (let j = 0; j < p; j++) {
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < rows; i++) {
      const v = m[i * p + j]!;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const mu = sum / rows;
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += (m[i * p + j]! - mu) ** 2;
    mean[j] = mu;
    constant[j] = min === max ? 1 : 0;
    scale[j] = min === max ? 1 : Math.sqrt(ss / rows);
  }
  return { mean, scale, constant };
}

function standardise(m: Float64Array, rows: number, p: number, mean: Float64Array, scale: Float64Array): void {
  for (let i = 0; i < rows; i++) for (let j = 0; j < p; j++) m[i * p + j] = (m[i * p + j]! - mean[j]!) / scale[j]!;
}

/** One column of the one-hot design: its feature and level (null for a number's value). */
export interface EncodedColumn {
  readonly feature: string;
  /** A category, `(other)` or `(missing)`; null for the value of a numeric feature. */
  readonly level: string | null;
}

export interface OneHotEncoding {
  /** Reference rows first, then current rows; standardised over all of them. */
  readonly design: Encoded;
  readonly columns: readonly EncodedColumn[];
  /** Per column, what makes it sparse again when added (see LogisticOptions.offsets). */
  readonly offsets: Float64Array;
}

export const OTHER = '(other)';
export const MISSING = '(missing)';

/** The domain classifier's design: reference rows then current rows, one-hot, standardised. */
export function oneHotEncoding(features: readonly FeaturePair[], reference: Table, current: Table): OneHotEncoding {
  const nRef = reference.rowCount;
  const n = nRef + current.rowCount;
  const candidates: { column: EncodedColumn; values: Float64Array }[] = [];
  const pooled = (get: (table: Table, row: number) => number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < nRef; i++) out[i] = get(reference, i);
    for (let i = nRef; i < n; i++) out[i] = get(current, i - nRef);
    return out;
  };
  for (const feature of features) {
    if (feature.kind === 'numeric') {
      const values = pooled((table, row) => numericOf(table, feature.name).values[row]!);
      let sum = 0;
      let count = 0;
      for (const v of values) {
        if (v === v) {
          sum += v;
          count++;
        }
      }
      if (count < n) {
        candidates.push({ column: { feature: feature.name, level: MISSING }, values: Float64Array.from(values, (v) => (v === v ? 0 : 1)) });
        const mean = count === 0 ? 0 : sum / count;
        for (let i = 0; i < n; i++) if (values[i] !== values[i]) values[i] = mean;
      }
      candidates.push({ column: { feature: feature.name, level: null }, values });
    } else {
      const refColumn = categoricalOf(reference, feature.name);
      const top = ranked(categoryCounts(refColumn)).slice(0, TOP_CATEGORIES);
      const slot = new Map(top.map((text, k) => [text, k]));
      // Level index per row: 0…top−1 for a top category, top for (other), top + 1 for (missing).
      const levelOf = (column: CategoricalColumn) => mapCategories(column, (text) => slot.get(text) ?? top.length, top.length + 1);
      const refLevel = levelOf(refColumn);
      const curLevel = levelOf(categoricalOf(current, feature.name));
      const levels = pooled((table, row) => (table === reference ? refLevel(row) : curLevel(row)));
      [...top, OTHER, MISSING].forEach((level, k) => {
        candidates.push({ column: { feature: feature.name, level }, values: Float64Array.from(levels, (l) => (l === k ? 1 : 0)) });
      });
    }
  }
  const kept = candidates.filter((c) => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of c.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return min !== max;
  });
  const width = kept.length;
  const matrix = new Float64Array(n * width);
  kept.forEach((c, j) => {
    for (let i = 0; i < n; i++) matrix[i * width + j] = c.values[i]!;
  });
  const { mean, scale } = columnScale(matrix, n, width);
  standardise(matrix, n, width, mean, scale);
  // An indicator's 0 becomes −mean/scale; adding mean/scale back gives exactly 0 again, which
  // lets the logistic regression's Hessian visit the few non-zero indicators of each row.
  const offsets = Float64Array.from(kept, (c, j) => (c.column.level === null ? 0 : mean[j]! / scale[j]!));
  return { design: { matrix, rows: n, width }, columns: kept.map((c) => c.column), offsets };
}
