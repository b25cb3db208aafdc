import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { cells, read, writeData } from './tmp.js';

describe('readSource, CSV', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', async () => {
    const file = writeData('quotes.csv', 'name,note,x\n"Smith, J","said ""hi""",1\nplain,"two\nlines",2\n"","",3\n');
    const table = await read(file);
    expect(table.rowCount).toBe(3);
    expect(cells(table, 'name')).toEqual(['Smith, J', 'plain', null]);
    expect(cells(table, 'note')).toEqual(['said "hi"', 'two\nlines', null]);
    expect(cells(table, 'x')).toEqual([1, 2, 3]);
  });

  it('accepts CRLF line ends, strips a UTF-8 BOM, skips blank lines, needs no final line end', async () => {
    const file = writeData('crlf.csv', '\uFEFFa,b\r\n1,x\r\n\r\n2,"y\r\nz"\r\n3,w');
    const table = await read(file);
    expect(table.columnNames).toEqual(['a', 'b']);
    expect(cells(table, 'a')).toEqual([1, 2, 3]);
    expect(cells(table, 'b')).toEqual(['x', 'y\r\nz', 'w']);
  });

  it('treats "", NA, NaN and null as missing, and nothing else', async () => {
    const file = writeData('missing.csv', 'n,c\n,\nNA,NA\nNaN,NaN\nnull,null\n1,na\n2,None\n');
    const table = await read(file);
    expect(cells(table, 'n')).toEqual([null, null, null, null, 1, 2]);
    expect(cells(table, 'c')).toEqual([null, null, null, null, 'na', 'None']);
  });

  it('infers numeric only when every non-missing value is a number, else categorical', async () => {
    const file = writeData('infer.csv', 'a,b,c,d\n1,1,x,\n2.5,1.50,y,\n-3e2,z,z,\n');
    const table = await read(file);
    expect(table.column('a')?.kind).toBe('numeric');
    expect(cells(table, 'a')).toEqual([1, 2.5, -300]);
    // b turned categorical on its third row: the earlier cells keep their exact text.
    expect(table.column('b')?.kind).toBe('categorical');
    expect(cells(table, 'b')).toEqual(['1', '1.50', 'z']);
    expect(table.column('c')?.kind).toBe('categorical');
    expect(table.column('d')?.kind).toBe('numeric');
  });

  it('recovers the exact text of a numeric-looking column that turns categorical late in a big file', async () => {
    const rows = ['id,code,v'];
    for (let i = 0; i < 300_000; i++) rows.push(`${i},${i % 7 === 0 ? '007' : (i % 100) + '.10'},${i / 4}`);
    rows.push('300000,A12,1');
    const table = await read(writeData('late.csv', rows.join('\n') + '\n'));
    expect(table.rowCount).toBe(300_001);
    const code = cells(table, 'code');
    expect(code[0]).toBe('007');
    expect(code[1]).toBe('1.10');
    expect(code[299_998]).toBe('98.10'); // 299998 % 7 ≠ 0
    expect(code[299_999]).toBe('007'); // 299999 = 7 · 42857
    expect(code[300_000]).toBe('A12');
    expect(table.column('id')?.kind).toBe('numeric');
    expect(cells(table, 'v')[299_999]).toBe(299_999 / 4);
  });

  it('keeps a declared categorical column of numeric-looking values as text', async () => {
    const file = writeData('declared.csv', 'zip,y\n01234,1\n98765,0\n');
    const table = await read(file, { kinds: { zip: 'categorical', y: 'categorical' } });
    expect(cells(table, 'zip')).toEqual(['01234', '98765']);
    expect(cells(table, 'y')).toEqual(['1', '0']);
  });

  it('reports a bad number in a declared numeric column with file, row and column', async () => {
    const lines = ['id,tenure'];
    for (let i = 1; i <= 18_203; i++) lines.push(`${i},${i % 70}`);
    lines.push('18204,n/a');
    const file = writeData('current.csv', lines.join('\n') + '\n');
    const error = await read(file, { kinds: { tenure: 'numeric' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/current\.csv: row 18204, column "tenure": "n\/a" is not a number$/);
    expect((error as DataError).row).toBe(18204);
    expect((error as DataError).column).toBe('tenure');
  });

  it('refuses a number that overflows a double in a numeric column, as it refuses Infinity: file, row, column', async () => {
    const overflowing = ['1e400', '-1e400', '1.8e308', `${'9'.repeat(320)}`];
    for (const [i, text] of overflowing.entries()) {
      for (const cell of [text, `"${text}"`]) {
        // The first rows are short decimals (keys), then a 17-digit one (doubles): both storages.
        for (const before of [['1', '2.5'], ['1', '0.12345678901234567']]) {
          const file = writeData(`overflow-${i}.csv`, `id,x\n${before.map((v, r) => `${r},${v}`).join('\n')}\n9,${cell}\n`);
          const error = await read(file, { kinds: { x: 'numeric' } }).catch((e: unknown) => e);
          expect(error, cell).toBeInstanceOf(DataError);
          expect((error as DataError).code).toBe('data/not-a-number');
          expect((error as DataError).row).toBe(3);
          expect((error as DataError).column).toBe('x');
          expect((error as DataError).message).toContain(`overflow-${i}.csv: row 3, column "x": ${JSON.stringify(text)} is not a number: it overflows a double`);
        }
      }
    }
    // The same rule as for Infinity and inf in a declared column.
    await expect(read(writeData('inf.csv', 'x\n1\nInfinity\n'), { kinds: { x: 'numeric' } })).rejects.toThrow(/row 2, column "x": "Infinity" is not a number$/);
    // Undeclared, the text is not a number, so the column is text, as with `inf`: never Infinity.
    const table = await read(writeData('inferred-overflow.csv', 'x,y\n1,1\n1e400,inf\n'));
    expect(table.column('x')?.kind).toBe('categorical');
    expect(cells(table, 'x')).toEqual(['1', '1e400']);
    expect(table.column('y')?.kind).toBe('categorical');
    // A timestamp column does not take it as an epoch either.
    await expect(read(writeData('ts-overflow.csv', 't\n1e400\n'), { kinds: { t: 'timestamp' } })).rejects.toThrow(/row 1, column "t": "1e400" is not a timestamp/);
  });

  it('reads a number below the smallest double as zero, with its sign (decision: docs/architecture.md, Numbers)', async () => {
    const table = await read(writeData('underflow.csv', 'x\n1e-400\n-1e-400\n"1e-400"\n4.9e-324\n'), { kinds: { x: 'numeric' } });
    const values = cells(table, 'x');
    expect(values).toEqual([0, -0, 0, Number.MIN_VALUE]);
    expect(Object.is(values[1], -0)).toBe(true);
  });

  it('refuses a semicolon-, tab- or pipe-separated file read with the default comma, naming the delimiter to set', async () => {
    for (const [name, sep, word, yaml] of [
      ['semicolon.csv', ';', 'semicolon', '";"'],
      ['tab.csv', '\t', 'tab', '"\\t"'],
      ['pipe.csv', '|', 'pipe', '"|"'],
    ] as const) {
      const file = writeData(name, [['id', 'x', 'city'].join(sep), ['1', '2,5', 'Köln'].join(sep), ['2', '3,5', 'Bonn'].join(sep)].join('\n') + '\n');
      const error = await read(file).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe('data/delimiter');
      expect((error as DataError).message).toContain(`${name}: header: this looks like a ${word}-separated file`);
      expect((error as DataError).message).toContain(`set \`delimiter: ${yaml}\` on the source`);
    }
    // Quoted header names are no escape: the quote closes before a semicolon.
    await expect(read(writeData('quoted-semicolon.csv', '"id";"x"\n1;2\n'))).rejects.toThrow(/this looks like a semicolon-separated file/);
  });

  it('reads a file with the delimiter the source declares', async () => {
    const semicolon = writeData('declared-semicolon.csv', 'id;x;note\n1;2.5;"a;b"\n2;-3e2;"say ""hi"""\n3;NA;\n');
    const table = await read(semicolon, {}, ';');
    expect(table.columnNames).toEqual(['id', 'x', 'note']);
    expect(cells(table, 'x')).toEqual([2.5, -300, null]);
    expect(cells(table, 'note')).toEqual(['a;b', 'say "hi"', null]);
    const tab = writeData('declared-tab.csv', 'id\tx\tc\n1\t0.12345678901234567\tp\n2\t7\tq\n');
    const tabbed = await read(tab, {}, '\t');
    expect(cells(tabbed, 'x')).toEqual([Number('0.12345678901234567'), 7]);
    expect(cells(tabbed, 'c')).toEqual(['p', 'q']);
    // Ragged rows are still ragged under another delimiter.
    await expect(read(writeData('ragged-semicolon.csv', 'a;b\n1;2;3\n'), {}, ';')).rejects.toThrow(/row 1: has more fields than the header's 2/);
    // A declared delimiter that the header lacks while it has another: the file is not what the policy says.
    await expect(read(writeData('not-semicolon.csv', 'a,b,c\n1,2,3\n'), {}, ';')).rejects.toThrow(
      /header: this looks like a comma-separated file, not ";" as the source's `delimiter` says/,
    );
  });

  it('keeps reading comma files whose header names hold another delimiter, as long as commas outnumber it', async () => {
    const table = await read(writeData('names.csv', '"a;b",c;d,e\n1,2,3\n'));
    expect(table.columnNames).toEqual(['a;b', 'c;d', 'e']);
    expect(cells(await read(writeData('one-column.csv', 'score\n1\n2\n')), 'score')).toEqual([1, 2]);
  });

  it('rejects ragged rows naming the row', async () => {
    await expect(read(writeData('short.csv', 'a,b,c\n1,2,3\n4,5\n'))).rejects.toThrow(/short\.csv: row 2: has 2 fields, the header has 3/);
    await expect(read(writeData('long.csv', 'a,b\n1,2\n3,4\n5,6,7\n'))).rejects.toThrow(/long\.csv: row 3: has more fields than the header's 2/);
  });

  it('rejects an unterminated quote, text after a closing quote, a duplicate header', async () => {
    await expect(read(writeData('open.csv', 'a,b\n1,"never closed\n2,3\n'))).rejects.toThrow(/row 1, column "b": unterminated quoted field/);
    await expect(read(writeData('after.csv', 'a,b\n"x"y,1\n'))).rejects.toThrow(/row 1, column "a": unexpected character after a closing quote/);
    await expect(read(writeData('dup.csv', 'a,a\n1,2\n'))).rejects.toThrow(/duplicate column name "a"/);
    await expect(read(writeData('empty.csv', ''))).rejects.toThrow(/empty file: no header row/);
  });

  it('parses declared timestamps and rejects anything else with file, row, column', async () => {
    const file = writeData('ts.csv', 't\n2024-01-02\n2024-01-02T03:04:05Z\n2024-01-02T03:04:05.5+02:00\n1700000000\n1700000000123\n\n');
    const table = await read(file, { kinds: { t: 'timestamp' } });
    expect(cells(table, 't')).toEqual([
      Date.UTC(2024, 0, 2),
      Date.UTC(2024, 0, 2, 3, 4, 5),
      Date.UTC(2024, 0, 2, 1, 4, 5, 500),
      1_700_000_000_000,
      1_700_000_000_123,
    ]);
    await expect(read(writeData('badts.csv', 't\n2024-01-02\n02/01/2024\n'), { kinds: { t: 'timestamp' } })).rejects.toThrow(
      /badts\.csv: row 2, column "t": "02\/01\/2024" is not a timestamp/,
    );
  });

  it('parses every number bit-identically to Number(), across buffer boundaries', async () => {
    const texts = fc.sample(
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x.toPrecision(6)),
        fc
          .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -340, max: 330 }))
          .map(([m, e]) => `${m}e${e}`)
          // A number that overflows a double is not a number (tested below).
          .filter((text) => Number.isFinite(Number(text))),
        fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
      ),
      { numRuns: 400_000, seed: 11 },
    );
    const lines = ['x,y'];
    for (let i = 0; i + 1 < texts.length; i += 2) lines.push(`${texts[i]},${texts[i + 1]}`);
    const table = await read(writeData('numbers.csv', lines.join('\n')));
    const x = table.column('x');
    const y = table.column('y');
    if (x?.kind !== 'numeric' || y?.kind !== 'numeric') throw new Error('expected numeric columns');
    let mismatches = 0;
    for (let r = 0; r < table.rowCount; r++) {
      if (!Object.is(x.values[r], Number(texts[2 * r]))) mismatches++;
      if (!Object.is(y.values[r], Number(texts[2 * r + 1]))) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(table.rowCount).toBe(200_000);
  });

  it('stores short decimals as keys, exactly, and turns a column into doubles at its first long value', async () => {
    const short = fc.sample(
      fc.oneof(
        fc.tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 7 }), fc.boolean()).map(([x, p, minus]) => (minus ? '-' : '') + x.toPrecision(p)),
        fc.tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: -9, max: 9 })).map(([m, e]) => `${m}e${e}`),
        fc.integer({ min: -9_999_999, max: 9_999_999 }).map(String),
        fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${b}`),
        fc.constantFrom('.5', '5.', '+3', '-0.000123', '1.50000000000', '0', '0.0', '1e3', '-2.5E-4', 'NA', ''),
      ),
      { numRuns: 100_000, seed: 17 },
    );
    const long = '3.14159265358979';
    const lines = ['short,late'];
    for (let i = 0; i < short.length; i++) lines.push(`${short[i]},${i === 80_000 ? long : short[i]}`);
    const table = await read(writeData('keys.csv', lines.join('\n')));
    const keyed = table.column('short');
    const late = table.column('late');
    if (keyed?.kind !== 'numeric' || late?.kind !== 'numeric') throw new Error('expected numeric columns');
    expect(keyed.keys).toBeDefined();
    expect(late.keys).toBeUndefined();
    const expected = (t: string) => (t === 'NA' || t === '' ? NaN : Number(t));
    let mismatches = 0;
    for (let r = 0; r < table.rowCount; r++) {
      if (!Object.is(keyed.values[r], expected(short[r]!))) mismatches++;
      if (!Object.is(late.values[r], r === 80_000 ? Number(long) : expected(short[r]!))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('keeps quoted numbers (a file with every field quoted) as keys too', async () => {
    const table = await read(writeData('quoted-numbers.csv', '"x","y"\n"1.5","-2"\n"1e3",""\n"0.000125","7"\n'));
    const x = table.column('x');
    const y = table.column('y');
    if (x?.kind !== 'numeric' || y?.kind !== 'numeric') throw new Error('expected numeric columns');
    expect(x.keys).toBeDefined();
    expect(y.keys).toBeDefined();
    expect(Array.from(x.values)).toEqual([1.5, 1000, 0.000125]);
    expect(cells(table, 'y')).toEqual([-2, null, 7]);
  });

  it('keeps −0 as −0, and as a key (`%.6f` writes "-0.000000" for a small negative number)', async () => {
    const column = (await read(writeData('negzero.csv', 'x\n1\n-0\n2\n-0.000000\n12.345678\n'))).column('x');
    if (column?.kind !== 'numeric') throw new Error('expected a numeric column');
    expect(column.keys).toBeDefined();
    expect(Object.is(column.values[1], -0)).toBe(true);
    expect(Object.is(column.values[3], -0)).toBe(true);
    expect(column.values[4]).toBe(12.345678);
  });
});
