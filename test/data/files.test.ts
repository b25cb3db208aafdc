/**
 * Which files a source may read (issue 9, items 2, 5 and 7): only regular files, inside the
 * repository root once symlinks are resolved unless the policy opts out, each real file once,
 * and never more bytes than the source's caps allow, stopped as soon as a cap is passed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { readSource } from '../../src/data/read.js';
import type { FileSourceSpec } from '../../src/policy/types.js';

const CSV = `x,g\n${Array.from({ length: 1200 }, (_, i) => `${i},${i % 2 ? 'a' : 'b'}`).join('\n')}\n`;

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'mw-files-'));
}

async function refusal(source: FileSourceSpec): Promise<DataError> {
  const error = await readSource(source, {}).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe('data paths stay inside the repository root', () => {
  it('refuses /proc/self/environ, naming the path and the root, and quoting nothing of the file', async () => {
    const root = folder();
    const error = await refusal({ kind: 'file', paths: ['/proc/self/environ'], format: 'csv', root });
    expect(error.code).toBe('data/outside-root');
    expect(error.message).toContain('/proc/self/environ');
    expect(error.message).toContain(root);
    expect(error.message).toContain('allow_outside_root');
    expect(error.message).not.toContain('PATH=');
  });

  it('follows symlinks: a link inside the root to a file outside it is refused', async () => {
    const outside = folder();
    const root = folder();
    writeFileSync(join(outside, 'secret.csv'), CSV);
    symlinkSync(join(outside, 'secret.csv'), join(root, 'data.csv'));
    const error = await refusal({ kind: 'file', paths: [join(root, 'data.csv')], root });
    expect(error.code).toBe('data/outside-root');
    expect(error.message).toContain(`resolves to ${join(outside, 'secret.csv')}`);
    // Globs too.
    expect((await refusal({ kind: 'file', paths: [join(root, '*.csv')], root })).code).toBe('data/outside-root');
  });

  it('refuses a relative escape (../) and reads files inside the root, links included', async () => {
    const root = folder();
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'a.csv'), CSV);
    symlinkSync(join(root, 'data', 'a.csv'), join(root, 'link.csv'));
    expect((await readSource({ kind: 'file', paths: [join(root, 'link.csv')], root }, {})).rowCount).toBe(1200);
    const sibling = folder();
    writeFileSync(join(sibling, 'b.csv'), CSV);
    const error = await refusal({ kind: 'file', paths: [join(root, '..', sibling.split('/').pop()!, 'b.csv')], root });
    expect(error.code).toBe('data/outside-root');
  });

  it('reads outside the root when the source opts out (no root on the spec)', async () => {
    const outside = folder();
    writeFileSync(join(outside, 'a.csv'), CSV);
    expect((await readSource({ kind: 'file', paths: [join(outside, 'a.csv')] }, {})).rowCount).toBe(1200);
  });
});

describe('only regular files are read', () => {
  it('refuses a FIFO at once instead of blocking forever', async () => {
    const root = folder();
    const fifo = join(root, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const error = await refusal({ kind: 'file', paths: [fifo], root });
    expect(error.code).toBe('data/not-a-file');
    expect(error.message).toContain('a FIFO');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses /dev/zero and a folder even when the source may read outside the root', async () => {
    expect((await refusal({ kind: 'file', paths: ['/dev/zero'], format: 'csv' })).code).toBe('data/not-a-file');
    const dir = folder();
    mkdirSync(join(dir, 'sub.csv'));
    expect((await refusal({ kind: 'file', paths: [join(dir, 'sub.csv')] })).message).toContain('a folder');
  });
});

describe('each real file is read once', () => {
  it('a glob through a symlink loop reads the file once (1,200 rows, not 2,400)', async () => {
    const root = folder();
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'current.csv'), CSV);
    symlinkSync(join(root, 'data'), join(root, 'data', 'loop'));
    const table = await readSource({ kind: 'file', paths: [join(root, 'data', '**', '*.csv')], root }, {});
    expect(table.rowCount).toBe(1200);
  });

  it('two paths to one file read it once', async () => {
    const root = folder();
    writeFileSync(join(root, 'a.csv'), CSV);
    symlinkSync(join(root, 'a.csv'), join(root, 'b.csv'));
    expect((await readSource({ kind: 'file', paths: [join(root, 'a.csv'), join(root, 'b.csv'), join(root, '*.csv')], root }, {})).rowCount).toBe(1200);
  });
});

describe('bounded reads', () => {
  it('refuses a plain file over max_bytes before reading it (a 10 GiB sparse file, at once)', async () => {
    const root = folder();
    const file = join(root, 'huge.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 10 * 2 ** 30);
    closeSync(fd);
    const started = Date.now();
    const error = await refusal({ kind: 'file', paths: [file], root });
    expect(error.code).toBe('data/too-large');
    expect(error.message).toContain('huge.csv');
    expect(error.message).toContain('1 GiB (max_bytes: 1073741824');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('counts max_bytes over all of a source\'s files', async () => {
    const root = folder();
    writeFileSync(join(root, 'a.csv'), CSV);
    writeFileSync(join(root, 'b.csv'), CSV);
    const bytes = Buffer.byteLength(CSV);
    expect((await readSource({ kind: 'file', paths: [join(root, 'a.csv')], root, max_bytes: bytes }, {})).rowCount).toBe(1200);
    const error = await refusal({ kind: 'file', paths: [join(root, '*.csv')], root, max_bytes: bytes + 10 });
    expect(error.code).toBe('data/too-large');
    expect(error.message).toMatch(/b\.csv: the source is larger than its cap of .* \(max_bytes: \d+/);
  });

  it('counts a Parquet file by what its wanted columns decompress to', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const root = folder();
    const data = Array.from({ length: 20_000 }, (_, i) => `${'x'.repeat(50)}${i % 1000}`);
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data, type: 'STRING' }] }));
    writeFileSync(join(root, 'a.parquet'), bytes);
    // Repeated strings compress about tenfold (13 KB on disk, 138 KB declared uncompressed).
    expect(bytes.length).toBeLessThan(50_000);
    const error = await refusal({ kind: 'file', paths: [join(root, 'a.parquet')], root, max_bytes: 50_000 });
    expect(error.code).toBe('data/too-large');
    expect((await readSource({ kind: 'file', paths: [join(root, 'a.parquet')], root, max_bytes: 1_000_000 }, {})).rowCount).toBe(20_000);
  });

  it('counts decompressed bytes against max_bytes, and stops there', async () => {
    const root = folder();
    writeFileSync(join(root, 'a.csv.gz'), gzipSync(CSV));
    const error = await refusal({ kind: 'file', paths: [join(root, 'a.csv.gz')], root, max_bytes: 1000 });
    expect(error.code).toBe('data/too-large');
  });

  it('stops a gzip bomb (one 160 MB line of zeros) early, naming the file and the ratio', async () => {
    const root = folder();
    const line = Buffer.alloc(160 * 2 ** 20, 0x30);
    const file = join(root, 'bomb.csv.gz');
    writeFileSync(file, gzipSync(Buffer.concat([Buffer.from('x\n'), line, Buffer.from('\n')])));
    const started = Date.now();
    const error = await refusal({ kind: 'file', paths: [file], root });
    expect(error.code).toBe('data/too-large');
    expect(error.message).toContain('bomb.csv.gz');
    expect(error.message).toContain('max_gzip_ratio: 100');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads a long gzip line in time linear in its length when the caps allow it', async () => {
    const root = folder();
    const cell = 'y'.repeat(48 * 2 ** 20);
    const file = join(root, 'long.csv.gz');
    writeFileSync(file, gzipSync(`g\n${cell}\nz\n`));
    const started = Date.now();
    const table = await readSource({ kind: 'file', paths: [file], root, max_gzip_ratio: 1e6 }, {});
    expect(table.rowCount).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
