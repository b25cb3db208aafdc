/**
 * Drift segments: one correction family for the overall and the group tests, or two?
 * `node bench/simulate.mjs drift-segment-false-alarms`.
 *
 * 20 features of standard normals, 5 groups of 400 rows on each side (2,000 rows), `method: ks`,
 * `by: g`, p < 0.05. The check's status is the worst of the overall verdict and the groups', so
 * a run fails when any of its 20 + 5 × 20 = 120 tests is judged drifted.
 *
 * 1. Stationary: nothing changes. A failing run is a false alarm.
 * 2. Planted: one feature shifted by 0.3 standard deviations in one group only. A failing run
 *    whose drifted tests include that (group, feature) is a detection.
 *
 * "one family" is the check as built (drift.ts): every p-value adjusted together. "two
 * families" adjusts the overall tests among themselves and the group tests among themselves
 * (computed here from the raw p-values in the details, with the same adjustPValues). "none"
 * is `correction: none`. mulberry32 (src/data/random.ts) with fixed seeds.
 */
import { driftCheck } from '../../src/checks/drift.js';
import type { DriftDetails } from '../../src/checks/details.js';
import type { CheckContext } from '../../src/checks/types.js';
import { mulberry32 } from '../../src/data/random.js';
import { Table, type Column } from '../../src/data/table.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';
import { simulationPolicy } from './shared/policy.js';
import { adjustPValues } from '../../src/stats/multiple-testing.js';

const FEATURES = 20;
const GROUPS = 5;
const PER_GROUP = 400;
const RUNS = 200;
const SEED = 20261202;
const ALPHA = 0.05;

const policy = simulationPolicy;

function spec(partial: Partial<DriftCheckSpec>): DriftCheckSpec {
  return { id: 'drift', type: 'drift', features: Array.from({ length: FEATURES }, (_, j) => `f${String(j).padStart(2, '0')}`), method: 'ks', per_feature: { fail: { gte: 0.1 } }, p_value: { fail: { lt: ALPHA } }, bins: 10, min_samples: 1, pointer: '/checks/0', by: ['g'], min_group_size: 100, ...partial };
}

function context(current: Table, reference: Table): CheckContext {
  return { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date(0) };
}

function normals(random: { uniform(): number }): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
}

/** Rows in group order (g0 × 400, g1 × 400, …); `shift` is added to f00 in group g0. */
function groupedTable(normal: () => number, shift = 0): Table {
  const rows = GROUPS * PER_GROUP;
  const codes = Int32Array.from({ length: rows }, (_, i) => Math.floor(i / PER_GROUP));
  const columns: Column[] = [{ kind: 'categorical', name: 'g', codes, dictionary: Array.from({ length: GROUPS }, (_, k) => `g${k}`) }];
  for (let j = 0; j < FEATURES; j++) {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = normal() + (j === 0 && codes[i] === 0 ? shift : 0);
    columns.push({ kind: 'numeric', name: `f${String(j).padStart(2, '0')}`, values });
  }
  return new Table(rows, columns, 'simulation');
}

interface Tally {
  alarms: number;
  hits: number;
}

/** Which tests drift under each scheme: [overall, groups] drifted flags. */
function schemes(details: DriftDetails): Record<'one family' | 'two families' | 'none', { any: boolean; planted: boolean }> {
  const overall = details.columns.map((c) => c.p_value!);
  const groupTests = details.groups!.flatMap((g) => g.columns.map((c) => ({ group: g.group, column: c.column, p: c.p_value!, adjusted: c.p_value_adjusted! })));
  const plantedAt = groupTests.findIndex((t) => t.group === 'g0' && t.column === 'f00');
  const one = [...details.columns.map((c) => c.p_value_adjusted!), ...groupTests.map((t) => t.adjusted)];
  const twoOverall = adjustPValues(overall, 'bh');
  const twoGroups = adjustPValues(groupTests.map((t) => t.p), 'bh');
  const none = [...overall, ...groupTests.map((t) => t.p)];
  const judged = (adjusted: readonly number[], offset: number) => ({ any: adjusted.some((p) => p < ALPHA), planted: adjusted[offset + plantedAt]! < ALPHA });
  return {
    'one family': judged(one, overall.length),
    'two families': { any: twoOverall.some((p) => p < ALPHA) || twoGroups.some((p) => p < ALPHA), planted: twoGroups[plantedAt]! < ALPHA },
    none: judged(none, overall.length),
  };
}

function simulate(label: string, shift: number, seed: number): void {
  const tallies = new Map<string, Tally>();
  const normal = normals(mulberry32(seed));
  for (let run = 0; run < RUNS; run++) {
    const reference = groupedTable(normal);
    const current = groupedTable(normal, shift);
    const outcome = driftCheck.run(spec({ correction: 'bh' }), context(current, reference));
    const details = outcome.details as DriftDetails;
    if (details.family_size !== FEATURES * (GROUPS + 1)) throw new Error(`expected a family of ${FEATURES * (GROUPS + 1)} tests, got ${details.family_size}`);
    if ((outcome.status === 'fail') !== schemes(details)['one family'].any) throw new Error('the check and the one-family count disagree');
    for (const [scheme, result] of Object.entries(schemes(details))) {
      const tally = tallies.get(scheme) ?? { alarms: 0, hits: 0 };
      if (result.any) tally.alarms++;
      if (result.planted) tally.hits++;
      tallies.set(scheme, tally);
    }
  }
  console.log(`\n${label}: ${FEATURES} features, ${GROUPS} groups × ${PER_GROUP} rows a side, ks, bh at p < ${ALPHA}, ${RUNS} runs, seed ${seed}`);
  console.log(`scheme         runs that fail${shift === 0 ? '' : '   runs that find the planted (g0, f00)'}`);
  for (const [scheme, t] of tallies) {
    const rate = (k: number) => `${((100 * k) / RUNS).toFixed(1)}% (${k}/${RUNS}) ± ${(100 * 1.96 * Math.sqrt(((k / RUNS) * (1 - k / RUNS)) / RUNS)).toFixed(1)}`;
    console.log(`${scheme.padEnd(14)} ${rate(t.alarms).padEnd(24)}${shift === 0 ? '' : `   ${rate(t.hits)}`}`);
  }
}

export function main(): void {
  simulate('Stationary', 0, SEED);
  simulate('Planted: f00 + 0.3 sd in g0 only', 0.3, SEED + 1);
}
