// Micro-benchmark of number parsing: CPU nanoseconds a cell for the CSV reader's one-pass parser
// (`numberField`, src/data/long-decimal.ts) against `Number()` on the cell's text, on the cells of
// the files `npm run bench` generates (run it first): six digits, `%.6f` and the shortest repr.
// CPU time (process.cpuUsage), not wall time, so that a busy shared machine disturbs it less;
// the median of 5 rounds. Every parsed double is checked against `Number()`.
// Usage: node bench/number-parse.mjs [cells per shape, default 2,000,000]
import { Buffer } from 'node:buffer';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cells = Number(process.argv[2] ?? 2_000_000);
const out = mkdtempSync(join(tmpdir(), 'modelwatch-number-parse-'));
await build({ entryPoints: [join(root, 'src/data/long-decimal.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: join(out, 'ld.mjs'), logLevel: 'warning' });
const ld = await import(pathToFileURL(join(out, 'ld.mjs')).href);
rmSync(out, { recursive: true, force: true });

const shapes = { 'toPrecision(6)': 'reference-1000000.csv', '%.6f': 'reference-f6-1000000.csv', 'shortest repr': 'reference-repr-1000000.csv' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const text = (buf, s, e) => String.fromCharCode.apply(null, buf.subarray(s, e));

for (const [shape, name] of Object.entries(shapes)) {
  const path = join(root, 'bench/out', name);
  if (!existsSync(path)) {
    console.log(`${shape}: ${path} missing (run npm run bench first)`);
    continue;
  }
  const buf = Buffer.alloc(cells * 24);
  const fd = openSync(path, 'r');
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  // Cell starts and ends (non-empty cells of whole lines after the header).
  const starts = new Int32Array(cells);
  const ends = new Int32Array(cells);
  let count = 0;
  let s = buf.indexOf(10) + 1;
  const last = buf.lastIndexOf(10, n - 1);
  for (let p = s; p <= last && count < cells; p++) {
    const b = buf[p];
    if (b === 44 || b === 10) {
      if (p > s) {
        starts[count] = s;
        ends[count++] = p;
      }
      s = p + 1;
    }
  }
  const strings = Array.from({ length: count }, (_, i) => text(buf, starts[i], ends[i]));
  const runs = {
    numberField: () => {
      let acc = 0;
      for (let i = 0; i < count; i++) {
        const x = ld.numberField(buf, starts[i], 44);
        acc += x === x ? x : Number(text(buf, starts[i], ends[i]));
      }
      return acc;
    },
    'Number(text)': () => {
      let acc = 0;
      for (let i = 0; i < count; i++) acc += Number(text(buf, starts[i], ends[i]));
      return acc;
    },
  };
  let declined = 0;
  for (let i = 0; i < count; i++) {
    const x = ld.numberField(buf, starts[i], 44);
    if (x !== x) declined++;
    else if (!Object.is(x, Number(strings[i]))) throw new Error(`${shape}: ${strings[i]} parsed as ${x}`);
  }
  const line = [];
  for (const [label, run] of Object.entries(runs)) {
    const times = [];
    for (let r = 0; r < 5; r++) {
      const t0 = process.cpuUsage();
      run();
      times.push(process.cpuUsage(t0).user / 1e3);
    }
    line.push(`${label} ${((median(times) * 1e6) / count).toFixed(0)} ns`);
  }
  console.log(`${shape}: ${count.toLocaleString('en')} cells, ${line.join(', ')} a cell (CPU); numberField declined ${declined} (Number() decides them)`);
}
