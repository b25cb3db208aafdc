/** The HTML report's tables: header cells are plain text, body cells already-escaped HTML. Pure. */
import { escapeHtml as h } from './escape.js';

export interface Cell {
  readonly html: string;
  readonly numeric?: boolean;
}

/** A table; `className` is one of our own words, never data. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[], className?: string): string {
  const head = `<tr>${headers.map((t) => `<th>${h(t)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => (c.numeric === true ? `<td class="num">${c.html}</td>` : `<td>${c.html}</td>`)).join('')}</tr>`);
  return `<table${className === undefined ? '' : ` class="${className}"`}>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** A cell of text from anywhere, escaped. */
export const text = (value: string): Cell => ({ html: h(value) });
/** A right-aligned cell for a formatted number. */
export const num = (value: string): Cell => ({ html: h(value), numeric: true });
