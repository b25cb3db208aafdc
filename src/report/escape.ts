/**
 * Escaping for every value that comes from data (category names, column names, file names)
 * before it reaches Markdown or HTML. Pure.
 *
 * GitHub turns mentions (`@org/team`), issue references (`#12`) and bare URLs into links
 * *after* Markdown is rendered, on the text nodes, so a backslash escape does not stop them:
 * a zero-width space (U+200B) after `@`, `#`, `://` and `www` does. Markdown syntax is
 * backslash-escaped, HTML metacharacters become entities (so `<!--`, tags and `&` entities
 * cannot open anything), and line breaks become spaces so that a value cannot end a table row.
 *
 * Every format also shows control characters and bidirectional controls as visible `\u{…}`
 * escapes (`showControls`, one definition for the terminal, Markdown, HTML and chart labels):
 * an ANSI sequence or a right-to-left override in a category value could otherwise recolour a
 * terminal or reorder what a reviewer reads in an issue (Trojan Source, CVE-2021-42574).
 */

import { truncateLength } from './width.js';

const ZWSP = '\u200b';

/**
 * Characters that act instead of showing: C0 controls (line breaks included: each escaper turns
 * those into spaces first), DEL, C1 controls (ESC and CSI start every ANSI/OSC sequence), and
 * every bidirectional control of Unicode's UAX #9: ALM U+061C, LRM/RLM U+200E/F, the embeddings
 * and overrides U+202A–U+202E, the isolates U+2066–U+2069.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Characters of one string from data or policy that Markdown, HTML and plain text show; a longer
 * string is cut with `…` (docs/architecture.md, "Reports"). Every escaper goes through here.
 */
export const MAX_SHOWN_LENGTH = 2_000;

/**
 * The text, cut to MAX_SHOWN_LENGTH characters, with each control or bidi character shown as
 * `\u{202e}` (lower-case hex, no padding).
 */
export function showControls(value: string): string {
  return truncateLength(value, MAX_SHOWN_LENGTH).replace(CONTROLS, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"']/g;

/** Text from data, safe inside a Markdown paragraph, list item or table cell. */
export function escapeMarkdown(value: string): string {
  return showControls(value.replace(LINE_BREAKS, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#/g, `\\#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www/gi, (w) => `${w[0]}${ZWSP}${w.slice(1)}`);
}

/**
 * Text from data, safe inside HTML element content and double- or single-quoted attributes.
 * Line breaks become spaces (which is how HTML shows them outside `<pre>`), so that the one
 * control-character rule applies to what is left.
 */
export function escapeHtml(value: string): string {
  return showControls(value.replace(LINE_BREAKS, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text from data inside a mermaid chart label (quoted string). Mermaid has no escape for `"`,
 * and GitHub renders its labels as HTML, so quotes, brackets and markup characters are dropped.
 * The label is cut to `max` characters (code points, ending in `…`) to keep an axis legible.
 */
export function escapeMermaidLabel(value: string, max = 60): string {
  // Controls as `U+202E`: the `\u{…}` form's braces and backslash are not allowed in a label.
  const text = value
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROLS, (c) => ` U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} `)
    .replace(/["`<>[\]{}();#&\\]/g, ' ');
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
  // After the cut, so that the zero-width space is never the character cut off.
  return cut.replace(/@/g, `@${ZWSP}`);
}

/**
 * Text from data, safe to print on a terminal: control characters (C0, DEL, C1, which include
 * ESC and so every ANSI/OSC sequence) and bidirectional overrides (Trojan Source) are shown as
 * visible `\u{…}` escapes instead of acting on the terminal; line breaks become spaces.
 */
export function escapeTerminal(value: string): string {
  return escapePlainText(value);
}

/** Text from data in plain text that is shown, not parsed (issue and PR titles): the terminal's rule. */
export function escapePlainText(value: string): string {
  return showControls(value.replace(LINE_BREAKS, ' '));
}
