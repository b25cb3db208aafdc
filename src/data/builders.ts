/**
 * Growable column builders that readers append to, and the TableBuilder that owns them by
 * column name across all files of one source (so several files land in the same arrays with no
 * concatenation copy). Readers that can estimate their row count (CSV from the file size and
 * the bytes per row so far, Parquet from its metadata) reserve it, so the arrays are allocated
 * about once; otherwise they double when full. At the end they are trimmed to length: a view
 * (`subarray`) when the unused tail is under 1/16 of the array, a copy otherwise — so the slack
 * kept is bounded by 6.25 % and a trim never doubles peak memory on the common path.
 *
 * Inference: an undeclared text column starts numeric and becomes categorical on its first value
 * that is neither a number nor a missing token (`convertToCategorical`). The rows read before
 * that point are left PENDING and filled afterwards from a second, targeted read of that
 * column's earlier cells (see read.ts), because a number's original text ("1.50") cannot be
 * recovered from its double.
 */
import type { ColumnKind } from '../policy/types.js';
import { MISSING_KEY, decodeKeys } from './decimal-key.js';
import { type Column, doublesOf, numericColumn, type NumericStorage, Table } from './table.js';

const INITIAL_CAPACITY = 1024;

/** Code of a categorical row whose text is still to be recovered after a late conversion. */
export const PENDING = -2;

/**
 * A numeric or timestamp column being read. Numeric columns start as decimal keys
 * (decimal-key.ts, 4 bytes a value) and turn into doubles, once and for good, at the first value
 * pushed as a double (`push` of anything but NaN): readers that parse decimal text call
 * `pushKey` when the text has a key. Timestamps are always doubles.
 */
export class NumericBuilder {
  /** The keys so far while the column is stored as keys, else null. */
  keys: Int32Array | null;
  /** The doubles so far once the column is stored as doubles, else null. */
  values: Float64Array | null;
  length = 0;

  constructor(
    readonly kind: 'numeric' | 'timestamp',
    capacity = INITIAL_CAPACITY,
  ) {
    const size = Math.max(capacity, 16);
    this.keys = kind === 'numeric' ? new Int32Array(size) : null;
    this.values = kind === 'numeric' ? null : new Float64Array(size);
  }

  get capacity(): number {
    return (this.keys ?? this.values)!.length;
  }

  /** Appends a double (NaN = missing); a column of keys turns into doubles first unless it is NaN. */
  push(x: number): void {
    if (this.keys !== null) {
      if (x !== x) {
        this.pushKey(MISSING_KEY);
        return;
      }
      this.toDoubles();
    }
    let values = this.values!;
    if (this.length === values.length) values = this.values = grow(values);
    values[this.length++] = x;
  }

  /** Appends a decimal key; only while the column is stored as keys (`keys !== null`). */
  pushKey(key: number): void {
    let keys = this.keys!;
    if (this.length === keys.length) keys = this.keys = grow(keys);
    keys[this.length++] = key;
  }

  /** Appends missing values until the column has n rows. */
  padTo(n: number): void {
    while (this.length < n) this.push(NaN);
  }

  /** Makes room for n rows in one allocation (no doubling garbage when the size is known). */
  reserve(n: number): void {
    if (this.capacity >= n) return;
    if (this.keys !== null) this.keys = resized(this.keys, this.length, new Int32Array(n));
    else this.values = resized(this.values!, this.length, new Float64Array(n));
  }

  /** Stores the column as doubles from now on (the keys so far decoded, exactly). */
  private toDoubles(): void {
    const keys = this.keys!;
    this.values = decodeKeys(keys, this.length, new Float64Array(keys.length));
    this.keys = null;
  }

  finish(): NumericStorage {
    return this.keys !== null ? { keys: trim(this.keys, this.length) } : { values: trim(this.values!, this.length) };
  }
}

export class CategoricalBuilder {
  readonly kind = 'categorical';
  codes: Int32Array;
  length = 0;
  readonly dictionary: string[] = [];
  readonly #index = new Map<string, number>();

  constructor(capacity = INITIAL_CAPACITY) {
    this.codes = new Int32Array(Math.max(capacity, 16));
  }

  /** Code of a text, adding it to the dictionary when new. */
  codeOf(text: string): number {
    let code = this.#index.get(text);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(text);
      this.#index.set(text, code);
    }
    return code;
  }

  push(text: string): void {
    this.pushCode(this.codeOf(text));
  }

  pushCode(code: number): void {
    if (this.length === this.codes.length) this.codes = grow(this.codes);
    this.codes[this.length++] = code;
  }

  padTo(n: number): void {
    while (this.length < n) this.pushCode(-1);
  }

  reserve(n: number): void {
    if (this.codes.length >= n) return;
    this.codes = resized(this.codes, this.length, new Int32Array(n));
  }

  finish(): Int32Array {
    return trim(this.codes, this.length);
  }
}

export type Builder = NumericBuilder | CategoricalBuilder;

export interface Slot {
  readonly name: string;
  readonly declared: ColumnKind | undefined;
  builder: Builder;
  /** Row from which an inferred numeric column became categorical; −1 when it never did. */
  convertedAt: number;
}

export interface BuilderOptions {
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  readonly skip?: ReadonlySet<string>;
  readonly only?: ReadonlySet<string>;
}

export class TableBuilder {
  /** Rows appended so far by finished files and finished rows. */
  rowCount = 0;
  readonly #slots = new Map<string, Slot>();

  constructor(readonly options: BuilderOptions) {}

  /** Whether a column is materialised at all (not PII, and selected by `only` when given). */
  wants(name: string): boolean {
    const { skip, only } = this.options;
    return !(skip?.has(name) ?? false) && (only === undefined || only.has(name));
  }

  declared(name: string): ColumnKind | undefined {
    const kinds = this.options.kinds;
    return kinds !== undefined && Object.hasOwn(kinds, name) ? kinds[name] : undefined;
  }

  get(name: string): Slot | undefined {
    return this.#slots.get(name);
  }

  /**
   * The slot of a column, created when new with the declared kind or else `inferred`, and padded
   * with missing values up to the rows already read.
   */
  slot(name: string, inferred: ColumnKind): Slot {
    const existing = this.#slots.get(name);
    if (existing !== undefined) return existing;
    const declared = this.declared(name);
    const kind = declared ?? inferred;
    const builder = kind === 'categorical' ? new CategoricalBuilder() : new NumericBuilder(kind);
    builder.padTo(this.rowCount);
    const slot: Slot = { name, declared, builder, convertedAt: -1 };
    this.#slots.set(name, slot);
    return slot;
  }

  /** Turns an inferred numeric column categorical; earlier rows become PENDING. */
  convertToCategorical(slot: Slot): CategoricalBuilder {
    const old = slot.builder;
    const builder = new CategoricalBuilder(old.kind === 'categorical' ? old.codes.length : old.capacity);
    builder.codes.fill(PENDING, 0, old.length);
    builder.length = old.length;
    slot.builder = builder;
    slot.convertedAt = old.length;
    return builder;
  }

  /** Capacity hint: every column makes room for n rows now (readers that can estimate call it). */
  reserve(n: number): void {
    for (const slot of this.#slots.values()) slot.builder.reserve(n);
  }

  /** Pads every column with missing values to n rows and records n as the row count. */
  endRows(n: number): void {
    for (const slot of this.#slots.values()) slot.builder.padTo(n);
    this.rowCount = n;
  }

  slots(): IterableIterator<Slot> {
    return this.#slots.values();
  }

  finish(origin: string): Table {
    const columns: Column[] = [];
    for (const slot of this.#slots.values()) {
      const b = slot.builder;
      if (b.kind === 'categorical') {
        columns.push({ kind: 'categorical', name: slot.name, codes: b.finish(), dictionary: b.dictionary });
      } else {
        const storage = b.finish();
        columns.push(b.kind === 'timestamp' ? { kind: 'timestamp', name: slot.name, values: doublesOf(storage) } : numericColumn(slot.name, storage));
      }
    }
    return new Table(this.rowCount, columns, origin);
  }
}

/** Twice the room, the contents kept. */
function grow<T extends Float64Array | Int32Array>(array: T): T {
  return resized(array, array.length, new (array.constructor as new (n: number) => T)(array.length * 2));
}

/** `target` holding the first `length` elements of `array`. */
function resized<T extends Float64Array | Int32Array>(array: T, length: number, target: T): T {
  target.set(array.subarray(0, length));
  return target;
}

function trim<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  const slack = array.length - length;
  return (slack * 16 < array.length ? array.subarray(0, length) : array.slice(0, length)) as T;
}
