/**
 * Secrets never appear in a report: every string in a model's report (messages, errors, paths)
 * has each value that came from the environment replaced by `***`. Values shorter than four
 * characters are left alone, as masking them would garble ordinary text (GitHub's log masking
 * has the same blind spot).
 */
const MASK = '***';
const MIN_SECRET_LENGTH = 4;

export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const masked = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (masked.length === 0) return value;
  const redact = (node: unknown): unknown => {
    if (typeof node === 'string') return masked.reduce((text, secret) => text.split(secret).join(MASK), node);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, redact(v)]));
    }
    return node;
  };
  return redact(value) as T;
}
