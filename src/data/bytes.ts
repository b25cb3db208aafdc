/**
 * A file's bytes as a pull source that fills a caller's buffer, so readers can parse in place
 * with one reused buffer: plain files through `FileHandle.read`, `.gz` files through a streaming
 * node:zlib gunzip (1 MiB output chunks). Never holds more than one chunk beyond the caller's
 * buffer. Throws DataError when the file does not exist or the gzip data is corrupt.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DataError } from './errors.js';

export interface ByteSource {
  /** Total bytes the source will give, when known before reading (plain files). */
  readonly size: number | undefined;
  /** Writes up to target.length − offset bytes at offset; returns how many (0 = end of data). */
  read(target: Uint8Array, offset: number): Promise<number>;
  close(): Promise<void>;
}

export async function openBytes(file: string, gzip: boolean): Promise<ByteSource> {
  const handle = await openFile(file);
  return gzip ? gunzipSource(file, handle) : plainSource(handle, (await handle.stat()).size);
}

async function openFile(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(code === 'ENOENT' ? 'data/not-found' : 'data/unreadable', file, code === 'ENOENT' ? 'file not found' : `cannot open: ${String(error)}`);
  }
}

function plainSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(target, offset) {
      const { bytesRead } = await handle.read(target, offset, target.length - offset, null);
      return bytesRead;
    },
    close: () => handle.close(),
  };
}

function gunzipSource(file: string, handle: FileHandle): ByteSource {
  const stream = createReadStream('', { fd: handle, highWaterMark: 1 << 20, autoClose: false }).pipe(
    createGunzip({ chunkSize: 1 << 20 }),
  );
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer | undefined;
  return {
    size: undefined,
    async read(target, offset) {
      if (pending === undefined || pending.length === 0) {
        let next: IteratorResult<Buffer>;
        try {
          next = await chunks.next();
        } catch (error) {
          throw new DataError('data/malformed', file, `not valid gzip data (${(error as Error).message})`);
        }
        if (next.done === true) return 0;
        pending = next.value;
      }
      const n = Math.min(pending.length, target.length - offset);
      target.set(pending.subarray(0, n), offset);
      pending = pending.subarray(n);
      return n;
    },
    async close() {
      stream.destroy();
      await handle.close();
    },
  };
}
