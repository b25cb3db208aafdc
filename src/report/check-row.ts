/**
 * The table model of a check, shared by every renderer's checks table (terminal, Markdown,
 * HTML, job summary and issue): the same cells in plain text — status and where its alert
 * stands, id, type, value (with its estimate mark), thresholds and message. The renderers
 * escape the cells for their medium and lay them out; none computes a cell of its own. Pure.
 */
import type { CheckReport, Status } from '../engine/report.js';
import { alertText, checkThresholds, checkValue } from './format.js';

export interface CheckRow {
  readonly status: Status;
  /** `1 of 2 runs`, `firing since 2026-11-20`, `kept firing`, `resolved`, or ''. */
  readonly alert: string;
  readonly id: string;
  readonly type: string;
  /** The headline value, `(est.)` after an estimate (CBPE). */
  readonly value: string;
  readonly thresholds: string;
  readonly message: string;
}

export function checkRow(check: CheckReport): CheckRow {
  return {
    status: check.status,
    alert: alertText(check),
    id: check.id,
    type: check.type,
    value: `${checkValue(check)}${check.estimated === true ? ' (est.)' : ''}`,
    thresholds: checkThresholds(check),
    message: check.message,
  };
}
