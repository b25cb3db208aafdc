/**
 * Display width of text in a monospace terminal, and truncation to a width with `…`.
 *
 * Width is counted per grapheme cluster (Intl.Segmenter), so that a truncation never splits an
 * emoji, a flag or a letter from its accent: zero-width characters (combining marks, ZWSP,
 * joiners, variation selectors) count 0, East Asian wide and emoji-presentation graphemes
 * (or any grapheme carrying U+FE0F) count 2, everything else 1. This follows wcwidth closely
 * enough for aligning tables of column names and messages; it is not a full UAX #11. O(n).
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Mn covers the variation selectors, Cf the zero-width space and joiners.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
const WIDE =
  /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return WIDE.test(grapheme) || grapheme.includes('\ufe0f') ? 2 : 1;
}

/** Columns the text occupies in a monospace terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** The text cut to at most `width` columns, ending in `…` when anything was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let used = 0;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** The text padded with spaces to `width` columns (on the right, or the left for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}
