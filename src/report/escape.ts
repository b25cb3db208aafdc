/**
 * Escaping for every value that comes from data (category names, column names, file names)
 * before it reaches Markdown or HTML. Pure.
 *
 * GitHub turns mentions (`@org/team`), issue references (`#12`) and bare URLs into links
 * *after* Markdown is rendered, on the text nodes, so a backslash escape does not stop them:
 * a zero-width space (U+200B) after `@`, `#`, `://` and `www` does. Markdown syntax is
 * backslash-escaped, HTML metacharacters become entities (so `<!--`, tags and `&` entities
 * cannot open anything), and line breaks become spaces so that a value cannot end a table row.
 */

const ZWSP = '\u200b';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"']/g;

/** Text from data, safe inside a Markdown paragraph, list item or table cell. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#/g, `\\#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www/gi, (w) => `${w[0]}${ZWSP}${w.slice(1)}`);
}

/** Text from data, safe inside HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text from data inside a mermaid chart label (quoted string). Mermaid has no escape for `"`,
 * and GitHub renders its labels as HTML, so quotes, brackets and markup characters are dropped.
 */
export function escapeMermaidLabel(value: string): string {
  return value.replace(/[\r\n"`<>[\]{}();#&\\]/g, ' ').replace(/@/g, `@${ZWSP}`).slice(0, 60);
}

/**
 * Text from data, safe to print on a terminal: control characters (C0, DEL, C1, which include
 * ESC and so every ANSI/OSC sequence) and bidirectional overrides (Trojan Source) are shown as
 * visible `\u{…}` escapes instead of acting on the terminal; line breaks become spaces.
 */
export function escapeTerminal(value: string): string {
  return value
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}
