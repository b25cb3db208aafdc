/**
 * `type: label_shift` — did the class mix of the current window move, and by how much? Black-box
 * shift estimation (src/stats/bbse.ts; docs/statistics.md#label-shift): the model's confusion
 * matrix on the labelled reference and its prediction shares on the current window, which
 * needs no labels, give the current class priors with a 95% interval. Each class is judged on
 * the absolute change of its prior, |q̂ − p̂| (the worst class decides; a threshold with
 * `confidence` reads the interval of that change); the value is the largest change. It assumes
 * label shift: p(x | y) is as on the reference, only p(y) moves. The model's label is read as
 * the performance checks read it (./performance-decode.ts). A reference the estimate cannot be
 * made from (no labels, a class it never holds or never predicts, a confusion matrix too close
 * to singular) is `error`, too few rows `no_data`.
 */
import type { LabelShiftCheckSpec, Thresholds } from '../policy/types.js';
import { bbse, Z_95 } from '../stats/bbse.js';
import { conditionNumber, singularValues } from '../stats/singular-values.js';
import type { LabelShiftClassDetail, LabelShiftDetails } from './details.js';
import { decode } from './performance-decode.js';
import { severity, worstStatus } from './status.js';
import { judge, type ValueInterval } from './threshold.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { count } from './counts.js';

type Outcome = CheckOutcome<LabelShiftDetails | null>;

const fmt = (v: number): string => Number(v.toPrecision(4)).toString();
const signed = (v: number): string => `${v >= 0 ? '+' : '−'}${fmt(Math.abs(v))}`;

/** The interval of |change| from the interval [low, high] of the change. */
function magnitudeInterval(low: number, high: number): ValueInterval {
  if (low >= 0) return { confidence: 0.95, low, high };
  if (high <= 0) return { confidence: 0.95, low: -high, high: -low };
  return { confidence: 0.95, low: 0, high: Math.max(-low, high) };
}

function run(spec: LabelShiftCheckSpec, context: CheckContext): Outcome {
  const { policy } = context;
  const task = policy.model.task;
  const thresholds: Thresholds = { ...(spec.warn ? { warn: spec.warn } : {}), ...(spec.fail ? { fail: spec.fail } : {}) };
  const base = { value: null, thresholds, details: null } as const;
  if (task === 'regression') return { ...base, status: 'error', code: 'policy/conflict', message: 'label_shift estimates class priors: it needs a classification model' };

  // 1. The reference's labels and predictions, the current window's predictions.
  const reference = context.reference;
  if (reference === null) return { ...base, status: 'error', code: 'check/no-reference', message: 'label_shift estimates from labelled reference data, and there is none: add data.reference' };
  const target = policy.columns.target;
  if (target === undefined || !reference.has(target)) {
    const what = target === undefined ? 'the policy names no columns.target' : `${reference.origin} has no label column "${target}"`;
    return { ...base, status: 'error', code: 'check/no-reference', message: `the reference has no labels (${what}): BBSE needs the reference's labels beside its predictions` };
  }
  const options = { task, columns: policy.columns, needScores: false, ...(spec.decision_threshold === undefined ? {} : { decisionThreshold: spec.decision_threshold }) };
  const ref = decode(reference, reference.column(target)!, reference.origin, options);
  if (!ref.ok) return { ...base, status: ref.status, code: ref.code, message: `reference: ${ref.message}` };
  const cur = decode(context.current, null, context.current.origin, options);
  if (!cur.ok) return { ...base, status: cur.status, code: cur.code, message: `current: ${cur.message}` };
  if (ref.value.kind !== 'classification' || cur.value.kind !== 'classification') throw new Error('label_shift decoded a regression table');
  const { classes } = ref.value;
  const k = classes.length;
  const n = ref.value.rows.length;
  const m = cur.value.rows.length;
  if (n < spec.min_samples) return { ...base, status: 'no_data', code: 'check/no-data', message: `${count(n)} labelled reference rows with a prediction, fewer than min_samples ${spec.min_samples}` };
  if (m < spec.min_samples) return { ...base, status: 'no_data', code: 'check/no-data', message: `${count(m)} current predictions, fewer than min_samples ${spec.min_samples}` };

  // 2. Counts: joint[pred][true] on the reference, predictions on the current window.
  const joint = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const yTrue = ref.value.yTrue!;
  ref.value.yPred.forEach((p, r) => joint[p]![yTrue[r]!]!++);
  const predicted = new Array<number>(k).fill(0);
  for (const p of cur.value.yPred) predicted[p]!++;

  // 3. Can the priors be recovered from these predictions at all?
  const name = (j: number): string => JSON.stringify(classes[j]!);
  const unseen = classes.map((_, j) => j).filter((j) => joint.every((row) => row[j] === 0));
  if (unseen.length > 0) {
    return { ...base, status: 'error', code: 'check/undefined-metric', message: `class ${unseen.map(name).join(', ')} has no labelled row in the reference, so its prior there is 0 and BBSE cannot estimate it: use a reference that holds every class` };
  }
  const never = classes.map((_, j) => j).filter((i) => joint[i]!.every((v) => v === 0));
  if (never.length > 0) {
    return { ...base, status: 'error', code: 'check/undefined-metric', message: `the model never predicts class ${never.map(name).join(', ')} on the reference, so its confusion matrix is singular and the current priors cannot be recovered from its predictions` };
  }
  const classRows = classes.map((_, j) => joint.reduce((s, row) => s + row[j]!, 0));
  const conditional = joint.map((row) => row.map((v, j) => v / classRows[j]!));
  const kappa = conditionNumber(conditional);
  if (!(kappa <= spec.max_condition)) {
    const sigma = singularValues(joint.map((row) => row.map((v) => v / n))).at(-1)!;
    return {
      ...base,
      status: 'error',
      code: 'check/undefined-metric',
      message: `the reference confusion matrix P(prediction | label) is too close to singular (condition number ${Number.isFinite(kappa) ? fmt(kappa) : '∞'} > max_condition ${spec.max_condition}; smallest singular value of P(prediction, label) ${fmt(sigma)}): the model tells the classes apart too little on the reference (a model no better than chance has a singular one), so noise in its predictions would swamp the estimated priors`,
    };
  }
  const e = bbse(joint, predicted, Z_95);

  // 4. Judge each class on |q̂ − p̂|.
  const breaches: string[] = [];
  const rows: LabelShiftClassDetail[] = classes.map((label, j) => {
    const change = e.currentPriors[j]! - e.referencePriors[j]!;
    const interval = magnitudeInterval(e.changeLow[j]!, e.changeHigh[j]!);
    const verdict = judge(Math.abs(change), thresholds, null, interval);
    const status: Status = verdict.status;
    const note = verdict.status === 'error' ? verdict.message : verdict.status === 'pass' ? 'within thresholds' : `${verdict.status}: |change| ${verdict.breached ?? ''}`;
    breaches.push(note);
    return {
      class: label,
      reference_prior: e.referencePriors[j]!,
      current_prior: e.currentPriors[j]!,
      low: e.low[j]!,
      high: e.high[j]!,
      change,
      change_low: e.changeLow[j]!,
      change_high: e.changeHigh[j]!,
      weight: e.weights[j]!,
      raw_weight: e.rawWeights[j]!,
      clipped: e.clipped[j]!,
      predicted_share: e.predictedShares[j]!,
      reference_rows: classRows[j]!,
      status,
      ...(verdict.status === 'error' ? { code: verdict.code } : {}),
      message: `prior ${fmt(e.referencePriors[j]!)} → ${fmt(e.currentPriors[j]!)} (95% interval ${fmt(e.low[j]!)}–${fmt(e.high[j]!)}), change ${signed(change)}, weight ${fmt(e.weights[j]!)}${e.clipped[j] ? ' (clipped at 0)' : ''}; ${note}`,
    };
  });
  const status = worstStatus(rows.map((r) => r.status), 'pass');
  // The headline class: the worst, then the largest change; a binary model speaks of its positive class.
  const order = rows.map((_, j) => j).sort((a, b) => severity(rows[b]!.status) - severity(rows[a]!.status) || Math.abs(rows[b]!.change) - Math.abs(rows[a]!.change) || b - a);
  const headIndex = task === 'binary_classification' && rows[0]!.status === rows[1]!.status ? 1 : order[0]!;
  const head = rows[headIndex]!;
  const value = Math.max(...rows.map((r) => Math.abs(r.change)));
  const clipped = rows.filter((r) => r.clipped).map((r) => JSON.stringify(r.class));
  const details: LabelShiftDetails = {
    kind: 'label_shift',
    method: 'bbse',
    interval: { method: 'delta', confidence: 0.95 },
    classes: rows,
    confusion_matrix: { labels: classes, matrix: classes.map((_, t) => classes.map((__, p) => joint[p]![t]!)) },
    condition_number: e.conditionNumber,
    min_singular_value: e.minSingularValue,
    reference_rows: n,
    current_rows: m,
    missing_predictions: { reference: ref.value.missingPredictions, current: cur.value.missingPredictions },
    decision_threshold: spec.decision_threshold ?? null,
  };
  const verdictText = `change ${signed(head.change)}; ${breaches[headIndex]!}`;
  const clipNote = clipped.length === 0 ? '' : `; negative weights clipped at 0 for class ${clipped.join(', ')}`;
  return {
    status,
    ...(status === 'error' && head.code !== undefined ? { code: head.code } : {}),
    value,
    thresholds,
    message: `class ${head.class}: prior ${fmt(head.reference_prior)} → ${fmt(head.current_prior)} (95% interval ${fmt(head.low)}–${fmt(head.high)}), estimated from ${count(m)} current predictions by BBSE (condition number ${fmt(e.conditionNumber)})${clipNote}; ${verdictText}`,
    details,
  };
}

export const labelShiftCheck: CheckModule<LabelShiftCheckSpec, LabelShiftDetails | null> = { type: 'label_shift', run };
