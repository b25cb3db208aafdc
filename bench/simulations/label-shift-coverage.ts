/**
 * Do BBSE's 95% delta-method intervals (src/stats/bbse.ts) hold the true current priors 95% of
 * the time? `node bench/simulate.mjs label-shift-coverage`.
 *
 * Each setting fixes a model by its confusion P(ŷ | y) (column j: the prediction shares of class
 * j), the reference priors p and the current priors q (label shift: P(ŷ | y) is the same on
 * both sides). A run draws n reference rows (label ~ p, prediction ~ column y) and m current
 * rows (label ~ q), counts them, and estimates q with its intervals. Coverage = the share of
 * runs whose interval holds the truth, for each class's prior q_k and its change q_k − p_k,
 * reported for the class that covers worst, with the Monte Carlo 95% margin; also the mean
 * width of the prior intervals (over all classes) and the share of runs where a weight was clipped.
 * Runs whose reference lacks a class, or whose confusion matrix a class never enters, are
 * redrawn (the check refuses them), and so are runs above the check's max_condition of 100.
 */
import { mulberry32 } from '../../src/data/random.js';
import { bbse } from '../../src/stats/bbse.js';
import { conditionNumber } from '../../src/stats/singular-values.js';

const RUNS_DEFAULT = 1000;
const SEED_DEFAULT = 20261202;

interface Setting {
  readonly name: string;
  /** confusion[i][j] = P(ŷ = i | y = j). */
  readonly confusion: readonly (readonly number[])[];
  readonly p: readonly number[];
  readonly q: readonly number[];
}

const SETTINGS: readonly Setting[] = [
  // Adult-like: TPR 0.6, FPR 0.07; the positive prior moves from 0.24 to 0.40.
  { name: 'binary, TPR 0.60 FPR 0.07', confusion: [[0.93, 0.4], [0.07, 0.6]], p: [0.76, 0.24], q: [0.6, 0.4] },
  // A weak model: Youden's J = 0.2 (condition number 5.05).
  { name: 'binary, TPR 0.55 FPR 0.35', confusion: [[0.65, 0.45], [0.35, 0.55]], p: [0.7, 0.3], q: [0.5, 0.5] },
  {
    name: '3 classes, 70-80% right',
    confusion: [[0.8, 0.15, 0.05], [0.1, 0.7, 0.2], [0.1, 0.15, 0.75]],
    p: [0.5, 0.3, 0.2],
    q: [0.2, 0.3, 0.5],
  },
];

const SIZES: readonly [number, number][] = [[300, 300], [2000, 1000], [20000, 10000]];

/** Arguments: runs a cell (default 1000), seed (default 20261202), and a setting's index to run only it. */
export function main(args: readonly string[] = []): void {
  const RUNS = Number(args[0] ?? RUNS_DEFAULT);
  const SEED = Number(args[1] ?? SEED_DEFAULT);
  const only = args[2] === undefined ? null : Number(args[2]);
  const random = mulberry32(SEED);
  const draw = (shares: readonly number[]): number => {
    const u = random.uniform();
    let acc = 0;
    for (let i = 0; i < shares.length - 1; i++) {
      acc += shares[i]!;
      if (u < acc) return i;
    }
    return shares.length - 1;
  };
  console.log(`BBSE 95% delta-method intervals; ${RUNS} runs a cell, seed ${SEED}`);
  console.log('setting                      reference/current   prior coverage (worst class)   change coverage (worst)   mean width (all classes)   clipped');
  for (const s of SETTINGS.filter((_, i) => only === null || i === only)) {
    const k = s.p.length;
    const columns = Array.from({ length: k }, (_, j) => s.confusion.map((row) => row[j]!));
    for (const [n, m] of SIZES) {
      const priorHits = new Array<number>(k).fill(0);
      const changeHits = new Array<number>(k).fill(0);
      const widths = new Array<number>(k).fill(0);
      let clipped = 0;
      let runs = 0;
      while (runs < RUNS) {
        const joint = Array.from({ length: k }, () => new Array<number>(k).fill(0));
        for (let r = 0; r < n; r++) {
          const y = draw(s.p);
          joint[draw(columns[y]!)]![y]!++;
        }
        const predicted = new Array<number>(k).fill(0);
        for (let r = 0; r < m; r++) predicted[draw(columns[draw(s.q)]!)]!++;
        const classRows = columns.map((_, j) => joint.reduce((t, row) => t + row[j]!, 0));
        if (classRows.some((c) => c === 0) || joint.some((row) => row.every((v) => v === 0))) continue;
        if (!(conditionNumber(joint.map((row) => row.map((v, j) => v / classRows[j]!))) <= 100)) continue;
        runs++;
        const e = bbse(joint, predicted);
        if (e.clipped.some(Boolean)) clipped++;
        for (let j = 0; j < k; j++) {
          if (e.low[j]! <= s.q[j]! && s.q[j]! <= e.high[j]!) priorHits[j]!++;
          const change = s.q[j]! - s.p[j]!;
          if (e.changeLow[j]! <= change && change <= e.changeHigh[j]!) changeHits[j]!++;
          widths[j]! += e.high[j]! - e.low[j]!;
        }
      }
      const worst = (hits: number[]) => hits.indexOf(Math.min(...hits));
      const cell = (hits: number) => `${((100 * hits) / RUNS).toFixed(1)}% ± ${(100 * 1.96 * Math.sqrt(((hits / RUNS) * (1 - hits / RUNS)) / RUNS)).toFixed(1)}`;
      const wp = worst(priorHits);
      const meanWidth = widths.reduce((t, w) => t + w, 0) / (k * RUNS);
      const wc = worst(changeHits);
      console.log(
        `${s.name.padEnd(28)} ${`${n} / ${m}`.padEnd(19)} ${`${cell(priorHits[wp]!)} (class ${wp})`.padEnd(30)} ${`${cell(changeHits[wc]!)} (class ${wc})`.padEnd(25)} ${meanWidth.toFixed(4).padEnd(26)} ${((100 * clipped) / RUNS).toFixed(1)}%`,
      );
    }
  }
}
