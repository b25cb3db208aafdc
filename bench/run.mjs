// npm run bench — modelwatch against pandas + scipy on numeric CSV files, in three shapes of
// number text, each 1,000,000 rows × 20 columns (reference + current), and one of 5,000,000
// rows × 20 columns (issue 15):
//
//   g6    `toPrecision(6)`: six significant digits ("12.3457", "0.0731"), what the decimal keys
//         were built for;
//   f6    `%.6f` fixed point ("12.345678", "-0.000000"): up to eight significant digits, as many
//         feature logs are;
//   repr  the shortest text that round-trips the double, as Python's repr (so pandas' to_csv)
//         writes it ("12.345678901234567", "3.4e-05"): up to 17 significant digits.
//
// The values are the same in every shape: column j is a normal with mean j and sd 1 + j/10 (the
// odd columns of the current file shift by 0.1 sd), about 0.5 % of cells missing.
//
// Both runs are whole processes measured the same way (bench/measure.py: wall time and peak
// RSS). The machines are shared and noisy, so the figures that matter are the ratios, measured
// in the same run; each side runs ROUNDS times, interleaved, and the median is reported.
// Targets (issue 15): modelwatch ≥ 6× faster than the peer on every shape; peak RSS ≤ 0.8× the
// two CSV files together.
//
// BENCH_ROWS (default 1,000,000) and BENCH_ROUNDS (3) set the main cases; BENCH_SHAPES picks
// shapes (default "g6,f6,repr"); BENCH_LARGE_ROWS (5,000,000; 0 skips it) and
// BENCH_LARGE_ROUNDS (BENCH_ROUNDS) the large `%.6f` case. BENCH_CLI runs another build of the
// CLI than dist/cli.js. The fleet case (runFleet below): BENCH_FLEET=only runs it alone, =0 skips
// it; it also plans the fleet into BENCH_FLEET_SHARDS (4) shards, runs them one after another and
// merges their reports, and fails unless the merge gives the unsharded run's verdicts. On the
// two-core machine (2026-12-02, 200 models, two runs): unsharded 50.3–55.9 s; plan 1.1–1.2 s,
// shards of 62/39/54/45 models 52.9–57.7 s together, merge 1.3–1.5 s (139 MiB): 1.07–1.10× the
// unsharded run in all, and the largest shard (what a 4-job matrix waits for) 0.31–0.37× of it.
// With a PostgreSQL server (MODELWATCH_BENCH_PG_URL, MODELWATCH_TEST_PG_URL, or BENCH_PG=1 for
// the throwaway one): the current rows from a table (bench/pg.mjs), and the reference's profile
// with the table checked against it, pushed down and pulled (bench/pushdown.mjs, issue 11).
// Results also go to bench/out/results.json (results-fleet.json for BENCH_FLEET=only).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../examples/data/random.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const COLUMNS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LARGE_ROWS = Number(process.env.BENCH_LARGE_ROWS ?? 5_000_000);
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS ?? ROUNDS);
const SPEED_TARGET = 6;
const RSS_TARGET = 0.8;
const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench/out`;
const cli = process.env.BENCH_CLI ?? `${root}dist/cli.js`;

/** Python's repr of a double: the shortest round-trip digits, in exponent form below 1e-4 or from 1e16. */
function pythonRepr(x) {
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e16)) {
    const [digits, exponent] = x.toExponential().split('e');
    const e = Number(exponent);
    return `${digits}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const s = String(x);
  return Number.isInteger(x) ? `${s}.0` : s;
}

const SHAPES = {
  g6: { label: 'toPrecision(6)', format: (x) => x.toPrecision(6) },
  f6: { label: '%.6f fixed', format: (x) => x.toFixed(6) },
  repr: { label: 'shortest repr', format: pythonRepr },
};

/** Column j: a normal with mean j and sd 1 + j/10; in the current file the odd columns shift by 0.1 sd. */
async function writeCsv(path, rows, seed, shifted, format) {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  stream.write(`${Array.from({ length: COLUMNS }, (_, j) => `f${String(j + 1).padStart(2, '0')}`).join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const cells = new Array(COLUMNS);
    for (let j = 0; j < COLUMNS; j++) {
      const sd = 1 + j / 10;
      const shift = shifted && j % 2 === 1 ? 0.1 * sd : 0;
      // About 0.5% of cells are missing, as real feature logs have.
      cells[j] = random() < 0.005 ? '' : format(j + shift + sd * normal());
    }
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
  renameSync(partial, path);
}

/** Wall time and peak RSS of one process (bench/measure.py); its stdout goes to `stdout` when given, else nowhere. */
function measure(command, env = process.env, stdout = undefined) {
  const capture = stdout === undefined ? [] : ['--stdout', stdout];
  const result = spawnSync('python3', [`${root}bench/measure.py`, ...capture, ...command], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`measure.py failed: ${result.stderr}`);
  const measured = JSON.parse(result.stdout);
  if (measured.exit_code !== 0) throw new Error(`${command.join(' ')} exited ${measured.exit_code}: ${measured.stderr}`);
  return measured;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const peerAvailable = spawnSync('/usr/bin/python3', ['-c', 'import pandas, scipy']).status === 0;

/** The files of one case (the 1,000,000-row toPrecision(6) files keep their old names). */
function caseFiles(shape, rows) {
  const tag = shape === 'g6' ? `${rows}` : `${shape}-${rows}`;
  return { reference: `${out}/reference-${tag}.csv`, current: `${out}/current-${tag}.csv`, policy: `${out}/bench-${tag}.yaml`, report: `${out}/report-${tag}.json` };
}

async function runCase(shape, rows, rounds) {
  const files = caseFiles(shape, rows);
  const { format, label } = SHAPES[shape];
  if (!existsSync(files.reference) || !existsSync(files.current)) {
    console.log(`generating ${rows.toLocaleString('en')} rows × ${COLUMNS} columns, ${label} ...`);
    await writeCsv(files.reference, rows, 1, false, format);
    await writeCsv(files.current, rows, 2, true, format);
  }
  writeFileSync(
    files.policy,
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: bench, task: regression }
data:
  reference: { file: ${files.reference} }
  current: { file: ${files.current} }
checks:
  - { id: drift, type: drift, features: all, method: auto }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`,
  );
  const csvBytes = statSync(files.reference).size + statSync(files.current).size;
  const modelwatch = ['node', cli, 'check', files.policy, '--format', 'json', '--out', files.report, '--quiet', '--fail-on', 'never'];
  const peer = ['/usr/bin/python3', `${root}bench/peer.py`, files.reference, files.current];
  const runs = { modelwatch: [], peer: [] };
  for (let round = 0; round < rounds; round++) {
    runs.modelwatch.push(measure(modelwatch));
    if (peerAvailable) runs.peer.push(measure(peer));
  }
  const summarise = (xs) => ({ seconds: median(xs.map((x) => x.seconds)), rss: median(xs.map((x) => x.max_rss_bytes)), all: xs.map((x) => x.seconds) });
  const mw = summarise(runs.modelwatch);
  const py = peerAvailable ? summarise(runs.peer) : undefined;
  // The speed-up is the median of the rounds' ratios (each round runs both, back to back).
  const speedup = py !== undefined ? median(runs.peer.map((p, i) => p.seconds / runs.modelwatch[i].seconds)) : undefined;
  const result = { shape, label, rows, columns: COLUMNS, rounds, csvBytes, modelwatch: mw, peer: py, speedup, rssRatio: mw.rss / csvBytes };
  console.log(`\n${label}: ${rows.toLocaleString('en')} rows × ${COLUMNS} numeric columns, two CSV files of ${mb(csvBytes)} together; median of ${rounds} rounds`);
  console.log(`  modelwatch (drift auto + missing_share)   ${mw.seconds.toFixed(2)} s   peak RSS ${mb(mw.rss)}`);
  if (py !== undefined) {
    console.log(`  pandas.read_csv + scipy.stats.ks_2samp    ${py.seconds.toFixed(2)} s   peak RSS ${mb(py.rss)}`);
    console.log(`  speed-up over the peer: ${speedup.toFixed(2)}×  (target ≥ ${SPEED_TARGET}×: ${speedup >= SPEED_TARGET ? 'met' : 'NOT met'})`);
  } else {
    console.log('  peer skipped: /usr/bin/python3 cannot import pandas and scipy (apt-get install python3-pandas python3-scipy)');
  }
  console.log(`  peak RSS / CSV bytes: ${result.rssRatio.toFixed(2)}  (target ≤ ${RSS_TARGET}: ${result.rssRatio <= RSS_TARGET ? 'met' : 'NOT met'})`);
  return result;
}

/**
 * The fleet (issue 15): BENCH_FLEET_MODELS (200) models of BENCH_FLEET_ROWS (50,000) rows × 20
 * columns each, `%.6f` as the other cases write them, one process. The files are shared by
 * groups of BENCH_FLEET_GROUP (20) models, so that generating them stays quick; each model still
 * reads and checks its own copy of the data. Per-model cost: the fleet's wall time over its
 * models, against one of the same models run alone (a whole process, as a user runs one); target
 * ≤ 1.2×. The fleet runs one model after another (the default, MODELWATCH_CONCURRENCY=1) and
 * with a model per core (MODELWATCH_CONCURRENCY=auto); the target is judged on the default.
 *
 * Then the same fleet as an Actions matrix would run it, but on this one machine: `plan --shards
 * BENCH_FLEET_SHARDS` (4), each shard's `check --shard i/N` one after another (sequential, as
 * the default), and `merge` of their reports, each a whole process measured alone. The merged
 * report must hold every model with the status (and check statuses) of the unsharded sequential
 * report, or the bench throws. Reported: the sum of plan, shards and merge against the unsharded
 * run (what sharding costs in all), and the largest shard against it (what a matrix of N
 * machines waits for, before the merge).
 */
const FLEET_MODELS = Number(process.env.BENCH_FLEET_MODELS ?? 200);
const FLEET_ROWS = Number(process.env.BENCH_FLEET_ROWS ?? 50_000);
const FLEET_GROUP = Number(process.env.BENCH_FLEET_GROUP ?? 20);
const FLEET_ROUNDS = Number(process.env.BENCH_FLEET_ROUNDS ?? 1);
const FLEET_SHARDS = Number(process.env.BENCH_FLEET_SHARDS ?? 4);
const FLEET_TARGET = 1.2;

async function runFleet() {
  const dir = `${out}/fleet-${FLEET_ROWS}`;
  const monitors = `${dir}/monitors-${FLEET_MODELS}`;
  mkdirSync(monitors, { recursive: true });
  const groups = Math.ceil(FLEET_MODELS / FLEET_GROUP);
  for (let g = 0; g < groups; g++) {
    const reference = `${dir}/reference-${g}.csv`;
    const current = `${dir}/current-${g}.csv`;
    if (!existsSync(reference) || !existsSync(current)) {
      if (g === 0) console.log(`generating ${groups} × 2 files of ${FLEET_ROWS.toLocaleString('en')} rows × ${COLUMNS} columns for the fleet ...`);
      await writeCsv(reference, FLEET_ROWS, 1000 + 2 * g, false, SHAPES.f6.format);
      await writeCsv(current, FLEET_ROWS, 1001 + 2 * g, g % 2 === 1, SHAPES.f6.format);
    }
  }
  const policy = (i) => `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: fleet-${String(i).padStart(4, '0')}, task: regression }
data:
  reference: { file: ../reference-${Math.floor(i / FLEET_GROUP)}.csv }
  current: { file: ../current-${Math.floor(i / FLEET_GROUP)}.csv }
checks:
  - { id: drift, type: drift, features: all, method: auto }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`;
  for (let i = 0; i < FLEET_MODELS; i++) writeFileSync(`${monitors}/fleet-${String(i).padStart(4, '0')}.yaml`, policy(i));
  const alone = `${dir}/alone`;
  mkdirSync(alone, { recursive: true });
  writeFileSync(`${alone}/fleet-0000.yaml`, policy(0));
  const check = (path, report) => ['node', cli, 'check', path, '--format', 'json', '--out', report, '--quiet', '--fail-on', 'never'];
  const sequential = { ...process.env, MODELWATCH_CONCURRENCY: '1' };
  const together = { ...process.env, MODELWATCH_CONCURRENCY: 'auto' };
  const shardReport = (i) => `${dir}/shard-${i}.json`;
  const runs = { alone: [], fleet: [], sequential: [], plan: [], shards: Array.from({ length: FLEET_SHARDS }, () => []), merge: [] };
  let shardModels = [];
  for (let round = 0; round < FLEET_ROUNDS; round++) {
    // One model alone: the median of three, as it is short.
    for (let k = 0; k < 3; k++) runs.alone.push(measure(check(alone, `${dir}/report-alone.json`)));
    runs.fleet.push(measure(check(monitors, `${dir}/report-fleet.json`), together));
    runs.sequential.push(measure(check(monitors, `${dir}/report-sequential.json`), sequential));
    // Sharded: the plan, each shard after the other, the merge.
    runs.plan.push(measure(['node', cli, 'plan', monitors, '--shards', String(FLEET_SHARDS), '--format', 'json'], process.env, `${dir}/plan.json`));
    const matrix = JSON.parse(readFileSync(`${dir}/plan.json`, 'utf8'));
    if (matrix.include.length !== FLEET_SHARDS) throw new Error(`plan --shards ${FLEET_SHARDS} planned ${matrix.include.length} shards`);
    shardModels = matrix.include.map((entry, k) => {
      if (entry.shard !== `${k + 1}/${FLEET_SHARDS}`) throw new Error(`plan: shard ${k + 1} is named ${entry.shard}`);
      runs.shards[k].push(measure([...check(monitors, shardReport(k + 1)), '--shard', entry.shard], sequential));
      const models = JSON.parse(readFileSync(shardReport(k + 1), 'utf8')).models.map((m) => m.name);
      if (models.join(', ') !== entry.models) throw new Error(`shard ${entry.shard} evaluated ${models.join(', ')}; the plan gave it ${entry.models}`);
      return models.length;
    });
    const merge = ['node', cli, 'merge', ...runs.shards.map((_, k) => shardReport(k + 1)), '--policies', monitors, '--format', 'json', '--out', `${dir}/merged.json`, '--quiet', '--fail-on', 'never'];
    runs.merge.push(measure(merge));
    sameVerdicts(JSON.parse(readFileSync(`${dir}/report-sequential.json`, 'utf8')), JSON.parse(readFileSync(`${dir}/merged.json`, 'utf8')));
  }
  const summarise = (xs) => ({ seconds: median(xs.map((x) => x.seconds)), rss: median(xs.map((x) => x.max_rss_bytes)), all: xs.map((x) => x.seconds) });
  const result = {
    shape: 'fleet', models: FLEET_MODELS, rows: FLEET_ROWS, columns: COLUMNS, rounds: FLEET_ROUNDS, cores: availableParallelism(),
    alone: summarise(runs.alone), fleet: summarise(runs.fleet), sequential: summarise(runs.sequential),
  };
  // Sums are taken within a round (the shards of one plan), then the median over rounds.
  const roundsOf = (f) => median(Array.from({ length: FLEET_ROUNDS }, (_, r) => f(r)));
  const shardSeconds = (r) => runs.shards.map((s) => s[r].seconds);
  result.sharded = {
    count: FLEET_SHARDS,
    plan: summarise(runs.plan),
    shards: runs.shards.map((s, k) => ({ shard: `${k + 1}/${FLEET_SHARDS}`, models: shardModels[k], ...summarise(s) })),
    merge: summarise(runs.merge),
    shardSeconds: roundsOf((r) => shardSeconds(r).reduce((a, b) => a + b, 0)),
    largestShardSeconds: roundsOf((r) => Math.max(...shardSeconds(r))),
    totalSeconds: roundsOf((r) => runs.plan[r].seconds + shardSeconds(r).reduce((a, b) => a + b, 0) + runs.merge[r].seconds),
    matrixSeconds: roundsOf((r) => runs.plan[r].seconds + Math.max(...shardSeconds(r)) + runs.merge[r].seconds),
  };
  result.sharded.totalRatio = result.sharded.totalSeconds / result.sequential.seconds;
  result.sharded.largestShardRatio = result.sharded.largestShardSeconds / result.sequential.seconds;
  result.sharded.matrixRatio = result.sharded.matrixSeconds / result.sequential.seconds;
  result.perModel = result.fleet.seconds / FLEET_MODELS;
  result.perModelSequential = result.sequential.seconds / FLEET_MODELS;
  result.ratio = result.perModelSequential / result.alone.seconds;
  result.ratioTogether = result.perModel / result.alone.seconds;
  console.log(`\nfleet: ${FLEET_MODELS} models of ${FLEET_ROWS.toLocaleString('en')} rows × ${COLUMNS} columns (drift auto + missing_share), one process, ${result.cores} cores`);
  console.log(`  one model alone (a whole process)          ${result.alone.seconds.toFixed(2)} s   peak RSS ${mb(result.alone.rss)}`);
  console.log(`  the fleet, one after another (default)     ${result.sequential.seconds.toFixed(2)} s   ${(result.perModelSequential * 1000).toFixed(0)} ms a model   peak RSS ${mb(result.sequential.rss)}`);
  console.log(`  the fleet, MODELWATCH_CONCURRENCY=auto     ${result.fleet.seconds.toFixed(2)} s   ${(result.perModel * 1000).toFixed(0)} ms a model   peak RSS ${mb(result.fleet.rss)}`);
  console.log(`  per-model cost / one model alone: ${result.ratio.toFixed(2)}× (a model per core: ${result.ratioTogether.toFixed(2)}×)  (target ≤ ${FLEET_TARGET}×: ${result.ratio <= FLEET_TARGET ? 'met' : 'NOT met'})`);
  const sh = result.sharded;
  console.log(`  sharded into ${FLEET_SHARDS}, one shard after another, then merged (the merged report has the unsharded verdicts):`);
  console.log(`    plan --shards ${FLEET_SHARDS}                          ${sh.plan.seconds.toFixed(2)} s   peak RSS ${mb(sh.plan.rss)}`);
  for (const s of sh.shards) console.log(`    check --shard ${s.shard.padEnd(5)} ${String(s.models).padStart(4)} models          ${s.seconds.toFixed(2)} s   peak RSS ${mb(s.rss)}`);
  console.log(`    the shards together                       ${sh.shardSeconds.toFixed(2)} s`);
  console.log(`    merge                                     ${sh.merge.seconds.toFixed(2)} s   peak RSS ${mb(sh.merge.rss)}`);
  console.log(`  sharded total (plan + shards + merge) / unsharded, one after another: ${sh.totalSeconds.toFixed(2)} s / ${result.sequential.seconds.toFixed(2)} s = ${sh.totalRatio.toFixed(2)}×`);
  console.log(`  largest shard (what a matrix waits for) / unsharded: ${sh.largestShardSeconds.toFixed(2)} s / ${result.sequential.seconds.toFixed(2)} s = ${sh.largestShardRatio.toFixed(2)}× (with plan and merge: ${sh.matrixSeconds.toFixed(2)} s, ${sh.matrixRatio.toFixed(2)}×)`);
  return result;
}

/** The merged report must hold the unsharded report's models, in order, with the same statuses (durations and times aside). */
function sameVerdicts(unsharded, merged) {
  const verdicts = (report) => report.models.map((m) => ({ name: m.name, status: m.status, error_code: m.error_code, checks: m.checks.map((c) => `${c.id}=${c.status}`).join(' ') }));
  const want = verdicts(unsharded);
  const got = verdicts(merged);
  if (want.length !== FLEET_MODELS) throw new Error(`the unsharded fleet report holds ${want.length} models, not ${FLEET_MODELS}`);
  if (got.length !== want.length) throw new Error(`the merged report holds ${got.length} models, the unsharded one ${want.length}`);
  if (merged.shards?.missing?.length !== 0) throw new Error(`the merge counts shards ${merged.shards?.missing?.join(', ')} as missing`);
  for (let i = 0; i < want.length; i++) {
    const [a, b] = [JSON.stringify(want[i]), JSON.stringify(got[i])];
    if (a !== b) throw new Error(`merged model ${i + 1} differs from the unsharded report: ${b} against ${a}`);
  }
  if (merged.status !== unsharded.status) throw new Error(`the merged report's status is ${merged.status}, the unsharded one's ${unsharded.status}`);
}

mkdirSync(out, { recursive: true });
if (process.env.BENCH_FLEET === 'only') {
  writeFileSync(`${out}/results-fleet.json`, `${JSON.stringify(await runFleet(), null, 2)}\n`);
  process.exit(0);
}
const shapes = (process.env.BENCH_SHAPES ?? 'g6,f6,repr').split(',').filter((s) => s !== '');
for (const shape of shapes) if (!(shape in SHAPES)) throw new Error(`BENCH_SHAPES: unknown shape ${shape} (g6, f6, repr)`);
const results = [];
for (const shape of shapes) results.push(await runCase(shape, ROWS, ROUNDS));
if (LARGE_ROWS > 0) results.push(await runCase('f6', LARGE_ROWS, LARGE_ROUNDS));
if (process.env.BENCH_FLEET !== '0' && FLEET_MODELS > 0) results.push(await runFleet());
writeFileSync(`${out}/results.json`, `${JSON.stringify(results, null, 2)}\n`);

// The PostgreSQL cases: with a server's URL, or BENCH_PG=1 to start the throwaway one (once, for
// both). bench/pg.mjs reads the current rows from a table beside export-then-file; then
// bench/pushdown.mjs profiles the reference and checks the table against that profile with the
// aggregates computed in the database and with its rows pulled (BENCH_PUSHDOWN=0 skips it), on
// loopback and over a paced link (BENCH_LINK_MBIT, default 100 Mbit/s; 0 skips that).
if (process.env.MODELWATCH_BENCH_PG_URL || process.env.MODELWATCH_TEST_PG_URL || process.env.BENCH_PG === '1') {
  const { reference, current } = caseFiles('g6', ROWS);
  if (!existsSync(reference)) await runCase('g6', ROWS, 1);
  const { benchServer, runPostgresBench } = await import('./pg.mjs');
  const server = benchServer();
  process.env.MODELWATCH_BENCH_PG_URL = server.url;
  try {
    results.push({ shape: 'postgres', ...runPostgresBench({ out, reference, current, rows: ROWS, rounds: ROUNDS, measure }) });
    if (process.env.BENCH_PUSHDOWN !== '0') {
      const { runPushdownBench } = await import('./pushdown.mjs');
      results.push({ shape: 'pushdown', ...runPushdownBench({ out, reference, current, rows: ROWS, rounds: ROUNDS, measure }) });
    }
  } finally {
    server.stop();
  }
  writeFileSync(`${out}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
} else {
  console.log('\nPostgreSQL cases skipped: set MODELWATCH_BENCH_PG_URL (or MODELWATCH_TEST_PG_URL), or BENCH_PG=1 to start scripts/pg-test-server.sh');
}
