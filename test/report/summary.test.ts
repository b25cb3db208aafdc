import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { renderIssueBody, ISSUE_BODY_LIMIT } from '../../src/report/issue-body.js';
import type { DriftDetails } from '../../src/checks/details.js';
import type { Report } from '../../src/engine/report.js';
import { sampleReport } from './sample-report.js';

const HOSTILE = '@acme/admins <!-- x --> <img src=x> [click](https://evil.example) a|b';

function hostileReport(): Report {
  const report = sampleReport();
  return {
    ...report,
    models: report.models.map((m) => ({
      ...m,
      checks: m.checks.map((c) => {
        const d = c.details as DriftDetails;
        if (d?.kind !== 'drift') return c;
        return { ...c, details: { ...d, columns: d.columns.map((col, i) => (i === 0 ? { ...col, column: HOSTILE } : col)) } };
      }),
    })),
  };
}

describe('job summary', () => {
  it('puts the fleet table first, then one section per model with a drift chart and its numbers', () => {
    const report = sampleReport();
    const md = renderSummary(report);
    const fleet = md.indexOf('## Fleet');
    expect(fleet).toBeGreaterThan(0);
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
    expect(headings[0]).toBe('Fleet');
    expect(headings.filter((h) => !h.includes('Policy errors')).slice(1).map((h) => h.replace(/^\S+ /, '').replace(/\\/g, ''))).toEqual(report.models.map((m) => m.name));
    // The fleet table lists every model, before any model section.
    const fleetTable = md.slice(fleet, md.indexOf('\n## ', fleet + 1));
    for (const model of report.models) expect(fleetTable).toContain(model.name.replace(/-/g, '\\-'));
    expect(md).toContain('xychart-beta');
    // Every bar value is also in the table under the chart (age: 0.2431 in the sample).
    const chart = /```mermaid\nxychart-beta[\s\S]*?bar \[([^\]]*)\]\n(?: {2}line \[[^\]]*\]\n)?```\n\n(?:_[^\n]*_\n\n)?([\s\S]*?)(\n\n|$)/.exec(md);
    const values = (chart?.[1] ?? '').split(', ');
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(chart?.[2]).toContain(`| ${v} |`);
    expect(values).toContain('0.2431');
  });

  it('escapes hostile column names in tables and chart labels', () => {
    for (const md of [renderSummary(hostileReport())]) {
      expect(md).not.toContain('@acme/admins');
      expect(md).not.toContain('<img');
      expect(md).not.toContain('<!--');
      expect(md).not.toContain('](https://evil');
    }
    const model = hostileReport().models.find((m) => m.status === 'fail');
    if (model === undefined) throw new Error('sample has no failing model');
    const body = renderIssueBody({ model, since: {}, openedAt: 'now', firstRun: null, latestRun: null, runbookUrl: null });
    expect(body).not.toContain('@acme/admins');
    expect(body).not.toContain('<img');
  });

  it('stays under the limit by leaving whole model sections out, with a note', () => {
    const report = sampleReport();
    const full = renderSummary(report);
    const limit = Math.floor(Buffer.byteLength(full) * 0.6);
    const cut = renderSummary(report, { limitBytes: limit, artifactName: 'modelwatch-report' });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(limit);
    expect(cut).toContain('left out');
    expect(cut).toContain('## Fleet');
    expect(SUMMARY_LIMIT_BYTES).toBe(1_048_576);
    // A fleet too large for 1 MiB is cut too.
    const many = { ...report, models: Array.from({ length: 3000 }, (_, i) => ({ ...report.models[1]!, name: `model-${i}` })) };
    expect(Buffer.byteLength(renderSummary(many))).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });

  it('keeps issue bodies within GitHub limit', () => {
    const report = sampleReport();
    const model = report.models.find((m) => m.status === 'fail')!;
    const check = model.checks.find((c) => (c.details as DriftDetails)?.kind === 'drift')!;
    const huge = { ...model, checks: Array.from({ length: 400 }, (_, i) => ({ ...check, id: `drift-${i}`, message: 'x'.repeat(400) })) };
    const body = renderIssueBody({ model: huge, since: {}, openedAt: 'now', firstRun: null, latestRun: null, runbookUrl: null, reserve: 1000 });
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT - 1000);
    expect(body).toContain('left out');
  });
});
