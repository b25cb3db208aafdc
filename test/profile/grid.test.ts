/**
 * The pushdown's cell grid (src/profile/pushdown/grid.ts): a value's cell, found as PostgreSQL's
 * width_bucket finds it, is either not exact or holds exactly the value's bucket key and split
 * index (buckets.ts, the row path's); no bucket is in two cells, so the buckets counted by cell
 * and those counted from the bytes (the fallback) never meet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketKey, nextUp, splitIndex } from '../../src/profile/buckets.js';
import { cellGrid, type CellGrid } from '../../src/profile/pushdown/grid.js';

/** width_bucket(x, points): how many points are ≤ x (PostgreSQL compares doubles as IEEE does, −0 = +0). */
function widthBucket(x: number, points: readonly number[]): number {
  return splitIndex(x, points);
}

const down = (x: number): number => -nextUp(-x);

/** Values where cells and buckets change, and around them. */
function probes(grid: CellGrid, splits: readonly number[]): number[] {
  const near = (p: number): number[] => [p, nextUp(p), down(p), p * 1.0000001, p / 1.0000001];
  return [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1028, -(2 ** -1028), Number.MAX_VALUE, -Number.MAX_VALUE, ...splits.flatMap(near), ...grid.points.filter((_, i) => i % 37 === 0).flatMap(near), ...[grid.points[0]!, grid.points.at(-1)!].flatMap(near)].filter(
    Number.isFinite,
  );
}

function checkGrid(grid: CellGrid, splits: readonly number[], bits: number, values: readonly number[]): void {
  expect(grid.cells).toHaveLength(grid.points.length + 1);
  for (let i = 1; i < grid.points.length; i++) expect(grid.points[i]!).toBeGreaterThan(grid.points[i - 1]!);
  const exact = new Map<string, number>();
  grid.cells.forEach((cell, i) => {
    if (cell === null) return;
    const id = `${cell.key}/${cell.split}`;
    expect(exact.has(id), `bucket ${id} in cells ${exact.get(id)} and ${i}`).toBe(false);
    exact.set(id, i);
  });
  for (const x of values) {
    const index = widthBucket(x, grid.points);
    const cell = grid.cells[index];
    const key = bucketKey(x, bits);
    const split = splitIndex(x, splits);
    if (cell === null) expect(exact.has(`${key}/${split}`), `${x} is bucketed from its bytes, yet its bucket ${key}/${split} is a cell`).toBe(false);
    else expect({ x, ...cell }).toEqual({ x, key, split });
  }
}

describe('the cell grid of a pushed-down column', () => {
  it('a reference of normal data: every cell exact but the few outside, cells for ±0, the splits kept', () => {
    const splits = [-4.82004, nextUp(-4.82004), -0.00101631, nextUp(-0.00101631), 0.252604, nextUp(0.252604), 4.57154, nextUp(4.57154)];
    const grid = cellGrid(splits, 6, 4.82004);
    checkGrid(grid, splits, 6, probes(grid, splits));
    const exact = grid.cells.filter((c) => c !== null).length;
    // 26 binades below 4 × the top, 64 cells each, both signs, ±0; the splits cut a few more.
    expect(exact).toBeGreaterThan(2 * 26 * 64);
    expect(grid.points.length).toBeLessThan(2 * 27 * 64 + splits.length + 4);
    for (const x of [-3.2, -1e-6, 0, -0, 1e-6, 0.5, 19]) expect(grid.cells[widthBucket(x, grid.points)], String(x)).not.toBeNull();
    for (const x of [-1e9, -1e-12, 1e-12, 20, Infinity]) expect(grid.cells[widthBucket(x, grid.points)], String(x)).toBeNull();
  });

  it('no reference scale: magnitudes 2^−30 to 2^34; many bits: at most 4,096 magnitudes a sign', () => {
    const grid = cellGrid([], 6, undefined);
    expect(grid.cells[widthBucket(2 ** -29, grid.points)]).not.toBeNull();
    expect(grid.cells[widthBucket(2 ** 33, grid.points)]).not.toBeNull();
    expect(grid.cells[widthBucket(2 ** 35, grid.points)]).toBeNull();
    checkGrid(grid, [], 6, probes(grid, []));
    const fine = cellGrid([], 20, 1000);
    expect(fine.points.length).toBeLessThanOrEqual(2 * 4097 + 2);
    checkGrid(fine, [], 20, probes(fine, []));
  });

  it('any splits, bits and scale: a value\'s cell holds its bucket and split, or it is bucketed from its bytes', () => {
    const double = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, -0, Number.MIN_VALUE, 2 ** -1028, -(2 ** -1022)));
    fc.assert(
      fc.property(
        fc.array(double, { maxLength: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), { nil: undefined }),
        fc.array(double, { maxLength: 200 }),
        (raw, bits, top, values) => {
          const splits = [...new Set(raw)].sort((a, b) => a - b);
          const grid = cellGrid(splits, bits, top);
          checkGrid(grid, splits, bits, [...values, ...probes(grid, splits)]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
