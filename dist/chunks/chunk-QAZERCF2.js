import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import {
  POW10
} from "./chunk-7MBXNNCL.js";

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

// src/data/long-decimal.ts
var SPLITTER = 134217729;
var MARGIN = 2 ** -99;
var dd = new Float64Array(2);
function twoProduct(x, y) {
  const p = x * y;
  let c = SPLITTER * x;
  const xh = c - (c - x);
  const xl = x - xh;
  c = SPLITTER * y;
  const yh = c - (c - y);
  const yl = y - yh;
  dd[0] = p;
  dd[1] = xh * yh - p + xh * yl + xl * yh + xl * yl;
}
function scaled(m, k) {
  if (k >= 0) {
    twoProduct(m, POW10[k]);
    return;
  }
  const d = POW10[-k];
  const q = m / d;
  twoProduct(q, d);
  const remainder = m - dd[0] - dd[1];
  dd[0] = q;
  dd[1] = remainder / d;
}
function longDecimal(bytes, start, end) {
  let p = start;
  let negative = false;
  const first = bytes[p];
  if (first === 45 || first === 43) {
    negative = first === 45;
    p++;
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let c;
  while (p < end && bytes[p] === 48) p++;
  for (; p < end; p++) {
    c = bytes[p] - 48;
    if (c < 0 || c > 9) break;
    if (significant < 10) a = a * 10 + c;
    else if (significant < 19) b = b * 10 + c;
    else if (c === 0) {
      exponent++;
      continue;
    } else return NaN;
    significant++;
  }
  if (p < end && bytes[p] === 46) {
    p++;
    if (significant === 0) {
      for (; p < end && bytes[p] === 48; p++) exponent--;
    }
    for (; p < end; p++) {
      c = bytes[p] - 48;
      if (c < 0 || c > 9) break;
      if (significant < 10) a = a * 10 + c;
      else if (significant < 19) b = b * 10 + c;
      else if (c === 0) continue;
      else return NaN;
      significant++;
      exponent--;
    }
  }
  if (p < end) {
    c = bytes[p++];
    if (c !== 101 && c !== 69) return NaN;
    let expNegative = false;
    if (bytes[p] === 45 || bytes[p] === 43) expNegative = bytes[p++] === 45;
    if (p >= end) return NaN;
    let e = 0;
    for (; p < end; p++) {
      const digit = bytes[p] - 48;
      if (digit < 0 || digit > 9) return NaN;
      if (e < 1e3) e = e * 10 + digit;
    }
    exponent += expNegative ? -e : e;
  }
  if (significant < 16) return NaN;
  return doubleDouble(a, b, significant, exponent, negative);
}
function doubleDouble(a, b, significant, exponent, negative) {
  const n = significant - 10;
  const highExponent = exponent + n;
  if (exponent < -22 || highExponent > 22) return NaN;
  scaled(a, highExponent);
  const x1 = dd[0];
  const y1 = dd[1];
  scaled(b, exponent);
  const x2 = dd[0];
  const y2 = dd[1];
  const s = x1 + x2;
  const v = s - x1;
  const e = x1 - (s - v) + (x2 - v) + y1 + y2;
  const hi = s + e;
  const lo = e - (hi - s);
  const margin = hi * MARGIN;
  if (hi + (lo + margin) !== hi || hi + (lo - margin) !== hi) return NaN;
  return negative ? -hi : hi;
}
var fieldEnd = 0;
function numberField(bytes, start, sep) {
  let p = start;
  let c = bytes[p];
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    c = bytes[++p];
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let any = false;
  while (c === 48) {
    any = true;
    c = bytes[++p];
  }
  while (c >= 48 && c <= 57) {
    any = true;
    if (significant < 10) a = a * 10 + (c - 48);
    else if (significant < 19) b = b * 10 + (c - 48);
    else if (c === 48) {
      exponent++;
      c = bytes[++p];
      continue;
    } else return NaN;
    significant++;
    c = bytes[++p];
  }
  if (c === 46) {
    c = bytes[++p];
    if (significant === 0) {
      while (c === 48) {
        any = true;
        exponent--;
        c = bytes[++p];
      }
    }
    while (c >= 48 && c <= 57) {
      any = true;
      if (significant < 10) a = a * 10 + (c - 48);
      else if (significant < 19) b = b * 10 + (c - 48);
      else if (c === 48) {
        c = bytes[++p];
        continue;
      } else return NaN;
      significant++;
      exponent--;
      c = bytes[++p];
    }
  }
  if (!any) return NaN;
  if (c === 101 || c === 69) {
    c = bytes[++p];
    let expNegative = false;
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      c = bytes[++p];
    }
    if (c < 48 || c > 57) return NaN;
    let e = 0;
    while (c >= 48 && c <= 57) {
      if (e < 1e3) e = e * 10 + (c - 48);
      c = bytes[++p];
    }
    exponent += expNegative ? -e : e;
  }
  if (c !== sep && c !== 10 && c !== 13) return NaN;
  fieldEnd = p;
  if (significant === 0) return negative ? -0 : 0;
  if (significant <= 15) {
    const m = significant <= 10 ? a : a * POW10[significant - 10] + b;
    if (exponent < -22 || exponent > 22) return NaN;
    const v = exponent >= 0 ? m * POW10[exponent] : m / POW10[-exponent];
    return negative ? -v : v;
  }
  return doubleDouble(a, b, significant, exponent, negative);
}

// src/data/missing.ts
function isMissingBytes(bytes, start, end) {
  switch (end - start) {
    case 0:
      return true;
    case 2:
      return bytes[start] === 78 && bytes[start + 1] === 65;
    // NA
    case 3:
      return bytes[start] === 78 && bytes[start + 1] === 97 && bytes[start + 2] === 78;
    // NaN
    case 4:
      return bytes[start] === 110 && bytes[start + 1] === 117 && bytes[start + 2] === 108 && bytes[start + 3] === 108;
    // null
    default:
      return false;
  }
}
function isMissingText(text) {
  return text === "" || text === "NA" || text === "NaN" || text === "null";
}

// src/data/number.ts
var OVERFLOW_REASON = "it overflows a double (beyond \xB11.8e308)";
var MANTISSA_LIMIT = 900719925474099;
function scanDecimal(bytes, start, end, parts2) {
  let p = start;
  if (p >= end) return false;
  let c = bytes[p];
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    if (++p >= end) return false;
  }
  let mantissa = 0;
  let exponent = 0;
  let digits = 0;
  let exact = true;
  while (p < end) {
    c = bytes[p];
    const d = c - 48;
    if (d < 0 || d > 9) break;
    if (mantissa < MANTISSA_LIMIT) mantissa = mantissa * 10 + d;
    else if (exact) exact = false;
    digits++;
    p++;
  }
  if (p < end && bytes[p] === 46) {
    p++;
    while (p < end) {
      c = bytes[p];
      const d = c - 48;
      if (d < 0 || d > 9) break;
      if (mantissa < MANTISSA_LIMIT) {
        mantissa = mantissa * 10 + d;
        exponent--;
      } else if (exact) exact = false;
      digits++;
      p++;
    }
  }
  if (digits === 0) return false;
  if (p < end) {
    c = bytes[p];
    if (c !== 101 && c !== 69) return false;
    p++;
    let expNegative = false;
    if (p < end && (bytes[p] === 45 || bytes[p] === 43)) {
      expNegative = bytes[p] === 45;
      p++;
    }
    if (p >= end) return false;
    let e = 0;
    while (p < end) {
      const d = bytes[p] - 48;
      if (d < 0 || d > 9) return false;
      if (e < 1e5) e = e * 10 + d;
      p++;
    }
    exponent += expNegative ? -e : e;
  }
  parts2.mantissa = mantissa;
  parts2.exponent = exponent;
  parts2.negative = negative;
  parts2.exact = exact;
  return true;
}
function decimalValue(parts2, bytes, start, end) {
  const { mantissa, exponent, negative } = parts2;
  if (parts2.exact) {
    if (mantissa === 0) return negative ? -0 : 0;
    if (exponent >= -22 && exponent <= 22) {
      const v2 = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
      return negative ? -v2 : v2;
    }
  }
  const v = longDecimal(bytes, start, end);
  if (v === v) return v;
  const x = Number(latin1(bytes, start, end));
  return x === Infinity || x === -Infinity ? NaN : x;
}
var parts = { mantissa: 0, exponent: 0, negative: false, exact: true };
function parseDecimal(bytes, start, end) {
  return scanDecimal(bytes, start, end, parts) ? decimalValue(parts, bytes, start, end) : NaN;
}
function asciiBytes(text) {
  const n = text.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return null;
    bytes[i] = code;
  }
  return bytes;
}
function parseDecimalString(text) {
  const bytes = asciiBytes(text);
  return bytes === null ? NaN : parseDecimal(bytes, 0, bytes.length);
}
function latin1(bytes, start, end) {
  if (end - start <= 256) return String.fromCharCode.apply(null, bytes.subarray(start, end));
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export {
  GZIP_FREE_BYTES,
  ReadBudget,
  openBytes,
  openRegularFile,
  chunkedSource,
  formatBytes,
  longDecimal,
  fieldEnd,
  numberField,
  isMissingBytes,
  isMissingText,
  OVERFLOW_REASON,
  scanDecimal,
  decimalValue,
  asciiBytes,
  parseDecimalString
};
