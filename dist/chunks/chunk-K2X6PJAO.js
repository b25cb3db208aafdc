import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  maskText,
  maskedForms
} from "./chunk-ICZFUYP7.js";

// src/engine/redact.ts
function redactSecrets(value, secrets) {
  const forms = maskedForms(secrets);
  if (forms.length === 0) return value;
  const redact = (node) => {
    if (typeof node === "string") return maskText(node, forms);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === "object" && !ArrayBuffer.isView(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [maskText(k, forms), redact(v)]));
    }
    return node;
  };
  return redact(value);
}
function redactPolicy(policy, secrets) {
  if (maskedForms(secrets).length === 0) return policy;
  const masked = {
    ...policy,
    alerting: redactSecrets(policy.alerting, secrets),
    ...policy.retraining === void 0 ? {} : { retraining: redactSecrets(policy.retraining, secrets) }
  };
  Object.defineProperty(masked, "positionOf", { value: policy.positionOf, enumerable: false });
  Object.defineProperty(masked, "secrets", { value: policy.secrets, enumerable: false });
  return masked;
}

export {
  redactSecrets,
  redactPolicy
};
