/**
 * The columnar table every check reads. Numbers live in Float64Arrays (NaN = missing),
 * timestamps as epoch milliseconds in Float64Arrays (NaN = missing), categories as Int32Array
 * codes into a dictionary (-1 = missing). Tables are immutable once built.
 */

export interface NumericColumn {
  readonly kind: 'numeric';
  readonly name: string;
  readonly values: Float64Array;
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
      const length = column.kind === 'categorical' ? column.codes.length : column.values.length;
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
      } else {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) values[i] = column.values[rows[i]!]!;
        columns.push({ kind: column.kind, name: column.name, values });
      }
    }
    return new Table(n, columns, this.origin);
  }
}

/** Count of missing cells in a column. O(n). */
export function missingCount(column: Column): number {
  let missing = 0;
  if (column.kind === 'categorical') {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i]! < 0) missing++;
  } else {
    const values = column.values;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  }
  return missing;
}
