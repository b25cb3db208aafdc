import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  code,
  historyOmitted,
  historyView,
  table
} from "./chunk-LVWLLQQY.js";
import {
  formatChartNumber,
  statusLabel,
  statusSymbol,
  trendText
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown,
  escapeMermaidLabel
} from "./chunk-TPAHR6PB.js";

// src/report/history-mermaid.ts
var X_AXIS_CHARS = 112;
var COLOURS = { value: "#0969da", warn: "#bf8700", fail: "#cf222e" };
var COLOUR_NAMES = { warn: "amber", fail: "red" };
function historyChart(check, view) {
  if (view.points.length < 2) return null;
  const widest = Math.max(...view.points.map((p) => Array.from(p.label).length));
  const horizontal = view.points.length * (widest + 2) > X_AXIS_CHARS;
  const palette = [COLOURS.value, ...view.lines.map((l) => COLOURS[l.level])].join(", ");
  const values = (xs) => `[${xs.map(formatChartNumber).join(", ")}]`;
  return [
    "---",
    "config:",
    "  xyChart:",
    "    xAxis:",
    "      labelFontSize: 12",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${palette}"`,
    "---",
    `xychart-beta${horizontal ? " horizontal" : ""}`,
    `  title "${escapeMermaidLabel(`${check.id}: last ${view.points.length} runs`)}"`,
    `  x-axis [${view.points.map((p) => `"${escapeMermaidLabel(p.label, 24)}"`).join(", ")}]`,
    `  y-axis "${view.unit}" ${view.min} --> ${view.max}`,
    `  line ${values(view.points.map((p) => p.value))}`,
    ...view.lines.map((l) => `  line ${values(view.points.map(() => l.value))}`)
  ].join("\n");
}
function key(view) {
  const lines = view.lines.map((l) => `${COLOUR_NAMES[l.level]}: ${l.label}`);
  return `_Blue line: the value${view.unit === "%" ? " (in %)" : ""}${lines.length === 0 ? "" : `; ${lines.join("; ")}`}._`;
}
function historyMarkdownTable(view) {
  const rows = view.rows.map((r) => [r.at, r.value, `${statusSymbol(r.status)} ${statusLabel(r.status)}`]);
  return table(["run", "value", "status"], rows, ["l", "r", "l"]);
}
function historyMarkdown(check, options) {
  const view = historyView(check);
  if (view === null) return "";
  const parts = [`${options.heading} ${statusSymbol(check.status)} ${code(check.id)}: last ${view.runs} runs`];
  const chart = historyChart(check, view);
  if (chart !== null) {
    if (options.chart === false) parts.push("_The chart of these runs was left out to stay within the size limit; the table has the numbers._");
    else parts.push(`\`\`\`mermaid
${chart}
\`\`\``, key(view));
  }
  parts.push(historyMarkdownTable(view));
  const trend = trendText(check);
  if (trend !== "") parts.push(escapeMarkdown(trend));
  const omitted = historyOmitted(view);
  if (omitted !== "") parts.push(`_${omitted}_`);
  return parts.join("\n\n");
}
function chooseHistoryDetail(fits) {
  return ["chart", "table"].find(fits) ?? "none";
}
function historyAt(check, heading, detail) {
  return detail === "none" ? "" : historyMarkdown(check, { heading, chart: detail === "chart" });
}
function hasHistory(checks) {
  return checks.some((c) => historyView(c) !== null);
}

export {
  historyMarkdown,
  chooseHistoryDetail,
  historyAt,
  hasHistory
};
