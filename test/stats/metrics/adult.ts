/**
 * Test helper: the scored UCI Adult rows (examples/data/adult/*.csv; origin and licence in
 * examples/data/adult/README.md) read with a plain split, since only the numeric columns
 * `label`, `proba`, `pred` and `age`, `education_num` are needed and none of them is quoted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface AdultRows {
  readonly label: Int32Array;
  readonly proba: Float64Array;
  readonly pred: Int32Array;
  readonly age: Float64Array;
  readonly educationNum: Float64Array;
}

const cache = new Map<string, AdultRows>();

export function readAdult(name: 'reference' | 'current'): AdultRows {
  const cached = cache.get(name);
  if (cached) return cached;
  const path = fileURLToPath(new URL(`../../../examples/data/adult/${name}.csv`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.length > 0);
  const header = lines[0]!.split(',');
  const at = (column: string): number => {
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`${path}: no column ${column}`);
    return index;
  };
  const [label, proba, pred, age, edu] = ['label', 'proba', 'pred', 'age', 'education_num'].map(at) as [
    number, number, number, number, number,
  ];
  const n = lines.length - 1;
  const rows: AdultRows = {
    label: new Int32Array(n),
    proba: new Float64Array(n),
    pred: new Int32Array(n),
    age: new Float64Array(n),
    educationNum: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const cells = lines[i + 1]!.split(',');
    rows.label[i] = Number(cells[label]);
    rows.proba[i] = Number(cells[proba]);
    rows.pred[i] = Number(cells[pred]);
    rows.age[i] = Number(cells[age]);
    rows.educationNum[i] = Number(cells[edu]);
  }
  cache.set(name, rows);
  return rows;
}

/** The oracle's fixture (test/fixtures/oracle/metrics_oracle.py, scikit-learn 1.2.1). */
export function metricsFixture(): MetricsFixture {
  const path = fileURLToPath(new URL('../../fixtures/metrics.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as MetricsFixture;
}

type Block = Readonly<Record<string, number>> & { readonly confusion_matrix?: number[][] };

export interface MetricsFixture {
  readonly adult: Readonly<Record<'reference' | 'current', {
    readonly rows: number;
    readonly default: Block & { readonly confusion_matrix: number[][] };
    readonly threshold_0_3: Block & { readonly confusion_matrix: number[][] };
    readonly rounded_2: Block;
  }>>;
  readonly wine: {
    readonly y_true: number[];
    readonly proba: number[][];
    readonly pred: number[];
    readonly metrics: Block & {
      readonly confusion_matrix: number[][];
      readonly skewed: { readonly pred: number[]; readonly precision_macro: number; readonly f1_weighted: number; readonly balanced_accuracy: number };
    };
  };
  readonly diabetes: {
    readonly y_true: number[];
    readonly y_pred: number[];
    readonly metrics: Readonly<Record<'mae' | 'mse' | 'rmse' | 'mape' | 'r2', number>>;
    readonly edge: { readonly y_true: number[]; readonly y_pred: number[]; readonly mape: number; readonly r2: number };
    readonly constant: { readonly y_true: number[]; readonly y_pred: number[]; readonly r2: number; readonly r2_perfect: number };
  };
  readonly isotonic: {
    readonly adult_rows: number[];
    readonly adult_predicted: number[];
    readonly adult_predicted_sum: number;
    readonly small: { readonly x: number[]; readonly y: number[]; readonly queries: number[]; readonly predicted: number[] };
  };
}

/** |actual − expected| ≤ 1e-12 · |expected| (with an absolute floor of 1e-15 near zero). */
export function expectClose(actual: number, expected: number, what: string, relative = 1e-12): void {
  const tolerance = Math.max(relative * Math.abs(expected), 1e-15);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${what}: got ${actual}, scikit-learn ${expected} (difference ${actual - expected})`);
  }
}
