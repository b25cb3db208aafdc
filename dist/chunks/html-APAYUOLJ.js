import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  hasNumericSummary,
  summaryRows
} from "./chunk-762UMVV3.js";
import {
  attributionEvidence,
  byStatus,
  checkRow,
  driftDetails,
  failingChecks,
  flaggedDriftColumns,
  formatCounts,
  groupEvidence,
  groupNoun,
  historyOmitted,
  historyView,
  multivariateEvidence,
  orderedChecks,
  qualityDetails,
  shardLine
} from "./chunk-LVWLLQQY.js";
import {
  checkThresholds,
  checkValue,
  formatDriftPValue,
  formatDriftStatistic,
  formatGroupValue,
  formatInstant,
  formatThresholds,
  formatValue,
  formatValueBeside,
  groupValueHeading,
  statusLabel,
  valueHint
} from "./chunk-DNEAIUDC.js";
import {
  escapeHtml,
  truncateLength
} from "./chunk-TPAHR6PB.js";
import "./chunk-EY2KJAPC.js";
import "./chunk-VIBIWIW3.js";
import "./chunk-BQP2U36L.js";
import "./chunk-FQDB3IQE.js";

// src/report/html-table.ts
function table(headers, rows, className) {
  const head = `<tr>${headers.map((t) => `<th>${escapeHtml(t)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c2) => c2.numeric === true ? `<td class="num">${c2.html}</td>` : `<td>${c2.html}</td>`).join("")}</tr>`);
  return `<table${className === void 0 ? "" : ` class="${className}"`}>
<thead>${head}</thead>
<tbody>
${body.join("\n")}
</tbody>
</table>`;
}
var text = (value) => ({ html: escapeHtml(value) });
var num = (value) => ({ html: escapeHtml(value), numeric: true });

// src/report/svg-chart.ts
var LABEL_LENGTH = 24;
var WIDTH = 560;
function c(x) {
  return Number.isFinite(x) ? String(Math.round(x * 10) / 10) : "0";
}
function label(text3) {
  return escapeHtml(truncateLength(text3, LABEL_LENGTH));
}
function open(chart, kind, height) {
  if (!/^[a-z0-9-]+$/.test(chart.id)) throw new Error(`svg-chart: id ${JSON.stringify(chart.id)} is not [a-z0-9-]`);
  const { id } = chart;
  return `<svg class="chart ${kind}" viewBox="0 0 ${WIDTH} ${c(height)}" width="${WIDTH}" height="${c(height)}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${escapeHtml(chart.title)}</title><desc id="${id}-d">${escapeHtml(chart.desc)}</desc>`;
}
function text2(x, y, content, anchor, extra = "") {
  return `<text x="${c(x)}" y="${c(y)}" text-anchor="${anchor}"${extra}>${content}</text>`;
}
function legend(y) {
  return `<g class="legend"><rect class="ref" x="${WIDTH - 170}" y="${y - 9}" width="10" height="10"/>${text2(WIDTH - 155, y, "reference", "start")}<rect class="cur" x="${WIDTH - 80}" y="${y - 9}" width="10" height="10"/>${text2(WIDTH - 65, y, "current", "start")}</g>`;
}
function niceCeiling(max) {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return Number.isFinite(step * power) ? step * power : max;
  return max;
}
function finite(values) {
  return values.filter((v) => Number.isFinite(v));
}
function columnChart(chart) {
  const groups = chart.labels.length;
  const left = 56;
  const right = 12;
  const top = 24;
  const plot = 170;
  const height = top + plot + 34;
  const rules2 = chart.rules ?? [];
  const ceiling = niceCeiling(Math.max(...finite([...chart.reference, ...chart.current, ...rules2.map((r) => r.value)]), 0));
  const y = (v) => top + plot - Math.max(0, Math.min(v, ceiling)) / ceiling * plot;
  const step = (WIDTH - left - right) / Math.max(groups, 1);
  const bar = Math.max(1, Math.min(18, (step - 4) / 2));
  const out = [open(chart, "columns", height), legend(14)];
  for (let k = 0; k <= 4; k++) {
    const v = ceiling * (k / 4);
    out.push(`<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${c(y(v))}" y2="${c(y(v))}"/>`, text2(left - 4, y(v) + 4, escapeHtml(chart.format(v)), "end"));
  }
  for (let i = 0; i < groups; i++) {
    const mid = left + step * (i + 0.5);
    const ref = chart.reference[i] ?? 0;
    const cur = chart.current[i] ?? 0;
    out.push(
      `<rect class="ref" x="${c(mid - bar)}" y="${c(y(ref))}" width="${c(bar)}" height="${c(top + plot - y(ref))}"/>`,
      `<rect class="cur" x="${c(mid)}" y="${c(y(cur))}" width="${c(bar)}" height="${c(top + plot - y(cur))}"/>`
    );
    if (chart.boundaries === void 0) out.push(text2(mid, top + plot + 14, label(chart.labels[i] ?? ""), "middle"));
  }
  if (chart.boundaries !== void 0) {
    const widest = Math.max(...chart.boundaries.map((b) => b.length), 1);
    const every = Math.max(1, Math.ceil((widest * 6.5 + 6) / step));
    chart.boundaries.forEach((b, k) => {
      if (b === "") return;
      const x = left + step * k;
      out.push(`<line class="tick" x1="${c(x)}" x2="${c(x)}" y1="${top + plot}" y2="${top + plot + 4}"/>`);
      if (k % every === 0) out.push(text2(x, top + plot + 15, label(b), "middle"));
    });
  }
  out.push(`<line class="axis" x1="${left}" x2="${WIDTH - right}" y1="${top + plot}" y2="${top + plot}"/>`);
  for (const rule of rules2) {
    const ry = y(rule.value);
    out.push(`<line class="rule ${rule.level}" x1="${left}" x2="${WIDTH - right}" y1="${c(ry)}" y2="${c(ry)}"/>`, text2(left + 4, ry - 3, escapeHtml(rule.label), "start", ` class="rule-label ${rule.level}"`));
  }
  out.push("</svg>");
  return out.join("");
}
function barChart(chart) {
  const rows = chart.labels.length;
  const left = 170;
  const right = 56;
  const top = 24;
  const rowHeight = 22;
  const height = top + rows * rowHeight + 24;
  const max = niceCeiling(Math.max(...finite([...chart.reference, ...chart.current]), 0));
  const x = (v) => left + Math.max(0, Math.min(v, max)) / max * (WIDTH - left - right);
  const out = [open(chart, "bars", height), legend(14)];
  for (let k = 0; k <= 4; k++) {
    const v = max * (k / 4);
    out.push(`<line class="grid" x1="${c(x(v))}" x2="${c(x(v))}" y1="${top}" y2="${top + rows * rowHeight}"/>`, text2(x(v), height - 8, escapeHtml(chart.format(v)), "middle"));
  }
  for (let i = 0; i < rows; i++) {
    const y0 = top + i * rowHeight + 2;
    const ref = chart.reference[i] ?? 0;
    const cur = chart.current[i] ?? 0;
    out.push(
      text2(left - 6, y0 + 13, label(chart.labels[i] ?? ""), "end"),
      `<rect class="ref" x="${left}" y="${c(y0)}" width="${c(x(ref) - left)}" height="9"/>`,
      `<rect class="cur" x="${left}" y="${c(y0 + 9)}" width="${c(x(cur) - left)}" height="9"/>`
    );
  }
  out.push(`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + rows * rowHeight}"/>`, "</svg>");
  return out.join("");
}
function intervalChart(chart) {
  const rows = chart.rows.length;
  const left = 170;
  const right = 24;
  const top = 10;
  const rowHeight = 22;
  const height = top + rows * rowHeight + 24;
  const max = niceCeiling(Math.max(...finite(chart.rows.flatMap((r) => [r.value ?? 0, r.high ?? 0])), 0));
  const x = (v) => left + Math.max(0, Math.min(v, max)) / max * (WIDTH - left - right);
  const out = [open(chart, "intervals", height)];
  for (let k = 0; k <= 4; k++) {
    const v = max * (k / 4);
    out.push(`<line class="grid" x1="${c(x(v))}" x2="${c(x(v))}" y1="${top}" y2="${top + rows * rowHeight}"/>`, text2(x(v), height - 8, escapeHtml(chart.format(v)), "middle"));
  }
  chart.rows.forEach((row, i) => {
    const cy = top + i * rowHeight + rowHeight / 2;
    out.push(text2(left - 6, cy + 4, label(row.label), "end"));
    if (row.value === null) {
      out.push(text2(left + 6, cy + 4, "not shown", "start", ' class="muted"'));
      return;
    }
    if (row.low !== null && row.high !== null) {
      out.push(
        `<line class="whisker" x1="${c(x(row.low))}" x2="${c(x(row.high))}" y1="${c(cy)}" y2="${c(cy)}"/>`,
        `<line class="whisker" x1="${c(x(row.low))}" x2="${c(x(row.low))}" y1="${c(cy - 5)}" y2="${c(cy + 5)}"/>`,
        `<line class="whisker" x1="${c(x(row.high))}" x2="${c(x(row.high))}" y1="${c(cy - 5)}" y2="${c(cy + 5)}"/>`
      );
    }
    out.push(`<circle class="dot" cx="${c(x(row.value))}" cy="${c(cy)}" r="4.5"/>`);
  });
  out.push(`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + rows * rowHeight}"/>`, "</svg>");
  return out.join("");
}
function lineChart(chart) {
  if (!/^[a-z0-9_ -]*$/.test(chart.points.map((p) => p.className).join(" "))) throw new Error("svg-chart: a point class is not [a-z0-9_-]");
  const n = chart.points.length;
  const left = 56;
  const right = 16;
  const top = 16;
  const plot = 170;
  const height = top + plot + 30;
  const lo = Number.isFinite(chart.min) ? chart.min : 0;
  const hi = Number.isFinite(chart.max) && chart.max > lo ? chart.max : lo + 1;
  const y = (v) => top + plot - (Math.max(lo, Math.min(v, hi)) - lo) / (hi - lo) * plot;
  const inner = WIDTH - left - right - 16;
  const x = (i) => left + 8 + (n <= 1 ? inner / 2 : inner * i / (n - 1));
  const out = [open(chart, "line", height)];
  const tick = niceCeiling((hi - lo) / 5);
  for (let k = Math.ceil(lo / tick - 1e-9); k * tick <= hi + tick * 1e-9 && k - Math.ceil(lo / tick - 1e-9) <= 10; k++) {
    const v = k * tick;
    out.push(`<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${c(y(v))}" y2="${c(y(v))}"/>`, text2(left - 4, y(v) + 4, escapeHtml(chart.format(v)), "end"));
  }
  const widest = Math.max(1, ...chart.points.map((p) => Math.min(LABEL_LENGTH, p.label.length)));
  const every = n <= 1 ? 1 : Math.max(1, Math.ceil((widest * 6.5 + 8) / (inner / (n - 1))));
  chart.points.forEach((p, i) => {
    out.push(`<line class="tick" x1="${c(x(i))}" x2="${c(x(i))}" y1="${top + plot}" y2="${top + plot + 4}"/>`);
    const last = i === n - 1;
    if (last || i % every === 0 && n - 1 - i >= every) out.push(text2(x(i), top + plot + 16, label(p.label), "middle"));
  });
  out.push(`<line class="axis" x1="${left}" x2="${WIDTH - right}" y1="${top + plot}" y2="${top + plot}"/>`);
  for (const rule of chart.rules ?? []) {
    const ry = y(rule.value);
    out.push(
      `<line class="rule ${rule.level}" x1="${left}" x2="${WIDTH - right}" y1="${c(ry)}" y2="${c(ry)}"/>`,
      text2(WIDTH - right - 2, ry - 3, escapeHtml(rule.label), "end", ` class="rule-label ${rule.level}"`)
    );
  }
  out.push(`<polyline class="series" points="${chart.points.map((p, i) => `${c(x(i))},${c(y(p.value))}`).join(" ")}"/>`);
  for (const [i, p] of chart.points.entries()) out.push(`<circle class="pt ${p.className}" cx="${c(x(i))}" cy="${c(y(p.value))}" r="3.5"><title>${escapeHtml(p.tip)}</title></circle>`);
  out.push("</svg>");
  return out.join("");
}

// src/report/html-charts.ts
var MAX_GROUP_ROWS = 30;
function nextId(ids) {
  ids.next += 1;
  return `chart-${ids.next}`;
}
var CHART_STYLE = `
figure.chart { margin: .75rem 0 1.25rem; } figure.chart figcaption { color: var(--muted); margin-top: .3rem; max-width: 50rem; }
.chart-row { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: flex-start; }
svg.chart { max-width: 100%; height: auto; font: 11px/1 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
svg.chart text { fill: var(--fg); } svg.chart text.muted { fill: var(--muted); }
svg.chart .ref { fill: #8c959f; } svg.chart .cur { fill: #0969da; } svg.chart .dot { fill: #0969da; }
svg.chart .grid { stroke: var(--line); } svg.chart .axis, svg.chart .tick { stroke: var(--muted); } svg.chart .whisker { stroke: var(--fg); stroke-width: 1.5; }
svg.chart .rule { stroke-width: 1.5; stroke-dasharray: 5 3; } svg.chart .rule.warn { stroke: #9a6700; } svg.chart .rule.fail { stroke: #d1242f; }
svg.chart text.rule-label.warn { fill: #9a6700; } svg.chart text.rule-label.fail { fill: #d1242f; }
table.chart-data { margin: 0; font-size: 12px; }
`;
function figure(svg, numbers, caption) {
  return `<figure class="chart">
<div class="chart-row">${svg}
${numbers}</div>
<figcaption>${escapeHtml(caption)}</figcaption>
</figure>`;
}
function binsOf(d) {
  if (d.kind === "categories") {
    const bins2 = d.categories.map((label2, i) => ({ label: label2, reference: d.reference[i] ?? 0, current: d.current[i] ?? 0 }));
    if (d.other_categories > 0) bins2.push({ label: `other (${formatValue(d.other_categories, "count")} categories)`, reference: d.other_reference, current: d.other_current });
    return { bins: bins2, unit: "categories" };
  }
  const e = d.edges.map((x) => formatValue(x));
  const at = (i) => ({ label: "", reference: d.reference[i] ?? 0, current: d.current[i] ?? 0 });
  const m = e.length;
  if (m === 1) return { bins: [`< ${e[0]}`, `= ${e[0]}`, `> ${e[0]}`].map((label2, i) => ({ ...at(i), label: label2 })), unit: "bins" };
  const last = m;
  const first = at(0).reference + at(0).current === 0 ? 1 : 0;
  const end = at(last).reference + at(last).current === 0 ? last - 1 : last;
  const bins = [];
  const boundaries = [];
  for (let i = first; i <= end; i++) {
    const label2 = i === 0 ? `< ${e[0]}` : i === last ? `> ${e[m - 1]}` : `${e[i - 1]} to ${e[i]}`;
    bins.push({ ...at(i), label: label2 });
    boundaries.push(i === 0 ? "" : e[i - 1] ?? "");
  }
  boundaries.push(end === last ? "" : e[end] ?? "");
  return { bins, boundaries, unit: "bins" };
}
function shares(counts) {
  const total = counts.reduce((s, x) => s + x, 0);
  return counts.map((x) => total === 0 ? 0 : x / total);
}
function statistic(c2) {
  const p = c2.p_value === null ? "" : `, p-value ${formatDriftPValue(c2)}`;
  const effect = c2.effect === void 0 || c2.effect === null ? "" : `, effect ${formatValue(c2.effect)}`;
  return `${c2.method} ${formatDriftStatistic(c2)}${p}${effect}`;
}
function driftChart(c2, d, ids) {
  const { bins, boundaries, unit } = binsOf(d);
  const ref = shares(bins.map((b) => b.reference));
  const cur = shares(bins.map((b) => b.current));
  let widest = 0;
  ref.forEach((r, i) => {
    if (Math.abs((cur[i] ?? 0) - r) > Math.abs((cur[widest] ?? 0) - (ref[widest] ?? 0))) widest = i;
  });
  const share = (x) => formatValue(x, "share");
  const where = unit === "bins" ? `each of the reference's quantile bins` : `each of the largest categories`;
  const moved = bins.length === 0 ? "" : ` The largest change is in ${bins[widest].label}: ${share(ref[widest] ?? 0)} of reference values, ${share(cur[widest] ?? 0)} of current values.`;
  const chart = {
    id: nextId(ids),
    title: `${c2.column}: reference and current distributions`,
    desc: `Share of the ${formatValue(c2.reference_rows, "count")} reference and ${formatValue(c2.current_rows, "count")} current values in ${where}.${moved}`,
    labels: bins.map((b) => b.label),
    reference: ref,
    current: cur,
    format: share
  };
  const svg = unit === "bins" ? columnChart({ ...chart, ...boundaries && { boundaries } }) : barChart(chart);
  const rows = bins.map((b, i) => [text(b.label), num(`${share(ref[i] ?? 0)} (${formatValue(b.reference, "count")})`), num(`${share(cur[i] ?? 0)} (${formatValue(b.current, "count")})`)]);
  const numbers = table([unit === "bins" ? "Bin" : "Category", "Reference", "Current"], rows, "chart-data");
  const summary = summaryTable(c2);
  const hint = c2.p_value === null ? "number" : "p_value";
  const caption = `${c2.column}: ${statistic(c2)}; ${c2.p_value === null ? "thresholds" : "thresholds on the p-value"} ${formatThresholds(c2.thresholds, hint)}: ${statusLabel(c2.status)}.`;
  return figure(svg, summary === "" ? numbers : `${numbers}
${summary}`, caption);
}
function summaryTable(c2) {
  if (hasNumericSummary(c2)) return table(["", "Reference", "Current"], summaryRows(c2.summary).map(([label2, ref, cur]) => [text(label2), num(ref), num(cur)]), "chart-data");
  if (c2.summary === void 0) return "";
  const side = (s) => `${formatValue(s.count, "count")} with a value, ${formatValue(s.missing, "count")} missing`;
  return table(["", "Reference", "Current"], [[text("rows"), num(side(c2.summary.reference)), num(side(c2.summary.current))]], "chart-data");
}
function driftCharts(details, ids) {
  return flaggedDriftColumns(details).flatMap((c2) => {
    if (c2.distribution !== void 0) return [driftChart(c2, c2.distribution, ids)];
    const summary = summaryTable(c2);
    return summary === "" ? [] : [`<h4>${escapeHtml(`${c2.column}: reference and current`)}</h4>`, summary];
  });
}
function fairnessChart(check, groups, ids) {
  if (check.type !== "fairness" || !groups.some((g) => g.value !== null)) return [];
  const details = check.details;
  const metric = details.decisive_metric ?? details.metric ?? "rate";
  const by = Array.isArray(details.by) ? details.by.join(" \xD7 ") : "group";
  const hint = valueHint(check);
  const shown = groups.slice(0, MAX_GROUP_ROWS);
  const listed = shown.map((g) => g.value === null ? `${g.group}: not shown` : `${g.group} ${formatValue(g.value, hint)} (${formatValue(g.low, hint)} to ${formatValue(g.high, hint)})`);
  const more = groups.length > shown.length ? ` The first ${shown.length} of ${groups.length} groups are drawn; the table lists every group.` : "";
  const svg = intervalChart({
    id: nextId(ids),
    title: `${check.id}: ${metric} by ${by}`,
    desc: `Rate of each group with its 95% Wilson interval; groups below min_group_size are not shown. ${listed.join("; ")}.${more}`,
    rows: shown.map((g) => ({ label: g.group, value: g.value, low: g.low, high: g.high })),
    format: (x) => formatValue(x, hint)
  });
  const aggregate = typeof details.aggregate === "string" ? details.aggregate : "value";
  const caption = `${metric} by ${by}, with 95% intervals (numbers in the table above); ${aggregate} ${checkValue(check)}, threshold ${checkThresholds(check)}: ${statusLabel(check.status)}.`;
  return [`<figure class="chart">
<div class="chart-row">${svg}</div>
<figcaption>${escapeHtml(caption)}</figcaption>
</figure>`];
}
var PERCENTILES = ["p50", "p90", "p95", "p99", "max"];
var BOUNDS = [
  ["gt", ">"],
  ["gte", "\u2265"],
  ["lt", "<"],
  ["lte", "\u2264"]
];
function rules(level, threshold, metric, reference) {
  if (threshold === void 0) return [];
  const out = [];
  for (const [key, symbol] of BOUNDS) {
    const plain = threshold[key];
    const relative = threshold.relative?.[key];
    const absolute = threshold.absolute?.[key];
    const value = threshold.vs === void 0 ? plain : reference === null ? void 0 : relative !== void 0 ? reference * (1 + relative) : absolute !== void 0 ? reference + absolute : void 0;
    if (value !== void 0 && Number.isFinite(value)) out.push({ value, level, label: `${level}: ${metric} ${symbol} ${formatValue(value)}` });
  }
  return out;
}
function latencyChart(check, ids) {
  if (check.type !== "operational") return [];
  const details = check.details;
  const p = details?.percentiles;
  if (p === void 0 || p.current === null) return [];
  const current = p.current;
  const reference = p.reference;
  const column = details?.column ?? "value";
  const metric = details?.metric ?? "";
  const grouped = details?.by !== null && details?.by !== void 0;
  const lines = grouped ? [] : [...rules("warn", check.thresholds.warn, metric, check.reference_value ?? null), ...rules("fail", check.thresholds.fail, metric, check.reference_value ?? null)];
  const change = (i) => {
    const r = reference?.[PERCENTILES[i]];
    const c2 = current[PERCENTILES[i]];
    const relative = r === void 0 || r === 0 ? Number.NaN : (c2 - r) / r;
    return Number.isFinite(relative) ? `${relative >= 0 ? "+" : ""}${formatValue(relative, "share")}` : "\u2014";
  };
  const svg = columnChart({
    id: nextId(ids),
    title: `${check.id}: ${column} percentiles, reference and current`,
    desc: `Percentiles of ${column} over ${formatValue(reference?.rows ?? null, "count")} reference and ${formatValue(current.rows, "count")} current rows. ` + PERCENTILES.map((k) => `${k}: ${formatValue(reference?.[k] ?? null)} reference, ${formatValue(current[k])} current`).join("; ") + ".",
    labels: [...PERCENTILES],
    reference: PERCENTILES.map((k) => reference?.[k] ?? 0),
    current: PERCENTILES.map((k) => current[k]),
    format: (x) => formatValue(x),
    rules: lines
  });
  const rows = PERCENTILES.map((k, i) => [text(k), num(formatValue(reference?.[k] ?? null)), num(formatValue(current[k])), num(change(i))]);
  const numbers = table(["Percentile", "Reference", "Current", "Change"], rows, "chart-data");
  const caption = `${column}, every row (${grouped ? "the check judges each group; see the table above" : `${metric} is judged`}): ${metric} ${checkValue(check)}, threshold ${checkThresholds(check)}: ${statusLabel(check.status)}.`;
  return [figure(svg, numbers, caption)];
}

// src/report/history-svg.ts
var HISTORY_STYLE = `
svg.chart .series { fill: none; stroke: #0969da; stroke-width: 2; }
svg.chart .pt { fill: #0969da; stroke: var(--bg); stroke-width: 1; } svg.chart .pt.warn, svg.chart .pt.pending { fill: #9a6700; } svg.chart .pt.fail { fill: #d1242f; } svg.chart .pt.error { fill: #8250df; }
`;
function historyFigure(check, id, badge2) {
  const view = historyView(check);
  if (view === null) return [];
  const share = view.unit === "%";
  const read = (v) => formatValue(share ? v / 100 : v, view.hint);
  const rows = view.rows.map((r) => [text(r.at), num(r.value), badge2(r.status)]);
  const numbers = table(["Run", "Value", "Status"], rows, "chart-data");
  const omitted = historyOmitted(view);
  const bounds = view.lines.map((l) => l.label).join(", ");
  const heading = `<h3>${escapeHtml(`${check.id}: last ${view.runs} runs`)}</h3>`;
  if (view.points.length < 2) return [heading, numbers, ...omitted === "" ? [] : [`<p class="muted">${escapeHtml(omitted)}</p>`]];
  const values = view.points.map((p) => p.value);
  const desc = `${check.id} over its last ${view.points.length} runs with a value: from ${view.shown[0] ?? "\u2014"} to ${view.shown[view.shown.length - 1] ?? "\u2014"}, lowest ${read(Math.min(...values))}, highest ${read(Math.max(...values))}${bounds === "" ? "" : `; bounds ${bounds}`}. The table beside the chart lists the last ${view.rows.length} runs.`;
  const svg = lineChart({
    id: id(),
    title: `${check.id}: value over the last ${view.points.length} runs`,
    desc,
    points: view.points.map((p, i) => ({ label: p.label, value: p.value, className: p.status, tip: `${p.label}: ${view.shown[i] ?? ""} (${statusLabel(p.status)})` })),
    min: Number(view.min),
    max: Number(view.max),
    format: read,
    rules: view.lines.map((l) => ({ value: l.value, level: l.level, label: l.label }))
  });
  const caption = `${check.id}: the value at each run, oldest on the left${bounds === "" ? "" : `; dashed lines: ${bounds}`}. ${omitted}`.trim();
  return [heading, `<figure class="chart history">
<div class="chart-row">${svg}
${numbers}</div>
<figcaption>${escapeHtml(caption)}</figcaption>
</figure>`];
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
.fail { color: #d1242f; } .error { color: #8250df; } .warn { color: #9a6700; } .no_data { color: #0969da; } .pass { color: #1a7f37; } .pending { color: #bc4c00; } .inhibited, .silenced, .skipped { color: var(--muted); }
.alert { border-left: 4px solid #8250df; padding: .5rem 1rem; background: var(--head); }
a { color: inherit; } .mark { width: 1em; height: 1em; vertical-align: -.15em; margin-right: .25em; fill: currentColor; }
.mark .glyph { fill: none; stroke: var(--bg); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; } .mark .ring { fill: none; stroke: currentColor; stroke-width: 2; }
details.check { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .8rem; margin: .5rem 0; }
details.check > summary { cursor: pointer; padding: .2rem 0; } details.check[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
@media print { details.check > *:not(summary) { display: block; } }
${CHART_STYLE}${HISTORY_STYLE}`;
var MARKS = {
  pass: '<circle cx="8" cy="8" r="7.5"/><path class="glyph" d="M4.6 8.3l2.3 2.3 4.6-4.9"/>',
  warn: '<path d="M8 .8l7.6 14H.4z"/><path class="glyph" d="M8 5.6v4.2M8 12.2v.1"/>',
  fail: '<circle cx="8" cy="8" r="7.5"/><path class="glyph" d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"/>',
  error: '<path d="M5.1.5h5.8l4.6 4.6v5.8l-4.6 4.6H5.1L.5 10.9V5.1z"/><path class="glyph" d="M4.3 8h7.4"/>',
  no_data: '<circle class="ring" cx="8" cy="8" r="6"/><path class="ring" d="M3 13L13 3"/>',
  skipped: '<path d="M1 3l6.5 5L1 13zM8 3l6.5 5L8 13z"/>',
  silenced: '<rect x="1" y="1" width="14" height="14" rx="3"/><path class="glyph" d="M4.5 8h7"/>',
  pending: '<path d="M3 1h10v2L9.2 8 13 13v2H3v-2l3.8-5L3 3z"/>',
  inhibited: '<rect class="ring" x="2" y="2" width="12" height="12" rx="3"/><path class="ring" d="M4.5 8h7"/>'
};
function mark(s) {
  return `<svg class="mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${MARKS[s]}</svg>`;
}
function status(s) {
  return `<span class="status ${s}">${mark(s)}${escapeHtml(statusLabel(s))}</span>`;
}
function link(id, html) {
  return `<a href="#${id}">${html}</a>`;
}
var badge = (s) => ({ html: status(s) });
function header(report) {
  const plural = report.summary.models === 1 ? "model" : "models";
  const counts = report.models.length > 0 ? `: ${formatCounts(report.models)}` : "";
  return [
    "<h1>modelwatch report</h1>",
    `<p>${status(report.status)} \xB7 ${escapeHtml(`${report.summary.models} ${plural}${counts}`)} \xB7 <span class="muted">generated ${escapeHtml(formatInstant(report.generated_at))} by modelwatch ${escapeHtml(report.tool.version)}</span></p>`,
    ...shardLine(report) === null ? [] : [`<p>${escapeHtml(shardLine(report) ?? "")}</p>`]
  ];
}
function policyErrors(report) {
  if (report.policy_errors.length === 0) return [];
  const items = report.policy_errors.map((e) => `<li><code>${escapeHtml(`${e.file}:${e.line}:${e.column}`)}</code>: ${escapeHtml(e.message)}</li>`);
  return [`<h2>${mark("error")}Policy errors</h2>`, `<ul>
${items.join("\n")}
</ul>`];
}
var modelId = (m) => `m${m + 1}`;
var checkId = (m, c2) => `m${m + 1}-c${c2 + 1}`;
var EXPANDED = /* @__PURE__ */ new Set(["fail", "error", "warn"]);
function fleet(report) {
  if (report.models.length === 0) return ["<p>No model was evaluated.</p>"];
  const rows = report.models.map((m, i) => {
    const failing = failingChecks(m);
    return [
      { html: link(modelId(i), escapeHtml(m.name)) },
      badge(m.status),
      text(failing.length > 0 ? failing.join(", ") : m.error !== null ? "model error" : "\u2014"),
      text(formatCounts(m.checks))
    ];
  });
  return ["<h2>Models</h2>", table(["Model", "Status", "Failing checks", "Checks"], rows)];
}
function attention(report) {
  if (report.models.length === 0) return [];
  const rows = [];
  report.models.forEach((m, i) => {
    if (m.error !== null) rows.push([{ html: link(modelId(i), escapeHtml(m.name)) }, badge("error"), text("\u2014"), text(m.error)]);
    orderedChecks(m).forEach((c2, j) => {
      if (EXPANDED.has(c2.status)) rows.push([text(m.name), badge(c2.status), { html: link(checkId(i, j), escapeHtml(c2.id)) }, text(c2.message)]);
    });
  });
  if (rows.length === 0) return ["<h2>Failing and warning checks</h2>", "<p>None: every check passed or had no verdict.</p>"];
  return ["<h2>Failing and warning checks</h2>", table(["Model", "Status", "Check", "Message"], rows, "attention")];
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
function checksTable(checks, m) {
  if (checks.length === 0) return "<p>No check was evaluated.</p>";
  const rows = checks.map(checkRow).map((r, j) => {
    return [
      r.alert === "" ? badge(r.status) : { html: `${status(r.status)}<br><span class="muted">${escapeHtml(r.alert)}</span>` },
      { html: link(checkId(m, j), escapeHtml(r.id)) },
      text(r.type),
      num(r.value),
      text(r.thresholds),
      text(r.message)
    ];
  });
  return table(["Status", "Check", "Type", "Value", "Threshold", "Message"], rows);
}
function driftSection(check, details, ids) {
  if (details.columns.length === 0) return [];
  const share = details.share_drifted === null ? "" : ` (${formatValue(details.share_drifted, "share")})`;
  const verdict = details.share_drifted_status === null ? "" : `; share of drifted columns: ${status(details.share_drifted_status)}`;
  const rows = byStatus(details.columns).map((c2) => [
    text(c2.column),
    text(c2.kind),
    text(c2.method),
    num(formatDriftStatistic(c2)),
    num(formatDriftPValue(c2)),
    badge(c2.status),
    text(c2.drifted ? "yes" : "no"),
    num(`${formatValue(c2.reference_rows, "count")} / ${formatValue(c2.current_rows, "count")}`)
  ]);
  return [
    `<h3>${escapeHtml(check.id)}: drift by column</h3>`,
    `<p>${escapeHtml(`${details.drifted_columns} of ${details.evaluated_columns} columns drifted${share}`)}${verdict}.</p>`,
    table(["Column", "Kind", "Method", "Statistic", "p-value", "Status", "Drifted", "Rows (ref / cur)"], rows),
    ...driftCharts(details, ids)
  ];
}
function qualityDetail(c2) {
  const parts = [];
  if (c2.range) parts.push(`range ${formatValue(c2.range.min)} to ${formatValue(c2.range.max)}`);
  if (c2.top_unseen && c2.top_unseen.length > 0) {
    parts.push(`unseen: ${c2.top_unseen.map((u) => `${u.value} (${formatValue(u.count, "count")})`).join(", ")}`);
  }
  return parts.length > 0 ? parts.join("; ") : "\u2014";
}
function qualitySection(check, details) {
  if (details.columns.length === 0 && details.problems.length === 0) return [];
  const out = [`<h3>${escapeHtml(`${check.id}: ${details.metric} by column`)}</h3>`];
  if (details.columns.length > 0) {
    const hint = valueHint(check);
    const rows = byStatus(details.columns).map((c2) => [
      text(c2.column),
      num(formatValueBeside(c2.value, hint, check.thresholds, c2.status)),
      num(c2.count === null ? "\u2014" : `${formatValue(c2.count, "count")} of ${formatValue(c2.total, "count")}`),
      badge(c2.status),
      text(qualityDetail(c2))
    ]);
    out.push(table(["Column", "Value", "Rows", "Status", "Detail"], rows));
  }
  if (details.problems.length > 0) out.push(`<ul>
${details.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("\n")}
</ul>`);
  return out;
}
function groupSection(check, groups, ids) {
  const hint = valueHint(check);
  const rows = groups.map((g) => [
    text(g.group),
    num(formatValue(g.rows, "count")),
    num(formatGroupValue(g, hint)),
    g.status === null ? text("\u2014") : badge(g.status),
    text(g.message)
  ]);
  return [`<h3>${escapeHtml(`${check.id}: by ${groupNoun(check)}`)}</h3>`, table([groupNoun(check) === "class" ? "Class" : "Group", "Rows", groupValueHeading(groups), "Status", "Detail"], rows), ...fairnessChart(check, groups, ids)];
}
function attributionSection(check, attribution) {
  const rows = attribution.features.map((f) => [text(f.column), num(formatValue(f.reweighted)), num(formatValue(f.explained)), num(formatValue(f.share, "share")), num(formatValue(f.unrepresented, "share"))]);
  return [
    `<h3>${escapeHtml(`${check.id}: what explains the ${attribution.direction}`)}</h3>`,
    `<p>${escapeHtml(attribution.summary)}</p>`,
    table(["Feature", "Reweighted reference", "Explained", "Share", "Unrepresented"], rows)
  ];
}
function multivariateSection(check) {
  const evidence = multivariateEvidence(check, (x) => formatValue(x));
  if (evidence === null) return [];
  const rows = evidence.features.map((f) => [text(f.feature), num(formatValue(f.contribution)), text(f.detail)]);
  return [`<h3>${escapeHtml(`${check.id}: top features (${evidence.features.length} of ${evidence.total})`)}</h3>`, table(["Feature", "Contribution", "Detail"], rows)];
}
function checkBlock(check, id, ids) {
  const evidence = [...historyFigure(check, () => nextId(ids), badge)];
  const drift = driftDetails(check);
  if (drift !== null) evidence.push(...driftSection(check, drift, ids));
  const quality = qualityDetails(check);
  if (quality !== null) evidence.push(...qualitySection(check, quality));
  const groups = groupEvidence(check);
  if (groups !== null) evidence.push(...groupSection(check, groups, ids));
  const attribution = attributionEvidence(check);
  if (attribution !== null) evidence.push(...attributionSection(check, attribution));
  evidence.push(...multivariateSection(check));
  evidence.push(...latencyChart(check, ids));
  if (evidence.length === 0) evidence.push(`<p class="muted">${escapeHtml(`${check.type} check; value ${checkValue(check)}; threshold ${checkThresholds(check)}.`)}</p>`);
  const open2 = EXPANDED.has(check.status) ? " open" : "";
  const summary = `<summary>${status(check.status)} <strong>${escapeHtml(check.id)}</strong> <span class="muted">${escapeHtml(check.type)}</span> \xB7 ${escapeHtml(check.message)}</summary>`;
  return [`<details class="check" id="${id}"${open2}>`, summary, ...evidence, "</details>"];
}
function modelSection(model, m, ids) {
  const out = [`<section id="${modelId(m)}">`, `<h2>${status(model.status)} ${escapeHtml(model.name)}</h2>`, facts(model)];
  if (model.error !== null) out.push(`<p class="alert"><strong>Error:</strong> ${escapeHtml(model.error)}</p>`);
  const checks = orderedChecks(model);
  out.push(checksTable(checks, m));
  checks.forEach((check, j) => out.push(...checkBlock(check, checkId(m, j), ids)));
  out.push("</section>");
  return out;
}
function renderHtml(report) {
  const body = [...header(report), ...policyErrors(report), ...fleet(report), ...attention(report)];
  const ids = { next: 0 };
  report.models.forEach((model, m) => body.push(...modelSection(model, m, ids)));
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
