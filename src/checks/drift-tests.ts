/**
 * The verdicts of a drift check's tested columns (ks, chi_square, z), judged together
 * (docs/statistics.md#multiple-testing): the p-values of every column that was tested are
 * adjusted for one another (`correction`, default bh: with 300 columns and no correction some
 * 15 would "drift" by chance at p < 0.05), the adjusted p-value meets the `p_value`
 * thresholds, and with `min_effect` a breach counts only when the column's effect size is at
 * least min_effect too — at a million rows a shift too small to matter is still significant.
 *
 * Columns without a p-value (distances, no_data, errors) are not in the family and pass
 * through unchanged, with a null adjusted p-value.
 */
import type { DriftCheckSpec, DriftCorrection } from '../policy/types.js';
import { adjustPValues } from '../stats/multiple-testing.js';
import type { DriftColumnDetail } from './details.js';
import { TESTS } from './drift-measure.js';
import { judge, shownAgainst } from './threshold.js';

const CORRECTION_NAMES = { bh: 'BH', holm: 'Holm', bonferroni: 'Bonferroni', none: 'not' } as const;

export interface JudgedTests {
  readonly columns: DriftColumnDetail[];
  /** How many columns were tested together (the family the correction adjusted over). */
  readonly tested: number;
  /** The correction applied: the policy's when more than one column was tested, else none. */
  readonly correction: DriftCorrection;
}

export function judgeTests(spec: DriftCheckSpec, columns: readonly DriftColumnDetail[]): JudgedTests {
  const correction = spec.correction ?? 'bh';
  const family = columns.flatMap((c, i) => (TESTS.has(c.method) && c.p_value !== null ? [i] : []));
  const adjusted = adjustPValues(
    family.map((i) => columns[i]!.p_value!),
    correction,
  );
  const judged: DriftColumnDetail[] = columns.map((c) => ({ ...c, p_value_adjusted: null }));
  family.forEach((i, k) => {
    judged[i] = judgeTest(spec, correction, columns[i]!, adjusted[k]!, family.length);
  });
  return { columns: judged, tested: family.length, correction: family.length > 1 ? correction : 'none' };
}

function judgeTest(spec: DriftCheckSpec, correction: DriftCorrection, column: DriftColumnDetail, adjusted: number, tested: number): DriftColumnDetail {
  const verdict = judge(adjusted, column.thresholds);
  // The raw p-value was judged by the same thresholds already and failed the same way: keep that message.
  if (verdict.status === 'error') return { ...column, p_value_adjusted: adjusted };
  const p = column.p_value!;
  const corrected = tested > 1 && correction !== 'none';
  const what =
    `p-value ${corrected ? formatNumber(p) : shownAgainst(p, verdict, formatNumber)}` +
    (corrected ? ` (${CORRECTION_NAMES[correction]}-adjusted over ${tested} tests: ${shownAgainst(adjusted, verdict, formatNumber)})` : '') +
    (column.statistic !== null && !Number.isFinite(column.statistic)
      ? ` (the ${column.method} statistic is infinite: a value never seen in the reference appears)`
      : '');
  let status = verdict.status;
  let message = status === 'pass' ? `${what}: no drift` : `${what} ${verdict.breached ?? ''}: ${status === 'fail' ? 'drifted' : 'drift warning'}`;
  const gate = spec.min_effect;
  const effect = column.effect ?? null;
  if (gate !== undefined && status !== 'pass' && effect !== null && effect < gate.value) {
    message = `${what} ${verdict.breached ?? ''}, but ${effectName(column, gate.effect)} ${formatNumber(effect)} < min_effect ${gate.value}: no drift`;
    status = 'pass';
  }
  return { ...column, p_value_adjusted: adjusted, score: adjusted, status, drifted: status === 'fail', message };
}

function effectName(column: DriftColumnDetail, effect: 'ks' | 'wasserstein'): string {
  if (column.kind === 'categorical') return 'total variation';
  return effect === 'ks' ? 'KS D' : 'normed Wasserstein';
}

function formatNumber(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}
