/**
 * The shape every streaming change detector shares: feed one value at a time, learn whether a
 * change (and, for DDM, a warning) was signalled at that value.
 */
export interface DetectorSignal {
  readonly drift: boolean;
  readonly warning?: boolean;
}

export interface ChangeDetector {
  update(x: number): DetectorSignal;
}
