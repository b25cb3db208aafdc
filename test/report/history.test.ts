/**
 * A check's history in every report (src/report/history-*.ts): what is shown (caps, runs without
 * a value, labels, the y range), the HTML chart's markup and text alternative, the terminal's
 * line, the drifted columns' summaries in HTML and on the terminal, and the size budgets of
 * the issue body and the job summary (history charts go first, then history tables, then evidence).
 * Mermaid's parser is exercised in history-mermaid.test.ts; the browser in html-browser.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { historyMarkdown } from '../../src/report/history-mermaid.js';
import { historyView, MAX_CHART_POINTS, MAX_TABLE_ROWS } from '../../src/report/history-table.js';
import { renderHtml } from '../../src/report/html.js';
import { ISSUE_BODY_LIMIT, renderIssueBody } from '../../src/report/issue-body.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { displayWidth } from '../../src/report/width.js';
import { inspect, textOf } from './dom.js';
import { AUC_VALUES, aucCheck, historyReport, hostileHistoryReport } from './history-report.js';

const check = (report: Report, id: string): CheckReport => report.models[0]!.checks.find((c) => c.id === id)!;

describe('what the history shows', () => {
  it('nothing for fewer than two runs; the last runs, capped, otherwise', () => {
    const report = historyReport();
    expect(historyView(check(report, 'age-range'))).toBeNull();
    expect(historyView({ ...aucCheck(), history: undefined })).toBeNull();
    const auc = historyView(aucCheck())!;
    expect(auc.points.map((p) => p.value)).toEqual(AUC_VALUES);
    expect(auc.points.map((p) => p.label).slice(0, 2)).toEqual(['09-25', '09-26']);
    expect(auc.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(auc.rows.at(-1)).toEqual({ at: '2026-10-08 06:00 UTC', value: '0.694', status: 'fail' });
    expect(auc.lines.map((l) => l.label)).toEqual(['warn < 0.75', 'fail < 0.7']);
    const missing = historyView(check(report, 'missing-values'))!;
    expect(missing.runs).toBe(40);
    expect(missing.points).toHaveLength(MAX_CHART_POINTS);
    expect(missing.unit).toBe('%');
    expect(missing.points.at(-1)?.value).toBe(6); // 0.06 drawn as 6 %, as the table writes 6%
    expect(missing.rows.at(-1)?.value).toBe('6%');
  });

  it('the y range holds every value and bound, padded, and never below 0 for values that are not', () => {
    for (const c of historyReport().models[0]!.checks) {
      const view = historyView(c);
      if (view === null) continue;
      const all = [...view.points.map((p) => p.value), ...view.lines.map((l) => l.value)];
      expect(Number(view.min)).toBeLessThan(Math.min(...all));
      expect(Number(view.max)).toBeGreaterThan(Math.max(...all));
      expect(Number(view.min)).toBeGreaterThanOrEqual(0);
    }
    const flat = historyView({ ...aucCheck(), history: { points: [0.5, 0.5].map((value, i) => ({ at: `2026-10-0${i + 1}T06:00:00Z`, value, status: 'pass' as const })), lines: [] } })!;
    expect(Number(flat.min)).toBeLessThan(0.5);
    expect(Number(flat.max)).toBeGreaterThan(0.5);
  });

  it('labels are unique and made from the parsed time; a run without a value is in the table, not the chart', () => {
    const points = [
      { at: '2026-10-01T06:00:00Z', value: 0.8, status: 'pass' as const },
      { at: '2026-10-01T18:00:00Z', value: 0.79, status: 'pass' as const },
      { at: '"]\n  line [1]', value: 0.78, status: 'pass' as const },
      { at: '2026-10-02T06:00:00Z', value: null, status: 'no_data' as const },
      { at: '2026-10-03T06:00:00Z', value: 0.74, status: 'warn' as const },
    ];
    const view = historyView({ ...aucCheck(), history: { points, lines: [{ level: 'warn', value: 0.75 }] } })!;
    expect(view.points.map((p) => p.label)).toEqual(['10-01 06:00', '10-01 18:00', 'run 3', '10-03 06:00']);
    expect(view.rows.map((r) => r.at)).toEqual(['2026-10-01 06:00 UTC', '2026-10-01 18:00 UTC', 'run 3 (time unreadable)', '2026-10-02 06:00 UTC', '2026-10-03 06:00 UTC']);
    expect(view.rows[3]).toMatchObject({ value: '—', status: 'no_data' });
    expect(historyMarkdown({ ...aucCheck(), history: { points, lines: [] } }, { heading: '###' })).toContain('The chart draws the 4 of 5 runs that have a value');
  });
});

describe('the HTML history chart', () => {
  it('an SVG line with a dot per run and a labelled rule per bound, named by its title and desc, the table beside', () => {
    const dom = inspect(renderHtml(historyReport()));
    const charts = dom.elements.filter((e) => e.tag === 'svg' && e.attrs['class'] === 'chart line');
    expect(charts).toHaveLength(3); // auc, missing-values, feature-drift
    const auc = charts[0]!;
    const inside = (tag: string, cls?: string): number =>
      dom.elements.filter((e) => e.tag === tag && (cls === undefined || e.attrs['class'] === cls) && isInside(e.node, auc.node)).length;
    expect(inside('polyline', 'series')).toBe(1);
    expect(inside('circle')).toBe(AUC_VALUES.length);
    expect(inside('line', 'rule warn') + inside('line', 'rule fail')).toBe(2);
    expect(textOf(auc.node)).toContain('warn < 0.75');
    expect(textOf(auc.node)).toContain('fail < 0.7');
    const [titleId, descId] = (auc.attrs['aria-labelledby'] ?? '').split(' ');
    const title = dom.elements.find((e) => e.attrs['id'] === titleId)!;
    const desc = dom.elements.find((e) => e.attrs['id'] === descId)!;
    expect(textOf(title.node)).toBe('auc: value over the last 14 runs');
    expect(textOf(desc.node)).toBe('auc over its last 14 runs with a value: from 0.792 to 0.694, lowest 0.694, highest 0.792; bounds warn < 0.75, fail < 0.7. The table beside the chart lists the last 10 runs.');
    expect(dom.text).toContain('RunValueStatus 2026-09-29 06:00 UTC0.779pass');
  });

  it('a hostile check id is text in the title, never markup; a stored time that is no instant shows as `run N`', () => {
    const dom = inspect(renderHtml(hostileHistoryReport()));
    const allowed = new Set(['svg', 'title', 'desc', 'line', 'text', 'polyline', 'circle', 'g', 'rect', 'path']);
    const svgs = dom.elements.filter((e) => e.tag === 'svg' && e.attrs['class'] === 'chart line');
    expect(svgs).toHaveLength(8);
    for (const e of dom.elements) if (svgs.some((s) => isInside(e.node, s.node))) expect(allowed).toContain(e.tag);
    expect(dom.text).toContain('auc "quoted" \'single\': value over the last 14 runs');
    // The run stored at a time that is no instant is `run 3` in its tooltip; its text shows nowhere.
    expect(dom.text).toContain('run 3: 0.791 (pass)');
    expect(dom.elements.some((e) => e.tag === 'b')).toBe(false);
    expect(dom.text).not.toContain('"] %%');
  });
});

function isInside(node: unknown, ancestor: unknown): boolean {
  for (let n = node as { parentNode?: unknown } | undefined; n !== undefined && n !== null; n = n.parentNode as { parentNode?: unknown } | undefined) if (n === ancestor) return true;
  return false;
}

describe('the terminal', () => {
  it('a compact line of the last values that fit, their statuses, and the bounds when they fit, within the width', () => {
    for (const width of [100, 60]) {
      const out = renderText(historyReport(), { color: false, width });
      const line = out.split('\n').find((l) => l.startsWith('  auc: last 14 runs'))!;
      if (width === 100) expect(line).toMatch(/ … 0\.741 warn · 0\.722 warn · 0\.694 fail · bounds warn < 0\.75, fail < 0\.7$/);
      // Narrow: the bounds (also in the checks table) give way to the values.
      else expect(line).toMatch(/ … (.* · )?0\.722 warn · 0\.694 fail$/);
      expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(renderText(historyReport(), { color: false, width: 100 })).toContain('  feature-drift: last 2 runs 12.5% warn · 25% fail · bounds warn ≥ 12.5%, fail ≥ 25%');
  });

  it("the drifted columns' summaries, reference → current, as the issue has them", () => {
    const out = renderText(historyReport(), { color: false, width: 160 });
    expect(out).toContain('    reference → current\n');
    expect(out).toMatch(/^ {4}age {15}mean 38\.58 → 44\.12 · median 37 → 43 · p5 19 → 22 · p95 63 → 70 · missing 0 → 12 · count 32,561 → 16,281$/m);
    expect(out).toMatch(/^ {4}occupation {8}Prof-specialty 13\.5% → 19\.5% · Craft-repair 13\.3% → 9\.92% · Exec-managerial 13\.2% → 15\.2% · 11 other 59\.9% → 55\.4%$/m);
    for (const line of renderText(historyReport(), { color: false, width: 80 }).split('\n')) if (line.includes(' → ')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe("the drifted columns' summaries in HTML", () => {
  it('beside the distribution, the same rows as the issue body: count, missing, mean, median, p5, p95', () => {
    const dom = inspect(renderHtml(historyReport()));
    expect(dom.text).toContain('ReferenceCurrent count32,56116,281 missing012 mean38.5844.12 median3743 p51922 p956370');
    // A categorical column: its rows with a value and missing (its shares are the categories table).
    expect(dom.text).toContain('rows32,561 with a value, 0 missing16,281 with a value, 12 missing');
  });
});

describe('size budgets', () => {
  const body = (report: Report, reserve: number): string =>
    renderIssueBody({ model: report.models[0]!, since: {}, openedAt: report.generated_at, firstRun: null, latestRun: null, runbookUrl: null, reserve });
  const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;
  const CHART = /^```mermaid\n---$/gm;
  const TABLE = /^\| run \| value \| status \|$/gm;
  const EVIDENCE = /^### .*: evidence$/gm;

  it('what a chart adds', () => {
    const auc = aucCheck();
    const withChart = Buffer.byteLength(historyMarkdown(auc, { heading: '###' }));
    const tableOnly = Buffer.byteLength(historyMarkdown(auc, { heading: '###', chart: false }));
    const thirty = { ...auc, history: { ...auc.history!, points: Array.from({ length: 30 }, (_, i) => ({ at: new Date(Date.UTC(2026, 9, 1) + i * 86_400_000).toISOString(), value: 0.8 - i * 0.003, status: 'pass' as const })) } };
    const withThirty = Buffer.byteLength(historyMarkdown(thirty, { heading: '###' }));
    console.log(`history block of 14 runs: ${withChart} bytes (${tableOnly} without its chart); of 30 runs: ${withThirty} bytes`);
    expect(withChart - tableOnly).toBeLessThan(1_000);
    expect(withThirty).toBeLessThan(2_600);
  });

  it('the issue body leaves out history charts first, then history tables, and only then evidence', () => {
    const report = historyReport();
    const full = body(report, 0);
    expect(count(full, CHART)).toBe(3);
    expect(count(full, TABLE)).toBe(3);
    const evidence = count(full, EVIDENCE);
    expect(evidence).toBeGreaterThan(0);

    const noCharts = body(report, ISSUE_BODY_LIMIT - (full.length - 1));
    expect(noCharts.length).toBeLessThan(full.length);
    expect(count(noCharts, CHART)).toBe(0);
    expect(count(noCharts, TABLE)).toBe(3);
    expect(count(noCharts, /The chart of these runs was left out to stay within the size limit/g)).toBe(3);
    expect(count(noCharts, EVIDENCE)).toBe(evidence);
    expect(noCharts).toContain('bars reference, line current'); // the drifted columns' charts stay

    const noHistory = body(report, ISSUE_BODY_LIMIT - (noCharts.length - 1));
    expect(noHistory.length).toBeLessThan(noCharts.length);
    expect(count(noHistory, TABLE)).toBe(0);
    expect(noHistory).toContain("The checks' history (charts and tables of their last runs) was left out to stay within GitHub's size limit");
    expect(count(noHistory, EVIDENCE)).toBe(evidence);
  });

  it('the job summary does the same before leaving out model sections', () => {
    const report = historyReport();
    const full = renderSummary(report);
    const bytes = (t: string): number => Buffer.byteLength(t);
    const noCharts = renderSummary(report, { limitBytes: bytes(full) - 1 });
    expect(bytes(noCharts)).toBeLessThan(bytes(full));
    expect(count(noCharts, CHART)).toBe(0);
    expect(count(noCharts, TABLE)).toBe(3);
    const noHistory = renderSummary(report, { limitBytes: bytes(noCharts) - 1 });
    expect(count(noHistory, TABLE)).toBe(0);
    expect(noHistory).toContain("> The checks' history (charts and tables of their last runs) was left out to keep this summary under GitHub's 1 MiB limit");
    expect(count(noHistory, /^## /gm)).toBe(count(full, /^## /gm)); // every model section kept
  });
});
