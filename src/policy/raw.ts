/**
 * The policy as written in YAML, after schema validation and `${NAME}` resolution but before
 * defaults: the shapes the schema guarantees. Only the loader and the normalisers see these.
 */
import type { ColumnKind, DataFormat, Delimiter, Scalar } from './types.js';

export interface RawComparator {
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
  readonly eq?: Scalar;
  readonly not_eq?: Scalar;
  readonly between?: readonly number[];
  readonly not_between?: readonly number[];
  readonly in?: readonly Scalar[];
  readonly not_in?: readonly Scalar[];
}

export interface RawThreshold extends RawComparator {
  readonly confidence?: number;
  readonly vs?: 'reference' | 'previous' | 'history';
  readonly relative?: RawComparator;
  readonly absolute?: RawComparator;
  readonly runs?: number;
  readonly k?: number;
  readonly side?: 'below' | 'above';
}

export interface RawThresholds {
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

export interface RawSource {
  readonly file?: string | readonly string[];
  readonly postgres?: RawPostgres;
  readonly http?: RawHttp;
  readonly command?: readonly string[];
  readonly profile?: string;
  readonly format?: DataFormat;
  readonly delimiter?: Delimiter;
  readonly allow_outside_root?: boolean;
  readonly max_bytes?: number;
  readonly max_gzip_ratio?: number;
  readonly timeout?: string;
}

export interface RawPostgres {
  readonly url: string;
  readonly table?: string;
  readonly where?: string;
  readonly query?: string;
  readonly timestamp?: string;
  readonly connect_timeout?: string;
  readonly retries?: number;
  readonly pushdown?: 'auto' | 'required' | 'never';
}

export interface RawHttp {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly retries?: number;
  readonly allow_redirect_hosts?: readonly string[];
}

export interface RawLabels extends RawSource {
  readonly join?: string;
  readonly column?: string;
  readonly delay?: string;
}

export interface RawColumns {
  readonly id?: string;
  readonly timestamp?: string;
  readonly prediction?: string;
  readonly score?: string;
  readonly class_scores?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly features?: { readonly numerical?: readonly string[]; readonly categorical?: readonly string[] };
  readonly sensitive?: readonly string[];
  readonly pii?: readonly string[];
  readonly types?: Readonly<Record<string, ColumnKind>>;
}

/** A check before its type's normaliser reads it; each normaliser narrows it to its own shape. */
export interface RawCheck {
  readonly id: string;
  readonly type: string;
  readonly description?: string;
  readonly min_samples?: number;
  readonly for?: string;
  readonly keep_firing_for?: string;
  readonly inhibits?: readonly string[];
  readonly forecast?: { readonly horizon: string; readonly runs?: number; readonly confidence?: number };
  readonly [key: string]: unknown;
}

export interface RawPolicy {
  readonly apiVersion: 'modelwatch/v1';
  readonly kind: 'ModelMonitor';
  readonly model: {
    readonly name: string;
    readonly version?: string;
    readonly task: 'binary_classification' | 'multiclass_classification' | 'regression';
    readonly owners?: readonly string[];
    readonly runbook?: string;
  };
  readonly columns?: RawColumns;
  readonly data: {
    readonly reference?: RawSource;
    readonly current: RawSource;
    readonly labels?: RawLabels;
    readonly window?: string;
    readonly sample?: { readonly max_rows: number; readonly seed?: number };
  };
  readonly defaults?: { readonly min_samples?: number; readonly time_budget?: string; readonly for?: string; readonly keep_firing_for?: string };
  readonly checks: readonly RawCheck[];
  readonly alerting?: {
    readonly issue?: { readonly enabled?: boolean; readonly labels?: readonly string[] };
    readonly silences?: readonly { readonly checks?: readonly string[]; readonly until: string; readonly reason: string }[];
  };
  readonly retraining?: {
    readonly when: { readonly any_failing: 'any' | readonly string[]; readonly for?: string };
    readonly pull_request: { readonly path: string; readonly base?: string; readonly labels?: readonly string[] };
    readonly cooldown?: string;
  };
}
