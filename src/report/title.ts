/**
 * Issue and pull-request titles that say what fails: `adult-income-shifted: feature-drift,
 * missing-numbers failing`. A title is plain text (no Markdown to escape, but controls and bidi
 * overrides still act, so escapePlainText), names at most three checks (`and 4 more`), and stays
 * within GitHub's 256 characters however long the names are. Pure; O(checks).
 */
import { escapePlainText } from './escape.js';
import { truncateLength } from './width.js';

/** GitHub refuses longer issue and pull-request titles. */
export const TITLE_LIMIT = 256;
const NAMED_CHECKS = 3;

/** `${subject}: a, b, c and 2 more ${state}`, the ids sorted and deduplicated. */
export function checksTitle(subject: string, ids: readonly string[], state: string): string {
  const sorted = [...new Set(ids)].sort();
  const named = sorted.slice(0, NAMED_CHECKS).join(', ');
  const rest = sorted.length > NAMED_CHECKS ? ` and ${sorted.length - NAMED_CHECKS} more` : '';
  const text = sorted.length === 0 ? `${subject}: ${state}` : `${subject}: ${named}${rest} ${state}`;
  return truncateLength(escapePlainText(text), TITLE_LIMIT);
}
