// The PostgreSQL case of `npm run bench` (called by bench/run.mjs; also `node bench/pg.mjs`):
// the bench's current file (1,000,000 rows × 20 numeric columns) as a table, and modelwatch
// reading current from PostgreSQL (reference from the file) beside the export-then-file path a
// team would otherwise script: `psql -c "\copy (select …) to stdout csv header" > file`, then
// modelwatch on that file. Both whole processes, measured the same way (bench/measure.py),
// interleaved, median of ROUNDS. Targets (issue 10): ≤ 1.3× the export-then-file time; peak RSS
// under the size of the data as CSV.
//
// The server: MODELWATCH_BENCH_PG_URL, else MODELWATCH_TEST_PG_URL, else the throwaway server of
// scripts/pg-test-server.sh, started here and stopped at the end. Needs `psql` on the PATH.
// BENCH_CLI runs another build of the CLI than dist/cli.js.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The server's URL, starting the throwaway one when none is given; `stop` ends what we started. */
export function benchServer() {
  const given = process.env.MODELWATCH_BENCH_PG_URL || process.env.MODELWATCH_TEST_PG_URL;
  if (given) return { url: given, stop: () => {} };
  const started = spawnSync(`${root}scripts/pg-test-server.sh`, ['start'], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`scripts/pg-test-server.sh start failed: ${started.stderr}`);
  const url = /MODELWATCH_TEST_PG_URL=(\S+)/.exec(started.stdout)?.[1];
  if (url === undefined) throw new Error('scripts/pg-test-server.sh printed no URL');
  return { url, stop: () => spawnSync(`${root}scripts/pg-test-server.sh`, ['stop']) };
}

/** Wall time and peak RSS of one process (bench/measure.py), for the cases run on their own. */
export function measure(command, env = process.env) {
  const result = spawnSync('python3', [`${root}bench/measure.py`, ...command], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`measure.py failed: ${result.stderr}`);
  const measured = JSON.parse(result.stdout);
  if (measured.exit_code !== 0) throw new Error(`${command.join(' ')} exited ${measured.exit_code}: ${measured.stderr}`);
  return measured;
}

function psql(url, args, options = {}) {
  const result = spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, ...args], { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`psql ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Loads `csv` into `table` (20 double precision columns f01…f20) unless it already holds `rows` rows. */
export function loadBenchTable(url, csv, table, rows, columns = 20) {
  const count = spawnSync('psql', ['-X', '-At', url, '-c', `select count(*) from ${table}`], { encoding: 'utf8' });
  if (count.status === 0 && Number(count.stdout.trim()) === rows) return;
  console.log(`loading ${csv} into ${table} ...`);
  const names = Array.from({ length: columns }, (_, j) => `f${String(j + 1).padStart(2, '0')}`);
  psql(url, ['-c', `create schema if not exists bench; drop table if exists ${table}; create table ${table} (${names.map((n) => `${n} double precision`).join(', ')})`]);
  psql(url, ['-c', `\\copy ${table} from '${csv}' (format csv, header true)`]);
  psql(url, ['-c', `vacuum analyze ${table}`]);
}

/**
 * Runs the case; `measure(command)` is bench/run.mjs's (wall time and peak RSS of a process).
 * Returns the figures it printed.
 */
export function runPostgresBench({ out, reference, current, rows, rounds, measure, cli = process.env.BENCH_CLI ?? `${root}dist/cli.js` }) {
  if (spawnSync('psql', ['--version']).status !== 0) {
    console.log('\nPostgreSQL case skipped: no psql on the PATH');
    return undefined;
  }
  const server = benchServer();
  try {
    const table = `bench.current_${rows}`;
    loadBenchTable(server.url, current, table, rows);
    const exported = `${out}/current-${rows}-exported.csv`;
    const fromPg = `${out}/bench-pg-${rows}.yaml`;
    const fromExport = `${out}/bench-pg-export-${rows}.yaml`;
    const checks = `checks:
  - { id: drift, type: drift, features: all, method: auto }
  - { id: missing, type: data_quality, metric: missing_share, columns: all, fail: { gt: 0.01 } }
`;
    writeFileSync(
      fromPg,
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: bench-pg, task: regression }
data:
  reference: { file: ${reference} }
  current: { postgres: { url: "\${MODELWATCH_BENCH_PG_URL}", table: ${table} } }
${checks}`,
    );
    writeFileSync(
      fromExport,
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: bench-pg, task: regression }
data:
  reference: { file: ${reference} }
  current: { file: ${exported} }
${checks}`,
    );
    const env = { ...process.env, MODELWATCH_BENCH_PG_URL: server.url };
    const check = (policy, report) => ['node', cli, 'check', policy, '--format', 'json', '--out', report, '--quiet', '--fail-on', 'never'];
    const exportCommand = ['sh', '-c', `psql -X -q "$MODELWATCH_BENCH_PG_URL" -c "\\copy (select * from ${table}) to stdout (format csv, header true)" > '${exported}'`];
    const runs = { pg: [], export: [], file: [] };
    for (let round = 0; round < rounds; round++) {
      runs.pg.push(measure(check(fromPg, `${out}/report-pg.json`), env));
      runs.export.push(measure(exportCommand, env));
      runs.file.push(measure(check(fromExport, `${out}/report-pg-export.json`), env));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    const pg = { seconds: median(runs.pg.map((r) => r.seconds)), rss: median(runs.pg.map((r) => r.max_rss_bytes)) };
    const exportSeconds = median(runs.pg.map((_, i) => runs.export[i].seconds + runs.file[i].seconds));
    const exportRss = median(runs.pg.map((_, i) => Math.max(runs.export[i].max_rss_bytes, runs.file[i].max_rss_bytes)));
    const csvBytes = statSync(reference).size + statSync(exported).size;
    const ratio = pg.seconds / exportSeconds;
    // The reports must agree, or the comparison means nothing.
    const a = JSON.parse(spawnSync('cat', [`${out}/report-pg.json`], { encoding: 'utf8' }).stdout).models[0];
    const b = JSON.parse(spawnSync('cat', [`${out}/report-pg-export.json`], { encoding: 'utf8' }).stdout).models[0];
    const same = a.error === null && JSON.stringify(a.checks.map((c) => ({ ...c, duration_ms: 0 }))) === JSON.stringify(b.checks.map((c) => ({ ...c, duration_ms: 0 })));
    console.log(`\nPostgreSQL: current (${rows.toLocaleString('en')} rows × 20) from a table, reference from its file; median of ${rounds} rounds`);
    console.log(`modelwatch, current from postgres               ${pg.seconds.toFixed(2)} s   peak RSS ${mb(pg.rss)}`);
    console.log(`psql \\copy to a file (${median(runs.export.map((r) => r.seconds)).toFixed(2)} s) + modelwatch on it (${median(runs.file.map((r) => r.seconds)).toFixed(2)} s)   ${exportSeconds.toFixed(2)} s   peak RSS ${mb(exportRss)}`);
    console.log(`time / export-then-file: ${ratio.toFixed(2)}×  (target ≤ 1.3×: ${ratio <= 1.3 ? 'met' : 'NOT met'})`);
    console.log(`peak RSS / CSV bytes of the data (reference + current, ${mb(csvBytes)}): ${(pg.rss / csvBytes).toFixed(2)}  (target < 1: ${pg.rss < csvBytes ? 'met' : 'NOT met'})`);
    console.log(`reports equal: ${same ? 'yes' : `NO (${a.error ?? 'checks differ'})`}`);
    return { seconds: pg.seconds, rss: pg.rss, exportSeconds, ratio, csvBytes, same };
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const out = `${root}bench/out`;
  const reference = `${out}/reference-${rows}.csv`;
  const current = `${out}/current-${rows}.csv`;
  if (!existsSync(reference) || !existsSync(current)) throw new Error(`run npm run bench once first: it writes ${reference} and ${current}`);
  runPostgresBench({ out, reference, current, rows, rounds: Number(process.env.BENCH_ROUNDS ?? 3), measure });
}
