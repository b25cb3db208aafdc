/**
 * A file's bytes as a pull source that fills a caller's buffer, so readers can parse in place
 * with one reused buffer: plain files through `FileHandle.read`, `.gz` files through a streaming
 * node:zlib gunzip (1 MiB output chunks, gathered until the caller's buffer is full, so a row
 * longer than a chunk is rescanned once per doubling of the buffer, not once per chunk).
 *
 * Only regular files are opened: the path is stat'ed first (a FIFO would block `open` itself)
 * and the opened handle again (the file could have been swapped in between); the open is
 * non-blocking for the same reason. Every read is counted against the source's `ReadBudget`, so
 * that a cap stops the read as soon as it is passed, never after reading everything:
 *
 * - `max_bytes` (default 1 GiB): the bytes of all of a source's files together, after
 *   decompression. A plain file that does not fit is refused before it is opened.
 * - `max_gzip_ratio` (default 100, after a free 16 MiB): what a .gz file may expand to, as a
 *   multiple of its compressed size. Real CSV and JSON Lines compress 3 to 20 times; a gzip bomb
 *   (a 400 KB file of one 400 MB line) is stopped after 40 MB. 100 is the ratio Apache POI's
 *   zip-bomb guard uses.
 *
 * Throws DataError when the file does not exist, is not a regular file, passes a cap
 * (data/too-large, naming the file and the cap) or the gzip data is corrupt. Messages never
 * quote the file's bytes.
 */
import { constants, createReadStream, type Stats } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DataError } from './errors.js';

export const DEFAULT_MAX_BYTES = 1 << 30;
export const DEFAULT_MAX_GZIP_RATIO = 100;
/** Expansion every .gz file may use whatever its ratio: tiny files of repeated values compress far better than real data. */
export const GZIP_FREE_BYTES = 16 << 20;

/** What one source may still read; shared by its files, so that the cap is on the source. */
export class ReadBudget {
  used = 0;
  constructor(
    readonly maxBytes: number = DEFAULT_MAX_BYTES,
    readonly maxGzipRatio: number = DEFAULT_MAX_GZIP_RATIO,
  ) {}

  static of(source: { readonly max_bytes?: number | undefined; readonly max_gzip_ratio?: number | undefined }): ReadBudget {
    return new ReadBudget(source.max_bytes ?? DEFAULT_MAX_BYTES, source.max_gzip_ratio ?? DEFAULT_MAX_GZIP_RATIO);
  }

  /** Counts `n` more bytes read from `file`; throws once the source passes its cap. */
  spend(file: string, n: number): void {
    this.used += n;
    if (this.used > this.maxBytes) throw this.tooLarge(file);
  }

  /** Refuses, before reading, a file of `size` bytes that cannot fit in what is left. */
  claim(file: string, size: number): void {
    if (this.used + size > this.maxBytes) throw this.tooLarge(file);
  }

  private tooLarge(file: string): DataError {
    return new DataError('data/too-large', file, `the source is larger than its cap of ${formatBytes(this.maxBytes)} (max_bytes: ${this.maxBytes}, counted after decompression); raise max_bytes on the source to read it`);
  }
}

export interface ByteSource {
  /** Total bytes the source will give, when known before reading (plain files). */
  readonly size: number | undefined;
  /** Rows the bytes are expected to hold, when the source can tell (a database's estimate); a reservation, not a limit. */
  readonly expectedRows?: number | undefined;
  /** Writes up to target.length − offset bytes at offset; returns how many (0 = end of data). */
  read(target: Uint8Array, offset: number): Promise<number>;
  close(): Promise<void>;
}

export async function openBytes(file: string, gzip: boolean, budget: ReadBudget = new ReadBudget()): Promise<ByteSource> {
  const { handle, size } = await openRegularFile(file);
  try {
    if (!gzip) budget.claim(file, size);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return gzip ? gunzipSource(file, handle, size, budget) : plainSource(file, handle, size, budget);
}

/** Opens `file` for reading if, and only if, it is a regular file; returns its handle and size. */
export async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number }> {
  const before = await stat(file).catch((error: unknown) => {
    throw openError(file, error);
  });
  if (!before.isFile()) throw notAFile(file, before);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: if a FIFO was put in the file's place since the stat, open must not wait for a writer.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(file, error);
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw notAFile(file, info);
  }
  return { handle, size: info.size };
}

function openError(file: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DataError('data/not-found', file, 'file not found');
  return new DataError('data/unreadable', file, `cannot open (${code ?? 'unknown error'})`);
}

function notAFile(file: string, info: Stats): DataError {
  const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a file';
  return new DataError('data/not-a-file', file, `is not a regular file (${kind}); only regular files are read`);
}

function plainSource(file: string, handle: FileHandle, size: number, budget: ReadBudget): ByteSource {
  return {
    size,
    async read(target, offset) {
      const { bytesRead } = await handle.read(target, offset, target.length - offset, null);
      // The size was claimed up front; a file that grows while it is read is counted as it goes.
      budget.spend(file, bytesRead);
      return bytesRead;
    },
    close: () => handle.close(),
  };
}

function gunzipSource(file: string, handle: FileHandle, compressed: number, budget: ReadBudget): ByteSource {
  const stream = createReadStream('', { fd: handle, highWaterMark: 1 << 20, autoClose: false }).pipe(
    createGunzip({ chunkSize: 1 << 20 }),
  );
  const allowed = Math.max(GZIP_FREE_BYTES, budget.maxGzipRatio * compressed);
  let expanded = 0;
  return chunkedSource(
    stream,
    (error) => new DataError('data/malformed', file, `not valid gzip data (${error.message})`),
    (chunk) => {
      expanded += chunk.length;
      if (expanded > allowed) {
        throw new DataError('data/too-large', file, `decompresses to more than ${formatBytes(allowed)}, over ${budget.maxGzipRatio} times its ${formatBytes(compressed)} (max_gzip_ratio: ${budget.maxGzipRatio}); a gzip bomb is refused. Raise max_gzip_ratio on the source if the file is genuine`);
      }
      budget.spend(file, chunk.length);
    },
    async () => {
      stream.destroy();
      await handle.close();
    },
  );
}

/**
 * A stream's chunks (a gunzip, a database's COPY output) as a ByteSource: chunks are gathered
 * until the caller's buffer is full. `count` sees every chunk first (to charge a budget, or
 * throw); `failed` turns the stream's own error into the DataError to throw.
 */
export function chunkedSource(
  chunks: AsyncIterable<Uint8Array>,
  failed: (error: Error) => Error,
  count: (chunk: Uint8Array) => void,
  close: () => Promise<void>,
  expectedRows?: number,
): ByteSource {
  const iterator = chunks[Symbol.asyncIterator]();
  let pending: Uint8Array | undefined;
  let ended = false;
  const next = async (): Promise<Uint8Array | undefined> => {
    let result: IteratorResult<Uint8Array>;
    try {
      result = await iterator.next();
    } catch (error) {
      throw error instanceof DataError ? error : failed(error instanceof Error ? error : new Error(String(error)));
    }
    if (result.done === true) return undefined;
    count(result.value);
    return result.value;
  };
  return {
    size: undefined,
    expectedRows,
    async read(target, offset) {
      let n = 0;
      while (offset + n < target.length && !ended) {
        if (pending === undefined || pending.length === 0) {
          pending = await next();
          if (pending === undefined) {
            ended = true;
            break;
          }
        }
        const take = Math.min(pending.length, target.length - offset - n);
        target.set(pending.subarray(0, take), offset + n);
        pending = pending.subarray(take);
        n += take;
      }
      return n;
    },
    close,
  };
}

/** `1 GiB`, `16 MiB`, `400 KiB`, `12 bytes`: sizes in messages. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} bytes` : `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
