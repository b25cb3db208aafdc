import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/data/errors.ts
import { isAbsolute, relative } from "node:path";
var DataError = class extends Error {
  constructor(code, file, detail, row, column) {
    super(formatLocation(file, row, column) + detail);
    this.code = code;
    this.file = file;
    this.detail = detail;
    this.row = row;
    this.column = column;
  }
  code;
  file;
  detail;
  row;
  column;
  name = "DataError";
};
function formatLocation(file, row, column) {
  const parts = [];
  if (row !== void 0) parts.push(`row ${row}`);
  if (column !== void 0) parts.push(`column ${JSON.stringify(column)}`);
  return `${displayPath(file)}: ${parts.length > 0 ? parts.join(", ") + ": " : ""}`;
}
function displayPath(file) {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

export {
  DataError,
  displayPath
};
