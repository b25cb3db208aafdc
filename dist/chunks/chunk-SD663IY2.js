import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  PROFILE_FORMAT
} from "./chunk-DKKO2CFA.js";
import {
  compareBuckets
} from "./chunk-B56N3WCO.js";
import {
  failure,
  ok
} from "./chunk-BQP2U36L.js";

// src/profile/json.ts
function profileJson(profile) {
  const head = {
    format: profile.format,
    made_by: profile.made_by,
    model: profile.model,
    policy_fingerprint: profile.policy_fingerprint,
    sources: profile.sources,
    computed: profile.computed,
    window: profile.window === null ? null : { start: new Date(profile.window.start).toISOString(), end: new Date(profile.window.end).toISOString() },
    rows: profile.rows,
    bits: profile.bits
  };
  const lines = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const list = (items) => items.length === 0 ? "[]" : `[
${items.map((i) => `    ${JSON.stringify(i)}`).join(",\n")}
  ]`;
  lines.push(`  "columns": ${list(profile.columns.map(columnOut))}`);
  lines.push(`  "ids": ${list(profile.ids)}`);
  lines.push(`  "joint": ${JSON.stringify(profile.joint)}`);
  if (profile.joint_missing !== void 0) lines.push(`  "joint_missing": ${JSON.stringify(profile.joint_missing)}`);
  lines.push(`  "rules": ${list(profile.rules)}`);
  return `{
${lines.join(",\n")}
}
`;
}
function columnOut(column) {
  if (column.kind !== "numeric") return column;
  const { buckets, ...rest } = column;
  return { ...rest, buckets: buckets.map((b) => [b.key, b.split, b.count, b.min, b.max, b.sum]) };
}
function readProfile(text, where) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return invalid(where, "is not JSON");
  }
  try {
    return ok(checked(raw, where));
  } catch (e) {
    if (e instanceof ProfileShapeError) return invalid(where, e.message);
    throw e;
  }
}
function invalid(where, why) {
  return failure("profile/invalid", `profile ${where} ${why}`);
}
var ProfileShapeError = class extends Error {
};
function must(condition, why) {
  if (!condition) throw new ProfileShapeError(why);
}
function isObject(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function onlyKeys(x, allowed, what) {
  const unknown = Object.keys(x).find((k) => !allowed.includes(k));
  must(unknown === void 0, what === "" ? `has an unknown key ${JSON.stringify(unknown)}` : `${what}: unknown key ${JSON.stringify(unknown)}`);
}
var TOP_KEYS = ["format", "made_by", "model", "policy_fingerprint", "sources", "computed", "window", "rows", "bits", "columns", "ids", "joint", "joint_missing", "rules"];
var COLUMN_KEYS = {
  timestamp: ["kind", "name", "count", "missing", "min", "max"],
  categorical: ["kind", "name", "count", "missing", "categories", "counts", "other", "top"],
  numeric: ["kind", "name", "count", "missing", "min", "max", "mean", "m2", "splits", "buckets", "values", "edges"]
};
var FINGERPRINT = /^[0-9a-f]{64}(\+[0-9a-f]{64})*$/;
var count = (x) => Number.isSafeInteger(x) && x >= 0;
var finite = (x) => typeof x === "number" && Number.isFinite(x);
var finiteOrNull = (x) => x === null || finite(x);
function checked(raw, where) {
  must(isObject(raw), "is not a JSON object");
  must(raw.format === PROFILE_FORMAT, `has format ${JSON.stringify(raw.format)}, not "${PROFILE_FORMAT}" (made by a newer modelwatch?)`);
  onlyKeys(raw, TOP_KEYS, "");
  must(typeof raw.model === "string" && typeof raw.made_by === "string" && typeof raw.policy_fingerprint === "string", "lacks its model, made_by or policy_fingerprint");
  must(FINGERPRINT.test(raw.policy_fingerprint), "has a policy_fingerprint that is not a SHA-256 in hex");
  must(Array.isArray(raw.sources) && raw.sources.every((s) => typeof s === "string"), "has no list of sources");
  must(raw.computed === "rows" || raw.computed === "database", 'says neither "rows" nor "database" in computed');
  must(count(raw.rows), "has no row count");
  must(Number.isInteger(raw.bits) && raw.bits >= 0 && raw.bits <= 20, "has no bucket bits (0 to 20)");
  const rows = raw.rows;
  const window = windowOf(raw.window);
  must(Array.isArray(raw.columns), "has no columns list");
  const seen = /* @__PURE__ */ new Set();
  const columns = raw.columns.map((c) => {
    const column = columnIn(c, rows);
    must(!seen.has(column.name), `lists column "${column.name}" twice`);
    seen.add(column.name);
    return column;
  });
  must(Array.isArray(raw.ids), "has no ids list");
  const ids = raw.ids.map((c) => {
    must(isObject(c) && typeof c.name === "string" && (c.kind === "numeric" || c.kind === "categorical") && count(c.count) && count(c.missing) && (c.duplicates === null || count(c.duplicates)), "has a malformed id column");
    onlyKeys(c, ["name", "kind", "count", "missing", "duplicates"], `id column "${c.name}"`);
    must(c.count + c.missing === rows, `id column "${c.name}": count and missing do not add up to the ${rows} rows`);
    return { name: c.name, kind: c.kind, count: c.count, missing: c.missing, duplicates: c.duplicates };
  });
  const joint = raw.joint === null ? null : jointIn(raw.joint, rows);
  must(raw.joint_missing === void 0 || typeof raw.joint_missing === "string" && joint === null, "has a joint_missing that is not the reason for a null joint");
  must(Array.isArray(raw.rules), "has no rules list");
  const rules = raw.rules.map((r) => {
    must(isObject(r) && typeof r.rule === "string", "has a malformed rule count");
    onlyKeys(r, "error" in r ? ["rule", "error"] : ["rule", "rows", "holding", "nulls"], `rule "${r.rule}"`);
    if ("error" in r) {
      must(typeof r.error === "string", `rule "${r.rule}": malformed error`);
      return { rule: r.rule, error: r.error };
    }
    must(count(r.rows) && count(r.holding) && count(r.nulls) && r.rows === rows && r.holding + r.nulls <= rows, `rule "${r.rule}": its counts do not fit the ${rows} rows`);
    return { rule: r.rule, rows: r.rows, holding: r.holding, nulls: r.nulls };
  });
  void where;
  return {
    format: PROFILE_FORMAT,
    made_by: raw.made_by,
    model: raw.model,
    policy_fingerprint: raw.policy_fingerprint,
    sources: raw.sources,
    computed: raw.computed,
    window,
    rows,
    bits: raw.bits,
    columns,
    ids,
    joint,
    ...raw.joint_missing !== void 0 && { joint_missing: raw.joint_missing },
    rules
  };
}
function windowOf(raw) {
  must(raw !== void 0, "has no window (null for every row)");
  if (raw === null) return null;
  must(isObject(raw) && typeof raw.start === "string" && typeof raw.end === "string", "has a malformed window");
  onlyKeys(raw, ["start", "end"], "window");
  const start = Date.parse(raw.start);
  const end = Date.parse(raw.end);
  must(Number.isFinite(start) && Number.isFinite(end) && new Date(start).toISOString() === raw.start && new Date(end).toISOString() === raw.end, "has a window whose start or end is not an instant as 2026-11-24T06:00:00.000Z");
  must(start < end, "has a window whose start is not before its end");
  return { start, end };
}
function columnIn(c, rows) {
  must(isObject(c) && typeof c.name === "string", "has a column without a name");
  const name = c.name;
  must(count(c.count) && count(c.missing) && c.count + c.missing === rows, `column "${name}": count and missing do not add up to the ${rows} rows`);
  if (c.kind === "numeric" || c.kind === "categorical" || c.kind === "timestamp") onlyKeys(c, COLUMN_KEYS[c.kind], `column "${name}"`);
  if (c.kind === "timestamp") {
    must(finiteOrNull(c.min) && finiteOrNull(c.max), `column "${name}": malformed min or max`);
    return { kind: "timestamp", name, count: c.count, missing: c.missing, min: c.min, max: c.max };
  }
  if (c.kind === "categorical") {
    must(Array.isArray(c.categories) && c.categories.every((x) => typeof x === "string") && Array.isArray(c.counts) && c.counts.every(count) && c.counts.length === c.categories.length, `column "${name}": categories and counts do not match`);
    must(new Set(c.categories).size === c.categories.length, `column "${name}": a category is listed twice`);
    must(isObject(c.other) && count(c.other.categories) && count(c.other.count), `column "${name}": malformed other`);
    onlyKeys(c.other, ["categories", "count"], `column "${name}": other`);
    must(Number.isSafeInteger(c.top) && c.top >= 1, `column "${name}": malformed top`);
    const total2 = c.counts.reduce((s, x) => s + x, 0) + c.other.count;
    must(total2 === c.count, `column "${name}": its category counts add up to ${total2}, not ${c.count}`);
    return { kind: "categorical", name, count: c.count, missing: c.missing, categories: c.categories, counts: c.counts, other: { categories: c.other.categories, count: c.other.count }, top: c.top };
  }
  must(c.kind === "numeric", `column "${name}": unknown kind ${JSON.stringify(c.kind)}`);
  must(finiteOrNull(c.min) && finiteOrNull(c.max) && finite(c.mean) && finite(c.m2) && c.m2 >= 0, `column "${name}": malformed min, max, mean or m2`);
  must(Array.isArray(c.splits) && c.splits.every(finite) && c.splits.every((s, i, a) => i === 0 || a[i - 1] < s), `column "${name}": split points are not ascending numbers`);
  must(Array.isArray(c.buckets), `column "${name}": no buckets`);
  const buckets = c.buckets.map((raw) => {
    must(Array.isArray(raw) && raw.length === 6 && raw.every(finite), `column "${name}": a malformed bucket`);
    const [key, split, n, min, max, sum] = raw;
    must(Number.isInteger(key) && count(split) && count(n) && n > 0 && min <= max, `column "${name}": a malformed bucket`);
    return { key, split, count: n, min, max, sum };
  });
  must(buckets.every((b, i) => i === 0 || compareBuckets(buckets[i - 1], b) < 0), `column "${name}": buckets out of order`);
  const total = buckets.reduce((s, b) => s + b.count, 0);
  must(total === c.count, `column "${name}": its buckets hold ${total} values, not ${c.count}`);
  let edges;
  if (c.edges !== void 0) {
    must(isObject(c.edges) && Object.entries(c.edges).every(([bins, e]) => /^[1-9][0-9]*$/.test(bins) && Array.isArray(e) && e.length > 0 && e.every(finite)), `column "${name}": malformed edges`);
    edges = c.edges;
  }
  let values;
  if (c.values !== void 0) {
    must(Array.isArray(c.values) && c.values.every((v) => Array.isArray(v) && v.length === 2 && finite(v[0]) && count(v[1]) && v[1] > 0), `column "${name}": malformed values`);
    values = c.values;
    must(values.every((v, i) => i === 0 || values[i - 1][0] < v[0]), `column "${name}": values out of order`);
    const held = values.reduce((s, v) => s + v[1], 0);
    must(held === c.count, `column "${name}": its values hold ${held} rows, not ${c.count}`);
  }
  return { kind: "numeric", name, count: c.count, missing: c.missing, min: c.min, max: c.max, mean: c.mean, m2: c.m2, splits: c.splits, buckets, ...edges !== void 0 && { edges }, ...values !== void 0 && { values } };
}
function jointIn(j, rows) {
  must(isObject(j) && Array.isArray(j.columns) && j.columns.every((x) => typeof x === "string") && Array.isArray(j.kinds) && j.kinds.length === j.columns.length, "has a malformed joint aggregate");
  must(j.columns.length > 0, "has a joint aggregate of no column");
  onlyKeys(j, ["columns", "kinds", "tuples", "limit", "score_step", "score_columns"], "joint");
  must(j.kinds.every((k) => k === "numeric" || k === "categorical"), "has a joint column of unknown kind");
  must(count(j.limit) && (j.score_step === null || finite(j.score_step) && j.score_step > 0) && Array.isArray(j.score_columns) && j.score_columns.every((x) => typeof x === "string"), "has a malformed joint aggregate");
  const width = j.columns.length;
  must(Array.isArray(j.tuples), "has no joint tuples");
  let total = 0;
  for (const t of j.tuples) {
    must(Array.isArray(t) && t.length === width + 1 && count(t[width]) && t[width] > 0, "has a malformed joint tuple");
    for (let k = 0; k < width; k++) must(t[k] === null || (j.kinds[k] === "numeric" ? finite(t[k]) : typeof t[k] === "string"), "has a joint tuple of the wrong kinds");
    total += t[width];
  }
  must(total === rows, `has joint tuples for ${total} rows, not ${rows}`);
  return { columns: j.columns, kinds: j.kinds, tuples: j.tuples, limit: j.limit, score_step: j.score_step, score_columns: j.score_columns };
}

export {
  profileJson,
  readProfile
};
