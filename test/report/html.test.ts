import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { DriftDetails } from '../../src/checks/details.js';
import { inspect, tableShapes, textOf } from './dom.js';
import { HOSTILE, hostileReport, rawControls } from './hostile.js';
import { sampleReport } from './sample-report.js';

describe('renderHtml', () => {
  it('is one self-contained page: inline style and SVG, no script, no external resource', () => {
    const dom = inspect(renderHtml(sampleReport()));
    const tags = new Set(dom.elements.map((e) => e.tag));
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'form', 'base', 'image', 'use', 'foreignObject', 'canvas']) expect(tags.has(tag)).toBe(false);
    expect(dom.elements.filter((e) => e.tag === 'style')).toHaveLength(1);
    const csp = dom.elements.find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs['content']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(renderHtml(sampleReport())).not.toMatch(/url\(|@import|https?:\/\/(?!modelwatch)/);
    // Links only point inside the page, at an element that exists; no event handler anywhere.
    const ids = new Set(dom.elements.map((e) => e.attrs['id']).filter((id) => id !== undefined));
    const links = dom.elements.filter((e) => e.tag === 'a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(ids.has((a.attrs['href'] ?? '').replace(/^#/, ''))).toBe(true);
    for (const e of dom.elements) for (const name of Object.keys(e.attrs)) expect(name).not.toMatch(/^on/);
    expect(dom.elements.filter((e) => 'xlink:href' in e.attrs || ('href' in e.attrs && e.tag !== 'a'))).toEqual([]);
  });

  it('puts the summary first and folds what passes: fleet, failing and warning checks, then each model', () => {
    const report = sampleReport();
    const dom = inspect(renderHtml(report));
    const h2 = dom.elements.filter((e) => e.tag === 'h2').map((e) => textOf(e.node).trim());
    expect(h2.slice(0, 3)).toEqual(['Policy errors', 'Models', 'Failing and warning checks']);
    const flagged = report.models.flatMap((m) => m.checks.filter((c) => ['fail', 'error', 'warn'].includes(c.status)));
    const attention = dom.elements.find((e) => e.tag === 'table' && e.attrs['class'] === 'attention');
    const errored = report.models.filter((m) => m.error !== null).length;
    expect(tableShapes({ ...dom, elements: [attention!] })[0]).toHaveLength(1 + flagged.length + errored);
    // One <details> per check: open exactly when it fails, errs or warns; its id is linked from the summary.
    const blocks = dom.elements.filter((e) => e.tag === 'details');
    expect(blocks).toHaveLength(report.models.reduce((n, m) => n + m.checks.length, 0));
    const open = blocks.filter((b) => 'open' in b.attrs).length;
    expect(open).toBe(flagged.length);
    for (const b of blocks) {
      const word = textOf((b.node as { childNodes: Parameters<typeof textOf>[0][] }).childNodes.find((c) => c.nodeName === 'summary')!).trim().split(' ')[0];
      expect(['fail', 'error', 'warn'].includes(word ?? '')).toBe('open' in b.attrs);
    }
  });

  it('marks statuses with an SVG shape and the word, never an emoji a font must supply', () => {
    const html = renderHtml(sampleReport());
    // Emoji and the symbol blocks the old marks came from (✅ ⚠️ ❌ ⛔ ⏭️ 🔕), and the emoji variation selector.
    expect(html).not.toMatch(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF\u2B00-\u2BFF\u23E9-\u23FA]/u);
    expect(html).not.toContain('\uFE0F');
    const dom = inspect(html);
    const badges = dom.elements.filter((e) => e.tag === 'span' && /^status /.test(e.attrs['class'] ?? ''));
    expect(badges.length).toBeGreaterThan(20);
    for (const b of badges) {
      const kids = (b.node as { childNodes: { nodeName: string }[] }).childNodes;
      expect(kids[0]?.nodeName).toBe('svg');
      expect(textOf(b.node as Parameters<typeof textOf>[0])).toBe((b.attrs['class'] ?? '').replace('status ', '').replace('no_data', 'no data'));
    }
  });

  it('charts each warn and fail drift column with its numbers in a table and its statistic in the caption', () => {
    const report = sampleReport();
    const dom = inspect(renderHtml(report));
    const charted = report.models.flatMap((m) => m.checks.flatMap((c) => ((c.details as DriftDetails | null)?.kind === 'drift' ? (c.details as DriftDetails).columns : []))).filter((c) => c.distribution !== undefined);
    const svgs = dom.elements.filter((e) => e.tag === 'svg' && /^chart /.test(e.attrs['class'] ?? ''));
    expect(charted.length).toBeGreaterThan(2);
    expect(svgs).toHaveLength(charted.length);
    for (const svg of svgs) {
      // The text alternative: the svg names its title and description by id, and they hold words.
      const [title, desc] = (svg.attrs['aria-labelledby'] ?? '').split(' ');
      expect(svg.attrs['role']).toBe('img');
      for (const id of [title, desc]) expect(textOf(dom.elements.find((e) => e.attrs['id'] === id)!.node).length).toBeGreaterThan(20);
    }
    const captions = dom.elements.filter((e) => e.tag === 'figcaption').map((e) => textOf(e.node));
    expect(captions[0]).toBe('age: wasserstein 0.2431; thresholds warn ≥ 0.1 · fail ≥ 0.2: fail.');
    const numbers = dom.elements.filter((e) => e.tag === 'table' && e.attrs['class'] === 'chart-data');
    expect(numbers).toHaveLength(charted.length);
    expect(textOf(numbers[0]!.node)).toContain('17 to 22');
    expect(textOf(numbers[0]!.node)).toContain('12% (3,895)');
  });

  it('holds the same tables as the Markdown report, in the same order', () => {
    const report = sampleReport();
    const html = inspect(renderHtml(report));
    const md = renderMarkdown(report);
    // The HTML adds the summary table of failing checks and the charts' number tables.
    const own = { ...html, elements: html.elements.filter((e) => !['attention', 'chart-data'].includes(e.attrs['class'] ?? '')) };
    expect(tableShapes(own).length).toBe((md.match(/^\| - \||^\| :- \|/gm) ?? []).length);
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
    const allowed = new Set([
      ...['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'section', 'h1', 'h2', 'h3', 'p', 'span', 'strong', 'code', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
      ...['a', 'details', 'summary', 'figure', 'figcaption', 'div', 'svg', 'desc', 'g', 'rect', 'line', 'path', 'circle', 'text'],
    ]);
    expect(dom.elements.map((e) => e.tag).filter((t) => !allowed.has(t))).toEqual([]);
    expect(dom.comments).toEqual([]);
    expect(dom.elements.filter((e) => e.tag === 'svg' && /^chart /.test(e.attrs['class'] ?? '')).length).toBeGreaterThan(0);
    // Every attribute is one we write, with a value of our own shape: none takes text from data.
    const NUMBER = /^-?\d+(\.\d+)?$/;
    const VALUES: Readonly<Record<string, RegExp>> = {
      charset: /^utf-8$/,
      content: /^(default-src 'none'; style-src 'unsafe-inline'|width=device-width, initial-scale=1)$/,
      'http-equiv': /^Content-Security-Policy$/,
      lang: /^en$/,
      name: /^viewport$/,
      class: /^(status (pass|warn|fail|no_data|error|skipped|silenced)|num|alert|muted|attention|chart-data|chart|chart (columns|bars|intervals)|chart-row|check|mark|glyph|ring|ref|cur|grid|axis|tick|whisker|dot|legend|(rule|rule-label) (warn|fail))$/,
      id: /^(m\d+(-c\d+)?|chart-\d+-[td])$/,
      href: /^#m\d+(-c\d+)?$/,
      open: /^$/,
      role: /^img$/,
      'aria-labelledby': /^chart-(\d+)-t chart-\1-d$/,
      'aria-hidden': /^true$/,
      focusable: /^false$/,
      viewBox: /^0 0 \d+(\.\d)? \d+(\.\d)?$/,
      'text-anchor': /^(start|middle|end)$/,
      d: /^[MLHVZmlhvz0-9.\s-]+$/,
    };
    for (const e of dom.elements) {
      for (const [name, value] of Object.entries(e.attrs)) {
        const rule = VALUES[name] ?? (['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'width', 'height'].includes(name) ? NUMBER : undefined);
        expect(rule, `attribute ${name} on <${e.tag}>`).toBeDefined();
        expect(value, `${name}="${value}" on <${e.tag}>`).toMatch(rule!);
      }
    }
    for (const value of HOSTILE) expect(dom.text).toContain(value.replace(/\s+/g, ' '));
    for (const rows of tableShapes(dom)) for (const cells of rows) expect(cells).toBe(rows[0]);
  });
});

function inspectText(node: unknown): string {
  const walk = (n: { nodeName?: string; value?: string; childNodes?: unknown[] }): string =>
    n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map((c) => walk(c as typeof n)).join('');
  return walk(node as { nodeName?: string });
}
