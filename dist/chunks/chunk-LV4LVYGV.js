import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  STATUSES_BY_SEVERITY
} from "./chunk-VIBIWIW3.js";

// src/report/view.ts
var STATUS_ORDER = STATUSES_BY_SEVERITY;
var RANK = new Map(STATUS_ORDER.map((status, i) => [status, i]));
function rank(status) {
  return RANK.get(status) ?? STATUS_ORDER.length;
}
function byStatus(items) {
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item.status) - rank(b.item.status) || a.index - b.index).map(({ item }) => item);
}
function orderedChecks(model) {
  return byStatus(model.checks);
}
function statusCounts(items) {
  const counts = /* @__PURE__ */ new Map();
  for (const { status } of items) counts.set(status, (counts.get(status) ?? 0) + 1);
  return STATUS_ORDER.filter((s) => counts.has(s)).map((s) => [s, counts.get(s) ?? 0]);
}
function formatCounts(items) {
  const counts = statusCounts(items);
  if (counts.length === 0) return "no checks";
  return counts.map(([status, n]) => `${n} ${status === "no_data" ? "no data" : status}`).join(", ");
}
function failingChecks(model) {
  return orderedChecks(model).filter((c) => c.status === "fail" || c.status === "error").map((c) => c.id);
}
function kindOf(details) {
  return typeof details === "object" && details !== null ? details.kind : void 0;
}
function driftDetails(check) {
  const details = check.details;
  if (kindOf(details) !== "drift") return null;
  const drift = details;
  return Array.isArray(drift.columns) ? drift : null;
}
function qualityDetails(check) {
  const details = check.details;
  if (kindOf(details) !== "data_quality") return null;
  const quality = details;
  return Array.isArray(quality.columns) && Array.isArray(quality.problems) ? quality : null;
}
var FLAGGED = /* @__PURE__ */ new Set(["fail", "error", "warn"]);
function flaggedDriftColumns(details) {
  return byStatus(details.columns.filter((c) => FLAGGED.has(c.status)));
}
function flaggedQualityColumns(details) {
  return byStatus(details.columns.filter((c) => FLAGGED.has(c.status)));
}
var num = (x) => typeof x === "number" ? x : null;
function groupEvidence(check) {
  const details = check.details;
  if (typeof details !== "object" || details === null) return null;
  if (kindOf(details) === "label_shift") return classEvidence(details);
  const { groups, decisive_metric: decisive } = details;
  if (!Array.isArray(groups) || groups.length === 0) return null;
  const rows = groups.map((g) => {
    const rate = Array.isArray(g.rates) ? g.rates.find((r) => r.metric === decisive) ?? g.rates[0] : void 0;
    const interval = typeof g.interval === "object" && g.interval !== null ? g.interval : null;
    const low = rate === void 0 ? num(interval?.low) : num(rate.low);
    const high = rate === void 0 ? num(interval?.high) : num(rate.high);
    return {
      group: String(g.group),
      rows: num(g.rows),
      value: rate === void 0 ? num(g.value) : num(rate.value),
      low,
      high,
      confidence: low === null || high === null ? null : rate === void 0 ? num(interval?.confidence) : 0.95,
      status: typeof g.status === "string" ? g.status : null,
      message: typeof g.message === "string" ? g.message : ""
    };
  });
  return rows.every((g) => g.status !== null) ? byStatus(rows) : rows;
}
function classEvidence(details) {
  if (!Array.isArray(details.classes) || details.classes.length === 0) return null;
  return byStatus(
    details.classes.map((c) => ({ group: String(c.class), rows: null, value: num(c.current_prior), low: num(c.low), high: num(c.high), confidence: num(details.interval?.confidence), status: c.status, message: String(c.message) }))
  );
}
function groupNoun(check) {
  return check.type === "label_shift" ? "class" : "group";
}
function attributionEvidence(check) {
  if (kindOf(check.details) !== "performance") return null;
  const attribution = check.details.attribution;
  if (typeof attribution !== "object" || attribution === null) return null;
  const { features, summary, direction } = attribution;
  if (!Array.isArray(features)) return null;
  return {
    direction: direction === "rise" ? "rise" : "drop",
    summary: typeof summary === "string" ? summary : "",
    features: features.map((f) => ({
      column: String(f.column),
      reweighted: num(f.reweighted),
      explained: num(f.explained),
      share: num(f.share),
      unrepresented: num(f.unrepresented)
    }))
  };
}
var SHOWN_FEATURES = 5;
function multivariateEvidence(check, format) {
  const details = check.details;
  if (kindOf(details) !== "multivariate_drift") return null;
  const d = details;
  if (!Array.isArray(d.features)) return null;
  const features = d.features.slice(0, SHOWN_FEATURES).map((f) => {
    const level = f.level ?? null;
    const feature = level === null ? f.column : level.startsWith("(") ? `${f.column} ${level}` : `${f.column} = ${level}`;
    const detail = f.residual_reference !== void 0 && f.residual_current !== void 0 ? `squared residual ${format(f.residual_reference)} \u2192 ${format(f.residual_current)}` : `coefficient ${format(f.coefficient ?? 0)}`;
    return { feature, contribution: f.contribution, detail };
  });
  return { method: d.method, features, total: d.features.length };
}

export {
  byStatus,
  orderedChecks,
  formatCounts,
  failingChecks,
  driftDetails,
  qualityDetails,
  flaggedDriftColumns,
  flaggedQualityColumns,
  groupEvidence,
  groupNoun,
  attributionEvidence,
  multivariateEvidence
};
