/**
 * The `details` of each check type, as they appear in the report. Each check type adds its own
 * interface here and to the `CheckDetails` union; `kind` equals the check's `type`.
 */
import type { Status } from './types.js';
import type { DataQualityMetric, DriftMethod, Thresholds } from '../policy/types.js';

export interface DriftColumnDetail {
  readonly column: string;
  readonly kind: 'numeric' | 'categorical';
  /** The method used for this column (what `auto` chose, or the policy's method). */
  readonly method: DriftMethod;
  /** The test statistic or distance; null when the column could not be evaluated. */
  readonly statistic: number | null;
  /** The p-value for tests (ks, chi_square, z); null for distances. */
  readonly p_value: number | null;
  /** What the thresholds were compared with: the p-value for tests, the statistic otherwise. */
  readonly score: number | null;
  readonly thresholds: Thresholds;
  readonly status: Status;
  /** True when the column breached its `fail` threshold. */
  readonly drifted: boolean;
  /** Non-missing values compared on each side. */
  readonly reference_rows: number;
  readonly current_rows: number;
  readonly message: string;
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
}

export interface QualityColumnDetail {
  readonly column: string;
  readonly value: number | null;
  readonly status: Status;
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

export type CheckDetails = DriftDetails | DataQualityDetails;
