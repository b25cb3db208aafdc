/**
 * Do the 95% intervals hold the true value 95% of the time? `node bench/simulate.mjs interval-coverage`.
 *
 * A binary model whose truth is known in closed form: labels are 1 with probability 0.3, the
 * score is a normal with mean 1 for positives and 0 for negatives (sd 1). Then the true ROC AUC
 * is Φ(1/√2) = 0.7602 and, predicting positive at score ≥ 0.5, the true accuracy is Φ(0.5) =
 * 0.6915. For each size, RUNS seeded samples; coverage = the share of runs whose interval
 * (DeLong for the AUC, src/stats/delong.ts; Wilson for accuracy, src/stats/fairness/wilson.ts)
 * holds the true value, with its Monte Carlo 95% margin, and the spread of the AUC across runs
 * beside the mean DeLong standard error (equal when the variance estimate is right).
 */
import erfc from '@stdlib/math-base-special-erfc';
import { mulberry32 } from '../../src/data/random.js';
import { delongRocAuc } from '../../src/stats/delong.js';
import { wilsonInterval } from '../../src/stats/fairness/wilson.js';

const SIZES = [200, 2000, 20000];
const RUNS = 1000;
const SEED = 20261201;
const PREVALENCE = 0.3;
const SEPARATION = 1;
const THRESHOLD = 0.5;

const phi = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);
const TRUE_AUC = phi(SEPARATION / Math.SQRT2);
const TRUE_ACCURACY = PREVALENCE * (1 - phi(THRESHOLD - SEPARATION)) + (1 - PREVALENCE) * phi(THRESHOLD);

export function main(): void {
  const random = mulberry32(SEED);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
  console.log(`True ROC AUC ${TRUE_AUC.toFixed(4)}, true accuracy ${TRUE_ACCURACY.toFixed(4)}; ${RUNS} runs a size, seed ${SEED}, 95% intervals`);
  console.log('rows     AUC (DeLong) coverage   mean width   SD of AUC / mean SE   accuracy (Wilson) coverage   mean width');
  for (const n of SIZES) {
    let aucHits = 0;
    let aucWidth = 0;
    let accHits = 0;
    let accWidth = 0;
    let runs = 0;
    let sumAuc = 0;
    let sumAuc2 = 0;
    let sumSe = 0;
    while (runs < RUNS) {
      const labels = new Float64Array(n);
      const scores = new Float64Array(n);
      let positives = 0;
      let correct = 0;
      for (let i = 0; i < n; i++) {
        const y = random.uniform() < PREVALENCE ? 1 : 0;
        labels[i] = y;
        scores[i] = normal() + SEPARATION * y;
        positives += y;
        if ((scores[i]! >= THRESHOLD ? 1 : 0) === y) correct++;
      }
      if (positives < 2 || n - positives < 2) continue; // DeLong needs two of each class
      runs++;
      const auc = delongRocAuc(scores, labels);
      if (auc.low <= TRUE_AUC && TRUE_AUC <= auc.high) aucHits++;
      aucWidth += auc.high - auc.low;
      sumAuc += auc.auc;
      sumAuc2 += auc.auc ** 2;
      sumSe += auc.standardError;
      const acc = wilsonInterval(correct, n);
      if (acc.low <= TRUE_ACCURACY && TRUE_ACCURACY <= acc.high) accHits++;
      accWidth += acc.high - acc.low;
    }
    const cell = (hits: number) => `${((100 * hits) / RUNS).toFixed(1)}% ± ${(100 * 1.96 * Math.sqrt((hits / RUNS) * (1 - hits / RUNS) / RUNS)).toFixed(1)}`;
    const sd = Math.sqrt((sumAuc2 - sumAuc ** 2 / RUNS) / (RUNS - 1));
    const ratio = `${sd.toFixed(5)} / ${(sumSe / RUNS).toFixed(5)}`;
    console.log(`${String(n).padEnd(8)} ${cell(aucHits).padEnd(24)} ${(aucWidth / RUNS).toFixed(4).padEnd(12)} ${ratio.padEnd(21)} ${cell(accHits).padEnd(28)} ${(accWidth / RUNS).toFixed(4)}`);
  }
}
