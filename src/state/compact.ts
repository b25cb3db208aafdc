/**
 * A model's history as a value: appending a run record (a rerun of the same run id replaces its
 * record; the newest KEPT_RUNS records stay whole, older ones fold into one DailySummary per UTC
 * day; days older than KEPT_DAYS go), reading a stored file back with every field checked, and
 * writing it as deterministic bytes (an unchanged history serialises to identical bytes, so a
 * store can tell that nothing changed). Pure: no I/O, no clock unless the caller passes one.
 */
import { STATUSES_BY_SEVERITY, worstStatus } from '../checks/status.js';
import type { Status } from '../checks/types.js';
import { modelPath, MODEL_NAME } from './layout.js';
import type { DailySummary, ModelHistory, RunRecord } from './record.js';
import { KEPT_DAYS, KEPT_RUNS, StateWriteError } from './store.js';

const DAY_MS = 86_400_000;

export function emptyHistory(model: string): ModelHistory {
  return { v: 1, model, runs: [], daily: [] };
}

/**
 * `history` with `record` added: a stored record with the same `run.id` is replaced (the rerun
 * of a run, or a retried write, leaves one record); records are kept oldest first by `at` (ties
 * by run id, then attempt); beyond KEPT_RUNS the oldest are folded into their UTC day's summary;
 * summaries of days before the last KEPT_DAYS UTC days up to `now` (counting `now`'s day) are
 * dropped. `now` defaults to the newest record's `at`, so the result depends on its inputs only.
 * Throws RangeError when the record belongs to another model or would not read back
 * (`parseHistory` rejects it). O(R log R + C) for R records and C checks folded.
 */
export function appendRecord(history: ModelHistory | null, record: RunRecord, now?: Date): ModelHistory {
  const problem = recordProblem(record, record.model, 'record');
  if (problem !== null) throw new RangeError(`the run record cannot be stored: ${problem}`);
  try {
    canonical(record);
  } catch (error) {
    throw new RangeError(`the run record cannot be stored: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const base = history ?? emptyHistory(record.model);
  if (base.model !== record.model) throw new RangeError(`a record of model "${record.model}" cannot go into the history of "${base.model}"`);

  const runs = [...base.runs.filter((r) => r.run.id !== record.run.id), record].sort(byTime);
  const days = new Map(base.daily.map((d) => [d.day, d]));
  while (runs.length > KEPT_RUNS) {
    const oldest = runs.shift() as RunRecord;
    const day = utcDay(oldest.at);
    days.set(day, fold(days.get(day) ?? null, day, oldest));
  }
  const clock = now ?? new Date(Math.max(...runs.map((r) => Date.parse(r.at))));
  const firstKept = utcDay(new Date(clock.getTime() - (KEPT_DAYS - 1) * DAY_MS).toISOString());
  const daily = [...days.values()].filter((d) => d.day >= firstKept).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { v: 1, model: base.model, runs, daily };
}

/**
 * A run folded into its day's summary: runs counted; per check, the worst status, the least and
 * greatest non-null value, and the last non-null value (the one of the latest run folded in, by
 * `at`; a run older than the day's `last_at` sets it only when the day has none yet).
 */
function fold(summary: DailySummary | null, day: string, record: RunRecord): DailySummary {
  const lastAt = summary?.last_at ?? null;
  const newer = lastAt === null || Date.parse(record.at) >= Date.parse(lastAt);
  const checks: Record<string, DailySummary['checks'][string]> = { ...(summary?.checks ?? {}) };
  for (const check of record.checks) {
    const prev = checks[check.id];
    const value = check.value;
    const last = prev === undefined ? value : value !== null && (newer || prev.last === null) ? value : prev.last;
    checks[check.id] = {
      worst: prev === undefined ? check.status : worstStatus([prev.worst, check.status]),
      last,
      min: value === null ? (prev?.min ?? null) : prev?.min == null ? value : Math.min(prev.min, value),
      max: value === null ? (prev?.max ?? null) : prev?.max == null ? value : Math.max(prev.max, value),
    };
  }
  return { day, runs: (summary?.runs ?? 0) + 1, last_at: newer ? record.at : (lastAt as string), checks };
}

function byTime(a: RunRecord, b: RunRecord): number {
  return Date.parse(a.at) - Date.parse(b.at) || (a.run.id < b.run.id ? -1 : a.run.id > b.run.id ? 1 : 0) || (a.run.attempt ?? 0) - (b.run.attempt ?? 0);
}

function utcDay(at: string): string {
  return new Date(Date.parse(at)).toISOString().slice(0, 10);
}

// ---- bytes ------------------------------------------------------------------------------------

/**
 * The history as the bytes a store writes: `v`, `model`, `runs`, `daily` in that order, one
 * record or day per line (a new run is a one-line diff on a branch), every object inside with
 * its keys sorted, and a final newline. Equal histories give equal bytes whatever order their
 * objects' keys were built in. Throws RangeError on a non-finite number (JSON has none).
 */
/** Appends one model's records of a run; a record that cannot be stored is a StateWriteError naming `where`. */
export function appendRecords(history: ModelHistory | null, records: readonly RunRecord[], where: string): ModelHistory {
  let out = history;
  try {
    for (const record of records) out = appendRecord(out, record);
  } catch (error) {
    throw new StateWriteError(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (out === null) throw new StateWriteError(`${where}: no record to store`);
  return out;
}

export function serializeHistory(history: ModelHistory): string {
  const list = (items: readonly unknown[]): string => (items.length === 0 ? '[]' : `[\n${items.map(canonical).join(',\n')}\n]`);
  return `{"v":1,"model":${JSON.stringify(history.model)},"runs":${list(history.runs)},"daily":${list(history.daily)}}\n`;
}

function canonical(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written as JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  throw new RangeError(`a ${typeof value} cannot be written as JSON`);
}

// ---- reading back -----------------------------------------------------------------------------

export type ParsedHistory = { readonly ok: true; readonly history: ModelHistory } | { readonly ok: false; readonly message: string };

/**
 * The ModelHistory in `text`, the content of `file` (for messages; `models/<model>.json` unless
 * given), checked field by field: a file that is not JSON, holds another model, was written by a
 * newer format, or has a field of the wrong kind is a failure whose message names the file and
 * the field, never an empty history. Records and days come back in stored order (oldest first).
 */
export function parseHistory(text: string, model: string, file: string = MODEL_NAME.test(model) ? modelPath(model) : model): ParsedHistory {
  const fail = (why: string): ParsedHistory => ({
    ok: false,
    message: `${file}: ${why}. The file was left as it is; fix it or move it aside, and the next run starts this model's history afresh.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    return fail(`not valid JSON (${why.length > 120 ? `${why.slice(0, 117)}...` : why})`);
  }
  if (!isObject(data)) return fail('not a modelwatch history (expected a JSON object)');
  if (typeof data['v'] === 'number' && data['v'] > 1) return fail(`written by a newer modelwatch (history format v${data['v']}; this version reads v1): upgrade modelwatch`);
  if (data['v'] !== 1) return fail(`not a modelwatch history ("v" must be 1, got ${show(data['v'])})`);
  if (data['model'] !== model) return fail(`holds the history of model ${show(data['model'])}, expected "${model}"`);
  const extra = Object.keys(data).filter((k) => !['v', 'model', 'runs', 'daily'].includes(k));
  if (extra.length > 0) return fail(`unknown key ${show(extra[0])}`);
  const runs = data['runs'];
  const daily = data['daily'];
  if (!Array.isArray(runs)) return fail(`"runs" must be an array, got ${show(runs)}`);
  if (!Array.isArray(daily)) return fail(`"daily" must be an array, got ${show(daily)}`);
  const ids = new Set<string>();
  for (const [i, run] of runs.entries()) {
    const problem = recordProblem(run, model, `runs[${i}]`);
    if (problem !== null) return fail(problem);
    const id = (run as RunRecord).run.id;
    if (ids.has(id)) return fail(`runs[${i}]: run id ${show(id)} appears twice`);
    ids.add(id);
  }
  const days = new Set<string>();
  for (const [i, day] of daily.entries()) {
    const problem = dailyProblem(day, `daily[${i}]`);
    if (problem !== null) return fail(problem);
    const name = (day as DailySummary).day;
    if (days.has(name)) return fail(`daily[${i}]: day ${name} appears twice`);
    days.add(name);
  }
  return { ok: true, history: { v: 1, model, runs: runs as RunRecord[], daily: daily as DailySummary[] } };
}

type Json = Record<string, unknown>;

const STATUSES: ReadonlySet<unknown> = new Set<Status>(STATUSES_BY_SEVERITY);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const BLOB_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A small field checker: each call returns a problem ("path: expected ..., got ...") or null. */
function field(path: string, value: unknown, ok: boolean, expected: string): string | null {
  return ok ? null : `${path}: expected ${expected}, got ${show(value)}`;
}

const isTime = (v: unknown): boolean => typeof v === 'string' && ISO_TIME.test(v) && Number.isFinite(Date.parse(v));
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumberOrNull = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function first(...problems: (() => string | null)[]): string | null {
  for (const problem of problems) {
    const found = problem();
    if (found !== null) return found;
  }
  return null;
}

/** What is wrong with `value` as a RunRecord of `model`, or null. */
function recordProblem(value: unknown, model: string, path: string): string | null {
  if (!isObject(value)) return field(path, value, false, 'a run record (an object)');
  const r = value;
  const run = r['run'];
  const policy = r['policy'];
  const window = r['window'];
  const rows = r['rows'];
  return first(
    () => field(`${path}.v`, r['v'], r['v'] === 1, '1'),
    () => field(`${path}.model`, r['model'], r['model'] === model, JSON.stringify(model)),
    () => field(`${path}.run`, run, isObject(run), 'an object'),
    () => field(`${path}.run.id`, (run as Json)['id'], typeof (run as Json)['id'] === 'string' && (run as Json)['id'] !== '', 'a run id'),
    () => field(`${path}.run.attempt`, (run as Json)['attempt'], (run as Json)['attempt'] === null || (isCount((run as Json)['attempt']) && ((run as Json)['attempt'] as number) >= 1), 'a positive integer or null'),
    () => field(`${path}.run.url`, (run as Json)['url'], isStringOrNull((run as Json)['url']), 'a URL or null'),
    () => field(`${path}.at`, r['at'], isTime(r['at']), 'an ISO 8601 time'),
    () => field(`${path}.tool_version`, r['tool_version'], typeof r['tool_version'] === 'string', 'a string'),
    () => field(`${path}.policy`, policy, isObject(policy), 'an object'),
    () => field(`${path}.policy.path`, (policy as Json)['path'], typeof (policy as Json)['path'] === 'string', 'a string'),
    () => field(`${path}.policy.blob_sha`, (policy as Json)['blob_sha'], typeof (policy as Json)['blob_sha'] === 'string' && BLOB_SHA.test((policy as Json)['blob_sha'] as string), 'a git blob SHA (hex)'),
    () => field(`${path}.window`, window, isObject(window), 'an object'),
    () => field(`${path}.window.start`, (window as Json)['start'], (window as Json)['start'] === null || isTime((window as Json)['start']), 'an ISO 8601 time or null'),
    () => field(`${path}.window.end`, (window as Json)['end'], (window as Json)['end'] === null || isTime((window as Json)['end']), 'an ISO 8601 time or null'),
    () => field(`${path}.rows`, rows, isObject(rows), 'an object'),
    () => field(`${path}.rows.reference`, (rows as Json)['reference'], (rows as Json)['reference'] === null || isCount((rows as Json)['reference']), 'a row count or null'),
    () => field(`${path}.rows.current`, (rows as Json)['current'], (rows as Json)['current'] === null || isCount((rows as Json)['current']), 'a row count or null'),
    () => field(`${path}.sources`, r['sources'], Array.isArray(r['sources']), 'an array'),
    () => sourcesProblem(r['sources'] as unknown[], `${path}.sources`),
    () => field(`${path}.status`, r['status'], STATUSES.has(r['status']), 'a status'),
    () => field(`${path}.checks`, r['checks'], Array.isArray(r['checks']), 'an array'),
    () => checksProblem(r['checks'] as unknown[], `${path}.checks`),
  );
}

function sourcesProblem(sources: readonly unknown[], path: string): string | null {
  for (const [i, s] of sources.entries()) {
    const p = `${path}[${i}]`;
    const problem = isObject(s)
      ? first(
          () => field(`${p}.role`, s['role'], ['reference', 'current', 'labels'].includes(s['role'] as string), '"reference", "current" or "labels"'),
          () => field(`${p}.kind`, s['kind'], ['file', 'postgres', 'http', 'command', 'profile'].includes(s['kind'] as string), 'a source kind'),
          () => field(`${p}.fingerprint`, s['fingerprint'], typeof s['fingerprint'] === 'string' && FINGERPRINT.test(s['fingerprint']), '"sha256:<64 hex digits>"'),
        )
      : field(p, s, false, 'a source fingerprint (an object)');
    if (problem !== null) return problem;
  }
  return null;
}

function checksProblem(checks: readonly unknown[], path: string): string | null {
  for (const [i, c] of checks.entries()) {
    const p = `${path}[${i}]`;
    if (!isObject(c)) return field(p, c, false, 'a check record (an object)');
    const memory = c['memory'];
    const columns = c['columns'];
    const problem = first(
      () => field(`${p}.id`, c['id'], typeof c['id'] === 'string' && c['id'] !== '', 'a check id'),
      () => field(`${p}.type`, c['type'], typeof c['type'] === 'string', 'a check type'),
      () => field(`${p}.status`, c['status'], STATUSES.has(c['status']), 'a status'),
      () => field(`${p}.verdict`, c['verdict'], STATUSES.has(c['verdict']), 'a status'),
      () => field(`${p}.value`, c['value'], isNumberOrNull(c['value']), 'a finite number or null'),
      () => (c['alert'] === null ? null : alertProblem(c['alert'], `${p}.alert`)),
      () => field(`${p}.memory`, memory, isObject(memory), 'an object'),
      () => memoryProblem(memory as Json, `${p}.memory`),
      () => field(`${p}.columns`, columns, columns === undefined || (isObject(columns) && Object.values(columns).every((v) => typeof v === 'number' && Number.isFinite(v))), 'an object of finite numbers'),
    );
    if (problem !== null) return problem;
  }
  return null;
}

function alertProblem(a: unknown, p: string): string | null {
  if (!isObject(a)) return field(p, a, false, 'an alert (an object) or null');
  return first(
    () => field(`${p}.state`, a['state'], ['inactive', 'pending', 'firing', 'resolved'].includes(a['state'] as string), '"inactive", "pending", "firing" or "resolved"'),
    () => field(`${p}.since`, a['since'], isTime(a['since']), 'an ISO 8601 time'),
    () => field(`${p}.runs`, a['runs'], isCount(a['runs']), 'a run count'),
    () => field(`${p}.for`, a['for'], a['for'] === undefined || typeof a['for'] === 'string', 'a string'),
    () => field(`${p}.keep_firing_for`, a['keep_firing_for'], a['keep_firing_for'] === undefined || typeof a['keep_firing_for'] === 'string', 'a string'),
    () => field(`${p}.kept`, a['kept'], a['kept'] === undefined || typeof a['kept'] === 'boolean', 'true or false'),
  );
}

function memoryProblem(m: Json, p: string): string | null {
  const cleared = m['cleared'];
  return first(
    () => field(`${p}.state`, m['state'], ['inactive', 'pending', 'firing'].includes(m['state'] as string), '"inactive", "pending" or "firing"'),
    () => field(`${p}.since`, m['since'], isTime(m['since']), 'an ISO 8601 time'),
    () => field(`${p}.runs`, m['runs'], isCount(m['runs']), 'a run count'),
    () => field(`${p}.cleared`, cleared, cleared === undefined || (isObject(cleared) && isCount(cleared['runs']) && isTime(cleared['since'])), '{ runs, since }'),
  );
}

function dailyProblem(value: unknown, path: string): string | null {
  if (!isObject(value)) return field(path, value, false, 'a daily summary (an object)');
  const d = value;
  const checks = d['checks'];
  return first(
    () => field(`${path}.day`, d['day'], typeof d['day'] === 'string' && ISO_DAY.test(d['day']) && Number.isFinite(Date.parse(d['day'])), 'a UTC day (YYYY-MM-DD)'),
    () => field(`${path}.runs`, d['runs'], isCount(d['runs']) && (d['runs'] as number) >= 1, 'a positive run count'),
    () => field(`${path}.last_at`, d['last_at'], isTime(d['last_at']), 'an ISO 8601 time'),
    () => field(`${path}.checks`, checks, isObject(checks), 'an object'),
    () => {
      for (const [id, c] of Object.entries(checks as Json)) {
        const p = `${path}.checks[${JSON.stringify(id)}]`;
        if (!isObject(c)) return field(p, c, false, 'an object');
        const problem = first(
          () => field(`${p}.worst`, c['worst'], STATUSES.has(c['worst']), 'a status'),
          () => field(`${p}.last`, c['last'], isNumberOrNull(c['last']), 'a finite number or null'),
          () => field(`${p}.min`, c['min'], isNumberOrNull(c['min']), 'a finite number or null'),
          () => field(`${p}.max`, c['max'], isNumberOrNull(c['max']), 'a finite number or null'),
        );
        if (problem !== null) return problem;
      }
      return null;
    },
  );
}
