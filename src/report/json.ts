/**
 * The machine-readable report (schema/report.v1.schema.json): 2-space indented JSON with a
 * trailing newline, keys in a fixed order so that two runs diff cleanly whatever order the
 * engine built its objects in. Known keys come in the order of the types (for a check: id,
 * type, status, code, value, reference_value, estimated, thresholds, message, details, duration_ms);
 * keys this file does not know yet (a newer check's details) follow in insertion order, so
 * nothing is ever dropped.
 *
 * JSON has no NaN or Infinity. `JSON.stringify` silently writes them as `null`; here that is
 * explicit (and tested): every non-finite number becomes null, typed arrays become arrays, and
 * `undefined` fields are left out. Pure; O(size of the report).
 */
import type { Report } from '../engine/report.js';

type Shape = { readonly keys: readonly string[]; readonly children?: Readonly<Record<string, Shape | ArrayOf>> };
type ArrayOf = { readonly items: Shape };

const COMPARATOR_KEYS = ['gt', 'gte', 'lt', 'lte', 'eq', 'not_eq', 'between', 'not_between', 'in', 'not_in'];
const COMPARATOR: Shape = { keys: COMPARATOR_KEYS };
const THRESHOLD: Shape = { keys: [...COMPARATOR_KEYS, 'vs', 'relative', 'absolute'], children: { relative: COMPARATOR, absolute: COMPARATOR } };
const THRESHOLDS: Shape = { keys: ['warn', 'fail', 'derived_from'], children: { warn: THRESHOLD, fail: THRESHOLD } };

const DRIFT_COLUMN: Shape = {
  keys: ['column', 'kind', 'method', 'statistic', 'p_value', 'p_value_adjusted', 'effect', 'score', 'thresholds', 'status', 'code', 'drifted', 'reference_rows', 'current_rows', 'message', 'distribution'],
  children: {
    thresholds: THRESHOLDS,
    // Both kinds of distribution in one list: each has only its own keys.
    distribution: { keys: ['kind', 'edges', 'categories', 'reference', 'current', 'other_categories', 'other_reference', 'other_current'] },
  },
};
const QUALITY_COLUMN: Shape = {
  keys: ['column', 'value', 'status', 'code', 'count', 'total', 'top_unseen', 'range', 'message'],
  children: { top_unseen: { items: { keys: ['value', 'count'] } }, range: { keys: ['min', 'max'] } },
};
/** Details shapes by `kind`; other kinds keep their own key order. */
const DETAILS: Readonly<Record<string, Shape>> = {
  drift: {
    keys: ['kind', 'method', 'columns', 'evaluated_columns', 'drifted_columns', 'share_drifted', 'share_drifted_status', 'correction', 'tested_columns', 'min_effect'],
    children: { columns: { items: DRIFT_COLUMN }, min_effect: { keys: ['value', 'effect'] } },
  },
  data_quality: { keys: ['kind', 'metric', 'columns', 'problems'], children: { columns: { items: QUALITY_COLUMN } } },
};

const CHECK: Shape = {
  keys: ['id', 'type', 'status', 'code', 'value', 'reference_value', 'estimated', 'thresholds', 'message', 'alert', 'forecast', 'history', 'details', 'duration_ms'],
  children: { thresholds: THRESHOLDS },
};
const MODEL: Shape = {
  keys: ['name', 'version', 'task', 'policy', 'status', 'error', 'error_code', 'owners', 'runbook', 'window', 'rows', 'checks', 'duration_ms'],
  children: {
    window: { keys: ['start', 'end', 'length'] },
    rows: { keys: ['reference', 'current', 'sampled'] },
    checks: { items: CHECK },
  },
};
const REPORT: Shape = {
  keys: ['report_version', 'tool', 'generated_at', 'status', 'summary', 'models', 'policy_errors', 'state'],
  children: {
    tool: { keys: ['name', 'version'] },
    summary: {
      keys: ['models', 'by_status'],
      children: { by_status: { keys: ['pass', 'warn', 'fail', 'no_data', 'error', 'skipped', 'silenced', 'pending', 'inhibited'] } },
    },
    models: { items: MODEL },
    policy_errors: { items: { keys: ['file', 'line', 'column', 'code', 'message'] } },
  },
};

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/** A JSON-safe copy of `value`: finite numbers only, plain arrays, keys ordered by `shape`. */
function normalise(value: unknown, shape?: Shape | ArrayOf): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number | bigint>, (v) => normalise(typeof v === 'bigint' ? Number(v) : v));
  }
  if (Array.isArray(value)) {
    const items = shape !== undefined && 'items' in shape ? shape.items : undefined;
    return value.map((v: unknown) => normalise(v, items));
  }
  if (!isRecord(value)) return value;
  const record = shape !== undefined && 'keys' in shape ? shape : undefined;
  const out: Record<string, unknown> = {};
  const put = (key: string): void => {
    const child = value[key];
    if (child === undefined || key in out) return;
    const childShape = record === CHECK && key === 'details' ? detailsShape(child) : record?.children?.[key];
    out[key] = normalise(child, childShape);
  };
  for (const key of record?.keys ?? []) put(key);
  for (const key of Object.keys(value)) put(key);
  return out;
}

function detailsShape(details: unknown): Shape | undefined {
  if (!isRecord(details) || typeof details['kind'] !== 'string') return undefined;
  return DETAILS[details['kind']];
}

/** The report as JSON text, ending with a newline. */
export function renderJson(report: Report): string {
  return `${escapeControls(JSON.stringify(normalise(report, REPORT), null, 2))}\n`;
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, C1 controls and bidi controls raw, and an
 * editor or a browser showing the report would act on them. They only occur inside strings, so
 * writing them as `\u202e` escapes is lossless: the parsed report holds the same values.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escapeControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
