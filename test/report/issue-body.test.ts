/**
 * The incident issue body on the shipped examples, as the team reads it at 6 a.m.: a heading in
 * words, instants a person can read, thresholds in the units they apply to, and per-group
 * evidence (fairness rates with their intervals, operational values per segment), in the issue,
 * the Markdown and HTML reports and the terminal.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelReport } from '../../src/engine/report.js';
import { runChecks } from '../../src/engine/run.js';
import { renderHtml } from '../../src/report/html.js';
import { renderIssueBody } from '../../src/report/issue-body.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/engine/report.js';

const MONITORS = resolve(import.meta.dirname, '../../examples/monitors');
const NOW = new Date('2026-11-24T06:00:00Z');

let models: Map<string, ModelReport>;
let report: Report;
beforeAll(async () => {
  report = await runChecks({ paths: [`${MONITORS}/offer-ranker.yaml`, `${MONITORS}/adult-income-shifted.yaml`], now: NOW });
  models = new Map(report.models.map((m) => [m.name, m]));
}, 60_000);

function body(name: string): string {
  const model = models.get(name)!;
  return renderIssueBody({ model, since: { 'age-ks': '2026-11-23T06:00:00.000Z' }, openedAt: '2026-11-23T06:00:00.000Z', firstRun: null, latestRun: null, runbookUrl: null });
}

describe('the incident issue body', () => {
  it('says the state in words and the instants as dates', () => {
    const text = body('adult-income-shifted');
    expect(text).toContain('## ❌ adult\\-income\\-shifted is failing');
    expect(text).toContain('**Open since:** 2026-11-23 06:00 UTC');
    expect(text).toContain('`age-ks` since 2026-11-23 06:00 UTC');
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
  });

  it('labels per-column drift thresholds as such, in the units of the p-value', () => {
    const row = body('adult-income-shifted').split('\n').find((line) => line.startsWith('| `age-ks`'));
    expect(row).toBeDefined();
    expect(row).toContain('per column: fail &lt; 0\\.01');
    expect(row).not.toContain('1%');
  });

  it('shows each group of a fairness gap with its rate and 95% interval', () => {
    const text = body('offer-ranker');
    const section = text.slice(text.indexOf('### ❌ `fpr-gap-by-gender`: evidence'));
    expect(section).toContain('| group | rows | value (95% interval) | status | message |');
    const undisclosed = section.split('\n').find((line) => line.startsWith('| undisclosed |'));
    expect(undisclosed).toMatch(/^\| undisclosed \| 214 \| 0\.4122 \(0\.3361 to 0\.4927\) \|/);
  });

  it('shows operational values per segment, the failing segment first', () => {
    const text = body('offer-ranker');
    const start = text.indexOf('### ❌ `server-errors-by-segment`: evidence');
    const section = text.slice(start, text.indexOf('\n### ', start + 1));
    const rows = section.split('\n').filter((line) => /^\| (mobile|partner|web) \|/.test(line));
    expect(rows[0]).toMatch(/^\| partner \| 887 \| 2\.71% \| ❌ fail \|/);
    expect(rows).toHaveLength(3);
  });
});

describe('the Markdown and HTML reports', () => {
  it('carry the same per-group tables, escaped', () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### fpr\\-gap\\-by\\-gender: by group');
    expect(markdown).toMatch(/\| undisclosed \| 214 \| 0\.4122 \(0\.3361 to 0\.4927\) \|/);
    const html = renderHtml(report);
    expect(html).toContain('<h3>fpr-gap-by-gender: by group</h3>');
    expect(html).toContain('0.4122 (0.3361 to 0.4927)');
    expect(html).toContain('Value (95% interval)');
  });
});

describe('the terminal report', () => {
  const lines = () => renderText(report, { color: false, width: 120 }).split('\n');

  it('lists the groups of a grouped check that warns or fails, worst first, with rates and intervals', () => {
    const text = lines();
    const start = text.findIndex((l) => l.trim() === 'server-errors-by-segment: by group (3)');
    expect(start).toBeGreaterThan(0);
    expect(text[start + 1]!.trim().split(/\s{2,}/)).toEqual(['GROUP', 'ROWS', 'VALUE', 'STATUS', 'MESSAGE']);
    expect(text[start + 2]!.trim().split(/\s{2,}/).slice(0, 4)).toEqual(['partner', '887', '2.71%', 'fail']);
    const fairness = text.findIndex((l) => l.trim() === 'fpr-gap-by-gender: by group (3)');
    const undisclosed = text.slice(fairness).find((l) => l.trim().startsWith('undisclosed'));
    expect(undisclosed!.trim().split(/\s{2,}/).slice(0, 3)).toEqual(['undisclosed', '214', '0.4122 (0.3361 to 0.4927)']);
    // Passing grouped checks keep to their one line in the checks table.
    expect(text.some((l) => l.includes('tpr-vs-male: by group'))).toBe(false);
  });

  it('shows at most ten groups and counts the rest', () => {
    const model = structuredClone(models.get('offer-ranker')!);
    const check = model.checks.find((c) => c.id === 'server-errors-by-segment')!;
    const details = check.details as { groups: { group: string }[] };
    const first = details.groups[0]!;
    details.groups = Array.from({ length: 13 }, (_, i) => ({ ...first, group: `segment-${i}` }));
    const text = renderText({ ...report, models: [model] }, { color: false, width: 120 });
    expect(text).toContain('server-errors-by-segment: by group (13)');
    expect(text).toContain('segment-9');
    expect(text).not.toContain('segment-10');
    expect(text).toContain('… and 3 more groups (every group is in the JSON, Markdown and HTML reports)');
  });
});
