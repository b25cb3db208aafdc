// npm run bench — modelwatch against pandas + scipy on 1,000,000 rows × 20 numeric columns.
//
// Both runs are whole processes measured the same way (bench/measure.py: wall time and peak
// RSS). The machines are shared and noisy, so the figures that matter are the ratios, measured
// in the same run; each side runs ROUNDS times, interleaved, and the median is reported.
// Targets (issue 2): modelwatch ≥ 4× faster than the peer; peak RSS ≤ the two CSV files together.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../examples/data/random.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const COLUMNS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench/out`;
const reference = `${out}/reference-${ROWS}.csv`;
const current = `${out}/current-${ROWS}.csv`;
const policy = `${out}/bench-${ROWS}.yaml`;

/** Column j: a normal with mean j and sd 1 + j/10; in the current file the odd columns shift by 0.1 sd. */
async function writeCsv(path, seed, shifted) {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const stream = createWriteStream(path);
  stream.write(`${Array.from({ length: COLUMNS }, (_, j) => `f${String(j + 1).padStart(2, '0')}`).join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    const cells = new Array(COLUMNS);
    for (let j = 0; j < COLUMNS; j++) {
      const sd = 1 + j / 10;
      const shift = shifted && j % 2 === 1 ? 0.1 * sd : 0;
      // About 0.5% of cells are missing, as real feature logs have.
      cells[j] = random() < 0.005 ? '' : (j + shift + sd * normal()).toPrecision(6);
    }
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}

function measure(command, env = process.env) {
  const result = spawnSync('python3', [`${root}bench/measure.py`, ...command], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`measure.py failed: ${result.stderr}`);
  const measured = JSON.parse(result.stdout);
  if (measured.exit_code !== 0) throw new Error(`${command.join(' ')} exited ${measured.exit_code}: ${measured.stderr}`);
  return measured;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

mkdirSync(out, { recursive: true });
if (!existsSync(reference) || !existsSync(current)) {
  console.log(`generating ${ROWS.toLocaleString('en')} rows × ${COLUMNS} columns ...`);
  await writeCsv(reference, 1, false);
  await writeCsv(current, 2, true);
}
writeFileSync(
  policy,
  `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: bench, task: regression }
data:
  reference: { file: ${reference} }
  current: { file: ${current} }
checks:
  - { id: drift, type: drift, features: all, method: auto }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`,
);
const csvBytes = statSync(reference).size + statSync(current).size;
const modelwatch = ['node', `${root}dist/cli.js`, 'check', policy, '--format', 'json', '--out', `${out}/report.json`, '--quiet', '--fail-on', 'never'];
const peerAvailable = spawnSync('/usr/bin/python3', ['-c', 'import pandas, scipy']).status === 0;
const peer = ['/usr/bin/python3', `${root}bench/peer.py`, reference, current];

const runs = { modelwatch: [], peer: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.modelwatch.push(measure(modelwatch));
  if (peerAvailable) runs.peer.push(measure(peer));
}
const summarise = (xs) => ({ seconds: median(xs.map((x) => x.seconds)), rss: median(xs.map((x) => x.max_rss_bytes)) });
const mw = summarise(runs.modelwatch);
console.log(`\n${ROWS.toLocaleString('en')} rows × ${COLUMNS} numeric columns, two CSV files of ${mb(csvBytes)} together; median of ${ROUNDS} rounds`);
console.log(`modelwatch (drift auto + missing_share)        ${mw.seconds.toFixed(2)} s   peak RSS ${mb(mw.rss)}`);
if (peerAvailable) {
  const py = summarise(runs.peer);
  console.log(`pandas.read_csv + scipy.stats.ks_2samp         ${py.seconds.toFixed(2)} s   peak RSS ${mb(py.rss)}`);
  const speedup = py.seconds / mw.seconds;
  console.log(`speed-up over the peer: ${speedup.toFixed(2)}×  (target ≥ 4×: ${speedup >= 4 ? 'met' : 'NOT met'})`);
} else {
  console.log('peer skipped: /usr/bin/python3 cannot import pandas and scipy (apt-get install python3-pandas python3-scipy)');
}
console.log(`peak RSS / CSV bytes: ${(mw.rss / csvBytes).toFixed(2)}  (target ≤ 1: ${mw.rss <= csvBytes ? 'met' : 'NOT met'})`);

// The PostgreSQL case (bench/pg.mjs): with a server's URL, or BENCH_PG=1 to start the throwaway one.
if (process.env.MODELWATCH_BENCH_PG_URL || process.env.MODELWATCH_TEST_PG_URL || process.env.BENCH_PG === '1') {
  const { runPostgresBench } = await import('./pg.mjs');
  runPostgresBench({ out, reference, current, rows: ROWS, rounds: ROUNDS, measure });
} else {
  console.log('\nPostgreSQL case skipped: set MODELWATCH_BENCH_PG_URL (or MODELWATCH_TEST_PG_URL), or BENCH_PG=1 to start scripts/pg-test-server.sh');
}
