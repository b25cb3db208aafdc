/**
 * Hand-made reports with check history (`CheckReport.history`, which the engine fills from the
 * state store), for the history renderers' tests: the sample report's failing model with
 * - `auc` (performance, fail): 14 daily runs sliding below warn < 0.75 and fail < 0.7,
 * - `missing-values` (share, warn): 40 runs, two on one day, one without a value,
 * - `feature-drift` (share, fail): 2 runs, and its drifted columns carry a summary,
 * - `age-range` (pass): one run only (no chart).
 * Numbers are plausible, not computed. Each call returns fresh objects.
 */
import type { DriftColumnDetail, DriftDetails } from '../../src/checks/details.js';
import type { CheckHistory, CheckReport, ModelReport, Report, Status } from '../../src/engine/report.js';
import { sampleReport } from './sample-report.js';

const DAY = 86_400_000;
const START = Date.parse('2026-09-25T06:00:00Z');

function daily(values: readonly (number | null)[], status: (v: number | null) => Status, start = START): CheckHistory['points'] {
  return values.map((value, i) => ({ at: new Date(start + i * DAY).toISOString(), value, status: status(value) }));
}

export const AUC_VALUES = [0.792, 0.788, 0.791, 0.783, 0.779, 0.776, 0.771, 0.768, 0.762, 0.755, 0.748, 0.741, 0.722, 0.694];

export function aucCheck(): CheckReport {
  const status = (v: number | null): Status => (v === null ? 'no_data' : v < 0.7 ? 'fail' : v < 0.75 ? 'warn' : 'pass');
  return {
    id: 'auc',
    type: 'performance',
    status: 'fail',
    value: 0.694,
    thresholds: { warn: { lt: 0.75 }, fail: { lt: 0.7 } },
    message: 'roc_auc 0.694 < 0.7',
    details: null,
    duration_ms: 12,
    history: { points: daily(AUC_VALUES, status), lines: [{ level: 'warn', value: 0.75 }, { level: 'fail', value: 0.7 }] },
  };
}

/** 40 runs of a share drifting up from 3% to 6%: run 20 has no value, and runs 30 and 31 fall on one day. */
function missingHistory(): CheckHistory {
  const points = Array.from({ length: 40 }, (_, i) => {
    const at = new Date(START - 40 * DAY + i * DAY + (i === 31 ? -DAY + 3_600_000 : 0)).toISOString();
    const value = i === 20 ? null : 0.03 + (0.03 * i) / 39;
    return { at, value, status: (value === null ? 'no_data' : value > 0.05 ? 'warn' : 'pass') as Status };
  });
  return { points, lines: [{ level: 'warn', value: 0.05 }, { level: 'fail', value: 0.1 }] };
}

const SUMMARY: NonNullable<DriftColumnDetail['summary']> = {
  reference: { count: 32561, missing: 0, mean: 38.58, median: 37, p5: 19, p95: 63 },
  current: { count: 16281, missing: 12, mean: 44.12, median: 43, p5: 22, p95: 70 },
};

export function historyReport(): Report {
  const base = sampleReport();
  const [first, ...rest] = base.models;
  const model = first!;
  const checks = model.checks.map((c): CheckReport => {
    if (c.id === 'missing-values') return { ...c, history: missingHistory() };
    if (c.id === 'feature-drift') {
      const drift = c.details as DriftDetails;
      const columns = drift.columns.map((col) => (col.status === 'pass' ? col : { ...col, summary: col.kind === 'numeric' ? SUMMARY : { reference: { ...SUMMARY.reference, mean: null, median: null, p5: null, p95: null }, current: { ...SUMMARY.current, mean: null, median: null, p5: null, p95: null } } }));
      return { ...c, details: { ...drift, columns }, history: { points: daily([0.125, 0.25], (v) => (v !== null && v >= 0.25 ? 'fail' : 'warn')), lines: [{ level: 'warn', value: 0.125 }, { level: 'fail', value: 0.25 }] } };
    }
    if (c.id === 'age-range') return { ...c, history: { points: daily([0.000614], () => 'pass'), lines: [{ level: 'fail', value: 0.01 }] } };
    return c;
  });
  const withHistory: ModelReport = { ...model, checks: [aucCheck(), ...checks] };
  return { ...base, models: [withHistory, ...rest] };
}

/** Check ids a careless or hostile policy could hold, against the chart syntax and the fence. */
export const HOSTILE_IDS = [
  'auc "quoted" \'single\'',
  'auc [brackets] {braces} (parens)',
  'auc\nline [1, 2]\n  title "x"',
  'auc %% comment %%{init: {"theme": "dark"}}%%',
  'auc ``` ``` `tick`',
  'auc ---\nconfig:\n  x: 1\n---',
  'auc ; # & < > \\ |',
  'auc\u202e\u0000\u001b[31m',
] as const;

/** A stored run time that is no instant: it must reach neither an axis nor a table. */
export const HOSTILE_AT = '"] %%{init: {"theme": "dark"}}%%\n```\n<b>x</b>';

/** One model whose checks are `auc` under each hostile id, each with the same history, its third run at HOSTILE_AT. */
export function hostileHistoryReport(): Report {
  const base = historyReport();
  const model = base.models[0]!;
  const checks = HOSTILE_IDS.map((id) => {
    const auc = aucCheck();
    const points = auc.history!.points.map((p, i) => (i === 2 ? { ...p, at: HOSTILE_AT } : p));
    return { ...auc, id, history: { ...auc.history!, points } };
  });
  return { ...base, models: [{ ...model, checks }] };
}
