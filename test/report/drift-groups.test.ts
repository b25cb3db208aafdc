/**
 * A drift check with `by:` in every renderer: its groups (rows, share drifted, status, the
 * drifted columns with their p-values) as performance's groups are shown, and in the issue
 * body even when only a segment drifted.
 */
import { describe, expect, it } from 'vitest';
import { driftCheck } from '../../src/checks/drift.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { evidence } from '../../src/report/issue-body.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { categorical, context, driftSpec, numeric, table } from '../checks/context.js';
import { sampleReport } from './sample-report.js';

const range = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** x shifted by 60 in the current rows of group "b <x>" only (a label that needs escaping): the overall test misses it at 1 in 40 rows. */
function segmentOnlyCheck(): CheckReport {
  const make = (n: number, shift: number) => {
    const g = range(n, (i) => (i % 40 === 0 ? 'b <x>' : 'a'));
    return table(numeric('x', range(n, (i) => ((i * 37) % 100) + (g[i] === 'b <x>' ? shift : 0))), categorical('g', g));
  };
  const outcome = driftCheck.run(driftSpec({ method: 'ks', features: ['x'], by: ['g'], min_group_size: 20 }), context(make(1000, 60), make(2000, 0)));
  return { id: 'drift-by-g', type: 'drift', ...outcome, duration_ms: 1 };
}

function reportWith(check: CheckReport): Report {
  const report = structuredClone(sampleReport());
  const model = report.models[0]!;
  (model as unknown as { checks: CheckReport[] }).checks = [check];
  return report;
}

describe('drift groups in the reports', () => {
  const check = segmentOnlyCheck();

  it('come from a check whose overall columns pass and one segment fails', () => {
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/^no drift in 1 column; drift in 1 of 2 segments of g: b <x> \(x\)$/);
  });

  it('Markdown, HTML and the terminal list each group with its rows, share and message, escaped', () => {
    const report = reportWith(check);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### drift\\-by\\-g: by group');
    expect(markdown).toMatch(/\| b &lt;x&gt; \| 25 \| 100(\.0)?% \| .*fail.* \| 1 of 1 column drifted: x \\\(ks p\\-value/);
    const html = renderHtml(report);
    expect(html).toContain('drift-by-g: by group');
    expect(html).toContain('b &lt;x&gt;');
    expect(html).not.toContain('b <x>');
    const text = renderText(report, { color: false, width: 200 });
    expect(text).toContain('drift-by-g: by group (2)');
    expect(text).toMatch(/b <x>\s+25\s+100(\.0)?%/);
  });

  it('the issue body shows the failing segment although no overall column is flagged', () => {
    const body = evidence(check);
    expect(body).toContain('| group | rows | value | status | message |');
    expect(body).toMatch(/\| b &lt;x&gt; \| 25 \| 100(\.0)?% \| .* fail \| 1 of 1 column drifted: x/);
    expect(body).not.toMatch(/\| a \|/);
  });
});
