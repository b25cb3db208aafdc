/**
 * The HTML report of each shipped example in a real browser: Debian's headless Chromium
 * (/usr/bin/chromium, or CHROMIUM=path) driven by playwright-core, with a fresh profile. For each
 * example (examples/monitors/*.yaml, run through the engine from the sources) the page loads with
 * no console error, makes no network request at all (every request the browser starts is
 * counted), draws every chart the report's details call for as an SVG with visible marks, draws
 * every status mark, and stays within a height a reviewer can scroll (printed with the chart count).
 * A hand-made report with check history shows its line chart with the threshold lines drawn.
 *
 * Without Chromium the test fails in CI (`CI` set: .ci/run installs it) and is skipped elsewhere,
 * saying why.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftDetails, FairnessDetails, OperationalDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { renderHtml } from '../../src/report/html.js';
import { EXAMPLES, exampleReport } from './example-reports.js';
import { historyReport } from './history-report.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
const AVAILABLE = existsSync(CHROMIUM);
/** Folded, at a 1280 × 900 viewport: the old table-only report of all four examples was 7,500 px. */
const MAX_HEIGHT = 6_000;

if (!AVAILABLE && !IN_CI) console.warn(`html-browser.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM=path)`);

/** The page's document as the callbacks that run in the browser use it (the project has no DOM types; they cannot share a helper, being serialised). */
interface PageDocument {
  readonly documentElement: { readonly scrollHeight: number };
  querySelectorAll(selector: string): Iterable<{ setAttribute(name: string, value: string): void }>;
}

/** The charts a report calls for, counted from its details (not from the renderer). */
function expectedCharts(report: Report): number {
  let n = 0;
  for (const check of report.models.flatMap((m) => m.checks)) {
    const details = check.details as { kind?: string } | null;
    if (details?.kind === 'drift') n += (details as DriftDetails).columns.filter((c) => c.distribution !== undefined && (c.status === 'fail' || c.status === 'warn')).length;
    if (details?.kind === 'fairness' && (details as FairnessDetails).groups.some((g) => g.rates?.some((r) => r.value !== null))) n += 1;
    if (details?.kind === 'operational' && (details as OperationalDetails).percentiles?.current) n += 1;
  }
  return n;
}

describe.skipIf(!AVAILABLE && !IN_CI)('the HTML report in headless Chromium', () => {
  let profile: string;
  let browser: BrowserContext;
  const requests: string[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    if (!AVAILABLE) throw new Error(`no Chromium at ${CHROMIUM}: CI must install it (apt-get install -y chromium)`);
    profile = mkdtempSync(join(tmpdir(), 'modelwatch-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    // Every request of every page of the context, whatever its scheme, is counted here.
    browser.on('request', (r) => requests.push(r.url()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
    if (figures.length > 0) console.log(`HTML report in Chromium (1280 px wide, passing checks folded):\n${figures.join('\n')}`);
  });

  it('finds the examples', () => {
    expect(EXAMPLES).toEqual(['adult-income-labels', 'adult-income-shifted', 'adult-income', 'diabetes-progression', 'offer-ranker', 'wine-cultivar']);
  });

  it.each(EXAMPLES)('%s: no console error, no request, every chart drawn, a sensible height', async (name) => {
    const report = await exampleReport(name);
    const html = renderHtml(report);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const before = requests.length;
    await page.setContent(html, { waitUntil: 'load' });

    const folded = await page.evaluate(() => (globalThis as unknown as { document: PageDocument }).document.documentElement.scrollHeight);
    const expected = expectedCharts(report);
    const charts = page.locator('svg.chart');
    expect(await charts.count()).toBe(expected);

    // Each status mark is drawn (a shape, not a glyph a font may lack).
    const marks = page.locator('summary svg.mark, table svg.mark');
    expect(await marks.count()).toBeGreaterThan(report.models.reduce((n, m) => n + m.checks.length, 0));
    for (const box of await marks.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().width))) expect(box).toBeGreaterThan(5);

    // Unfolded, every chart has a size and visible bars or dots.
    await page.evaluate(() => {
      for (const d of (globalThis as unknown as { document: PageDocument }).document.querySelectorAll('details')) d.setAttribute('open', '');
    });
    const unfolded = await page.evaluate(() => (globalThis as unknown as { document: PageDocument }).document.documentElement.scrollHeight);
    for (let i = 0; i < expected; i++) {
      const chart = charts.nth(i);
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(60);
      const drawn = await chart.evaluate((svg) =>
        [...svg.querySelectorAll('rect.ref, rect.cur, circle.dot')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        }).length,
      );
      expect(drawn, `chart ${i + 1} of ${name}`).toBeGreaterThan(0);
      expect(await chart.locator('title').textContent()).not.toBe('');
    }
    await page.close();

    expect(errors).toEqual([]);
    expect(requests.slice(before)).toEqual([]);
    expect(folded).toBeLessThan(MAX_HEIGHT);
    figures.push(`  ${name}: ${folded} px high (${unfolded} px with every check unfolded), ${expected} charts`);
  });

  it('a check history (hand-made, as the engine fills it from the state store): a visible line with a dot per run and its labelled threshold lines', async () => {
    const report = historyReport();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const before = requests.length;
    await page.setContent(renderHtml(report), { waitUntil: 'load' });
    const chart = page.locator('svg.chart.line').first(); // auc, in an open (failing) block
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
    const drawn = await chart.evaluate((svg) => {
      // Runs in the page (serialised): no shared helper, and no DOM types in this project.
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { stroke: string } }).getComputedStyle;
      return {
        series: [...svg.querySelectorAll('polyline.series')].map((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height })),
        dots: [...svg.querySelectorAll('circle.pt')].filter((e) => e.getBoundingClientRect().width > 0).length,
        rules: [...svg.querySelectorAll('line.rule')].map((e) => ({ w: e.getBoundingClientRect().width, level: e.getAttribute('class'), stroke: style(e).stroke })),
        labels: [...svg.querySelectorAll('text.rule-label')].map((e) => e.textContent),
      };
    });
    expect(drawn.series).toHaveLength(1);
    expect(drawn.series[0]!.w).toBeGreaterThan(300);
    expect(drawn.series[0]!.h).toBeGreaterThan(50); // 0.792 down to 0.694 spans most of the plot
    expect(drawn.dots).toBe(14);
    expect(drawn.rules.map((r) => r.level)).toEqual(['rule warn', 'rule fail']);
    for (const rule of drawn.rules) expect(rule.w).toBeGreaterThan(300);
    expect(new Set(drawn.rules.map((r) => r.stroke)).size).toBe(2); // warn and fail in their own colours
    expect(drawn.labels).toEqual(['warn < 0.75', 'fail < 0.7']);
    await page.close();
    expect(errors).toEqual([]);
    expect(requests.slice(before)).toEqual([]);
  });
});
