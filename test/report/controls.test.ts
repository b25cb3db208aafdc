/**
 * Control characters, ANSI escapes and bidi overrides (test/report/hostile.ts, CONTROL_HOSTILE)
 * in every field of a report reach no output format raw: the terminal, Markdown, HTML, JSON,
 * the job summary (its mermaid chart labels included), the issue body and title, the PR body
 * and title. Each shows them as visible escapes instead, and the JSON keeps the exact values.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import { escapeHtml, escapeMarkdown, escapeMermaidLabel, escapeTerminal, showControls } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { issueTitle, renderIssueBody } from '../../src/report/issue-body.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { prTitle, renderPrBody } from '../../src/report/pr-body.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { inspect } from './dom.js';
import { CONTROL_HOSTILE, hostileReport, rawControls } from './hostile.js';

function outputs(report: Report): Record<string, string> {
  const failing = report.models.find((m) => m.checks.some((c) => c.status === 'fail'));
  if (failing === undefined) throw new Error('the hostile report has no failing model');
  const fails = failing.checks.filter((c) => c.status === 'fail');
  const run = { id: '42', url: 'https://github.com/acme/models/actions/runs/42' };
  return {
    text: renderText(report, { color: false }),
    markdown: renderMarkdown(report),
    html: renderHtml(report),
    json: renderJson(report),
    summary: renderSummary(report),
    'issue body': renderIssueBody({ model: failing, since: {}, openedAt: report.generated_at, firstRun: run, latestRun: run, runbookUrl: 'https://runbooks.example/x' }),
    'issue title': issueTitle({ ...failing, name: CONTROL_HOSTILE[0] }),
    'PR body': renderPrBody({ model: failing, failing: fails, heldFor: '2 runs', requestPath: 'models/retrain.yaml', policyUrl: null, run, incident: 7 }),
    'PR title': prTitle({ ...failing, name: CONTROL_HOSTILE[1] }, fails),
  };
}

describe('control characters and bidi overrides', () => {
  const report = hostileReport();
  const rendered = outputs(report);

  it.each(Object.keys(rendered))('reach the %s raw nowhere', (format) => {
    const text = rendered[format] ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(rawControls(text)).toEqual([]);
  });

  it('are shown, not dropped: the reader sees where a value carried one', () => {
    for (const format of ['text', 'summary', 'issue body', 'PR body', 'issue title']) expect(rendered[format], format).toContain('202e');
    expect(rendered['PR title']).toContain('\\u{1b}[31mred');
    // As rendered by a Markdown renderer and an HTML parser, the escape reads `\u{202e}`.
    expect(inspect(marked.parse(rendered['markdown'] ?? '', { gfm: true, async: false })).text).toContain('invoice\\u{202e}cod.exe');
    expect(inspect(rendered['html'] ?? '').text).toContain('invoice\\u{202e}cod.exe');
  });

  it('keep their exact values in the JSON report', () => {
    const parsed = JSON.parse(rendered['json'] ?? '') as Report;
    expect(parsed.models.map((m) => m.name)).toEqual(report.models.map((m) => m.name));
    expect(parsed.policy_errors.map((e) => e.message)).toEqual(report.policy_errors.map((e) => e.message));
    expect(rendered['json']).toContain('invoice\\u202ecod.exe');
  });

  it('reach no mermaid chart label raw', () => {
    const charts = [...(rendered['summary'] ?? '').matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(rawControls(chart)).toEqual([]);
    expect(escapeMermaidLabel('a\u202eb')).toBe('a U+202E b');
  });

  it('use one definition in every escaper', () => {
    for (const value of CONTROL_HOSTILE) {
      const shown = showControls(value.replace(/\r\n|[\r\n]/g, ' '));
      expect(rawControls(shown)).toEqual([]);
      expect(escapeTerminal(value)).toBe(shown);
      for (const escaped of [escapeMarkdown(value), escapeHtml(value), escapeMermaidLabel(value)]) expect(rawControls(escaped)).toEqual([]);
    }
    // Our own zero-width space (what breaks mentions) is not a control and stays.
    expect(escapeMarkdown('@x')).toBe('@\u200bx');
  });
});
