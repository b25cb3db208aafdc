/**
 * How often does a drift check cry wolf? `node bench/simulate.mjs drift-false-alarms`.
 *
 * 1. Stationary data, 300 features: reference and current are independent draws from the same
 *    distributions (standard normals, 500 rows each, so `method: auto` tests every column with
 *    ks). A run is a false alarm when the check fails — some column "drifted" although nothing
 *    changed. Counted over RUNS seeded runs for each correction.
 * 2. Large samples: 1,000,000 rows a side, the current shifted by 0.01 standard deviations (a
 *    change nobody would act on), with and without `min_effect: 0.05`, and a category whose
 *    share moves from 50% to 50.2%.
 *
 * mulberry32 (src/data/random.ts) with fixed seeds: the same figures on every machine.
 */
import { driftCheck } from '../../src/checks/drift.js';
import type { DriftDetails } from '../../src/checks/details.js';
import type { CheckContext } from '../../src/checks/types.js';
import { mulberry32 } from '../../src/data/random.js';
import { Table, type Column } from '../../src/data/table.js';
import type { DriftCheckSpec, DriftCorrection } from '../../src/policy/types.js';
import { simulationPolicy } from './shared/policy.js';

const FEATURES = 300;
const ROWS = 500;
const RUNS = 200;
const SEED = 20261201;

const policy = simulationPolicy;

function spec(partial: Partial<DriftCheckSpec>): DriftCheckSpec {
  return { id: 'drift', type: 'drift', features: 'all', method: 'auto', per_feature: { fail: { gte: 0.1 } }, p_value: { fail: { lt: 0.05 } }, bins: 10, min_samples: 1, pointer: '/checks/0', ...partial };
}

function context(current: Table, reference: Table): CheckContext {
  return { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date(0) };
}

/** Box–Muller standard normals from one seeded stream. */
function normals(random: { uniform(): number }): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
}

function normalTable(normal: () => number, rows: number, features: number, shift = 0): Table {
  const columns: Column[] = [];
  for (let j = 0; j < features; j++) {
    const values = new Float64Array(rows);
    for (let i = 0; i < rows; i++) values[i] = normal() + shift;
    columns.push({ kind: 'numeric', name: `f${String(j).padStart(3, '0')}`, values });
  }
  return new Table(rows, columns, 'simulation');
}

function stationary(): void {
  const corrections: DriftCorrection[] = ['none', 'bh', 'holm', 'bonferroni'];
  const alarms = new Map(corrections.map((c) => [c, 0]));
  const drifted = new Map(corrections.map((c) => [c, 0]));
  const normal = normals(mulberry32(SEED));
  for (let run = 0; run < RUNS; run++) {
    const reference = normalTable(normal, ROWS, FEATURES);
    const current = normalTable(normal, ROWS, FEATURES);
    for (const correction of corrections) {
      const outcome = driftCheck.run(spec({ correction }), context(current, reference));
      const details = outcome.details as DriftDetails;
      if (details.columns.some((c) => c.method !== 'ks')) throw new Error('auto was expected to test every column with ks');
      if (outcome.status === 'fail') alarms.set(correction, alarms.get(correction)! + 1);
      drifted.set(correction, drifted.get(correction)! + details.drifted_columns);
    }
  }
  console.log(`Stationary data: ${FEATURES} features, ${ROWS} reference and ${ROWS} current rows (standard normals), ks at p < 0.05, ${RUNS} runs, seed ${SEED}`);
  console.log('correction   false-alarm rate (runs that fail)   drifted columns per run');
  for (const c of corrections) {
    const rate = alarms.get(c)! / RUNS;
    console.log(`${c.padEnd(12)} ${`${(100 * rate).toFixed(1)}% (${alarms.get(c)}/${RUNS}) ± ${(100 * 1.96 * Math.sqrt((rate * (1 - rate)) / RUNS)).toFixed(1)}`.padEnd(37)} ${(drifted.get(c)! / RUNS).toFixed(2)}`);
  }
}

function largeSamples(): void {
  const n = 1_000_000;
  const normal = normals(mulberry32(SEED + 1));
  const reference = normalTable(normal, n, 1);
  const current = normalTable(normal, n, 1, 0.01);
  const same = normalTable(normal, n, 1);
  console.log(`\nLarge samples: ${n.toLocaleString('en')} rows a side, method ks, p < 0.05`);
  for (const [label, cur, partial] of [
    ['no change', same, {}],
    ['shift 0.01 sd', current, {}],
    ['shift 0.01 sd, min_effect 0.05', current, { min_effect: { value: 0.05, effect: 'ks' } }],
    ['shift 0.01 sd, min_effect 0.05 (wasserstein)', current, { min_effect: { value: 0.05, effect: 'wasserstein' } }],
  ] as const) {
    const outcome = driftCheck.run(spec({ method: 'ks', ...partial }), context(cur, reference));
    const column = (outcome.details as DriftDetails).columns[0]!;
    const effect = column.effect === undefined ? '' : `, effect ${column.effect!.toFixed(4)}`;
    console.log(`${label.padEnd(46)} D ${column.statistic!.toFixed(4)}, p ${column.p_value!.toExponential(2)}${effect}: ${outcome.status}`);
  }
  // A binary category whose share moves from 50% to 50.2%.
  const random = mulberry32(SEED + 2);
  const category = (share: number): Table => {
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = random.uniform() < share ? 0 : 1;
    return new Table(n, [{ kind: 'categorical', name: 'c', codes, dictionary: ['a', 'b'] }], 'simulation');
  };
  const before = category(0.5);
  const after = category(0.502);
  for (const [label, partial] of [
    ['share 50% → 50.2% (z)', {}],
    ['share 50% → 50.2% (z), min_effect 0.05', { min_effect: { value: 0.05, effect: 'ks' } }],
  ] as const) {
    const outcome = driftCheck.run(spec({ method: 'z', ...partial }), context(after, before));
    const column = (outcome.details as DriftDetails).columns[0]!;
    const effect = column.effect === undefined ? '' : `, total variation ${column.effect!.toFixed(4)}`;
    console.log(`${label.padEnd(46)} p ${column.p_value!.toExponential(2)}${effect}: ${outcome.status}`);
  }
}

export function main(): void {
  stationary();
  largeSamples();
}
