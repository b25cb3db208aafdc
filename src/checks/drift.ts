/**
 * `type: drift` — does the distribution of each column in the current data differ from the
 * reference? One statistic per column (docs/statistics.md#drift), a verdict per column from
 * the policy's thresholds, and the share of drifted columns for the dataset.
 *
 * `method: auto` chooses per column as Evidently does: with at most 1,000 non-missing reference
 * values, a test (numeric with > 5 distinct values: ks; > 2: chi_square; else z; categorical
 * with > 2 categories: chi_square, else z); above 1,000, a distance (numeric with > 5 distinct
 * values: wasserstein; otherwise jensen_shannon). Tests are judged on their p-value
 * (`p_value` thresholds), distances on the statistic (`per_feature` thresholds).
 */
import type { CategoricalColumn, Column, Table } from '../data/table.js';
import type { DriftCheckSpec, DriftMethod } from '../policy/types.js';
import { ksTwoSampleSorted } from '../stats/ks.js';
import { chiSquareGoodnessOfFit } from '../stats/chi-square.js';
import { twoProportionZ } from '../stats/z-test.js';
import { normedWassersteinSorted } from '../stats/wasserstein.js';
import { binCounts, categoryCounts, quantileEdges } from '../stats/bins.js';
import { hellinger, jensenShannonDistance, klDivergence, psi } from '../stats/distances.js';
import type { DriftColumnDetail, DriftDetails } from './details.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { selectColumns } from './columns.js';
import { judge } from './threshold.js';
import { worstStatus } from './status.js';
import { sortFloat64 } from '../stats/sort.js';

const TESTS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi_square', 'z']);
const AUTO_TEST_LIMIT = 1000;

/** A column prepared for comparison: sorted finite values, or the categorical column itself. */
type Prepared =
  | { readonly kind: 'numeric'; readonly sorted: Float64Array }
  | { readonly kind: 'categorical'; readonly column: CategoricalColumn; readonly total: number };

/**
 * Prepares a column; numeric values are copied into `scratch` (reused across columns, so a
 * wide table does not leave one garbage copy per column behind) and sorted there.
 */
function prepare(column: Column, scratch: Float64Array): Prepared | null {
  if (column.kind === 'timestamp') return null;
  if (column.kind === 'categorical') {
    let total = 0;
    for (const code of column.codes) if (code >= 0) total++;
    return { kind: 'categorical', column, total };
  }
  let n = 0;
  const values = column.values;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) scratch[n++] = v;
  }
  return { kind: 'numeric', sorted: sortFloat64(scratch.subarray(0, n)) };
}

function sizeOf(p: Prepared): number {
  return p.kind === 'numeric' ? p.sorted.length : p.total;
}

/** Distinct values in the union of two sorted arrays, counting no further than `limit + 1`. */
function distinctUpTo(a: Float64Array, b: Float64Array, limit: number): number {
  const seen = new Set<number>();
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      if (i > 0 && arr[i] === arr[i - 1]) continue;
      seen.add(arr[i]!);
      if (seen.size > limit) return seen.size;
    }
  }
  return seen.size;
}

function autoMethod(ref: Prepared, cur: Prepared): DriftMethod {
  const small = sizeOf(ref) <= AUTO_TEST_LIMIT;
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const distinct = distinctUpTo(ref.sorted, cur.sorted, 5);
    if (small) return distinct > 5 ? 'ks' : distinct > 2 ? 'chi_square' : 'z';
    return distinct > 5 ? 'wasserstein' : 'jensen_shannon';
  }
  if (!small) return 'jensen_shannon';
  return categoryCounts(asCategories(ref), asCategories(cur)).categories.length > 2 ? 'chi_square' : 'z';
}

/** A numeric column with few distinct values, seen as categories (one per distinct value). */
function asCategories(p: Prepared): { codes: Int32Array; dictionary: readonly string[] } {
  if (p.kind === 'categorical') return p.column;
  const dictionary: string[] = [];
  const codes = new Int32Array(p.sorted.length);
  for (let i = 0; i < p.sorted.length; i++) {
    if (i === 0 || p.sorted[i] !== p.sorted[i - 1]) dictionary.push(String(p.sorted[i]));
    codes[i] = dictionary.length - 1;
  }
  return { codes, dictionary };
}

/** Reference and current counts over the union of categories (reference's first). */
function alignedCounts(ref: Prepared, cur: Prepared): ReturnType<typeof categoryCounts> {
  return categoryCounts(asCategories(ref), asCategories(cur));
}

/** Binned counts: quantile bins of the reference for numeric columns, categories otherwise. */
function binned(ref: Prepared, cur: Prepared, bins: number): { reference: Float64Array; current: Float64Array } {
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const edges = quantileEdges(ref.sorted, bins);
    return { reference: binCounts(ref.sorted, edges), current: binCounts(cur.sorted, edges) };
  }
  return alignedCounts(ref, cur);
}

function shares(counts: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}

interface Measured {
  readonly statistic: number;
  readonly pValue: number | null;
}

function measure(method: DriftMethod, ref: Prepared, cur: Prepared, bins: number): Measured | string {
  const numeric = ref.kind === 'numeric' && cur.kind === 'numeric';
  switch (method) {
    case 'ks': {
      if (!numeric) return 'ks needs a numeric column';
      const r = ksTwoSampleSorted(ref.sorted, cur.sorted);
      return { statistic: r.statistic, pValue: r.pValue };
    }
    case 'wasserstein':
      if (!numeric) return 'wasserstein needs a numeric column';
      return { statistic: normedWassersteinSorted(ref.sorted, cur.sorted), pValue: null };
    case 'chi_square': {
      const { reference, current } = alignedCounts(ref, cur);
      const r = chiSquareGoodnessOfFit(current, shares(reference));
      return { statistic: r.statistic, pValue: r.pValue };
    }
    case 'z': {
      const { categories, reference, current } = alignedCounts(ref, cur);
      if (categories.length > 2) return `z compares two proportions, but the column has ${categories.length} distinct values`;
      const nRef = sizeOf(ref);
      const nCur = sizeOf(cur);
      const r = twoProportionZ(reference[0] ?? 0, nRef, current[0] ?? 0, nCur);
      return { statistic: r.statistic, pValue: r.pValue };
    }
    case 'jensen_shannon':
    case 'psi':
    case 'kl':
    case 'hellinger': {
      const { reference, current } = binned(ref, cur, bins);
      const distance = { jensen_shannon: jensenShannonDistance, psi, kl: klDivergence, hellinger }[method];
      return { statistic: distance(reference, current), pValue: null };
    }
  }
}

function columnKind(column: Column): 'numeric' | 'categorical' {
  return column.kind === 'categorical' ? 'categorical' : 'numeric';
}

interface Scratch {
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

function compareColumn(name: string, spec: DriftCheckSpec, reference: Table, current: Table, scratch: Scratch): DriftColumnDetail {
  const refColumn = reference.column(name);
  const curColumn = current.column(name);
  const method: DriftMethod = spec.method === 'auto' ? 'jensen_shannon' : spec.method;
  const empty = {
    column: name,
    kind: columnKind(refColumn ?? curColumn ?? { kind: 'numeric', name, values: new Float64Array(0) }),
    method,
    statistic: null,
    p_value: null,
    score: null,
    thresholds: TESTS.has(method) ? spec.p_value : spec.per_feature,
    drifted: false,
    reference_rows: 0,
    current_rows: 0,
  };
  if (refColumn === undefined || curColumn === undefined) {
    const where = refColumn === undefined ? 'reference' : 'current';
    return { ...empty, status: 'error', message: `column "${name}" is not in the ${where} data` };
  }
  if (columnKind(refColumn) !== columnKind(curColumn)) {
    return {
      ...empty,
      status: 'error',
      message: `column "${name}" is ${columnKind(refColumn)} in the reference data but ${columnKind(curColumn)} in the current data`,
    };
  }
  const ref = prepare(refColumn, scratch.reference);
  const cur = prepare(curColumn, scratch.current);
  if (ref === null || cur === null) {
    return { ...empty, status: 'error', message: `column "${name}" holds timestamps; drift compares values` };
  }
  const sizes = { reference_rows: sizeOf(ref), current_rows: sizeOf(cur) };
  if (sizes.reference_rows === 0 || sizes.current_rows < spec.min_samples) {
    const which = sizes.reference_rows === 0 ? 'no reference values' : `${sizes.current_rows} current values, fewer than min_samples ${spec.min_samples}`;
    return { ...empty, ...sizes, status: 'no_data', message: `${which}` };
  }
  const chosen = spec.method === 'auto' ? autoMethod(ref, cur) : spec.method;
  const isTest = TESTS.has(chosen);
  const thresholds = isTest ? spec.p_value : spec.per_feature;
  const measured = measure(chosen, ref, cur, spec.bins);
  if (typeof measured === 'string') {
    return { ...empty, ...sizes, method: chosen, thresholds, status: 'error', message: measured };
  }
  const score = isTest ? measured.pValue! : measured.statistic;
  const verdict = judge(score, thresholds);
  const infinite = Number.isFinite(measured.statistic)
    ? ''
    : ` (the ${chosen} statistic is infinite: a value never seen in the reference appears)`;
  const what = (isTest ? `p-value ${formatNumber(score)}` : `${chosen} ${formatNumber(score)}`) + infinite;
  const status: Status = verdict.status;
  const message =
    verdict.status === 'error'
      ? `${chosen} could not be judged: ${verdict.reason}`
      : verdict.status === 'pass'
        ? `${what}: no drift`
        : `${what} ${verdict.breached ?? ''}: ${verdict.status === 'fail' ? 'drifted' : 'drift warning'}`;
  return {
    ...empty,
    ...sizes,
    method: chosen,
    statistic: measured.statistic,
    p_value: measured.pValue,
    score,
    thresholds,
    status,
    drifted: status === 'fail',
    message,
  };
}

function formatNumber(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}

export const driftCheck: CheckModule<DriftCheckSpec, DriftDetails> = {
  type: 'drift',
  run(spec: DriftCheckSpec, context: CheckContext): CheckOutcome<DriftDetails> {
    const base = { thresholds: { ...spec.per_feature }, details: emptyDetails(spec) };
    if (context.reference === null) {
      return { ...base, status: 'error', value: null, message: 'drift needs reference data (data.reference)' };
    }
    if (context.current.rowCount < spec.min_samples) {
      return {
        ...base,
        status: 'no_data',
        value: null,
        message: `${context.current.rowCount} current rows, fewer than min_samples ${spec.min_samples}`,
      };
    }
    const names = selectColumns(spec.features, context.policy, context.reference);
    const scratch = { reference: new Float64Array(context.reference.rowCount), current: new Float64Array(context.current.rowCount) };
    const columns = names.map((name) => compareColumn(name, spec, context.reference!, context.current, scratch));
    const evaluated = columns.filter((c) => c.status === 'pass' || c.status === 'warn' || c.status === 'fail');
    const drifted = evaluated.filter((c) => c.drifted);
    const share = evaluated.length === 0 ? null : drifted.length / evaluated.length;
    const shareThresholds = spec.dataset?.share_drifted;
    const shareVerdict = share !== null && shareThresholds !== undefined ? judge(share, shareThresholds) : null;
    const details: DriftDetails = {
      kind: 'drift',
      method: spec.method,
      columns,
      evaluated_columns: evaluated.length,
      drifted_columns: drifted.length,
      share_drifted: share,
      share_drifted_status: shareVerdict?.status ?? null,
    };
    const statuses: Status[] = columns.map((c) => c.status);
    if (shareVerdict !== null) statuses.push(shareVerdict.status);
    let status = worstStatus(statuses, 'no_data');
    if (evaluated.length === 0 && status !== 'error') status = 'no_data';
    // What the report shows as applied: the dataset thresholds when given, else the per-column
    // thresholds of the kind of method used (p-values for tests, the statistic for distances).
    const usedTests = evaluated.length > 0 && evaluated.every((c) => TESTS.has(c.method));
    const thresholds = shareThresholds ? { ...shareThresholds } : usedTests || TESTS.has(spec.method as DriftMethod) ? { ...spec.p_value } : base.thresholds;
    return { status, value: share, thresholds, details, message: driftMessage(columns, evaluated.length, drifted.length, share) };
  },
};

function emptyDetails(spec: DriftCheckSpec): DriftDetails {
  return {
    kind: 'drift',
    method: spec.method,
    columns: [],
    evaluated_columns: 0,
    drifted_columns: 0,
    share_drifted: null,
    share_drifted_status: null,
  };
}

function driftMessage(columns: readonly DriftColumnDetail[], evaluated: number, drifted: number, share: number | null): string {
  const errors = columns.filter((c) => c.status === 'error');
  const warned = columns.filter((c) => c.status === 'warn');
  const parts: string[] = [];
  if (evaluated === 0) parts.push(`no column could be compared (${columns.length} selected)`);
  else if (drifted === 0) parts.push(`no drift in ${evaluated} columns`);
  else {
    const names = columns.filter((c) => c.drifted).map((c) => c.column);
    const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? `, +${names.length - 5} more` : '');
    parts.push(`${drifted} of ${evaluated} columns drifted (${Math.round((share ?? 0) * 100)}%): ${listed}`);
  }
  if (warned.length > 0) parts.push(`${warned.length} near the limit`);
  if (errors.length > 0) parts.push(`${errors.length} could not be compared (${errors[0]!.message})`);
  return parts.join('; ');
}
