/**
 * Renderers are linear in their input, and cut long user strings with an ellipsis
 * (docs/architecture.md, "Reports"): a 400,000-character string in every field renders in
 * about four times the time of a 100,000-character one, not sixteen, in every format.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { renderHtml } from '../../src/report/html.js';
import { issueTitle, renderIssueBody } from '../../src/report/issue-body.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { prTitle, renderPrBody } from '../../src/report/pr-body.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { longReport, longString } from './long.js';

type Renderer = (report: Report) => string;

function failingModel(report: Report) {
  const model = report.models.find((m) => m.checks.some((c) => c.status === 'fail'));
  if (model === undefined) throw new Error('no failing model');
  return { model, fails: model.checks.filter((c) => c.status === 'fail') };
}

const run = { id: '42', url: 'https://github.com/acme/models/actions/runs/42' };
const RENDERERS: Record<string, Renderer> = {
  text: (r) => renderText(r, { color: false, width: 100 }),
  markdown: renderMarkdown,
  html: renderHtml,
  summary: (r) => renderSummary(r),
  'issue body': (r) => renderIssueBody({ model: failingModel(r).model, since: {}, openedAt: r.generated_at, firstRun: run, latestRun: run, runbookUrl: 'https://runbooks.example/x' }),
  'issue title': (r) => issueTitle(failingModel(r).model),
  'PR body': (r) => {
    const { model, fails } = failingModel(r);
    return renderPrBody({ model, failing: fails, heldFor: '2 runs', requestPath: 'models/retrain.yaml', policyUrl: null, run, incident: 7 });
  },
  'PR title': (r) => prTitle(failingModel(r).model, failingModel(r).fails),
};

function timed(render: Renderer, report: Report): { ms: number; output: string } {
  const started = performance.now();
  const output = render(report);
  return { ms: performance.now() - started, output };
}

describe('renderers on 400,000-character strings', { timeout: 120_000 }, () => {
  const small = longReport(100_000);
  const large = longReport(400_000);
  it.each(Object.keys(RENDERERS))('%s is linear and cuts the strings with …', (name) => {
    const render = RENDERERS[name]!;
    render(longReport(1_000)); // warm up
    const a = timed(render, small);
    const b = timed(render, large);
    // Linear: ~4× the time for 4× the input (or less, since strings are cut early); a quadratic
    // renderer takes ~16× (the text report took 15 s at 100,000 and >100 s at 400,000).
    expect(b.ms).toBeLessThan(Math.max(8 * a.ms, 3_000));
    // Every long string is cut, so the output does not grow with the input.
    expect(b.output.length).toBeLessThanOrEqual(a.output.length + 100);
    expect(b.output).toContain('…');
    expect(b.output).not.toContain(longString(10_000));
  });
});
