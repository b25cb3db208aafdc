import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/policy/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * 60_000],
    ['6h', 6 * 3_600_000],
    ['7d', 7 * 86_400_000],
    ['2w', 14 * 86_400_000],
    ['0d', 0],
  ])('%s is a time span of %d ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ kind: 'time', ms, text });
  });

  it.each([
    ['1 run', 1],
    ['1 runs', 1],
    ['3 runs', 3],
  ])('%s counts %d runs', (text, runs) => {
    expect(parseDuration(text)).toEqual({ kind: 'runs', runs, text });
  });

  it.each(['7 days', '7D', ' 7d', '7d ', '1.5h', '-1d', 'd', '3runs', '3  runs', '', '99999999999999999999d'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
