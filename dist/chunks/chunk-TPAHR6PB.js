import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/report/width.ts
var segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
var WIDE = /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
var COMPLEX = /[\r\p{Mn}\p{Me}\p{Mc}\p{Cf}\u{1f1e6}-\u{1f1ff}\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;
var SEGMENT_CHUNK = 256;
function graphemeWidth(grapheme) {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return WIDE.test(grapheme) || grapheme.includes("\uFE0F") ? 2 : 1;
}
function unitsAt(text, i) {
  const code = text.charCodeAt(i);
  return code >= 55296 && code <= 56319 && i + 1 < text.length ? 2 : 1;
}
function isSimpleAt(text, i) {
  const code = text.charCodeAt(i);
  if (code >= 32 && code < 127) return true;
  return !COMPLEX.test(text.slice(i, i + unitsAt(text, i)));
}
function* graphemes(text) {
  let i = 0;
  while (i < text.length) {
    const units = unitsAt(text, i);
    const next = i + units;
    if (isSimpleAt(text, i) && (next >= text.length || isSimpleAt(text, next))) {
      yield text.slice(i, next);
      i = next;
      continue;
    }
    let end = next;
    let previousSimple = isSimpleAt(text, i);
    while (end < text.length) {
      const simple = isSimpleAt(text, end);
      if (previousSimple && simple) break;
      previousSimple = simple;
      end += unitsAt(text, end);
    }
    while (i < end) {
      const piece = text.slice(i, Math.min(end, i + SEGMENT_CHUNK));
      const complete = i + piece.length >= end;
      let last = "";
      let lastIndex = 0;
      let count = 0;
      for (const { segment, index } of segmenter.segment(piece)) {
        if (count > 0) yield last;
        last = segment;
        lastIndex = index;
        count++;
      }
      if (complete || count === 1) {
        yield last;
        i += piece.length;
      } else {
        i += lastIndex;
      }
    }
  }
}
function displayWidth(text) {
  let width = 0;
  for (const grapheme of graphemes(text)) width += graphemeWidth(grapheme);
  return width;
}
function truncate(text, width) {
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const w = graphemeWidth(grapheme);
    if (used + w > width) return width <= 0 ? "" : `${text.slice(0, keptWithin(text, width - 1))}\u2026`;
    used += w;
  }
  return text;
}
function keptWithin(text, width) {
  let used = 0;
  let kept = 0;
  for (const grapheme of graphemes(text)) {
    const w = graphemeWidth(grapheme);
    if (used + w > width) break;
    used += w;
    kept += grapheme.length;
  }
  return kept;
}
function truncateLength(text, length) {
  if (text.length <= length) return text;
  let kept = 0;
  for (const grapheme of graphemes(text)) {
    if (kept + grapheme.length > length - 1) break;
    kept += grapheme.length;
  }
  return `${text.slice(0, kept)}\u2026`;
}
function pad(text, width, align = "left") {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

// src/report/escape.ts
var ZWSP = "\u200B";
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
var MAX_SHOWN_LENGTH = 2e3;
function showControls(value) {
  return truncateLength(value, MAX_SHOWN_LENGTH).replace(CONTROLS, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"']/g;
function escapeMarkdown(value) {
  return showControls(value.replace(LINE_BREAKS, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/@/g, `@${ZWSP}`).replace(/\\#/g, `\\#${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/www/gi, (w) => `${w[0]}${ZWSP}${w.slice(1)}`);
}
function escapeHtml(value) {
  return showControls(value.replace(LINE_BREAKS, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMermaidLabel(value, max = 60) {
  const text = value.replace(LINE_BREAKS, " ").replace(CONTROLS, (c) => ` U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} `).replace(/["`<>[\]{}();#&\\]/g, " ");
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}\u2026` : text;
  return cut.replace(/@/g, `@${ZWSP}`);
}
function escapeTerminal(value) {
  return escapePlainText(value);
}
function escapePlainText(value) {
  return showControls(value.replace(LINE_BREAKS, " "));
}

export {
  displayWidth,
  truncate,
  truncateLength,
  pad,
  showControls,
  escapeMarkdown,
  escapeHtml,
  escapeMermaidLabel,
  escapeTerminal,
  escapePlainText
};
