/**
 * Every history chart the Markdown renderers emit (job summary, incident issue, Markdown report)
 * is accepted by mermaid's own parser (`mermaid.parse` from the `mermaid` package, with happy-dom
 * for the DOM it needs, as in mermaid.test.ts), carries only our own configuration (a directive
 * smuggled in through a check id would show up in the parsed config), and keeps its shape: one
 * value per run in every series, one colour per series, plain decimal numbers, the fence whole.
 * Hostile check ids (quotes, brackets, line breaks, `%%` and directives, backticks, frontmatter,
 * controls) and a stored run time that is no instant are the test: the same ids written raw are
 * shown to be rejected or to inject.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { historyChart } from '../../src/report/history-mermaid.js';
import { historyView } from '../../src/report/history-table.js';
import { renderIssueBody } from '../../src/report/issue-body.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { aucCheck, HOSTILE_IDS, historyReport, hostileHistoryReport } from './history-report.js';

interface Mermaid {
  parse(text: string): Promise<{ diagramType: string; config: unknown }>;
}

let window: Window;
let mermaid: Mermaid;
beforeAll(async () => {
  window = new Window();
  Object.assign(globalThis, { window, document: window.document });
  mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
}, 60_000);
afterAll(async () => {
  await window.happyDOM.close();
});

/** The history charts (those with our palette) in a Markdown text. */
function historyCharts(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '').filter((c) => c.includes('plotColorPalette'));
}

const issueBody = (report: Report): string =>
  renderIssueBody({ model: report.models[0]!, since: {}, openedAt: report.generated_at, firstRun: null, latestRun: null, runbookUrl: null });

const RENDERERS: [string, (r: Report) => string][] = [
  ['job summary', (r) => renderSummary(r)],
  ['issue body', issueBody],
  ['Markdown report', renderMarkdown],
];

/** The only statements a history chart has, in this order (a whitelist: an injected statement fails it). */
const SHAPE = [
  /^---$/,
  /^config:$/,
  /^ {2}xyChart:$/,
  /^ {4}xAxis:$/,
  /^ {6}labelFontSize: 12$/,
  /^ {2}themeVariables:$/,
  /^ {4}xyChart:$/,
  /^ {6}plotColorPalette: "#[0-9a-f]{6}(, #[0-9a-f]{6})*"$/,
  /^---$/,
  /^xychart-beta( horizontal)?$/,
  /^ {2}title "[^"\n]*"$/,
  /^ {2}x-axis \["[^"\n]*"(, "[^"\n]*")*\]$/,
  /^ {2}y-axis "(value|%)" -?\d+(\.\d+)? --> -?\d+(\.\d+)?$/,
];

function checkShape(chart: string): void {
  const lines = chart.trimEnd().split('\n');
  SHAPE.forEach((re, i) => expect(lines[i], `line ${i + 1} of\n${chart}`).toMatch(re));
  const series = lines.slice(SHAPE.length);
  expect(series.length).toBeGreaterThanOrEqual(1);
  const labels = (/^ {2}x-axis \[(.*)\]$/.exec(lines[11] ?? '')?.[1] ?? '').split('", "');
  expect(new Set(labels).size).toBe(labels.length); // mermaid would merge equal labels
  for (const line of series) {
    const values = /^ {2}line \[(.*)\]$/.exec(line)?.[1]?.split(', ') ?? [];
    expect(values, line).toHaveLength(labels.length);
    for (const v of values) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
  }
  const palette = /plotColorPalette: "(.*)"/.exec(chart)?.[1]?.split(', ') ?? [];
  expect(palette).toHaveLength(series.length);
}

/** What our frontmatter configures, and nothing else. */
const ownConfig = (chart: string): unknown => ({
  xyChart: { xAxis: { labelFontSize: 12 } },
  themeVariables: { xyChart: { plotColorPalette: /plotColorPalette: "(.*)"/.exec(chart)?.[1] } },
});

describe('history charts in mermaid', () => {
  it("the parser rejects a quote in a label and reads a directive into the config: the checks below can fail", async () => {
    const chart = historyChart(aucCheck(), historyView(aucCheck())!)!;
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart', config: ownConfig(chart) });
    const raw = (id: string): string => chart.replace('title "auc: ', `title "${id}: `);
    await expect(mermaid.parse(raw(HOSTILE_IDS[0]))).rejects.toThrow(/Parse error/);
    await expect(mermaid.parse(raw(HOSTILE_IDS[2]))).rejects.toThrow(/Parse error/);
    const injected = await mermaid.parse(raw(HOSTILE_IDS[3]));
    expect(injected.config).not.toEqual(ownConfig(chart));
  });

  it.each(RENDERERS)('every chart in the %s parses, with its own config only and its shape', async (_name, render) => {
    for (const report of [historyReport(), hostileHistoryReport()]) {
      const found = historyCharts(render(report));
      // historyReport: auc (14 runs), missing-values (40), feature-drift (2); age-range has 1 run, no chart.
      expect(found.length).toBe(report.models[0]!.checks.filter((c) => (c.history?.points.length ?? 0) >= 2).length);
      for (const chart of found) {
        checkShape(chart);
        await expect(mermaid.parse(chart), chart).resolves.toMatchObject({ diagramType: 'xychart', config: ownConfig(chart) });
      }
    }
  }, 60_000);

  it('extreme and negative values, a flat series and a lone bound still make a chart mermaid reads', async () => {
    const at = (i: number): string => new Date(Date.UTC(2026, 9, 1 + i)).toISOString();
    const series: [number[], number[]][] = [
      [[-0.0000123, 1e22, -5e21, 0.5], [1e21]],
      [[3.2e-7, 4.1e-7, 9.9e-8], [5e-7]],
      [[0, 0, 0], []],
      [[-3, -2.5, -2.75], [-2.6]],
    ];
    for (const [values, bounds] of series) {
      const c = { ...aucCheck(), thresholds: {}, history: { points: values.map((value, i) => ({ at: at(i), value, status: 'pass' as const })), lines: bounds.map((value) => ({ level: 'fail' as const, value })) } };
      const chart = historyChart(c, historyView(c)!)!;
      checkShape(chart);
      await expect(mermaid.parse(chart), chart).resolves.toMatchObject({ diagramType: 'xychart' });
    }
  });

  it('hostile ids stay inside the title: no statement, directive or fence comes from them', () => {
    const md = renderSummary(hostileHistoryReport());
    const charts = historyCharts(md);
    expect(charts).toHaveLength(HOSTILE_IDS.length);
    for (const chart of charts) {
      expect(chart).not.toMatch(/%%\{|`/);
      expect(chart).toContain('"09-26", "run 3", "09-28"'); // the run stored at HOSTILE_AT
      expect(chart.match(/^ {2}title /gm)).toHaveLength(1);
    }
    // Every fence opened is closed: the line after each chart is the key, not chart text.
    const opened = md.match(/^```mermaid$/gm)?.length ?? 0;
    expect(md.match(/^```$/gm)?.length ?? 0).toBeGreaterThanOrEqual(opened);
    expect(md.match(/^_Blue line: the value; amber: warn < 0\.75; red: fail < 0\.7\._$/gm)).toHaveLength(HOSTILE_IDS.length);
  });
});
