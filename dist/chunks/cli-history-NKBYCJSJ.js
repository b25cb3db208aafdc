import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DirectoryStore
} from "./chunk-GNWCO5D7.js";
import "./chunk-X62GKPC3.js";
import {
  formatValue,
  statusLabel
} from "./chunk-DNEAIUDC.js";
import {
  displayWidth,
  escapeTerminal,
  pad
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/report/history-text.ts
function cell(run, id) {
  const check = run.checks.find((c) => c.id === id);
  if (check === void 0) return "\u2014";
  const alert = check.alert === null || check.alert.state === "inactive" ? "" : ` ${check.alert.state}${check.alert.kept === true ? " (kept)" : ""}`;
  return `${statusLabel(check.status)} ${formatValue(check.value)}${alert}`;
}
function renderHistoryText(history2, options) {
  const { runs } = history2;
  const ids = options.check !== void 0 ? [options.check] : [...new Set(runs.flatMap((r) => r.checks.map((c) => c.id)))];
  const header = ["time", "run", "status", ...ids.map(escapeTerminal)];
  const rows = runs.map((r) => [escapeTerminal(r.at), escapeTerminal(r.run.id), statusLabel(r.status), ...ids.map((id) => escapeTerminal(cell(r, id)))]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] ?? ""))));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join("  ").trimEnd();
  const last = runs[runs.length - 1];
  const lines = [
    `${escapeTerminal(history2.model)}: ${runs.length} run${runs.length === 1 ? "" : "s"} in ${escapeTerminal(options.store)}${last === void 0 ? "" : ` (latest policy ${escapeTerminal(last.policy.path)}, blob ${escapeTerminal(last.policy.blob_sha.slice(0, 12))})`}`
  ];
  if (history2.daily.length > 0) {
    const first = history2.daily[0];
    const end = history2.daily[history2.daily.length - 1];
    lines.push(`older runs: ${history2.daily.reduce((n, d) => n + d.runs, 0)} in daily summaries from ${escapeTerminal(first.day)} to ${escapeTerminal(end.day)} (--format json shows them)`);
  }
  lines.push("", line(header), ...rows.map(line));
  return `${lines.join("\n")}
`;
}

// src/cli-history.ts
var HistoryUsageError = class extends Error {
  name = "HistoryUsageError";
};
async function history(positionals, values) {
  if (positionals.length !== 1) throw new HistoryUsageError(`history takes one model name, got ${positionals.length}`);
  const model = positionals[0];
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new HistoryUsageError(`--format must be text or json for history, got "${format}"`);
  const runs = values.runs === void 0 ? void 0 : Number(values.runs);
  if (runs !== void 0 && !(Number.isInteger(runs) && runs > 0)) throw new HistoryUsageError(`--runs must be a whole number above 0, got "${values.runs}"`);
  const folder = values.state ?? ".modelwatch/state";
  const store = new DirectoryStore(folder);
  const read = await store.read([model]);
  const entry = read.ok ? read.models.get(model) : read;
  if (entry === void 0 || !entry.ok) {
    process.stderr.write(`modelwatch: cannot read the state in ${folder}: ${entry === void 0 ? "no answer for the model" : entry.message} [state/read]
`);
    return 2;
  }
  const stored = entry.history;
  if (stored === null) {
    process.stderr.write(`modelwatch: nothing is stored for model "${model}" in ${folder}; runs are stored by 'modelwatch check --state ${folder}'
`);
    return 1;
  }
  let records = stored.runs;
  if (values.check !== void 0) {
    const id = values.check;
    if (!records.some((r) => r.checks.some((c) => c.id === id))) {
      const known = [...new Set(records.flatMap((r) => r.checks.map((c) => c.id)))];
      throw new HistoryUsageError(`no stored run of "${model}" has a check "${id}"; its checks: ${known.join(", ") || "none"}`);
    }
  }
  if (runs !== void 0) records = records.slice(-runs);
  const shown = { ...stored, runs: records };
  if (format === "json") process.stdout.write(`${JSON.stringify(shown, null, 2)}
`);
  else process.stdout.write(renderHistoryText(shown, { ...values.check === void 0 ? {} : { check: values.check }, store: folder }));
  return 0;
}
export {
  HistoryUsageError,
  history
};
