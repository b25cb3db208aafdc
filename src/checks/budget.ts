/**
 * A model's time budget (`defaults.time_budget`) as checks see it. JavaScript cannot stop
 * synchronous code from outside, so a loop whose cost the user controls (a pattern matched over
 * every distinct status) calls `check()` every few steps; past the deadline it throws
 * TimeBudgetExceeded, which the engine (src/engine/model.ts) turns into the model's `error`.
 */
export class TimeBudgetExceeded extends Error {
  constructor(readonly budget: string) {
    super(`exceeded its time budget of ${budget}`);
    this.name = 'TimeBudgetExceeded';
  }
}

export interface TimeBudget {
  /** The budget as the policy wrote it (`10m`), for messages. */
  readonly text: string;
  /** Milliseconds left; 0 or less once spent. */
  remaining(): number;
  /** Throws TimeBudgetExceeded once the budget is spent. O(1): one clock read. */
  check(): void;
}

/** A budget of `ms` milliseconds from now, on the monotonic clock. */
export function startBudget(ms: number, text: string): TimeBudget {
  const deadline = performance.now() + ms;
  return {
    text,
    remaining: () => deadline - performance.now(),
    check() {
      if (performance.now() >= deadline) throw new TimeBudgetExceeded(text);
    },
  };
}
