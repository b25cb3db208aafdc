import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/engine/exit-code.ts
var FAILING = {
  fail: /* @__PURE__ */ new Set(["fail", "error"]),
  warn: /* @__PURE__ */ new Set(["fail", "error", "pending", "warn"]),
  never: /* @__PURE__ */ new Set()
};
function failingModels(report, failOn) {
  return report.models.filter((m) => FAILING[failOn].has(m.status)).map((m) => m.name);
}
function exitCodeFor(report, failOn) {
  if (report.policy_errors.length > 0) return 2;
  return failingModels(report, failOn).length > 0 ? 1 : 0;
}

export {
  failingModels,
  exitCodeFor
};
