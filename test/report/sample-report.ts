/**
 * A realistic, hand-built report for renderer and schema tests (and for the GitHub renderers'
 * tests): four models on the UCI Adult columns covering every status, drift details with
 * distances (p-value null) and with a test (p-values), data-quality details with ranges,
 * unseen categories and schema problems, a model that could not be evaluated, and a policy
 * error. Numbers are plausible, not computed: renderers only format them.
 * Each call returns a fresh object, so tests may mutate it.
 */
import type { DataQualityDetails, DriftColumnDetail, DriftDetails, QualityColumnDetail } from '../../src/checks/details.js';
import type { DriftDistribution } from '../../src/checks/drift-distribution.js';
import type { CheckReport, ModelReport, Report } from '../../src/engine/report.js';
import type { Thresholds } from '../../src/policy/types.js';

const PER_FEATURE: Thresholds = { warn: { gte: 0.1 }, fail: { gte: 0.2 } };
const P_VALUE: Thresholds = { warn: { lt: 0.05 }, fail: { lt: 0.01 } };

function distanceColumn(
  column: string,
  kind: 'numeric' | 'categorical',
  statistic: number,
  current_rows = 16281,
): DriftColumnDetail {
  const status = statistic >= 0.2 ? 'fail' : statistic >= 0.1 ? 'warn' : 'pass';
  const method = kind === 'numeric' ? 'wasserstein' : 'jensen_shannon';
  return {
    column,
    kind,
    method,
    statistic,
    p_value: null,
    score: statistic,
    thresholds: PER_FEATURE,
    status,
    drifted: status === 'fail',
    reference_rows: 32561,
    current_rows,
    message: `${method} ${statistic} (${status === 'pass' ? 'below' : status === 'warn' ? 'at or above warn' : 'at or above fail'} threshold)`,
    // As the drift check keeps them: warn and fail columns only.
    ...(status !== 'pass' && { distribution: kind === 'numeric' ? NUMERIC_DISTRIBUTION : CATEGORICAL_DISTRIBUTION }),
  };
}

/** Plausible counts on ten quantile bins of age (plus the two open bins), current shifted older. */
const NUMERIC_DISTRIBUTION: DriftDistribution = {
  kind: 'bins',
  edges: [17, 22, 26, 30, 33, 37, 41, 45, 50, 58, 90],
  reference: [0, 3895, 3301, 3376, 2591, 3518, 3245, 3008, 3167, 3461, 2999, 0],
  current: [0, 1121, 1321, 1596, 1256, 1665, 1623, 1620, 1738, 2220, 2099, 22],
};
const CATEGORICAL_DISTRIBUTION: DriftDistribution = {
  kind: 'categories',
  categories: ['Prof-specialty', 'Craft-repair', 'Exec-managerial', 'Adm-clerical', 'Sales', 'Other-service', 'Machine-op-inspct', 'Transport-moving', 'Handlers-cleaners', 'Farming-fishing'],
  reference: [4140, 4099, 4066, 3770, 3650, 3295, 2002, 1597, 1370, 994],
  current: [2981, 1520, 2334, 1841, 1803, 1626, 1004, 801, 699, 475],
  other_categories: 4,
  other_reference: 1735,
  other_current: 231,
};

function featureDrift(): CheckReport {
  const columns: DriftColumnDetail[] = [
    distanceColumn('age', 'numeric', 0.2431),
    distanceColumn('workclass', 'categorical', 0.0412, 15318),
    distanceColumn('fnlwgt', 'numeric', 0.0187),
    distanceColumn('education', 'categorical', 0.0305),
    distanceColumn('hours_per_week', 'numeric', 0.2117),
    distanceColumn('occupation', 'categorical', 0.1274, 15315),
    distanceColumn('capital_gain', 'numeric', 0.0093),
    distanceColumn('native_country', 'categorical', 0.0561, 16007),
  ];
  const details: DriftDetails = {
    kind: 'drift',
    method: 'auto',
    columns,
    evaluated_columns: 8,
    drifted_columns: 2,
    share_drifted: 0.25,
    share_drifted_status: 'fail',
  };
  return {
    id: 'feature-drift',
    type: 'drift',
    status: 'fail',
    value: 0.25,
    thresholds: { warn: { gte: 0.125 }, fail: { gte: 0.25 } },
    message: '2 of 8 columns drifted (25%): age, hours_per_week; 1 near the limit',
    details,
    duration_ms: 184.2,
  };
}

function scoreDrift(): CheckReport {
  const proba: DriftColumnDetail = {
    column: 'proba',
    kind: 'numeric',
    method: 'ks',
    statistic: 0.0312,
    p_value: 3.2e-7,
    score: 3.2e-7,
    thresholds: P_VALUE,
    status: 'fail',
    drifted: true,
    reference_rows: 32561,
    current_rows: 16281,
    message: 'ks p-value 3.2e-7 < 0.01',
  };
  const pred: DriftColumnDetail = {
    column: 'pred',
    kind: 'categorical',
    method: 'chi_square',
    statistic: 4.81,
    p_value: 0.0283,
    score: 0.0283,
    thresholds: P_VALUE,
    status: 'warn',
    drifted: false,
    reference_rows: 32561,
    current_rows: 16281,
    message: 'chi_square p-value 0.0283 < 0.05',
  };
  const details: DriftDetails = {
    kind: 'drift',
    method: 'ks',
    columns: [proba, pred],
    evaluated_columns: 2,
    drifted_columns: 1,
    share_drifted: 0.5,
    share_drifted_status: null,
  };
  return {
    id: 'score-drift',
    type: 'drift',
    status: 'silenced',
    value: 0.5,
    thresholds: P_VALUE,
    message: '1 of 2 columns drifted (50%): proba; silenced until 2026-12-31: holiday traffic',
    details,
    duration_ms: 21.7,
  };
}

function qualityColumn(column: string, value: number, count: number, total: number, status: 'pass' | 'warn' | 'fail'): QualityColumnDetail {
  return { column, value, status, count, total, message: `${count} of ${total} rows missing (${(value * 100).toFixed(2)}%)` };
}

function missingValues(): CheckReport {
  const details: DataQualityDetails = {
    kind: 'data_quality',
    metric: 'missing_share',
    columns: [
      qualityColumn('age', 0, 0, 16281, 'pass'),
      qualityColumn('workclass', 0.05915, 963, 16281, 'warn'),
      qualityColumn('occupation', 0.05934, 966, 16281, 'warn'),
      qualityColumn('native_country', 0.01683, 274, 16281, 'pass'),
    ],
    problems: [],
  };
  return {
    id: 'missing-values',
    type: 'data_quality',
    status: 'warn',
    value: 0.05934,
    reference_value: 0.05664,
    thresholds: { warn: { gt: 0.05 }, fail: { gt: 0.1 } },
    message: 'occupation is missing in 5.93% of rows (966 of 16281); 2 columns above warn',
    details,
    duration_ms: 3.1,
  };
}

function ageRange(): CheckReport {
  const details: DataQualityDetails = {
    kind: 'data_quality',
    metric: 'out_of_range_share',
    columns: [
      {
        column: 'age',
        value: 0.000614,
        status: 'pass',
        count: 10,
        total: 16281,
        range: { min: 17, max: 90 },
        message: '10 of 16281 values outside [17, 90]',
      },
    ],
    problems: [],
  };
  return {
    id: 'age-range',
    type: 'data_quality',
    status: 'pass',
    value: 0.000614,
    thresholds: { fail: { gt: 0.01 }, derived_from: 'reference range' },
    message: '0.06% of age values outside the reference range [17, 90]',
    details,
    duration_ms: 1.4,
  };
}

function unseenCategories(): CheckReport {
  const details: DataQualityDetails = {
    kind: 'data_quality',
    metric: 'unseen_share',
    columns: [
      {
        column: 'native_country',
        value: 0.00129,
        status: 'pass',
        count: 21,
        total: 16281,
        top_unseen: [
          { value: 'Atlantis', count: 12 },
          { value: 'Holand-Netherlands', count: 9 },
        ],
        message: '21 rows hold categories unseen in the reference',
      },
    ],
    problems: [],
  };
  return {
    id: 'unseen-categories',
    type: 'data_quality',
    status: 'pass',
    value: 0.00129,
    thresholds: { warn: { gt: 0.01 } },
    message: 'at most 0.13% of rows hold unseen categories',
    details,
    duration_ms: 2.2,
  };
}

function crashed(): CheckReport {
  return {
    id: 'income-rule',
    type: 'data_quality',
    status: 'error',
    code: 'check/crashed',
    value: null,
    thresholds: {},
    message: 'the check crashed: TypeError: cannot read properties of undefined',
    details: null,
    duration_ms: 0.4,
  };
}

function incomeClassifier(): ModelReport {
  return {
    name: 'income-classifier',
    version: '2026.10.1',
    task: 'binary_classification',
    policy: 'monitors/income-classifier.yaml',
    status: 'fail',
    error: null,
    error_code: null,
    owners: ['@acme/income-ml'],
    runbook: 'docs/runbooks/income.md',
    window: { start: '2026-10-01T06:00:00.000Z', end: '2026-10-08T06:00:00.000Z', length: '7d' },
    rows: { reference: 32561, current: 16281, sampled: false },
    checks: [missingValues(), featureDrift(), ageRange(), scoreDrift(), unseenCategories(), crashed()],
    duration_ms: 402.9,
  };
}

function incomeSegments(): ModelReport {
  const schema: DataQualityDetails = {
    kind: 'data_quality',
    metric: 'schema',
    columns: [],
    problems: ['column "fnlwgt" is categorical, expected numeric', 'forbidden column "email" is present'],
  };
  const drift: DriftDetails = {
    kind: 'drift',
    method: 'auto',
    columns: [],
    evaluated_columns: 0,
    drifted_columns: 0,
    share_drifted: null,
    share_drifted_status: null,
  };
  const checks: CheckReport[] = [
    {
      id: 'segment-drift',
      type: 'drift',
      status: 'no_data',
      code: 'check/no-data',
      value: null,
      thresholds: PER_FEATURE,
      message: '212 current rows, fewer than min_samples 500',
      details: drift,
      duration_ms: 0.2,
    },
    {
      id: 'schema',
      type: 'data_quality',
      status: 'warn',
      value: 2,
      thresholds: { warn: { gt: 0 }, fail: { gt: 5 } },
      message: '2 schema problems: column "fnlwgt" is categorical, expected numeric; forbidden column "email" is present',
      details: schema,
      duration_ms: 0.3,
    },
    {
      id: 'duplicate-requests',
      type: 'data_quality',
      status: 'skipped',
      value: null,
      thresholds: { fail: { gt: 0 } },
      message: 'columns.id is not set in the policy',
      details: null,
      duration_ms: 0,
    },
    {
      id: 'volume',
      type: 'data_quality',
      status: 'pass',
      value: 212,
      thresholds: { fail: { lt: 100 } },
      message: '212 rows in the window',
      details: { kind: 'data_quality', metric: 'row_count', columns: [], problems: [] } satisfies DataQualityDetails,
      duration_ms: 0.1,
    },
  ];
  return {
    name: 'income-segments',
    version: null,
    task: 'multiclass_classification',
    policy: 'monitors/income-segments.yaml',
    status: 'warn',
    error: null,
    error_code: null,
    owners: [],
    runbook: null,
    window: { start: '2026-10-07T06:00:00.000Z', end: '2026-10-08T06:00:00.000Z', length: '1d' },
    rows: { reference: 32561, current: 212, sampled: false },
    checks,
    duration_ms: 12.5,
  };
}

function fraudScorer(): ModelReport {
  return {
    name: 'fraud-scorer',
    version: '3.2.0',
    task: 'binary_classification',
    policy: 'monitors/fraud.yaml',
    status: 'error',
    error: 'could not read current data: monitors/data/fraud/current.parquet: no such file or directory',
    error_code: 'data/not-found',
    owners: ['@acme/risk', 'jdoe'],
    runbook: null,
    window: { start: null, end: null, length: null },
    rows: { reference: null, current: null, sampled: false },
    checks: [],
    duration_ms: 3,
  };
}

function incomeRegressor(): ModelReport {
  return {
    name: 'hours-regressor',
    version: '1.0.0',
    task: 'regression',
    policy: 'monitors/hours.yaml',
    status: 'pass',
    error: null,
    error_code: null,
    owners: ['@acme/income-ml'],
    runbook: null,
    window: { start: null, end: null, length: null },
    rows: { reference: 32561, current: 500000, sampled: true },
    checks: [
      {
        id: 'rows',
        type: 'data_quality',
        status: 'pass',
        value: 1250000,
        thresholds: { fail: { lt: 10000 } },
        message: '1250000 rows (sampled to 500000)',
        details: { kind: 'data_quality', metric: 'row_count', columns: [], problems: [] } satisfies DataQualityDetails,
        duration_ms: 0.1,
      },
    ],
    duration_ms: 950,
  };
}

export function sampleReport(): Report {
  const models = [incomeClassifier(), incomeSegments(), fraudScorer(), incomeRegressor()];
  return {
    report_version: 1,
    tool: { name: 'modelwatch', version: '0.1.0' },
    generated_at: '2026-10-08T06:00:12.345Z',
    status: 'fail',
    summary: { models: 4, by_status: { pass: 1, warn: 1, fail: 1, no_data: 0, error: 1, skipped: 0, pending: 0, inhibited: 0, silenced: 0 } },
    models,
    policy_errors: [
      { file: 'monitors/churn.yaml', line: 14, column: 7, code: 'policy/unknown-key', message: 'unknown key "treshold" (did you mean "threshold"?)' },
    ],
  };
}
