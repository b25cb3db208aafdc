// node bench/simulate.mjs <name> — runs the seeded simulation bench/simulations/<name>.ts on
// modelwatch's own sources: esbuild bundles it (with the src/ modules it imports) into a
// temporary ES module, which is then imported. The simulations print their figures; the same
// seed gives the same figures on every machine. docs/statistics.md quotes them.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('./simulations/', import.meta.url));
const names = readdirSync(here).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
const name = process.argv[2];
if (!names.includes(name ?? '')) {
  console.error(`usage: node bench/simulate.mjs <${names.join(' | ')}> [arguments]`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'mw-simulate-'));
try {
  const outfile = join(dir, `${name}.mjs`);
  await build({ entryPoints: [join(here, `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const simulation = await import(pathToFileURL(outfile).href);
  await simulation.main(process.argv.slice(3));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
