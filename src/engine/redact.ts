/**
 * Secrets never appear in a report or a log line: every string of the value given (messages,
 * errors, paths, names, and the keys of details, which are column names) has each secret
 * replaced by `***`, as is and JSON-escaped (see src/secrets.ts, which also says why values
 * under four characters are left alone). Renderers escape for their medium afterwards;
 * report/mask.ts checks their output once more for the escaped forms.
 */
import type { Policy } from '../policy/types.js';
import { maskedForms, maskText } from '../secrets.js';

export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const forms = maskedForms(secrets);
  if (forms.length === 0) return value;
  const redact = (node: unknown): unknown => {
    if (typeof node === 'string') return maskText(node, forms);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [maskText(k, forms), redact(v)]));
    }
    return node;
  };
  return redact(value) as T;
}

/**
 * The policy as GitHub sinks see it: alerting and retraining (labels, paths, check ids) masked
 * like the report, so that issue labels or a retraining path never carry a secret to GitHub and
 * check ids still match the report's. The rest is shared, not copied.
 */
export function redactPolicy(policy: Policy, secrets: readonly string[]): Policy {
  if (maskedForms(secrets).length === 0) return policy;
  const masked: Policy = {
    ...policy,
    alerting: redactSecrets(policy.alerting, secrets),
    ...(policy.retraining === undefined ? {} : { retraining: redactSecrets(policy.retraining, secrets) }),
  };
  Object.defineProperty(masked, 'positionOf', { value: policy.positionOf, enumerable: false });
  Object.defineProperty(masked, 'secrets', { value: policy.secrets, enumerable: false });
  return masked;
}
