import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes, pad, truncate, truncateLength } from '../../src/report/width.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['年齢', 4],
    ['✅', 2],
    ['⚠️', 2],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['👩‍👩‍👧', 2],
    ['', 0],
  ])('%j is %i columns', (text, width) => expect(displayWidth(text)).toBe(width));
});

describe('truncate and pad', () => {
  it('cuts to the width with an ellipsis, never inside a grapheme', () => {
    expect(truncate('hello world', 8)).toBe('hello w…');
    expect(truncate('hello', 5)).toBe('hello');
    expect(truncate('👩‍👩‍👧👩‍👩‍👧 family', 5)).toBe('👩‍👩‍👧👩‍👩‍👧…');
    expect(truncate('年齢年齢', 5)).toBe('年齢…');
    expect(displayWidth(truncate('年齢年齢', 4))).toBeLessThanOrEqual(4);
  });
  it('pads by display width', () => {
    expect(pad('年', 4)).toBe('年  ');
    expect(pad('7', 3, 'right')).toBe('  7');
  });
});

describe('graphemes on long and mixed text', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

  it('splits as Intl.Segmenter does, across the pieces it hands to it', () => {
    const samples = [
      'abc',
      'e\u0301 é a\u0301\u0302b',
      '🇫🇷🇩🇪🇺 x',
      '👩‍👩‍👧👩‍👩‍👧 family ✅⚠️',
      '한국어 각 中文',
      'a\r\nb\n\rc',
      '\u0600123 \u0d4ex',
      // Long stretches the segmenter sees in pieces: flags, accents, family emoji.
      '🇫🇷'.repeat(300),
      `${'a\u0301'.repeat(400)}z`,
      '👩‍👩‍👧'.repeat(100),
    ];
    for (const text of samples) expect([...graphemes(text)], JSON.stringify(text.slice(0, 20))).toEqual(reference(text));
  });

  it('measures and cuts 400,000 characters in linear time', () => {
    const unit = 'timeout é 😀 中文 segment-a\u0301 🇫🇷 ';
    const long = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const time = (n: number) => {
      const text = long(n);
      const started = performance.now();
      displayWidth(text);
      truncate(text, 80);
      truncateLength(text, 2_000);
      return performance.now() - started;
    };
    time(10_000);
    const small = time(100_000);
    const large = time(400_000);
    // Linear: ~4×; a quadratic algorithm gives ~16× (and took minutes here).
    expect(large).toBeLessThan(Math.max(10 * small, 200));
    expect(truncate(long(400_000), 20)).toMatch(/…$/);
    expect(truncateLength(long(400_000), 2_000)).toHaveLength(2_000);
    expect(truncateLength('abc', 2_000)).toBe('abc');
  });
});
