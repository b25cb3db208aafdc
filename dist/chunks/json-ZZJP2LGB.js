import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import "./chunk-FQDB3IQE.js";

// src/report/json.ts
var COMPARATOR_KEYS = ["gt", "gte", "lt", "lte", "eq", "not_eq", "between", "not_between", "in", "not_in"];
var COMPARATOR = { keys: COMPARATOR_KEYS };
var THRESHOLD = { keys: [...COMPARATOR_KEYS, "vs", "relative", "absolute"], children: { relative: COMPARATOR, absolute: COMPARATOR } };
var THRESHOLDS = { keys: ["warn", "fail", "derived_from"], children: { warn: THRESHOLD, fail: THRESHOLD } };
var DRIFT_COLUMN = {
  keys: ["column", "kind", "method", "statistic", "p_value", "p_value_adjusted", "effect", "score", "thresholds", "status", "code", "drifted", "reference_rows", "current_rows", "message", "distribution"],
  children: {
    thresholds: THRESHOLDS,
    // Both kinds of distribution in one list: each has only its own keys.
    distribution: { keys: ["kind", "edges", "categories", "reference", "current", "other_categories", "other_reference", "other_current"] }
  }
};
var QUALITY_COLUMN = {
  keys: ["column", "value", "status", "code", "count", "total", "top_unseen", "range", "message"],
  children: { top_unseen: { items: { keys: ["value", "count"] } }, range: { keys: ["min", "max"] } }
};
var DETAILS = {
  drift: {
    keys: ["kind", "method", "columns", "evaluated_columns", "drifted_columns", "share_drifted", "share_drifted_status", "correction", "tested_columns", "min_effect"],
    children: { columns: { items: DRIFT_COLUMN }, min_effect: { keys: ["value", "effect"] } }
  },
  data_quality: { keys: ["kind", "metric", "columns", "problems"], children: { columns: { items: QUALITY_COLUMN } } }
};
var CHECK = {
  keys: ["id", "type", "status", "code", "value", "reference_value", "estimated", "thresholds", "message", "alert", "forecast", "history", "details", "duration_ms"],
  children: { thresholds: THRESHOLDS }
};
var MODEL = {
  keys: ["name", "version", "task", "policy", "status", "error", "error_code", "owners", "runbook", "window", "rows", "checks", "duration_ms"],
  children: {
    window: { keys: ["start", "end", "length"] },
    rows: { keys: ["reference", "current", "sampled"] },
    checks: { items: CHECK }
  }
};
var REPORT = {
  keys: ["report_version", "tool", "generated_at", "status", "summary", "models", "policy_errors", "state"],
  children: {
    tool: { keys: ["name", "version"] },
    summary: {
      keys: ["models", "by_status"],
      children: { by_status: { keys: ["pass", "warn", "fail", "no_data", "error", "skipped", "silenced", "pending", "inhibited"] } }
    },
    models: { items: MODEL },
    policy_errors: { items: { keys: ["file", "line", "column", "code", "message"] } }
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}
function normalise(value, shape) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value, (v) => normalise(typeof v === "bigint" ? Number(v) : v));
  }
  if (Array.isArray(value)) {
    const items = shape !== void 0 && "items" in shape ? shape.items : void 0;
    return value.map((v) => normalise(v, items));
  }
  if (!isRecord(value)) return value;
  const record = shape !== void 0 && "keys" in shape ? shape : void 0;
  const out = {};
  const put = (key) => {
    const child = value[key];
    if (child === void 0 || key in out) return;
    const childShape = record === CHECK && key === "details" ? detailsShape(child) : record?.children?.[key];
    out[key] = normalise(child, childShape);
  };
  for (const key of record?.keys ?? []) put(key);
  for (const key of Object.keys(value)) put(key);
  return out;
}
function detailsShape(details) {
  if (!isRecord(details) || typeof details["kind"] !== "string") return void 0;
  return DETAILS[details["kind"]];
}
function renderJson(report) {
  return `${escapeControls(JSON.stringify(normalise(report, REPORT), null, 2))}
`;
}
var RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
function escapeControls(json) {
  return json.replace(RAW_IN_JSON, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}
export {
  renderJson
};
