/**
 * A problem in a data file that the user can fix: a missing file, a glob that matches nothing,
 * a malformed row, a value that does not fit its column's kind. The message points at the
 * source, e.g. `data/current.csv: row 18204, column "tenure": "n/a" is not a number`.
 * `row` is the 1-based data row (the CSV header is not counted); the path in the message is
 * relative to the working directory when the file lies below it.
 */
import { isAbsolute, relative } from 'node:path';
import type { ProblemCode } from '../problems.js';

export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    /** Stable, for tools and tests to match on (src/problems.ts, docs/errors.md). */
    readonly code: ProblemCode,
    readonly file: string,
    /** The message without its location (kept so that a reader thread's error can be rebuilt). */
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    super(formatLocation(file, row, column) + detail);
  }
}

/** `file: ` / `file: row 3, ` / `file: row 3, column "x": ` / `file: column "x": `. */
function formatLocation(file: string, row: number | undefined, column: string | undefined): string {
  const parts: string[] = [];
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`column ${JSON.stringify(column)}`);
  return `${displayPath(file)}: ${parts.length > 0 ? parts.join(', ') + ': ' : ''}`;
}

/** The path as a user would type it: relative to the working directory when below it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
