/**
 * The lexer that finds `$window_start` / `$window_end` in a user's SQL (src/data/sources/
 * postgres-sql.ts): replaced where PostgreSQL would read them as tokens, left alone inside
 * literals, quoted identifiers, dollar quotes and comments. No server needed; the same cases
 * run against the real server in window.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { boundExpression, quoteTableName, scanSql } from '../../src/data/sources/postgres-sql.js';

const START = boundExpression('start');
const END = boundExpression('end');

describe('scanSql', () => {
  it('replaces the window tokens in plain SQL', () => {
    const { text, windowTokens } = scanSql('select * from t where ts > $window_start and ts <= $window_end');
    expect(text).toBe(`select * from t where ts > ${START} and ts <= ${END}`);
    expect(windowTokens).toBe(2);
  });

  it('replaces a token next to punctuation', () => {
    expect(scanSql('where ts between($window_start,$window_end)').text).toBe(`where ts between(${START},${END})`);
    expect(scanSql('ts>$window_start::date').text).toBe(`ts>${START}::date`);
  });

  it.each([
    ["a string literal", "select '$window_start' as s"],
    ['a string with a doubled quote', "select 'it''s $window_start' as s"],
    ['an E string with an escaped quote', "select E'it\\'s $window_start' as s"],
    ['a quoted identifier', 'select 1 as "$window_start"'],
    ['a dollar-quoted string', 'select $$ $window_start $$ as s'],
    ['a tagged dollar quote', 'select $q$ $window_end $q$ as s'],
    ['a dollar quote whose tag is the token', 'select $window_start$ text $window_start$ as s'],
    ['a line comment', 'select 1 -- until $window_start\n'],
    ['a nested block comment', 'select 1 /* a /* nested $window_start */ still $window_end */'],
    ['an identifier holding $', 'select foo$window_start from t'],
    ['a longer name', 'select $window_start_day'],
  ])('leaves the token alone inside %s', (_, sql) => {
    const { text, windowTokens } = scanSql(sql);
    expect(text).toBe(sql);
    expect(windowTokens).toBe(0);
  });

  it('replaces the token after a literal that held one', () => {
    const { text, windowTokens } = scanSql("select '$window_start', $window_start -- $window_end\n, $window_end");
    expect(text).toBe(`select '$window_start', ${START} -- $window_end\n, ${END}`);
    expect(windowTokens).toBe(2);
  });

  it('an E string ends at its unescaped quote, and a plain string treats a backslash as text', () => {
    expect(scanSql("select E'\\\\', $window_start").windowTokens).toBe(1);
    expect(scanSql("select '\\', $window_start").windowTokens).toBe(1);
    // "me'..." is not an E string: the identifier is "me".
    expect(scanSql("select me'\\', $window_start").windowTokens).toBe(1);
  });

  it('drops trailing semicolons and reports a second statement', () => {
    expect(scanSql('select 1;  \n').text).toBe('select 1  \n');
    expect(scanSql('select 1;;').manyStatements).toBe(false);
    expect(scanSql('select 1; -- done').manyStatements).toBe(false);
    expect(scanSql('select 1; drop table t').manyStatements).toBe(true);
    expect(scanSql("select ';' as s").manyStatements).toBe(false);
  });

  it('positional parameters and lone dollars are kept', () => {
    expect(scanSql('select $1, $').text).toBe('select $1, $');
  });
});

describe('quoteTableName', () => {
  it.each([
    ['predictions', '"predictions"'],
    ['analytics.predictions', '"analytics"."predictions"'],
    ['Predictions', '"Predictions"'],
    ['"my.schema"."Pre""dictions"', '"my.schema"."Pre""dictions"'],
    ['"my.schema".predictions', '"my.schema"."predictions"'],
    ['db.s.t', '"db"."s"."t"'],
  ])('%s → %s', (name, quoted) => {
    expect(quoteTableName(name)).toBe(quoted);
  });

  it.each(['', 'a.', '.a', 'a..b', 'a.b.c.d', 'a"b', '"unterminated', '""'])('refuses %j', (name) => {
    expect(quoteTableName(name)).toBeUndefined();
  });
});
