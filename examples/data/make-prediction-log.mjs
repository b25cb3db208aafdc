#!/usr/bin/env node
/**
 * Writes the synthetic prediction log of `offer-ranker`, a model that decides whether to show a
 * customer a retention offer, to examples/data/offer-ranker/{reference,current}.csv.
 *
 * Seeded (mulberry32, seeds 20261001 and 20261117): running it again writes the same bytes.
 *   node examples/data/make-prediction-log.mjs
 *
 * Each row is one scoring request:
 *   request_id      r-<seed>-<n>
 *   scored_at       ISO instant, uniform over 14 days (reference, from 2026-10-01) or 7 days
 *                   (current, from 2026-11-17), sorted
 *   segment         web 50% | mobile 35% | partner 15%
 *   gender          female 48% | male 48% | undisclosed 4%
 *   age_band        18-29 | 30-44 | 45-64 | 65+ (25/35/30/10%)
 *   latency_ms      log-normal: median 60 ms (web), 90 ms (mobile), 140 ms (partner), σ = 0.45;
 *                   in current, mobile slows to a median of 125 ms (a regression to find)
 *   status          "200", or an error: "500" (0.4%), "503" (0.2%), "timeout" (0.3%);
 *                   in current, partner rows see 2.5% "503" (an upstream outage)
 *   offer_score     the model's probability, logistic in a customer propensity; missing on
 *                   non-200 rows (no prediction was made)
 *   offered         1 when offer_score ≥ 0.5, 0 when not, missing when offer_score is
 *   accepted_offer  the outcome (ground truth): 1 with probability ≈ the true propensity;
 *                   undisclosed gender and 65+ have a lower true propensity the model
 *                   overestimates, so the false positive rate differs by group
 *   revenue         accepted offers: log-normal around 40 (mobile 30); else 0
 * The current window also has 1 in 200 rows with a missing segment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DAY = 86_400_000;

function normal(random) {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function pick(random, choices) {
  let x = random();
  for (const [value, p] of choices) {
    if (x < p) return value;
    x -= p;
  }
  return choices[choices.length - 1][0];
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const round = (x, digits) => Number(x.toFixed(digits));

function makeLog({ seed, rows, start, days, drifted }) {
  const random = mulberry32(seed);
  const times = Array.from({ length: rows }, () => start + Math.floor(random() * days * DAY)).sort((a, b) => a - b);
  const lines = ['request_id,scored_at,segment,gender,age_band,latency_ms,status,offer_score,offered,accepted_offer,revenue'];
  times.forEach((t, n) => {
    let segment = pick(random, [['web', 0.5], ['mobile', 0.35], ['partner', 0.15]]);
    const gender = pick(random, [['female', 0.48], ['male', 0.48], ['undisclosed', 0.04]]);
    const age = pick(random, [['18-29', 0.25], ['30-44', 0.35], ['45-64', 0.3], ['65+', 0.1]]);
    const median = { web: 60, mobile: drifted ? 125 : 90, partner: 140 }[segment];
    const latency = round(median * Math.exp(0.45 * normal(random)), 1);
    const outage = drifted && segment === 'partner' ? 0.025 : 0;
    const status = pick(random, [['500', 0.004], ['503', 0.002 + outage], ['timeout', 0.003], ['200', 1]]);
    const propensity = 0.8 * normal(random) + (segment === 'mobile' ? 0.3 : 0) + (age === '18-29' ? 0.2 : 0);
    const score = sigmoid(propensity - 0.3);
    // The model cannot see what lowers the true propensity of these two groups.
    const hidden = (gender === 'undisclosed' ? -0.9 : 0) + (age === '65+' ? -0.6 : 0);
    const accepted = random() < sigmoid(propensity - 0.3 + hidden) ? 1 : 0;
    const revenue = accepted ? round((segment === 'mobile' ? 30 : 40) * Math.exp(0.3 * normal(random)), 2) : 0;
    if (drifted && random() < 0.005) segment = '';
    const ok = status === '200';
    lines.push([
      `r-${seed}-${n}`,
      new Date(t).toISOString(),
      segment,
      gender,
      age,
      latency,
      status,
      ok ? round(score, 4) : '',
      ok ? (score >= 0.5 ? 1 : 0) : '',
      accepted,
      revenue,
    ].join(','));
  });
  return lines.join('\n') + '\n';
}

const out = join(HERE, 'offer-ranker');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'reference.csv'), makeLog({ seed: 20261001, rows: 12_000, start: Date.UTC(2026, 9, 1), days: 14, drifted: false }));
writeFileSync(join(out, 'current.csv'), makeLog({ seed: 20261117, rows: 6_000, start: Date.UTC(2026, 10, 17), days: 7, drifted: true }));
console.log(`wrote ${out}/reference.csv and current.csv`);
