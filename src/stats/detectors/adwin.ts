/**
 * ADWIN, adaptive windowing (Bifet & Gavaldà, "Learning from time-changing data with adaptive
 * windowing", SDM 2007), ported from River's `river/drift/adwin.py` and `adwin_c.pyx`
 * (online-ml/river, commit b19b9ca) with River's defaults: delta = 0.002, clock = 32,
 * max_buckets = 5, min_window_length = 5, grace_period = 10.
 *
 * The window is kept as an exponential histogram: row r holds up to max_buckets buckets of 2^r
 * values (total and variance each). Every `clock` values, once the window holds more than
 * `grace_period` values, every cut W = W0 · W1 at a bucket boundary (oldest first) is tested:
 * a change is signalled when both sides hold ≥ min_window_length values and
 *   |μ0 − μ1| > √(2·m·σ²_W·δ') + (2/3)·δ'·m,   m = 1/(n0 − mwl + 1) + 1/(n1 − mwl + 1),
 *   δ' = ln(2·ln|W| / δ),
 * and the oldest bucket is dropped, repeatedly, while a cut still holds. As in River, the
 * detector starts afresh on the value after a detection. River's quirk of skipping the newest
 * bucket of each row in the cut loop is kept, so that results match River's.
 * Amortised O(log W) per value. Throws nothing.
 */
import type { ChangeDetector, DetectorSignal } from './types.js';

export interface AdwinOptions {
  readonly delta?: number;
  readonly clock?: number;
  readonly maxBuckets?: number;
  readonly minWindowLength?: number;
  readonly gracePeriod?: number;
}

class BucketRow {
  readonly total: Float64Array;
  readonly variance: Float64Array;
  count = 0;

  constructor(maxBuckets: number) {
    this.total = new Float64Array(maxBuckets + 1);
    this.variance = new Float64Array(maxBuckets + 1);
  }

  insert(total: number, variance: number): void {
    this.total[this.count] = total;
    this.variance[this.count] = variance;
    this.count++;
  }

  /** Drops the n oldest buckets of this row. */
  compress(n: number): void {
    this.total.copyWithin(0, n);
    this.variance.copyWithin(0, n);
    this.total.fill(0, this.total.length - n);
    this.variance.fill(0, this.variance.length - n);
    this.count -= n;
  }
}

class AdaptiveWindow {
  rows: BucketRow[];
  total = 0;
  variance = 0;
  width = 0;
  tick = 0;

  constructor(private readonly o: Required<AdwinOptions>) {
    this.rows = [new BucketRow(o.maxBuckets)];
  }

  update(value: number): boolean {
    this.#insert(value);
    return this.#detect();
  }

  #insert(value: number): void {
    this.rows[0]!.insert(value, 0);
    this.width += 1;
    if (this.width > 1) {
      const previousMean = this.total / (this.width - 1);
      this.variance += ((this.width - 1) * (value - previousMean) * (value - previousMean)) / this.width;
    }
    this.total += value;
    this.#compress();
  }

  #compress(): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r]!;
      if (row.count !== this.o.maxBuckets + 1) break;
      if (this.rows[r + 1] === undefined) this.rows.push(new BucketRow(this.o.maxBuckets));
      const next = this.rows[r + 1]!;
      const size = 2 ** r;
      const mu1 = row.total[0]! / size;
      const mu2 = row.total[1]! / size;
      const merged = (size * size * (mu1 - mu2) * (mu1 - mu2)) / (size + size);
      next.insert(row.total[0]! + row.total[1]!, row.variance[0]! + row.variance[1]! + merged);
      row.compress(2);
      if (next.count <= this.o.maxBuckets) break;
    }
  }

  /** Removes the oldest bucket; returns how many values it held. */
  #deleteOldest(): number {
    const r = this.rows.length - 1;
    const row = this.rows[r]!;
    const n = 2 ** r;
    const u = row.total[0]!;
    const mu = u / n;
    const v = row.variance[0]!;
    this.width -= n;
    this.total -= u;
    const muWindow = this.total / this.width;
    this.variance -= v + (n * this.width * (mu - muWindow) * (mu - muWindow)) / (n + this.width);
    row.compress(1);
    if (row.count === 0) this.rows.pop();
    return n;
  }

  #cutHolds(n0: number, n1: number, deltaMean: number): boolean {
    const mwl = this.o.minWindowLength;
    const deltaPrime = Math.log((2 * Math.log(this.width)) / this.o.delta);
    const mRecip = 1 / (n0 - mwl + 1) + 1 / (n1 - mwl + 1);
    const epsilon = Math.sqrt(2 * mRecip * (this.variance / this.width) * deltaPrime) + (2 / 3) * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }

  #detect(): boolean {
    let changed = false;
    this.tick += 1;
    if (this.tick % this.o.clock !== 0 || this.width <= this.o.gracePeriod) return false;
    let reduce = true;
    while (reduce) {
      reduce = false;
      let done = false;
      let n0 = 0;
      let n1 = this.width;
      let u0 = 0;
      let u1 = this.total;
      for (let r = this.rows.length - 1; r >= 0 && !done; r--) {
        const row = this.rows[r]!;
        const size = 2 ** r;
        for (let k = 0; k < row.count - 1; k++) {
          n0 += size;
          n1 -= size;
          u0 += row.total[k]!;
          u1 -= row.total[k]!;
          if (n1 >= this.o.minWindowLength && n0 >= this.o.minWindowLength && this.#cutHolds(n0, n1, u0 / n0 - u1 / n1)) {
            reduce = true;
            changed = true;
            if (this.width > 0) {
              this.#deleteOldest();
              done = true;
              break;
            }
          }
        }
      }
    }
    return changed;
  }
}

export class Adwin implements ChangeDetector {
  readonly #options: Required<AdwinOptions>;
  #window: AdaptiveWindow;
  #drift = false;

  constructor(options: AdwinOptions = {}) {
    this.#options = {
      delta: options.delta ?? 0.002,
      clock: options.clock ?? 32,
      maxBuckets: options.maxBuckets ?? 5,
      minWindowLength: options.minWindowLength ?? 5,
      gracePeriod: options.gracePeriod ?? 10,
    };
    this.#window = new AdaptiveWindow(this.#options);
  }

  /** Values in the current window. */
  get width(): number {
    return this.#window.width;
  }

  /** Mean of the current window (0 when empty). */
  get estimation(): number {
    return this.#window.width === 0 ? 0 : this.#window.total / this.#window.width;
  }

  update(x: number): DetectorSignal {
    if (this.#drift) this.#window = new AdaptiveWindow(this.#options);
    this.#drift = this.#window.update(x);
    return { drift: this.#drift };
  }
}
