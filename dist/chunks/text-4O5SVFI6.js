import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  categoryShares,
  hasNumericSummary,
  summaryRows
} from "./chunk-762UMVV3.js";
import {
  attributionEvidence,
  checkRow,
  driftDetails,
  flaggedDriftColumns,
  flaggedQualityColumns,
  formatCounts,
  groupEvidence,
  groupNoun,
  historyView,
  multivariateEvidence,
  orderedChecks,
  qualityDetails,
  shardLine
} from "./chunk-LVWLLQQY.js";
import {
  formatDriftPValue,
  formatDriftStatistic,
  formatGroupValue,
  formatInstant,
  formatValue,
  formatValueBeside,
  groupValueHeading,
  statusLabel,
  valueHint
} from "./chunk-DNEAIUDC.js";
import {
  displayWidth,
  escapeTerminal,
  pad,
  truncate
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/report/text.ts
var DEFAULT_WIDTH = 100;
var MIN_MESSAGE = 24;
var MAX_NAME = 32;
var MAX_TEXT = 1e3;
var INDENT = "  ";
var MAX_GROUP_ROWS = 10;
var MAX_ATTRIBUTION_ROWS = 5;
var TERMINAL_CATEGORIES = 3;
var STYLES = {
  fail: "\x1B[1;31m",
  error: "\x1B[1;35m",
  warn: "\x1B[33m",
  no_data: "\x1B[36m",
  pass: "\x1B[32m",
  pending: "\x1B[33m",
  inhibited: "\x1B[2m",
  silenced: "\x1B[2m",
  skipped: "\x1B[2m"
};
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
var DIM = "\x1B[2m";
function painter(color) {
  const wrap = (style, text) => color && text !== "" ? `${style}${text}${RESET}` : text;
  return {
    status: (status, text) => wrap(STYLES[status], text),
    bold: (text) => wrap(BOLD, text),
    dim: (text) => wrap(DIM, text)
  };
}
function safe(value, max = MAX_TEXT) {
  return truncate(escapeTerminal(value), Math.min(max, MAX_TEXT));
}
function fitWidths(columns, natural, shrinkOrder, width, indent) {
  const widths = [...natural];
  let overflow = indent + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - width;
  for (const i of shrinkOrder) {
    if (overflow <= 0) break;
    const min = Math.min(columns[i]?.min ?? Number.POSITIVE_INFINITY, widths[i] ?? 0);
    const cut = Math.min(overflow, (widths[i] ?? 0) - min);
    widths[i] = (widths[i] ?? 0) - cut;
    overflow -= cut;
  }
  return widths;
}
function table(columns, rows, statusColumn, shrinkOrder, indent, width, paint) {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r.cells[i] ?? ""))));
  const widths = fitWidths(columns, natural, shrinkOrder, width, indent.length);
  const line = (cells, style) => indent + cells.map((cell, i) => {
    const w = widths[i] ?? 0;
    const last = i === cells.length - 1;
    const text = truncate(cell, w);
    const padded = last && columns[i]?.align !== "right" ? text : pad(text, w, columns[i]?.align);
    return style(i, padded);
  }).join("  ").trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      (_, text) => paint.dim(text)
    ),
    ...rows.map(
      (row) => line(row.cells, (i, text) => i === statusColumn ? paint.status(row.status, text) : text)
    )
  ];
}
function header(report, paint) {
  const counts = formatCounts(report.models);
  const plural = report.summary.models === 1 ? "model" : "models";
  return [
    `${paint.bold(`modelwatch ${safe(report.tool.version)}`)} ${paint.dim(`\xB7 ${safe(formatInstant(report.generated_at))}`)}`,
    `${paint.status(report.status, statusLabel(report.status).toUpperCase())}  ${report.summary.models} ${plural}${report.models.length > 0 ? `: ${counts}` : ""}`,
    ...shardLine(report) === null ? [] : [safe(shardLine(report) ?? "")]
  ];
}
function policyErrors(report, width, paint) {
  if (report.policy_errors.length === 0) return [];
  const lines = [paint.status("error", `Policy errors (${report.policy_errors.length})`)];
  for (const e of report.policy_errors) {
    lines.push(`${INDENT}${safe(`${e.file}:${e.line}:${e.column}: ${e.message}`, Math.max(MIN_MESSAGE, width - 2))}`);
  }
  return lines;
}
function fleet(report, width, paint) {
  if (report.models.length === 0) return [];
  const rows = report.models.map((m) => ({
    status: m.status,
    cells: [
      statusLabel(m.status).toUpperCase(),
      safe(m.name, MAX_NAME),
      m.error === null ? formatCounts(m.checks) : `${formatCounts(m.checks)} \xB7 ${safe(m.error)}`
    ]
  }));
  return table([{ header: "STATUS" }, { header: "MODEL", min: 16 }, { header: "CHECKS", min: MIN_MESSAGE }], rows, 0, [2, 1], "", width, paint);
}
function describeModel(model) {
  const facts = [`policy ${safe(model.policy)}`];
  if (model.version !== null) facts.push(`version ${safe(model.version)}`);
  if (model.task !== null) facts.push(`task ${model.task}`);
  const lines = [facts.join(" \xB7 ")];
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${safe(formatInstant(start ?? "\u2026"))} \u2192 ${safe(formatInstant(end ?? "\u2026"))}`;
    lines.push(length === null ? `window ${span}` : `window ${safe(length)}: ${span}`);
  }
  const rows = [`reference ${formatValue(model.rows.reference, "count")}`, `current ${formatValue(model.rows.current, "count")}`];
  lines.push(`rows ${rows.join(", ")}${model.rows.sampled ? " (sampled)" : ""}`);
  const people = [];
  if (model.owners.length > 0) people.push(`owners ${model.owners.map((o) => safe(o)).join(", ")}`);
  if (model.runbook !== null) people.push(`runbook ${safe(model.runbook)}`);
  if (people.length > 0) lines.push(people.join(" \xB7 "));
  return lines;
}
var WIDE_ENOUGH_FOR_TYPE = 100;
function checksTable(checks, width, paint) {
  if (checks.length === 0) return [`${INDENT}${paint.dim("no checks were evaluated")}`];
  const withType = width >= WIDE_ENOUGH_FOR_TYPE;
  const rows = checks.map(checkRow).map((r) => {
    const cells = [r.alert === "" ? statusLabel(r.status) : `${statusLabel(r.status)} (${safe(r.alert)})`, safe(r.id, MAX_NAME), r.value, safe(r.thresholds), safe(r.message)];
    if (withType) cells.splice(2, 0, r.type);
    return { status: r.status, cells };
  });
  const columns = [
    { header: "STATUS" },
    { header: "CHECK", min: 16 },
    { header: "VALUE", align: "right" },
    { header: "THRESHOLD", min: 16 },
    { header: "MESSAGE", min: MIN_MESSAGE }
  ];
  if (withType) columns.splice(2, 0, { header: "TYPE" });
  const last = columns.length - 1;
  return table(columns, rows, 0, [last, last - 1, 1], INDENT, width, paint);
}
function driftSection(check, details, width, paint) {
  const flagged = flaggedDriftColumns(details);
  const id = paint.bold(safe(check.id, MAX_NAME));
  const of = `${details.drifted_columns} of ${details.evaluated_columns} columns drifted`;
  if (details.evaluated_columns === 0) return [`${INDENT}${id}: no column could be compared`];
  if (flagged.length === 0) return [`${INDENT}${id}: no column drifted (${details.evaluated_columns} compared)`];
  const rows = flagged.map((c) => ({
    status: c.status,
    cells: [
      safe(c.column, MAX_NAME),
      c.method,
      formatDriftStatistic(c),
      formatDriftPValue(c),
      statusLabel(c.status)
    ]
  }));
  return [
    `${INDENT}${id}: ${of}${details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`}`,
    ...driftTable(rows, width, paint),
    ...columnSummaries(flagged, width, paint)
  ];
}
function columnSummaries(columns, width, paint) {
  const order = ["mean", "median", "p5", "p95", "missing", "count"];
  const lines = [];
  for (const c of columns) {
    let facts = [];
    if (hasNumericSummary(c)) {
      const rows = summaryRows(c.summary);
      facts = order.flatMap((label) => rows.filter((r) => r[0] === label).map(([l, ref, cur]) => `${l} ${ref} \u2192 ${cur}`));
    } else if (c.distribution?.kind === "categories") {
      const shares = categoryShares(c.distribution, TERMINAL_CATEGORIES);
      facts = shares.categories.map((k) => `${safe(k.name, MAX_NAME)} ${formatValue(k.reference, "share")} \u2192 ${formatValue(k.current, "share")}`);
      if (shares.other !== null) facts.push(`${shares.other.count} other ${formatValue(shares.other.reference, "share")} \u2192 ${formatValue(shares.other.current, "share")}`);
    }
    if (facts.length > 0) lines.push(`${INDENT}${INDENT}${truncate(`${pad(safe(c.column, MAX_NAME), 16)}  ${facts.join(" \xB7 ")}`, width - 4)}`);
  }
  return lines.length === 0 ? [] : [`${INDENT}${INDENT}${paint.dim("reference \u2192 current")}`, ...lines];
}
function driftTable(rows, width, paint) {
  return [
    ...table(
      [
        { header: "COLUMN", min: 16 },
        { header: "METHOD" },
        { header: "STATISTIC", align: "right" },
        { header: "P-VALUE", align: "right" },
        { header: "STATUS" }
      ],
      rows,
      4,
      [0],
      INDENT + INDENT,
      width,
      paint
    )
  ];
}
function detailTable(headers, rows, width, paint) {
  const [name, first, second] = headers;
  const columns = [
    { header: name, min: 16 },
    { header: first, align: "right" },
    { header: second, align: "right" },
    { header: "STATUS" },
    { header: "MESSAGE", min: MIN_MESSAGE }
  ];
  return table(columns, rows, 3, [4, 0], INDENT + INDENT, width, paint);
}
function qualitySection(check, details, width, paint) {
  const flagged = flaggedQualityColumns(details);
  if (flagged.length === 0 && details.problems.length === 0) return [];
  const id = paint.bold(safe(check.id, MAX_NAME));
  const lines = [];
  const hint = valueHint(check);
  if (flagged.length > 0) {
    lines.push(`${INDENT}${id}: ${flagged.length} of ${details.columns.length} columns over threshold`);
    const rows = flagged.map((c) => ({
      status: c.status,
      cells: [
        safe(c.column, MAX_NAME),
        formatValueBeside(c.value, hint, check.thresholds, c.status),
        c.count === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`,
        statusLabel(c.status),
        safe(c.message)
      ]
    }));
    lines.push(...detailTable(["COLUMN", "VALUE", "ROWS"], rows, width, paint));
  }
  if (details.problems.length > 0) {
    lines.push(`${INDENT}${id}: ${details.problems.length} schema ${details.problems.length === 1 ? "problem" : "problems"}`);
    for (const problem of details.problems) lines.push(`${INDENT}${INDENT}- ${safe(problem, Math.max(MIN_MESSAGE, width - 6))}`);
  }
  return lines;
}
function groupSection(check, groups, width, paint) {
  if (check.status !== "fail" && check.status !== "warn") return [];
  const hint = valueHint(check);
  const shown = groups.slice(0, MAX_GROUP_ROWS);
  const rows = shown.map((g) => ({
    status: g.status ?? check.status,
    cells: [
      safe(g.group, MAX_NAME),
      formatValue(g.rows, "count"),
      formatGroupValue(g, hint),
      g.status === null ? "\u2014" : statusLabel(g.status),
      safe(g.message)
    ]
  }));
  const lines = [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: by ${groupNoun(check)} (${groups.length})`,
    ...detailTable([groupNoun(check).toUpperCase(), "ROWS", groupValueHeading(groups).toUpperCase()], rows, width, paint)
  ];
  const hidden = groups.length - shown.length;
  if (hidden > 0) lines.push(`${INDENT}${INDENT}${paint.dim(`\u2026 and ${hidden} more ${hidden === 1 ? "group" : "groups"} (every group is in the JSON, Markdown and HTML reports)`)}`);
  return lines;
}
function attributionSection(check, width, paint) {
  const attribution = attributionEvidence(check);
  if (attribution === null) return [];
  const shown = attribution.features.slice(0, MAX_ATTRIBUTION_ROWS);
  const rows = shown.map((f) => ({
    status: check.status,
    cells: [
      safe(f.column, MAX_NAME),
      formatValue(f.explained),
      formatValue(f.share, "share"),
      statusLabel(check.status),
      `reweighted reference ${formatValue(f.reweighted)}${f.unrepresented !== null && f.unrepresented > 0 ? `; ${formatValue(f.unrepresented, "share")} of current rows unrepresented` : ""}`
    ]
  }));
  return [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: what explains the ${attribution.direction} (${attribution.features.length} features)`,
    ...detailTable(["FEATURE", "EXPLAINED", "SHARE"], rows, width, paint)
  ];
}
function multivariateSection(check, width, paint) {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null || check.status !== "fail" && check.status !== "warn") return [];
  const rows = evidence.features.map((f) => ({ status: check.status, cells: [safe(f.feature, MAX_NAME), formatValue(f.contribution), safe(f.detail)] }));
  return [
    `${INDENT}${paint.bold(safe(check.id, MAX_NAME))}: top features (${evidence.features.length} of ${evidence.total})`,
    ...table([{ header: "FEATURE", min: 16 }, { header: "CONTRIBUTION", align: "right" }, { header: "DETAIL", min: MIN_MESSAGE }], rows, 3, [2, 0], INDENT + INDENT, width, paint)
  ];
}
function historyLine(check, width, paint) {
  const view = historyView(check);
  if (view === null) return [];
  const head = `${INDENT}${safe(check.id, MAX_NAME)}: last ${view.runs} runs `;
  const tokens = view.rows.map((r) => ({ plain: r.status === "pass" ? r.value : `${r.value} ${statusLabel(r.status)}`, status: r.status }));
  const allBounds = view.lines.length === 0 ? "" : ` \xB7 bounds ${view.lines.map((l) => l.label).join(", ")}`;
  const lastWidth = displayWidth(tokens[tokens.length - 1]?.plain ?? "") + 2;
  const bounds = displayWidth(head) + lastWidth + displayWidth(allBounds) <= width ? allBounds : "";
  const room = width - displayWidth(head) - displayWidth(bounds);
  const kept = [];
  let used = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    const cost = displayWidth(token.plain) + (kept.length === 0 ? 0 : 3);
    if (kept.length > 0 && used + cost + 4 > room) break;
    kept.unshift(token);
    used += cost;
  }
  const cut = kept.length < tokens.length || view.runs > view.rows.length ? "\u2026 " : "";
  const values = kept.map((t) => t.status === "pass" ? t.plain : paint.status(t.status, t.plain)).join(" \xB7 ");
  const name = paint.bold(safe(check.id, MAX_NAME));
  return [`${INDENT}${name}: last ${view.runs} runs ${cut}${values}${paint.dim(bounds)}`];
}
function modelSection(model, width, paint) {
  const title = `${paint.bold(safe(model.name))} ${paint.dim("\u2014")} ${paint.status(model.status, statusLabel(model.status).toUpperCase())}`;
  const lines = [title, ...describeModel(model).map((l) => `${INDENT}${paint.dim(truncate(l, width - 2))}`)];
  if (model.error !== null) lines.push(`${INDENT}${paint.status("error", "error:")} ${safe(model.error)}`);
  const checks = orderedChecks(model);
  lines.push("", ...checksTable(checks, width, paint));
  const columnLines = [];
  for (const check of checks) {
    const drift = driftDetails(check);
    if (drift !== null) columnLines.push(...driftSection(check, drift, width, paint));
    const quality = qualityDetails(check);
    if (quality !== null) columnLines.push(...qualitySection(check, quality, width, paint));
    const groups = groupEvidence(check);
    if (groups !== null) columnLines.push(...groupSection(check, groups, width, paint));
    columnLines.push(...attributionSection(check, width, paint));
    columnLines.push(...multivariateSection(check, width, paint));
    columnLines.push(...historyLine(check, width, paint));
  }
  if (columnLines.length > 0) lines.push("", ...columnLines);
  return lines;
}
function renderText(report, options) {
  const width = Math.max(40, options.width ?? DEFAULT_WIDTH);
  const paint = painter(options.color);
  const blocks = [header(report, paint), policyErrors(report, width, paint), fleet(report, width, paint)];
  for (const model of report.models) blocks.push(modelSection(model, width, paint));
  return `${blocks.filter((b) => b.length > 0).map((b) => b.join("\n")).join("\n\n")}
`;
}
export {
  renderText
};
