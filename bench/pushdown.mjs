// The pushdown case of `npm run bench` (issue 11; called by bench/run.mjs, also `node
// bench/pushdown.mjs`), on the bench's 1,000,000 rows × 20 numeric columns:
//
// 1. The reference's profile: `modelwatch profile POLICY --out FILE` on the reference CSV, a
//    whole process, ROUNDS times; its size in bytes, the median time and peak RSS. The rounds
//    must write the same bytes (the same data gives the same profile), or the bench stops.
// 2. The current table in PostgreSQL (bench.current_ROWS, as bench/pg.mjs loads it) checked
//    against that profile twice: `pushdown: auto` (the current side's aggregates computed in the
//    database, one query) and `pushdown: never` (its rows pulled with COPY), two whole
//    `modelwatch check` processes on the same checks, interleaved, median of ROUNDS. The bench
//    stops unless both give every check the same status, and unless the pushdown run's report
//    says each check's current side was computed in the database (and the pulled run's says not).
//
// 3. The same two runs again, ROUNDS times, through bench/link-proxy.mjs, which paces the server's
//    bytes to BENCH_LINK_MBIT (default 100 Mbit/s; 0 skips it): a figure for a database across
//    a network, where loopback has no limit, with the bytes each run took from the server.
//
// Targets (issue 11): pushdown at least 2× faster than pulling the rows (on loopback, step 2);
// the pushdown run's peak RSS under 150 MB. The server: as bench/pg.mjs (benchServer); its URL reaches the policies
// through MODELWATCH_BENCH_PG_URL in the environment, never in a file or on the terminal.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { benchServer, loadBenchTable, measure as measureProcess } from './pg.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPEED_TARGET = 2;
const RSS_TARGET = 150e6;
const LINK_MBIT = Number(process.env.BENCH_LINK_MBIT ?? 100);

/** The checks of the other cases (drift auto + missing share); no rule, which is never pushed down. */
const CHECKS = `checks:
  - { id: drift, type: drift, features: all, method: auto }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`;

const policy = (reference, current) => `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: bench-pushdown, task: regression }
data:
  reference: ${reference}
  current: ${current}
${CHECKS}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const summarise = (xs) => ({ seconds: median(xs.map((x) => x.seconds)), rss: median(xs.map((x) => x.max_rss_bytes)), all: xs.map((x) => x.seconds) });

/** The statuses a run gave: the model's, and each check's by id. */
function verdicts(report) {
  const model = report.models[0];
  if (model.error !== null) throw new Error(`the run failed: ${model.error_code}: ${model.error}`);
  return { model: model.status, checks: model.checks.map((c) => `${c.id}=${c.status}`).join(' ') };
}

/** Columns of the drift check whose status differs between the two reports (told, not fatal: the check's status is what must agree). */
function columnDifferences(a, b) {
  const columns = (report) => new Map((report.models[0].checks.find((c) => c.type === 'drift')?.details?.columns ?? []).map((c) => [c.column, c]));
  const [ca, cb] = [columns(a), columns(b)];
  return [...ca].filter(([name, c]) => cb.get(name)?.status !== c.status).map(([name, c]) => `${name} ${c.status} (${c.statistic}) against ${cb.get(name)?.status} (${cb.get(name)?.statistic})`);
}

/**
 * Runs the case; `measure(command, env)` is bench/run.mjs's (wall time and peak RSS of a process).
 * `reference` and `current` are the bench's CSV files of `rows` rows. Returns the figures it printed.
 */
export function runPushdownBench({ out, reference, current, rows, rounds, measure = measureProcess, cli = process.env.BENCH_CLI ?? `${root}dist/cli.js` }) {
  if (spawnSync('psql', ['--version']).status !== 0) {
    console.log('\nPushdown case skipped: no psql on the PATH');
    return undefined;
  }
  const files = {
    profilePolicy: `${out}/bench-pushdown-profile-${rows}.yaml`,
    profile: `${out}/reference-${rows}.profile.json`,
    pushdown: `${out}/bench-pushdown-auto-${rows}.yaml`,
    pull: `${out}/bench-pushdown-never-${rows}.yaml`,
    pushdownReport: `${out}/report-pushdown-auto-${rows}.json`,
    pullReport: `${out}/report-pushdown-never-${rows}.json`,
  };

  // 1. The reference's profile, made from its CSV file.
  writeFileSync(files.profilePolicy, policy(`{ file: ${reference} }`, `{ file: ${current} }`));
  const profileCommand = ['node', cli, 'profile', files.profilePolicy, '--out', files.profile, '--force', '--quiet'];
  const profileRuns = [];
  let bytes;
  for (let round = 0; round < rounds; round++) {
    profileRuns.push(measure(profileCommand));
    const written = readFileSync(files.profile);
    if (bytes !== undefined && !written.equals(bytes)) throw new Error(`modelwatch profile wrote different bytes in round ${round + 1} from the same data (${files.profile})`);
    bytes = written;
  }
  const made = summarise(profileRuns);
  const profileBytes = statSync(files.profile).size;
  const referenceBytes = statSync(reference).size;
  console.log(`\nreference profile: ${rows.toLocaleString('en')} rows × 20 columns (drift auto + missing_share); median of ${rounds} rounds`);
  console.log(`  modelwatch profile POLICY --out FILE       ${made.seconds.toFixed(2)} s   peak RSS ${mib(made.rss)}`);
  console.log(`  profile size ${profileBytes.toLocaleString('en')} bytes, ${(referenceBytes / profileBytes).toFixed(0)}× smaller than the reference CSV (${referenceBytes.toLocaleString('en')} bytes)`);

  // 2. Current from PostgreSQL against that profile: computed in the database, or its rows pulled.
  const server = benchServer();
  try {
    const table = `bench.current_${rows}`;
    loadBenchTable(server.url, current, table, rows);
    const source = (pushdown) => `{ postgres: { url: "\${MODELWATCH_BENCH_PG_URL}", table: ${table}, pushdown: ${pushdown} } }`;
    writeFileSync(files.pushdown, policy(`{ profile: ${files.profile} }`, source('auto')));
    writeFileSync(files.pull, policy(`{ profile: ${files.profile} }`, source('never')));
    const env = { ...process.env, MODELWATCH_BENCH_PG_URL: server.url };
    const check = (path, report) => ['node', cli, 'check', path, '--format', 'json', '--out', report, '--quiet', '--fail-on', 'never'];
    const runs = { pushdown: [], pull: [] };
    for (let round = 0; round < rounds; round++) {
      runs.pushdown.push(measure(check(files.pushdown, files.pushdownReport), env));
      runs.pull.push(measure(check(files.pull, files.pullReport), env));
      // The two must agree on every check, and the pushdown must really have been one, or the figures mean nothing.
      const pushed = JSON.parse(readFileSync(files.pushdownReport, 'utf8'));
      const pulled = JSON.parse(readFileSync(files.pullReport, 'utf8'));
      const [a, b] = [verdicts(pushed), verdicts(pulled)];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`pushdown: auto and pushdown: never disagree: ${a.model} (${a.checks}) against ${b.model} (${b.checks})`);
      const notPushed = pushed.models[0].checks.filter((c) => c.aggregates?.current !== 'database');
      if (notPushed.length > 0) throw new Error(`pushdown: auto did not compute the current side in the database for ${notPushed.map((c) => `${c.id} (aggregates: ${JSON.stringify(c.aggregates ?? null)}: ${c.message})`).join(', ')}`);
      const pushedAnyway = pulled.models[0].checks.filter((c) => c.aggregates?.current === 'database');
      if (pushedAnyway.length > 0) throw new Error(`pushdown: never computed the current side in the database for ${pushedAnyway.map((c) => c.id).join(', ')}`);
    }
    const pushdown = summarise(runs.pushdown);
    const pull = summarise(runs.pull);
    // The ratio is the median of the rounds' ratios (each round runs both, back to back).
    const ratio = median(runs.pull.map((p, i) => p.seconds / runs.pushdown[i].seconds));
    const statuses = verdicts(JSON.parse(readFileSync(files.pushdownReport, 'utf8')));
    const differences = columnDifferences(JSON.parse(readFileSync(files.pushdownReport, 'utf8')), JSON.parse(readFileSync(files.pullReport, 'utf8')));
    console.log(`\npushdown: current (${rows.toLocaleString('en')} rows × 20) from ${table}, reference from its profile; median of ${rounds} rounds`);
    console.log(`  pushdown: auto  (computed in the database)  ${pushdown.seconds.toFixed(2)} s   peak RSS ${mib(pushdown.rss)}`);
    console.log(`  pushdown: never (rows pulled)               ${pull.seconds.toFixed(2)} s   peak RSS ${mib(pull.rss)}`);
    console.log(`  pull / pushdown: ${ratio.toFixed(2)}×  (target ≥ ${SPEED_TARGET}×: ${ratio >= SPEED_TARGET ? 'met' : 'NOT met'})`);
    console.log(`  pushdown peak RSS ${(pushdown.rss / 1e6).toFixed(0)} MB  (target < ${RSS_TARGET / 1e6} MB: ${pushdown.rss < RSS_TARGET ? 'met' : 'NOT met'})`);
    console.log(`  same statuses: ${statuses.model} (${statuses.checks}); every check's current side computed in the database`);
    if (differences.length > 0) console.log(`  drift columns whose status differs (the check's status agrees): ${differences.join('; ')}`);
    const linked = (url) => ({ ...env, MODELWATCH_BENCH_PG_URL: url });
    const link = LINK_MBIT > 0 ? overLink(server.url, LINK_MBIT, rounds, out, { pushdown: (url) => measure(check(files.pushdown, files.pushdownReport), linked(url)), pull: (url) => measure(check(files.pull, files.pullReport), linked(url)) }) : undefined;
    return { rows, columns: 20, rounds, profile: { bytes: profileBytes, referenceBytes, ...made }, pushdown, pull, ratio, statuses, columnDifferences: differences, link };
  } finally {
    server.stop();
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The lines bench/link-proxy.mjs wrote to `file` (its port first, then a line a closed connection). */
function proxyLines(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)) : [];
}

/**
 * Step 3: each of `runs` (name → a run given the server's URL) `rounds` times, interleaved,
 * through a link-proxy.mjs paced to `mbit`, the URL's host and port swapped for the proxy's. Prints and returns each run's
 * time and the bytes it took from the server; undefined for a server not reached over TCP.
 */
function overLink(url, mbit, rounds, out, runs) {
  const target = new URL(url);
  if (target.hostname === '' || new URLSearchParams(target.search).has('host')) {
    console.log('  over a link: skipped (the server is not reached over TCP)');
    return undefined;
  }
  const file = `${out}/link-proxy.jsonl`;
  rmSync(file, { force: true });
  const proxy = spawn(process.execPath, [`${root}bench/link-proxy.mjs`, target.hostname, target.port || '5432', String((mbit * 1e6) / 8), file], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (let waited = 0; proxyLines(file).length === 0; waited += 20) {
      if (waited > 10_000) throw new Error('bench/link-proxy.mjs did not start listening within 10 s');
      sleep(20);
    }
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxyLines(file)[0].port);
    const measured = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of Object.entries(runs)) {
        const before = proxyLines(file).length;
        const { seconds } = run(proxied.toString());
        // The run's connections are closed once its process has exited; the proxy notes each as it sees it close.
        let lines = proxyLines(file).length;
        for (let still = 0; still < 3; sleep(100)) {
          const now = proxyLines(file).length;
          still = now === lines ? still + 1 : 0;
          lines = now;
        }
        measured[name].push({ seconds, bytesFromServer: proxyLines(file).slice(before).reduce((n, l) => n + l.fromServer, 0) });
      }
    }
    const result = { mbit, rounds };
    for (const [name, xs] of Object.entries(measured)) result[name] = { seconds: median(xs.map((x) => x.seconds)), bytesFromServer: median(xs.map((x) => x.bytesFromServer)), all: xs.map((x) => x.seconds) };
    result.ratio = median(measured.pull.map((p, i) => p.seconds / measured.pushdown[i].seconds));
    console.log(`\nthe same over a ${mbit} Mbit/s link (bench/link-proxy.mjs paces the server's bytes); median of ${rounds} rounds`);
    console.log(`  pushdown: auto  (computed in the database)  ${result.pushdown.seconds.toFixed(2)} s   ${result.pushdown.bytesFromServer.toLocaleString('en')} bytes from the server`);
    console.log(`  pushdown: never (rows pulled)               ${result.pull.seconds.toFixed(2)} s   ${result.pull.bytesFromServer.toLocaleString('en')} bytes from the server`);
    console.log(`  pull / pushdown: ${result.ratio.toFixed(2)}×  (the target is judged on loopback, above)`);
    return result;
  } finally {
    proxy.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const out = `${root}bench/out`;
  const reference = `${out}/reference-${rows}.csv`;
  const current = `${out}/current-${rows}.csv`;
  if (!existsSync(reference) || !existsSync(current)) throw new Error(`run npm run bench once first: it writes ${reference} and ${current}`);
  const result = runPushdownBench({ out, reference, current, rows, rounds: Number(process.env.BENCH_ROUNDS ?? 3) });
  if (result !== undefined) writeFileSync(`${out}/results-pushdown.json`, `${JSON.stringify(result, null, 2)}\n`);
}
