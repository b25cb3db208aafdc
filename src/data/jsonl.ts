/**
 * JSON Lines reader: one JSON object per line, blank lines skipped. Columns are the union of the
 * objects' keys; a key absent from a line is missing on that row. Value rules: values.ts.
 * Streams through one reused buffer (like csv.ts) and parses each line with JSON.parse.
 * O(bytes). Throws DataError with the row (1-based, blank lines not counted) for a line that is
 * not valid JSON or not an object, and for values that do not fit their column.
 */
import { openBytes, type ReadBudget } from './bytes.js';
import type { Slot, TableBuilder } from './builders.js';
import { DataError } from './errors.js';
import { appendValue, inferredKind } from './values.js';

const LF = 10;
const BUFFER_BYTES = 1 << 20;

export async function readJsonl(file: string, gzip: boolean, table: TableBuilder, maxRows = Infinity, budget?: ReadBudget): Promise<void> {
  const source = await openBytes(file, gzip, budget);
  const base = table.rowCount;
  let rows = 0;
  const slots = new Map<string, Slot | null>();
  let buf = Buffer.allocUnsafe(BUFFER_BYTES);
  let end = 0;
  let eof = false;
  let atStart = true;
  try {
    while (rows < maxRows) {
      const n = await source.read(buf, end);
      if (n === 0) eof = true;
      end += n;
      let pos = 0;
      for (;;) {
        let lf = buf.indexOf(LF, pos);
        if (lf < 0 || lf >= end) {
          if (!eof) break;
          lf = end;
        }
        if (atStart && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
        atStart = false;
        const line = buf.toString('utf8', pos, lf).trim();
        pos = lf + 1;
        if (line !== '') {
          addRow(line);
          if (rows >= maxRows) break;
        }
        if (pos >= end) break;
      }
      if (eof || rows >= maxRows) break;
      buf.copyWithin(0, Math.min(pos, end), end);
      end -= Math.min(pos, end);
      if (end === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
    }
  } finally {
    await source.close();
  }
  table.endRows(base + rows);

  function addRow(line: string): void {
    const row = rows + 1;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new DataError('data/malformed', file, `not valid JSON${whereJsonFailed(error)}`, row);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new DataError('data/malformed', file, 'each line must be a JSON object', row);
    }
    const n = base + rows;
    for (const [key, value] of Object.entries(record)) {
      let slot = slots.get(key);
      if (slot === undefined) {
        if (!table.wants(key)) {
          slots.set(key, null);
          continue;
        }
        if (value === null && table.declared(key) === undefined && table.get(key) === undefined) continue;
        slot = table.slot(key, inferredKind(value));
        slots.set(key, slot);
      }
      if (slot === null) continue;
      slot.builder.padTo(n);
      appendValue(table, slot, value, file, row);
    }
    rows++;
  }
}

/**
 * Where JSON.parse gave up, without its message's quote of the line: a message never echoes a
 * file's contents (V8 writes `Unexpected token 'N', "{"age":NaN…" is not valid JSON`).
 */
function whereJsonFailed(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /\bposition (\d+)/.exec(message);
  if (position !== null) return ` (at character ${Number(position[1]) + 1})`;
  if (/unexpected end/i.test(message)) return ' (the line ends inside a value)';
  return '';
}
