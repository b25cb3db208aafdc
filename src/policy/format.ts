/**
 * The one way a policy error is printed: `file:line:column: message`, the form editors and
 * GitHub annotations understand. Pure.
 */
import type { PolicyError } from './types.js';

export function formatPolicyError(e: PolicyError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}
