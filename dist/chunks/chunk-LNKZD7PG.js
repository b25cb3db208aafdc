import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DataError
} from "./chunk-KHYIVPUP.js";

// src/data/bytes.ts
import { constants, createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
var DEFAULT_MAX_BYTES = 1 << 30;
var DEFAULT_MAX_GZIP_RATIO = 100;
var GZIP_FREE_BYTES = 16 << 20;
var ReadBudget = class _ReadBudget {
  constructor(maxBytes = DEFAULT_MAX_BYTES, maxGzipRatio = DEFAULT_MAX_GZIP_RATIO) {
    this.maxBytes = maxBytes;
    this.maxGzipRatio = maxGzipRatio;
  }
  maxBytes;
  maxGzipRatio;
  used = 0;
  static of(source) {
    return new _ReadBudget(source.max_bytes ?? DEFAULT_MAX_BYTES, source.max_gzip_ratio ?? DEFAULT_MAX_GZIP_RATIO);
  }
  /** Counts `n` more bytes read from `file`; throws once the source passes its cap. */
  spend(file, n) {
    this.used += n;
    if (this.used > this.maxBytes) throw this.tooLarge(file);
  }
  /** Refuses, before reading, a file of `size` bytes that cannot fit in what is left. */
  claim(file, size) {
    if (this.used + size > this.maxBytes) throw this.tooLarge(file);
  }
  tooLarge(file) {
    return new DataError("data/too-large", file, `the source is larger than its cap of ${formatBytes(this.maxBytes)} (max_bytes: ${this.maxBytes}, counted after decompression); raise max_bytes on the source to read it`);
  }
};
async function openBytes(file, gzip, budget = new ReadBudget()) {
  const { handle, size } = await openRegularFile(file);
  try {
    if (!gzip) budget.claim(file, size);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return gzip ? gunzipSource(file, handle, size, budget) : plainSource(file, handle, size, budget);
}
async function openRegularFile(file) {
  const before = await stat(file).catch((error) => {
    throw openError(file, error);
  });
  if (!before.isFile()) throw notAFile(file, before);
  let handle;
  try {
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
function openError(file, error) {
  const code = error.code;
  if (code === "ENOENT") return new DataError("data/not-found", file, "file not found");
  return new DataError("data/unreadable", file, `cannot open (${code ?? "unknown error"})`);
}
function notAFile(file, info) {
  const kind = info.isDirectory() ? "a folder" : info.isFIFO() ? "a FIFO" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : "not a file";
  return new DataError("data/not-a-file", file, `is not a regular file (${kind}); only regular files are read`);
}
function plainSource(file, handle, size, budget) {
  return {
    size,
    async read(target, offset) {
      const { bytesRead } = await handle.read(target, offset, target.length - offset, null);
      budget.spend(file, bytesRead);
      return bytesRead;
    },
    close: () => handle.close()
  };
}
function gunzipSource(file, handle, compressed, budget) {
  const stream = createReadStream("", { fd: handle, highWaterMark: 1 << 20, autoClose: false }).pipe(
    createGunzip({ chunkSize: 1 << 20 })
  );
  const allowed = Math.max(GZIP_FREE_BYTES, budget.maxGzipRatio * compressed);
  let expanded = 0;
  return chunkedSource(
    stream,
    (error) => new DataError("data/malformed", file, `not valid gzip data (${error.message})`),
    (chunk) => {
      expanded += chunk.length;
      if (expanded > allowed) {
        throw new DataError("data/too-large", file, `decompresses to more than ${formatBytes(allowed)}, over ${budget.maxGzipRatio} times its ${formatBytes(compressed)} (max_gzip_ratio: ${budget.maxGzipRatio}); a gzip bomb is refused. Raise max_gzip_ratio on the source if the file is genuine`);
      }
      budget.spend(file, chunk.length);
    },
    async () => {
      stream.destroy();
      await handle.close();
    }
  );
}
function chunkedSource(chunks, failed, count, close, expectedRows) {
  const iterator = chunks[Symbol.asyncIterator]();
  let pending;
  let ended = false;
  const next = async () => {
    let result;
    try {
      result = await iterator.next();
    } catch (error) {
      throw error instanceof DataError ? error : failed(error instanceof Error ? error : new Error(String(error)));
    }
    if (result.done === true) return void 0;
    count(result.value);
    return result.value;
  };
  return {
    size: void 0,
    expectedRows,
    async read(target, offset) {
      let n = 0;
      while (offset + n < target.length && !ended) {
        if (pending === void 0 || pending.length === 0) {
          pending = await next();
          if (pending === void 0) {
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
    close
  };
}
function formatBytes(n) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} bytes` : `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

export {
  DEFAULT_MAX_BYTES,
  GZIP_FREE_BYTES,
  ReadBudget,
  openBytes,
  openRegularFile,
  chunkedSource,
  formatBytes
};
