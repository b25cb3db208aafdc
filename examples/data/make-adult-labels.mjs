// Makes examples/data/adult-labels/{predictions,labels}.csv: the Adult test rows as a prediction
// log whose ground truth arrives late. Run: node examples/data/make-adult-labels.mjs
// Deterministic: the same files on every machine (mulberry32 PRNG, seed 20261001).
//
//   predictions.csv  every test row without its `label`, plus
//                    request_id = "adult-<row number, 1-based>" and
//                    scored_at  = 2026-09-01T00:00:00Z + (row − 1) × 4 minutes (to 2026-10-16)
//   labels.csv       request_id, income_over_50k (the row's label) for the rows whose label had
//                    arrived by 2026-10-20 with a 30-day delay: rows scored up to 2026-09-20
//                    (the first 7,200 of 16,281), except a random 2% that never arrive; a random 1% of the
//                    labels are delivered twice (same value), as a resent batch would be.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { mulberry32 } from './random.mjs';

const random = mulberry32(20261001);
const here = new URL('.', import.meta.url);
const lines = readFileSync(new URL('adult/current.csv', here), 'utf8').trimEnd().split('\n');
const header = lines[0].split(',');
const labelAt = header.indexOf('label');
const start = Date.UTC(2026, 8, 1);
const arrivedUpTo = Date.UTC(2026, 8, 20, 23, 59, 59);

const predictions = [['request_id', 'scored_at', ...header.filter((_, i) => i !== labelAt)].join(',')];
const labels = ['request_id,income_over_50k'];
for (let row = 1; row < lines.length; row++) {
  const cells = lines[row].split(',');
  const id = `adult-${row}`;
  const scoredAt = start + (row - 1) * 4 * 60_000;
  predictions.push([id, new Date(scoredAt).toISOString(), ...cells.filter((_, i) => i !== labelAt)].join(','));
  const lost = random() < 0.02;
  const resent = random() < 0.01;
  if (scoredAt <= arrivedUpTo && !lost) {
    labels.push(`${id},${cells[labelAt]}`);
    if (resent) labels.push(`${id},${cells[labelAt]}`);
  }
}
mkdirSync(new URL('adult-labels/', here), { recursive: true });
writeFileSync(new URL('adult-labels/predictions.csv', here), predictions.join('\n') + '\n');
writeFileSync(new URL('adult-labels/labels.csv', here), labels.join('\n') + '\n');
console.log(`predictions: ${predictions.length - 1} rows, labels: ${labels.length - 1} rows`);
