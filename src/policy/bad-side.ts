/**
 * Which side of a band is bad for a check's headline value, for `vs: history` thresholds: below
 * for scores of skill and for rates that should stay up, above for errors, losses, shares,
 * drift and latency. Null where the value has no bad side of its own (a business KPI, a
 * fairness ratio that is bad on both sides, a row count): the policy must then say `side:`.
 * The performance metrics agree with BAD_DIRECTION in checks/performance-threshold.ts (a test
 * holds them together: test/policy/memory-thresholds.test.ts).
 */
import type { CheckSpec, PerformanceMetric } from './types.js';

export type BadSide = 'below' | 'above';

const PERFORMANCE: Readonly<Record<PerformanceMetric, BadSide>> = {
  accuracy: 'below',
  balanced_accuracy: 'below',
  precision: 'below',
  recall: 'below',
  f1: 'below',
  specificity: 'below',
  roc_auc: 'below',
  average_precision: 'below',
  r2: 'below',
  log_loss: 'above',
  brier: 'above',
  ece: 'above',
  mae: 'above',
  mse: 'above',
  rmse: 'above',
  mape: 'above',
};

/** The side a check type and metric make bad, or null when the policy must say. */
export function badSide(check: Pick<CheckSpec, 'type'> & { readonly metric?: unknown; readonly aggregate?: unknown }): BadSide | null {
  switch (check.type) {
    case 'performance':
      return PERFORMANCE[check.metric as PerformanceMetric] ?? null;
    case 'data_quality':
      // Shares, duplicates, staleness and schema problems grow when things go wrong; a row
      // count and a rule's holding share have no side the tool can assume.
      return ['missing_share', 'out_of_range_share', 'unseen_share', 'duplicate_ids', 'freshness', 'schema'].includes(String(check.metric)) ? 'above' : null;
    case 'operational':
      return check.metric === 'throughput' ? 'below' : 'above';
    case 'fairness':
      return check.aggregate === 'difference' || check.aggregate === 'equalized_odds' ? 'above' : null;
    case 'concept_drift':
    case 'label_shift':
    case 'multivariate_drift':
      return 'above';
    case 'drift':
    case 'business':
      return null;
  }
}
