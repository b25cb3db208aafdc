/**
 * The renderers show a performance check's drift attribution (checks/performance-attribution.ts)
 * as a ranked table, with its summary, and escape the feature names that come from data.
 */
import { describe, expect, it } from 'vitest';
import type { PerformanceAttributionDetail } from '../../src/checks/details.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

const attribution: PerformanceAttributionDetail = {
  method: 'reweighted_reference',
  direction: 'drop',
  reference_value: 0.853,
  current_value: 0.82,
  current_estimated: false,
  observed: 0.0327,
  bins: 10,
  features: [
    { column: 'age', kind: 'numeric', bins: 11, reweighted: 0.8214, explained: 0.0317, share: 0.9695, unrepresented: 0 },
    { column: 'work|class<b>', kind: 'categorical', bins: 9, reweighted: 0.851, explained: 0.002, share: 0.0612, unrepresented: 0.0267 },
  ],
  skipped: [],
  left_out: null,
  summary: "`age`'s shift alone explains 0.032 of the 0.033 drop (97%).",
};

function report(): Report {
  const base = sampleReport();
  const model = base.models[0]!;
  const check = {
    id: 'accuracy',
    type: 'performance',
    status: 'fail',
    value: 0.82,
    reference_value: 0.853,
    thresholds: { fail: { lt: 0.84 } },
    message: 'accuracy 0.82 on 11,069 labelled predictions; fail: 0.82 < 0.84; most of the drop follows `age` (0.032 of 0.033)',
    details: { kind: 'performance', metric: 'accuracy', estimated: false, groups: [], attribution },
  } as unknown as CheckReport;
  return { ...base, models: [{ ...model, checks: [...model.checks, check] }, ...base.models.slice(1)] };
}

describe('drift attribution in the rendered reports', () => {
  it('Markdown: a ranked table after the summary, the feature names escaped', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('### accuracy: what explains the drop');
    const section = md.slice(md.indexOf('### accuracy: what explains the drop'));
    expect(section.indexOf('| age ')).toBeLessThan(section.indexOf('work'));
    expect(section).toContain('97%');
    expect(section).toContain('2.67%');
    expect(section).not.toContain('<b>');
    expect(section).not.toMatch(/work\|class/);
  });

  it('HTML: the same table, escaped', () => {
    const html = renderHtml(report());
    expect(html).toContain('accuracy: what explains the drop');
    expect(html).toContain('work|class&lt;b&gt;');
    expect(html).not.toContain('work|class<b>');
  });

  it('text: the leading features of a failing check', () => {
    const text = renderText(report(), { color: false, width: 120 });
    expect(text).toMatch(/accuracy: what explains the drop \(2 features\)/);
    expect(text).toMatch(/age\s+0\.0317\s+97/);
  });
});
