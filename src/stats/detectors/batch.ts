/**
 * Runs a streaming detector over a whole sequence and returns the 0-based positions at which it
 * signalled a change, and the positions at which it entered a warning zone (DDM only).
 * O(n × the detector's cost per value).
 */
import type { ChangeDetector } from './types.js';

export interface DetectedChanges {
  readonly changes: readonly number[];
  readonly warnings: readonly number[];
}

export function detectChanges(detector: ChangeDetector, values: ArrayLike<number>): DetectedChanges {
  const changes: number[] = [];
  const warnings: number[] = [];
  let inWarning = false;
  for (let i = 0; i < values.length; i++) {
    const signal = detector.update(values[i]!);
    if (signal.drift) changes.push(i);
    const warning = signal.warning === true;
    if (warning && !inWarning) warnings.push(i);
    inWarning = warning;
  }
  return { changes, warnings };
}
