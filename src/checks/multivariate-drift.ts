/**
 * `type: multivariate_drift` — did the rows of several columns, taken together, move away from
 * the reference? Univariate drift misses a change in how columns go together; these two methods
 * see it (docs/statistics.md#multivariate-drift):
 *
 * - `pca_reconstruction` (NannyML's DataReconstructionDriftCalculator): the columns are imputed,
 *   count-encoded and standardised on the reference (./multivariate-encode.ts), a PCA fitted on
 *   the reference keeps the components explaining `variance` of it, and the value is the mean
 *   reconstruction error of the current rows. Without warn/fail the band is the mean ± 3 std of
 *   the errors of the reference's own chunks: outside it fails.
 * - `domain_classifier`: the cross-validated ROC AUC of an L2 logistic regression telling sampled
 *   reference rows from sampled current rows (one-hot encoded); 0.5 means no drift.
 *
 * Both name the features that contribute most. Expected conditions are outcomes, not exceptions.
 */
import { mulberry32 } from '../data/random.js';
import { sampleRows } from '../data/sample.js';
import type { Table } from '../data/table.js';
import type { MultivariateDriftCheckSpec, MultivariateDriftMethod, Thresholds } from '../policy/types.js';
import type { Failure } from '../problems.js';
import { crossValidatedAuc } from '../stats/domain-classifier.js';
import { fitLogisticL2 } from '../stats/logistic-regression.js';
import { fitPca, reconstruct } from '../stats/pca.js';
import { selectColumns } from './columns.js';
import type { MultivariateDriftDetails, MultivariateFeatureDetail } from './details.js';
import { countEncoding, featurePairs, MISSING, oneHotEncoding, OTHER, type FeaturePair } from './multivariate-encode.js';
import { judge } from './threshold.js';
import type { TimeBudget } from './budget.js';
import type { AppliedThresholds, CheckContext, CheckModule, CheckOutcome } from './types.js';

export const BAND_STDS = 3;
/** Coefficients listed in the details. */
const LISTED_COEFFICIENTS = 20;
/** Features named in the message. */
const NAMED_FEATURES = 3;

type Outcome = CheckOutcome<MultivariateDriftDetails | null>;
type Pca = Extract<MultivariateDriftMethod, { kind: 'pca_reconstruction' }>;
type Classifier = Extract<MultivariateDriftMethod, { kind: 'domain_classifier' }>;

function fmt(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString('en-US') : String(Number(x.toPrecision(4)));
}

function problem(f: Failure, thresholds: Thresholds): Outcome {
  return { status: f.status, code: f.code, value: null, thresholds, message: f.message, details: null };
}

/** The reference's chunks as row ranges: ⌊c·n/K⌋ … ⌊(c+1)·n/K⌋ − 1, as performance's derived band. */
function chunkBounds(n: number, chunks: Pca['chunks']): number[] {
  const count = 'count' in chunks ? chunks.count : Math.floor(n / chunks.size);
  return Array.from({ length: count + 1 }, (_, c) => Math.floor((c * n) / count));
}

/** `age`, `capital_gain (missing)`, `workclass (other)`, `sex = Female`. */
export function featureLabel(f: { readonly column: string; readonly level?: string | null }): string {
  if (f.level === undefined || f.level === null) return f.column;
  return f.level === MISSING || f.level === OTHER ? `${f.column} ${f.level}` : `${f.column} = ${f.level}`;
}

/** The verdict and message tail shared by both methods. */
function verdict(value: number, thresholds: AppliedThresholds, reference: number | null, what: string, features: readonly MultivariateFeatureDetail[], label: string): Pick<Outcome, 'status' | 'code' | 'message'> {
  const v = judge(value, thresholds, reference);
  const named = features.slice(0, NAMED_FEATURES).map(featureLabel);
  const most = named.length === 0 ? '' : `; ${label}: ${named.join(', ')}`;
  if (v.status === 'error') return { status: 'error', code: v.code, message: `${what}${most}; ${v.message}` };
  const reason = v.status === 'pass' ? 'within thresholds' : `${v.status}: ${v.breached ?? ''}`;
  return { status: v.status, message: `${what}${most}; ${reason}` };
}

function runPca(spec: MultivariateDriftCheckSpec, method: Pca, features: FeaturePair[], reference: Table, current: Table, budget: TimeBudget | undefined): Outcome {
  const given: Thresholds = { ...(spec.warn && { warn: spec.warn }), ...(spec.fail && { fail: spec.fail }) };
  if (features.length < 2) {
    return problem({ ok: false, status: 'error', code: 'check/missing-column', message: `PCA reconstruction needs at least 2 columns, and the check has ${features.length}; name more in columns, or use a drift check` }, given);
  }
  const bounds = chunkBounds(reference.rowCount, method.chunks);
  const chunkCount = bounds.length - 1;
  if (chunkCount < 2 || bounds[1]! < 1) {
    return problem({ ok: false, status: 'no_data', code: 'check/no-data', message: `${reference.rowCount} reference rows cannot be cut into at least 2 chunks${'size' in method.chunks ? ` of ${method.chunks.size} rows` : ''}` }, given);
  }
  const encoded = countEncoding(features, reference, current);
  if (!encoded.ok) return problem(encoded, given);
  const { reference: ref, current: cur } = encoded.value;
  budget?.check();
  const fit = fitPca(ref.matrix, ref.rows, ref.width, method.variance);
  if (fit.k === fit.p) {
    return problem({ ok: false, status: 'error', code: 'check/undefined-metric', message: `keeping ${fmt(method.variance)} of the variance needs all ${fit.p} components, so nothing is left to measure; lower variance` }, given);
  }
  const refErrors = reconstruct(fit, ref.matrix, ref.rows);
  const curErrors = reconstruct(fit, cur.matrix, cur.rows);
  const mean = (xs: Float64Array, lo = 0, hi = xs.length) => {
    let s = 0;
    for (let i = lo; i < hi; i++) s += xs[i]!;
    return s / (hi - lo);
  };
  const value = mean(curErrors.errors);
  const referenceValue = mean(refErrors.errors);
  const chunkMeans = Array.from({ length: chunkCount }, (_, c) => mean(refErrors.errors, bounds[c]!, bounds[c + 1]!));
  const bandMean = chunkMeans.reduce((s, v) => s + v, 0) / chunkCount;
  const std = Math.sqrt(chunkMeans.reduce((s, v) => s + (v - bandMean) ** 2, 0) / chunkCount);
  const band = { chunks: chunkCount, chunk_rows: Math.floor(reference.rowCount / chunkCount), mean: bandMean, std, low: Math.max(0, bandMean - BAND_STDS * std), high: bandMean + BAND_STDS * std };
  const derived = spec.warn === undefined && spec.fail === undefined && spec.memory === undefined;
  const thresholds: AppliedThresholds = derived
    ? {
        fail: { not_between: [band.low, band.high] },
        derived_from: `reference: mean ± ${BAND_STDS} std of the mean reconstruction error over ${chunkCount} chunks of about ${fmt(band.chunk_rows)} rows (${fmt(bandMean)} ± ${fmt(BAND_STDS * std)}, low clipped at 0; fails outside)`,
      }
    : given;
  const featureDetails: MultivariateFeatureDetail[] = features
    .map((f, j) => {
      const residualReference = refErrors.squaredResiduals[j]! / ref.rows;
      const residualCurrent = curErrors.squaredResiduals[j]! / cur.rows;
      return { column: f.name, kind: f.kind, contribution: residualCurrent - residualReference, residual_reference: residualReference, residual_current: residualCurrent };
    })
    .sort((a, b) => b.contribution - a.contribution);
  let explained = 0;
  for (let c = 0; c < fit.k; c++) explained += fit.ratios[c]!;
  const details: MultivariateDriftDetails = {
    kind: 'multivariate_drift',
    method: 'pca_reconstruction',
    columns: features.map((f) => f.name),
    rows: { reference: ref.rows, current: cur.rows },
    features: featureDetails,
    pca: { variance: method.variance, components: fit.k, encoded_columns: fit.p, explained_variance: explained, explained_variance_ratio: Array.from(fit.ratios.subarray(0, fit.k)) },
    band,
    classifier: null,
  };
  const what =
    `mean PCA reconstruction error ${fmt(value)} over ${fmt(cur.rows)} rows (reference ${fmt(referenceValue)}; ` +
    `reference chunks ${fmt(band.low)} to ${fmt(band.high)}); ${fit.k} of ${fit.p} components keep ${fmt(100 * explained)}% of the variance`;
  return { ...verdict(value, thresholds, referenceValue, what, featureDetails, 'most changed'), value, reference_value: referenceValue, thresholds, details };
}

/**
 * Each row's fold, stratified and seeded: one mulberry32 stream shuffles the reference rows
 * (Fisher–Yates, from the last row down: j = ⌊u·(i + 1)⌋), then the current rows; the row at
 * shuffled position k goes to fold k mod K. Reference rows come first in the returned array.
 */
export function stratifiedFolds(referenceRows: number, currentRows: number, folds: number, seed: number): Uint8Array {
  const random = mulberry32(seed);
  const fold = new Uint8Array(referenceRows + currentRows);
  for (const [offset, n] of [[0, referenceRows], [referenceRows, currentRows]] as const) {
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random.uniform() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    order.forEach((row, k) => {
      fold[offset + row] = k % folds;
    });
  }
  return fold;
}

function runClassifier(spec: MultivariateDriftCheckSpec, method: Classifier, features: FeaturePair[], referenceAll: Table, currentAll: Table, budget: TimeBudget | undefined): Outcome {
  const thresholds: AppliedThresholds = { ...(spec.warn && { warn: spec.warn }), ...(spec.fail && { fail: spec.fail }) };
  const reference = sampleRows(referenceAll, method.max_rows, method.seed);
  const current = sampleRows(currentAll, method.max_rows, method.seed);
  const smaller = Math.min(reference.rowCount, current.rowCount);
  if (smaller < method.folds) {
    return problem({ ok: false, status: 'no_data', code: 'check/no-data', message: `${smaller} rows on one side, fewer than the ${method.folds} folds` }, thresholds);
  }
  const { design, columns, offsets } = oneHotEncoding(features, reference, current);
  const n = design.rows;
  const p = design.width;
  if (p === 0) {
    return problem({ ok: false, status: 'error', code: 'check/undefined-metric', message: 'every encoded column is constant over the reference and current rows; there is nothing to classify on' }, thresholds);
  }
  const y = new Uint8Array(n);
  y.fill(1, reference.rowCount);
  const fold = stratifiedFolds(reference.rowCount, current.rowCount, method.folds, method.seed);
  budget?.check();
  const full = fitLogisticL2(design.matrix, y, n, p, method.c, { offsets });
  const cv = crossValidatedAuc(design.matrix, y, n, p, fold, method.folds, method.c, { start: full, offsets, ...(budget && { beforeFold: () => budget.check() }) });
  const fits = [full, ...cv.models];
  if (fits.some((m) => !m.converged)) {
    return problem({ ok: false, status: 'error', code: 'check/undefined-metric', message: 'the logistic regression did not converge; lower c (stronger regularisation) or name fewer columns' }, thresholds);
  }
  const value = cv.auc;
  const byColumn = columns.map((col, j) => ({ column: col.feature, level: col.level, coefficient: full.coefficients[j]! }));
  const ranked = [...byColumn].sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
  const featureDetails: MultivariateFeatureDetail[] = features
    .map((f): MultivariateFeatureDetail => {
      const top = ranked.find((c) => c.column === f.name);
      return { column: f.name, kind: f.kind, contribution: top === undefined ? 0 : Math.abs(top.coefficient), level: top?.level ?? null, coefficient: top?.coefficient ?? 0 };
    })
    .sort((a, b) => b.contribution - a.contribution);
  const details: MultivariateDriftDetails = {
    kind: 'multivariate_drift',
    method: 'domain_classifier',
    columns: features.map((f) => f.name),
    rows: { reference: reference.rowCount, current: current.rowCount },
    features: featureDetails,
    pca: null,
    band: null,
    classifier: {
      folds: method.folds,
      c: method.c,
      max_rows: method.max_rows,
      seed: method.seed,
      encoded_columns: p,
      iterations: Math.max(...fits.map((m) => m.iterations)),
      coefficients: ranked.slice(0, LISTED_COEFFICIENTS),
    },
  };
  const sampled = reference.rowCount < referenceAll.rowCount || current.rowCount < currentAll.rowCount ? ', sampled' : '';
  const what = `domain classifier ROC AUC ${fmt(value)} (${method.folds}-fold, ${fmt(reference.rowCount)} reference + ${fmt(current.rowCount)} current rows${sampled}; 0.5: indistinguishable)`;
  return { ...verdict(value, thresholds, null, what, featureDetails, 'most telling'), value, thresholds, details };
}

function run(spec: MultivariateDriftCheckSpec, context: CheckContext): Outcome {
  const { reference, current, policy } = context;
  const given: Thresholds = { ...(spec.warn && { warn: spec.warn }), ...(spec.fail && { fail: spec.fail }) };
  if (reference === null) return problem({ ok: false, status: 'error', code: 'check/no-reference', message: 'multivariate drift compares with reference data: add data.reference' }, given);
  const names = selectColumns(spec.columns, policy, current);
  if (names.length === 0) return problem({ ok: false, status: 'error', code: 'check/missing-column', message: 'no feature columns to compare; declare columns.features or list columns' }, given);
  const pairs = featurePairs(names, reference, current);
  if (!pairs.ok) return problem(pairs, given);
  for (const [side, table] of [['current', current], ['reference', reference]] as const) {
    if (table.rowCount < spec.min_samples) {
      return problem({ ok: false, status: 'no_data', code: 'check/no-data', message: `${table.rowCount} ${side} rows, fewer than min_samples ${spec.min_samples}` }, given);
    }
  }
  return spec.method.kind === 'pca_reconstruction'
    ? runPca(spec, spec.method, pairs.value, reference, current, context.budget)
    : runClassifier(spec, spec.method, pairs.value, reference, current, context.budget);
}

export const multivariateDriftCheck: CheckModule<MultivariateDriftCheckSpec, MultivariateDriftDetails | null> = { type: 'multivariate_drift', run };

