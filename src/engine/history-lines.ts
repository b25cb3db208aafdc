/**
 * The horizontal lines a history chart draws: the bounds of the warn and fail thresholds on the
 * value as the check applied them (gt, gte, lt, lte, and both ends of between/not_between).
 * Thresholds on a change (`relative`, `absolute`) have no line on the value; a `confidence` bound
 * is drawn where it lies (the interval must lie wholly beyond it).
 */
import type { AppliedThresholds } from '../checks/types.js';
import type { CheckHistory } from './report.js';

export function historyLines(thresholds: AppliedThresholds): CheckHistory['lines'] {
  const lines: { level: 'warn' | 'fail'; value: number }[] = [];
  for (const level of ['warn', 'fail'] as const) {
    const t = thresholds[level];
    if (t === undefined) continue;
    for (const key of ['gt', 'gte', 'lt', 'lte'] as const) {
      const v = t[key];
      if (typeof v === 'number' && Number.isFinite(v)) lines.push({ level, value: v });
    }
    for (const key of ['between', 'not_between'] as const) {
      const pair = t[key];
      if (pair !== undefined) for (const v of pair) if (Number.isFinite(v)) lines.push({ level, value: v });
    }
  }
  return lines;
}
