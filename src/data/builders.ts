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
import { type Column, Table } from './table.js';

const INITIAL_CAPACITY = 1024;

/** Code of a categorical row whose text is still to be recovered after a late conversion. */
export const PENDING = -2;

export class NumericBuilder {
  values: Float64Array;
  length = 0;

  constructor(
    readonly kind: 'numeric' | 'timestamp',
    capacity = INITIAL_CAPACITY,
  ) {
    this.values = new Float64Array(Math.max(capacity, 16));
  }

  push(x: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = x;
  }

  /** Appends missing values until the column has n rows. */
  padTo(n: number): void {
    while (this.length < n) this.push(NaN);
  }

  /** Makes room for n rows in one allocation (no doubling garbage when the size is known). */
  reserve(n: number): void {
    if (this.values.length >= n) return;
    const next = new Float64Array(n);
    next.set(this.values.subarray(0, this.length));
    this.values = next;
  }

  private grow(): void {
    const next = new Float64Array(this.values.length * 2);
    next.set(this.values);
    this.values = next;
  }

  finish(): Float64Array {
    return trim(this.values, this.length);
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
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length++] = code;
  }

  padTo(n: number): void {
    while (this.length < n) this.pushCode(-1);
  }

  reserve(n: number): void {
    if (this.codes.length >= n) return;
    const next = new Int32Array(n);
    next.set(this.codes.subarray(0, this.length));
    this.codes = next;
  }

  private grow(): void {
    const next = new Int32Array(this.codes.length * 2);
    next.set(this.codes);
    this.codes = next;
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
    const builder = new CategoricalBuilder(old.kind === 'categorical' ? old.codes.length : old.values.length);
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
        columns.push({ kind: b.kind, name: slot.name, values: b.finish() });
      }
    }
    return new Table(this.rowCount, columns, origin);
  }
}

function trim<T extends Float64Array | Int32Array>(array: T, length: number): T {
  if (array.length === length) return array;
  const slack = array.length - length;
  return (slack * 16 < array.length ? array.subarray(0, length) : array.slice(0, length)) as T;
}
