// Makes examples/data/adult-shifted/current.csv: the Adult test rows with a seeded, documented
// drift, so that the demo shows pass, warn and fail on real data. Run: node examples/data/make-shifted.mjs
// Deterministic: the same file on every machine (mulberry32 PRNG, seed 20261124).
//
// What changes, row by row, in one pass (see examples/data/README.md):
//   age             +6 years (rounded normal, sd 2) for a random half of the rows   -> drift fail
//   hours_per_week  +2 hours for a random 40% of the rows                          -> drift warn
//   workclass       "Private" becomes "Gig-economy" for a random 3% of those rows  -> unseen warn
//   capital_gain    emptied (missing) for a random 4% of the rows                   -> missing fail
// Every other column, including the model's score and prediction, is left as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from './random.mjs';

const random = mulberry32(20261124);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const here = new URL('.', import.meta.url);
const lines = readFileSync(new URL('adult/current.csv', here), 'utf8').trimEnd().split('\n');
const header = lines[0].split(',');
const at = (name) => header.indexOf(name);
const [age, hours, workclass, gain] = ['age', 'hours_per_week', 'workclass', 'capital_gain'].map(at);

const out = [lines[0]];
for (const line of lines.slice(1)) {
  // The Adult files have no quoted fields, so a plain split is exact here.
  const cells = line.split(',');
  if (random() < 0.5) cells[age] = String(Number(cells[age]) + Math.round(6 + 2 * normal()));
  if (random() < 0.4) cells[hours] = String(Number(cells[hours]) + 2);
  if (cells[workclass] === 'Private' && random() < 0.03) cells[workclass] = 'Gig-economy';
  if (random() < 0.04) cells[gain] = '';
  out.push(cells.join(','));
}
writeFileSync(new URL('adult-shifted/current.csv', here), `${out.join('\n')}\n`);
console.log(`wrote ${out.length - 1} rows to examples/data/adult-shifted/current.csv`);
