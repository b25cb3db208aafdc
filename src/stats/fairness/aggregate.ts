/**
 * Aggregates of a group rate across groups, with Fairlearn's definitions
 * (MetricFrame.difference / .ratio with method="between_groups", equalized_odds_difference) and
 * Aequitas' disparity:
 *   difference      = max_g r_g − min_g r_g
 *   ratio           = min_g r_g / max_g r_g                    (undefined when max = 0)
 *   vs_group        = r_g / r_ref for each group g ≠ ref       (undefined when r_ref = 0)
 *   equalized_odds  = max(difference of TPR, difference of FPR)
 * Groups whose rate is undefined (null) are left out. O(groups).
 */

export interface GroupValue {
  readonly label: string;
  readonly value: number;
}

export interface Extremes {
  readonly min: GroupValue;
  readonly max: GroupValue;
}

/** The groups with the lowest and highest value (first one on ties), or null with fewer than 2. */
export function extremes(values: readonly GroupValue[]): Extremes | null {
  if (values.length < 2) return null;
  let min = values[0]!;
  let max = values[0]!;
  for (const g of values) {
    if (g.value < min.value) min = g;
    if (g.value > max.value) max = g;
  }
  return { min, max };
}

export function difference(e: Extremes): number {
  return e.max.value - e.min.value;
}

/** min / max, or null when max is 0 (every group's rate is 0: Fairlearn gives NaN). */
export function ratio(e: Extremes): number | null {
  return e.max.value === 0 ? null : e.min.value / e.max.value;
}

/** Aequitas disparity of each group against the reference group's value; null when that is 0. */
export function disparities(values: readonly GroupValue[], reference: GroupValue): { label: string; disparity: number | null }[] {
  return values
    .filter((g) => g.label !== reference.label)
    .map((g) => ({ label: g.label, disparity: reference.value === 0 ? null : g.value / reference.value }));
}
