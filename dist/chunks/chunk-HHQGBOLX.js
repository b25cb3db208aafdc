import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/policy/format.ts
function formatPolicyError(e) {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

export {
  formatPolicyError
};
