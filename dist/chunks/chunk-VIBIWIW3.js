import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/checks/status.ts
var SEVERITY = {
  fail: 8,
  error: 7,
  pending: 6,
  warn: 5,
  no_data: 4,
  pass: 3,
  inhibited: 2,
  silenced: 1,
  skipped: 0
};
var STATUSES_BY_SEVERITY = ["fail", "error", "pending", "warn", "no_data", "pass", "inhibited", "silenced", "skipped"];
function severity(status) {
  return SEVERITY[status];
}
function worstStatus(statuses, empty = "skipped") {
  let worst = null;
  for (const status of statuses) if (worst === null || SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst ?? empty;
}

export {
  STATUSES_BY_SEVERITY,
  severity,
  worstStatus
};
