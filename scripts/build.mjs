// Generates the policy validator, then bundles the entry points (the CLI, the Action and the three
// worker threads) to ESM in dist/. The bundle is committed: the Action runs dist/index.js
// straight from a checkout, and CI rebuilds and diffs it (see .ci/run).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// @actions/core imports its OIDC client (and with it @actions/http-client and undici, ~800 kB)
// at the top of the module, for getIDToken alone, which modelwatch never calls. This stands in
// for that module with one that imports the real client only when getIDToken is called, so
// that the Action's first line does not wait for undici to load (docs/architecture.md,
// "Process start"). The real module still ends up in a chunk of its own.
const lazyOidc = {
  name: 'lazy-actions-core-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined;
      return { path: join(dirname(args.importer), 'oidc-utils.js'), namespace: 'lazy-oidc' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      resolveDir: dirname(args.path),
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient: Real } = await import(${JSON.stringify(args.path)});
    return Real.getIDToken(audience);
  }
}
`,
    }));
  },
};

await build({
  ...common,
  plugins: [lazyOidc],
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'read-worker': 'src/engine/read-worker.ts', 'drift-worker': 'src/engine/drift-worker.ts', 'model-worker': 'src/engine/model-worker.ts' },
  outdir: 'dist',
  banner: { js: banner },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
