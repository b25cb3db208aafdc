/**
 * Change detectors: River's documented detections on River's own example streams
 * (test/fixtures/oracle/detectors_oracle.py), a seeded jump of the error rate 0.10 → 0.25, and
 * no alarm on a long stationary stream. Streams come from mulberry32 (./prng.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Adwin, Ddm, PageHinkley, createDetector, detectChanges, type DetectorSpec } from '../../../src/stats/detectors/index.js';
import { errorStream } from './prng.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/detectors.json', import.meta.url), 'utf8')) as {
  ab: number[];
  ddm: number[];
  expected: { adwin: { changes: number[] }; page_hinkley: { changes: number[] }; ddm: { changes: number[]; warnings: number[] } };
};

const KINDS: readonly DetectorSpec[] = [{ kind: 'adwin' }, { kind: 'page_hinkley' }, { kind: 'ddm' }];
const CHANGE_AT = 5_000;

describe("River's documented examples", () => {
  it('ADWIN detects the change where River does', () => {
    expect(detectChanges(new Adwin(), fixture.ab).changes).toEqual(fixture.expected.adwin.changes);
  });

  it('Page-Hinkley detects the change where River does', () => {
    expect(detectChanges(new PageHinkley(), fixture.ab).changes).toEqual(fixture.expected.page_hinkley.changes);
  });

  it('DDM warns and detects where River does', () => {
    const found = detectChanges(new Ddm(), fixture.ddm);
    expect(found.changes).toEqual(fixture.expected.ddm.changes);
    // River's example prints only the first warning after the start and after each change.
    const firstWarnings = [found.warnings[0], found.warnings.find((w) => w > found.changes[0]!)];
    expect(firstWarnings).toEqual(fixture.expected.ddm.warnings);
  });
});

describe('an error rate that jumps from 0.10 to 0.25 at row 5,000', () => {
  const stream = errorStream(20240601, 10_000, (i) => (i < CHANGE_AT ? 0.1 : 0.25));

  // Delays measured over seeds 1001…1100 (docs/statistics.md#change-detectors): median ADWIN
  // 663, Page-Hinkley 300, DDM 352 rows; ADWIN's clock of 32 and delta of 0.002 make it the slowest.
  it.each([
    [KINDS[0]!, 1_200],
    [KINDS[1]!, 600],
    [KINDS[2]!, 600],
  ] as const)('$kind finds it soon after, and nothing before', (spec, within) => {
    const { changes } = detectChanges(createDetector(spec), stream);
    const first = changes[0];
    expect(first).toBeDefined();
    expect(first!).toBeGreaterThanOrEqual(CHANGE_AT);
    expect(first! - CHANGE_AT).toBeLessThan(within);
  });
});

describe('a stationary error stream of 100,000 rows (rate 0.10)', () => {
  it('ADWIN and DDM raise no alarm with seed 7', () => {
    const stream = errorStream(7, 100_000, () => 0.1);
    expect(detectChanges(new Adwin(), stream).changes).toEqual([]);
    expect(detectChanges(new Ddm(), stream).changes).toEqual([]);
  });

  // The false-alarm rates written in docs/statistics.md#change-detectors: the share of 60 seeded
  // stationary streams (seeds 1…60) on which each detector, with River's defaults, alarms at all.
  it('false-alarm rates over 60 seeds are those documented', () => {
    const alarmed = { adwin: 0, page_hinkley: 0, ddm: 0, page_hinkley_classic_up: 0 };
    for (let seed = 1; seed <= 60; seed++) {
      const stream = errorStream(seed, 100_000, () => 0.1);
      if (detectChanges(new Adwin(), stream).changes.length > 0) alarmed.adwin++;
      if (detectChanges(new PageHinkley(), stream).changes.length > 0) alarmed.page_hinkley++;
      if (detectChanges(new Ddm(), stream).changes.length > 0) alarmed.ddm++;
      if (detectChanges(new PageHinkley({ alpha: 1, mode: 'up' }), stream).changes.length > 0) alarmed.page_hinkley_classic_up++;
    }
    expect(alarmed).toEqual({ adwin: 0, page_hinkley: 60, ddm: 25, page_hinkley_classic_up: 10 });
  });
});

describe('parameters', () => {
  it('Page-Hinkley in mode "up" ignores a falling error rate that mode "both" flags', () => {
    const falling = errorStream(11, 4_000, (i) => (i < 2_000 ? 0.5 : 0.0));
    expect(detectChanges(new PageHinkley({ mode: 'both' }), falling).changes.length).toBeGreaterThan(0);
    expect(detectChanges(new PageHinkley({ mode: 'up' }), falling).changes).toEqual([]);
    expect(() => new PageHinkley({ mode: 'sideways' as 'up' })).toThrow(RangeError);
  });

  it('a smaller ADWIN delta is slower to flag the same change', () => {
    const stream = errorStream(3, 10_000, (i) => (i < CHANGE_AT ? 0.1 : 0.25));
    const loose = detectChanges(new Adwin({ delta: 0.1 }), stream).changes[0]!;
    const strict = detectChanges(new Adwin({ delta: 1e-6 }), stream).changes[0]!;
    expect(loose).toBeLessThanOrEqual(strict);
  });
});
