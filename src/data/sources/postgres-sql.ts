/**
 * The SQL text the PostgreSQL source sends, built from the policy's `table`/`where` or `query`.
 *
 * The window's bounds are never spliced into the text. COPY takes no bind parameters, so the
 * bounds are bound to `set_config('modelwatch.window_start', $1, true)` in the read's transaction
 * (postgres.ts) and each `$window_start` / `$window_end` token of the user's SQL becomes
 * `(SELECT current_setting('modelwatch.window_start')::timestamptz)`: a scalar subquery, which
 * the server computes once a statement, where the bare expression is computed again for every
 * row (a 1,000,000-row windowed scan, PostgreSQL 15: 57 ms against 400 ms). Tokens are found by
 * a small lexer of PostgreSQL's lexical rules, so a token inside a string literal ('…', E'…'
 * with backslash escapes, U&'…'), a quoted identifier ("…"), a dollar-quoted string ($$…$$,
 * $tag$…$tag$), a line comment (--) or a nested block comment (/* … *\/) is left as it is, and
 * `foo$window_start` is one identifier (PostgreSQL identifiers may hold `$`). A token is the
 * whole word: a longer name such as `$window_start_day` is not one. O(length of the SQL).
 *
 * The same scan drops trailing semicolons (the text is wrapped as a subquery) and reports a
 * semicolon followed by more SQL: the source reads one SELECT, not a script.
 */

/** What stands for a window bound in the SQL sent: the transaction's setting, as a timestamptz. */
export function boundExpression(bound: 'start' | 'end'): string {
  return `(SELECT pg_catalog.current_setting('modelwatch.window_${bound}')::timestamptz)`;
}

export interface ScannedSql {
  /** The text with the window tokens replaced and trailing semicolons dropped. */
  readonly text: string;
  /** How many `$window_start` / `$window_end` tokens were replaced. */
  readonly windowTokens: number;
  /** A semicolon followed by more SQL: more than one statement. */
  readonly manyStatements: boolean;
}

const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
const WINDOW_TOKEN = /^\$window_(start|end)(?![A-Za-z0-9_$\u0080-\uffff])/;

/** Replaces the window tokens outside literals and comments (see the file comment). */
export function scanSql(sql: string): ScannedSql {
  let out = '';
  let windowTokens = 0;
  let pendingSemicolon = false;
  let manyStatements = false;
  let i = 0;
  const n = sql.length;
  /** Appends sql[from, to) as one token; `significant`: SQL, not whitespace or a comment. */
  const emit = (from: number, to: number, significant: boolean): void => {
    if (significant && pendingSemicolon) {
      manyStatements = true;
      pendingSemicolon = false;
      out += ';';
    }
    out += sql.slice(from, to);
  };
  while (i < n) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      emit(i, stop, false);
      i = stop;
    } else if (c === '/' && next === '*') {
      const stop = blockCommentEnd(sql, i);
      emit(i, stop, false);
      i = stop;
    } else if (c === "'") {
      const stop = stringEnd(sql, i, escapePrefix(sql, i));
      emit(i, stop, true);
      i = stop;
    } else if (c === '"') {
      const stop = quotedEnd(sql, i, '"');
      emit(i, stop, true);
      i = stop;
    } else if (c === '$') {
      const rest = sql.slice(i, i + 200);
      const tag = DOLLAR_TAG.exec(rest);
      const token = WINDOW_TOKEN.exec(rest);
      if (tag !== null) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        const stop = close < 0 ? n : close + tag[0].length;
        emit(i, stop, true);
        i = stop;
      } else if (token !== null) {
        emit(i, i, true);
        out += boundExpression(token[1] as 'start' | 'end');
        windowTokens++;
        i += token[0].length;
      } else {
        emit(i, i + 1, true);
        i++;
      }
    } else if (IDENT_START.test(c)) {
      let stop = i + 1;
      while (stop < n && IDENT_PART.test(sql[stop]!)) stop++;
      emit(i, stop, true);
      i = stop;
    } else if (c === ';') {
      // Held back: dropped at the end, written out if more SQL follows (`;;` is one).
      pendingSemicolon = true;
      i++;
    } else {
      emit(i, i + 1, !/\s/.test(c));
      i++;
    }
  }
  return { text: out, windowTokens, manyStatements };
}

/** Whether the quote at `quote` opens an E'…' string (backslash escapes): an E alone before it. */
function escapePrefix(sql: string, quote: number): boolean {
  const p = sql[quote - 1];
  return (p === 'E' || p === 'e') && (quote < 2 || !IDENT_PART.test(sql[quote - 2]!));
}

/** End (exclusive) of the string literal opening at `start`; the end of the text if unterminated. */
function stringEnd(sql: string, start: number, backslashes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslashes && c === '\\') i += 2;
    else if (c === "'") {
      if (sql[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

function quotedEnd(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** Block comments nest in PostgreSQL. */
function blockCommentEnd(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return sql.length;
}

/** A name as a quoted identifier: exactly as written, case kept. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `spec.table` as SQL: `predictions`, `analytics.predictions`, or parts already quoted
 * (`"my.schema"."Predictions"`). Unquoted parts are taken exactly as written, case included
 * (decision: the policy names the table as it is, not as PostgreSQL would fold an unquoted
 * name). Undefined when the name is not one or two (or three, with the database) dotted parts.
 */
export function quoteTableName(table: string): string | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i <= table.length) {
    if (table[i] === '"') {
      const stop = quotedEnd(table, i, '"');
      if (table[stop - 1] !== '"' || stop - i < 3) return undefined;
      parts.push(table.slice(i, stop));
      i = stop;
    } else {
      let stop = table.indexOf('.', i);
      if (stop < 0) stop = table.length;
      const part = table.slice(i, stop).trim();
      if (part === '' || part.includes('"')) return undefined;
      parts.push(quoteIdentifier(part));
      i = stop;
    }
    if (i === table.length) break;
    if (table[i] !== '.') return undefined;
    i++;
  }
  return parts.length >= 1 && parts.length <= 3 ? parts.join('.') : undefined;
}
