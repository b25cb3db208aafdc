import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  historyMarkdown
} from "./chunk-XYOAXCDO.js";
import {
  attributionEvidence,
  byStatus,
  checkRow,
  driftDetails,
  failingChecks,
  formatCounts,
  groupEvidence,
  groupNoun,
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
  statusSymbol,
  valueHint
} from "./chunk-DNEAIUDC.js";
import {
  escapeMarkdown
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
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
function table(rows, align) {
  return markdownTable(rows, { alignDelimiters: false, ...align ? { align } : {} });
}
function status(s) {
  return `${statusSymbol(s)} ${statusLabel(s)}`;
}
function header(report) {
  const plural = report.summary.models === 1 ? "model" : "models";
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : "";
  return [
    "# modelwatch report",
    `${status(report.status)} \xB7 ${report.summary.models} ${plural}${counts} \xB7 generated ${escapeMarkdown(formatInstant(report.generated_at))} by modelwatch ${escapeMarkdown(report.tool.version)}`,
    ...shardLine(report) === null ? [] : [escapeMarkdown(shardLine(report) ?? "")]
  ];
}
function policyErrors(report) {
  if (report.policy_errors.length === 0) return [];
  return [
    `## ${statusSymbol("error")} Policy errors`,
    report.policy_errors.map((e) => `- ${escapeMarkdown(`${e.file}:${e.line}:${e.column}: ${e.message}`)}`).join("\n")
  ];
}
function fleet(report) {
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
  return ["## Models", table([["Model", "Status", "Failing checks", "Checks"], ...rows])];
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
function checksTable(checks) {
  if (checks.length === 0) return "No check was evaluated.";
  const rows = checks.map(checkRow).map((r) => [
    `${status(r.status)}${r.alert === "" ? "" : ` (${escapeMarkdown(r.alert)})`}`,
    escapeMarkdown(r.id),
    escapeMarkdown(r.type),
    r.value,
    escapeMarkdown(r.thresholds),
    escapeMarkdown(r.message)
  ]);
  return table([["Status", "Check", "Type", "Value", "Threshold", "Message"], ...rows], ["l", "l", "l", "r", "l", "l"]);
}
function driftSection(check, details) {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`;
  const verdict = details.share_drifted_status === null ? "" : `; share of drifted columns: ${status(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c) => [
    escapeMarkdown(c.column),
    c.kind,
    escapeMarkdown(c.method),
    formatDriftStatistic(c),
    formatDriftPValue(c),
    status(c.status),
    c.drifted ? "yes" : "no",
    `${formatValue(c.reference_rows, "count")} / ${formatValue(c.current_rows, "count")}`
  ]);
  return [
    `### ${escapeMarkdown(check.id)}: drift by column`,
    `${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}${verdict}.`,
    table(
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
function qualitySection(check, details) {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`### ${escapeMarkdown(check.id)}: ${escapeMarkdown(details.metric)} by column`];
  if (details.columns.length > 0) {
    const hint = valueHint(check);
    const rows = byStatus(details.columns).map((c) => [
      escapeMarkdown(c.column),
      formatValueBeside(c.value, hint, check.thresholds, c.status),
      c.count === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`,
      status(c.status),
      qualityDetail(c)
    ]);
    out.push(table([["Column", "Value", "Rows", "Status", "Detail"], ...rows], ["l", "r", "r", "l", "l"]));
  }
  if (details.problems.length > 0) out.push(details.problems.map((p) => `- ${escapeMarkdown(p)}`).join("\n"));
  return out;
}
function groupSection(check, groups) {
  const hint = valueHint(check);
  const rows = groups.map((g) => [escapeMarkdown(g.group), formatValue(g.rows, "count"), formatGroupValue(g, hint), g.status === null ? "\u2014" : status(g.status), escapeMarkdown(g.message)]);
  return [
    `### ${escapeMarkdown(check.id)}: by ${groupNoun(check)}`,
    table([[groupNoun(check) === "class" ? "Class" : "Group", "Rows", groupValueHeading(groups), "Status", "Detail"], ...rows], ["l", "r", "r", "l", "l"])
  ];
}
function attributionSection(check, attribution) {
  const rows = attribution.features.map((f) => [escapeMarkdown(f.column), formatValue(f.reweighted), formatValue(f.explained), formatValue(f.share, "share"), formatValue(f.unrepresented, "share")]);
  return [
    `### ${escapeMarkdown(check.id)}: what explains the ${attribution.direction}`,
    escapeMarkdown(attribution.summary),
    table([["Feature", "Reweighted reference", "Explained", "Share", "Unrepresented"], ...rows], ["l", "r", "r", "r", "r"])
  ];
}
function multivariateSection(check) {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null) return [];
  const rows = evidence.features.map((f) => [escapeMarkdown(f.feature), formatValue(f.contribution), escapeMarkdown(f.detail)]);
  return [`### ${escapeMarkdown(check.id)}: top features (${evidence.features.length} of ${evidence.total})`, table([["Feature", "Contribution", "Detail"], ...rows], ["l", "r", "l"])];
}
function modelSection(model) {
  const out = [`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)}`, facts(model)];
  if (model.error !== null) out.push(`> **Error:** ${escapeMarkdown(model.error)}`);
  const checks = orderedChecks(model);
  out.push(checksTable(checks));
  for (const check of checks) {
    const drift = driftDetails(check);
    if (drift !== null) out.push(...driftSection(check, drift));
    const quality = qualityDetails(check);
    if (quality !== null) out.push(...qualitySection(check, quality));
    const groups = groupEvidence(check);
    if (groups !== null) out.push(...groupSection(check, groups));
    const attribution = attributionEvidence(check);
    if (attribution !== null) out.push(...attributionSection(check, attribution));
    out.push(...multivariateSection(check));
    const history = historyMarkdown(check, { heading: "###" });
    if (history !== "") out.push(history);
  }
  return out;
}
function renderMarkdown(report) {
  const blocks = [...header(report), ...policyErrors(report), ...fleet(report)];
  for (const model of report.models) blocks.push(...modelSection(model));
  return `${blocks.join("\n\n")}
`;
}
export {
  renderMarkdown
};
