/**
 * Secrets are the values policies take from the environment (`${NAME}`). They are masked as
 * `***` wherever text leaves the tool: in the report's strings (engine/redact.ts) and once more
 * in rendered output (report/mask.ts). This file holds what both share. Pure.
 *
 * Values shorter than four characters are left alone (decision): masking `1`, `no` or `eu`
 * would garble every number and word of a report, and a value that short protects nothing.
 * GitHub's log masking has the same blind spot. docs/policy.md says so next to `${NAME}`.
 */
export const MASK = '***';
export const MIN_SECRET_LENGTH = 4;

/**
 * The strings to mask for one secret in the raw text of a message: the value, and its
 * JSON-escaped form, since policy errors quote the offending value with JSON.stringify
 * (`a"b` appears as `a\"b`).
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const json = JSON.stringify(secret).slice(1, -1);
  return json === secret ? [secret] : [secret, json];
}

/** Every form of every secret, longest first, so that a secret inside a longer one is not masked by halves. */
export function maskedForms(secrets: readonly string[], forms: (secret: string) => readonly string[] = secretForms): string[] {
  return [...new Set(secrets.flatMap((s) => forms(s)))].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/** Replaces each of `forms`, in order, by the mask. O(text × forms). */
export function maskText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}
