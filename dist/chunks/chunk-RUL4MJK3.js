import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  OVERFLOW_REASON,
  asciiBytes,
  decimalValue,
  fieldEnd,
  isMissingBytes,
  isMissingText,
  longDecimal,
  numberField,
  parseDecimalString,
  scanDecimal
} from "./chunk-WVZYO55Z.js";
import {
  epochNumberToMs,
  parseIsoTimestamp
} from "./chunk-7M2XNVRX.js";
import {
  Table,
  doublesOf,
  numericColumn
} from "./chunk-R4FKQLHU.js";
import {
  openBytes
} from "./chunk-LNKZD7PG.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import {
  MISSING_KEY,
  NO_KEY,
  decimalKey,
  decodeKeys
} from "./chunk-4CM7Y4U5.js";
import {
  POW10
} from "./chunk-7MBXNNCL.js";

// src/data/builders.ts
var INITIAL_CAPACITY = 1024;
var PENDING = -2;
var NumericBuilder = class {
  constructor(kind, capacity = INITIAL_CAPACITY) {
    this.kind = kind;
    const size = Math.max(capacity, 16);
    this.keys = kind === "numeric" ? new Int32Array(size) : null;
    this.values = kind === "numeric" ? null : new Float64Array(size);
  }
  kind;
  /** The keys so far while the column is stored as keys, else null. */
  keys;
  /** The doubles so far once the column is stored as doubles, else null. */
  values;
  length = 0;
  get capacity() {
    return (this.keys ?? this.values).length;
  }
  /** Appends a double (NaN = missing); a column of keys turns into doubles first unless it is NaN. */
  push(x) {
    if (this.keys !== null) {
      if (x !== x) {
        this.pushKey(MISSING_KEY);
        return;
      }
      this.toDoubles();
    }
    let values = this.values;
    if (this.length === values.length) values = this.values = grow(values);
    values[this.length++] = x;
  }
  /** Appends a decimal key; only while the column is stored as keys (`keys !== null`). */
  pushKey(key) {
    let keys = this.keys;
    if (this.length === keys.length) keys = this.keys = grow(keys);
    keys[this.length++] = key;
  }
  /** Appends missing values until the column has n rows. */
  padTo(n) {
    while (this.length < n) this.push(NaN);
  }
  /** Makes room for n rows in one allocation (no doubling garbage when the size is known). */
  reserve(n) {
    if (this.capacity >= n) return;
    if (this.keys !== null) this.keys = resized(this.keys, this.length, new Int32Array(n));
    else this.values = resized(this.values, this.length, new Float64Array(n));
  }
  /** Stores the column as doubles from now on (the keys so far decoded, exactly). */
  toDoubles() {
    const keys = this.keys;
    this.values = decodeKeys(keys, this.length, new Float64Array(keys.length));
    this.keys = null;
  }
  finish() {
    return this.keys !== null ? { keys: trim(this.keys, this.length) } : { values: trim(this.values, this.length) };
  }
};
var CategoricalBuilder = class {
  kind = "categorical";
  codes;
  length = 0;
  dictionary = [];
  #index = /* @__PURE__ */ new Map();
  constructor(capacity = INITIAL_CAPACITY) {
    this.codes = new Int32Array(Math.max(capacity, 16));
  }
  /** Code of a text, adding it to the dictionary when new. */
  codeOf(text) {
    let code = this.#index.get(text);
    if (code === void 0) {
      code = this.dictionary.length;
      this.dictionary.push(text);
      this.#index.set(text, code);
    }
    return code;
  }
  push(text) {
    this.pushCode(this.codeOf(text));
  }
  pushCode(code) {
    if (this.length === this.codes.length) this.codes = grow(this.codes);
    this.codes[this.length++] = code;
  }
  padTo(n) {
    while (this.length < n) this.pushCode(-1);
  }
  reserve(n) {
    if (this.codes.length >= n) return;
    this.codes = resized(this.codes, this.length, new Int32Array(n));
  }
  finish() {
    return trim(this.codes, this.length);
  }
};
var TableBuilder = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** Rows appended so far by finished files and finished rows. */
  rowCount = 0;
  #slots = /* @__PURE__ */ new Map();
  /** Whether a column is materialised at all (not PII, and selected by `only` when given). */
  wants(name) {
    const { skip, only } = this.options;
    return !(skip?.has(name) ?? false) && (only === void 0 || only.has(name));
  }
  declared(name) {
    const kinds = this.options.kinds;
    return kinds !== void 0 && Object.hasOwn(kinds, name) ? kinds[name] : void 0;
  }
  get(name) {
    return this.#slots.get(name);
  }
  /**
   * The slot of a column, created when new with the declared kind or else `inferred`, and padded
   * with missing values up to the rows already read.
   */
  slot(name, inferred) {
    const existing = this.#slots.get(name);
    if (existing !== void 0) return existing;
    const declared = this.declared(name);
    const kind = declared ?? inferred;
    const builder = kind === "categorical" ? new CategoricalBuilder() : new NumericBuilder(kind);
    builder.padTo(this.rowCount);
    const slot = { name, declared, builder, convertedAt: -1 };
    this.#slots.set(name, slot);
    return slot;
  }
  /** Turns an inferred numeric column categorical; earlier rows become PENDING. */
  convertToCategorical(slot) {
    const old = slot.builder;
    const builder = new CategoricalBuilder(old.kind === "categorical" ? old.codes.length : old.capacity);
    builder.codes.fill(PENDING, 0, old.length);
    builder.length = old.length;
    slot.builder = builder;
    slot.convertedAt = old.length;
    return builder;
  }
  /** Capacity hint: every column makes room for n rows now (readers that can estimate call it). */
  reserve(n) {
    for (const slot of this.#slots.values()) slot.builder.reserve(n);
  }
  /** Pads every column with missing values to n rows and records n as the row count. */
  endRows(n) {
    for (const slot of this.#slots.values()) slot.builder.padTo(n);
    this.rowCount = n;
  }
  slots() {
    return this.#slots.values();
  }
  finish(origin) {
    const columns = [];
    for (const slot of this.#slots.values()) {
      const b = slot.builder;
      if (b.kind === "categorical") {
        columns.push({ kind: "categorical", name: slot.name, codes: b.finish(), dictionary: b.dictionary });
      } else {
        const storage = b.finish();
        columns.push(b.kind === "timestamp" ? { kind: "timestamp", name: slot.name, values: doublesOf(storage) } : numericColumn(slot.name, storage));
      }
    }
    return new Table(this.rowCount, columns, origin);
  }
};
function grow(array) {
  return resized(array, array.length, new array.constructor(array.length * 2));
}
function resized(array, length, target) {
  target.set(array.subarray(0, length));
  return target;
}
function trim(array, length) {
  if (array.length === length) return array;
  const slack = array.length - length;
  return slack * 16 < array.length ? array.subarray(0, length) : array.slice(0, length);
}

// src/data/csv.ts
var COMMA = 44;
var SEMICOLON = 59;
var TAB = 9;
var PIPE = 124;
var DELIMITERS = /* @__PURE__ */ new Map([
  [COMMA, { word: "comma", yaml: '","' }],
  [SEMICOLON, { word: "semicolon", yaml: '";"' }],
  [TAB, { word: "tab", yaml: '"\\t"' }],
  [PIPE, { word: "pipe", yaml: '"|"' }]
]);
var LF = 10;
var CR = 13;
var QUOTE = 34;
var SKIP = 0;
var NUMERIC = 1;
var CATEGORICAL = 2;
var TIMESTAMP = 3;
var BUFFER_BYTES = 4 << 20;
async function readCsv(file, gzip, table, maxRows = Infinity, delimiter, budget) {
  return readCsvBytes(file, await openBytes(file, gzip, budget), table, maxRows, delimiter);
}
async function readCsvBytes(name, source, table, maxRows = Infinity, delimiter) {
  try {
    await new CsvParser(name, source, table, maxRows, delimiter).run();
  } finally {
    await source.close();
  }
}
var CsvParser = class {
  constructor(file, source, table, maxRows, declared) {
    this.file = file;
    this.source = source;
    this.table = table;
    this.maxRows = maxRows;
    this.declared = declared;
    this.base = table.rowCount;
    this.sep = (declared ?? ",").charCodeAt(0);
  }
  file;
  source;
  table;
  maxRows;
  declared;
  buf = Buffer.allocUnsafe(BUFFER_BYTES);
  pos = 0;
  end = 0;
  eof = false;
  /** Data rows of this file parsed so far. */
  rows = 0;
  /** Bytes read from the source so far, and the row capacity last reserved. */
  bytesRead = 0;
  reserved = 0;
  rowsAtLastCheck = 0;
  base;
  names = [];
  kinds = new Uint8Array(0);
  slots = [];
  numerics = [];
  categoricals = [];
  quoted = "";
  /** The byte that separates fields. */
  sep;
  async run() {
    await this.readHeader();
    const expected = this.source.expectedRows;
    if (expected !== void 0 && expected > 0) this.table.reserve(this.base + Math.min(Math.ceil(expected * 1.01) + 1024, this.maxRows));
    while (this.rows < this.maxRows) {
      const { buf, pos, end } = this;
      let limit;
      if (this.eof) {
        if (end > pos && buf[end - 1] !== LF) this.appendLineFeed();
        limit = this.end;
      } else {
        const lf = end > pos ? buf.lastIndexOf(LF, end - 1) : -1;
        limit = lf >= pos ? lf + 1 : pos;
      }
      if (limit > pos) this.pos = this.parseRows(limit, this.eof);
      this.reserveRows();
      if (this.eof && this.pos >= this.end) break;
      if (this.rows >= this.maxRows) break;
      await this.fill();
    }
    this.table.endRows(this.base + this.rows);
  }
  /**
   * Estimates this file's rows from the rows so far plus its remaining bytes at the bytes per
   * row so far (1 % margin on the remainder only, so the estimate converges on the true count)
   * and reserves them, whenever the next chunk might not fit the last reservation: the columns
   * are then allocated about once instead of doubling, and never copied again near the end for
   * a few rows' difference, which keeps peak memory near the table's size.
   */
  reserveRows() {
    const size = this.source.size;
    const chunkRows = this.rows - this.rowsAtLastCheck;
    this.rowsAtLastCheck = this.rows;
    if (size === void 0 || this.eof || this.rows === 0 || this.rows + 2 * chunkRows < this.reserved) return;
    const consumed = Math.max(this.bytesRead - (this.end - this.pos), 1);
    const remainingRows = Math.max(size - consumed, 0) * this.rows / consumed;
    const estimate = this.rows + Math.ceil(remainingRows * 1.01) + 1024;
    this.reserved = Math.min(Math.max(estimate, this.rows + 1024), this.maxRows);
    this.table.reserve(this.base + this.reserved);
  }
  /** At the end of the data, ends the last row with a line feed (the parser's sentinel). */
  appendLineFeed() {
    if (this.end === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length + 1);
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    this.buf[this.end++] = LF;
  }
  /** Moves unparsed bytes to the front (growing the buffer when they fill it) and reads more. */
  async fill() {
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.end);
      this.end -= this.pos;
      this.pos = 0;
    }
    if (this.end === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    const n = await this.source.read(this.buf, this.end);
    this.bytesRead += n;
    if (n === 0) this.eof = true;
    else this.end += n;
  }
  async readHeader() {
    while (this.end < 3 && !this.eof) await this.fill();
    if (this.buf[0] === 239 && this.buf[1] === 187 && this.buf[2] === 191) this.pos = 3;
    let fields;
    for (; ; ) {
      fields = this.headerFields();
      if (fields !== void 0 || this.eof) break;
      await this.fill();
    }
    if (fields === void 0) throw new DataError("data/malformed", this.file, "empty file: no header row");
    const seen = /* @__PURE__ */ new Set();
    const n = fields.length;
    this.names = fields.map((name, i) => name === "" ? `Unnamed: ${i}` : name);
    this.kinds = new Uint8Array(n);
    this.slots = new Array(n).fill(void 0);
    this.numerics = new Array(n).fill(void 0);
    this.categoricals = new Array(n).fill(void 0);
    for (let c = 0; c < n; c++) {
      const name = this.names[c];
      if (seen.has(name)) throw new DataError("data/malformed", this.file, `header: duplicate column name ${JSON.stringify(name)}`);
      seen.add(name);
      if (!this.table.wants(name)) continue;
      const slot = this.table.slot(name, "numeric");
      this.slots[c] = slot;
      this.bind(c, slot);
    }
  }
  bind(c, slot) {
    const b = slot.builder;
    if (b.kind === "categorical") {
      this.kinds[c] = CATEGORICAL;
      this.categoricals[c] = b;
    } else {
      this.kinds[c] = b.kind === "numeric" ? NUMERIC : TIMESTAMP;
      this.numerics[c] = b;
    }
  }
  /** The header's fields when a whole header line is in the buffer (undefined otherwise). */
  headerFields() {
    const { buf, end, sep } = this;
    let p = this.pos;
    while (p < end && (buf[p] === LF || buf[p] === CR)) p++;
    if (p >= end) return void 0;
    const fields = [];
    const others = /* @__PURE__ */ new Map();
    for (; ; ) {
      const s = p;
      let text;
      if (buf[p] === QUOTE) {
        const next = this.readQuoted(p, end);
        if (next < 0) return void 0;
        text = this.quoted;
        p = next;
      } else {
        for (let b2 = buf[p]; p < end && b2 !== sep && b2 !== LF && b2 !== CR; b2 = buf[++p]) {
          if (b2 !== void 0 && DELIMITERS.has(b2)) others.set(b2, (others.get(b2) ?? 0) + 1);
        }
        text = buf.toString("utf8", s, p);
      }
      fields.push(text);
      if (p >= end) {
        if (!this.eof) return void 0;
        break;
      }
      const b = buf[p];
      if (b === sep) {
        p++;
        continue;
      }
      if (b === CR || b === LF) {
        if (b === CR && p + 1 >= end && !this.eof) return void 0;
        p += b === CR && buf[p + 1] === LF ? 2 : 1;
        break;
      }
      if (DELIMITERS.has(b)) throw this.delimiterError(b, fields.length, 0);
      throw new DataError("data/malformed", this.file, "header: unexpected character after a closing quote");
    }
    this.checkDelimiter(fields.length, others);
    this.pos = p;
    return fields;
  }
  /**
   * Refuses a header that another delimiter splits better (see the file comment): without a
   * declared delimiter, when one splits it into more fields than commas; with one, when the
   * header lacks it and holds another.
   */
  checkDelimiter(fields, others) {
    let best = -1;
    let bestCount = 0;
    for (const [byte, count] of others) {
      if (count > bestCount) {
        best = byte;
        bestCount = count;
      }
    }
    if (best < 0) return;
    const refuse = this.declared === void 0 ? bestCount + 1 > fields : fields === 1;
    if (refuse) throw this.delimiterError(best, bestCount + 1, fields);
  }
  delimiterError(byte, theirFields, ourFields) {
    const { word, yaml } = DELIMITERS.get(byte);
    const ours = String.fromCharCode(this.sep);
    const split = ourFields > 0 ? ` (its header has ${theirFields} fields split at ${yaml} and ${ourFields} at ${JSON.stringify(ours)})` : "";
    const detail = this.declared === void 0 ? `header: this looks like a ${word}-separated file${split}; set \`delimiter: ${yaml}\` on the source to read it` : `header: this looks like a ${word}-separated file, not ${JSON.stringify(ours)} as the source's \`delimiter\` says${split}`;
    return new DataError("data/delimiter", this.file, detail);
  }
  /**
   * Reads the quoted field opening at p; returns the position after its closing quote and
   * leaves its text in `this.quoted`, or returns −1 when the closing quote is not before limit.
   */
  readQuoted(p, limit) {
    const buf = this.buf;
    let q = p + 1;
    let segment = q;
    let text = "";
    while (q < limit) {
      if (buf[q] === QUOTE) {
        if (q + 1 < limit && buf[q + 1] === QUOTE) {
          text += buf.toString("utf8", segment, q + 1);
          q += 2;
          segment = q;
          continue;
        }
        this.quoted = text + buf.toString("utf8", segment, q);
        return q + 1;
      }
      q++;
    }
    return -1;
  }
  /**
   * Parses whole rows in [pos, limit); returns where the first unparsed row starts.
   * Invariant: buf[limit − 1] is a line feed (run() appends one at the end of the data), so a
   * scan of an unquoted field always stops before limit without a bounds check.
   */
  parseRows(limit, final) {
    const buf = this.buf;
    const sep = this.sep;
    const kinds = this.kinds;
    const numerics = this.numerics;
    const categoricals = this.categoricals;
    const ncols = kinds.length;
    const last = ncols - 1;
    let p = this.pos;
    while (p < limit && this.rows < this.maxRows) {
      const b0 = buf[p];
      if (b0 === LF) {
        p++;
        continue;
      }
      if (b0 === CR && buf[p + 1] === LF) {
        p += 2;
        continue;
      }
      const recordStart = p;
      for (let c = 0; c < ncols; c++) {
        const s = p;
        let b = buf[p];
        if (b === QUOTE) {
          const next = this.readQuoted(p, limit);
          if (next < 0) {
            if (final) throw new DataError("data/malformed", this.file, "unterminated quoted field", this.rows + 1, this.names[c]);
            this.rollback();
            return recordStart;
          }
          p = next;
          b = buf[p];
          this.acceptText(c, this.quoted);
        } else {
          const kind = kinds[c];
          if (kind === NUMERIC && numerics[c].keys === null) {
            const x = numberField(buf, p, sep);
            if (x === x) {
              numerics[c].push(x);
              p = fieldEnd;
            } else p = this.numberCell(c, s);
            b = buf[p];
          } else if (kind === NUMERIC) {
            let negative = false;
            if (b === 45 || b === 43) {
              negative = b === 45;
              b = buf[++p];
            }
            let m = 0;
            let digits = 0;
            let fraction = 0;
            while (b >= 48 && b <= 57 && digits < 9) {
              m = m * 10 + (b - 48);
              digits++;
              b = buf[++p];
            }
            if (b === 46) {
              b = buf[++p];
              while (b >= 48 && b <= 57 && digits < 9) {
                m = m * 10 + (b - 48);
                digits++;
                fraction++;
                b = buf[++p];
              }
            }
            const numeric = numerics[c];
            if (digits > 0 && (b === sep || b === LF || b === CR)) {
              const key = numeric.keys !== null ? decimalKey(m, -fraction, negative) : NO_KEY;
              if (key !== NO_KEY) numeric.pushKey(key);
              else {
                const x = m === 0 ? 0 : m / POW10[fraction];
                numeric.push(negative ? -x : x);
              }
            } else {
              p = this.numberCell(c, s);
              b = buf[p];
            }
          } else {
            while (b !== sep && b !== LF && b !== CR) b = buf[++p];
            if (kind === CATEGORICAL) {
              if (isMissingBytes(buf, s, p)) categoricals[c].pushCode(-1);
              else categoricals[c].push(buf.toString("utf8", s, p));
            } else if (kind === TIMESTAMP) {
              this.acceptText(c, buf.toString("utf8", s, p));
            }
          }
        }
        if (c < last) {
          if (b === sep) {
            p++;
            continue;
          }
          if (b === LF || b === CR) {
            throw new DataError("data/malformed", this.file, `has ${c + 1} fields, the header has ${ncols}`, this.rows + 1);
          }
          throw new DataError("data/malformed", this.file, "unexpected character after a closing quote", this.rows + 1, this.names[c]);
        }
        if (b === sep) {
          throw new DataError("data/malformed", this.file, `has more fields than the header's ${ncols}`, this.rows + 1);
        }
        if (b !== LF && b !== CR) {
          throw new DataError("data/malformed", this.file, "unexpected character after a closing quote", this.rows + 1, this.names[c]);
        }
      }
      p += buf[p] === CR && buf[p + 1] === LF ? 2 : 1;
      this.rows++;
    }
    return p;
  }
  /**
   * A numeric column's cell from byte s that the fast path in parseRows did not take: any other
   * number (number.ts), a missing token, or text (acceptText). Returns the position of the
   * byte after the cell.
   */
  numberCell(c, s) {
    const { buf, sep } = this;
    let p = s;
    let b = buf[p];
    while (b !== sep && b !== LF && b !== CR) b = buf[++p];
    const numeric = this.numerics[c];
    if (numeric.keys === null) {
      const x = longDecimal(buf, s, p);
      if (x === x) {
        numeric.push(x);
        return p;
      }
    }
    if (!pushNumber(numeric, buf, s, p)) {
      if (isMissingBytes(buf, s, p)) numeric.push(NaN);
      else this.acceptText(c, buf.toString("utf8", s, p));
    }
    return p;
  }
  /** Undoes the cells of a row that was cut by the end of the buffer. */
  rollback() {
    const n = this.base + this.rows;
    for (const slot of this.slots) {
      if (slot !== void 0 && slot.builder.length > n) slot.builder.length = n;
    }
  }
  /** A cell given as text (quoted, or not a number, or a timestamp) for column c. */
  acceptText(c, text) {
    const kind = this.kinds[c];
    if (kind === SKIP) return;
    if (kind === CATEGORICAL) {
      this.categoricals[c].pushCode(isMissingText(text) ? -1 : this.categoricals[c].codeOf(text));
      return;
    }
    const numeric = this.numerics[c];
    if (isMissingText(text)) {
      numeric.push(NaN);
      return;
    }
    if (kind === TIMESTAMP) {
      let t = parseIsoTimestamp(text);
      if (t !== t) t = epochNumberToMs(parseDecimalString(text));
      if (t !== t) {
        throw new DataError("data/bad-timestamp", this.file, `${JSON.stringify(text)} is not a timestamp`, this.rows + 1, this.names[c]);
      }
      numeric.push(t);
      return;
    }
    const bytes = asciiBytes(text);
    if (bytes !== null && pushNumber(numeric, bytes, 0, bytes.length)) return;
    const slot = this.slots[c];
    if (slot.declared === "numeric") {
      const why = bytes !== null && scanDecimal(bytes, 0, bytes.length, scanned) ? `: ${OVERFLOW_REASON}` : "";
      throw new DataError("data/not-a-number", this.file, `${JSON.stringify(text)} is not a number${why}`, this.rows + 1, this.names[c]);
    }
    const categorical = this.table.convertToCategorical(slot);
    this.bind(c, slot);
    categorical.push(text);
  }
};
var scanned = { mantissa: 0, exponent: 0, negative: false, exact: true };
function pushNumber(numeric, bytes, start, end) {
  if (!scanDecimal(bytes, start, end, scanned)) return false;
  const key = scanned.exact && numeric.keys !== null ? decimalKey(scanned.mantissa, scanned.exponent, scanned.negative) : NO_KEY;
  if (key !== NO_KEY) {
    numeric.pushKey(key);
    return true;
  }
  const x = decimalValue(scanned, bytes, start, end);
  if (x !== x) return false;
  numeric.push(x);
  return true;
}

export {
  PENDING,
  TableBuilder,
  readCsv,
  readCsvBytes
};
