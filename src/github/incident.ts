/**
 * An incident issue's identity and memory. The body starts with a hidden marker naming the
 * model (how the issue is found again, without the search API) and ends with a hidden state
 * comment (base64url JSON, so no data can close the comment): when the incident opened, each
 * check's last status and since when, the run whose results are shown, and the retraining
 * streak. The next run compares its results with this state to decide what to write.
 *
 * Incident lifecycle (docs/github.md): a model whose status is `fail` or `error` opens an
 * incident; `pass`, `silenced` and `skipped` close it; `warn` and `no_data` keep an open one
 * open (updated) but never open one.
 */
import type { CheckReport, ModelReport, Status } from '../engine/report.js';
import type { RunLink } from '../report/issue-body.js';

export interface CheckMemory {
  readonly status: Status;
  readonly since: string;
}

export interface RetrainStreak {
  /** Consecutive runs in which `retraining.when` held, counted up to what the policy needs. */
  readonly runs: number;
  /** When the condition started to hold (for `for:` given as a time span). */
  readonly since: string;
}

export interface IncidentState {
  readonly v: 1;
  readonly model: string;
  readonly opened_at: string;
  readonly first_run: RunLink | null;
  /** The run whose results the visible body shows (changes only when the body does). */
  readonly latest_run: RunLink | null;
  readonly checks: Readonly<Record<string, CheckMemory>>;
  readonly retrain: RetrainStreak | null;
}

export type IncidentAction = 'open' | 'close' | 'hold';

export function incidentAction(status: Status): IncidentAction {
  switch (status) {
    case 'fail':
    case 'error':
      return 'open';
    case 'pass':
    case 'silenced':
    case 'inhibited':
    case 'skipped':
      return 'close';
    case 'warn':
    case 'pending':
    case 'no_data':
      return 'hold';
  }
}

/**
 * What a model's run does to its incident. Without alert state (a run with no state store),
 * by the model's status as above. With it, only a firing alert opens or keeps an incident open
 * (a breach held `pending` by `for:` opens nothing; an alert kept by `keep_firing_for` keeps it
 * open though its check passes again); a model whose data could not be read opens one.
 * docs/policy.md#alert-lifecycle has the table.
 */
export function modelIncidentAction(model: Pick<ModelReport, 'status' | 'error' | 'checks'>): IncidentAction {
  if (!model.checks.some((c) => c.alert !== undefined)) return incidentAction(model.status);
  if (model.error !== null) return 'open';
  const hidden = (c: CheckReport): boolean => c.status === 'silenced' || c.status === 'inhibited';
  if (model.checks.some((c) => c.alert?.state === 'firing' && !hidden(c))) return 'open';
  if (model.checks.some((c) => c.status === 'warn' || c.status === 'pending' || c.status === 'no_data')) return 'hold';
  return 'close';
}

export function markerFor(model: string): string {
  return `<!-- modelwatch:incident model=${encodeURIComponent(model)} -->`;
}

const MARKER = /^<!-- modelwatch:incident model=([^\s>]*) -->/;
const STATE = /<!-- modelwatch:state ([A-Za-z0-9_-]+) -->\s*$/;

/** The model an issue body belongs to, or null when it is not a modelwatch incident. */
export function incidentModel(body: string | null | undefined): string | null {
  const match = MARKER.exec(body ?? '');
  if (match === null) return null;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return null;
  }
}

export function readState(body: string | null | undefined): IncidentState | null {
  const match = STATE.exec(body ?? '');
  if (match === null) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(match[1] ?? '', 'base64url').toString('utf8'));
    return isState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isState(value: unknown): value is IncidentState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['v'] === 1 && typeof v['model'] === 'string' && typeof v['opened_at'] === 'string' && typeof v['checks'] === 'object' && v['checks'] !== null;
}

export function stateComment(state: IncidentState): string {
  return `<!-- modelwatch:state ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64url')} -->`;
}

export function composeBody(model: string, visible: string, state: IncidentState): string {
  return `${markerFor(model)}\n${visible.trimEnd()}\n\n${stateComment(state)}\n`;
}

/** The characters the marker and the state take, to keep the whole body under GitHub's limit. */
export function reserveFor(model: string, state: IncidentState): number {
  return markerFor(model).length + stateComment(state).length + 8;
}

const FAILING: ReadonlySet<Status> = new Set(['fail', 'error']);

export interface Transition {
  /** Checks that are failing now and were not (including warn → fail). */
  readonly started: readonly CheckReport[];
  readonly checks: Readonly<Record<string, CheckMemory>>;
}

/** Each check's status and since when, and which checks newly started failing. */
export function transition(previous: IncidentState | null, model: ModelReport, now: string): Transition {
  const checks: Record<string, CheckMemory> = {};
  const started: CheckReport[] = [];
  for (const check of model.checks) {
    const before = previous?.checks[check.id];
    checks[check.id] = before !== undefined && before.status === check.status ? before : { status: check.status, since: now };
    const wasFailing = before !== undefined && FAILING.has(before.status);
    if (previous !== null && FAILING.has(check.status) && !wasFailing) started.push(check);
    // error → fail is a worsening too: the check now has evidence against the model
    else if (previous !== null && check.status === 'fail' && before?.status === 'error') started.push(check);
  }
  return { started, checks };
}

export function sinceMap(checks: Readonly<Record<string, CheckMemory>>): Record<string, string> {
  return Object.fromEntries(Object.entries(checks).map(([id, m]) => [id, m.since]));
}
