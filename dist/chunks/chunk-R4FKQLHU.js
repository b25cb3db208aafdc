import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  MISSING_KEY,
  decodeKeys
} from "./chunk-4CM7Y4U5.js";

// src/data/table.ts
function numericColumn(name, storage) {
  return "keys" in storage ? new KeyedColumn(name, storage.keys) : { kind: "numeric", name, values: storage.values };
}
function doublesOf(storage) {
  return "keys" in storage ? decodeKeys(storage.keys, storage.keys.length, new Float64Array(storage.keys.length)) : storage.values;
}
function columnParts(column) {
  if (column.kind !== "numeric") return column;
  const keys = column.keys;
  return { kind: "numeric", name: column.name, storage: keys !== void 0 ? { keys } : { values: column.values } };
}
function columnFromParts(parts) {
  return parts.kind === "numeric" ? numericColumn(parts.name, parts.storage) : parts;
}
function columnBuffer(parts) {
  const data = parts.kind === "categorical" ? parts.codes : parts.kind === "timestamp" ? parts.values : "keys" in parts.storage ? parts.storage.keys : parts.storage.values;
  return data.buffer;
}
var KeyedColumn = class {
  constructor(name, keys) {
    this.name = name;
    this.keys = keys;
  }
  name;
  keys;
  kind = "numeric";
  #values;
  get values() {
    this.#values ??= decodeKeys(this.keys, this.keys.length, new Float64Array(this.keys.length));
    return this.#values;
  }
};
var Table = class _Table {
  constructor(rowCount, columns, origin) {
    this.rowCount = rowCount;
    this.origin = origin;
    const map = /* @__PURE__ */ new Map();
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
  rowCount;
  origin;
  #columns;
  get columnNames() {
    return [...this.#columns.keys()];
  }
  has(name) {
    return this.#columns.has(name);
  }
  column(name) {
    return this.#columns.get(name);
  }
  /** A new table holding the given rows, in the given order. O(rows × columns). */
  take(rows) {
    const n = rows.length;
    const columns = [];
    for (const column of this.#columns.values()) {
      if (column.kind === "categorical") {
        const codes = new Int32Array(n);
        for (let i = 0; i < n; i++) codes[i] = column.codes[rows[i]];
        columns.push({ kind: "categorical", name: column.name, codes, dictionary: column.dictionary });
      } else if (column.kind === "numeric" && column.keys !== void 0) {
        const keys = new Int32Array(n);
        for (let i = 0; i < n; i++) keys[i] = column.keys[rows[i]];
        columns.push(numericColumn(column.name, { keys }));
      } else {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) values[i] = column.values[rows[i]];
        columns.push({ kind: column.kind, name: column.name, values });
      }
    }
    return new _Table(n, columns, this.origin);
  }
};
function columnLength(column) {
  if (column.kind !== "timestamp" && column.rows !== void 0) return column.rows;
  if (column.kind === "categorical") return column.codes.length;
  return column.kind === "numeric" && column.keys !== void 0 ? column.keys.length : column.values.length;
}
function missingCount(column) {
  if (column.kind !== "timestamp" && column.missing !== void 0) return column.missing;
  let missing = 0;
  if (column.kind === "categorical") {
    const codes = column.codes;
    for (let i = 0; i < codes.length; i++) if (codes[i] < 0) missing++;
  } else if (column.kind === "numeric" && column.keys !== void 0) {
    const keys = column.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === MISSING_KEY) missing++;
  } else {
    const values = column.values;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
  }
  return missing;
}

export {
  numericColumn,
  doublesOf,
  columnParts,
  columnFromParts,
  columnBuffer,
  Table,
  missingCount
};
