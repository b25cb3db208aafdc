import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  alertText,
  checkThresholds,
  checkValue,
  formatChartNumber,
  formatInstant,
  formatValue,
  valueHint
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown,
  showControls
} from "./chunk-TPAHR6PB.js";
import {
  STATUSES_BY_SEVERITY
} from "./chunk-VIBIWIW3.js";

// src/report/github-markdown.ts
function table(header, rows, align) {
  const rule = header.map((_, i) => align?.[i] === "r" ? "---:" : "---");
  const line = (cells) => `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}
function code(text) {
  return `\`${showControls(text.replace(/[`\r\n]/g, " "))}\``;
}
function link(text, url) {
  const safeUrl = encodeURI(decodeSafely(url)).replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}
function decodeSafely(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
var HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(\/[A-Za-z0-9._-]+)?$/;
function mention(owner) {
  const match = HANDLE.exec(owner.trim());
  if (match === null) return escapeMarkdown(owner);
  return `@${match[1] ?? ""}${match[2] ?? ""}`;
}
function fitSections(parts, limit, measure, note) {
  const join = (blocks) => blocks.filter((b) => b !== "").join("\n\n") + "\n";
  const size = (blocks) => {
    const present = blocks.filter((b) => b !== "");
    return present.reduce((sum, b) => sum + measure(b), 0) + 2 * Math.max(0, present.length - 1) + 1;
  };
  const all = join([...parts.head, ...parts.sections, ...parts.tail]);
  if (measure(all) <= limit) return all;
  const fixed = size([...parts.head, ...parts.tail]);
  const kept = [];
  let used = fixed;
  for (let i = 0; i < parts.sections.length; i++) {
    const section = parts.sections[i] ?? "";
    const noteText = note(parts.sections.length - i - 1);
    const added = section === "" ? 0 : measure(section) + 2;
    if (used + added + (noteText === "" ? 0 : measure(noteText) + 2) > limit) break;
    kept.push(section);
    used += added;
  }
  const omitted = parts.sections.length - kept.length;
  const fitted = join([...parts.head, ...kept, note(omitted), ...parts.tail]);
  if (measure(fitted) <= limit) return fitted;
  const marker = `

${note(omitted)}
`;
  let end = Math.max(0, limit - measure(marker));
  let cut = Array.from(fitted).slice(0, end).join("");
  while (measure(cut) + measure(marker) > limit && end > 0) cut = Array.from(fitted).slice(0, end -= 64).join("");
  return cut + marker;
}
function fitsWhole(parts, limit, measure) {
  const present = [...parts.head, ...parts.sections, ...parts.tail].filter((b) => b !== "");
  return present.reduce((sum, b) => sum + measure(b), 0) + 2 * Math.max(0, present.length - 1) + 1 <= limit;
}
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
var utf16Chars = (text) => text.length;

// src/report/view.ts
function shardLine(report) {
  if (report.shard !== void 0) {
    const { index, count, models } = report.shard;
    return `Shard ${index} of ${count}, holding ${models.length} model(s) of the fleet plan: ${models.join(", ") || "none"}`;
  }
  if (report.shards !== void 0) {
    const { count, reported, missing } = report.shards;
    const said = missing.length === 0 ? "every shard reported" : `${reported.length === 0 ? "none" : reported.join(", ")} reported; ${missing.join(", ")} failed or never reported (their models are error)`;
    return `Fleet of ${count} shard(s) merged: ${said}`;
  }
  return null;
}
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

// src/report/history-table.ts
var MAX_CHART_POINTS = 30;
var MAX_TABLE_ROWS = 10;
var SYMBOLS = { gt: ">", gte: "\u2265", lt: "<", lte: "\u2264" };
function side(threshold, value) {
  if (threshold === void 0) return null;
  for (const key of ["gt", "gte", "lt", "lte"]) if (threshold[key] === value) return SYMBOLS[key];
  const between = threshold.between ?? threshold.not_between;
  if (between !== void 0 && (between[0] === value || between[1] === value)) return threshold.between ? "between" : "outside";
  return null;
}
function axisLabels(instants) {
  const dates = instants.map((at) => {
    const t = Date.parse(at);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  });
  const years = new Set(dates.filter((d) => d !== null).map((d) => d.slice(0, 4)));
  const forms = [
    (iso) => years.size > 1 ? iso.slice(0, 10) : iso.slice(5, 10),
    (iso) => `${years.size > 1 ? iso.slice(0, 10) : iso.slice(5, 10)} ${iso.slice(11, 16)}`,
    (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
  ];
  for (const form of forms) {
    const labels = dates.map((d, i) => d === null ? `run ${i + 1}` : form(d));
    if (new Set(labels).size === labels.length) return labels;
  }
  return dates.map((d, i) => `${i + 1}. ${d === null ? "run" : forms[1](d)}`);
}
function range(values, share) {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = hi - lo;
  const pad = span > Math.max(Math.abs(hi), Math.abs(lo)) * 1e-9 ? span / 10 : Math.abs(hi) / 10 || 1;
  const floor = lo >= 0 ? 0 : Number.NEGATIVE_INFINITY;
  const ceiling = share && hi <= 100 ? 100 : Number.POSITIVE_INFINITY;
  lo = Math.max(floor, lo - pad);
  hi = Math.min(ceiling, hi + pad);
  const step = 10 ** (Math.floor(Math.log10(hi - lo)) - 1);
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  const out = (x) => {
    if (Math.abs(x) >= 1e21) return BigInt(Math.round(x)).toString();
    const fixed = x.toFixed(decimals);
    const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
    return trimmed === "-0" ? "0" : trimmed;
  };
  return { min: out(Math.floor(lo / step) * step), max: out(Math.ceil(hi / step) * step) };
}
function instant(at, index) {
  const t = Date.parse(at);
  return Number.isNaN(t) ? `run ${index + 1} (time unreadable)` : formatInstant(new Date(t).toISOString());
}
function historyView(check) {
  const history = check.history;
  if (history === void 0 || history.points.length < 2) return null;
  const hint = valueHint(check);
  const share = hint === "share";
  const scale = (x) => Number(formatChartNumber(share ? x * 100 : x));
  const drawable = history.points.filter((p) => p.value !== null && Number.isFinite(p.value)).slice(-MAX_CHART_POINTS);
  const labels = axisLabels(drawable.map((p) => p.at));
  const points = drawable.map((p, i) => ({ label: labels[i] ?? "", value: scale(p.value), status: p.status }));
  const lines = history.lines.filter((l) => Number.isFinite(l.value)).map((l) => {
    const symbol = side(check.thresholds[l.level], l.value);
    return { level: l.level, value: scale(l.value), label: `${l.level} ${symbol ?? "bound"} ${formatValue(l.value, hint)}` };
  });
  const first = history.points.length - Math.min(MAX_TABLE_ROWS, history.points.length);
  const rows = history.points.slice(first).map((p, i) => ({ at: instant(p.at, first + i), value: formatValue(p.value, hint), status: p.status }));
  const axis = points.length === 0 ? { min: "0", max: "1" } : range([...points.map((p) => p.value), ...lines.map((l) => l.value)], share);
  return {
    hint,
    unit: share ? "%" : "value",
    points,
    lines,
    ...axis,
    runs: history.points.length,
    rows,
    shown: drawable.map((p) => formatValue(p.value, hint))
  };
}
function historyOmitted(view) {
  const notes = [];
  if (view.runs > view.rows.length) notes.push(`the table lists the last ${view.rows.length} of ${view.runs} runs`);
  if (view.runs > view.points.length) {
    const last = view.points.length === MAX_CHART_POINTS ? `the last ${MAX_CHART_POINTS}` : `the ${view.points.length}`;
    notes.push(`the chart draws ${last} of ${view.runs} runs${view.points.length === MAX_CHART_POINTS ? "" : " that have a value"}`);
  }
  if (notes.length === 0) return "";
  const text = `${notes.join("; ")}; every run is in the JSON report.`;
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

// src/report/check-row.ts
function checkRow(check) {
  return {
    status: check.status,
    alert: alertText(check),
    id: check.id,
    type: check.type,
    value: `${checkValue(check)}${check.estimated === true ? " (est.)" : ""}`,
    thresholds: checkThresholds(check),
    message: check.message
  };
}

export {
  table,
  code,
  link,
  mention,
  fitSections,
  fitsWhole,
  utf8Bytes,
  utf16Chars,
  shardLine,
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
  multivariateEvidence,
  historyView,
  historyOmitted,
  checkRow
};
