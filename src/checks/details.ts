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
  readonly message: string;
  /**
   * Warn and fail columns (at most CHARTED_COLUMNS per check, never pii or id columns): the
   * reference and current distributions as bin or category counts, for the report's charts.
   */
  readonly distribution?: DriftDistribution;
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

export type CheckDetails = DriftDetails | DataQualityDetails | PerformanceDetails | ConceptDriftDetails | FairnessDetails | OperationalDetails | BusinessDetails | MultivariateDriftDetails;

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
   * The 95% interval of the realized value (checks/performance-interval.ts): Wilson for rates,
   * DeLong for the binary AUC; null for an estimate, where the interval is undefined, and for
   * metrics that need the bootstrap (not computed by the check yet).
   */
  readonly interval?: { readonly method: 'wilson' | 'delong' | 'bootstrap'; readonly confidence: number; readonly low: number; readonly high: number } | null;
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
