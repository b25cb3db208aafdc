/**
 * Parquet reader on hyparquet, with hyparquet-compressors for snappy, gzip, brotli, zstd and lz4.
 * Reads only the wanted top-level columns, one at a time, chunk by chunk into the column
 * builders. Kinds come from the schema unless the policy declares them: BOOLEAN and strings
 * (BYTE_ARRAY/FIXED_LEN_BYTE_ARRAY without a numeric logical type) are categorical, DATE and
 * TIMESTAMP (and INT96) are timestamps in epoch ms, every other physical type is numeric
 * (INT64 through Number, so beyond ±2^53 it rounds). Nulls and NaN are missing; an infinite
 * FLOAT or DOUBLE is a DataError, as an overflowing number is in every reader (values.ts).
 * Value rules for a declared kind that differs from the schema: values.ts. Nested columns (structs, lists, maps)
 * are a DataError. O(rows × wanted columns).
 */
import { parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, ParquetParsers, SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { ColumnKind } from '../policy/types.js';
import type { TableBuilder } from './builders.js';
import { openRegularFile, ReadBudget } from './bytes.js';
import { DataError } from './errors.js';
import { appendValue, infiniteMessage } from './values.js';

const MS_PER_DAY = 86_400_000;

/** Dates and timestamps straight to epoch ms, so columns arrive as numbers, not Date objects. */
const parsers: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v) / 1000,
  timestampFromNanoseconds: (v: bigint) => Number(v) / 1e6,
  dateFromDays: (days: number) => days * MS_PER_DAY,
};

export async function readParquet(file: string, table: TableBuilder, maxRows = Infinity, budget: ReadBudget = new ReadBudget()): Promise<void> {
  const { handle, size } = await openRegularFile(file);
  try {
    // Refused before any read when the file alone cannot fit; charged once its metadata says
    // what the wanted columns decompress to (below).
    budget.claim(file, size);
    const buffer: AsyncBuffer = {
      byteLength: size,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        const stop = end ?? size;
        const bytes = new Uint8Array(stop - start);
        let done = 0;
        while (done < bytes.length) {
          const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return bytes.buffer;
      },
    };
    let metadata;
    try {
      metadata = await parquetMetadataAsync(buffer, { parsers });
    } catch (error) {
      throw new DataError('data/malformed', file, `not a readable Parquet file (${(error as Error).message})`);
    }
    // Pages decompress into buffers of the sizes the file declares: the wanted columns' declared
    // uncompressed size is what the read may cost, so a small file declaring gigabytes is refused
    // before any page is decompressed (max_bytes counts bytes after decompression).
    let declared = 0;
    for (const group of metadata.row_groups) {
      for (const chunk of group.columns) {
        const name = chunk.meta_data?.path_in_schema[0];
        if (name !== undefined && table.wants(name)) declared += Number(chunk.meta_data?.total_uncompressed_size ?? 0);
      }
    }
    budget.spend(file, Math.max(size, declared));
    const base = table.rowCount;
    const rows = Math.min(Number(metadata.num_rows), maxRows);
    for (const child of parquetSchema(metadata).children) {
      const name = child.element.name;
      if (!table.wants(name)) continue;
      if (child.children.length > 0) {
        throw new DataError('data/malformed', file, 'nested Parquet columns (struct, list, map) are not supported', undefined, name);
      }
      const kind = schemaKind(child.element);
      const slot = table.slot(name, kind);
      slot.builder.padTo(base);
      slot.builder.reserve(base + rows);
      const chunks: { start: number; data: ArrayLike<unknown> }[] = [];
      await parquetRead({
        file: buffer,
        metadata,
        columns: [name],
        rowStart: 0,
        rowEnd: rows,
        compressors,
        parsers,
        onChunk: (chunk) => chunks.push({ start: chunk.rowStart, data: chunk.columnData as ArrayLike<unknown> }),
      });
      chunks.sort((a, b) => a.start - b.start);
      for (const chunk of chunks) {
        const data = chunk.data;
        for (let i = 0; i < data.length; i++) {
          const row = chunk.start + i;
          if (row < slot.builder.length - base) continue;
          if (row >= rows) break;
          let value = data[i];
          if (typeof value === 'bigint') value = Number(value);
          const b = slot.builder;
          // Parquet timestamps are already epoch ms: no seconds-or-ms guess for them.
          if (typeof value === 'number' && b.kind !== 'categorical' && (kind === 'timestamp' || b.kind === 'numeric')) {
            // NaN is missing; an infinity is refused, as values.ts refuses it (one rule everywhere).
            if (value === Infinity || value === -Infinity) throw new DataError('data/not-a-number', file, infiniteMessage(value), row + 1, name);
            b.push(value);
          } else {
            appendValue(table, slot, value, file, row + 1);
          }
        }
      }
    }
    table.endRows(base + rows);
  } finally {
    await handle.close();
  }
}

function schemaKind(element: SchemaElement): ColumnKind {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'TIMESTAMP' || logical === 'DATE' || element.type === 'INT96') return 'timestamp';
  if (converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') return 'timestamp';
  if (logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'INTEGER' || logical === 'FLOAT16') return 'numeric';
  if (element.type === 'BOOLEAN' || element.type === 'BYTE_ARRAY' || element.type === 'FIXED_LEN_BYTE_ARRAY') {
    return 'categorical';
  }
  return 'numeric';
}
