import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

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
function asPercentIn(x, digits) {
  const pct = x * 100;
  return `${digits === void 0 ? String(pct) : String(Number(pct.toPrecision(digits)))}%`;
}

export {
  count,
  asPercent,
  asPercentIn
};
