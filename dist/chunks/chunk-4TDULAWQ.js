import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  maskText,
  maskedForms,
  secretForms
} from "./chunk-ICZFUYP7.js";
import {
  escapeHtml,
  escapeMarkdown,
  escapeTerminal
} from "./chunk-TPAHR6PB.js";

// src/report/mask.ts
function printedForms(secret) {
  return secretForms(secret).flatMap((raw) => [raw, JSON.stringify(raw).slice(1, -1), escapeMarkdown(raw), escapeHtml(raw), escapeTerminal(raw), escapeHtml(escapeMarkdown(raw))]);
}
function maskOutput(text, secrets) {
  const forms = maskedForms(secrets, printedForms);
  return forms.length === 0 ? text : maskText(text, forms);
}

export {
  printedForms,
  maskOutput
};
