/** Drift columns show the adjusted p-value beside the raw one when a correction changed it. */
import { describe, expect, it } from 'vitest';
import type { DriftDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { formatDriftPValue } from '../../src/report/format.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

describe('formatDriftPValue', () => {
  it('shows the adjusted p-value when it differs from the raw one', () => {
    expect(formatDriftPValue({ p_value: 0.0192, p_value_adjusted: 0.0958 })).toBe('0.019 (adj. 0.096)');
    expect(formatDriftPValue({ p_value: 3.2e-7, p_value_adjusted: 1.6e-6 })).toBe('3.2e-7 (adj. 1.6e-6)');
  });

  it('shows the p-value alone without a correction, or for distances', () => {
    expect(formatDriftPValue({ p_value: 0.0192, p_value_adjusted: 0.0192 })).toBe('0.019');
    expect(formatDriftPValue({ p_value: 0.0192 })).toBe('0.019');
    expect(formatDriftPValue({ p_value: null, p_value_adjusted: null })).toBe('—');
  });
});

describe('the renderers', () => {
  /** The sample report with every tested drift column's p-value multiplied by 5, as bh over 5 tests might. */
  function adjusted(): Report {
    const report = structuredClone(sampleReport());
    for (const model of report.models)
      for (const check of model.checks) {
        const details = check.details as DriftDetails | null;
        if (details?.kind !== 'drift') continue;
        (check as { details: DriftDetails }).details = {
          ...details,
          columns: details.columns.map((c) => (c.p_value === null ? c : { ...c, p_value_adjusted: Math.min(1, c.p_value * 5) })),
        };
      }
    return report;
  }

  it('Markdown, HTML and the terminal show the adjusted p-value beside the raw one', () => {
    const report = adjusted();
    expect(renderMarkdown(report)).toContain('3.2e-7 (adj. 1.6e-6)');
    expect(renderHtml(report)).toContain('3.2e-7 (adj. 1.6e-6)');
    expect(renderText(report, { color: false, width: 160 })).toContain('3.2e-7 (adj. 1.6e-6)');
    expect(renderMarkdown(sampleReport())).not.toContain('adj.');
  });
});
