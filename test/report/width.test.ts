import { describe, expect, it } from 'vitest';
import { displayWidth, pad, truncate } from '../../src/report/width.js';

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
