/**
 * The normalised policy: what the loader hands to the engine after YAML parsing, schema
 * validation, `${ENV}` resolution and defaults. Every optional key of the YAML that has a
 * default is filled in here, so the engine never guesses. Field names follow the YAML.
 */

import type { ProblemCode } from '../problems.js';

export type Task = 'binary_classification' | 'multiclass_classification' | 'regression';

/** `30m`, `6h`, `7d`, `2w` are time spans; `3 runs` counts consecutive runs. */
export type Duration =
  | { readonly kind: 'time'; readonly ms: number; readonly text: string }
  | { readonly kind: 'runs'; readonly runs: number; readonly text: string };

export type Scalar = number | string;

/**
 * A comparator object. Each key is one condition on the value; the comparator *holds* (the
 * threshold is breached) when any of its conditions holds. `between`/`not_between` are inclusive.
 */
export interface Comparator {
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
  readonly eq?: Scalar;
  readonly not_eq?: Scalar;
  readonly between?: readonly [number, number];
  readonly not_between?: readonly [number, number];
  readonly in?: readonly Scalar[];
  readonly not_in?: readonly Scalar[];
}

/**
 * A threshold: a comparator on the value itself, or with `vs: reference` a comparator on the
 * change against the reference value: `relative` = (value − ref) / |ref|, `absolute` = value − ref.
 */
export interface Threshold extends Comparator {
  /**
   * Performance checks only: breached only when the value's whole interval at this level lies
   * beyond the bound (gt/gte read its lower end, lt/lte its upper end). Only 0.95 today.
   */
  readonly confidence?: number;
  /** `reference`, or `previous`/`history` (moved to the check's `memory` by the loader). */
  readonly vs?: 'reference' | 'previous' | 'history';
  readonly relative?: Comparator;
  readonly absolute?: Comparator;
  /** vs: history: the runs, standard deviations and bad side of the band (as written). */
  readonly runs?: number;
  readonly k?: number;
  readonly side?: 'below' | 'above';
}

/**
 * A threshold judged against the check's own stored runs (engine/memory-thresholds.ts):
 * `previous` compares the change against the last run's value (relative = (v − p) / |p|,
 * absolute = v − p); `history` is breached beyond mean ∓ k·s of the last `runs` values on the
 * bad side (s the sample standard deviation). Both give no_data until enough runs are stored.
 */
export type MemoryThreshold =
  | { readonly vs: 'previous'; readonly relative?: Comparator; readonly absolute?: Comparator }
  | { readonly vs: 'history'; readonly runs: number; readonly k: number; readonly side: 'below' | 'above' };

/** The alert lifecycle of a check (engine/lifecycle.ts); null durations mean "at once" and "none". */
export interface LifecycleSpec {
  readonly for: Duration | null;
  readonly keep_firing_for: Duration | null;
}

export interface Thresholds {
  readonly warn?: Threshold;
  readonly fail?: Threshold;
}

export type DriftMethod = 'ks' | 'chi_square' | 'z' | 'wasserstein' | 'jensen_shannon' | 'psi' | 'kl' | 'hellinger';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/** What separates the fields of a CSV file (`delimiter:` on a source; default a comma). */
export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * Where a table comes from: one kind per file in src/data/sources/ (docs/architecture.md, "Sources").
 * Paths are already resolved against the policy file's folder; `${NAME}` values are substituted.
 */
export type SourceSpec = FileSourceSpec | PostgresSourceSpec | HttpSourceSpec | CommandSourceSpec | ProfileSourceSpec;

export type SourceKind = SourceSpec['kind'];

/** Options every source has: the size cap on what it reads (src/data/bytes.ts). */
interface SourceLimits {
  /** Most bytes read from the source, after decompression; default DEFAULT_MAX_BYTES (src/data/bytes.ts). */
  readonly max_bytes?: number;
  /** Most a gzip stream may expand to, as a multiple of its compressed size; default DEFAULT_MAX_GZIP_RATIO. */
  readonly max_gzip_ratio?: number;
}

/** Files on the runner. */
export interface FileSourceSpec extends SourceLimits {
  readonly kind: 'file';
  /** Absolute paths or globs. */
  readonly paths: readonly string[];
  /** Undefined: decided from each file's extension (.csv, .jsonl/.ndjson, .parquet, optionally .gz). */
  readonly format?: DataFormat;
  /** The CSV files' delimiter as the policy declares it; undefined: a comma, and any other refused (csv.ts). */
  readonly delimiter?: Delimiter;
  /**
   * Folder the files must lie in once symlinks are resolved (the repository root, or --root);
   * absent when the policy sets allow_outside_root (src/data/files.ts).
   */
  readonly root?: string;
}

/** A profile written by `modelwatch profile` (src/profile/source.ts): aggregates, read back as the checks need them. */
export interface ProfileSourceSpec extends SourceLimits {
  readonly kind: 'profile';
  /** Absolute path of the profile's JSON. */
  readonly path: string;
  /** As for files: the folder it must lie in (absent with allow_outside_root). */
  readonly root?: string;
}

/** Whether a PostgreSQL source computes the checks' aggregates in the database (src/profile/pushdown/). */
export type Pushdown = 'auto' | 'required' | 'never';

/** A PostgreSQL table or query, read with COPY … TO STDOUT (src/data/sources/postgres.ts). */
export interface PostgresSourceSpec extends SourceLimits {
  readonly kind: 'postgres';
  /** postgres://user:password@host:port/database?sslmode=…, usually from a secret. */
  readonly url: string;
  /** A table (optionally schema-qualified) read whole but for `where` and the window; or `query`. */
  readonly table?: string;
  /** SQL the policy's author wrote; a condition ANDed to the table's rows. */
  readonly where?: string;
  /** The user's SELECT; `$window_start` and `$window_end` are the window's bounds, bound as parameters. */
  readonly query?: string;
  /** The column the window applies to in table mode (default columns.timestamp). */
  readonly timestamp?: string;
  /** statement_timeout for the read, ms. */
  readonly timeout_ms: number;
  readonly connect_timeout_ms: number;
  /** Connection attempts after the first, with backoff, for failures that may pass. */
  readonly retries: number;
  /** As written; undefined: auto when the reference is a profile, never otherwise (engine/pushdown.ts). */
  readonly pushdown?: Pushdown;
}

/** A file served over HTTP(S) (src/data/sources/http.ts). */
export interface HttpSourceSpec extends SourceLimits {
  readonly kind: 'http';
  /** May hold {{window.start}} / {{window.end}}, substituted URL-encoded. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Undefined: from the URL's extension, else the Content-Type. */
  readonly format?: DataFormat;
  readonly delimiter?: Delimiter;
  /** The whole request, body included, ms. */
  readonly timeout_ms: number;
  /** Attempts after the first on a network error, a 5xx or a 429. */
  readonly retries: number;
  /** Hosts a redirect may lead to besides the URL's own. */
  readonly allow_redirect_hosts: readonly string[];
}

/** A program whose standard output is the table (src/data/sources/command.ts). */
export interface CommandSourceSpec extends SourceLimits {
  readonly kind: 'command';
  /** Program and arguments, run without a shell; {{window.start}} / {{window.end}} substituted inside an argument, never splitting it. */
  readonly argv: readonly string[];
  /** The policy file's folder. */
  readonly cwd: string;
  /** What the command writes; default csv. */
  readonly format: DataFormat;
  readonly delimiter?: Delimiter;
  readonly timeout_ms: number;
}

export interface LabelsSpec {
  readonly source: SourceSpec;
  /** The id column that joins labels to predictions (defaults to columns.id). */
  readonly join: string;
  /** Column holding the label in the labels table (defaults to columns.target). */
  readonly column: string;
  /** How long labels take to arrive; shifts the evaluated window back. */
  readonly delay?: Duration;
}

export interface DataSpec {
  readonly reference?: SourceSpec;
  readonly current: SourceSpec;
  readonly labels?: LabelsSpec;
  /** Only current rows whose timestamp lies in (end − window, end] are evaluated. */
  readonly window?: Duration;
  readonly sample?: { readonly max_rows: number; readonly seed: number };
}

export type ColumnKind = 'numeric' | 'categorical' | 'timestamp';

export interface ColumnsSpec {
  readonly id?: string;
  readonly timestamp?: string;
  readonly prediction?: string;
  /** Binary/regression: one column. Multiclass: one probability column per class, keyed by class. */
  readonly score?: string;
  readonly class_scores?: Readonly<Record<string, string>>;
  readonly target?: string;
  /** Undefined: every column that has no other role, typed by inference. */
  readonly features?: { readonly numerical: readonly string[]; readonly categorical: readonly string[] };
  readonly sensitive: readonly string[];
  readonly pii: readonly string[];
  /** Explicit types for columns that are not features (e.g. `latency_ms: numeric`). */
  readonly types: Readonly<Record<string, ColumnKind>>;
}

interface CheckBase {
  readonly id: string;
  readonly description?: string;
  /** Rows needed before the check may pass or fail (from defaults.min_samples when absent). */
  readonly min_samples: number;
  /** JSON pointer of this check inside the policy file, e.g. `/checks/2` (for error positions). */
  readonly pointer: string;
  /** `for:` and `keep_firing_for:`, from the check or defaults (absent in hand-made specs: at once, none). */
  readonly lifecycle?: LifecycleSpec;
  /** Check ids that report `inhibited` while this one fails or errors. */
  readonly inhibits?: readonly string[];
  /** warn/fail thresholds judged against stored runs (`vs: previous`, `vs: history`); not in `warn`/`fail`. */
  readonly memory?: { readonly warn?: MemoryThreshold; readonly fail?: MemoryThreshold };
  /** Trend forecast of the value: warn when the fail bound would be crossed within `horizon_ms`. */
  readonly forecast?: { readonly horizon_ms: number; readonly horizon: string; readonly runs: number; readonly confidence: number };
}

export interface DriftCheckSpec extends CheckBase {
  readonly type: 'drift';
  /** `all` = every feature; a list may also name the prediction or score column. */
  readonly features: 'all' | readonly string[];
  readonly method: DriftMethod | 'auto';
  /** Thresholds on a distance statistic (wasserstein, jensen_shannon, psi, kl, hellinger). */
  readonly per_feature: Thresholds;
  /** Thresholds on the p-value of a test (ks, chi_square, z). */
  readonly p_value: Thresholds;
  readonly dataset?: { readonly share_drifted?: Thresholds };
  /** Number of quantile bins for numeric columns in binned methods. */
  readonly bins: number;
  /** How the p-values of the columns tested together are adjusted before `p_value` judges them (absent: bh). */
  readonly correction?: DriftCorrection;
  /** A tested column drifts only when its effect (measured so) is at least `value` too. */
  readonly min_effect?: { readonly value: number; readonly effect: DriftEffect };
  /** Segments: one column, or two for their intersection; each group is also compared with the same group of the reference. */
  readonly by?: readonly string[];
  /** With `by`: rows a group needs on each side before it is compared (default min_samples). */
  readonly min_group_size?: number;
}

/** Multiple-testing corrections (docs/statistics.md#multiple-testing). */
export type DriftCorrection = 'bh' | 'holm' | 'bonferroni' | 'none';
/** The effect size min_effect is compared with on numeric columns (categorical: total variation). */
export type DriftEffect = 'ks' | 'wasserstein';

export type DataQualityMetric =
  | 'missing_share'
  | 'out_of_range_share'
  | 'unseen_share'
  | 'row_count'
  | 'duplicate_ids'
  | 'freshness'
  | 'schema'
  | 'rule';

export interface DataQualityCheckSpec extends CheckBase, Thresholds {
  readonly type: 'data_quality';
  readonly metric: DataQualityMetric;
  readonly columns: 'all' | readonly string[];
  /** out_of_range_share: explicit bounds, or `reference` for the reference's observed range. */
  readonly range?: 'reference' | { readonly min?: number; readonly max?: number };
  /** rule: a row predicate in the expression language (src/expr), and the share that must hold. */
  readonly rule?: string;
  readonly mostly?: number;
  /** schema: columns that must exist, must not exist, and the kinds they must have. */
  readonly schema?: {
    readonly required: readonly string[];
    readonly forbidden: readonly string[];
    readonly types: Readonly<Record<string, ColumnKind>>;
  };
}

export type FairnessMetric =
  | 'selection_rate'
  | 'true_positive_rate'
  | 'false_positive_rate'
  | 'false_negative_rate'
  | 'precision'
  | 'accuracy';

export type FairnessAggregate = 'difference' | 'ratio' | 'vs_group' | 'equalized_odds';

/** Group guards shared by fairness, operational and business checks. */
export interface GroupedCheck {
  /** Group by one column, or by the intersection of two (group label `Female × Black`). */
  readonly by?: readonly string[];
  /** Groups with fewer rows are listed as too small, never shown, and left out (default 30). */
  readonly min_group_size: number;
}

export interface FairnessCheckSpec extends CheckBase, Thresholds, GroupedCheck {
  readonly type: 'fairness';
  /** The group rate; for `equalized_odds` it is ignored (TPR and FPR are both used). */
  readonly metric: FairnessMetric;
  readonly by: readonly string[];
  readonly aggregate: FairnessAggregate;
  /** vs_group: the group every other group is divided by (two columns: `Male × White`). */
  readonly reference_group?: string;
  /** A breached gap only counts when the extreme groups' Wilson intervals do not overlap. */
  readonly require_non_overlap: boolean;
  /** The positive class in the prediction and target columns (default 1; text compares as text). */
  readonly positive_label: Scalar;
}

export type OperationalMetric = 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'error_rate' | 'throughput' | 'null_prediction_share';

export interface OperationalCheckSpec extends CheckBase, Thresholds, GroupedCheck {
  readonly type: 'operational';
  readonly metric: OperationalMetric;
  /** Latency column (percentiles, max), status column (error_rate), prediction column (null share). */
  readonly column?: string;
  /** error_rate: the status values that count as errors. */
  readonly values?: readonly Scalar[];
  /** error_rate: a regular expression (at most 200 characters, no nested quantifiers) on the status text. */
  readonly pattern?: string;
}

export interface BusinessCheckSpec extends CheckBase, Thresholds, GroupedCheck {
  readonly type: 'business';
  /** A KPI in the expression language (src/expr), e.g. `mean(accepted_offer)`. */
  readonly expr: string;
}

export type PerformanceMetric =
  | 'accuracy'
  | 'balanced_accuracy'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'specificity'
  | 'roc_auc'
  | 'average_precision'
  | 'log_loss'
  | 'brier'
  | 'ece'
  | 'mae'
  | 'mse'
  | 'rmse'
  | 'mape'
  | 'r2';

/**
 * `type: performance`. Thresholds are optional: without warn/fail the check derives a band from
 * reference chunks (docs/statistics.md#derived-thresholds).
 */
export interface PerformanceCheckSpec extends CheckBase, Thresholds {
  readonly type: 'performance';
  readonly metric: PerformanceMetric;
  /** Multiclass averaging of precision, recall, f1, specificity and roc_auc (default macro). */
  readonly average: 'macro' | 'weighted';
  /** Binary: score ≥ this is the positive class (instead of columns.prediction). */
  readonly decision_threshold?: number;
  /** Report the metric per value of this column. */
  readonly by?: string;
  /** Rows a group needs before it may pass or fail (default: min_samples). */
  readonly min_group_size: number;
  /** `estimate`: CBPE when too few labelled rows (classification only). */
  readonly when_unlabelled?: 'estimate';
  /** Rank the features by how much of a warn or fail's deterioration each explains (default true; docs/statistics.md#drift-attribution). */
  readonly attribution?: boolean;
}

/** A change detector with every parameter filled in (River's defaults where the policy is silent). */
export type ConceptDriftDetector =
  | {
      readonly kind: 'adwin';
      readonly delta: number;
      readonly clock: number;
      readonly max_buckets: number;
      readonly min_window_length: number;
      readonly grace_period: number;
    }
  | {
      readonly kind: 'page_hinkley';
      readonly min_instances: number;
      readonly delta: number;
      readonly threshold: number;
      readonly alpha: number;
      readonly mode: 'up' | 'down' | 'both';
    }
  | { readonly kind: 'ddm'; readonly warm_start: number; readonly warning_threshold: number; readonly drift_threshold: number };

/** `type: concept_drift`: a change detector over the time-ordered per-row errors. */
export interface ConceptDriftCheckSpec extends CheckBase, Thresholds {
  readonly type: 'concept_drift';
  readonly detector: ConceptDriftDetector;
  /** Binary: score ≥ this is the positive class (instead of columns.prediction). */
  readonly decision_threshold?: number;
}

/**
 * `type: label_shift`: the current class priors estimated by BBSE from the reference's confusion
 * matrix and the current predictions; warn/fail judge each class's |q̂ − p̂|.
 */
export interface LabelShiftCheckSpec extends CheckBase, Thresholds {
  readonly type: 'label_shift';
  /** Binary: score ≥ this is the positive class (instead of columns.prediction). */
  readonly decision_threshold?: number;
  /** The largest condition number of P(prediction | label) on the reference an estimate is made with. */
  readonly max_condition: number;
}


/** `type: multivariate_drift`: how the rows of several columns together moved (docs/statistics.md#multivariate-drift). */
export type MultivariateDriftMethod =
  | {
      readonly kind: 'pca_reconstruction';
      /** Share of the reference's variance the kept components explain (NannyML's default 0.65). */
      readonly variance: number;
      /** How the reference is cut into chunks for the derived band: a count, or a size in rows. */
      readonly chunks: { readonly count: number } | { readonly size: number };
    }
  | {
      readonly kind: 'domain_classifier';
      readonly folds: number;
      /** Inverse L2 regularisation strength (scikit-learn's C). */
      readonly c: number;
      /** Most rows read from each side (a seeded sample beyond it). */
      readonly max_rows: number;
      /** Seeds the sample and the fold assignment. */
      readonly seed: number;
    };

export interface MultivariateDriftCheckSpec extends CheckBase, Thresholds {
  readonly type: 'multivariate_drift';
  /** `all` = the policy's features; never pii. */
  readonly columns: 'all' | readonly string[];
  readonly method: MultivariateDriftMethod;
}

/** Every check type. Issues that add a type extend this union (and the schema, and the registry). */
export type CheckSpec =
  | DriftCheckSpec
  | DataQualityCheckSpec
  | FairnessCheckSpec
  | OperationalCheckSpec
  | BusinessCheckSpec
  | PerformanceCheckSpec
  | ConceptDriftCheckSpec
  | LabelShiftCheckSpec
  | MultivariateDriftCheckSpec;
export type CheckType = CheckSpec['type'];

export interface ModelSpec {
  readonly name: string;
  readonly version?: string;
  readonly task: Task;
  readonly owners: readonly string[];
  readonly runbook?: string;
}

/** 1-based line and column of a node in the policy file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface IssueSpec {
  /** Open, update and close one issue per incident (default true). */
  readonly enabled: boolean;
  readonly labels: readonly string[];
}

export interface Silence {
  /** Check ids; an empty list silences every check of the model. */
  readonly checks: readonly string[];
  /** Inclusive end of the silence, as an ISO date or instant (a date means the end of that day, UTC). */
  readonly until: string;
  readonly reason: string;
}

export interface AlertingSpec {
  readonly issue: IssueSpec;
  readonly silences: readonly Silence[];
}

export interface RetrainingSpec {
  readonly when: {
    /** Check ids, any of which failing counts; `any` = any check of the model. */
    readonly any_failing: 'any' | readonly string[];
    /** How many consecutive runs the condition must hold (default `1 runs`). */
    readonly for: Duration;
  };
  readonly pull_request: {
    /** Repository path of the retrain request file the PR writes. */
    readonly path: string;
    /** Base branch; undefined = the repository's default branch. */
    readonly base?: string;
    readonly labels: readonly string[];
  };
  /** After a retraining PR is merged or closed, no new one opens for this long (default 7d). */
  readonly cooldown: Duration;
}

/**
 * How long one model may take, reading its data and running its checks (`defaults.time_budget`,
 * default 10m); past it the model is `error` (src/engine/model.ts says what is enforced where).
 */
export interface TimeBudgetSpec {
  readonly ms: number;
  /** As written (`90s`, `10m`, `1h`), for messages. */
  readonly text: string;
}

export interface Policy {
  /** Path of the policy file as the user gave it (relative paths stay relative, for messages). */
  readonly file: string;
  /** Absolute folder of the policy file; data paths resolve against it. */
  readonly dir: string;
  readonly apiVersion: 'modelwatch/v1';
  readonly model: ModelSpec;
  readonly columns: ColumnsSpec;
  readonly data: DataSpec;
  readonly defaults: { readonly min_samples: number; readonly time_budget: TimeBudgetSpec; readonly lifecycle?: LifecycleSpec };
  readonly checks: readonly CheckSpec[];
  readonly alerting: AlertingSpec;
  /** Absent when the policy never asks for retraining. */
  readonly retraining?: RetrainingSpec;
  /**
   * Values substituted from the environment (`${NAME}`): masked in the Action's log and
   * redacted from every report. Not enumerable, like `positionOf`.
   */
  readonly secrets: readonly string[];
  /** Position of any node by JSON pointer (`/checks/0/fail/lt`), for errors found after loading. */
  positionOf(pointer: string): SourcePosition | undefined;
}

/** A problem in a policy file, always with a position. */
export interface PolicyError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Stable, for tools and tests to match on (src/problems.ts, docs/errors.md). */
  readonly code: ProblemCode;
  readonly message: string;
}
