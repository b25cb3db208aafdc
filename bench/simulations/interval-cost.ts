/**
 * What a bootstrap interval costs the performance check: `node bench/simulate.mjs interval-cost
 * [rows…] [--before] [--only=f1,mae]`. Seeded binary rows (label 1 with probability 0.3, score = 0.3·label +
 * 0.7·uniform, predicted positive at ≥ 0.5) and regression rows (y uniform on 0…10, prediction
 * y + uniform − ½); for each size the wall time of the check's interval (src/checks/
 * performance-interval.ts) for f1 (confusion-matrix multinomial), log_loss, ece, mae, r2 (row
 * sums), average_precision (row weights), with the resamples its cost rule chose. `--before`
 * also times the row-copying bootstrap the check used to have (stats/bootstrap.ts's
 * percentileBootstrap over computeMetric on a copied subset, 1,000 resamples below 2,000 rows,
 * else 2·10⁶/n, at least 50). docs/statistics.md#intervals quotes the figures.
 */
import { subset, type Decoded } from '../../src/checks/performance-decode.js';
import { bootstrapPlan, metricInterval } from '../../src/checks/performance-interval.js';
import { computeMetric } from '../../src/checks/performance-metric.js';
import { mulberry32 } from '../../src/data/random.js';
import type { PerformanceMetric } from '../../src/policy/types.js';
import { percentileBootstrap } from '../../src/stats/bootstrap.js';

function binary(n: number): Decoded {
  const random = mulberry32(7);
  const yTrue = new Int32Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    yTrue[i] = random.uniform() < 0.3 ? 1 : 0;
    score[i] = yTrue[i]! * 0.3 + random.uniform() * 0.7;
  }
  const yPred = Int32Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
  return { kind: 'classification', classes: ['0', '1'], rows: Uint32Array.from({ length: n }, (_, i) => i), yTrue, yPred, scores: [score], missingPredictions: 0 };
}

function regression(n: number): Decoded {
  const random = mulberry32(3);
  const yTrue = Float64Array.from({ length: n }, () => random.uniform() * 10);
  const yPred = yTrue.map((y) => y + random.uniform() - 0.5);
  return { kind: 'regression', rows: Uint32Array.from({ length: n }, (_, i) => i), yTrue, yPred, missingPredictions: 0 };
}

function before(metric: PerformanceMetric, d: Decoded): number {
  const n = d.yTrue!.length;
  const random = mulberry32(0);
  const resamples = Math.min(1000, Math.max(50, Math.floor(2e6 / n)));
  const started = performance.now();
  percentileBootstrap(n, (positions) => computeMetric(metric, subset(d, positions), 'macro').value, random.uniform, { resamples });
  return performance.now() - started;
}

export function main(args: string[]): void {
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const old = args.includes('--before');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  console.log('rows       metric              resamples  interval     wall ms  cpu ms' + (old ? '  before wall ms' : ''));
  for (const n of sizes.length > 0 ? sizes : [6400, 1_000_000]) {
    const clf = binary(n);
    const reg = regression(n);
    for (const [metric, d] of [['f1', clf], ['log_loss', clf], ['ece', clf], ['average_precision', clf], ['mae', reg], ['r2', reg]] as const) {
      if (only !== undefined && !only.includes(metric)) continue;
      const plan = bootstrapPlan(n, metric === 'f1', 0.95);
      const { value, confusion } = computeMetric(metric, d, 'macro');
      const cpu = process.cpuUsage();
      const started = performance.now();
      metricInterval(metric, d, 'macro', confusion, 0.95, value);
      const ms = performance.now() - started;
      const cpuMs = process.cpuUsage(cpu).user / 1000;
      const was = old ? `  ${before(metric, d).toFixed(0).padStart(14)}` : '';
      console.log(`${String(n).padEnd(10)} ${metric.padEnd(19)} ${String(plan.resamples).padStart(9)}  ${plan.interval.padEnd(10)} ${ms.toFixed(0).padStart(8)} ${cpuMs.toFixed(0).padStart(7)}${was}`);
    }
  }
}
