/**
 * Normalises a `multivariate_drift` check: `method` (pca_reconstruction by default, NannyML's
 * multivariate method; or domain_classifier), `columns` (default all: the policy's features;
 * pii columns are refused wherever named) and the method's options with their defaults
 * (docs/policy.md#type-multivariate_drift). An option of the other method is an error, as are
 * `chunks` with `chunk_size`, and fewer than 2 named columns for PCA. Without warn/fail: pca_reconstruction derives its band from the
 * reference at run time; domain_classifier warns above an AUC of 0.55 and fails above 0.65
 * (docs/statistics.md#multivariate-drift says why). Needs data.reference.
 */
import type { NormaliseContext } from '../context.js';
import { normaliseThreshold } from '../thresholds.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import type { MultivariateDriftCheckSpec, MultivariateDriftMethod } from '../types.js';
import { referColumns, type CheckBaseFields } from './base.js';

type Kind = MultivariateDriftMethod['kind'];

interface RawMultivariateDrift extends RawCheck {
  readonly method?: Kind;
  readonly columns?: 'all' | readonly string[];
  readonly variance?: number;
  readonly chunks?: number;
  readonly chunk_size?: number;
  readonly folds?: number;
  readonly c?: number;
  readonly max_rows?: number;
  readonly seed?: number;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

export const MULTIVARIATE_DEFAULTS = {
  pca_reconstruction: { variance: 0.65, chunks: 10 },
  domain_classifier: { folds: 5, c: 1, max_rows: 5_000, seed: 0, warn: { gt: 0.55 }, fail: { gt: 0.65 } },
} as const;

const OPTIONS: Readonly<Record<Kind, readonly string[]>> = {
  pca_reconstruction: ['variance', 'chunks', 'chunk_size'],
  domain_classifier: ['folds', 'c', 'max_rows', 'seed'],
};

export function normaliseMultivariateDrift(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): MultivariateDriftCheckSpec {
  const raw = check as RawMultivariateDrift;
  const at = base.pointer;
  if (!ctx.hasReference) ctx.error(`${at}/type`, 'policy/conflict', 'a multivariate_drift check compares with reference data: add data.reference');
  const kind: Kind = raw.method ?? 'pca_reconstruction';
  const other: Kind = kind === 'pca_reconstruction' ? 'domain_classifier' : 'pca_reconstruction';
  for (const key of OPTIONS[other]) {
    if ((raw as unknown as Record<string, unknown>)[key] !== undefined) {
      ctx.error(`${at}/${key}`, 'policy/conflict', `"${key}" is an option of method ${other}, not of ${kind} (which takes ${OPTIONS[kind].join(', ')})`, 'key');
    }
  }
  if (raw.chunks !== undefined && raw.chunk_size !== undefined) {
    ctx.error(`${at}/chunk_size`, 'policy/conflict', 'give "chunks" (how many reference chunks) or "chunk_size" (rows in each), not both', 'key');
  }
  const columns = raw.columns ?? 'all';
  if (kind === 'pca_reconstruction' && columns !== 'all' && columns.length < 2) {
    ctx.error(`${at}/columns`, 'policy/conflict', 'PCA reconstruction needs at least 2 columns; name more, or use a drift check for one column');
  }
  referColumns(columns, `${at}/columns`, ctx);
  const d = MULTIVARIATE_DEFAULTS;
  const method: MultivariateDriftMethod =
    kind === 'pca_reconstruction'
      ? { kind, variance: raw.variance ?? d.pca_reconstruction.variance, chunks: raw.chunk_size !== undefined ? { size: raw.chunk_size } : { count: raw.chunks ?? d.pca_reconstruction.chunks } }
      : { kind, folds: raw.folds ?? d.domain_classifier.folds, c: raw.c ?? d.domain_classifier.c, max_rows: raw.max_rows ?? d.domain_classifier.max_rows, seed: raw.seed ?? d.domain_classifier.seed };
  const spec: { -readonly [K in keyof MultivariateDriftCheckSpec]: MultivariateDriftCheckSpec[K] } = {
    ...base,
    type: 'multivariate_drift',
    columns: columns === 'all' ? 'all' : [...columns],
    method,
  };
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (raw.warn === undefined && raw.fail === undefined && kind === 'domain_classifier') {
    spec.warn = d.domain_classifier.warn;
    spec.fail = d.domain_classifier.fail;
  }
  return spec;
}
