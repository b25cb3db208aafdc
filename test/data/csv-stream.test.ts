/**
 * CSV from a stream (a database's COPY output): `readCsvBytes` over `chunkedSource` gives the
 * table a file gives, whatever the chunking, and a row estimate that is too low or far too high
 * only changes what is reserved, never the rows, their values or the column lengths.
 */
import { describe, expect, it } from 'vitest';
import { chunkedSource } from '../../src/data/bytes.js';
import { TableBuilder } from '../../src/data/builders.js';
import { readCsvBytes } from '../../src/data/csv.js';
import type { Table } from '../../src/data/table.js';

const ROWS = 5000;
const TEXT = `x,y,g\n${Array.from({ length: ROWS }, (_, i) => `${i},${(i * 0.37).toFixed(3)},${i % 3 === 0 ? '' : `g${i % 7}`}`).join('\n')}\n`;

async function read(chunkBytes: number, expectedRows?: number): Promise<Table> {
  const bytes = Buffer.from(TEXT);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkBytes) yield bytes.subarray(i, i + chunkBytes);
  }
  const builder = new TableBuilder({ kinds: { x: 'numeric', y: 'numeric', g: 'categorical' } });
  await readCsvBytes('stream', chunkedSource(chunks(), (e) => e, () => {}, () => Promise.resolve(), expectedRows), builder);
  return builder.finish('stream');
}

function contents(table: Table): unknown {
  return table.columnNames.map((name) => {
    const column = table.column(name)!;
    return column.kind === 'categorical' ? { name, codes: [...column.codes], dictionary: column.dictionary } : { name, values: [...column.values], length: column.values.length };
  });
}

describe('CSV from a stream', () => {
  it('equals itself across chunk sizes and row estimates', async () => {
    const reference = await read(1 << 20);
    expect(reference.rowCount).toBe(ROWS);
    for (const [chunk, estimate] of [[7, undefined], [4096, 10], [65_536, ROWS], [333, 1_000_000]] as const) {
      const table = await read(chunk, estimate);
      expect(table.rowCount, `chunk ${chunk}, estimate ${estimate}`).toBe(ROWS);
      expect(contents(table)).toEqual(contents(reference));
    }
  });
});
