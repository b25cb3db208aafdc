// Makes examples/degrading/data/day-01.csv … day-30.csv: 30 days of an income classifier's
// prediction log (2026-11-01 … 2026-11-30 UTC) in which the model degrades slowly, blips twice
// and recovers after a fix. Run: node examples/degrading/make-days.mjs
// Deterministic: the same bytes on every machine (mulberry32, seed 20261101; examples/data/random.mjs).
//
// Source rows: the 16,281 scored UCI Adult test rows (examples/data/adult/current.csv; origin and
// licence in examples/data/adult/README.md). Each row keeps its own features and its own label;
// its score is the model's `proba` rounded to 4 decimals (as the log stores it), and
// `pred` = (that score ≥ 0.5).
//
// The fault: a growing share p(d) of each day's requests is joined to the prediction of another
// request (a uniformly drawn test row): its `proba` and `pred` are that row's, its features and
// label its own. Such rows carry no information about their label, so in expectation
//   AUC(p)      = A0 − p · (A0 − 0.5)                 (A0: the pool's AUC)
//   accuracy(p) = C0 − p · (C0 − (π·q + (1−π)(1−q)))   (C0: pool accuracy, π: positive share, q: predicted-positive share)
// and the score distribution does not move (prediction drift cannot see this fault; only labels can).
//
//   p(d) = 0.012 · (d − 1)   for days 1–26 (the slow slide, about −0.0049 AUC a day)
//   p(9) = 0.26, p(16) = 0.36          single-day blips (a one-day outage of the join), then back
//   p(d) = 0                 for days 27–30 (the fix is deployed)
//
// Each day's target is the expectation above plus seeded noise N(0, 0.004²) on AUC and on
// accuracy. Rows per day: 500–899 on weekdays, 300–449 on weekends (uniform). For each day the
// script draws 2,000 candidate days (rows without replacement from the pool, then the swapped
// share) and writes the candidate nearest to both targets, so the written series follows the
// seeded shape rather than the larger sampling noise of a few hundred rows. Timestamps: whole
// seconds inside the day, more traffic by day than by night, sorted.
//
// Columns: scored_at, age, sex, education_num, hours_per_week, proba, pred, label.
//
// reference.csv: 4,000 of the 32,561 Adult training rows (examples/data/adult/reference.csv),
// drawn without replacement (mulberry32, seed 20261031) and kept in file order, with the same
// columns but scored_at, the score rounded the same way: a small baseline, so that a run does
// not read 4 MB for checks that only need the reference's AUC and accuracy.
// The script prints the per-day plan and what it wrote as a Markdown table (README.md holds it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from '../data/random.mjs';

const SEED = 20261101;
const DAYS = 30;
const CANDIDATES = 2000;
const NOISE_SD = 0.004;
const BLIPS = new Map([[9, 0.26], [16, 0.36]]);
const RECOVERED_FROM = 27;
const here = new URL('.', import.meta.url);

/** The share of requests joined to another request's prediction on day d (1-based). */
function swappedShare(day) {
  if (BLIPS.has(day)) return BLIPS.get(day);
  if (day >= RECOVERED_FROM) return 0;
  return 0.012 * (day - 1);
}

const random = mulberry32(SEED);
function normal() {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// --- the pool -------------------------------------------------------------------------------
const lines = readFileSync(new URL('../data/adult/current.csv', here), 'utf8').trimEnd().split('\n');
const header = lines[0].split(',');
const at = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`current.csv has no column ${name}`);
  return i;
};
const KEPT = ['age', 'sex', 'education_num', 'hours_per_week'];
const keptAt = KEPT.map(at);
const labelAt = at('label');
const probaAt = at('proba');
const pool = lines.slice(1).map((line) => {
  const cells = line.split(',');
  const score = Number(cells[probaAt]).toFixed(4);
  return { features: keptAt.map((i) => cells[i]).join(','), label: Number(cells[labelAt]), score, key: Math.round(Number(score) * 1e4), pred: Number(score) >= 0.5 ? 1 : 0 };
});
const N = pool.length;

/**
 * ROC AUC of scores on the 4-decimal grid (key = score × 10⁴, an integer 0…10,000) by counting:
 * Mann–Whitney U / (n₊ n₋), a tie counting one half. O(n + 10⁴).
 */
const positivesAt = new Float64Array(10_001);
const negativesAt = new Float64Array(10_001);
function auc(labels, keys) {
  positivesAt.fill(0);
  negativesAt.fill(0);
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? positivesAt : negativesAt)[keys[i]]++;
  let below = 0;
  let u = 0;
  let positives = 0;
  for (let k = 0; k <= 10_000; k++) {
    u += positivesAt[k] * (below + negativesAt[k] / 2);
    below += negativesAt[k];
    positives += positivesAt[k];
  }
  return u / (positives * below);
}

const A0 = auc(pool.map((r) => r.label), pool.map((r) => r.key));
const C0 = pool.reduce((s, r) => s + (r.pred === r.label ? 1 : 0), 0) / N;
const positiveShare = pool.reduce((s, r) => s + r.label, 0) / N;
const predictedShare = pool.reduce((s, r) => s + r.pred, 0) / N;
const chanceAccuracy = positiveShare * predictedShare + (1 - positiveShare) * (1 - predictedShare);

// --- the days -------------------------------------------------------------------------------
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 10, 1);
const index = Int32Array.from({ length: N }, (_, i) => i);

/** One candidate day: n distinct pool rows (partial Fisher–Yates), the first m given another row's prediction. */
function drawCandidate(n, m) {
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (N - i));
    const t = index[i];
    index[i] = index[j];
    index[j] = t;
  }
  const rows = [];
  for (let i = 0; i < n; i++) {
    const own = pool[index[i]];
    const scoredBy = i < m ? pool[Math.floor(random() * N)] : own;
    rows.push({ features: own.features, label: own.label, score: scoredBy.score, key: scoredBy.key, pred: scoredBy.pred });
  }
  const correct = rows.reduce((s, r) => s + (r.pred === r.label ? 1 : 0), 0);
  return { rows, auc: auc(rows.map((r) => r.label), rows.map((r) => r.key)), accuracy: correct / n };
}

/** n whole-second instants inside the day, sorted; twice as likely at 14:00 as at 02:00. */
function instants(dayStart, n) {
  const out = [];
  while (out.length < n) {
    const s = Math.floor(random() * 86_400);
    const weight = 0.5 + 0.5 * Math.sin((Math.PI * s) / 86_400) ** 2;
    if (random() < weight) out.push(dayStart + s * 1000);
  }
  return out.sort((a, b) => a - b);
}

mkdirSync(new URL('data/', here), { recursive: true });
const table = [];
for (let day = 1; day <= DAYS; day++) {
  const dayStart = START + (day - 1) * DAY_MS;
  const weekday = new Date(dayStart).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const n = weekend ? 300 + Math.floor(random() * 150) : 500 + Math.floor(random() * 400);
  const p = swappedShare(day);
  const m = Math.round(p * n);
  const targetAuc = A0 - p * (A0 - 0.5) + NOISE_SD * normal();
  const targetAccuracy = C0 - p * (C0 - chanceAccuracy) + NOISE_SD * normal();
  let best = null;
  let bestDistance = Infinity;
  for (let c = 0; c < CANDIDATES; c++) {
    const candidate = drawCandidate(n, m);
    const distance = ((candidate.auc - targetAuc) / 0.001) ** 2 + ((candidate.accuracy - targetAccuracy) / 0.002) ** 2;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // The swapped rows are the candidate's first m; shuffle so that they are spread over the day.
  const rows = best.rows;
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  const times = instants(dayStart, n);
  const out = [`scored_at,${KEPT.join(',')},proba,pred,label`];
  rows.forEach((r, i) => out.push(`${new Date(times[i]).toISOString().replace('.000Z', 'Z')},${r.features},${r.score},${r.pred},${r.label}`));
  const name = `day-${String(day).padStart(2, '0')}.csv`;
  writeFileSync(new URL(`data/${name}`, here), out.join('\n') + '\n');
  table.push({ day, date: new Date(dayStart).toISOString().slice(0, 10), weekend, n, m, p, targetAuc, auc: best.auc, targetAccuracy, accuracy: best.accuracy });
}

// --- the reference sample ----------------------------------------------------------------------
const REFERENCE_ROWS = 4000;
const sampler = mulberry32(20261031);
const training = readFileSync(new URL('../data/adult/reference.csv', here), 'utf8').trimEnd().split('\n');
if (training[0] !== lines[0]) throw new Error('reference.csv and current.csv have different headers');
const picked = Int32Array.from({ length: training.length - 1 }, (_, i) => i + 1);
for (let i = 0; i < REFERENCE_ROWS; i++) {
  const j = i + Math.floor(sampler() * (picked.length - i));
  [picked[i], picked[j]] = [picked[j], picked[i]];
}
const referenceOut = [`${KEPT.join(',')},proba,pred,label`];
for (const line of Array.from(picked.subarray(0, REFERENCE_ROWS)).sort((a, b) => a - b)) {
  const cells = training[line].split(',');
  const score = Number(cells[probaAt]).toFixed(4);
  referenceOut.push(`${keptAt.map((i) => cells[i]).join(',')},${score},${Number(score) >= 0.5 ? 1 : 0},${cells[labelAt]}`);
}
writeFileSync(new URL('reference.csv', here), referenceOut.join('\n') + '\n');

const f = (x, d = 4) => x.toFixed(d);
console.log(`Pool: ${N} rows, AUC A0 = ${f(A0, 6)}, accuracy C0 = ${f(C0, 6)}, chance accuracy = ${f(chanceAccuracy, 6)}\n`);
console.log('| day | date | rows | swapped share p (rows) | expected AUC | target AUC | written AUC | expected accuracy | target accuracy | written accuracy |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of table) {
  const expAuc = A0 - r.p * (A0 - 0.5);
  const expAcc = C0 - r.p * (C0 - chanceAccuracy);
  console.log(`| ${r.day} | ${r.date}${r.weekend ? ' (we)' : ''} | ${r.n} | ${f(r.p, 3)} (${r.m}) | ${f(expAuc)} | ${f(r.targetAuc)} | ${f(r.auc)} | ${f(expAcc)} | ${f(r.targetAccuracy)} | ${f(r.accuracy)} |`);
}
