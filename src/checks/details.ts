/**
 * The `details` of each check type, as they appear in the report. Each check type adds its own
 * interface here and to the `CheckDetails` union; `kind` equals the check's `type`.
 */
import type { ProblemCode } from '../problems.js';
import type { Status } from './types.js';
import type { DriftDistribution } from './drift-distribution.js';
import type { DataQualityMetric, DriftCorrection, DriftEffect, DriftMethod, Thresholds } from '../policy/types.js';
import type { ConceptDriftDetector, PerformanceMetric } from '../policy/types.js';
import type { FairnessAggregate, FairnessMetric, OperationalMetric } from '../policy/types.js';

export interface DriftColumnDetail {
  readonly column: string;
  readonly kind: 'numeric' | 'categorical';
  /** The method used for this column (what `auto` chose, or the policy's method). */
  readonly method: DriftMethod;
  /** The test statistic or distance; null when the column could not be evaluated. */
  readonly statistic: number | null;
  /** The p-value for tests (ks, chi_square, z); null for distances. */
  readonly p_value: number | null;
  /**
   * Tests: the p-value adjusted for the check's other tests (`correction`; equal to p_value with
   * one test or `none`); null for distances and columns without a verdict.
   */
  readonly p_value_adjusted?: number | null;
  /** Tests under min_effect: the effect size compared with it (KS D, normed Wasserstein, total variation). */
  readonly effect?: number | null;
  /** What the thresholds were compared with: the adjusted p-value for tests, the statistic otherwise. */
  readonly score: number | null;
  readonly thresholds: Thresholds;
  readonly status: Status;
  /** Why the column has no verdict, when its status is `error` or `no_data`. */
  readonly code?: ProblemCode;
  /** True when the column breached its `fail` threshold. */
  readonly drifted: boolean;
  /** Non-missing values compared on each side. */
  readonly reference_rows: number;
  readonly current_rows: number;
  /**
   * With a side read from a profile (numeric columns): how far the statistic may be from the
   * rows' (0: exactly the rows' statistic); docs/statistics.md#profiles.
   */
  readonly bound?: number;
  readonly message: string;
  /**
   * Warn and fail columns (at most CHARTED_COLUMNS per check, never pii or id columns): the
   * reference and current distributions as bin or category counts, for the report's charts.
   */
  readonly distribution?: DriftDistribution;
  /**
   * The same columns as `distribution`: each side's rows with a value (count) and without one
   * (missing) and, for numeric columns, the mean, median, 5th and 95th percentiles of the values
   * (numpy's linear quantiles, as pandas), null for categorical columns. Aggregates only.
   */
  readonly summary?: { readonly reference: DriftSideSummary; readonly current: DriftSideSummary };
}

/** One side of a drifted column, as `pandas.Series.describe` gives it (docs/statistics.md#drift-evidence). */
export interface DriftSideSummary {
  readonly count: number;
  readonly missing: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p5: number | null;
  readonly p95: number | null;
}

export interface DriftDetails {
  readonly kind: 'drift';
  readonly method: DriftMethod | 'auto';
  readonly columns: readonly DriftColumnDetail[];
  readonly evaluated_columns: number;
  readonly drifted_columns: number;
  /** drifted_columns / evaluated_columns; null when no column could be evaluated. */
  readonly share_drifted: number | null;
  readonly share_drifted_status: Status | null;
  /** The correction applied to the p-values of the tested columns, and how many were tested together. */
  readonly correction?: DriftCorrection;
  readonly tested_columns?: number;
  /** The effect-size gate on tests, when the policy sets one. */
  readonly min_effect?: { readonly value: number; readonly effect: DriftEffect } | null;
  /** With `by:` (docs/statistics.md#drift-segments): the segment columns, the guard, and each group with current rows. */
  readonly by?: readonly string[];
  readonly min_group_size?: number;
  readonly groups?: readonly DriftGroupDetail[];
  /** Groups of the current data that the reference lacks (no_data: nothing to compare with). */
  readonly groups_without_reference?: number;
  /** With `by:`: the tests the correction adjusted over together, overall (tested_columns) and in every group. */
  readonly family_size?: number;
}

/** One group of a drift check's `by:`: its rows on each side and its columns' verdicts. */
export interface DriftGroupDetail {
  readonly group: string;
  /** Current rows in the group (what the group tables show), and reference rows. */
  readonly rows: number;
  readonly reference_rows: number;
  /** pass, warn, fail or error when compared; no_data when too small or not in the reference. */
  readonly status: Status;
  readonly code?: ProblemCode;
  /** The group's share of drifted columns; null when it was not compared. */
  readonly value: number | null;
  readonly evaluated_columns: number;
  readonly drifted_columns: number;
  readonly message: string;
  /** Every column compared in the group (never a `by` column), with p-values adjusted over the check's family; empty when not compared. */
  readonly columns: readonly DriftColumnDetail[];
}

export interface QualityColumnDetail {
  readonly column: string;
  readonly value: number | null;
  readonly status: Status;
  /** Why the column has no verdict, when its status is `error` or `no_data`. */
  readonly code?: ProblemCode;
  /** Rows that count against the column (missing, out of range, unseen), and rows looked at. */
  readonly count: number | null;
  readonly total: number | null;
  /** unseen_share: the most frequent unseen categories with their counts (at most 5). */
  readonly top_unseen?: readonly { readonly value: string; readonly count: number }[];
  /** out_of_range_share: the bounds applied. */
  readonly range?: { readonly min: number | null; readonly max: number | null };
  readonly message: string;
}

export interface DataQualityDetails {
  readonly kind: 'data_quality';
  readonly metric: DataQualityMetric;
  readonly columns: readonly QualityColumnDetail[];
  /** schema: each problem found, in English (`required column "age" is missing`). */
  readonly problems: readonly string[];
}

export type CheckDetails = DriftDetails | DataQualityDetails | PerformanceDetails | ConceptDriftDetails | FairnessDetails | OperationalDetails | BusinessDetails | LabelShiftDetails | MultivariateDriftDetails;

/** How the labels were joined to the predictions (null details when labels are inline). */
export interface LabelJoinDetail {
  readonly matched: number;
  /** Predictions in the evaluated window left without a label (no id match, or a conflict). */
  readonly unmatched_predictions: number;
  /** Labels whose id matches no prediction in the evaluated window. */
  readonly unmatched_labels: number;
  /** Ids found more than once in the labels, and those among them whose labels disagree. */
  readonly duplicate_ids: number;
  readonly conflicting_ids: number;
}

/** The predictions a performance or concept-drift check looked at. */
export interface EvaluatedWindowDetail {
  /** ISO instants of the evaluated window (moved back by data.labels.delay), or null. */
  readonly start: string | null;
  readonly end: string | null;
  readonly delay: string | null;
  /** Predictions in the evaluated window, and those with a label. */
  readonly rows: number;
  readonly labelled_rows: number;
  /** labelled_rows / rows; null without rows. */
  readonly labelled_coverage: number | null;
  readonly join: LabelJoinDetail | null;
}

export interface PerformanceGroupDetail {
  readonly group: string;
  readonly rows: number;
  readonly value: number | null;
  readonly reference_value: number | null;
  readonly estimated: boolean;
  readonly status: Status;
  /** Why the group has no verdict, when its status is `error` or `no_data`. */
  readonly code?: ProblemCode;
  readonly message: string;
  /** The group value's interval at the check's level, as PerformanceDetails.interval; absent for estimates and groups below min_group_size. */
  readonly interval?: MetricIntervalDetail | null;
}

/** A realized value's interval (checks/performance-interval.ts). */
export interface MetricIntervalDetail {
  readonly method: 'wilson' | 'delong' | 'bootstrap';
  readonly confidence: number;
  readonly low: number;
  readonly high: number;
}

export interface PerformanceDetails {
  readonly kind: 'performance';
  readonly metric: PerformanceMetric;
  /** True when the value is a CBPE estimate (no labels); the confusion matrix is then expected counts. */
  readonly estimated: boolean;
  readonly evaluated: EvaluatedWindowDetail;
  /** `matrix[true][pred]`, classes in `labels` order; null for regression. */
  readonly confusion_matrix: { readonly labels: readonly string[]; readonly matrix: readonly (readonly number[])[] } | null;
  readonly decision_threshold: number | null;
  /** Predictions left out because their prediction or score was missing. */
  readonly missing_predictions: number;
  /** CBPE: the standard error and the ±3 SE band of the estimate, and whether scores were recalibrated. */
  readonly estimate: {
    readonly standard_error: number;
    readonly lower: number;
    readonly upper: number;
    readonly calibrated: boolean | readonly boolean[];
  } | null;
  /** Set when the thresholds were derived from reference chunks. */
  readonly derived: {
    readonly chunks: number;
    readonly chunk_rows: number;
    readonly mean: number;
    readonly std: number;
    readonly lower: number | null;
    readonly upper: number | null;
  } | null;
  readonly groups: readonly PerformanceGroupDetail[];
  /**
   * The interval of the realized value at the check's level (0.95 unless a threshold's
   * `confidence` asks for another; checks/performance-interval.ts): Wilson for rates, DeLong
   * for the binary AUC, a seeded bootstrap for the rest; null for an estimate and where the
   * interval is undefined.
   */
  readonly interval?: MetricIntervalDetail | null;
  /** Which features' shifts explain the deterioration (checks/performance-attribution.ts); set only on a warn or fail that got worse. */
  readonly attribution?: PerformanceAttributionDetail | null;
}

/** One feature's part in a performance deterioration: the metric on the reference reweighted to its current distribution. */
export interface AttributionFeatureDetail {
  readonly column: string;
  readonly kind: 'numeric' | 'categorical';
  /** Bins the feature was reweighted over (numeric: quantile bins, open ends and missing; categorical: categories and missing). */
  readonly bins: number;
  /** The metric on the reweighted reference; null when no reference row carries weight. */
  readonly reweighted: number | null;
  /** (metric_ref − reweighted), signed so that a positive value is part of the deterioration. */
  readonly explained: number | null;
  /** explained / observed: one feature at a time, so shares need not sum to 1. */
  readonly share: number | null;
  /** Share of the current rows in bins the reference lacks (unseen categories, values outside its range): not represented. */
  readonly unrepresented: number;
}

export interface PerformanceAttributionDetail {
  readonly method: 'reweighted_reference';
  /** `drop` for metrics where higher is better, `rise` for losses and errors. */
  readonly direction: 'drop' | 'rise';
  readonly reference_value: number;
  /** The labelled value, or CBPE's estimate when `current_estimated`. */
  readonly current_value: number;
  readonly current_estimated: boolean;
  /** The deterioration reference → current, positive. */
  readonly observed: number;
  /** Quantile bins of numeric features. */
  readonly bins: number;
  /** Ranked by `explained`, largest first. */
  readonly features: readonly AttributionFeatureDetail[];
  /** Features that could not be attributed, and why. */
  readonly skipped: readonly { readonly column: string; readonly reason: string }[];
  /** Features not attributed at all (over the cap, or past the time budget). */
  readonly left_out: { readonly count: number; readonly reason: string } | null;
  /** The finding in a sentence, with the top feature's unexplained remainder and the caveat. */
  readonly summary: string;
}

/** Where a detector signalled: position in the time-ordered stream of labelled rows. */
export interface ChangePoint {
  /** 0-based position in the stream of labelled rows, in time order. */
  readonly row: number;
  readonly id: string | null;
  readonly timestamp: string | null;
}

export interface ConceptDriftDetails {
  readonly kind: 'concept_drift';
  readonly detector: ConceptDriftDetector;
  readonly evaluated: EvaluatedWindowDetail;
  /** What the detector read: per-row errors (1 = wrong) or absolute errors (regression). */
  readonly stream: 'error' | 'absolute_error';
  readonly mean_error: number | null;
  readonly changes: readonly ChangePoint[];
  /** DDM only: where the stream entered a warning zone. */
  readonly warnings: readonly ChangePoint[];
}

/** One group rate with its Wilson interval (fairness). */
export interface FairnessRateDetail {
  readonly metric: FairnessMetric;
  /** k / total; null when total is 0 (the rate is undefined for this group). */
  readonly value: number | null;
  readonly count: number;
  readonly total: number;
  /** 95% Wilson score interval; null when total is 0. */
  readonly low: number | null;
  readonly high: number | null;
}

export interface FairnessGroupDetail {
  readonly group: string;
  /** Null for groups below min_group_size: neither their size nor their rates are shown. */
  readonly rows: number | null;
  readonly too_small: boolean;
  readonly rates: readonly FairnessRateDetail[] | null;
  /** vs_group: this group's rate divided by the reference group's (Aequitas disparity). */
  readonly disparity?: number | null;
  /** vs_group: this group's verdict. */
  readonly status?: Status;
  /** "fewer than N rows" for small groups; otherwise a one-line summary. */
  readonly message: string;
}

export interface FairnessDetails {
  readonly kind: 'fairness';
  readonly metric: FairnessMetric;
  readonly aggregate: FairnessAggregate;
  readonly by: readonly string[];
  readonly min_group_size: number;
  readonly reference_group: string | null;
  readonly groups: readonly FairnessGroupDetail[];
  /** The metric whose gap decided the value (equalized_odds: TPR or FPR; else the metric). */
  readonly decisive_metric: FairnessMetric | null;
  /** The groups with the lowest and highest rate of the decisive metric. */
  readonly min_group: string | null;
  readonly max_group: string | null;
  /** require_non_overlap: whether the deciding groups' intervals overlap (null when not asked). */
  readonly intervals_overlap: boolean | null;
  /** Where the labels came from: the current data's target column, a join, or none (selection_rate). */
  readonly labels: string | null;
  readonly rows_evaluated: number;
  /** Rows left out: missing group value, missing prediction, or (label metrics) missing label. */
  readonly rows_without_group: number;
  readonly rows_without_prediction_or_label: number;
}

/** One group of a `by:` operational or business check (no group: an empty list). */
export interface GroupValueDetail {
  readonly group: string;
  /** Null for groups below min_group_size: neither their size nor their value is shown. */
  readonly rows: number | null;
  readonly too_small: boolean;
  readonly value: number | null;
  readonly reference_value: number | null;
  readonly status: Status;
  /** Why the group has no verdict, when its status is `error` or `no_data`. */
  readonly code?: ProblemCode;
  readonly message: string;
}

export interface OperationalDetails {
  readonly kind: 'operational';
  readonly metric: OperationalMetric;
  readonly column: string | null;
  readonly by: readonly string[] | null;
  readonly min_group_size: number;
  readonly groups: readonly GroupValueDetail[];
  readonly rows_without_group: number;
  /** throughput: the hours the rows were counted over, and whether they came from the window or the timestamps' span. */
  readonly hours?: number | null;
  readonly hours_from?: 'window' | 'timestamps';
  /**
   * Latency metrics (p50 p90 p95 p99 max): the percentiles of `column` over all rows of each
   * side, for the report's chart; null for a side without values (no reference data).
   */
  readonly percentiles?: { readonly reference: LatencyPercentiles | null; readonly current: LatencyPercentiles | null };
}

/** Percentiles of one side's non-missing values (numpy's linear interpolation), and how many there were. */
export interface LatencyPercentiles {
  readonly rows: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export interface BusinessDetails {
  readonly kind: 'business';
  readonly expr: string;
  readonly by: readonly string[] | null;
  readonly min_group_size: number;
  readonly groups: readonly GroupValueDetail[];
  readonly rows_without_group: number;
}

/** One class of a label_shift check (docs/statistics.md#label-shift). */
export interface LabelShiftClassDetail {
  readonly class: string;
  /** p̂: the class's share of the labelled reference rows. */
  readonly reference_prior: number;
  /** q̂: its estimated share of the current window (BBSE), and the 95% interval of it. */
  readonly current_prior: number;
  readonly low: number;
  readonly high: number;
  /** q̂ − p̂ and its 95% interval; thresholds judge |q̂ − p̂|. */
  readonly change: number;
  readonly change_low: number;
  readonly change_high: number;
  /** q̂ / p̂ (after clipping), the weight Ĉ·w = μ̂ gave before clipping, and whether it was negative. */
  readonly weight: number;
  readonly raw_weight: number;
  readonly clipped: boolean;
  /** μ̂: the class's share of the current predictions. */
  readonly predicted_share: number;
  /** Labelled reference rows of this class. */
  readonly reference_rows: number;
  readonly status: Status;
  readonly code?: ProblemCode;
  readonly message: string;
}

export interface LabelShiftDetails {
  readonly kind: 'label_shift';
  readonly method: 'bbse';
  readonly interval: { readonly method: 'delta'; readonly confidence: number };
  readonly classes: readonly LabelShiftClassDetail[];
  /** Reference counts, `matrix[true][pred]` as in performance details. */
  readonly confusion_matrix: { readonly labels: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  /** 2-norm condition number of P̂(prediction | label), and the smallest singular value of P̂(prediction, label). */
  readonly condition_number: number;
  readonly min_singular_value: number;
  /** Rows the estimate used: labelled reference rows with a prediction, current rows with one. */
  readonly reference_rows: number;
  readonly current_rows: number;
  readonly missing_predictions: { readonly reference: number; readonly current: number };
  readonly decision_threshold: number | null;
}

/**
 * One feature's part in a multivariate drift value. pca_reconstruction: how much its mean squared
 * reconstruction residual grew from the reference to the current rows. domain_classifier: the
 * largest |coefficient| among its encoded columns (features standardised, so comparable).
 */
export interface MultivariateFeatureDetail {
  readonly column: string;
  readonly kind: 'numeric' | 'categorical';
  readonly contribution: number;
  /** pca_reconstruction: mean squared residual of the standardised feature on each side. */
  readonly residual_reference?: number;
  readonly residual_current?: number;
  /** domain_classifier: the encoded column behind the contribution (a category, `(other)`, `(missing)`; null for a number's value) and its signed coefficient. */
  readonly level?: string | null;
  readonly coefficient?: number;
}

export interface MultivariateDriftDetails {
  readonly kind: 'multivariate_drift';
  readonly method: 'pca_reconstruction' | 'domain_classifier';
  readonly columns: readonly string[];
  /** Rows used on each side (after domain_classifier's sample). */
  readonly rows: { readonly reference: number; readonly current: number };
  /** Every feature, largest contribution first. */
  readonly features: readonly MultivariateFeatureDetail[];
  readonly pca: {
    readonly variance: number;
    readonly components: number;
    readonly encoded_columns: number;
    /** Share of the reference's variance the kept components explain, and each one's share. */
    readonly explained_variance: number;
    readonly explained_variance_ratio: readonly number[];
  } | null;
  /** pca_reconstruction: the reference chunks' mean error, its population std, and mean ∓ 3 std (low clipped at 0). */
  readonly band: {
    readonly chunks: number;
    readonly chunk_rows: number;
    readonly mean: number;
    readonly std: number;
    readonly low: number;
    readonly high: number;
  } | null;
  readonly classifier: {
    readonly folds: number;
    readonly c: number;
    readonly max_rows: number;
    readonly seed: number;
    readonly encoded_columns: number;
    /** Newton iterations of the slowest of the fold fits and the full fit. */
    readonly iterations: number;
    /** The full fit's largest coefficients by size (at most 20), on standardised columns. */
    readonly coefficients: readonly { readonly column: string; readonly level: string | null; readonly coefficient: number }[];
  } | null;
}
