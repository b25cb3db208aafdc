/**
 * Do the intervals hold the true value as often as their level says? `node bench/simulate.mjs
 * interval-coverage` (about ten minutes on a loaded 2-core machine).
 *
 * A binary model whose truth is known in closed form: labels are 1 with probability 0.3, the
 * score is a normal with mean 1 for positives and 0 for negatives (sd 1). Then the true ROC AUC
 * is Φ(1/√2) = 0.7602; predicting positive at score ≥ 0.5, the true accuracy is Φ(0.5) =
 * 0.6915 and the true F1 is 2·TP/(2·TP + FP + FN) with TP = 0.3·Φ(0.5), FP = 0.7·(1 − Φ(0.5)),
 * FN = 0.3·(1 − Φ(0.5)); the model's probability is the true posterior
 * P(y = 1 | s) = 1/(1 + e^−(s − ½ + ln(0.3/0.7))), whose expected log loss is integrated
 * numerically (Simpson's rule on ±12 sd, 24,000 steps). For each size, RUNS seeded samples;
 * coverage = the share of runs whose interval holds the true value, with its Monte Carlo 95%
 * margin, for: DeLong (AUC), Wilson (accuracy, at 95% and at 90%), and the check's bootstrap
 * (src/checks/performance-interval.ts: F1 by the multinomial percentile bootstrap; log loss by
 * the row percentile bootstrap at 200 and 2,000 rows and the bag of little bootstraps at
 * 20,000), with the spread of the AUC across runs beside the mean DeLong standard error.
 */
import erfc from '@stdlib/math-base-special-erfc';
import type { Decoded } from '../../src/checks/performance-decode.js';
import { metricInterval } from '../../src/checks/performance-interval.js';
import { computeMetric } from '../../src/checks/performance-metric.js';
import { mulberry32 } from '../../src/data/random.js';
import { delongRocAuc } from '../../src/stats/delong.js';
import { wilsonInterval } from '../../src/stats/fairness/wilson.js';
import { twoSidedZ } from '../../src/stats/normal-quantile.js';

const SIZES = [200, 2000, 20000];
const DEFAULT_RUNS = 1000;
const SEED = 20261201;
const PREVALENCE = 0.3;
const SEPARATION = 1;
const THRESHOLD = 0.5;

const phi = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);
const density = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const TRUE_AUC = phi(SEPARATION / Math.SQRT2);
const TRUE_ACCURACY = PREVALENCE * (1 - phi(THRESHOLD - SEPARATION)) + (1 - PREVALENCE) * phi(THRESHOLD);
const TP = PREVALENCE * (1 - phi(THRESHOLD - SEPARATION));
const FP = (1 - PREVALENCE) * (1 - phi(THRESHOLD));
const FN = PREVALENCE * phi(THRESHOLD - SEPARATION);
const TRUE_F1 = (2 * TP) / (2 * TP + FP + FN);
const LOGIT_SHIFT = Math.log(PREVALENCE / (1 - PREVALENCE)) - SEPARATION ** 2 / 2;
const posterior = (s: number): number => 1 / (1 + Math.exp(-(SEPARATION * s + LOGIT_SHIFT)));
const TRUE_LOG_LOSS = (() => {
  // E[−ln p_y] = π·∫ −ln p(s) φ(s − 1) ds + (1 − π)·∫ −ln(1 − p(s)) φ(s) ds, Simpson's rule.
  const steps = 24000;
  const [a, b] = [-12, 13];
  const h = (b - a) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const s = a + i * h;
    const p = posterior(s);
    const f = PREVALENCE * -Math.log(p) * density(s - SEPARATION) + (1 - PREVALENCE) * -Math.log(1 - p) * density(s);
    sum += f * (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2);
  }
  return (sum * h) / 3;
})();

interface Tally {
  hits: number;
  width: number;
}
const tally = (): Tally => ({ hits: 0, width: 0 });
function count(t: Tally, interval: { low: number; high: number } | null, truth: number): void {
  if (interval === null) return;
  if (interval.low <= truth && truth <= interval.high) t.hits++;
  t.width += interval.high - interval.low;
}

export function main(args: string[] = []): void {
  // `--runs N` for a quick look; the figures docs/statistics.md quotes are at the default.
  const RUNS = args[0] === '--runs' ? Number(args[1]) : DEFAULT_RUNS;
  const random = mulberry32(SEED);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
  const z90 = twoSidedZ(0.9);
  console.log(`True ROC AUC ${TRUE_AUC.toFixed(4)}, accuracy ${TRUE_ACCURACY.toFixed(4)}, F1 ${TRUE_F1.toFixed(4)}, log loss ${TRUE_LOG_LOSS.toFixed(4)}; ${RUNS} runs a size, seed ${SEED}`);
  console.log('rows     interval                    coverage       mean width');
  for (const n of SIZES) {
    const [auc, acc, acc90, f1, loss] = [tally(), tally(), tally(), tally(), tally()];
    let runs = 0;
    let sumAuc = 0;
    let sumAuc2 = 0;
    let sumSe = 0;
    while (runs < RUNS) {
      const labels = new Int32Array(n);
      const scores = new Float64Array(n);
      const probability = new Float64Array(n);
      const predicted = new Int32Array(n);
      let positives = 0;
      let correct = 0;
      for (let i = 0; i < n; i++) {
        const y = random.uniform() < PREVALENCE ? 1 : 0;
        labels[i] = y;
        scores[i] = normal() + SEPARATION * y;
        probability[i] = posterior(scores[i]!);
        predicted[i] = scores[i]! >= THRESHOLD ? 1 : 0;
        positives += y;
        if (predicted[i] === y) correct++;
      }
      if (positives < 2 || n - positives < 2) continue; // DeLong needs two of each class
      runs++;
      const d = delongRocAuc(scores, labels);
      count(auc, d, TRUE_AUC);
      sumAuc += d.auc;
      sumAuc2 += d.auc ** 2;
      sumSe += d.standardError;
      count(acc, wilsonInterval(correct, n), TRUE_ACCURACY);
      count(acc90, wilsonInterval(correct, n, z90), TRUE_ACCURACY);
      const decoded: Decoded = { kind: 'classification', classes: ['0', '1'], rows: new Uint32Array(n), yTrue: labels, yPred: predicted, scores: [probability], missingPredictions: 0 };
      const f1Value = computeMetric('f1', decoded, 'macro');
      count(f1, metricInterval('f1', decoded, 'macro', f1Value.confusion, 0.95, f1Value.value), TRUE_F1);
      const lossValue = computeMetric('log_loss', decoded, 'macro');
      count(loss, metricInterval('log_loss', decoded, 'macro', lossValue.confusion, 0.95, lossValue.value), TRUE_LOG_LOSS);
    }
    const cell = (t: Tally) => `${((100 * t.hits) / RUNS).toFixed(1)}% ± ${(100 * 1.96 * Math.sqrt((t.hits / RUNS) * (1 - t.hits / RUNS) / RUNS)).toFixed(1)}`.padEnd(14) + ` ${(t.width / RUNS).toFixed(4)}`;
    const sd = Math.sqrt((sumAuc2 - sumAuc ** 2 / RUNS) / (RUNS - 1));
    const rows = String(n).padEnd(8);
    console.log(`${rows} AUC, DeLong 95%             ${cell(auc)}   (SD of AUC ${sd.toFixed(5)}, mean DeLong SE ${(sumSe / RUNS).toFixed(5)})`);
    console.log(`${rows} accuracy, Wilson 95%        ${cell(acc)}`);
    console.log(`${rows} accuracy, Wilson 90%        ${cell(acc90)}`);
    console.log(`${rows} F1, bootstrap 95%           ${cell(f1)}`);
    console.log(`${rows} log loss, bootstrap 95%     ${cell(loss)}`);
  }
}
