#!/usr/bin/env node
import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  byStatus,
  checkThresholds,
  displayWidth,
  driftDetails,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
  evaluate,
  exitCodeFor,
  failingChecks,
  flaggedDriftColumns,
  flaggedQualityColumns,
  formatCounts,
  formatDriftPValue,
  formatGroupValue,
  formatInstant,
  formatValue,
  groupEvidence,
  groupValueHeading,
  loadPolicies,
  maskOutput,
  orderedChecks,
  pad,
  qualityDetails,
  renderJson,
  statusLabel,
  statusSymbol,
  truncate,
  valueHint
} from "./chunks/chunk-XDH2ZR6S.js";
import "./chunks/chunk-RG6GFNFR.js";
import "./chunks/chunk-7GLT4SYM.js";
import "./chunks/chunk-4KFACLJC.js";
import {
  parseIsoTimestamp
} from "./chunks/chunk-B2BCY6BL.js";
import "./chunks/chunk-Y4NRPXVJ.js";

// src/cli.ts
import { stat as stat2 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/policy/format.ts
function formatPolicyError(e) {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

// src/report/text.ts
var DEFAULT_WIDTH = 100;
var MIN_MESSAGE = 24;
var MAX_NAME = 32;
var MAX_TEXT = 1e3;
var INDENT = "  ";
var MAX_GROUP_ROWS = 10;
var STYLES = {
  fail: "\x1B[1;31m",
  error: "\x1B[1;35m",
  warn: "\x1B[33m",
  no_data: "\x1B[36m",
  pass: "\x1B[32m",
  silenced: "\x1B[2m",
  skipped: "\x1B[2m"
};
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
var DIM = "\x1B[2m";
function painter(color) {
  const wrap = (style, text2) => color && text2 !== "" ? `${style}${text2}${RESET}` : text2;
  return {
    status: (status3, text2) => wrap(STYLES[status3], text2),
    bold: (text2) => wrap(BOLD, text2),
    dim: (text2) => wrap(DIM, text2)
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
    const text2 = truncate(cell, w);
    const padded = last && columns[i]?.align !== "right" ? text2 : pad(text2, w, columns[i]?.align);
    return style(i, padded);
  }).join("  ").trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      (_, text2) => paint.dim(text2)
    ),
    ...rows.map(
      (row) => line(row.cells, (i, text2) => i === statusColumn ? paint.status(row.status, text2) : text2)
    )
  ];
}
function header(report, paint) {
  const counts = formatCounts(report.models);
  const plural = report.summary.models === 1 ? "model" : "models";
  return [
    `${paint.bold(`modelwatch ${safe(report.tool.version)}`)} ${paint.dim(`\xB7 ${safe(formatInstant(report.generated_at))}`)}`,
    `${paint.status(report.status, statusLabel(report.status).toUpperCase())}  ${report.summary.models} ${plural}${report.models.length > 0 ? `: ${counts}` : ""}`
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
  const facts3 = [`policy ${safe(model.policy)}`];
  if (model.version !== null) facts3.push(`version ${safe(model.version)}`);
  if (model.task !== null) facts3.push(`task ${model.task}`);
  const lines = [facts3.join(" \xB7 ")];
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
  const rows = checks.map((c) => {
    const value = `${formatValue(c.value, valueHint(c))}${c.estimated === true ? " (est.)" : ""}`;
    const cells = [statusLabel(c.status), safe(c.id, MAX_NAME), value, safe(checkThresholds(c)), safe(c.message)];
    if (withType) cells.splice(2, 0, c.type);
    return { status: c.status, cells };
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
function driftSection(check2, details, width, paint) {
  const flagged = flaggedDriftColumns(details);
  const id = paint.bold(safe(check2.id, MAX_NAME));
  const of = `${details.drifted_columns} of ${details.evaluated_columns} columns drifted`;
  if (details.evaluated_columns === 0) return [`${INDENT}${id}: no column could be compared`];
  if (flagged.length === 0) return [`${INDENT}${id}: no column drifted (${details.evaluated_columns} compared)`];
  const rows = flagged.map((c) => ({
    status: c.status,
    cells: [
      safe(c.column, MAX_NAME),
      c.method,
      formatValue(c.statistic),
      formatDriftPValue(c),
      statusLabel(c.status)
    ]
  }));
  return [
    `${INDENT}${id}: ${of}${details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`}`,
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
function qualitySection(check2, details, width, paint) {
  const flagged = flaggedQualityColumns(details);
  if (flagged.length === 0 && details.problems.length === 0) return [];
  const id = paint.bold(safe(check2.id, MAX_NAME));
  const lines = [];
  const hint = valueHint(check2);
  if (flagged.length > 0) {
    lines.push(`${INDENT}${id}: ${flagged.length} of ${details.columns.length} columns over threshold`);
    const rows = flagged.map((c) => ({
      status: c.status,
      cells: [
        safe(c.column, MAX_NAME),
        formatValue(c.value, hint),
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
function groupSection(check2, groups, width, paint) {
  if (check2.status !== "fail" && check2.status !== "warn") return [];
  const hint = valueHint(check2);
  const shown = groups.slice(0, MAX_GROUP_ROWS);
  const rows = shown.map((g) => ({
    status: g.status ?? check2.status,
    cells: [
      safe(g.group, MAX_NAME),
      formatValue(g.rows, "count"),
      formatGroupValue(g, hint),
      g.status === null ? "\u2014" : statusLabel(g.status),
      safe(g.message)
    ]
  }));
  const lines = [
    `${INDENT}${paint.bold(safe(check2.id, MAX_NAME))}: by group (${groups.length})`,
    ...detailTable(["GROUP", "ROWS", groupValueHeading(groups).toUpperCase()], rows, width, paint)
  ];
  const hidden = groups.length - shown.length;
  if (hidden > 0) lines.push(`${INDENT}${INDENT}${paint.dim(`\u2026 and ${hidden} more ${hidden === 1 ? "group" : "groups"} (every group is in the JSON, Markdown and HTML reports)`)}`);
  return lines;
}
function modelSection(model, width, paint) {
  const title = `${paint.bold(safe(model.name))} ${paint.dim("\u2014")} ${paint.status(model.status, statusLabel(model.status).toUpperCase())}`;
  const lines = [title, ...describeModel(model).map((l) => `${INDENT}${paint.dim(truncate(l, width - 2))}`)];
  if (model.error !== null) lines.push(`${INDENT}${paint.status("error", "error:")} ${safe(model.error)}`);
  const checks = orderedChecks(model);
  lines.push("", ...checksTable(checks, width, paint));
  const columnLines = [];
  for (const check2 of checks) {
    const drift = driftDetails(check2);
    if (drift !== null) columnLines.push(...driftSection(check2, drift, width, paint));
    const quality = qualityDetails(check2);
    if (quality !== null) columnLines.push(...qualitySection(check2, quality, width, paint));
    const groups = groupEvidence(check2);
    if (groups !== null) columnLines.push(...groupSection(check2, groups, width, paint));
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

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table4, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table4.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table4[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table4[rowIndex].length;
    }
    while (++columnIndex2 < table4[rowIndex].length) {
      const cell = serialize(table4[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/markdown.ts
function table2(rows, align) {
  return markdownTable(rows, { alignDelimiters: false, ...align ? { align } : {} });
}
function status(s) {
  return `${statusSymbol(s)} ${statusLabel(s)}`;
}
function header2(report) {
  const plural = report.summary.models === 1 ? "model" : "models";
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : "";
  return [
    "# modelwatch report",
    `${status(report.status)} \xB7 ${report.summary.models} ${plural}${counts} \xB7 generated ${escapeMarkdown(formatInstant(report.generated_at))} by modelwatch ${escapeMarkdown(report.tool.version)}`
  ];
}
function policyErrors2(report) {
  if (report.policy_errors.length === 0) return [];
  return [
    `## ${statusSymbol("error")} Policy errors`,
    report.policy_errors.map((e) => `- ${escapeMarkdown(`${e.file}:${e.line}:${e.column}: ${e.message}`)}`).join("\n")
  ];
}
function fleet2(report) {
  if (report.models.length === 0) return ["No model was evaluated."];
  const rows = report.models.map((m) => {
    const failing = failingChecks(m);
    return [
      escapeMarkdown(m.name),
      status(m.status),
      failing.length > 0 ? failing.map(escapeMarkdown).join(", ") : m.error !== null ? "model error" : "\u2014",
      formatCounts(m.checks)
    ];
  });
  return ["## Models", table2([["Model", "Status", "Failing checks", "Checks"], ...rows])];
}
function facts(model) {
  const items = [`**Policy:** ${escapeMarkdown(model.policy)}`];
  if (model.version !== null) items.push(`**Version:** ${escapeMarkdown(model.version)}`);
  if (model.task !== null) items.push(`**Task:** ${escapeMarkdown(model.task)}`);
  if (model.owners.length > 0) items.push(`**Owners:** ${model.owners.map(escapeMarkdown).join(", ")}`);
  if (model.runbook !== null) items.push(`**Runbook:** ${escapeMarkdown(model.runbook)}`);
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${escapeMarkdown(formatInstant(start ?? "\u2026"))} \u2192 ${escapeMarkdown(formatInstant(end ?? "\u2026"))}`;
    items.push(`**Window:** ${length === null ? span : `${escapeMarkdown(length)}, ${span}`}`);
  }
  const rows = `reference ${formatValue(model.rows.reference, "count")}, current ${formatValue(model.rows.current, "count")}`;
  items.push(`**Rows:** ${rows}${model.rows.sampled ? " (sampled)" : ""}`);
  return items.map((item) => `- ${item}`).join("\n");
}
function checksTable2(checks) {
  if (checks.length === 0) return "No check was evaluated.";
  const rows = checks.map((c) => {
    const hint = valueHint(c);
    return [
      status(c.status),
      escapeMarkdown(c.id),
      escapeMarkdown(c.type),
      `${formatValue(c.value, hint)}${c.estimated === true ? " (estimated)" : ""}`,
      escapeMarkdown(checkThresholds(c)),
      escapeMarkdown(c.message)
    ];
  });
  return table2([["Status", "Check", "Type", "Value", "Threshold", "Message"], ...rows], ["l", "l", "l", "r", "l", "l"]);
}
function driftSection2(check2, details) {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`;
  const verdict = details.share_drifted_status === null ? "" : `; share of drifted columns: ${status(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c) => [
    escapeMarkdown(c.column),
    c.kind,
    escapeMarkdown(c.method),
    formatValue(c.statistic),
    formatDriftPValue(c),
    status(c.status),
    c.drifted ? "yes" : "no",
    `${formatValue(c.reference_rows, "count")} / ${formatValue(c.current_rows, "count")}`
  ]);
  return [
    `### ${escapeMarkdown(check2.id)}: drift by column`,
    `${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}${verdict}.`,
    table2(
      [["Column", "Kind", "Method", "Statistic", "p-value", "Status", "Drifted", "Rows (ref / cur)"], ...rows],
      ["l", "l", "l", "r", "r", "l", "l", "r"]
    )
  ];
}
function qualityDetail(c) {
  const parts = [];
  if (c.range) parts.push(`range ${formatValue(c.range.min)} to ${formatValue(c.range.max)}`);
  if (c.top_unseen && c.top_unseen.length > 0) {
    parts.push(`unseen: ${c.top_unseen.map((u) => `${escapeMarkdown(u.value)} (${formatValue(u.count, "count")})`).join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "\u2014";
}
function qualitySection2(check2, details) {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`### ${escapeMarkdown(check2.id)}: ${escapeMarkdown(details.metric)} by column`];
  if (details.columns.length > 0) {
    const hint = valueHint(check2);
    const rows = byStatus(details.columns).map((c) => [
      escapeMarkdown(c.column),
      formatValue(c.value, hint),
      c.count === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`,
      status(c.status),
      qualityDetail(c)
    ]);
    out.push(table2([["Column", "Value", "Rows", "Status", "Detail"], ...rows], ["l", "r", "r", "l", "l"]));
  }
  if (details.problems.length > 0) out.push(details.problems.map((p) => `- ${escapeMarkdown(p)}`).join("\n"));
  return out;
}
function groupSection2(check2, groups) {
  const hint = valueHint(check2);
  const rows = groups.map((g) => [escapeMarkdown(g.group), formatValue(g.rows, "count"), formatGroupValue(g, hint), g.status === null ? "\u2014" : status(g.status), escapeMarkdown(g.message)]);
  return [
    `### ${escapeMarkdown(check2.id)}: by group`,
    table2([["Group", "Rows", groupValueHeading(groups), "Status", "Detail"], ...rows], ["l", "r", "r", "l", "l"])
  ];
}
function modelSection2(model) {
  const out = [`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)}`, facts(model)];
  if (model.error !== null) out.push(`> **Error:** ${escapeMarkdown(model.error)}`);
  const checks = orderedChecks(model);
  out.push(checksTable2(checks));
  for (const check2 of checks) {
    const drift = driftDetails(check2);
    if (drift !== null) out.push(...driftSection2(check2, drift));
    const quality = qualityDetails(check2);
    if (quality !== null) out.push(...qualitySection2(check2, quality));
    const groups = groupEvidence(check2);
    if (groups !== null) out.push(...groupSection2(check2, groups));
  }
  return out;
}
function renderMarkdown(report) {
  const blocks = [...header2(report), ...policyErrors2(report), ...fleet2(report)];
  for (const model of report.models) blocks.push(...modelSection2(model));
  return `${blocks.join("\n\n")}
`;
}

// src/report/html.ts
var STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --head: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --head: #151b23; } }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--head); } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted, dl { color: var(--muted); } dl { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
.status { white-space: nowrap; font-weight: 600; }
.fail { color: #d1242f; } .error { color: #8250df; } .warn { color: #9a6700; } .no_data { color: #0969da; } .pass { color: #1a7f37; } .silenced, .skipped { color: var(--muted); }
.alert { border-left: 4px solid #8250df; padding: .5rem 1rem; background: var(--head); }
`;
function status2(s) {
  return `<span class="status ${s}">${escapeHtml(statusSymbol(s))} ${escapeHtml(statusLabel(s))}</span>`;
}
function table3(headers, rows) {
  const head = `<tr>${headers.map((t) => `<th>${escapeHtml(t)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => c.numeric === true ? `<td class="num">${c.html}</td>` : `<td>${c.html}</td>`).join("")}</tr>`);
  return `<table>
<thead>${head}</thead>
<tbody>
${body.join("\n")}
</tbody>
</table>`;
}
var text = (value) => ({ html: escapeHtml(value) });
var num = (value) => ({ html: escapeHtml(value), numeric: true });
var badge = (s) => ({ html: status2(s) });
function header3(report) {
  const plural = report.summary.models === 1 ? "model" : "models";
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : "";
  return [
    "<h1>modelwatch report</h1>",
    `<p>${status2(report.status)} \xB7 ${escapeHtml(`${report.summary.models} ${plural}${counts}`)} \xB7 <span class="muted">generated ${escapeHtml(formatInstant(report.generated_at))} by modelwatch ${escapeHtml(report.tool.version)}</span></p>`
  ];
}
function policyErrors3(report) {
  if (report.policy_errors.length === 0) return [];
  const items = report.policy_errors.map((e) => `<li><code>${escapeHtml(`${e.file}:${e.line}:${e.column}`)}</code>: ${escapeHtml(e.message)}</li>`);
  return [`<h2>${escapeHtml(statusSymbol("error"))} Policy errors</h2>`, `<ul>
${items.join("\n")}
</ul>`];
}
function fleet3(report) {
  if (report.models.length === 0) return ["<p>No model was evaluated.</p>"];
  const rows = report.models.map((m) => {
    const failing = failingChecks(m);
    return [
      text(m.name),
      badge(m.status),
      text(failing.length > 0 ? failing.join(", ") : m.error !== null ? "model error" : "\u2014"),
      text(formatCounts(m.checks))
    ];
  });
  return ["<h2>Models</h2>", table3(["Model", "Status", "Failing checks", "Checks"], rows)];
}
function facts2(model) {
  const items = [["Policy", model.policy]];
  if (model.version !== null) items.push(["Version", model.version]);
  if (model.task !== null) items.push(["Task", model.task]);
  if (model.owners.length > 0) items.push(["Owners", model.owners.join(", ")]);
  if (model.runbook !== null) items.push(["Runbook", model.runbook]);
  const { start, end, length } = model.window;
  if (start !== null || end !== null || length !== null) {
    const span = `${formatInstant(start ?? "\u2026")} \u2192 ${formatInstant(end ?? "\u2026")}`;
    items.push(["Window", length === null ? span : `${length}, ${span}`]);
  }
  const rows = `reference ${formatValue(model.rows.reference, "count")}, current ${formatValue(model.rows.current, "count")}`;
  items.push(["Rows", `${rows}${model.rows.sampled ? " (sampled)" : ""}`]);
  return `<dl>
${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join("\n")}
</dl>`;
}
function checksTable3(checks) {
  if (checks.length === 0) return "<p>No check was evaluated.</p>";
  const rows = checks.map((c) => {
    const hint = valueHint(c);
    return [
      badge(c.status),
      text(c.id),
      text(c.type),
      num(`${formatValue(c.value, hint)}${c.estimated === true ? " (estimated)" : ""}`),
      text(checkThresholds(c)),
      text(c.message)
    ];
  });
  return table3(["Status", "Check", "Type", "Value", "Threshold", "Message"], rows);
}
function driftSection3(check2, details) {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`;
  const verdict = details.share_drifted_status === null ? "" : `; share of drifted columns: ${status2(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c) => [
    text(c.column),
    text(c.kind),
    text(c.method),
    num(formatValue(c.statistic)),
    num(formatDriftPValue(c)),
    badge(c.status),
    text(c.drifted ? "yes" : "no"),
    num(`${formatValue(c.reference_rows, "count")} / ${formatValue(c.current_rows, "count")}`)
  ]);
  return [
    `<h3>${escapeHtml(check2.id)}: drift by column</h3>`,
    `<p>${escapeHtml(`${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}`)}${verdict}.</p>`,
    table3(["Column", "Kind", "Method", "Statistic", "p-value", "Status", "Drifted", "Rows (ref / cur)"], rows)
  ];
}
function qualityDetail2(c) {
  const parts = [];
  if (c.range) parts.push(`range ${formatValue(c.range.min)} to ${formatValue(c.range.max)}`);
  if (c.top_unseen && c.top_unseen.length > 0) {
    parts.push(`unseen: ${c.top_unseen.map((u) => `${u.value} (${formatValue(u.count, "count")})`).join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "\u2014";
}
function qualitySection3(check2, details) {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`<h3>${escapeHtml(`${check2.id}: ${details.metric} by column`)}</h3>`];
  if (details.columns.length > 0) {
    const hint = valueHint(check2);
    const rows = byStatus(details.columns).map((c) => [
      text(c.column),
      num(formatValue(c.value, hint)),
      num(c.count === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`),
      badge(c.status),
      text(qualityDetail2(c))
    ]);
    out.push(table3(["Column", "Value", "Rows", "Status", "Detail"], rows));
  }
  if (details.problems.length > 0) out.push(`<ul>
${details.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("\n")}
</ul>`);
  return out;
}
function groupSection3(check2, groups) {
  const hint = valueHint(check2);
  const rows = groups.map((g) => [
    text(g.group),
    num(formatValue(g.rows, "count")),
    num(formatGroupValue(g, hint)),
    g.status === null ? text("\u2014") : badge(g.status),
    text(g.message)
  ]);
  return [`<h3>${escapeHtml(`${check2.id}: by group`)}</h3>`, table3(["Group", "Rows", groupValueHeading(groups), "Status", "Detail"], rows)];
}
function modelSection3(model) {
  const out = [`<section>`, `<h2>${status2(model.status)} ${escapeHtml(model.name)}</h2>`, facts2(model)];
  if (model.error !== null) out.push(`<p class="alert"><strong>Error:</strong> ${escapeHtml(model.error)}</p>`);
  const checks = orderedChecks(model);
  out.push(checksTable3(checks));
  for (const check2 of checks) {
    const drift = driftDetails(check2);
    if (drift !== null) out.push(...driftSection3(check2, drift));
    const quality = qualityDetails(check2);
    if (quality !== null) out.push(...qualitySection3(check2, quality));
    const groups = groupEvidence(check2);
    if (groups !== null) out.push(...groupSection3(check2, groups));
  }
  out.push("</section>");
  return out;
}
function renderHtml(report) {
  const body = [...header3(report), ...policyErrors3(report), ...fleet3(report)];
  for (const model of report.models) body.push(...modelSection3(model));
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>modelwatch report \xB7 ${escapeHtml(statusLabel(report.status))}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/cli-output.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var OutputError = class extends Error {
  code = "cli/output";
};
function writeProblem(cause) {
  const code = cause?.code;
  switch (code) {
    case "EISDIR":
      return "it is a folder";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is exhausted";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOTDIR":
    case "EEXIST":
      return "part of the path is a file, not a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "EIO":
      return "the device reported an input/output error";
    case "EPIPE":
      return "the reader closed the pipe";
    default: {
      const text2 = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
      return typeof code === "string" ? `${code}: ${text2}` : text2 ?? "unknown error";
    }
  }
}
async function checkOutputPath(file) {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) throw new OutputError(`cannot write the report to ${file}: it is a folder`);
  const parent = await nearestExisting(dirname(file));
  if (parent !== null && !parent.isDirectory) throw new OutputError(`cannot write the report to ${file}: ${parent.path} is a file, not a folder`);
}
async function nearestExisting(folder) {
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info !== null) return { path: at, isDirectory: info.isDirectory() };
    if (dirname(at) === at) return null;
  }
}
async function writeOutputFile(file, text2) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text2);
  } catch (cause) {
    throw new OutputError(`cannot write the report to ${file}: ${writeProblem(cause)}`);
  }
}
function guardStandardStreams(onFailure) {
  let reported = false;
  process.stdout.on("error", (cause) => {
    if (cause.code === "EPIPE" || reported) return;
    reported = true;
    onFailure(`cannot write to standard output: ${writeProblem(cause)}`);
  });
  process.stderr.on("error", () => {
  });
}

// src/cli.ts
var FORMATS = ["text", "json", "markdown", "html"];
var MAIN_HELP = `modelwatch ${"0.1.0"} \u2014 monitoring-as-code for deployed ML models

Usage:
  modelwatch check [PATHS...] [options]    evaluate policies and report
  modelwatch validate [PATHS...]           check policy files for mistakes
  modelwatch --version

PATHS are policy files, folders (searched for *.yaml and *.yml) or globs; default: monitors/.
Run 'modelwatch <command> --help' for a command's options.`;
var CHECK_HELP = `Usage: modelwatch check [PATHS...] [options]

Evaluate every check of every policy under PATHS and report.

Options:
  -f, --format FORMAT   text (default), json, markdown or html
  -o, --out FILE        write the report in FORMAT to FILE; the terminal still gets the text report
      --fail-on LEVEL   exit 1 when a model is at LEVEL or worse: fail (default), warn, never.
                        A check that could not run (error) counts as failing.
      --now INSTANT     the run's clock as an ISO 8601 instant (windows, freshness, silences)
      --root FOLDER     data files must lie inside FOLDER (default: the repository holding
                        each policy, found by its .git, else the working directory)
      --color / --no-color   force colours on or off (default: on for a terminal, off with NO_COLOR)
  -q, --quiet           print nothing but errors
  -h, --help            show this help

Exit codes: 0 nothing fails, 1 something fails, 2 usage or policy errors.`;
var VALIDATE_HELP = `Usage: modelwatch validate [PATHS...] [--root FOLDER]

Check policy files against the schema and the rules of the policy language. Every problem is
printed as file:line:column: message. Exit 1 when there is any problem, 0 otherwise.`;
var UsageError = class extends Error {
};
function parse(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        out: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        now: { type: "string" },
        root: { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" }
      }
    });
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause));
  }
}
function renderReport(report, format, color) {
  switch (format) {
    case "text":
      return renderText(report, { color, width: process.stdout.isTTY ? process.stdout.columns ?? 100 : 200 });
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report);
  }
}
async function check(args) {
  const { values, positionals } = args;
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${format}"`);
  const failOn = values["fail-on"] ?? "fail";
  if (!["fail", "warn", "never"].includes(failOn)) throw new UsageError(`--fail-on must be fail, warn or never, got "${failOn}"`);
  let now;
  if (values.now !== void 0) {
    const ms = parseIsoTimestamp(values.now);
    if (Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 date or date-time that exists (2026-11-24, 2026-11-24T06:00:00Z), got "${values.now}"`);
    now = new Date(ms);
  }
  if (values.out !== void 0) await checkOutputPath(values.out);
  const color = values["no-color"] ? false : values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
  const paths = positionals.length > 0 ? positionals : ["monitors"];
  let secrets = [];
  const log = values.quiet ? void 0 : (line) => process.stderr.write(maskOutput(`modelwatch: ${line}
`, secrets));
  const { report, ...run } = await evaluate({ paths, now, log, onSecrets: (found) => secrets = found, ...await rootOption(values.root) });
  const render = (r, f, c) => maskOutput(renderReport(r, f, c), run.secrets);
  if (values.out !== void 0) {
    await writeOutputFile(values.out, render(report, format, false));
    if (!values.quiet) process.stdout.write(render(report, "text", color));
  } else if (!values.quiet || format !== "text") {
    process.stdout.write(render(report, format, color && format === "text"));
  }
  if (values.quiet) for (const error of report.policy_errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}
`, run.secrets));
  return exitCodeFor(report, failOn);
}
async function rootOption(root) {
  if (root === void 0) return {};
  const info = await stat2(root).catch(() => null);
  if (info === null || !info.isDirectory()) throw new UsageError(`--root must be an existing folder, got "${root}"`);
  return { root };
}
async function validate(args) {
  const paths = args.positionals.length > 0 ? args.positionals : ["monitors"];
  const { policies, errors, secrets } = await loadPolicies(paths, await rootOption(args.values.root));
  for (const error of errors) process.stderr.write(maskOutput(`${formatPolicyError(error)}
`, secrets));
  const summary = `${policies.length} valid polic${policies.length === 1 ? "y" : "ies"}, ${errors.length} problem${errors.length === 1 ? "" : "s"}`;
  process.stdout.write(`${summary}
`);
  return errors.length > 0 ? 1 : 0;
}
async function main(argv) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      process.stdout.write(`${MAIN_HELP}
`);
      return command === void 0 ? 2 : 0;
    }
    if (command === "--version" || command === "-V") {
      process.stdout.write(`${"0.1.0"}
`);
      return 0;
    }
    const args = parse(rest);
    if (command === "check") {
      if (!args.values.help) return await check(args);
      process.stdout.write(`${CHECK_HELP}
`);
      return 0;
    }
    if (command === "validate") {
      if (!args.values.help) return await validate(args);
      process.stdout.write(`${VALIDATE_HELP}
`);
      return 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (cause) {
    if (cause instanceof UsageError) {
      process.stderr.write(`modelwatch: ${cause.message} [cli/usage]
Run 'modelwatch --help' for usage.
`);
      return 2;
    }
    if (cause instanceof OutputError) {
      process.stderr.write(`modelwatch: ${cause.message} [${cause.code}]
`);
      return 2;
    }
    throw cause;
  }
}
var outputFailed = false;
guardStandardStreams((message) => {
  outputFailed = true;
  process.stderr.write(`modelwatch: ${message} [cli/output]
`);
  process.exitCode = 2;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  (cause) => {
    process.stderr.write(`modelwatch: internal error: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}
`);
    process.exitCode = 3;
  }
);
export {
  main
};
