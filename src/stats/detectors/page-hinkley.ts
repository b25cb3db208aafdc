/**
 * Page-Hinkley test (Page, "Continuous inspection schemes", Biometrika 1954), as River's
 * `river/drift/page_hinkley.py` with its defaults: min_instances = 30, delta = 0.005,
 * threshold = 50, alpha = 1 − 0.0001, mode = "both". With x̄ₙ the running mean:
 *   U ← α·U + (x − x̄ₙ) − δ,   L ← α·L + (x − x̄ₙ) + δ,
 *   increase = U − min U,      decrease = max L − L   (max L starts at −1, as in River)
 * and a change is signalled once n ≥ min_instances and the watched statistic(s) exceed the
 * threshold (`up`: increase, `down`: decrease, `both`: either). It starts afresh on the value
 * after a detection. O(1) per value. Throws RangeError for an unknown mode.
 */
import type { ChangeDetector, DetectorSignal } from './types.js';

export type PageHinkleyMode = 'up' | 'down' | 'both';

export interface PageHinkleyOptions {
  readonly minInstances?: number;
  readonly delta?: number;
  readonly threshold?: number;
  readonly alpha?: number;
  readonly mode?: PageHinkleyMode;
}

export class PageHinkley implements ChangeDetector {
  readonly #minInstances: number;
  readonly #delta: number;
  readonly #threshold: number;
  readonly #alpha: number;
  readonly #mode: PageHinkleyMode;
  #n = 0;
  #mean = 0;
  #sumIncrease = 0;
  #sumDecrease = 0;
  #minIncrease = Number.POSITIVE_INFINITY;
  #maxDecrease = -1;
  #drift = false;

  constructor(options: PageHinkleyOptions = {}) {
    this.#minInstances = options.minInstances ?? 30;
    this.#delta = options.delta ?? 0.005;
    this.#threshold = options.threshold ?? 50;
    this.#alpha = options.alpha ?? 1 - 0.0001;
    this.#mode = options.mode ?? 'both';
    if (!['up', 'down', 'both'].includes(this.#mode)) throw new RangeError(`unknown Page-Hinkley mode "${this.#mode}"`);
  }

  #reset(): void {
    this.#n = 0;
    this.#mean = 0;
    this.#sumIncrease = 0;
    this.#sumDecrease = 0;
    this.#minIncrease = Number.POSITIVE_INFINITY;
    this.#maxDecrease = -1;
    this.#drift = false;
  }

  update(x: number): DetectorSignal {
    if (this.#drift) this.#reset();
    this.#n += 1;
    this.#mean += (x - this.#mean) / this.#n;
    const deviation = x - this.#mean;
    this.#sumIncrease = this.#alpha * this.#sumIncrease + deviation - this.#delta;
    this.#sumDecrease = this.#alpha * this.#sumDecrease + deviation + this.#delta;
    if (this.#sumIncrease < this.#minIncrease) this.#minIncrease = this.#sumIncrease;
    if (this.#sumDecrease > this.#maxDecrease) this.#maxDecrease = this.#sumDecrease;
    if (this.#n >= this.#minInstances) {
      const up = this.#sumIncrease - this.#minIncrease > this.#threshold;
      const down = this.#maxDecrease - this.#sumDecrease > this.#threshold;
      this.#drift = this.#mode === 'up' ? up : this.#mode === 'down' ? down : up || down;
    }
    return { drift: this.#drift };
  }
}
