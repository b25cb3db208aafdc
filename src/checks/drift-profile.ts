/**
 * Drift on a side read back from a profile (profile/table.ts): what the read-back values cost a
 * numeric column's statistic. Buckets that hold one distinct value read back exactly, so a
 * column of such buckets (ages, counts, codes) gives the rows' statistic, and so do the binned
 * methods (PSI, Jensen–Shannon, KL, Hellinger) whenever the current side's buckets were split
 * at the reference's bin edges, which a current profile made against the reference is. Where
 * buckets hold a range of values, KS and Wasserstein are within a bound the column reports
 * (docs/statistics.md#profiles):
 *
 *   KS D:                |D_read − D| ≤ cdf_ref + cdf_cur
 *   normed Wasserstein:  |W_read − W| ≤ (shift_ref + shift_cur) / σ + W_read · |σ_read / σ − 1|
 *
 * with cdf and shift from readBackError (profile/buckets.ts) and σ the reference's population
 * standard deviation from its profile's M2 (σ_read that of the values read back).
 */
import type { Table } from '../data/table.js';
import type { ProblemCode } from '../problems.js';
import { edgeSplits } from '../profile/buckets.js';
import { profileFacts } from '../profile/table.js';
import { WASSERSTEIN_STD_FLOOR } from '../stats/wasserstein.js';
import type { DriftColumnDetail } from './details.js';

const BINNED = new Set(['psi', 'jensen_shannon', 'kl', 'hellinger']);

/**
 * The column's detail with its bound, or made an error where read-back values cannot give the
 * method's statistic. `referenceStd`: the standard deviation of the reference's values the
 * measure compared (wasserstein's divisor, drift-measure.ts), which for a profiled reference is
 * that of its values read back.
 */
export function boundedByProfile(detail: DriftColumnDetail, reference: Table, current: Table, bins: number, referenceStd: number | undefined): DriftColumnDetail {
  const ref = profileFacts(reference);
  const cur = profileFacts(current);
  if ((ref === undefined && cur === undefined) || detail.kind !== 'numeric' || detail.statistic === null) return detail;
  const name = detail.column;
  const refError = ref?.error(name) ?? { cdf: 0, shift: 0 };
  const curError = cur?.error(name) ?? { cdf: 0, shift: 0 };
  const exact = refError.cdf === 0 && curError.cdf === 0;
  if (exact) return { ...detail, bound: 0 };
  const refuse = (code: ProblemCode, message: string): DriftColumnDetail => ({ ...detail, statistic: null, p_value: null, score: null, drifted: false, status: 'error', code, message });
  const method = detail.method;
  if (method === 'chi_square' || method === 'z') {
    return refuse('profile/missing', `${method} compares distinct values, and the profile holds this column's values in buckets of ranges: profile again with more --bits, or set method: psi`);
  }
  if (BINNED.has(method)) {
    const edges = ref?.numeric(name)?.edges?.[String(bins)];
    if (ref !== undefined && refError.cdf > 0 && edges === undefined) {
      return refuse('profile/missing', `the reference profile keeps no ${bins}-bin edges for this column (the policy's bins changed since it was made, or it was merged): profile the reference again with this policy`);
    }
    const splits = cur?.numeric(name)?.splits;
    if (cur !== undefined && curError.cdf > 0) {
      const needed = edges === undefined ? null : edgeSplits(edges);
      if (needed === null || splits === undefined || needed.some((p) => !splits.includes(p))) {
        return refuse('profile/missing', `the current profile's buckets were not split at the reference's ${bins}-bin edges, so its bin counts are not exact: profile the current side against this reference (modelwatch profile --side current)`);
      }
    }
    return { ...detail, bound: 0 };
  }
  if (method === 'ks') return withBound(detail, refError.cdf + curError.cdf);
  // wasserstein: σ from the reference's M2 when it is profiled, else from its rows (then exact).
  const values = reference.column(name);
  if (ref !== undefined && referenceStd === undefined) throw new Error(`bug: wasserstein on column ${JSON.stringify(name)} measured without the reference's standard deviation`);
  const sigmaRead = ref !== undefined ? referenceStd! : values?.kind === 'numeric' ? populationStd(values.values) : NaN;
  const profiled = ref?.numeric(name);
  const sigma = profiled !== undefined && profiled.count > 0 ? Math.sqrt(profiled.m2 / profiled.count) : sigmaRead;
  const floor = Math.max(sigma, WASSERSTEIN_STD_FLOOR);
  const bound = (refError.shift + curError.shift) / floor + detail.statistic * Math.abs(Math.max(sigmaRead, WASSERSTEIN_STD_FLOOR) / floor - 1);
  return withBound(detail, bound);
}

/** The column with its bound, said in its message too: a reader sees the statistic is from buckets. */
function withBound(detail: DriftColumnDetail, bound: number): DriftColumnDetail {
  return { ...detail, bound, message: `${detail.message} (within ±${Number(bound.toPrecision(2))}: values read from a profile's buckets)` };
}

function populationStd(values: Float64Array): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) {
      n++;
      sum += v;
    }
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === v) squares += (v - mean) * (v - mean);
  }
  return Math.sqrt(squares / n);
}
