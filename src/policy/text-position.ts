/**
 * Where a character of a YAML string value sits in the policy file, so that an error inside an
 * expression (`checks[3].expr`, offset 12) is reported at its own `line:column`.
 *
 * From the scalar's start in the source and its style:
 * - plain:          the value is the source text: start + offset (exact on one line).
 * - single-quoted:  after the quote; `''` stands for one `'`.
 * - double-quoted:  after the quote; an escape (`\n`, `\"`, `\x41`, `\u0041`) stands for one character.
 * - block (`|`, `>`): content lines begin after the header line and share the first content
 *   line's indentation; each value line maps to one source line (exact for `|`; for `>`, whose
 *   lines fold into spaces, exact as long as there are no blank lines).
 * Multi-line plain and quoted scalars fold line breaks; positions there are best effort.
 * O(length of the scalar + lines before it). Never throws; offsets past the end clamp.
 */
import type { SourcePosition } from './types.js';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | string;

const ESCAPE_LENGTH: ReadonlyMap<string, number> = new Map([
  ['x', 4],
  ['u', 6],
  ['U', 10],
]);

export function positionInString(source: string, start: number, style: ScalarStyle, offset: number): SourcePosition {
  return positionOfOffset(source, sourceOffset(source, start, style, Math.max(0, offset)));
}

function sourceOffset(source: string, start: number, style: ScalarStyle, offset: number): number {
  switch (style) {
    case 'QUOTE_SINGLE': {
      let i = start + 1;
      for (let k = 0; k < offset && i < source.length; k++) i += source[i] === "'" && source[i + 1] === "'" ? 2 : 1;
      return i;
    }
    case 'QUOTE_DOUBLE': {
      let i = start + 1;
      for (let k = 0; k < offset && i < source.length; k++) i += source[i] === '\\' ? (ESCAPE_LENGTH.get(source[i + 1] ?? '') ?? 2) : 1;
      return i;
    }
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return blockOffset(source, start, offset);
    default:
      return start + offset;
  }
}

/** Block scalars: skip the header line, then walk content lines (each value line + its break). */
function blockOffset(source: string, start: number, offset: number): number {
  let lineStart = source.indexOf('\n', start);
  if (lineStart < 0) return start;
  lineStart++;
  let indent = -1;
  let remaining = offset;
  while (lineStart < source.length) {
    const end = source.indexOf('\n', lineStart);
    const line = source.slice(lineStart, end < 0 ? source.length : end);
    if (indent < 0 && line.trim() !== '') indent = line.length - line.trimStart().length;
    const content = indent < 0 ? 0 : Math.max(0, line.length - indent);
    if (remaining <= content || end < 0) return lineStart + Math.max(indent, 0) + Math.min(remaining, content);
    remaining -= content + 1;
    lineStart = end + 1;
  }
  return source.length;
}

function positionOfOffset(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = source.indexOf('\n'); i >= 0 && i < end; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}
