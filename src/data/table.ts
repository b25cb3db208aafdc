/**
 * The columnar table every check reads. Numbers live in Float64Arrays (NaN = missing),
 * timestamps as epoch milliseconds in Float64Arrays (NaN = missing), categories as Int32Array
 * codes into a dictionary (-1 = missing). Tables are immutable once built.
 *
 * A numeric column read from decimal text may be stored as decimal keys instead
 * (decimal-key.ts: 4 bytes a value, exact): `keys` is then set, and `values` is decoded on first
 * use and kept. Code that can work on keys (missing counts, the drift sort) reads `keys` when it
 * is there, so a large table need never hold its doubles.
 */
import { decodeKeys, MISSING_KEY } from './decimal-key.js';

export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  /** Every value as a double (NaN = missing). */
  readonly values: Float64Array;
  /** The same values as decimal keys (MISSING_KEY = missing), when the column is stored so. */
  readonly keys?: Int32Array;
  /**
   * A column read back from a profile (profile/table.ts) writes its values when they are read;
   * these say what it knows without writing them: its length, its missing values, and its
   * non-missing values written in ascending order into `target` (at least `rows` long), their
   * count returned, so that the drift sort needs no copy of its own.
   */
  readonly rows?: number;
  readonly missing?: number;
  writeSorted?(target: Float64Array): number;
}

/** How a numeric column's values are held: decimal keys, or doubles. */
export type NumericStorage = { readonly keys: Int32Array } | { readonly values: Float64Array };

/** A numeric column over keys or doubles. */
export function numericColumn(name: string, storage: NumericStorage): NumericColumn {
  return 'keys' in storage ? new KeyedColumn(name, storage.keys) : { kind: 'numeric', name, values: storage.values };
}

/** The doubles of a storage (decoded when it holds keys). */
export function doublesOf(storage: NumericStorage): Float64Array {
  return 'keys' in storage ? decodeKeys(storage.keys, storage.keys.length, new Float64Array(storage.keys.length)) : storage.values;
}

/** How a column travels to another thread: plain data, its buffers transferable. */
export type ColumnParts =
  | { readonly kind: 'numeric'; readonly name: string; readonly storage: NumericStorage }
  | TimestampColumn
  | CategoricalColumn;

export function columnParts(column: Column): ColumnParts {
  if (column.kind !== 'numeric') return column;
  const keys = column.keys;
  return { kind: 'numeric', name: column.name, storage: keys !== undefined ? { keys } : { values: column.values } };
}

export function columnFromParts(parts: ColumnParts): Column {
  return parts.kind === 'numeric' ? numericColumn(parts.name, parts.storage) : parts;
}

/** The buffer behind a column's data (what a transfer hands over). */
export function columnBuffer(parts: ColumnParts): ArrayBuffer {
  const data = parts.kind === 'categorical' ? parts.codes : parts.kind === 'timestamp' ? parts.values : 'keys' in parts.storage ? parts.storage.keys : parts.storage.values;
  return data.buffer as ArrayBuffer;
}

/** A numeric column stored as decimal keys; its doubles are decoded when first asked for. */
class KeyedColumn implements NumericColumn {
  readonly kind = 'numeric';
  #values: Float64Array | undefined;

  constructor(
    readonly name: string,
    readonly keys: Int32Array,
  ) {}

  get values(): Float64Array {
    this.#values ??= decodeKeys(this.keys, this.keys.length, new Float64Array(this.keys.length));
    return this.#values;
  }
}

export interface TimestampColumn {
  readonly kind: 'timestamp';
  readonly name: string;
  /** Epoch milliseconds, UTC. */
  readonly values: Float64Array;
}

export interface CategoricalColumn {
  readonly kind: 'categorical';
  readonly name: string;
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
  /** Its length and missing codes, when they are known without reading the codes (profile/table.ts). */
  readonly rows?: number;
  readonly missing?: number;
}

export type Column = NumericColumn | TimestampColumn | CategoricalColumn;

export class Table {
  readonly #columns: ReadonlyMap<string, Column>;

  constructor(
    readonly rowCount: number,
    columns: readonly Column[],
    /** Where the rows came from, for messages (a path, or `a.csv + 3 more`). */
    readonly origin: string,
  ) {
    const map = new Map<string, Column>();
    for (const column of columns) {
      const length = columnLength(column);
      if (length !== rowCount) {
        throw new RangeError(`column "${column.name}" has ${length} rows, the table ${rowCount}`);
      }
      if (map.has(column.name)) throw new RangeError(`duplicate column "${column.name}"`);
      map.set(column.name, column);
    }
    this.#columns = map;
  }

  get columnNames(): string[] {
    return [...this.#columns.keys()];
  }

  has(name: string): boolean {
    return this.#columns.has(name);
  }

  column(name: string): Column | undefined {
    return this.#columns.get(name);
  }

  /** A new table holding the given rows, in the given order. O(rows × columns). */
  take(rows: Uint32Array | readonly number[]): Table {
    const n = rows.length;
    const columns: Column[] = [];
    for (const column of this.#columns.values()) {
      if (column.kind === 'categorical') {
        const codes = new Int32Array(n);
        for (let i = 0; i < n; i++) codes[i] = column.codes[rows[i]!]!;
        columns.push({ kind: 'categorical', name: column.name, codes, dictionary: column.dictionary });
      } else if (column.kind === 'numeric' && column.keys !== undefined) {
        const keys = new Int32Array(n);
        for (let i = 0; i < n; i++) keys[i] = column.keys[rows[i]!]!;
        columns.push(numericColumn(column.name, { keys }));
      } else {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) values[i] = column.values[rows[i]!]!;
        columns.push({ kind: column.kind, name: column.name, values });
      }
    }
    return new Table(n, columns, this.origin);
  }
}

/** A column's length, read without making a column read back from a profile hold its values. */
function columnLength(column: Column): number {
  if (column.kind !== 'timestamp' && column.rows !== undefined) return column.rows;
  if (column.kind === 'categorical') return column.codes.length;
  return column.kind === 'numeric' && column.keys !== undefined ? column.keys.length : column.values.length;
}

/** Count of missing cells in a column. O(n). */
export function missingCount(column: Column): number {
  if (column.kind !== 'timestamp' && column.missing !== undefined) return column.missing;
  let missing = 0;
  if (column.kind === 'categorical') {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i]! < 0) missing++;
  } else if (column.kind === 'numeric' && column.keys !== undefined) {
    const keys = column.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === MISSING_KEY) missing++;
  } else {
    const values = column.values;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  }
  return missing;
}
