/**
 * How often does the trend forecast cry wolf, and how early does it see a real slide?
 * `node bench/simulate.mjs forecast [series]` (about 15 s; `series` defaults to 2,000).
 *
 * The metric is a daily ROC AUC: 0.90 plus independent normal noise of sd σ = 0.016, the spread
 * of the UCI Adult prediction log's daily AUC at 360 rows a day (test/fixtures/theil-sen-oracle.json,
 * `adult_daily_auc_sd`). The forecast is src/stats/trend-forecast.ts as the engine calls it: the
 * last runs, x in days, the fail bound below.
 *
 * 1. False forecasts. SERIES stationary series of 14 daily runs, one forecast at the last run:
 *    the share that warns, for bounds 2–6σ below the mean, horizons 7/21/42 days and confidence
 *    0.9/0.95/0.99; then by the number of runs (7, 10, 14, 28); then with wild runs (1 run in 20
 *    replaced by 0.5, a broken feed); then a daily monitor over 90 days on a stationary metric
 *    (the last 14 runs each day, from the 7th run on): the share of monitors that ever warn and the
 *    warns per 100 runs.
 * 2. Detection delay. 14 flat days at 0.90, then a steady decline of s per day from day 0 (the
 *    onset) toward the bound 0.80 (6.25σ below), which the line reaches on day T = 0.10/|s|;
 *    a forecast every day with the last 14 runs, horizon 21 days. For each s: the first warn
 *    (days after onset), how many days before T it came, the share warned before the first run
 *    whose own value is below the bound (before the check fails by itself) and before T, and the
 *    first day a perfect forecaster could warn, max(0, T − 21).
 * 3. The level: RMSE of the fitted value at the last run against the truth, with the 'joint'
 *    intercept the forecast uses and scipy's default 'separate' one; and the slope's median
 *    absolute error, Theil–Sen against ordinary least squares, with and without wild runs.
 *
 * mulberry32 (src/data/random.ts) with fixed seeds: the same figures on every machine.
 */
import { mulberry32 } from '../../src/data/random.js';
import { theilSen } from '../../src/stats/theil-sen.js';
import { MIN_FORECAST_RUNS, forecastCrossing } from '../../src/stats/trend-forecast.js';

const SEED = 20261202;
const SIGMA = 0.016;
const MEAN = 0.9;
const DAY = 86_400_000;
const WINDOW = 14;

/** Box–Muller standard normals from one seeded stream. */
function normals(seed: number): { normal: () => number; uniform: () => number } {
  const random = mulberry32(seed);
  return {
    normal: () => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform()),
    uniform: () => random.uniform(),
  };
}

const times = new Map<number, Float64Array>();
/** Daily run times, `n` of them, the last at day 0. */
function dailyTimes(n: number): Float64Array {
  let at = times.get(n);
  if (at === undefined) {
    at = Float64Array.from({ length: n }, (_, i) => (i - n + 1) * DAY);
    times.set(n, at);
  }
  return at;
}

function warns(values: Float64Array, bound: number, horizonDays: number, confidence: number): boolean {
  return forecastCrossing({ at: dailyTimes(values.length), values, bound, side: 'below', horizonDays, confidence })?.warns ?? false;
}

function stationary(n: number, normal: () => number): Float64Array {
  return Float64Array.from({ length: n }, () => MEAN + SIGMA * normal());
}

function percent(k: number, total: number): string {
  const p = k / total;
  return `${(100 * p).toFixed(1)}% ± ${(100 * 1.96 * Math.sqrt((p * (1 - p)) / total)).toFixed(1)}`;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

function falseForecasts(series: number): void {
  const { normal } = normals(SEED);
  const samples = Array.from({ length: series }, () => stationary(WINDOW, normal));
  console.log(`1. False forecasts: ${series} stationary series of ${WINDOW} daily runs, mean ${MEAN}, sd ${SIGMA}; one forecast at the last run (seed ${SEED})`);
  console.log('bound        horizon   confidence 0.9      0.95               0.99');
  for (const k of [2, 3, 4, 6]) {
    for (const horizon of [7, 21, 42]) {
      const cells = [0.9, 0.95, 0.99].map((c) => percent(samples.filter((v) => warns(v, MEAN - k * SIGMA, horizon, c)).length, series).padEnd(18));
      console.log(`${`${k}σ (${(MEAN - k * SIGMA).toFixed(3)})`.padEnd(13)}${`${horizon} d`.padEnd(10)}${cells.join(' ')}`);
    }
  }
  console.log('\nBy the number of runs (bound 3σ, horizon 21 d, confidence 0.9); "any slope" = the interval excludes 0:');
  const { normal: normal2 } = normals(SEED + 1);
  for (const n of [MIN_FORECAST_RUNS, 10, 14, 28]) {
    let warned = 0;
    let trend = 0;
    for (let s = 0; s < series; s++) {
      const values = stationary(n, normal2);
      const f = forecastCrossing({ at: dailyTimes(n), values, bound: MEAN - 3 * SIGMA, side: 'below', horizonDays: 21 })!;
      if (f.warns) warned++;
      if (f.slope_high < 0) trend++;
    }
    console.log(`${String(n).padStart(3)} runs: warns ${percent(warned, series)}, interval wholly below 0 ${percent(trend, series)}`);
  }
  console.log('\nWith wild runs (each run replaced by 0.50 with probability 1/20; bound 3σ, horizon 21 d, 0.9):');
  const { normal: normal3, uniform } = normals(SEED + 2);
  let wild = 0;
  let wildWarned = 0;
  for (let s = 0; s < series; s++) {
    const values = stationary(WINDOW, normal3);
    for (let i = 0; i < WINDOW; i++) if (uniform() < 0.05) values[i] = 0.5;
    // A wild last run fails the check by itself; count the forecasts of the others.
    if (values[WINDOW - 1] === 0.5) continue;
    wild++;
    if (warns(values, MEAN - 3 * SIGMA, 21, 0.9)) wildWarned++;
  }
  console.log(`warns ${percent(wildWarned, wild)} of ${wild} series whose last run is not wild`);

  const monitors = Math.max(100, Math.round(series / 4));
  const days = 90;
  console.log(`\nA daily monitor over ${days} days on a stationary metric, the last ${WINDOW} runs each day (from run ${MIN_FORECAST_RUNS}), ${monitors} monitors, bound 3σ, horizon 21 d:`);
  const { normal: normal4 } = normals(SEED + 3);
  const histories = Array.from({ length: monitors }, () => stationary(days, normal4));
  for (const confidence of [0.9, 0.95, 0.99]) {
    let ever = 0;
    let twice = 0;
    let total = 0;
    let evaluations = 0;
    for (const h of histories) {
      let any = false;
      let run = 0;
      let longest = 0;
      for (let t = MIN_FORECAST_RUNS; t <= days; t++) {
        evaluations++;
        if (warns(h.subarray(Math.max(0, t - WINDOW), t), MEAN - 3 * SIGMA, 21, confidence)) {
          total++;
          any = true;
          longest = Math.max(longest, ++run);
        } else {
          run = 0;
        }
      }
      if (any) ever++;
      if (longest >= 2) twice++;
    }
    console.log(`confidence ${confidence}: ${percent(ever, monitors)} of monitors warn at least once, ${percent(twice, monitors)} on two runs in a row (for: 2 runs); ${((100 * total) / evaluations).toFixed(2)} warns per 100 runs`);
  }
}

function detection(series: number): void {
  const bound = 0.8;
  const horizon = 21;
  const per = Math.max(100, Math.round(series / 4));
  console.log(`\n2. Detection delay: ${WINDOW} flat days at ${MEAN}, then a decline of s a day from day 0 to the bound ${bound} (line reaches it on day T); daily forecasts on the last ${WINDOW} runs, horizon ${horizon} d; ${per} series each (seed ${SEED + 10})`);
  console.log('s/day     T (d)  ideal  confidence  first warn, d after onset (p10 / median / p90)   days before T (p10 / median / p90)   warned before the check fails · before T');
  for (const slope of [-0.008, -0.004, -0.002, -0.001]) {
    const T = (MEAN - bound) / -slope;
    const ideal = Math.max(0, T - horizon);
    for (const confidence of [0.9, 0.95, 0.99]) {
      const { normal } = normals(SEED + 10);
      const firsts: number[] = [];
      const leads: number[] = [];
      let beforeFail = 0;
      let beforeT = 0;
      const last = Math.ceil(T) + 30;
      for (let s = 0; s < per; s++) {
        const values = new Float64Array(WINDOW + last + 1);
        for (let i = 0; i < values.length; i++) {
          const day = i - WINDOW;
          values[i] = MEAN + (day > 0 ? slope * day : 0) + SIGMA * normal();
        }
        let failed = false;
        for (let day = 0; day <= last; day++) {
          const end = WINDOW + day + 1;
          if (values[end - 1]! < bound) failed = true;
          if (warns(values.subarray(end - WINDOW, end), bound, horizon, confidence)) {
            firsts.push(day);
            leads.push(T - day);
            if (!failed) beforeFail++;
            if (day < T) beforeT++;
            break;
          }
          // Once the check fails by itself (and keeps failing), the forecast has nothing to add.
          if (failed && day > T) break;
        }
      }
      firsts.sort((a, b) => a - b);
      leads.sort((a, b) => a - b);
      const q = (v: number[]): string => [0.1, 0.5, 0.9].map((p) => quantile(v, p).toFixed(1)).join(' / ');
      console.log(`${slope.toFixed(3).padEnd(10)}${T.toFixed(1).padEnd(7)}${ideal.toFixed(1).padEnd(7)}${String(confidence).padEnd(12)}${q(firsts).padEnd(50)}${q(leads).padEnd(37)}${percent(beforeFail, per)} · ${percent(beforeT, per)}`);
    }
  }
}

function level(series: number): void {
  console.log(`\n3. The level at the last run and the slope (${WINDOW} daily runs, ${series} series each, seed ${SEED + 20})`);
  console.log('s/day     level RMSE: joint   separate   | slope median |error|: Theil–Sen   least squares   (wild runs 1 in 20: Theil–Sen   least squares)');
  const x = Float64Array.from({ length: WINDOW }, (_, i) => i - WINDOW + 1);
  for (const slope of [0, -0.002, -0.008, -0.032]) {
    const { normal, uniform } = normals(SEED + 20);
    let joint = 0;
    let separate = 0;
    const ts: number[] = [];
    const ls: number[] = [];
    const tsWild: number[] = [];
    const lsWild: number[] = [];
    for (let s = 0; s < series; s++) {
      const y = Float64Array.from(x, (xi) => MEAN + slope * xi + SIGMA * normal());
      joint += (theilSen(x, y, 0.9, 'joint').intercept - MEAN) ** 2;
      const sep = theilSen(x, y, 0.9, 'separate');
      separate += (sep.intercept - MEAN) ** 2;
      ts.push(Math.abs(sep.slope - slope));
      ls.push(Math.abs(ols(x, y) - slope));
      for (let i = 0; i < WINDOW; i++) if (uniform() < 0.05) y[i] = 0.5;
      tsWild.push(Math.abs(theilSen(x, y, 0.9, 'joint').slope - slope));
      lsWild.push(Math.abs(ols(x, y) - slope));
    }
    const med = (v: number[]): string => quantile(v.sort((a, b) => a - b), 0.5).toFixed(5);
    console.log(`${slope.toFixed(3).padEnd(10)}${Math.sqrt(joint / series).toFixed(5).padStart(17)}   ${Math.sqrt(separate / series).toFixed(5).padEnd(11)}| ${med(ts).padStart(28)}   ${med(ls).padEnd(16)}  ${med(tsWild).padStart(24)}   ${med(lsWild)}`);
  }
}

function ols(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxy / sxx;
}

export function main(args: string[] = []): void {
  const series = args[0] === undefined ? 2000 : Number(args[0]);
  if (!(Number.isInteger(series) && series > 0)) throw new Error(`usage: node bench/simulate.mjs forecast [series], got ${args[0]}`);
  const started = Date.now();
  falseForecasts(series);
  detection(series);
  level(series);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
