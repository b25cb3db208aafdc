/**
 * Every chart the job summary emits is accepted by mermaid's own parser (`mermaid.parse`, the
 * package GitHub's renderer is built on; `@mermaid-js/parser` has no xychart grammar, and
 * mermaid needs a DOM for DOMPurify, so happy-dom provides one), and stays readable: p-values
 * as −log10 p with the fail threshold as a line, labels cut, many columns drawn horizontally.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriftColumnDetail, DriftDetails } from '../../src/checks/details.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderIssueBody } from '../../src/report/issue-body.js';
import { exampleReport } from './example-reports.js';
import { hostileReport } from './hostile.js';
import { sampleReport } from './sample-report.js';

interface Mermaid {
  parse(text: string): Promise<{ diagramType: string } | false>;
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

function charts(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

function items(chart: string, key: 'x-axis' | 'bar' | 'line'): string[] {
  const match = new RegExp(`^ {2}${key} \\[(.*)\\]$`, 'm').exec(chart);
  return match === null ? [] : (match[1] ?? '').split(', ');
}

/** A drift check over `n` columns with long names and p-values down to 0 (an exact KS test can give it). */
function wideReport(n: number, kind: 'p-value' | 'distance'): Report {
  const base = sampleReport();
  const model = base.models.find((m) => m.checks.some((c) => (c.details as DriftDetails | null)?.kind === 'drift'))!;
  const check = model.checks.find((c) => (c.details as DriftDetails | null)?.kind === 'drift')!;
  const details = check.details as DriftDetails;
  const template = details.columns[0]!;
  const pValues = [9.297e-69, 0, 1e-300, 3.2e-7, 0.004, 0.0099, 0.01, 0.2, 0.5, 1];
  const columns: DriftColumnDetail[] = Array.from({ length: n }, (_, i) => {
    const p = pValues[i % pValues.length]!;
    const distance = [1e-9, 0.2431, 12_345.678, 0.0000004, 0.1][i % 5]!;
    return {
      ...template,
      column: `customer_lifetime_value_bucket_${i}_of_a_very_long_feature_name`,
      method: kind === 'p-value' ? 'ks' : 'wasserstein',
      statistic: kind === 'p-value' ? 0.3 : distance,
      p_value: kind === 'p-value' ? p : null,
      score: kind === 'p-value' ? p : distance,
      thresholds: kind === 'p-value' ? { warn: { lt: 0.05 }, fail: { lt: 0.01 } } : { fail: { gte: 0.2 } },
    };
  });
  const wide: CheckReport = { ...check, details: { ...details, columns } };
  return { ...base, models: [{ ...model, checks: [wide] }] };
}

describe('the job summary charts', () => {
  it('the parser is mermaid\'s own and rejects what GitHub rejects', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis ["a"]\n  bar [9.297e-69]\n')).rejects.toThrow(/Parse error/);
    await expect(mermaid.parse('xychart-beta\n  x-axis ["a"]\n  bar [0.5]\n')).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  const cases: [string, Report][] = [
    ['the sample report', sampleReport()],
    ['hostile names and control characters', hostileReport()],
    ['14 columns of p-values down to 0', wideReport(14, 'p-value')],
    ['14 columns of distances from 1e-9 to 12,345', wideReport(14, 'distance')],
    ['40 columns (the first 30 drawn)', wideReport(40, 'p-value')],
  ];
  it.each(cases)('parse for %s', async (_name, report) => {
    const found = charts(renderSummary(report));
    expect(found.length).toBeGreaterThan(0);
    for (const chart of found) {
      await expect(mermaid.parse(chart), chart).resolves.toMatchObject({ diagramType: 'xychart' });
      // What mermaid does not check: one bar (and one threshold point) per label.
      const labels = items(chart, 'x-axis');
      expect(items(chart, 'bar')).toHaveLength(labels.length);
      const line = items(chart, 'line');
      if (line.length > 0) expect(line).toHaveLength(labels.length);
      for (const value of [...items(chart, 'bar'), ...line]) expect(value).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  // The incident evidence's charts (src/report/column-evidence.ts): reference bars, current line.
  const issueBodies = (report: Report): string =>
    report.models.map((model) => renderIssueBody({ model, since: {}, openedAt: report.generated_at, firstRun: null, latestRun: null, runbookUrl: null })).join('\n');
  it.each([
    ['the Adult shifted example (issue body and summary)', async () => exampleReport('adult-income-shifted')],
    ['hostile names (issue body and summary)', async () => hostileReport()],
    ['mermaid comments and directives in a name', async () => {
      const report = await exampleReport('adult-income-shifted');
      const rename = (name: string): string => (name === 'age' ? "50%% of %%{init: {'theme':'dark'}}%% age" : name);
      const models = report.models.map((m) => ({
        ...m,
        checks: m.checks.map((c) => {
          const drift = c.details as DriftDetails | null;
          return drift?.kind === 'drift' ? { ...c, details: { ...drift, columns: drift.columns.map((d) => ({ ...d, column: rename(d.column) })) } } : c;
        }),
      }));
      return { ...report, models };
    }],
  ])('parse in the incident evidence for %s', async (_name, make) => {
    const report = await make();
    const found = [...charts(issueBodies(report)), ...charts(renderSummary(report))].filter((c) => c.includes('bars reference, line current'));
    expect(found.length).toBeGreaterThan(0);
    for (const chart of found) {
      await expect(mermaid.parse(chart), chart).resolves.toMatchObject({ diagramType: 'xychart' });
      const labels = items(chart, 'x-axis');
      expect(items(chart, 'bar')).toHaveLength(labels.length);
      expect(items(chart, 'line')).toHaveLength(labels.length);
      for (const value of [...items(chart, 'bar'), ...items(chart, 'line')]) expect(value).toMatch(/^\d+(\.\d+)?$/);
      expect(chart).not.toMatch(/%%\{/); // no directive can form from a name (braces are dropped)
    }
  }, 60_000);

  it('draw p-values as −log10 p with the fail threshold as a line, the same numbers in the table', () => {
    const md = renderSummary(wideReport(14, 'p-value'));
    const [chart] = charts(md);
    expect(chart).toContain('y-axis "−log10 p"');
    const bars = items(chart ?? '', 'bar').map(Number);
    expect(bars[0]).toBe(324); // p = 0, drawn at the height of the smallest double
    expect(bars).toContain(68.03); // 9.297e-69
    expect(bars).toEqual([...bars].sort((a, b) => b - a)); // worst first
    expect(new Set(items(chart ?? '', 'line'))).toEqual(new Set(['2'])); // fail: { lt: 0.01 }
    expect(md).toContain('| ks | 9.3e-69 | 68.03 |');
    expect(md).toContain('| 0 | ≥ 324 |');
    expect(md).toContain("The line is each column's fail threshold.");
  });

  it('keep labels legible: cut to 24 characters, and drawn horizontally past 8 columns', () => {
    const [wide] = charts(renderSummary(wideReport(14, 'distance')));
    expect(wide?.split('\n')[0]).toBe('xychart-beta horizontal');
    for (const label of items(wide ?? '', 'x-axis')) expect(Array.from(JSON.parse(label) as string).length).toBeLessThanOrEqual(24);
    // Cut in the middle; names that still read the same are numbered as the table's rows.
    expect(items(wide ?? '', 'x-axis').slice(0, 2)).toEqual(['"1. customer_l…ture_name"', '"2. customer_l…ture_name"']);
    expect(renderSummary(wideReport(14, 'distance'))).toMatch(/\| # \| column \| method \| distance \| status \|\n\| ---: \|/);
    expect(items(wide ?? '', 'bar')).toContain('12350'); // four significant digits, no exponent
    const sample = renderSummary(sampleReport());
    const [small] = charts(sample);
    expect(small?.split('\n')[0]).toBe('xychart-beta');
    expect(items(small ?? '', 'x-axis')).toContain('"hours_per_week"');
    expect(sample).not.toContain('| # |');
  });
});
