/**
 * Change detectors over a stream of values (for concept drift: per-row errors, 1 = wrong), with
 * River's default parameters. See docs/statistics.md#change-detectors.
 */
import { Adwin, type AdwinOptions } from './adwin.js';
import { Ddm, type DdmOptions } from './ddm.js';
import { PageHinkley, type PageHinkleyOptions } from './page-hinkley.js';
import type { ChangeDetector } from './types.js';

export { Adwin, type AdwinOptions } from './adwin.js';
export { Ddm, type DdmOptions } from './ddm.js';
export { PageHinkley, type PageHinkleyMode, type PageHinkleyOptions } from './page-hinkley.js';
export { detectChanges, type DetectedChanges } from './batch.js';
export type { ChangeDetector, DetectorSignal } from './types.js';

export type DetectorSpec =
  | { readonly kind: 'adwin'; readonly options?: AdwinOptions }
  | { readonly kind: 'page_hinkley'; readonly options?: PageHinkleyOptions }
  | { readonly kind: 'ddm'; readonly options?: DdmOptions };

/** A fresh detector of the given kind. */
export function createDetector(spec: DetectorSpec): ChangeDetector {
  switch (spec.kind) {
    case 'adwin':
      return new Adwin(spec.options);
    case 'page_hinkley':
      return new PageHinkley(spec.options);
    case 'ddm':
      return new Ddm(spec.options);
  }
}
