import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/problems.ts
function ok(value) {
  return { ok: true, value };
}
function failure(code, message, status = "error") {
  return { ok: false, status, code, message };
}

export {
  ok,
  failure
};
