import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  code,
  driftDetails,
  flaggedDriftColumns,
  table
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

// src/report/column-evidence.ts
var MAX_DETAILED_COLUMNS = 8;
var MAX_CHARTED_COLUMNS = 3;
var TOP_CATEGORIES = 5;
var SILENCE_DAYS = 7;
var VERTICAL_BARS = 8;
function chartNumber(value) {
  const rounded = Math.round(Number(value.toPrecision(4)) * 1e6) / 1e6;
  return plain.format(rounded === 0 ? 0 : rounded);
}
var plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, useGrouping: false });
function evidenced(check) {
  const drift = driftDetails(check);
  if (drift === null) return [];
  return flaggedDriftColumns(drift).filter((c) => (c.status === "fail" || c.status === "warn") && (c.summary !== void 0 || c.distribution !== void 0));
}
function driftColumnEvidence(check, options = {}) {
  const columns = evidenced(check);
  if (columns.length === 0) return "";
  const shown = columns.slice(0, MAX_DETAILED_COLUMNS);
  const charts = options.charts ?? MAX_CHARTED_COLUMNS;
  const blocks = shown.map((c, i) => columnBlock(check, c, i < charts, options.heading ?? "####"));
  const rest = columns.length - shown.length;
  if (rest > 0) blocks.push(`_${rest} more drifted column(s) with their distributions are in the report._`);
  return blocks.join("\n\n");
}
function columnBlock(check, column, withChart, heading) {
  const title = `${heading} ${statusSymbol(column.status)} ${escapeMarkdown(column.column)} (${column.kind}, ${column.method}: ${statusLabel(column.status)})`;
  const parts = [title];
  if (hasNumericSummary(column)) parts.push(numericTable(column.summary));
  else if (column.distribution?.kind === "categories") parts.push(categoryTable(column.distribution, column.summary));
  else if (column.summary !== void 0) parts.push(rowsLine(column.summary));
  if (withChart && column.distribution !== void 0) parts.push(shareChart(check, column, column.distribution));
  return parts.join("\n\n");
}
var STATS = [
  ["count", "count", "count"],
  ["missing", "missing", "count"],
  ["mean", "mean", "number"],
  ["median", "median", "number"],
  ["p5", "p5", "number"],
  ["p95", "p95", "number"]
];
function summaryRows(summary) {
  return STATS.map(([key, label, hint]) => [label, formatValue(summary.reference[key], hint), formatValue(summary.current[key], hint)]);
}
function hasNumericSummary(column) {
  return column.kind === "numeric" && column.summary !== void 0 && column.summary.reference.mean !== null;
}
function numericTable(summary) {
  return table(["", "reference", "current"], summaryRows(summary), ["l", "r", "r"]);
}
function rowsLine(summary) {
  const side = (s) => `${formatValue(s.count, "count")} with a value, ${formatValue(s.missing, "count")} missing`;
  return `Rows: reference ${side(summary.reference)}; current ${side(summary.current)}.`;
}
function categoryShares(distribution, top = TOP_CATEGORIES) {
  const sum = (xs) => xs.reduce((s, x) => s + x, 0);
  const refTotal = sum(distribution.reference) + distribution.other_reference;
  const curTotal = sum(distribution.current) + distribution.other_current;
  const share = (n, total) => total === 0 ? 0 : n / total;
  const kept = distribution.categories.slice(0, top).map((name, i) => ({
    name,
    reference: share(distribution.reference[i] ?? 0, refTotal),
    current: share(distribution.current[i] ?? 0, curTotal)
  }));
  const leftCount = distribution.categories.length - kept.length + distribution.other_categories;
  const leftRef = sum(distribution.reference.slice(top)) + distribution.other_reference;
  const leftCur = sum(distribution.current.slice(top)) + distribution.other_current;
  return { categories: kept, other: leftCount === 0 ? null : { count: leftCount, reference: share(leftRef, refTotal), current: share(leftCur, curTotal) } };
}
function categoryTable(distribution, summary) {
  const shares = categoryShares(distribution);
  const rows = shares.categories.map((c) => [escapeMarkdown(c.name), formatValue(c.reference, "share"), formatValue(c.current, "share")]);
  if (shares.other !== null) rows.push([`_(other: ${shares.other.count} categories)_`, formatValue(shares.other.reference, "share"), formatValue(shares.other.current, "share")]);
  const text = table(["category", "reference", "current"], rows, ["l", "r", "r"]);
  return summary === void 0 ? text : `${text}

${rowsLine(summary)}`;
}
var edgeLabel = (x) => chartNumber(x);
function bars(distribution) {
  if (distribution.kind === "bins") {
    const { edges } = distribution;
    const labels2 = [`below ${edgeLabel(edges[0])}`];
    for (let k = 1; k < edges.length; k++) labels2.push(`${edgeLabel(edges[k - 1])}\u2013${edgeLabel(edges[k])}`);
    labels2.push(`above ${edgeLabel(edges[edges.length - 1])}`);
    return { labels: labels2, reference: [...distribution.reference], current: [...distribution.current] };
  }
  const labels = distribution.categories.map((c) => escapeMermaidLabel(c, 24));
  const reference = [...distribution.reference];
  const current = [...distribution.current];
  if (distribution.other_categories > 0) {
    labels.push(`${distribution.other_categories} other`);
    reference.push(distribution.other_reference);
    current.push(distribution.other_current);
  }
  return { labels, reference, current };
}
function shareChart(check, column, distribution) {
  const { labels, reference, current } = bars(distribution);
  const percents = (counts) => {
    const total = counts.reduce((s, x) => s + x, 0);
    return counts.map((n) => chartNumber(total === 0 ? 0 : 100 * n / total));
  };
  const ref = percents(reference);
  const cur = percents(current);
  const top = Math.max(1, ...ref.map(Number), ...cur.map(Number));
  const title = `${escapeMermaidLabel(column.column, 32)} - % of rows: bars reference, line current`;
  return [
    "```mermaid",
    `xychart-beta${labels.length > VERTICAL_BARS ? " horizontal" : ""}`,
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "% of rows" 0 --> ${chartNumber(Math.min(100, top * 1.1))}`,
    `  bar [${ref.join(", ")}]`,
    `  line [${cur.join(", ")}]`,
    "```",
    "",
    `_${code(check.id)}: bars are the reference, the line is the current data${distribution.kind === "bins" ? ", over the reference's quantile bins" : ""}._`
  ].join("\n");
}
function silenceable(model) {
  return model.checks.filter((c) => c.status === "fail" || c.status === "warn").map((c) => c.id);
}
function daysAfter(iso, days) {
  const at = Date.parse(iso);
  return new Date((Number.isNaN(at) ? 0 : at) + days * 864e5).toISOString().slice(0, 10);
}
function suggestedUntil(iso, days) {
  const at = Date.parse(iso);
  const day = new Date((Number.isNaN(at) ? 0 : at) + days * 864e5);
  return daysAfter(day.toISOString(), (7 - day.getUTCDay()) % 7);
}
function yamlString(value) {
  return JSON.stringify(value).replace(/[`\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}
var SILENCE_REASON = "TODO: why this is expected, who decided, and a link to the ticket";
function silenceSnippet(model, generatedAt, heading = "###") {
  const ids = silenceable(model);
  if (ids.length === 0) return "";
  const errors = model.checks.filter((c) => c.status === "error").map((c) => code(c.id));
  const until = suggestedUntil(generatedAt, SILENCE_DAYS);
  const yaml = [
    "alerting:",
    "  silences:",
    `    - checks: [${ids.map(yamlString).join(", ")}]`,
    `      until: ${until}  # inclusive: to the end of that day, UTC`,
    `      reason: ${yamlString(SILENCE_REASON)}`
  ].join("\n");
  const note = errors.length === 0 ? "" : ` ${errors.join(", ")} could not be evaluated: a silence does not hide an error, fix the check instead.`;
  return [
    `${heading} \u{1F515} Silence this`,
    `To mute ${ids.length === 1 ? "this check" : "these checks"} for about a week (to ${until}) while you investigate, add this to ${code(model.policy)} (the entry goes under its \`alerting:\` when it has one), with the reason filled in, and merge it.${note}`,
    `\`\`\`yaml
${yaml}
\`\`\``
  ].join("\n\n");
}

export {
  VERTICAL_BARS,
  chartNumber,
  driftColumnEvidence,
  summaryRows,
  hasNumericSummary,
  categoryShares,
  silenceSnippet
};
