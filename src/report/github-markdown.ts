/**
 * Markdown building blocks shared by the GitHub renderers (job summary, issue body, PR body).
 * Pure. Cells and text passed in must already be escaped (`escapeMarkdown`) when they come from
 * data; these helpers add only our own syntax. Mentions are made here and only here, from the
 * policy's owners, so that no mention can come from data.
 */
import { escapeMarkdown, showControls } from './escape.js';

/** A GitHub-flavoured Markdown table; cells are trusted (escaped by the caller). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const rule = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/**
 * Inline code for our own identifiers (check ids, paths from the policy), escaped as data: a
 * file name can hold a bidi override too, and inside a code span `\u{202e}` stays literal.
 */
export function code(text: string): string {
  return `\`${showControls(text.replace(/[`\r\n]/g, ' '))}\``;
}

/** A link whose text is data (escaped) and whose target is a URL we built or the policy gave. */
export function link(text: string, url: string): string {
  const safeUrl = encodeURI(decodeSafely(url)).replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}

function decodeSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

const HANDLE = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(\/[A-Za-z0-9._-]+)?$/;

/**
 * An owner from the policy as a mention (`@user`, `@org/team`); anything that is not a valid
 * GitHub handle is shown as escaped text, so a policy cannot smuggle Markdown in either.
 */
export function mention(owner: string): string {
  const match = HANDLE.exec(owner.trim());
  if (match === null) return escapeMarkdown(owner);
  return `@${match[1] ?? ''}${match[2] ?? ''}`;
}

/** Hidden HTML comment with a payload that can never close the comment early. */
export function hiddenComment(text: string): string {
  return `<!-- ${text.replace(/--/g, '-\u2010').replace(/>/g, '\\u003e')} -->`;
}

/**
 * Joins `head`, as many `sections` as fit, and `tail` within `limit` units of `measure`
 * (characters for issue bodies, UTF-8 bytes for the job summary). When sections are left out,
 * `note(omitted)` takes their place, so the cut is always visible. Sections are kept whole.
 */
export function fitSections(
  parts: { readonly head: readonly string[]; readonly sections: readonly string[]; readonly tail: readonly string[] },
  limit: number,
  measure: (text: string) => number,
  note: (omitted: number) => string,
): string {
  const join = (blocks: readonly string[]): string => blocks.filter((b) => b !== '').join('\n\n') + '\n';
  // Sizes add up (both measures are additive over concatenation): O(sections), no re-joining.
  const size = (blocks: readonly string[]): number => {
    const present = blocks.filter((b) => b !== '');
    return present.reduce((sum, b) => sum + measure(b), 0) + 2 * Math.max(0, present.length - 1) + 1;
  };
  const all = join([...parts.head, ...parts.sections, ...parts.tail]);
  if (measure(all) <= limit) return all;
  const fixed = size([...parts.head, ...parts.tail]);
  const kept: string[] = [];
  let used = fixed;
  for (let i = 0; i < parts.sections.length; i++) {
    const section = parts.sections[i] ?? '';
    const noteText = note(parts.sections.length - i - 1);
    const added = section === '' ? 0 : measure(section) + 2;
    if (used + added + (noteText === '' ? 0 : measure(noteText) + 2) > limit) break;
    kept.push(section);
    used += added;
  }
  const omitted = parts.sections.length - kept.length;
  const fitted = join([...parts.head, ...kept, note(omitted), ...parts.tail]);
  if (measure(fitted) <= limit) return fitted;
  // Even the head does not fit: cut the text itself (never inside a UTF-16 pair).
  const marker = `\n\n${note(omitted)}\n`;
  let end = Math.max(0, limit - measure(marker));
  let cut = Array.from(fitted).slice(0, end).join('');
  while (measure(cut) + measure(marker) > limit && end > 0) cut = Array.from(fitted).slice(0, (end -= 64)).join('');
  return cut + marker;
}

/** Whether `parts`, joined as `fitSections` joins them, fit within `limit` whole (nothing cut). */
export function fitsWhole(
  parts: { readonly head: readonly string[]; readonly sections: readonly string[]; readonly tail: readonly string[] },
  limit: number,
  measure: (text: string) => number,
): boolean {
  const present = [...parts.head, ...parts.sections, ...parts.tail].filter((b) => b !== '');
  return present.reduce((sum, b) => sum + measure(b), 0) + 2 * Math.max(0, present.length - 1) + 1 <= limit;
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
export const utf16Chars = (text: string): number => text.length;
