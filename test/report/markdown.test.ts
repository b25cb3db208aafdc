import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { inspect, tableShapes } from './dom.js';
import { HOSTILE, hostileReport, rawControls } from './hostile.js';
import { sampleReport } from './sample-report.js';

const ZWSP = '\u200b';

/** GitHub-flavoured Markdown to HTML with marked (tables, strikethrough, literal autolinks). */
function toHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

describe('renderMarkdown', () => {
  it('puts the fleet table first, models in input order, with their failing checks', () => {
    const md = renderMarkdown(sampleReport());
    const fleet = md.slice(md.indexOf('## Models'), md.indexOf('## ❌ income'));
    const rows = fleet.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Model') && !l.startsWith('| -'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| income\\-classifier', '| income\\-segments', '| fraud\\-scorer', '| hours\\-regressor']);
    expect(rows[0]).toContain('❌ fail | feature\\-drift, income\\-rule |');
    expect(rows[2]).toContain('⛔ error | model error |');
    expect(md.indexOf('## ⛔ Policy errors')).toBeLessThan(md.indexOf('## Models'));
    expect(md).toContain('- monitors/churn\\.yaml:14:7: unknown key');
  });

  it('lists checks worst first and one table per column detail', () => {
    const md = renderMarkdown(sampleReport());
    const section = md.slice(md.indexOf('## ❌ income\\-classifier'), md.indexOf('## ⚠️ income\\-segments'));
    const order = [...section.matchAll(/^\| \S+ (fail|error|warn|pass|silenced|no data|skipped) \| ([^|]+) \|/gm)].map((m) => m[2]?.trim());
    expect(order.slice(0, 6)).toEqual(['feature\\-drift', 'income\\-rule', 'missing\\-values', 'age\\-range', 'unseen\\-categories', 'score\\-drift']);
    expect(section).toContain('### feature\\-drift: drift by column');
    expect(section).toContain('| age | numeric | wasserstein | 0.2431 | — | ❌ fail | yes | 32,561 / 16,281 |');
    expect(section).toContain('| proba | numeric | ks | 0.0312 | 3.2e-7 | ❌ fail | yes |');
    expect(section).toContain('unseen: Atlantis (12), Holand\\-Netherlands (9)');
    expect(section).toContain('**Owners:** @\u200bacme/income\\-ml');
    const segments = md.slice(md.indexOf('## ⚠️ income\\-segments'));
    expect(segments).toContain('- column \\"fnlwgt\\" is categorical, expected numeric');
    expect(segments).toContain('> **Error:** could not read current data');
  });

  it('renders as valid GFM: every table row has as many cells as its header', () => {
    const dom = inspect(toHtml(renderMarkdown(sampleReport())));
    const shapes = tableShapes(dom);
    expect(shapes.length).toBe(9);
    for (const rows of shapes) for (const cells of rows) expect(cells).toBe(rows[0]);
  });

  it('leaves no hostile value live: no element, link, comment, mention, reference or table break', () => {
    const md = renderMarkdown(hostileReport());
    expect(rawControls(md)).toEqual([]); // control and bidi characters are shown, not acted on
    const dom = inspect(toHtml(md));
    const allowed = new Set(['html', 'head', 'body', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'blockquote']);
    expect(dom.elements.map((e) => e.tag).filter((t) => !allowed.has(t))).toEqual([]);
    expect(dom.comments).toEqual([]);
    expect(dom.elements.filter((e) => e.tag === 'h1')).toHaveLength(1);
    // Our own bold labels are the only <strong>: a value's **bold** stayed text.
    const strong = dom.elements.filter((e) => e.tag === 'strong').map((e) => (e.node as { childNodes: { value?: string }[] }).childNodes[0]?.value);
    expect(new Set(strong)).toEqual(new Set(['Policy:', 'Version:', 'Owners:', 'Runbook:', 'Window:', 'Rows:', 'Task:', 'Error:']));
    for (const rows of tableShapes(dom)) for (const cells of rows) expect(cells).toBe(rows[0]);
    // GitHub links mentions, references and bare URLs on the rendered text: each is broken by U+200B.
    expect(dom.text).not.toMatch(/@[A-Za-z0-9]/);
    expect(dom.text).not.toMatch(/#[0-9]/);
    expect(dom.text).not.toMatch(/https?:\/\//);
    expect(dom.text).not.toMatch(/www\./i);
    // And every value is still there for the reader, as text.
    const visible = dom.text.replaceAll(ZWSP, '');
    for (const value of HOSTILE) expect(visible).toContain(value.replace(/\r\n|\n/g, ' ').replace(/\s+/g, ' '));
  });

  it('keeps a newline in a value from ending a list item or starting a heading', () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toMatch(/^# heading/m);
    expect(md).not.toMatch(/^line two/m);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# modelwatch report']);
  });
});
