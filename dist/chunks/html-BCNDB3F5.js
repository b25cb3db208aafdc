import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  byStatus,
  checkThresholds,
  driftDetails,
  failingChecks,
  formatCounts,
  formatDriftPValue,
  formatGroupValue,
  formatInstant,
  formatValue,
  groupEvidence,
  groupValueHeading,
  orderedChecks,
  qualityDetails,
  statusLabel,
  statusSymbol,
  valueHint
} from "./chunk-O767IJIA.js";
import {
  escapeHtml
} from "./chunk-VD7JDJWJ.js";
import "./chunk-FQDB3IQE.js";

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
function status(s) {
  return `<span class="status ${s}">${escapeHtml(statusSymbol(s))} ${escapeHtml(statusLabel(s))}</span>`;
}
function table(headers, rows) {
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
var badge = (s) => ({ html: status(s) });
function header(report) {
  const plural = report.summary.models === 1 ? "model" : "models";
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : "";
  return [
    "<h1>modelwatch report</h1>",
    `<p>${status(report.status)} \xB7 ${escapeHtml(`${report.summary.models} ${plural}${counts}`)} \xB7 <span class="muted">generated ${escapeHtml(formatInstant(report.generated_at))} by modelwatch ${escapeHtml(report.tool.version)}</span></p>`
  ];
}
function policyErrors(report) {
  if (report.policy_errors.length === 0) return [];
  const items = report.policy_errors.map((e) => `<li><code>${escapeHtml(`${e.file}:${e.line}:${e.column}`)}</code>: ${escapeHtml(e.message)}</li>`);
  return [`<h2>${escapeHtml(statusSymbol("error"))} Policy errors</h2>`, `<ul>
${items.join("\n")}
</ul>`];
}
function fleet(report) {
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
  return ["<h2>Models</h2>", table(["Model", "Status", "Failing checks", "Checks"], rows)];
}
function facts(model) {
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
function checksTable(checks) {
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
  return table(["Status", "Check", "Type", "Value", "Threshold", "Message"], rows);
}
function driftSection(check, details) {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`;
  const verdict = details.share_drifted_status === null ? "" : `; share of drifted columns: ${status(details.share_drifted_status)}`;
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
    `<h3>${escapeHtml(check.id)}: drift by column</h3>`,
    `<p>${escapeHtml(`${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}`)}${verdict}.</p>`,
    table(["Column", "Kind", "Method", "Statistic", "p-value", "Status", "Drifted", "Rows (ref / cur)"], rows)
  ];
}
function qualityDetail(c) {
  const parts = [];
  if (c.range) parts.push(`range ${formatValue(c.range.min)} to ${formatValue(c.range.max)}`);
  if (c.top_unseen && c.top_unseen.length > 0) {
    parts.push(`unseen: ${c.top_unseen.map((u) => `${u.value} (${formatValue(u.count, "count")})`).join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "\u2014";
}
function qualitySection(check, details) {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`<h3>${escapeHtml(`${check.id}: ${details.metric} by column`)}</h3>`];
  if (details.columns.length > 0) {
    const hint = valueHint(check);
    const rows = byStatus(details.columns).map((c) => [
      text(c.column),
      num(formatValue(c.value, hint)),
      num(c.count === null ? "\u2014" : `${formatValue(c.count, "count")} of ${formatValue(c.total, "count")}`),
      badge(c.status),
      text(qualityDetail(c))
    ]);
    out.push(table(["Column", "Value", "Rows", "Status", "Detail"], rows));
  }
  if (details.problems.length > 0) out.push(`<ul>
${details.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("\n")}
</ul>`);
  return out;
}
function groupSection(check, groups) {
  const hint = valueHint(check);
  const rows = groups.map((g) => [
    text(g.group),
    num(formatValue(g.rows, "count")),
    num(formatGroupValue(g, hint)),
    g.status === null ? text("\u2014") : badge(g.status),
    text(g.message)
  ]);
  return [`<h3>${escapeHtml(`${check.id}: by group`)}</h3>`, table(["Group", "Rows", groupValueHeading(groups), "Status", "Detail"], rows)];
}
function modelSection(model) {
  const out = [`<section>`, `<h2>${status(model.status)} ${escapeHtml(model.name)}</h2>`, facts(model)];
  if (model.error !== null) out.push(`<p class="alert"><strong>Error:</strong> ${escapeHtml(model.error)}</p>`);
  const checks = orderedChecks(model);
  out.push(checksTable(checks));
  for (const check of checks) {
    const drift = driftDetails(check);
    if (drift !== null) out.push(...driftSection(check, drift));
    const quality = qualityDetails(check);
    if (quality !== null) out.push(...qualitySection(check, quality));
    const groups = groupEvidence(check);
    if (groups !== null) out.push(...groupSection(check, groups));
  }
  out.push("</section>");
  return out;
}
function renderHtml(report) {
  const body = [...header(report), ...policyErrors(report), ...fleet(report)];
  for (const model of report.models) body.push(...modelSection(model));
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
export {
  renderHtml
};
