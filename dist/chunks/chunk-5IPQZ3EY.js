import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  driftColumnEvidence,
  silenceSnippet
} from "./chunk-762UMVV3.js";
import {
  chooseHistoryDetail,
  hasHistory,
  historyAt
} from "./chunk-XYOAXCDO.js";
import {
  checkRow,
  code,
  driftDetails,
  fitSections,
  fitsWhole,
  flaggedDriftColumns,
  flaggedQualityColumns,
  groupEvidence,
  groupNoun,
  link,
  mention,
  orderedChecks,
  qualityDetails,
  table,
  utf16Chars
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
  escapeMarkdown,
  escapePlainText,
  truncateLength
} from "./chunk-TPAHR6PB.js";

// src/report/title.ts
var TITLE_LIMIT = 256;
var NAMED_CHECKS = 3;
function checksTitle(subject, ids, state) {
  const sorted = [...new Set(ids)].sort();
  const named = sorted.slice(0, NAMED_CHECKS).join(", ");
  const rest = sorted.length > NAMED_CHECKS ? ` and ${sorted.length - NAMED_CHECKS} more` : "";
  const text = sorted.length === 0 ? `${subject}: ${state}` : `${subject}: ${named}${rest} ${state}`;
  return truncateLength(escapePlainText(text), TITLE_LIMIT);
}

// src/report/issue-body.ts
var ISSUE_BODY_LIMIT = 65536;
var MAX_EVIDENCE_ROWS = 25;
function artifactsUrl(run) {
  return `${run.url}#artifacts`;
}
var FAILING = /* @__PURE__ */ new Set(["fail", "error"]);
function issueTitle(model) {
  const failing = model.checks.filter((c) => FAILING.has(c.status)).map((c) => c.id);
  if (failing.length > 0) return checksTitle(model.name, failing, "failing");
  const warning = model.checks.filter((c) => c.status === "warn").map((c) => c.id);
  return warning.length > 0 ? checksTitle(model.name, warning, "warning") : checksTitle(model.name, [], "incident");
}
var STATE = {
  fail: "is failing",
  error: "could not be fully evaluated",
  warn: "has warnings",
  no_data: "has too little data to judge",
  pass: "is healthy",
  silenced: "is silenced",
  pending: "has a breach waiting to fire",
  inhibited: "is inhibited",
  skipped: "was skipped"
};
function renderIssueBody(input) {
  const { model } = input;
  const checks = orderedChecks(model);
  const failing = checks.filter((c) => FAILING.has(c.status));
  const head = [];
  head.push(`## ${statusSymbol(model.status)} ${escapeMarkdown(model.name)} ${STATE[model.status]}`);
  const facts = [];
  facts.push(
    `- **Model:** ${escapeMarkdown(model.name)}${model.version === null ? "" : ` version ${escapeMarkdown(model.version)}`} \xB7 policy ${code(model.policy)}`
  );
  facts.push(`- **Open since:** ${formatInstant(input.openedAt)}${input.firstRun === null ? "" : ` (${link(`run ${input.firstRun.id}`, input.firstRun.url)})`}`);
  if (failing.length > 0) {
    facts.push(`- **Failing:** ${failing.map((c) => `${code(c.id)} since ${formatInstant(input.since[c.id] ?? input.openedAt)}`).join(", ")}`);
  }
  if (model.error !== null) facts.push(`- **Error:** ${escapeMarkdown(model.error)}`);
  facts.push(`- **Data window:** ${windowText(model)}`);
  facts.push(`- **Rows:** reference ${formatValue(model.rows.reference, "count")}, current ${formatValue(model.rows.current, "count")}${model.rows.sampled ? " (sampled)" : ""}`);
  if (input.runbookUrl !== null && model.runbook !== null) facts.push(`- **Runbook:** ${link(model.runbook, input.runbookUrl)}`);
  if (model.owners.length > 0) facts.push(`- **Owners:** ${model.owners.map(mention).join(" ")}`);
  head.push(facts.join("\n"));
  head.push("### Checks");
  head.push(checksTable(checks, input.since));
  const sectionsAt = (detail2) => checks.map((c) => {
    const shown = c.status !== "pass" && c.status !== "skipped" ? evidence(c) : "";
    return [shown, historyAt(c, shown === "" ? "###" : "####", detail2)].filter((s) => s !== "").join("\n\n");
  }).filter((s) => s !== "");
  const tail = [];
  const silence = silenceSnippet(model, input.generatedAt ?? input.openedAt);
  if (silence !== "") tail.push(silence);
  if (input.latestRun !== null && input.artifactName) {
    tail.push(`The full report (JSON and Markdown) of this run: ${link(`artifact ${input.artifactName}`, artifactsUrl(input.latestRun))}.`);
  }
  if (input.latestRun !== null) tail.push(`<sub>Results from ${link(`run ${input.latestRun.id}`, input.latestRun.url)}. This issue is kept up to date by modelwatch and closed when the model is healthy again.</sub>`);
  else tail.push("<sub>This issue is kept up to date by modelwatch and closed when the model is healthy again.</sub>");
  const limit = ISSUE_BODY_LIMIT - (input.reserve ?? 0);
  const detail = chooseHistoryDetail((d) => fitsWhole({ head, sections: sectionsAt(d), tail }, limit, utf16Chars));
  const sections = sectionsAt(detail);
  if (detail === "none" && hasHistory(checks)) tail.unshift("_The checks' history (charts and tables of their last runs) was left out to stay within GitHub's size limit; it is in the run's report._");
  return fitSections(
    { head, sections, tail },
    limit,
    utf16Chars,
    (n) => `_${n} evidence section(s) left out to stay within GitHub's size limit; the full report is in the run's artifact._`
  );
}
function windowText(model) {
  const { start, end, length } = model.window;
  if (start === null && end === null) return "all rows";
  return `${start ?? "\u2026"} \u2192 ${end ?? "\u2026"}${length === null ? "" : ` (${escapeMarkdown(length)})`}`;
}
function checksTable(checks, since) {
  const header = ["check", "type", "status", "value", "thresholds", ...since ? ["since"] : [], "message"];
  const rows = checks.map(checkRow).map((r) => [
    code(r.id),
    r.type,
    `${statusSymbol(r.status)} ${statusLabel(r.status)}${r.alert === "" ? "" : ` (${escapeMarkdown(r.alert)})`}`,
    r.value,
    escapeMarkdown(r.thresholds),
    ...since ? [sinceText(since[r.id])] : [],
    escapeMarkdown(r.message)
  ]);
  return table(header, rows);
}
var sinceText = (iso) => iso === void 0 ? "\u2014" : formatInstant(iso);
function more(total, shown) {
  return total > shown ? `

_${total - shown} more not shown._` : "";
}
function evidence(check) {
  const title = `### ${statusSymbol(check.status)} ${code(check.id)}: evidence`;
  const drift = driftDetails(check);
  if (drift !== null) {
    const flagged = flaggedDriftColumns(drift);
    const segments = groupEvidence(check)?.filter((g) => g.status === "fail" || g.status === "warn" || g.status === "error") ?? [];
    const segmentTable = segments.length === 0 ? "" : `

${groupTable(check, segments)}`;
    if (flagged.length === 0) return segmentTable === "" ? "" : `${title}

${escapeMarkdown(check.message)}${segmentTable}`;
    const rows = flagged.slice(0, MAX_EVIDENCE_ROWS).map((c) => [
      escapeMarkdown(c.column),
      c.method,
      formatDriftStatistic(c),
      formatDriftPValue(c),
      `${statusSymbol(c.status)} ${statusLabel(c.status)}`,
      escapeMarkdown(c.message)
    ]);
    const summary = drift.share_drifted === null ? "" : `${drift.drifted_columns} of ${drift.evaluated_columns} columns drifted (${formatValue(drift.share_drifted, "share")}).

`;
    const columns = driftColumnEvidence(check);
    return `${title}

${summary}${table(["column", "method", "statistic", "p-value", "status", "message"], rows)}${more(flagged.length, rows.length)}${segmentTable}${columns === "" ? "" : `

${columns}`}`;
  }
  const quality = qualityDetails(check);
  if (quality !== null) {
    const flagged = flaggedQualityColumns(quality);
    const parts = [title];
    if (quality.problems.length > 0) {
      parts.push(quality.problems.slice(0, MAX_EVIDENCE_ROWS).map((p) => `- ${escapeMarkdown(p)}`).join("\n") + more(quality.problems.length, MAX_EVIDENCE_ROWS));
    }
    if (flagged.length > 0) {
      const hint = valueHint(check);
      const rows = flagged.slice(0, MAX_EVIDENCE_ROWS).map((c) => [
        escapeMarkdown(c.column),
        formatValueBeside(c.value, hint, check.thresholds, c.status),
        c.count === null || c.total === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`,
        `${statusSymbol(c.status)} ${statusLabel(c.status)}`,
        escapeMarkdown(
          c.top_unseen && c.top_unseen.length > 0 ? `${c.message}; unseen: ${c.top_unseen.map((u) => `${u.value} (${u.count})`).join(", ")}` : c.message
        )
      ]);
      parts.push(table(["column", "value", "rows", "status", "message"], rows) + more(flagged.length, rows.length));
    }
    return parts.length > 1 ? parts.join("\n\n") : "";
  }
  const groups = groupEvidence(check);
  if (groups !== null) return `${title}

${escapeMarkdown(check.message)}

${groupTable(check, groups)}`;
  return `${title}

${escapeMarkdown(check.message)}`;
}
function groupTable(check, groups) {
  const hint = valueHint(check);
  const rows = groups.slice(0, MAX_EVIDENCE_ROWS).map((g) => [
    escapeMarkdown(g.group),
    formatValue(g.rows, "count"),
    formatGroupValue(g, hint),
    g.status === null ? "\u2014" : `${statusSymbol(g.status)} ${statusLabel(g.status)}`,
    escapeMarkdown(g.message)
  ]);
  const valueHeader = groupValueHeading(groups).toLowerCase();
  return `${table([groupNoun(check), "rows", valueHeader, "status", "message"], rows)}${more(groups.length, rows.length)}`;
}

export {
  checksTitle,
  ISSUE_BODY_LIMIT,
  issueTitle,
  renderIssueBody,
  windowText,
  checksTable,
  evidence
};
