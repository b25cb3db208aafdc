/**
 * Display width of text in a monospace terminal, and truncation with `…` (to a width, or to a
 * length in characters for the other media).
 *
 * Width is counted per grapheme cluster, so that a truncation never splits an emoji, a flag or a
 * letter from its accent: zero-width characters (combining marks, ZWSP, joiners, variation
 * selectors) count 0, East Asian wide and emoji-presentation graphemes (or any grapheme carrying
 * U+FE0F) count 2, everything else 1. This follows wcwidth closely enough for aligning tables of
 * column names and messages; it is not a full UAX #11.
 *
 * O(n), and cheap on long text: V8's Intl.Segmenter costs time proportional to the whole input
 * at every step (a 40,000-character string took seconds, 400,000 minutes), so it only ever sees
 * short pieces. Between two "simple" characters (see COMPLEX) a grapheme boundary is certain,
 * and such characters are their own graphemes without asking it; the stretches around combining
 * marks, joiners, flags and Hangul go to the segmenter at most SEGMENT_CHUNK code units at a time.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Mn covers the variation selectors, Cf the zero-width space and joiners.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
const WIDE =
  /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Characters that can join a neighbour in one grapheme (UAX #29): marks and format characters
 * (Extend, SpacingMark, ZWJ, most Prepend), regional indicators (flags are pairs), Hangul jamo
 * and syllables, the Prepend letters, and CR (CR LF is one grapheme). Every other pair of
 * adjacent characters has a boundary between them.
 */
const COMPLEX =
  /[\r\p{Mn}\p{Me}\p{Mc}\p{Cf}\u{1f1e6}-\u{1f1ff}\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;

/** Code units the segmenter sees at once; a grapheme longer than this is cut (its tail is marks, width 0). */
const SEGMENT_CHUNK = 256;

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  return WIDE.test(grapheme) || grapheme.includes('\ufe0f') ? 2 : 1;
}

/** Code units of the code point at i (2 for a surrogate pair). */
function unitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isSimpleAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x20 && code < 0x7f) return true;
  return !COMPLEX.test(text.slice(i, i + unitsAt(text, i)));
}

/** The grapheme clusters of the text, in order. O(n). */
export function* graphemes(text: string): Generator<string> {
  let i = 0;
  while (i < text.length) {
    const units = unitsAt(text, i);
    const next = i + units;
    if (isSimpleAt(text, i) && (next >= text.length || isSimpleAt(text, next))) {
      yield text.slice(i, next);
      i = next;
      continue;
    }
    // A stretch that needs the segmenter: up to the next certain boundary, between two simple characters.
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
      let last = '';
      let lastIndex = 0;
      let count = 0;
      for (const { segment, index } of segmenter.segment(piece)) {
        if (count > 0) yield last;
        last = segment;
        lastIndex = index;
        count++;
      }
      // The piece's last grapheme may continue past it, unless the piece reached the certain boundary.
      if (complete || count === 1) {
        yield last;
        i += piece.length;
      } else {
        i += lastIndex;
      }
    }
  }
}

/** Columns the text occupies in a monospace terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const grapheme of graphemes(text)) width += graphemeWidth(grapheme);
  return width;
}

/** The text cut to at most `width` columns, ending in `…` when anything was cut. Stops reading at the cut. */
export function truncate(text: string, width: number): string {
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const w = graphemeWidth(grapheme);
    if (used + w > width) return width <= 0 ? '' : `${text.slice(0, keptWithin(text, width - 1))}…`;
    used += w;
  }
  return text;
}

/** Code units of the longest prefix of whole graphemes within `width` columns. */
function keptWithin(text: string, width: number): number {
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

/**
 * The text cut to at most `length` code units of whole graphemes plus `…` when anything was
 * cut: the limit on one user string in Markdown, HTML and plain text (docs/architecture.md,
 * "Reports"). O(length), whatever the length of the text.
 */
export function truncateLength(text: string, length: number): string {
  if (text.length <= length) return text;
  let kept = 0;
  for (const grapheme of graphemes(text)) {
    if (kept + grapheme.length > length - 1) break;
    kept += grapheme.length;
  }
  return `${text.slice(0, kept)}…`;
}

/** The text padded with spaces to `width` columns (on the right, or the left for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}
