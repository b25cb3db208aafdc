// One PNG (and the HTML it shows) per example report, for people reviewing a change to the HTML
// report: `node scripts/report-screenshots.mjs OUT_DIR` runs the engine from the sources on each
// examples/monitors/*.yaml (bundled on the fly with esbuild into a temporary folder, so dist/
// need not be fresh), renders the HTML report and photographs the whole page in Debian's
// headless Chromium (/usr/bin/chromium, or CHROMIUM=path) through playwright-core.
// OUT_DIR must lie outside the repository: screenshots are never committed.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2];
if (out === undefined) {
  console.error('usage: node scripts/report-screenshots.mjs OUT_DIR   (a folder outside the repository)');
  process.exit(2);
}
const target = resolve(out);
if (!relative(REPO, target).startsWith('..')) {
  console.error(`${target} is inside the repository; give a folder outside it (screenshots are not committed)`);
  process.exit(2);
}
mkdirSync(target, { recursive: true });

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'modelwatch-screenshots-'));
const bundle = join(work, 'render.mjs');
await build({
  stdin: {
    contents: "export { runChecks } from './src/engine/run.ts';\nexport { renderHtml } from './src/report/html.ts';\n",
    resolveDir: REPO,
    loader: 'ts',
    sourcefile: 'screenshots-entry.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __mwCreateRequire } from 'node:module';\nconst require = __mwCreateRequire(import.meta.url);" },
  define: { __MODELWATCH_VERSION__: JSON.stringify(pkg.version) },
});
const { runChecks, renderHtml } = await import(pathToFileURL(bundle).href);

const monitors = join(REPO, 'examples/monitors');
const examples = readdirSync(monitors).filter((f) => f.endsWith('.yaml')).sort();
// A fresh profile in the temporary folder (playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
try {
  const page = await browser.newPage();
  for (const file of examples) {
    const name = basename(file, '.yaml');
    const html = renderHtml(await runChecks({ paths: [join(monitors, file)], now: new Date('2026-11-24T06:00:00Z') }));
    writeFileSync(join(target, `${name}.html`), html);
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: join(target, `${name}.png`), fullPage: true });
    const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
    const charts = await page.locator('svg.chart').count();
    console.log(`${name}: ${join(target, `${name}.png`)} (${height} px high, ${charts} charts)`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
