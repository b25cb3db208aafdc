/**
 * Cross-validated ROC AUC of a domain classifier: a model trained to tell reference rows
 * (label 0) from current rows (label 1). With K folds, each row's score comes from the
 * L2-regularised logistic regression (./logistic-regression.ts) fitted on the other K − 1
 * folds; the AUC of all out-of-fold scores together (./metrics/roc-auc.ts) is the value, as
 * NannyML's DomainClassifierCalculator pools its folds' predictions. 0.5: the rows cannot be
 * told apart; 1: they are perfectly separable. The fold of each row is given (the caller
 * assigns them, seeded and stratified); `beforeFold` runs before each fold's fit (a time budget's
 * check). O(K · iterations · n · p²). Throws RangeError on size
 * mismatches, a fold outside 0…K−1, or a training set with one class only.
 */
import { fitLogisticL2, logisticMargin, type LogisticModel } from './logistic-regression.js';
import { rocAuc } from './metrics/roc-auc.js';

export interface CrossValidatedAuc {
  readonly auc: number;
  /** Each row's out-of-fold decision value b + w·x. */
  readonly scores: Float64Array;
  /** The model of each fold (fitted without it). */
  readonly models: readonly LogisticModel[];
}

export function crossValidatedAuc(
  x: Float64Array,
  y: Uint8Array,
  n: number,
  p: number,
  fold: Uint8Array,
  folds: number,
  c: number,
  options: { readonly start?: LogisticModel; readonly offsets?: Float64Array; readonly beforeFold?: () => void } = {},
): CrossValidatedAuc {
  if (fold.length !== n) throw new RangeError(`expected ${n} fold numbers, got ${fold.length}`);
  const members: number[][] = Array.from({ length: folds }, () => []);
  for (let i = 0; i < n; i++) {
    const f = fold[i]!;
    if (f >= folds) throw new RangeError(`row ${i} is in fold ${f}, outside 0…${folds - 1}`);
    members[f]!.push(i);
  }
  const scores = new Float64Array(n);
  const models: LogisticModel[] = [];
  for (let f = 0; f < folds; f++) {
    const training = new Uint32Array(n - members[f]!.length);
    let t = 0;
    for (let i = 0; i < n; i++) if (fold[i] !== f) training[t++] = i;
    options.beforeFold?.();
    const model = fitLogisticL2(x, y, n, p, c, { rows: training, ...(options.start && { start: options.start }), ...(options.offsets && { offsets: options.offsets }) });
    for (const i of members[f]!) scores[i] = logisticMargin(model, x, p, i);
    models.push(model);
  }
  return { auc: rocAuc(y, scores), scores, models };
}
