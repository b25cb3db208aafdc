import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  checksTable,
  windowText
} from "./chunk-5IPQZ3EY.js";
import {
  VERTICAL_BARS,
  chartNumber,
  driftColumnEvidence,
  silenceSnippet
} from "./chunk-762UMVV3.js";
import {
  chooseHistoryDetail,
  hasHistory,
  historyAt
} from "./chunk-XYOAXCDO.js";
import {
  code,
  driftDetails,
  failingChecks,
  fitSections,
  fitsWhole,
  formatCounts,
  shardLine,
  table,
  utf8Bytes
} from "./chunk-LVWLLQQY.js";
import {
  formatValue,
  statusLabel,
  statusSymbol
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown,
  escapeMermaidLabel
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1048576;
var MAX_BARS = 30;
function renderSummary(report, options = {}) {
  const head = [];
  head.push(`# ${statusSymbol(report.status)} modelwatch: ${statusLabel(report.status)}`);
  head.push(
    `${report.summary.models} model(s): ${formatCounts(report.models)} \xB7 generated ${report.generated_at} by modelwatch ${escapeMarkdown(report.tool.version)}`
  );
  const shards = shardLine(report);
  if (shards !== null) head.push(escapeMarkdown(shards));
  head.push(fleetTable(report.models));
  if (report.policy_errors.length > 0) head.push(policyErrors(report.policy_errors, options.annotated ?? 0));
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const sectionsAt = (detail2) => report.models.map((m) => modelSection(m, report.generated_at, detail2));
  const detail = chooseHistoryDetail((d) => fitsWhole({ head, sections: sectionsAt(d), tail: [] }, limit, utf8Bytes));
  const sections = sectionsAt(detail);
  const where = options.artifactName ? ` in the report artifact ${code(options.artifactName)}` : " in the JSON report";
  if (detail === "none" && hasHistory(report.models.flatMap((m) => m.checks))) {
    head.push(`> [!NOTE]
> The checks' history (charts and tables of their last runs) was left out to keep this summary under GitHub's 1 MiB limit; it is${where}.`);
  }
  return fitSections(
    { head, sections, tail: [] },
    limit,
    utf8Bytes,
    (n) => n === 0 ? "" : `> [!NOTE]
> ${n} model section(s) were left out to keep this summary under GitHub's 1 MiB limit; every result is${where}.`
  );
}
function fleetTable(models) {
  if (models.length === 0) return "_No policies were evaluated._";
  const rows = models.map((m) => {
    const failing = failingChecks(m);
    return [
      escapeMarkdown(m.name),
      `${statusSymbol(m.status)} ${statusLabel(m.status)}`,
      failing.length === 0 ? "\u2014" : failing.map(code).join(", "),
      formatCounts(m.checks)
    ];
  });
  return `## Fleet

${table(["model", "status", "failing checks", "checks"], rows)}`;
}
function policyErrors(errors, annotated) {
  const lines = errors.map((e) => `- ${code(`${e.file}:${e.line}:${e.column}`)} ${escapeMarkdown(e.message)}`);
  const note = annotated > 0 && annotated < errors.length ? `

_The first ${annotated} are also shown as annotations on the files; GitHub shows no more than ten._` : "";
  return `## \u26D4 Policy errors (${errors.length})

${lines.join("\n")}${note}`;
}
function modelSection(model, generatedAt, history) {
  const parts = [];
  parts.push(`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)}`);
  const facts = [
    model.version === null ? null : `version ${escapeMarkdown(model.version)}`,
    `policy ${code(model.policy)}`,
    `window ${windowText(model)}`,
    `rows: reference ${formatValue(model.rows.reference, "count")}, current ${formatValue(model.rows.current, "count")}${model.rows.sampled ? " (sampled)" : ""}`
  ].filter((f) => f !== null);
  parts.push(facts.join(" \xB7 "));
  if (model.error !== null) parts.push(`**Error:** ${escapeMarkdown(model.error)}`);
  if (model.checks.length > 0) parts.push(checksTable(model.checks));
  for (const check of model.checks) parts.push(...driftCharts(check));
  for (const check of model.checks) parts.push(historyAt(check, "###", history));
  if (model.status === "fail" || model.status === "error") {
    for (const check of model.checks) {
      if (check.status !== "fail" && check.status !== "warn") continue;
      const evidence = driftColumnEvidence(check, { heading: "####" });
      if (evidence !== "") parts.push(`### ${statusSymbol(check.status)} ${code(check.id)}: drifted columns, reference vs current

${evidence}`);
    }
    const silence = silenceSnippet(model, generatedAt, "###");
    if (silence !== "") parts.push(silence);
  }
  return parts.filter((p) => p !== "").join("\n\n");
}
var MAX_LOG_P = 324;
function minusLog10(p) {
  return p <= 0 ? MAX_LOG_P : Math.min(MAX_LOG_P, -Math.log10(p));
}
var LABEL_CHARS = 24;
function failLimit(column, kind) {
  const fail = column.thresholds.fail;
  if (fail === void 0 || fail.vs !== void 0) return null;
  const limit = kind === "p-value" ? fail.lt ?? fail.lte : fail.gt ?? fail.gte;
  return typeof limit === "number" && Number.isFinite(limit) ? limit : null;
}
function axisLabels(columns) {
  const middle = (name, max) => {
    const chars = Array.from(name);
    if (chars.length <= max) return name;
    const head = Math.ceil((max - 1) / 2);
    return `${chars.slice(0, head).join("")}\u2026${chars.slice(chars.length - (max - 1 - head)).join("")}`;
  };
  const plainLabels = columns.map((c) => escapeMermaidLabel(middle(c, LABEL_CHARS), LABEL_CHARS));
  if (new Set(plainLabels).size === plainLabels.length) return { labels: plainLabels, numbered: false };
  return { labels: columns.map((c, i) => escapeMermaidLabel(`${i + 1}. ${middle(c, LABEL_CHARS - 4)}`, LABEL_CHARS)), numbered: true };
}
var P_VALUES = { kind: "p-value", height: minusLog10, axis: "\u2212log10 p", reading: "as \u2212log10 p: higher = more drift" };
var DISTANCES = { kind: "distance", height: (d) => d, axis: "distance", reading: "higher = more drift" };
function driftCharts(check) {
  const drift = driftDetails(check);
  if (drift === null) return [];
  const scored = drift.columns.filter((c) => c.score !== null && Number.isFinite(c.score));
  const pValues = scored.filter((c) => c.p_value !== null);
  const distances = scored.filter((c) => c.p_value === null);
  const charts = [];
  if (distances.length > 0) charts.push(chart(check, distances, DISTANCES));
  if (pValues.length > 0) charts.push(chart(check, pValues, P_VALUES));
  return charts;
}
function chart(check, columns, kind) {
  const shown = [...columns].sort((a, b) => kind.height(b.score) - kind.height(a.score)).slice(0, MAX_BARS);
  const heights = shown.map((c) => chartNumber(kind.height(c.score)));
  const limits = shown.map((c) => failLimit(c, kind.kind));
  const hasLine = limits.every((l) => l !== null && (kind.kind === "distance" || l > 0));
  const lineValues = hasLine ? limits.map((l) => chartNumber(kind.height(l ?? 0))) : [];
  const top = Math.max(...heights.map(Number), ...lineValues.map(Number), kind.kind === "p-value" ? 1 : 0);
  const labels = axisLabels(shown.map((c) => c.column));
  const mermaid = [
    "```mermaid",
    `xychart-beta${shown.length > VERTICAL_BARS ? " horizontal" : ""}`,
    `  title "${escapeMermaidLabel(`${check.id}: ${kind.kind} per column`)}"`,
    `  x-axis [${labels.labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${kind.axis}" 0 --> ${chartNumber(top > 0 ? top * 1.05 : 1)}`,
    `  bar [${heights.join(", ")}]`,
    ...hasLine ? [`  line [${lineValues.join(", ")}]`] : [],
    "```"
  ].join("\n");
  const rows = shown.map((c, i) => [
    ...labels.numbered ? [String(i + 1)] : [],
    escapeMarkdown(c.column),
    c.method,
    ...kind.kind === "p-value" ? [formatValue(c.score, "p_value")] : [],
    `${c.score <= 0 && kind.kind === "p-value" ? "\u2265 " : ""}${heights[i] ?? ""}`,
    `${statusSymbol(c.status)} ${statusLabel(c.status)}`
  ]);
  const number = labels.numbered ? ["#"] : [];
  const header = [...number, ...kind.kind === "p-value" ? ["column", "method", "p-value", "\u2212log10 p", "status"] : ["column", "method", "distance", "status"]];
  const align = [...labels.numbered ? ["r"] : [], ...kind.kind === "p-value" ? ["l", "l", "r", "r", "l"] : ["l", "l", "r", "l"]];
  const omitted = columns.length - shown.length;
  const line = hasLine ? " The line is each column's fail threshold." : "";
  const note = omitted > 0 ? `

_${omitted} more column(s) with smaller drift are in the report._` : "";
  return `### ${code(check.id)}: ${kind.kind} per column (${kind.reading})

${mermaid}

${line === "" ? "" : `_${line.trim()}_

`}${table(header, rows, align)}${note}`;
}
export {
  SUMMARY_LIMIT_BYTES,
  renderSummary
};
