/**
 * Log loss (cross-entropy) as scikit-learn 1.2.1's `log_loss` with `eps="auto"`: every
 * probability is clipped to [ε, 1−ε] with ε = 2⁻⁵² (float64 machine epsilon), each row's
 * probabilities are renormalised to sum to 1, and the loss is −mean(log p_row(true class)).
 * Binary input is the positive-class probability p, read as the row (1−p, p) after clipping.
 * O(n·k). Throws RangeError on unequal lengths or a class code without a probability column.
 */
import { CompensatedSum } from './sum.js';

const EPS = Number.EPSILON;

function clip(p: number): number {
  return Math.min(Math.max(p, EPS), 1 - EPS);
}

export function logLossBinary(yTrue: ArrayLike<number>, probability: ArrayLike<number>): number {
  const n = yTrue.length;
  if (probability.length !== n) throw new RangeError(`y_true has ${n} rows, the probability ${probability.length}`);
  const loss = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const p = clip(probability[i]!);
    const q = 1 - p;
    const total = q + p;
    loss.add(-Math.log((yTrue[i] === 1 ? p : q) / total));
  }
  return n === 0 ? Number.NaN : loss.value / n;
}

/** `probabilities[k]` holds every row's probability of class k. */
export function logLossMulticlass(yTrue: ArrayLike<number>, probabilities: readonly ArrayLike<number>[]): number {
  const n = yTrue.length;
  for (const column of probabilities) {
    if (column.length !== n) throw new RangeError(`y_true has ${n} rows, a probability column ${column.length}`);
  }
  const loss = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const k = yTrue[i]!;
    const own = probabilities[k];
    if (own === undefined) throw new RangeError(`row ${i}: class ${k} has no probability column`);
    let total = 0;
    for (const column of probabilities) total += clip(column[i]!);
    loss.add(-Math.log(clip(own[i]!) / total));
  }
  return n === 0 ? Number.NaN : loss.value / n;
}
