/**
 * The last guard before rendered text leaves the process (terminal, report files, the job
 * summary, annotations): each secret is masked again in every form a renderer could have turned
 * it into — Markdown-, HTML-, JSON- and terminal-escaped, each applied to the value as is and to
 * its JSON-escaped form (the one policy errors quote). The report is masked before rendering
 * (engine/redact.ts; src/secrets.ts has the rules), so this pass normally finds nothing; it exists so that a renderer that
 * escapes or joins strings in a new way cannot bring a secret back. Pure. O(text × forms).
 */
import { maskedForms, maskText, secretForms } from '../secrets.js';
import { escapeHtml, escapeMarkdown, escapeTerminal } from './escape.js';

/** Every printed form of one secret. */
export function printedForms(secret: string): string[] {
  return secretForms(secret).flatMap((raw) => [raw, JSON.stringify(raw).slice(1, -1), escapeMarkdown(raw), escapeHtml(raw), escapeTerminal(raw), escapeHtml(escapeMarkdown(raw))]);
}

/** `text` with every printed form of every secret replaced by `***`. */
export function maskOutput(text: string, secrets: readonly string[]): string {
  const forms = maskedForms(secrets, printedForms);
  return forms.length === 0 ? text : maskText(text, forms);
}
