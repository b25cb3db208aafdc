/**
 * Holding a model to its time budget (`defaults.time_budget`). What is bounded, and how
 * (docs/architecture.md, "Time budget"):
 * - awaited work (reading files, drift pairs on worker threads) is raced against a timer, so
 *   the model is reported `error` at the deadline even while a read is still going;
 * - synchronous checks cannot be interrupted from outside: the engine looks at the clock before
 *   each check, and the loops whose cost the user controls (pattern matching) look at it as
 *   they go (checks/budget.ts).
 * The abandoned work is not cancelled: a read runs on to its end (bounded by the readers' size
 * caps) and its result is dropped; the run loop restarts the drift workers (run.ts).
 */
import { TimeBudgetExceeded, type TimeBudget } from '../checks/budget.js';

/** setTimeout's largest delay; a longer budget is as good as unbounded. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The work's result, or TimeBudgetExceeded once the budget is spent, whichever comes first. */
export async function raceBudget<T>(work: Promise<T>, budget: TimeBudget): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeBudgetExceeded(budget.text)), Math.max(0, Math.min(budget.remaining(), MAX_TIMER_MS)));
  });
  // The losing side must not surface as an unhandled rejection later.
  work.catch(() => {});
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
