/**
 * Run records for the state tests: complete, valid RunRecords (every field the store checks on
 * read), varied by run id, time and check values.
 */
import { createHash } from 'node:crypto';
import type { Status } from '../../src/checks/types.js';
import type { CheckRecord, RunRecord } from '../../src/state/record.js';

export interface RecordOptions {
  readonly model?: string;
  readonly id: string;
  readonly at: string;
  readonly attempt?: number | null;
  /** Check id → value (and status, `pass` unless given). */
  readonly checks?: Readonly<Record<string, number | null | { value: number | null; status: Status }>>;
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export function runRecord(options: RecordOptions): RunRecord {
  const model = options.model ?? 'churn';
  const checks: CheckRecord[] = Object.entries(options.checks ?? { auc: 0.8 }).map(([id, spec]) => {
    const { value, status } = spec !== null && typeof spec === 'object' ? spec : { value: spec, status: 'pass' as Status };
    return {
      id,
      type: 'performance',
      status,
      verdict: status,
      value,
      thresholds: { warn: { lt: 0.75 }, fail: { lt: 0.7 } },
      alert: { state: 'inactive', since: options.at, runs: 0 },
      memory: { state: 'inactive', since: options.at, runs: 0 },
      columns: { tenure: 0.12, plan: 0.03 },
    };
  });
  return {
    v: 1,
    model,
    run: { id: options.id, attempt: options.attempt === undefined ? 1 : options.attempt, url: `https://github.com/acme/models/actions/runs/${options.id}` },
    at: options.at,
    tool_version: '0.1.0',
    policy: { path: `monitors/${model}.yaml`, blob_sha: createHash('sha1').update(model).digest('hex') },
    window: { start: null, end: options.at },
    rows: { reference: 1000, current: 250 },
    sources: [
      { role: 'reference', kind: 'file', fingerprint: sha256('reference') },
      { role: 'current', kind: 'postgres', fingerprint: sha256(`select * from scores -- ${options.id}`) },
    ],
    status: checks.reduce<Status>((worst, c) => (c.status === 'fail' || worst === 'fail' ? 'fail' : c.status === 'warn' ? 'warn' : worst), 'pass'),
    checks,
  };
}

/** `start` plus `hours` hours, as an ISO time. */
export function hoursAfter(start: string, hours: number): string {
  return new Date(Date.parse(start) + hours * 3_600_000).toISOString();
}
