/**
 * Reads a source (one or more files, globs allowed) into one Table.
 *
 * 1. Decide the files (files.ts): globs expanded, symlinks resolved and each real file kept once,
 *    only regular files inside the repository root (unless the policy opts out); sorted.
 * 2. Read each file by its format (`source.format`, else the extension: .csv, .jsonl/.ndjson,
 *    .parquet, each optionally .gz) into the same column builders, so files concatenate without
 *    a copy. A column absent from a file is missing on that file's rows; categorical
 *    dictionaries are shared; a column's kind must agree across files (DataError otherwise).
 * 3. Recover the text of columns that turned categorical late (see builders.ts): for each file
 *    read before the conversion, re-read only that column, only up to the converted row.
 *
 * Declared kinds come from `options.kinds`; `skip` columns (PII) are never parsed or stored;
 * `only` restricts which columns are materialised. Every byte counts against the source's
 * caps (`max_bytes`, `max_gzip_ratio`: bytes.ts), which stop the read as soon as they are
 * passed. Throws DataError for anything wrong with the files (see csv.ts, jsonl.ts, parquet.ts).
 */
import type { ColumnKind, DataFormat, Delimiter, FileSourceSpec } from '../policy/types.js';
import { PENDING, type Slot, TableBuilder } from './builders.js';
import { ReadBudget } from './bytes.js';
import { readCsv } from './csv.js';
import { DataError, displayPath } from './errors.js';
import { sourceFiles } from './files.js';
import { readJsonl } from './jsonl.js';
import type { Table } from './table.js';

export interface ReadOptions {
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  readonly skip?: ReadonlySet<string>;
  readonly only?: ReadonlySet<string>;
}

interface FileFormat {
  readonly format: DataFormat;
  readonly gzip: boolean;
  /** CSV only: the source's declared delimiter (csv.ts). */
  readonly delimiter?: Delimiter | undefined;
}

interface Segment {
  readonly file: string;
  readonly type: FileFormat;
  /** First and one-past-last row of this file in the table. */
  readonly start: number;
  readonly end: number;
}

export async function readSource(source: FileSourceSpec, options: ReadOptions): Promise<Table> {
  const files = (await sourceFiles(source)).map((f) => f.path);
  return readFiles(files, source, ReadBudget.of(source), options);
}

/**
 * Reads files already decided (sourceFiles, or a download spooled to a temporary file) into one
 * Table, by the declared format or each file's extension. `names` are how messages name the
 * files (default: their paths).
 */
export async function readFiles(
  files: readonly string[],
  declared: { readonly format?: DataFormat | undefined; readonly delimiter?: Delimiter | undefined },
  budget: ReadBudget,
  options: ReadOptions,
  origin?: string,
): Promise<Table> {
  const builder = new TableBuilder(options);
  const segments: Segment[] = [];
  for (const file of files) {
    const type = { ...fileFormat(file, declared.format), delimiter: declared.delimiter };
    const start = builder.rowCount;
    await readFileInto(file, type, builder, budget);
    segments.push({ file, type, start, end: builder.rowCount });
  }
  for (const slot of builder.slots()) {
    if (slot.convertedAt > 0) await recoverConverted(slot, segments, options, budget);
  }
  const first = files[0]!;
  return builder.finish(origin ?? (files.length === 1 ? displayPath(first) : `${displayPath(first)} + ${files.length - 1} more`));
}

/** Appends one file's rows (at most maxRows) to the builder. */
async function readFileInto(file: string, type: FileFormat, builder: TableBuilder, budget: ReadBudget, maxRows = Infinity): Promise<void> {
  switch (type.format) {
    case 'csv':
      return readCsv(file, type.gzip, builder, maxRows, type.delimiter, budget);
    case 'jsonl':
      return readJsonl(file, type.gzip, builder, maxRows, budget);
    case 'parquet': {
      if (type.gzip) throw new DataError('data/unknown-format', file, 'gzip-compressed Parquet is not supported (Parquet compresses its own pages)');
      // Loaded when first needed: hyparquet and its codecs are most of the reader code, and a
      // run over CSV files (or a reader thread) should not pay to load them.
      const { readParquet } = await import('./parquet.js');
      return readParquet(file, builder, maxRows, budget);
    }
  }
}

/**
 * Fills the PENDING rows of a column that became categorical at row `slot.convertedAt` by
 * re-reading that column, as text, from the files that hold those rows.
 */
async function recoverConverted(slot: Slot, segments: readonly Segment[], options: ReadOptions, budget: ReadBudget): Promise<void> {
  const target = slot.builder;
  if (target.kind !== 'categorical') return;
  for (const segment of segments) {
    if (segment.start >= slot.convertedAt) break;
    const rows = Math.min(segment.end, slot.convertedAt) - segment.start;
    const reread = new TableBuilder({
      kinds: { ...options.kinds, [slot.name]: 'categorical' },
      only: new Set([slot.name]),
    });
    // The main pass already read these bytes within the caps; a re-read gets the caps afresh.
    await readFileInto(segment.file, segment.type, reread, new ReadBudget(budget.maxBytes, budget.maxGzipRatio), rows);
    const column = reread.get(slot.name)?.builder;
    if (column === undefined || column.kind !== 'categorical') continue;
    const remap = column.dictionary.map((text) => target.codeOf(text));
    for (let i = 0; i < rows; i++) {
      const code = column.codes[i]!;
      if (target.codes[segment.start + i] === PENDING) target.codes[segment.start + i] = code < 0 ? -1 : remap[code]!;
    }
  }
  // Rows of files that lack the column stay missing.
  for (let i = 0; i < slot.convertedAt; i++) if (target.codes[i] === PENDING) target.codes[i] = -1;
}

/** Format of a file from the source's format, else its extension. */
export function fileFormat(file: string, declared: DataFormat | undefined): FileFormat {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  if (declared !== undefined) return { format: declared, gzip };
  if (base.endsWith('.csv')) return { format: 'csv', gzip };
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) return { format: 'jsonl', gzip };
  if (base.endsWith('.parquet')) return { format: 'parquet', gzip };
  throw new DataError('data/unknown-format', file, 'unknown format: name the file .csv, .jsonl, .ndjson or .parquet (optionally .gz), or set `format`');
}
