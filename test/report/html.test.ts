import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { inspect, tableShapes } from './dom.js';
import { HOSTILE, hostileReport, rawControls } from './hostile.js';
import { sampleReport } from './sample-report.js';

describe('renderHtml', () => {
  it('is one self-contained page: inline style, no script, no external resource', () => {
    const dom = inspect(renderHtml(sampleReport()));
    const tags = new Set(dom.elements.map((e) => e.tag));
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'a', 'form', 'base']) expect(tags.has(tag)).toBe(false);
    expect(dom.elements.filter((e) => e.tag === 'style')).toHaveLength(1);
    const csp = dom.elements.find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs['content']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(renderHtml(sampleReport())).not.toMatch(/url\(|@import|https?:\/\/(?!modelwatch)/);
  });

  it('holds the same tables as the Markdown report, in the same order', () => {
    const report = sampleReport();
    const html = inspect(renderHtml(report));
    const md = renderMarkdown(report);
    expect(tableShapes(html).length).toBe((md.match(/^\| - \||^\| :- \|/gm) ?? []).length);
    const headings = html.elements.filter((e) => e.tag === 'h3').map((e) => inspectText(e.node));
    expect(headings).toEqual([...md.matchAll(/^### (.*)$/gm)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1')));
    const checks = html.text.indexOf('feature-drift');
    expect(checks).toBeGreaterThan(0);
    expect(html.text.indexOf('income-rule', checks)).toBeGreaterThan(checks);
    expect(html.text).toContain('could not read current data: monitors/data/fraud/current.parquet: no such file or directory');
    expect(html.text).toContain('monitors/churn.yaml:14:7: unknown key "treshold" (did you mean "threshold"?)');
  });

  it('keeps hostile values inert: they are text, never elements, attributes or comments', () => {
    const html = renderHtml(hostileReport());
    expect(rawControls(html)).toEqual([]); // control and bidi characters are shown, not acted on
    const dom = inspect(html);
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'h1', 'h2', 'h3', 'p', 'span', 'strong', 'code', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
    expect(dom.elements.map((e) => e.tag).filter((t) => !allowed.has(t))).toEqual([]);
    expect(dom.comments).toEqual([]);
    const attributes = new Set(dom.elements.flatMap((e) => Object.keys(e.attrs)));
    expect([...attributes].sort()).toEqual(['charset', 'class', 'content', 'http-equiv', 'lang', 'name']);
    for (const e of dom.elements) if (e.attrs['class'] !== undefined) expect(e.attrs['class']).toMatch(/^(status (pass|warn|fail|no_data|error|skipped|silenced)|num|alert|muted)$/);
    for (const value of HOSTILE) expect(dom.text).toContain(value.replace(/\s+/g, ' '));
    for (const rows of tableShapes(dom)) for (const cells of rows) expect(cells).toBe(rows[0]);
  });
});

function inspectText(node: unknown): string {
  const walk = (n: { nodeName?: string; value?: string; childNodes?: unknown[] }): string =>
    n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map((c) => walk(c as typeof n)).join('');
  return walk(node as { nodeName?: string });
}
