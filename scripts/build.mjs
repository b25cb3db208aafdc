// Generates the policy validator, then bundles the entry points (the CLI, the Action and the two
// worker threads) to ESM in dist/. The bundle is committed: the Action runs dist/index.js
// straight from a checkout, and CI rebuilds and diffs it (see .ci/run).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { validatorSource, validatorUrl } from './policy-validator.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Some bundled CommonJS dependencies call require() for Node built-ins; give the ESM bundle one.
const banner = [
  "import { createRequire as __mwCreateRequire } from 'node:module';",
  'const require = __mwCreateRequire(import.meta.url);',
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __MODELWATCH_VERSION__: JSON.stringify(pkg.version) },
};

// The policy validator, compiled from the schema ahead of time (see scripts/policy-validator.mjs).
writeFileSync(validatorUrl, validatorSource());

// Start from an empty dist/ so a chunk the sources no longer produce cannot linger in the commit.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'read-worker': 'src/engine/read-worker.ts', 'drift-worker': 'src/engine/drift-worker.ts' },
  outdir: 'dist',
  banner: { js: banner },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
