import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  failure
} from "./chunk-BQP2U36L.js";

// src/checks/counts.ts
function count(n) {
  return n.toLocaleString("en-US");
}
function asPercent(x) {
  const pct = x * 100;
  if (pct === 0) return "0%";
  if (pct < 0.01) return "<0.01%";
  if (pct > 99.99 && pct < 100) return ">99.99%";
  const decimals = pct >= 100 ? 0 : pct >= 10 ? 1 : 2;
  return `${Number(pct.toFixed(decimals))}%`;
}
function inDigits(x, digits) {
  return digits === void 0 ? String(x) : String(Number(x.toPrecision(digits)));
}
function asPercentIn(x, digits) {
  return `${inDigits(x * 100, digits)}%`;
}

// src/checks/threshold.ts
function unjudgeable(code, message) {
  return { ...failure(code, message), status: "error" };
}
function percent(confidence) {
  return `${Number((confidence * 100).toPrecision(4))}%`;
}
function intervalHolds(threshold, interval) {
  const level = percent(interval.confidence);
  const { low, high } = interval;
  const { gt, gte, lt, lte } = threshold;
  if (gt !== void 0 && low > gt) return `${level} interval wholly > ${gt} (lower end ${shownBeyond(low, (x) => x > gt)})`;
  if (gte !== void 0 && low >= gte) return `${level} interval wholly \u2265 ${gte} (lower end ${shownBeyond(low, (x) => x >= gte)})`;
  if (lt !== void 0 && high < lt) return `${level} interval wholly < ${lt} (upper end ${shownBeyond(high, (x) => x < lt)})`;
  if (lte !== void 0 && high <= lte) return `${level} interval wholly \u2264 ${lte} (upper end ${shownBeyond(high, (x) => x <= lte)})`;
  return null;
}
function shownBeyond(end, beyond) {
  const shown = bandEnd(end);
  return beyond(Number(shown)) ? shown : String(end);
}
function shownAgainst(value, verdict, format, fine = inDigits) {
  return shownBeside(value, verdict.status === "error" ? void 0 : verdict.bound, format, fine);
}
function shownBeside(value, bound, format, fine = inDigits) {
  const shown = format(value);
  if (bound === void 0 || shown !== format(bound)) return shown;
  const six = fine(value, 6);
  return six !== fine(bound, 6) ? six : fine(value);
}
function breachedBound(comparator, value) {
  return comparatorBreach(comparator, value)?.bound;
}
function bandEnd(n) {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}
function comparatorHolds(comparator, value, show) {
  return comparatorBreach(comparator, value, show)?.holds ?? null;
}
function comparatorBreach(comparator, value, show) {
  const n = typeof value === "number" ? value : Number.NaN;
  const bound = show ?? String;
  const band = show ?? bandEnd;
  if (comparator.gt !== void 0 && n > comparator.gt) return { holds: `> ${bound(comparator.gt)}`, bound: comparator.gt };
  if (comparator.gte !== void 0 && n >= comparator.gte) return { holds: `\u2265 ${bound(comparator.gte)}`, bound: comparator.gte };
  if (comparator.lt !== void 0 && n < comparator.lt) return { holds: `< ${bound(comparator.lt)}`, bound: comparator.lt };
  if (comparator.lte !== void 0 && n <= comparator.lte) return { holds: `\u2264 ${bound(comparator.lte)}`, bound: comparator.lte };
  const other = otherConditionHolds(comparator, value, n, band);
  return other === null ? null : { holds: other };
}
function otherConditionHolds(comparator, value, n, band) {
  if (comparator.eq !== void 0 && value === comparator.eq) return `= ${comparator.eq}`;
  if (comparator.not_eq !== void 0 && value !== comparator.not_eq) return `\u2260 ${comparator.not_eq}`;
  if (comparator.between !== void 0) {
    const [lo, hi] = comparator.between;
    if (n >= lo && n <= hi) return `between ${band(lo)} and ${band(hi)}`;
  }
  if (comparator.not_between !== void 0) {
    const [lo, hi] = comparator.not_between;
    if (!Number.isNaN(n) && (n < lo || n > hi)) return `outside ${band(lo)} to ${band(hi)}`;
  }
  if (comparator.in !== void 0 && comparator.in.includes(value)) return `in [${comparator.in.join(", ")}]`;
  if (comparator.not_in !== void 0 && !comparator.not_in.includes(value)) {
    return `not in [${comparator.not_in.join(", ")}]`;
  }
  return null;
}
function thresholdHolds(threshold, value, reference, interval, show) {
  if (threshold.confidence !== void 0) {
    const level = percent(threshold.confidence);
    if (interval === null || interval === void 0) {
      return unjudgeable("check/no-interval", `the threshold asks for the ${level} interval, and this value has none`);
    }
    if (interval.confidence !== threshold.confidence) {
      return unjudgeable("check/no-interval", `the threshold asks for the ${level} interval, and this value has the ${percent(interval.confidence)} one only`);
    }
    return { holds: intervalHolds(threshold, interval) };
  }
  const direct = comparatorBreach(threshold, value, show);
  if (direct !== null) return direct;
  if (threshold.relative === void 0 && threshold.absolute === void 0) return { holds: null };
  if (reference === null || reference === void 0 || !Number.isFinite(reference)) {
    return unjudgeable("check/no-reference", "the threshold compares against the reference value, which could not be computed");
  }
  if (threshold.absolute !== void 0) {
    const delta = value - reference;
    const holds = comparatorHolds(threshold.absolute, delta);
    if (holds !== null) return { holds: `change ${holds} vs reference` };
  }
  if (threshold.relative !== void 0) {
    if (reference === 0) return unjudgeable("check/undefined-metric", "a relative change against a reference value of 0 is undefined");
    const change = (value - reference) / Math.abs(reference);
    const holds = comparatorHolds(threshold.relative, change);
    if (holds !== null) return { holds: `relative change ${holds} vs reference` };
  }
  return { holds: null };
}
function judge(value, thresholds, reference, interval, show) {
  if (!Number.isFinite(value)) return unjudgeable("check/undefined-metric", `the value is ${value}`);
  for (const level of ["fail", "warn"]) {
    const threshold = thresholds[level];
    if (threshold === void 0) continue;
    const result = thresholdHolds(threshold, value, reference, interval, show);
    if ("ok" in result) return result;
    if (result.holds !== null) return { status: level, breached: result.holds, ...result.bound !== void 0 && { bound: result.bound } };
  }
  return { status: "pass" };
}

export {
  count,
  asPercent,
  inDigits,
  asPercentIn,
  shownAgainst,
  shownBeside,
  breachedBound,
  bandEnd,
  comparatorHolds,
  judge
};
