// Micro-benchmark of the CSV reader: MB/s on a generated 1,000,000 × 20 numeric file whose
// values are formatted like printf's `%.6g` (the shape of `npm run bench`'s data).
// Usage: node bench/csv-read.mjs [rows] [repeats]
// It bundles src/data/read.ts with esbuild into a temporary folder and imports the bundle, so it
// measures the same code the CLI ships. The data file is cached in the OS temp folder.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, openSync, writeSync, closeSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const repeats = Number(process.argv[3] ?? 3);
const cols = 20;

/** mulberry32: a small seeded PRNG, so the file is the same on every machine. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** printf("%.6g") for finite doubles. */
function g6(x) {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  let s;
  if (exp < -4 || exp >= 6) {
    s = x.toExponential(5).replace(/\.?0+e/, 'e');
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  } else {
    s = x.toFixed(Math.max(0, 5 - exp));
    if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}

const file = join(tmpdir(), `modelwatch-bench-${rows}x${cols}.csv`);
if (!existsSync(file)) {
  const random = mulberry32(42);
  const fd = openSync(file, 'w');
  writeSync(fd, Array.from({ length: cols }, (_, j) => `f${j}`).join(',') + '\n');
  let lines = [];
  for (let i = 0; i < rows; i++) {
    const cells = new Array(cols);
    for (let j = 0; j < cols; j++) {
      const u = random();
      // A mix of scales: plain decimals, large values (exponent form), small values.
      cells[j] = g6(j % 5 === 0 ? (u - 0.5) * 1e7 : j % 5 === 1 ? u * 1e-5 : (u - 0.3) * 100);
    }
    lines.push(cells.join(','));
    if (lines.length === 10_000) {
      writeSync(fd, lines.join('\n') + '\n');
      lines = [];
    }
  }
  if (lines.length > 0) writeSync(fd, lines.join('\n') + '\n');
  closeSync(fd);
}
const megabytes = statSync(file).size / 1e6;

const out = mkdtempSync(join(tmpdir(), 'modelwatch-bench-'));
await build({
  entryPoints: [join(root, 'src/data/read.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(out, 'read.mjs'),
  logLevel: 'warning',
});
const { readSource } = await import(pathToFileURL(join(out, 'read.mjs')).href);
rmSync(out, { recursive: true, force: true });

const timings = [];
for (let r = 0; r < repeats; r++) {
  const t0 = process.hrtime.bigint();
  const table = await readSource({ kind: 'file', paths: [file] }, {});
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  timings.push(seconds);
  if (table.rowCount !== rows) throw new Error(`read ${table.rowCount} rows, expected ${rows}`);
}
const best = Math.min(...timings);
console.log(
  `csv-read: ${rows} rows × ${cols} columns, ${megabytes.toFixed(1)} MB: best ${best.toFixed(3)} s = ` +
    `${(megabytes / best).toFixed(0)} MB/s (runs: ${timings.map((t) => t.toFixed(3)).join(', ')} s); ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
