// Temporary data files for the reader tests, removed after each test file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll } from 'vitest';
import { readSource, type ReadOptions } from '../../src/data/read.js';
import type { Column, Table } from '../../src/data/table.js';
import type { Delimiter } from '../../src/policy/types.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-data-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file under the test's temporary folder (gzipped when the name ends in .gz). */
export function writeData(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return path;
}

export function tempPath(name: string): string {
  return join(dir, name);
}

export function read(paths: string | string[], options: ReadOptions = {}, delimiter?: Delimiter): Promise<Table> {
  const source = { kind: 'file', paths: Array.isArray(paths) ? paths : [paths] } as const;
  return readSource(delimiter === undefined ? source : { ...source, delimiter }, options);
}

/** A column's cells as plain values: numbers (NaN → null) or strings (missing → null). */
export function cells(table: Table, name: string): (number | string | null)[] {
  const column: Column | undefined = table.column(name);
  if (column === undefined) throw new Error(`no column ${name}`);
  if (column.kind === 'categorical') {
    return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
  }
  return Array.from(column.values, (v) => (Number.isNaN(v) ? null : v));
}
