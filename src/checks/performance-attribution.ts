/**
 * Drift attribution of a performance drop (docs/statistics.md#drift-attribution): when a
 * performance check warns or fails and its metric moved the bad way, which feature's shift
 * accounts for how much of it?
 *
 * For each feature f, the labelled reference rows are reweighted to the current distribution of
 * f alone (stats/bin-share-weights.ts: w = p_cur(bin) / p_ref(bin), over the drift check's bins —
 * ATTRIBUTION_BINS reference quantile bins with open bins below and above for numbers
 * (stats/bins.ts), categories by their text for categories, missing as a bin of its own), and
 * the metric is recomputed on the weighted reference (weighted confusion matrix, weighted ROC
 * AUC, weighted means: stats/metrics/weighted-*.ts). Then
 *   explained(f) = s · (metric_ref − metric_reweighted(f)),   share(f) = explained(f) / observed,
 *   observed     = s · (metric_ref − metric_current),
 * with s = +1 for a metric where higher is better and −1 where lower is (log_loss, brier, mae, …),
 * so a positive `explained` is part of the deterioration. metric_current is the labelled value,
 * or CBPE's estimate when the check estimated it. Features are ranked by `explained`. The shares
 * are one feature at a time: they need not sum to 1 (features overlap and interact, and a change
 * in P(y | x) — concept drift — is explained by no reweighting of x).
 *
 * Cost: per feature O(n_ref log n_ref) for a numeric feature's edges, O(n_ref + n_cur) for its
 * bins and weights, and one weighted metric, O(n_ref·k) (score metrics sort their scores once
 * for every feature). At most ATTRIBUTION_MAX_FEATURES features; it stops early, and says so,
 * when the model's time budget would not hold another feature.
 */
import type { Column, Table } from '../data/table.js';
import type { PerformanceMetric, Policy } from '../policy/types.js';
import { binShareWeights } from '../stats/bin-share-weights.js';
import { binCountLength, binIndex, quantileEdges } from '../stats/bins.js';
import {
  accuracyFromMatrix,
  balancedAccuracyFromMatrix,
  descendingOrder,
  f1FromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  specificityFromMatrix,
  weightedAveragePrecision,
  weightedBrierScore,
  weightedConfusionMatrix,
  weightedLogLossBinary,
  weightedLogLossMulticlass,
  weightedMeanAbsoluteError,
  weightedMeanAbsolutePercentageError,
  weightedMeanSquaredError,
  weightedR2Score,
  weightedRocAuc,
  weightedRocAucOvr,
  weightedRootMeanSquaredError,
} from '../stats/metrics/index.js';
import { sortFloat64 } from '../stats/sort.js';
import type { TimeBudget } from './budget.js';
import { featureColumns, roleColumns } from './columns.js';
import type { AttributionFeatureDetail, PerformanceAttributionDetail } from './details.js';
import type { Decoded } from './performance-decode.js';

/** Quantile bins of a numeric feature: the drift check's default `bins`. */
export const ATTRIBUTION_BINS = 10;
/** Most features attributed in one check (the policy's first ones). */
export const ATTRIBUTION_MAX_FEATURES = 50;

/** Metrics where a lower value is better: their deterioration is a rise. */
const LOWER_IS_BETTER: readonly PerformanceMetric[] = ['log_loss', 'brier', 'ece', 'mae', 'mse', 'rmse', 'mape'];
/** ECE has no weighted form in scikit-learn to check one against; it is not attributed. */
export const attributable = (metric: PerformanceMetric): boolean => metric !== 'ece';

export interface AttributionInput {
  readonly policy: Policy;
  readonly metric: PerformanceMetric;
  readonly average: 'macro' | 'weighted';
  /** The labelled reference rows, and the table they were decoded from. */
  readonly reference: Decoded;
  readonly referenceTable: Table;
  /** The measured current rows (labelled, or unlabelled when estimated), and their table. */
  readonly current: Decoded;
  readonly currentTable: Table;
  readonly referenceValue: number;
  readonly currentValue: number;
  readonly estimated: boolean;
  readonly budget?: TimeBudget;
}

/** The signed deterioration ref → current (positive = worse), or null when it is not one. */
export function deterioration(metric: PerformanceMetric, referenceValue: number | null, currentValue: number): number | null {
  if (referenceValue === null || !Number.isFinite(referenceValue) || !Number.isFinite(currentValue)) return null;
  const observed = (LOWER_IS_BETTER.includes(metric) ? -1 : 1) * (referenceValue - currentValue);
  return observed > 0 ? observed : null;
}

/** Bin codes of a feature on both sides, and how many bins; or why the feature cannot be binned. */
function featureBins(reference: Column, refRows: Uint32Array, current: Column, curRows: Uint32Array): { ref: Int32Array; cur: Int32Array; bins: number } | string {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const refValues = Float64Array.from(refRows, (r) => reference.values[r]!);
    const curValues = Float64Array.from(curRows, (r) => current.values[r]!);
    const finite = sortFloat64(refValues.filter((v) => !Number.isNaN(v)));
    if (finite.length > 0 && !(Number.isFinite(finite[0]!) && Number.isFinite(finite[finite.length - 1]!))) return 'it holds infinite values';
    // Without a finite reference value, every reference row is missing: the only bin is "missing".
    const edges = finite.length === 0 ? null : quantileEdges(finite, ATTRIBUTION_BINS);
    const missing = edges === null ? 0 : binCountLength(edges);
    const code = (v: number): number => (Number.isNaN(v) ? missing : edges === null ? -1 : binIndex(v, edges));
    return { ref: Int32Array.from(refValues, code), cur: Int32Array.from(curValues, code), bins: missing + 1 };
  }
  if (reference.kind === 'categorical' && current.kind === 'categorical') {
    // Bins are the reference's categories by text; missing is one more bin; a current category
    // the reference lacks gets −1 (unrepresented).
    const byText = new Map<string, number>();
    const refBinOfCode = reference.dictionary.map((text) => {
      let bin = byText.get(text);
      if (bin === undefined) byText.set(text, (bin = byText.size));
      return bin;
    });
    const missing = byText.size;
    const curBinOfCode = current.dictionary.map((text) => byText.get(text) ?? -1);
    return {
      ref: Int32Array.from(refRows, (r) => { const c = reference.codes[r]!; return c < 0 ? missing : refBinOfCode[c]!; }),
      cur: Int32Array.from(curRows, (r) => { const c = current.codes[r]!; return c < 0 ? missing : curBinOfCode[c]!; }),
      bins: missing + 1,
    };
  }
  if (reference.kind === 'timestamp' && current.kind === 'timestamp') return 'timestamps are not attributed';
  return `it is ${reference.kind} in the reference and ${current.kind} in the current data`;
}

/** The metric on the reference rows weighted by `weights`; `orders` are the score columns' descending orders. */
function weightedMetric(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted', weights: Float64Array, orders: readonly Uint32Array[] | null): number {
  if (decoded.yTrue === null) throw new Error('attribution needs labelled reference rows');
  if (decoded.kind === 'regression') {
    const [y, p] = [decoded.yTrue, decoded.yPred];
    switch (metric) {
      case 'mae': return weightedMeanAbsoluteError(y, p, weights);
      case 'mse': return weightedMeanSquaredError(y, p, weights);
      case 'rmse': return weightedRootMeanSquaredError(y, p, weights);
      case 'mape': return weightedMeanAbsolutePercentageError(y, p, weights);
      case 'r2': return weightedR2Score(y, p, weights);
      default: throw new Error(`metric ${metric} is not a regression metric`);
    }
  }
  const { yTrue, yPred, scores, classes } = decoded;
  const binary = classes.length === 2 && classes[0] === '0' && classes[1] === '1';
  const averaging = binary ? 'binary' : average;
  const s = (): readonly Float64Array[] => {
    if (scores === null) throw new Error(`metric ${metric} needs scores`);
    return scores;
  };
  const cm = (): number[][] => weightedConfusionMatrix(yTrue, yPred, classes.length, weights);
  switch (metric) {
    case 'accuracy': return accuracyFromMatrix(cm());
    case 'balanced_accuracy': return balancedAccuracyFromMatrix(cm());
    case 'precision': return precisionFromMatrix(cm(), averaging);
    case 'recall': return recallFromMatrix(cm(), averaging);
    case 'f1': return f1FromMatrix(cm(), averaging);
    case 'specificity': return specificityFromMatrix(cm(), averaging);
    case 'roc_auc': return binary ? weightedRocAuc(yTrue, s()[0]!, weights, orders?.[0]) : weightedRocAucOvr(yTrue, s(), weights, average, orders ?? undefined);
    case 'average_precision': return weightedAveragePrecision(yTrue, s()[0]!, weights, orders?.[0]);
    case 'brier': return weightedBrierScore(yTrue, s()[0]!, weights);
    case 'log_loss': return binary ? weightedLogLossBinary(yTrue, s()[0]!, weights) : weightedLogLossMulticlass(yTrue, s(), weights);
    default: throw new Error(`metric ${metric} has no weighted form here`);
  }
}

function fmt(value: number): string {
  return Number(value.toPrecision(2)).toString();
}

/** The message's clause and the details' summary sentence. */
function describe(detail: Omit<PerformanceAttributionDetail, 'summary'>): { clause: string; summary: string } {
  const word = detail.direction;
  const top = detail.features[0];
  if (top === undefined) {
    const why = detail.left_out?.reason ?? 'no feature could be reweighted';
    return { clause: `the ${word} is not attributed: ${why}`, summary: `No feature was attributed: ${why}.` };
  }
  const caveat = 'Shares are one feature at a time and need not add up: features overlap and interact, and a change in P(y | x) (concept drift) is explained by no reweighting of the features.';
  if (top.explained === null || !(top.explained > 0)) {
    const clause = `no single feature's shift explains the ${word}`;
    return { clause, summary: `Reweighting the reference to the current distribution of any one feature does not reproduce the ${word} of ${fmt(detail.observed)}: it may come from a change in P(y | x) (concept drift) or from several features together. ${caveat}` };
  }
  const share = top.share ?? 0;
  const lead = share >= 0.5 ? `most of the ${word} follows \`${top.column}\`` : `the largest part of the ${word} follows \`${top.column}\``;
  const clause = `${lead} (${fmt(top.explained)} of ${fmt(detail.observed)})`;
  const rest = detail.observed - top.explained;
  const remainder = rest > 0
    ? ` The other ${fmt(rest)} is not explained by \`${top.column}\`'s shift alone: other features, their interactions, or a change in P(y | x).`
    : ` Reweighting by \`${top.column}\` alone reproduces the whole ${word}.`;
  const unrepresented = top.unrepresented > 0
    ? ` ${fmt(top.unrepresented * 100)}% of the current rows fall in \`${top.column}\` bins that the reference lacks; no reweighting represents them.`
    : '';
  return { clause, summary: `\`${top.column}\`'s shift alone explains ${fmt(top.explained)} of the ${fmt(detail.observed)} ${word} (${Math.round(share * 100)}%).${remainder}${unrepresented} ${caveat}` };
}

/**
 * The attribution of the deterioration reference → current, features ranked by how much of it
 * each explains, with the clause the check's message ends with; null when the metric did not get
 * worse or has no weighted form.
 */
export function attributeDrop(input: AttributionInput): { detail: PerformanceAttributionDetail; clause: string } | null {
  const { metric, reference, current, referenceTable, currentTable, policy, budget } = input;
  const observed = deterioration(metric, input.referenceValue, input.currentValue);
  if (observed === null || !attributable(metric) || reference.rows.length === 0 || current.rows.length === 0) return null;
  const sign = LOWER_IS_BETTER.includes(metric) ? -1 : 1;
  const roles = roleColumns(policy);
  const candidates = featureColumns(policy, referenceTable).filter((name) => !roles.has(name));
  const orders = reference.kind === 'classification' && reference.scores !== null && (metric === 'roc_auc' || metric === 'average_precision')
    ? reference.scores.map((column) => descendingOrder(column))
    : null;

  const features: AttributionFeatureDetail[] = [];
  const skipped: { column: string; reason: string }[] = [];
  let stoppedByBudget = 0;
  const started = performance.now();
  const listed = candidates.slice(0, ATTRIBUTION_MAX_FEATURES);
  for (const [index, column] of listed.entries()) {
    // Stop when the budget would not hold one more feature at the pace so far.
    const pace = index === 0 ? 0 : (performance.now() - started) / index;
    if (budget !== undefined && budget.remaining() <= pace) {
      stoppedByBudget = listed.length - index;
      break;
    }
    const refColumn = referenceTable.column(column);
    const curColumn = currentTable.column(column);
    if (refColumn === undefined || curColumn === undefined) {
      skipped.push({ column, reason: `not in the ${refColumn === undefined ? 'reference' : 'current'} data` });
      continue;
    }
    const bins = featureBins(refColumn, reference.rows, curColumn, current.rows);
    if (typeof bins === 'string') {
      skipped.push({ column, reason: bins });
      continue;
    }
    const { weights, unrepresented } = binShareWeights(bins.ref, bins.cur, bins.bins);
    const reweighted = weightedMetric(metric, reference, input.average, weights, orders);
    const explained = Number.isFinite(reweighted) ? sign * (input.referenceValue - reweighted) : null;
    features.push({
      column,
      kind: refColumn.kind === 'numeric' ? 'numeric' : 'categorical',
      bins: bins.bins,
      reweighted: Number.isFinite(reweighted) ? reweighted : null,
      explained,
      share: explained === null ? null : explained / observed,
      unrepresented,
    });
  }
  // Ranked by explained, most first; a feature without a value last; ties keep the policy's order.
  features.sort((a, b) => (b.explained ?? Number.NEGATIVE_INFINITY) - (a.explained ?? Number.NEGATIVE_INFINITY));
  const leftOut = candidates.length - listed.length + stoppedByBudget;
  const partial: Omit<PerformanceAttributionDetail, 'summary'> = {
    method: 'reweighted_reference',
    direction: sign === 1 ? 'drop' : 'rise',
    reference_value: input.referenceValue,
    current_value: input.currentValue,
    current_estimated: input.estimated,
    observed,
    bins: ATTRIBUTION_BINS,
    features,
    skipped,
    left_out: leftOut === 0 ? null : {
      count: leftOut,
      reason: stoppedByBudget > 0 ? `the model's time budget (${budget!.text}) would not hold more features` : `at most ${ATTRIBUTION_MAX_FEATURES} features are attributed`,
    },
  };
  const { clause, summary } = describe(partial);
  return { detail: { ...partial, summary }, clause };
}

/**
 * The performance check's hook: the attribution of a warn or fail whose metric got worse than
 * on the labelled reference, unless the check says `attribution: false`; null otherwise.
 */
export function attributeCheck(
  spec: { readonly metric: PerformanceMetric; readonly average: 'macro' | 'weighted'; readonly attribution?: boolean },
  status: string,
  policy: Policy,
  reference: { readonly decoded: Decoded | null; readonly table: Table | null; readonly value: number | null },
  measured: { readonly decoded: Decoded; readonly table: Table; readonly value: number; readonly estimated: boolean },
  budget: TimeBudget | undefined,
): { detail: PerformanceAttributionDetail; clause: string } | null {
  if (spec.attribution === false || (status !== 'warn' && status !== 'fail')) return null;
  if (reference.decoded === null || reference.decoded.yTrue === null || reference.table === null || reference.value === null) return null;
  return attributeDrop({
    policy,
    metric: spec.metric,
    average: spec.average,
    reference: reference.decoded,
    referenceTable: reference.table,
    current: measured.decoded,
    currentTable: measured.table,
    referenceValue: reference.value,
    currentValue: measured.value,
    estimated: measured.estimated,
    ...(budget === undefined ? {} : { budget }),
  });
}
