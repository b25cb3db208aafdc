/**
 * DDM, the drift detection method (Gama, Medas, Castillo & Rodrigues, "Learning with drift
 * detection", SBIA 2004), as River's `river/drift/binary/ddm.py` with its defaults:
 * warm_start = 30, warning_threshold = 2, drift_threshold = 3. Input: 1 = error, 0 = correct.
 * With pᵢ the running error rate and sᵢ = √(pᵢ(1 − pᵢ)/i), once i > warm_start:
 *   (p_min, s_min) ← (pᵢ, sᵢ) whenever pᵢ + sᵢ ≤ p_min + s_min;
 *   warning when pᵢ + sᵢ > p_min + 2·s_min;  change when pᵢ + sᵢ > p_min + 3·s_min.
 * It starts afresh on the value after a detection. O(1) per value. Throws nothing.
 */
import type { ChangeDetector, DetectorSignal } from './types.js';

export interface DdmOptions {
  readonly warmStart?: number;
  readonly warningThreshold?: number;
  readonly driftThreshold?: number;
}

export class Ddm implements ChangeDetector {
  readonly #warmStart: number;
  readonly #warningThreshold: number;
  readonly #driftThreshold: number;
  #n = 0;
  #p = 0;
  #pMin = Number.POSITIVE_INFINITY;
  #sMin = Number.POSITIVE_INFINITY;
  #psMin = Number.POSITIVE_INFINITY;
  #drift = false;
  #warning = false;

  constructor(options: DdmOptions = {}) {
    this.#warmStart = options.warmStart ?? 30;
    this.#warningThreshold = options.warningThreshold ?? 2;
    this.#driftThreshold = options.driftThreshold ?? 3;
  }

  #reset(): void {
    this.#n = 0;
    this.#p = 0;
    this.#pMin = Number.POSITIVE_INFINITY;
    this.#sMin = Number.POSITIVE_INFINITY;
    this.#psMin = Number.POSITIVE_INFINITY;
    this.#drift = false;
    this.#warning = false;
  }

  update(x: number): DetectorSignal {
    if (this.#drift) this.#reset();
    this.#n += 1;
    this.#p += (x - this.#p) / this.#n;
    const p = this.#p;
    const s = Math.sqrt((p * (1 - p)) / this.#n);
    if (this.#n > this.#warmStart) {
      if (p + s <= this.#psMin) {
        this.#pMin = p;
        this.#sMin = s;
        this.#psMin = p + s;
      }
      this.#warning = p + s > this.#pMin + this.#warningThreshold * this.#sMin;
      if (p + s > this.#pMin + this.#driftThreshold * this.#sMin) {
        this.#drift = true;
        this.#warning = false;
      }
    }
    return { drift: this.#drift, warning: this.#warning };
  }
}
