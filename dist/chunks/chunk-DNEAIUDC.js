import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  asPercent,
  asPercentIn,
  breachedBound,
  inDigits,
  shownBeside
} from "./chunk-EY2KJAPC.js";

// src/report/format.ts
var MINUS = "\u2212";
var grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var significant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4, useGrouping: false });
function signed(negative, magnitude) {
  return negative ? `${MINUS}${magnitude}` : magnitude;
}
function exponent(abs, digits) {
  const [mantissa = "", power = ""] = abs.toExponential(digits - 1).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return `${trimmed}e${power.replace("+", "")}`;
}
function formatPValue(abs) {
  if (abs === 0) return "0";
  if (abs < 1e-3) return exponent(abs, 2);
  return String(Number(abs.toPrecision(2)));
}
function formatNumber(abs) {
  if (abs === 0) return "0";
  if (abs < 1e-4 || abs >= 1e15) return exponent(abs, 3);
  if (abs >= 1e3) return grouped.format(abs);
  return significant.format(abs);
}
function formatValue(value, hint = "number") {
  if (value === null) return "\u2014";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : `${MINUS}\u221E`;
  const negative = value < 0;
  const abs = Math.abs(value);
  switch (hint) {
    case "share":
      return signed(negative, asPercent(abs));
    case "p_value":
      return signed(negative, formatPValue(abs));
    case "count":
      return signed(negative && Math.round(abs) !== 0, integer.format(abs));
    case "number":
      return signed(negative, formatNumber(abs));
  }
}
function formatValueBeside(value, hint, thresholds, status) {
  const shown = formatValue(value, hint);
  if (value === null || !Number.isFinite(value) || hint === "count" || status !== "warn" && status !== "fail") return shown;
  const threshold = thresholds[status];
  if (threshold === void 0 || threshold.confidence !== void 0) return shown;
  const fine = (x, digits) => signed(x < 0, hint === "share" ? asPercentIn(Math.abs(x), digits) : inDigits(Math.abs(x), digits));
  return shownBeside(value, breachedBound(threshold, value), (x) => formatValue(x, hint), fine);
}
function formatDriftPValue(column) {
  const adjusted = column.p_value_adjusted;
  const corrected = adjusted !== void 0 && adjusted !== null && adjusted !== column.p_value;
  const raw = corrected ? formatValue(column.p_value, "p_value") : judgedBeside(column.p_value, "p_value", column);
  return corrected ? `${raw} (adj. ${judgedBeside(adjusted, "p_value", column)})` : raw;
}
function formatDriftStatistic(column) {
  return column.p_value === null ? judgedBeside(column.statistic, "number", column) : formatValue(column.statistic ?? null);
}
function judgedBeside(value, hint, column) {
  return column.thresholds === void 0 || column.status === void 0 ? formatValue(value ?? null, hint) : formatValueBeside(value ?? null, hint, column.thresholds, column.status);
}
function formatScalar(value, hint) {
  return typeof value === "number" ? formatValue(value, hint) : JSON.stringify(value);
}
function formatComparator(comparator, hint) {
  const parts = [];
  const bound = (symbol, value) => {
    if (value !== void 0) parts.push(`${symbol} ${formatValue(value, hint)}`);
  };
  bound(">", comparator.gt);
  bound("\u2265", comparator.gte);
  bound("<", comparator.lt);
  bound("\u2264", comparator.lte);
  if (comparator.eq !== void 0) parts.push(`= ${formatScalar(comparator.eq, hint)}`);
  if (comparator.not_eq !== void 0) parts.push(`\u2260 ${formatScalar(comparator.not_eq, hint)}`);
  if (comparator.between) {
    const [lo, hi] = comparator.between;
    parts.push(`between ${formatValue(lo, hint)} and ${formatValue(hi, hint)}`);
  }
  if (comparator.not_between) {
    const [lo, hi] = comparator.not_between;
    parts.push(`outside ${formatValue(lo, hint)} to ${formatValue(hi, hint)}`);
  }
  if (comparator.in) parts.push(`in {${comparator.in.map((v) => formatScalar(v, hint)).join(", ")}}`);
  if (comparator.not_in) parts.push(`not in {${comparator.not_in.map((v) => formatScalar(v, hint)).join(", ")}}`);
  return parts;
}
function formatThreshold(threshold, hint) {
  const parts = formatComparator(threshold, hint);
  if (threshold.absolute) {
    const changeHint = hint === "share" ? "number" : hint;
    const scale = hint === "share" ? 100 : 1;
    const unit = hint === "share" ? " pp" : "";
    const scaled = scaleComparator(threshold.absolute, scale);
    for (const part of formatComparator(scaled, changeHint)) parts.push(`\u0394 ${part}${unit} vs reference`);
  }
  if (threshold.relative) {
    for (const part of formatComparator(threshold.relative, "share")) parts.push(`\u0394rel ${part} vs reference`);
  }
  const interval = threshold.confidence === void 0 ? "" : ` (whole ${Number((threshold.confidence * 100).toPrecision(4))}% interval)`;
  return parts.length === 0 ? "" : `${parts.join(" or ")}${interval}`;
}
function scaleComparator(comparator, scale) {
  if (scale === 1) return comparator;
  const s = (v) => v === void 0 ? void 0 : v * scale;
  const pair = (p) => p === void 0 ? void 0 : [p[0] * scale, p[1] * scale];
  return {
    gt: s(comparator.gt),
    gte: s(comparator.gte),
    lt: s(comparator.lt),
    lte: s(comparator.lte),
    eq: typeof comparator.eq === "number" ? comparator.eq * scale : comparator.eq,
    not_eq: typeof comparator.not_eq === "number" ? comparator.not_eq * scale : comparator.not_eq,
    between: pair(comparator.between),
    not_between: pair(comparator.not_between),
    in: comparator.in?.map((v) => typeof v === "number" ? v * scale : v),
    not_in: comparator.not_in?.map((v) => typeof v === "number" ? v * scale : v)
  };
}
function formatThresholds(thresholds, hint = "number") {
  const levels = [];
  for (const level of ["warn", "fail"]) {
    const threshold = thresholds[level];
    if (threshold === void 0) continue;
    const text = formatThreshold(threshold, hint);
    if (text === "") continue;
    levels.push(/^[<>≤≥=≠]/.test(text) ? `${level} ${text}` : `${level}: ${text}`);
  }
  if (levels.length === 0) return "\u2014";
  const derived = "derived_from" in thresholds ? thresholds.derived_from : void 0;
  const joined = levels.join(" \xB7 ");
  return derived === void 0 ? joined : `${joined} (from ${derived})`;
}
var SYMBOLS = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u26D4",
  no_data: "\u2205",
  skipped: "\u23ED\uFE0F",
  silenced: "\u{1F515}",
  pending: "\u23F3",
  inhibited: "\u{1F507}"
};
var LABELS = {
  pass: "pass",
  warn: "warn",
  fail: "fail",
  error: "error",
  no_data: "no data",
  skipped: "skipped",
  silenced: "silenced",
  pending: "pending",
  inhibited: "inhibited"
};
function statusSymbol(status) {
  return SYMBOLS[status];
}
function statusLabel(status) {
  return LABELS[status];
}
function alertText(check) {
  const alert = check.alert;
  if (alert === void 0 || alert.state === "inactive") return "";
  const day = alert.since.slice(0, 10);
  switch (alert.state) {
    case "pending":
      return alert.for !== void 0 && /runs?$/.test(alert.for) ? `${alert.runs} of ${alert.for}` : `pending since ${day}`;
    case "firing":
      return alert.kept === true ? "kept firing" : `firing since ${day}`;
    case "resolved":
      return "resolved";
  }
}
function trendText(check) {
  const f = check.forecast;
  if (f === void 0) return "";
  const n = (x) => x === null ? "\u2014" : String(Number(x.toPrecision(2)));
  const level = `${Number((f.confidence * 100).toPrecision(3))}%`;
  const head = `Trend of the last ${f.runs} runs: ${n(f.slope_per_day)} a day (${level} interval ${n(f.slope_low)} to ${n(f.slope_high)})`;
  if (f.bound === null) return `${head}.`;
  if (f.crossing === null) return `${head}; no crossing of ${f.bound} ahead at it.`;
  if (f.crossing.days === 0) return `${head}; the trend line is already past ${f.bound}.`;
  const days = (x) => String(x < 10 ? Number(x.toFixed(1)) : Math.round(x));
  return `${head}; at it, ${f.bound} is crossed in about ${days(f.crossing.days)} days (${days(f.crossing.low)}\u2013${f.crossing.high === null ? "not at the slow end" : days(f.crossing.high)}).`;
}
function valueHint(check) {
  if (check.type === "drift") return "share";
  if (check.type === "data_quality") {
    if (!isRecord(check.details)) return "number";
    const metric = check.details["metric"];
    switch (metric) {
      case "row_count":
      case "duplicate_ids":
      case "schema":
        return "count";
      case "freshness":
        return "number";
      default:
        return "share";
    }
  }
  if (check.type === "operational" && isRecord(check.details)) {
    const metric = check.details["metric"];
    if (metric === "error_rate" || metric === "null_prediction_share") return "share";
  }
  return "number";
}
function formatInstant(iso) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?Z$/.exec(iso);
  if (match === null) return iso;
  const [, date, minutes, seconds = ":00", fraction = ""] = match;
  const exact = /^\.?0*$/.test(fraction) ? "" : fraction;
  const clock = seconds === ":00" && exact === "" ? minutes : `${minutes}${seconds}${exact}`;
  return `${date} ${clock} UTC`;
}
function checkThresholds(check) {
  if (check.type === "drift") {
    const shareJudged = judgesItsValue(check);
    const text = formatThresholds(check.thresholds, shareJudged ? "share" : "number");
    return shareJudged || text === "\u2014" ? text : `per column: ${text}`;
  }
  return formatThresholds(check.thresholds, valueHint(check));
}
function checkValue(check) {
  const hint = valueHint(check);
  return judgesItsValue(check) ? formatValueBeside(check.value, hint, check.thresholds, check.status) : formatValue(check.value, hint);
}
function judgesItsValue(check) {
  if (check.type !== "drift") return true;
  return isRecord(check.details) && check.details["share_drifted_status"] !== null && check.details["share_drifted_status"] !== void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null;
}
function formatGroupValue(group, hint) {
  const value = formatValue(group.value, hint);
  return group.low === null || group.high === null ? value : `${value} (${formatValue(group.low, hint)} to ${formatValue(group.high, hint)})`;
}
function groupValueHeading(groups) {
  const levels = [...new Set(groups.flatMap((g) => g.low === null || g.confidence === null ? [] : [g.confidence]))];
  if (levels.length === 0) return "Value";
  return levels.length === 1 ? `Value (${Number((levels[0] * 100).toPrecision(4))}% interval)` : "Value (interval)";
}
function formatChartNumber(value) {
  if (!Number.isFinite(value)) return "0";
  const rounded = Number(value.toPrecision(4));
  const abs = Math.abs(rounded);
  if (abs < 1e-100) return "0";
  const sign = rounded < 0 ? "-" : "";
  if (abs >= 1e21) return `${sign}${BigInt(Math.round(abs)).toString()}`;
  const decimals = Math.min(100, Math.max(0, 3 - Math.floor(Math.log10(abs))));
  const fixed = abs.toFixed(decimals);
  return `${sign}${fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed}`;
}

export {
  formatValue,
  formatValueBeside,
  formatDriftPValue,
  formatDriftStatistic,
  formatThresholds,
  statusSymbol,
  statusLabel,
  alertText,
  trendText,
  valueHint,
  formatInstant,
  checkThresholds,
  checkValue,
  formatGroupValue,
  groupValueHeading,
  formatChartNumber
};
