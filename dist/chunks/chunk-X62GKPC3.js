import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  STATUSES_BY_SEVERITY,
  worstStatus
} from "./chunk-VIBIWIW3.js";

// src/state/layout.ts
var MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function modelPath(model) {
  if (!MODEL_NAME.test(model)) throw new RangeError(`${JSON.stringify(model)} is not a model name (lowercase letters, digits, ".", "_", "-")`);
  return `models/${model}.json`;
}
var README_PATH = "README.md";
function stateReadme(where) {
  return `# modelwatch state

This ${where} is written by modelwatch and read back by its next runs: it is
the monitor's memory across runs (alert lifecycle, thresholds against history, trend forecasts)
and its audit trail (what each run saw, with which policy and data).

- \`models/<model>.json\`: one model's history. \`runs\` holds the newest full run records (oldest
  first); older runs are folded into one \`daily\` summary per UTC day, and the oldest days are
  dropped (docs/architecture.md#state gives the numbers).
- A record holds aggregates only (each check's status, value, thresholds and alert; per-column
  drift scores; SHA-256 fingerprints of the sources), never rows or secrets.

Do not edit these files by hand while monitors run: a file modelwatch cannot parse is left as it
is, and the runs of that model neither read nor write memory until it is fixed or moved aside.
\`modelwatch history <model>\` prints a model's records.
`;
}

// src/state/store.ts
var StateWriteError = class extends Error {
  name = "StateWriteError";
};
var KEPT_RUNS = 200;
var KEPT_DAYS = 400;

// src/state/compact.ts
var DAY_MS = 864e5;
function emptyHistory(model) {
  return { v: 1, model, runs: [], daily: [] };
}
function appendRecord(history, record, now) {
  const problem = recordProblem(record, record.model, "record");
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
    const oldest = runs.shift();
    const day = utcDay(oldest.at);
    days.set(day, fold(days.get(day) ?? null, day, oldest));
  }
  const clock = now ?? new Date(Math.max(...runs.map((r) => Date.parse(r.at))));
  const firstKept = utcDay(new Date(clock.getTime() - (KEPT_DAYS - 1) * DAY_MS).toISOString());
  const daily = [...days.values()].filter((d) => d.day >= firstKept).sort((a, b) => a.day < b.day ? -1 : a.day > b.day ? 1 : 0);
  return { v: 1, model: base.model, runs, daily };
}
function fold(summary, day, record) {
  const lastAt = summary?.last_at ?? null;
  const newer = lastAt === null || Date.parse(record.at) >= Date.parse(lastAt);
  const checks = { ...summary?.checks ?? {} };
  for (const check of record.checks) {
    const prev = checks[check.id];
    const value = check.value;
    const last = prev === void 0 ? value : value !== null && (newer || prev.last === null) ? value : prev.last;
    checks[check.id] = {
      worst: prev === void 0 ? check.status : worstStatus([prev.worst, check.status]),
      last,
      min: value === null ? prev?.min ?? null : prev?.min == null ? value : Math.min(prev.min, value),
      max: value === null ? prev?.max ?? null : prev?.max == null ? value : Math.max(prev.max, value)
    };
  }
  return { day, runs: (summary?.runs ?? 0) + 1, last_at: newer ? record.at : lastAt, checks };
}
function byTime(a, b) {
  return Date.parse(a.at) - Date.parse(b.at) || (a.run.id < b.run.id ? -1 : a.run.id > b.run.id ? 1 : 0) || (a.run.attempt ?? 0) - (b.run.attempt ?? 0);
}
function utcDay(at) {
  return new Date(Date.parse(at)).toISOString().slice(0, 10);
}
function appendRecords(history, records, where) {
  let out = history;
  try {
    for (const record of records) out = appendRecord(out, record);
  } catch (error) {
    throw new StateWriteError(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (out === null) throw new StateWriteError(`${where}: no record to store`);
  return out;
}
function serializeHistory(history) {
  const list = (items) => items.length === 0 ? "[]" : `[
${items.map(canonical).join(",\n")}
]`;
  return `{"v":1,"model":${JSON.stringify(history.model)},"runs":${list(history.runs)},"daily":${list(history.daily)}}
`;
}
function canonical(value) {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written as JSON`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => v === void 0 ? "null" : canonical(v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.keys(value).sort().filter((k) => value[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`);
    return `{${entries.join(",")}}`;
  }
  throw new RangeError(`a ${typeof value} cannot be written as JSON`);
}
function parseHistory(text, model, file = MODEL_NAME.test(model) ? modelPath(model) : model) {
  const fail = (why) => ({
    ok: false,
    message: `${file}: ${why}. The file was left as it is; fix it or move it aside, and the next run starts this model's history afresh.`
  });
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    return fail(`not valid JSON (${why.length > 120 ? `${why.slice(0, 117)}...` : why})`);
  }
  if (!isObject(data)) return fail("not a modelwatch history (expected a JSON object)");
  if (typeof data["v"] === "number" && data["v"] > 1) return fail(`written by a newer modelwatch (history format v${data["v"]}; this version reads v1): upgrade modelwatch`);
  if (data["v"] !== 1) return fail(`not a modelwatch history ("v" must be 1, got ${show(data["v"])})`);
  if (data["model"] !== model) return fail(`holds the history of model ${show(data["model"])}, expected "${model}"`);
  const extra = Object.keys(data).filter((k) => !["v", "model", "runs", "daily"].includes(k));
  if (extra.length > 0) return fail(`unknown key ${show(extra[0])}`);
  const runs = data["runs"];
  const daily = data["daily"];
  if (!Array.isArray(runs)) return fail(`"runs" must be an array, got ${show(runs)}`);
  if (!Array.isArray(daily)) return fail(`"daily" must be an array, got ${show(daily)}`);
  const ids = /* @__PURE__ */ new Set();
  for (const [i, run] of runs.entries()) {
    const problem = recordProblem(run, model, `runs[${i}]`);
    if (problem !== null) return fail(problem);
    const id = run.run.id;
    if (ids.has(id)) return fail(`runs[${i}]: run id ${show(id)} appears twice`);
    ids.add(id);
  }
  const days = /* @__PURE__ */ new Set();
  for (const [i, day] of daily.entries()) {
    const problem = dailyProblem(day, `daily[${i}]`);
    if (problem !== null) return fail(problem);
    const name = day.day;
    if (days.has(name)) return fail(`daily[${i}]: day ${name} appears twice`);
    days.add(name);
  }
  return { ok: true, history: { v: 1, model, runs, daily } };
}
var STATUSES = new Set(STATUSES_BY_SEVERITY);
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
var BLOB_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function field(path, value, ok, expected) {
  return ok ? null : `${path}: expected ${expected}, got ${show(value)}`;
}
var isTime = (v) => typeof v === "string" && ISO_TIME.test(v) && Number.isFinite(Date.parse(v));
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
var isNumberOrNull = (v) => v === null || typeof v === "number" && Number.isFinite(v);
var isStringOrNull = (v) => v === null || typeof v === "string";
function first(...problems) {
  for (const problem of problems) {
    const found = problem();
    if (found !== null) return found;
  }
  return null;
}
function recordProblem(value, model, path) {
  if (!isObject(value)) return field(path, value, false, "a run record (an object)");
  const r = value;
  const run = r["run"];
  const policy = r["policy"];
  const window = r["window"];
  const rows = r["rows"];
  return first(
    () => field(`${path}.v`, r["v"], r["v"] === 1, "1"),
    () => field(`${path}.model`, r["model"], r["model"] === model, JSON.stringify(model)),
    () => field(`${path}.run`, run, isObject(run), "an object"),
    () => field(`${path}.run.id`, run["id"], typeof run["id"] === "string" && run["id"] !== "", "a run id"),
    () => field(`${path}.run.attempt`, run["attempt"], run["attempt"] === null || isCount(run["attempt"]) && run["attempt"] >= 1, "a positive integer or null"),
    () => field(`${path}.run.url`, run["url"], isStringOrNull(run["url"]), "a URL or null"),
    () => field(`${path}.at`, r["at"], isTime(r["at"]), "an ISO 8601 time"),
    () => field(`${path}.tool_version`, r["tool_version"], typeof r["tool_version"] === "string", "a string"),
    () => field(`${path}.policy`, policy, isObject(policy), "an object"),
    () => field(`${path}.policy.path`, policy["path"], typeof policy["path"] === "string", "a string"),
    () => field(`${path}.policy.blob_sha`, policy["blob_sha"], typeof policy["blob_sha"] === "string" && BLOB_SHA.test(policy["blob_sha"]), "a git blob SHA (hex)"),
    () => field(`${path}.window`, window, isObject(window), "an object"),
    () => field(`${path}.window.start`, window["start"], window["start"] === null || isTime(window["start"]), "an ISO 8601 time or null"),
    () => field(`${path}.window.end`, window["end"], window["end"] === null || isTime(window["end"]), "an ISO 8601 time or null"),
    () => field(`${path}.rows`, rows, isObject(rows), "an object"),
    () => field(`${path}.rows.reference`, rows["reference"], rows["reference"] === null || isCount(rows["reference"]), "a row count or null"),
    () => field(`${path}.rows.current`, rows["current"], rows["current"] === null || isCount(rows["current"]), "a row count or null"),
    () => field(`${path}.sources`, r["sources"], Array.isArray(r["sources"]), "an array"),
    () => sourcesProblem(r["sources"], `${path}.sources`),
    () => field(`${path}.status`, r["status"], STATUSES.has(r["status"]), "a status"),
    () => field(`${path}.checks`, r["checks"], Array.isArray(r["checks"]), "an array"),
    () => checksProblem(r["checks"], `${path}.checks`)
  );
}
function sourcesProblem(sources, path) {
  for (const [i, s] of sources.entries()) {
    const p = `${path}[${i}]`;
    const problem = isObject(s) ? first(
      () => field(`${p}.role`, s["role"], ["reference", "current", "labels"].includes(s["role"]), '"reference", "current" or "labels"'),
      () => field(`${p}.kind`, s["kind"], ["file", "postgres", "http", "command", "profile"].includes(s["kind"]), "a source kind"),
      () => field(`${p}.fingerprint`, s["fingerprint"], typeof s["fingerprint"] === "string" && FINGERPRINT.test(s["fingerprint"]), '"sha256:<64 hex digits>"')
    ) : field(p, s, false, "a source fingerprint (an object)");
    if (problem !== null) return problem;
  }
  return null;
}
function checksProblem(checks, path) {
  for (const [i, c] of checks.entries()) {
    const p = `${path}[${i}]`;
    if (!isObject(c)) return field(p, c, false, "a check record (an object)");
    const memory = c["memory"];
    const columns = c["columns"];
    const problem = first(
      () => field(`${p}.id`, c["id"], typeof c["id"] === "string" && c["id"] !== "", "a check id"),
      () => field(`${p}.type`, c["type"], typeof c["type"] === "string", "a check type"),
      () => field(`${p}.status`, c["status"], STATUSES.has(c["status"]), "a status"),
      () => field(`${p}.verdict`, c["verdict"], STATUSES.has(c["verdict"]), "a status"),
      () => field(`${p}.value`, c["value"], isNumberOrNull(c["value"]), "a finite number or null"),
      () => c["alert"] === null ? null : alertProblem(c["alert"], `${p}.alert`),
      () => field(`${p}.memory`, memory, isObject(memory), "an object"),
      () => memoryProblem(memory, `${p}.memory`),
      () => field(`${p}.columns`, columns, columns === void 0 || isObject(columns) && Object.values(columns).every((v) => typeof v === "number" && Number.isFinite(v)), "an object of finite numbers")
    );
    if (problem !== null) return problem;
  }
  return null;
}
function alertProblem(a, p) {
  if (!isObject(a)) return field(p, a, false, "an alert (an object) or null");
  return first(
    () => field(`${p}.state`, a["state"], ["inactive", "pending", "firing", "resolved"].includes(a["state"]), '"inactive", "pending", "firing" or "resolved"'),
    () => field(`${p}.since`, a["since"], isTime(a["since"]), "an ISO 8601 time"),
    () => field(`${p}.runs`, a["runs"], isCount(a["runs"]), "a run count"),
    () => field(`${p}.for`, a["for"], a["for"] === void 0 || typeof a["for"] === "string", "a string"),
    () => field(`${p}.keep_firing_for`, a["keep_firing_for"], a["keep_firing_for"] === void 0 || typeof a["keep_firing_for"] === "string", "a string"),
    () => field(`${p}.kept`, a["kept"], a["kept"] === void 0 || typeof a["kept"] === "boolean", "true or false")
  );
}
function memoryProblem(m, p) {
  const cleared = m["cleared"];
  return first(
    () => field(`${p}.state`, m["state"], ["inactive", "pending", "firing"].includes(m["state"]), '"inactive", "pending" or "firing"'),
    () => field(`${p}.since`, m["since"], isTime(m["since"]), "an ISO 8601 time"),
    () => field(`${p}.runs`, m["runs"], isCount(m["runs"]), "a run count"),
    () => field(`${p}.cleared`, cleared, cleared === void 0 || isObject(cleared) && isCount(cleared["runs"]) && isTime(cleared["since"]), "{ runs, since }")
  );
}
function dailyProblem(value, path) {
  if (!isObject(value)) return field(path, value, false, "a daily summary (an object)");
  const d = value;
  const checks = d["checks"];
  return first(
    () => field(`${path}.day`, d["day"], typeof d["day"] === "string" && ISO_DAY.test(d["day"]) && Number.isFinite(Date.parse(d["day"])), "a UTC day (YYYY-MM-DD)"),
    () => field(`${path}.runs`, d["runs"], isCount(d["runs"]) && d["runs"] >= 1, "a positive run count"),
    () => field(`${path}.last_at`, d["last_at"], isTime(d["last_at"]), "an ISO 8601 time"),
    () => field(`${path}.checks`, checks, isObject(checks), "an object"),
    () => {
      for (const [id, c] of Object.entries(checks)) {
        const p = `${path}.checks[${JSON.stringify(id)}]`;
        if (!isObject(c)) return field(p, c, false, "an object");
        const problem = first(
          () => field(`${p}.worst`, c["worst"], STATUSES.has(c["worst"]), "a status"),
          () => field(`${p}.last`, c["last"], isNumberOrNull(c["last"]), "a finite number or null"),
          () => field(`${p}.min`, c["min"], isNumberOrNull(c["min"]), "a finite number or null"),
          () => field(`${p}.max`, c["max"], isNumberOrNull(c["max"]), "a finite number or null")
        );
        if (problem !== null) return problem;
      }
      return null;
    }
  );
}

export {
  MODEL_NAME,
  modelPath,
  README_PATH,
  stateReadme,
  StateWriteError,
  appendRecords,
  serializeHistory,
  parseHistory
};
