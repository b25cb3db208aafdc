// What the source tests share: a private os.tmpdir() whose emptiness proves that no spool is left
// behind, a table comparison against the file source, and "is this process still running".
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { readSource, type ReadOptions } from '../../src/data/read.js';
import type { Column, Table } from '../../src/data/table.js';

/**
 * Makes os.tmpdir() a folder of this test file's own (each test file runs in a process of its
 * own: vitest's forks pool), so that `spoolsLeft()` sees only this file's spools.
 */
export function privateTmpdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelwatch-source-test-'));
  process.env.TMPDIR = dir;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The spool folders still in the private tmpdir (none once a read settled). */
export function spoolsLeft(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.startsWith('modelwatch-spool-'));
}

export function readFile(path: string, options: ReadOptions = {}): Promise<Table> {
  return readSource({ kind: 'file', paths: [path] }, options);
}

/** A column's cells as plain values, with its kind: what two tables must agree on. */
function cellsOf(column: Column): { kind: string; cells: (number | string | null)[] } {
  if (column.kind === 'categorical') return { kind: column.kind, cells: Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!)) };
  return { kind: column.kind, cells: Array.from(column.values, (v) => (Number.isNaN(v) ? null : v)) };
}

/** The two tables hold the same columns, kinds and cells (their origins may differ). */
export function expectSameTable(actual: Table, expected: Table): void {
  expect(actual.rowCount).toBe(expected.rowCount);
  expect(actual.columnNames).toEqual(expected.columnNames);
  for (const name of expected.columnNames) expect(cellsOf(actual.column(name)!), name).toEqual(cellsOf(expected.column(name)!));
}

/** Whether `pid` is a running process (a zombie left for a non-reaping init counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // "pid (comm) S …": the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}
