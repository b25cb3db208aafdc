/**
 * CSV reader (RFC 4180): a header row, comma separators (or the source's `delimiter`: `;`, tab,
 * `|`), `"`-quoted fields that may hold delimiters, doubled quotes and line breaks, `\n` or `\r\n` line ends, a UTF-8 BOM stripped, blank lines
 * skipped (as pandas does). Every row must have as many fields as the header (DataError otherwise).
 *
 * Cost: one pass over the bytes, streamed through one reused buffer (4 MiB, doubled only when a
 * single row is longer), so memory is the columns plus the buffer. Unquoted cells are parsed
 * from the bytes: numeric cells never become strings (see number.ts) and are kept as decimal
 * keys while the column's values have them (decimal-key.ts), categorical cells become one
 * string each for the dictionary lookup. Only complete rows are parsed: the buffer is cut
 * after its last line feed, and a quoted field that runs past the cut rolls its row back and
 * waits for more bytes.
 *
 * Wrong delimiter (decision: refuse, never guess). A file separated by something else than the
 * delimiter in use would read as one column and pass every check that counts rows or missing
 * cells. So the header is looked at before any row: without a declared delimiter, when `;`, tab
 * or `|` (outside quotes) would split it into more fields than commas do, or when a quoted name
 * is followed by one of them, the file is refused (`data/delimiter`: "this looks like a
 * semicolon-separated file; set `delimiter: ";"`"). With a declared delimiter, only a header
 * that lacks it and holds another is refused, so a declared file may have such characters in
 * its names. Detecting and reading on would make the meaning of a policy depend on each file's
 * header; declaring it keeps the policy the single description of its data.
 *
 * Throws DataError (with file, row, column) for ragged rows, unterminated quotes, text after a
 * closing quote, an unparseable value in a declared numeric or timestamp column, a duplicate
 * header name, or a wrong delimiter. An empty header name becomes `Unnamed: <index>` (pandas'
 * name for it).
 */
import { type ByteSource, openBytes, type ReadBudget } from './bytes.js';
import type { Delimiter } from '../policy/types.js';
import { type CategoricalBuilder, type NumericBuilder, type Slot, type TableBuilder } from './builders.js';
import { decimalKey, NO_KEY } from './decimal-key.js';
import { fieldEnd, longDecimal, numberField } from './long-decimal.js';
import { DataError } from './errors.js';
import { isMissingBytes, isMissingText } from './missing.js';
import { asciiBytes, type DecimalParts, decimalValue, OVERFLOW_REASON, parseDecimalString, POW10, scanDecimal } from './number.js';
import { epochNumberToMs, parseIsoTimestamp } from './timestamp.js';

const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const PIPE = 124;
/** Delimiters that a file may be separated by, and how a message names them. */
const DELIMITERS: ReadonlyMap<number, { readonly word: string; readonly yaml: string }> = new Map([
  [COMMA, { word: 'comma', yaml: '","' }],
  [SEMICOLON, { word: 'semicolon', yaml: '";"' }],
  [TAB, { word: 'tab', yaml: '"\\t"' }],
  [PIPE, { word: 'pipe', yaml: '"|"' }],
]);
const LF = 10;
const CR = 13;
const QUOTE = 34;

const SKIP = 0;
const NUMERIC = 1;
const CATEGORICAL = 2;
const TIMESTAMP = 3;

const BUFFER_BYTES = 4 << 20;

/**
 * Appends the rows of one CSV file (at most maxRows of them) to the table builder; `delimiter` is
 * the source's declared one (undefined: a comma, and a header that looks otherwise is refused).
 */
export async function readCsv(file: string, gzip: boolean, table: TableBuilder, maxRows = Infinity, delimiter?: Delimiter, budget?: ReadBudget): Promise<void> {
  return readCsvBytes(file, await openBytes(file, gzip, budget), table, maxRows, delimiter);
}

/**
 * The same from any bytes (a database's COPY output): `name` is how messages name the source.
 * The bytes are read once, so every column's kind should be declared: a column that turned
 * categorical late would need its early rows read again (read.ts), which a stream cannot give.
 */
export async function readCsvBytes(name: string, source: ByteSource, table: TableBuilder, maxRows = Infinity, delimiter?: Delimiter): Promise<void> {
  try {
    await new CsvParser(name, source, table, maxRows, delimiter).run();
  } finally {
    await source.close();
  }
}

class CsvParser {
  buf: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  pos = 0;
  end = 0;
  eof = false;
  /** Data rows of this file parsed so far. */
  rows = 0;
  /** Bytes read from the source so far, and the row capacity last reserved. */
  bytesRead = 0;
  reserved = 0;
  rowsAtLastCheck = 0;
  readonly base: number;
  names: string[] = [];
  kinds = new Uint8Array(0);
  slots: (Slot | undefined)[] = [];
  numerics: (NumericBuilder | undefined)[] = [];
  categoricals: (CategoricalBuilder | undefined)[] = [];
  quoted = '';
  /** The byte that separates fields. */
  readonly sep: number;

  constructor(
    readonly file: string,
    readonly source: ByteSource,
    readonly table: TableBuilder,
    readonly maxRows: number,
    /** As the source declares it; undefined when the comma is the default. */
    readonly declared: Delimiter | undefined,
  ) {
    this.base = table.rowCount;
    this.sep = (declared ?? ',').charCodeAt(0);
  }

  async run(): Promise<void> {
    await this.readHeader();
    // A stream that knows about how many rows it holds (a database's estimate) reserves them
    // once, as a file's size does below: growing by doubling would leave each column's
    // outgrown arrays (half the final size again) as garbage at the peak.
    const expected = this.source.expectedRows;
    if (expected !== undefined && expected > 0) this.table.reserve(this.base + Math.min(Math.ceil(expected * 1.01) + 1024, this.maxRows));
    while (this.rows < this.maxRows) {
      const { buf, pos, end } = this;
      let limit: number;
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
  reserveRows(): void {
    const size = this.source.size;
    const chunkRows = this.rows - this.rowsAtLastCheck;
    this.rowsAtLastCheck = this.rows;
    if (size === undefined || this.eof || this.rows === 0 || this.rows + 2 * chunkRows < this.reserved) return;
    const consumed = Math.max(this.bytesRead - (this.end - this.pos), 1);
    const remainingRows = (Math.max(size - consumed, 0) * this.rows) / consumed;
    const estimate = this.rows + Math.ceil(remainingRows * 1.01) + 1024;
    this.reserved = Math.min(Math.max(estimate, this.rows + 1024), this.maxRows);
    this.table.reserve(this.base + this.reserved);
  }

  /** At the end of the data, ends the last row with a line feed (the parser's sentinel). */
  appendLineFeed(): void {
    if (this.end === this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length + 1);
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    this.buf[this.end++] = LF;
  }

  /** Moves unparsed bytes to the front (growing the buffer when they fill it) and reads more. */
  async fill(): Promise<void> {
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

  async readHeader(): Promise<void> {
    while (this.end < 3 && !this.eof) await this.fill();
    if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.pos = 3;
    let fields: string[] | undefined;
    for (;;) {
      fields = this.headerFields();
      if (fields !== undefined || this.eof) break;
      await this.fill();
    }
    if (fields === undefined) throw new DataError('data/malformed', this.file, 'empty file: no header row');
    const seen = new Set<string>();
    const n = fields.length;
    this.names = fields.map((name, i) => (name === '' ? `Unnamed: ${i}` : name));
    this.kinds = new Uint8Array(n);
    this.slots = new Array<Slot | undefined>(n).fill(undefined);
    this.numerics = new Array<NumericBuilder | undefined>(n).fill(undefined);
    this.categoricals = new Array<CategoricalBuilder | undefined>(n).fill(undefined);
    for (let c = 0; c < n; c++) {
      const name = this.names[c]!;
      if (seen.has(name)) throw new DataError('data/malformed', this.file, `header: duplicate column name ${JSON.stringify(name)}`);
      seen.add(name);
      if (!this.table.wants(name)) continue;
      const slot = this.table.slot(name, 'numeric');
      this.slots[c] = slot;
      this.bind(c, slot);
    }
  }

  bind(c: number, slot: Slot): void {
    const b = slot.builder;
    if (b.kind === 'categorical') {
      this.kinds[c] = CATEGORICAL;
      this.categoricals[c] = b;
    } else {
      this.kinds[c] = b.kind === 'numeric' ? NUMERIC : TIMESTAMP;
      this.numerics[c] = b;
    }
  }

  /** The header's fields when a whole header line is in the buffer (undefined otherwise). */
  headerFields(): string[] | undefined {
    const { buf, end, sep } = this;
    let p = this.pos;
    while (p < end && (buf[p] === LF || buf[p] === CR)) p++;
    if (p >= end) return undefined;
    const fields: string[] = [];
    /** Other delimiters met outside quotes, by byte. */
    const others = new Map<number, number>();
    for (;;) {
      const s = p;
      let text: string;
      if (buf[p] === QUOTE) {
        const next = this.readQuoted(p, end);
        if (next < 0) return undefined;
        text = this.quoted;
        p = next;
      } else {
        for (let b = buf[p]; p < end && b !== sep && b !== LF && b !== CR; b = buf[++p]) {
          if (b !== undefined && DELIMITERS.has(b)) others.set(b, (others.get(b) ?? 0) + 1);
        }
        text = buf.toString('utf8', s, p);
      }
      fields.push(text);
      if (p >= end) {
        if (!this.eof) return undefined;
        break;
      }
      const b = buf[p]!;
      if (b === sep) {
        p++;
        continue;
      }
      if (b === CR || b === LF) {
        if (b === CR && p + 1 >= end && !this.eof) return undefined;
        p += b === CR && buf[p + 1] === LF ? 2 : 1;
        break;
      }
      if (DELIMITERS.has(b)) throw this.delimiterError(b, fields.length, 0);
      throw new DataError('data/malformed', this.file, 'header: unexpected character after a closing quote');
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
  checkDelimiter(fields: number, others: ReadonlyMap<number, number>): void {
    let best = -1;
    let bestCount = 0;
    for (const [byte, count] of others) {
      if (count > bestCount) {
        best = byte;
        bestCount = count;
      }
    }
    if (best < 0) return;
    const refuse = this.declared === undefined ? bestCount + 1 > fields : fields === 1;
    if (refuse) throw this.delimiterError(best, bestCount + 1, fields);
  }

  delimiterError(byte: number, theirFields: number, ourFields: number): DataError {
    const { word, yaml } = DELIMITERS.get(byte)!;
    const ours = String.fromCharCode(this.sep);
    const split = ourFields > 0 ? ` (its header has ${theirFields} fields split at ${yaml} and ${ourFields} at ${JSON.stringify(ours)})` : '';
    const detail =
      this.declared === undefined
        ? `header: this looks like a ${word}-separated file${split}; set \`delimiter: ${yaml}\` on the source to read it`
        : `header: this looks like a ${word}-separated file, not ${JSON.stringify(ours)} as the source's \`delimiter\` says${split}`;
    return new DataError('data/delimiter', this.file, detail);
  }

  /**
   * Reads the quoted field opening at p; returns the position after its closing quote and
   * leaves its text in `this.quoted`, or returns −1 when the closing quote is not before limit.
   */
  readQuoted(p: number, limit: number): number {
    const buf = this.buf;
    let q = p + 1;
    let segment = q;
    let text = '';
    while (q < limit) {
      if (buf[q] === QUOTE) {
        if (q + 1 < limit && buf[q + 1] === QUOTE) {
          text += buf.toString('utf8', segment, q + 1);
          q += 2;
          segment = q;
          continue;
        }
        this.quoted = text + buf.toString('utf8', segment, q);
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
  parseRows(limit: number, final: boolean): number {
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
        let b = buf[p]!;
        if (b === QUOTE) {
          const next = this.readQuoted(p, limit);
          if (next < 0) {
            if (final) throw new DataError('data/malformed', this.file, 'unterminated quoted field', this.rows + 1, this.names[c]);
            this.rollback();
            return recordStart;
          }
          p = next;
          b = buf[p]!;
          this.acceptText(c, this.quoted);
        } else {
          const kind = kinds[c];
          if (kind === NUMERIC && numerics[c]!.keys === null) {
            // A column of doubles (a value without a decimal key was seen): every number in one
            // pass (long-decimal.ts), anything it declines through numberCell.
            const x = numberField(buf, p, sep);
            if (x === x) {
              numerics[c]!.push(x);
              p = fieldEnd;
            } else p = this.numberCell(c, s);
            b = buf[p]!;
          } else if (kind === NUMERIC) {
            // The common cell — an optional sign, at most nine digits, an optional point — is
            // parsed here with small-integer arithmetic; anything else (more digits, an
            // exponent, text) goes to numberCell, which starts again from the field's start.
            let negative = false;
            if (b === 45 || b === 43) {
              negative = b === 45;
              b = buf[++p]!;
            }
            let m = 0;
            let digits = 0;
            let fraction = 0;
            while (b >= 48 && b <= 57 && digits < 9) {
              m = m * 10 + (b - 48);
              digits++;
              b = buf[++p]!;
            }
            if (b === 46) {
              b = buf[++p]!;
              while (b >= 48 && b <= 57 && digits < 9) {
                m = m * 10 + (b - 48);
                digits++;
                fraction++;
                b = buf[++p]!;
              }
            }
            const numeric = numerics[c]!;
            if (digits > 0 && (b === sep || b === LF || b === CR)) {
              const key = numeric.keys !== null ? decimalKey(m, -fraction, negative) : NO_KEY;
              if (key !== NO_KEY) numeric.pushKey(key);
              else {
                const x = m === 0 ? 0 : m / POW10[fraction]!;
                numeric.push(negative ? -x : x);
              }
            } else {
              p = this.numberCell(c, s);
              b = buf[p]!;
            }
          } else {
            while (b !== sep && b !== LF && b !== CR) b = buf[++p]!;
            if (kind === CATEGORICAL) {
              if (isMissingBytes(buf, s, p)) categoricals[c]!.pushCode(-1);
              else categoricals[c]!.push(buf.toString('utf8', s, p));
            } else if (kind === TIMESTAMP) {
              this.acceptText(c, buf.toString('utf8', s, p));
            }
          }
        }
        // After the field: a delimiter before every field but the last, a line end after the last.
        if (c < last) {
          if (b === sep) {
            p++;
            continue;
          }
          if (b === LF || b === CR) {
            throw new DataError('data/malformed', this.file, `has ${c + 1} fields, the header has ${ncols}`, this.rows + 1);
          }
          throw new DataError('data/malformed', this.file, 'unexpected character after a closing quote', this.rows + 1, this.names[c]);
        }
        if (b === sep) {
          throw new DataError('data/malformed', this.file, `has more fields than the header's ${ncols}`, this.rows + 1);
        }
        if (b !== LF && b !== CR) {
          throw new DataError('data/malformed', this.file, 'unexpected character after a closing quote', this.rows + 1, this.names[c]);
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
  numberCell(c: number, s: number): number {
    const { buf, sep } = this;
    let p = s;
    let b = buf[p]!;
    while (b !== sep && b !== LF && b !== CR) b = buf[++p]!;
    const numeric = this.numerics[c]!;
    // A column of doubles takes a long number (pandas' 17 digits) straight from long-decimal.ts.
    if (numeric.keys === null) {
      const x = longDecimal(buf, s, p);
      if (x === x) {
        numeric.push(x);
        return p;
      }
    }
    if (!pushNumber(numeric, buf, s, p)) {
      if (isMissingBytes(buf, s, p)) numeric.push(NaN);
      else this.acceptText(c, buf.toString('utf8', s, p));
    }
    return p;
  }

  /** Undoes the cells of a row that was cut by the end of the buffer. */
  rollback(): void {
    const n = this.base + this.rows;
    for (const slot of this.slots) {
      if (slot !== undefined && slot.builder.length > n) slot.builder.length = n;
    }
  }

  /** A cell given as text (quoted, or not a number, or a timestamp) for column c. */
  acceptText(c: number, text: string): void {
    const kind = this.kinds[c];
    if (kind === SKIP) return;
    if (kind === CATEGORICAL) {
      this.categoricals[c]!.pushCode(isMissingText(text) ? -1 : this.categoricals[c]!.codeOf(text));
      return;
    }
    const numeric = this.numerics[c]!;
    if (isMissingText(text)) {
      numeric.push(NaN);
      return;
    }
    if (kind === TIMESTAMP) {
      let t = parseIsoTimestamp(text);
      if (t !== t) t = epochNumberToMs(parseDecimalString(text));
      if (t !== t) {
        throw new DataError('data/bad-timestamp', this.file, `${JSON.stringify(text)} is not a timestamp`, this.rows + 1, this.names[c]);
      }
      numeric.push(t);
      return;
    }
    const bytes = asciiBytes(text);
    if (bytes !== null && pushNumber(numeric, bytes, 0, bytes.length)) return;
    const slot = this.slots[c]!;
    if (slot.declared === 'numeric') {
      // In the grammar but not a number: its value overflows a double (number.ts).
      const why = bytes !== null && scanDecimal(bytes, 0, bytes.length, scanned) ? `: ${OVERFLOW_REASON}` : '';
      throw new DataError('data/not-a-number', this.file, `${JSON.stringify(text)} is not a number${why}`, this.rows + 1, this.names[c]);
    }
    const categorical = this.table.convertToCategorical(slot);
    this.bind(c, slot);
    categorical.push(text);
  }
}

const scanned: DecimalParts = { mantissa: 0, exponent: 0, negative: false, exact: true };

/**
 * Appends the number in bytes[start, end) to the column — as its decimal key while the column
 * holds keys and the number has one — and returns true; false when the bytes are not a number
 * (overflow included: decimalValue is NaN only then).
 */
function pushNumber(numeric: NumericBuilder, bytes: Uint8Array, start: number, end: number): boolean {
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
