import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  appendValue,
  inferredKind
} from "./chunk-ZE4AS634.js";
import {
  PENDING,
  TableBuilder,
  readCsv
} from "./chunk-RUL4MJK3.js";
import {
  sourceFiles
} from "./chunk-G6RRAME3.js";
import {
  ReadBudget,
  openBytes
} from "./chunk-LNKZD7PG.js";
import {
  DataError,
  displayPath
} from "./chunk-KHYIVPUP.js";

// src/data/jsonl.ts
var LF = 10;
var BUFFER_BYTES = 1 << 20;
async function readJsonl(file, gzip, table, maxRows = Infinity, budget) {
  const source = await openBytes(file, gzip, budget);
  const base = table.rowCount;
  let rows = 0;
  const slots = /* @__PURE__ */ new Map();
  let buf = Buffer.allocUnsafe(BUFFER_BYTES);
  let end = 0;
  let eof = false;
  let atStart = true;
  try {
    while (rows < maxRows) {
      const n = await source.read(buf, end);
      if (n === 0) eof = true;
      end += n;
      let pos = 0;
      for (; ; ) {
        let lf = buf.indexOf(LF, pos);
        if (lf < 0 || lf >= end) {
          if (!eof) break;
          lf = end;
        }
        if (atStart && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) pos = 3;
        atStart = false;
        const line = buf.toString("utf8", pos, lf).trim();
        pos = lf + 1;
        if (line !== "") {
          addRow(line);
          if (rows >= maxRows) break;
        }
        if (pos >= end) break;
      }
      if (eof || rows >= maxRows) break;
      buf.copyWithin(0, Math.min(pos, end), end);
      end -= Math.min(pos, end);
      if (end === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
    }
  } finally {
    await source.close();
  }
  table.endRows(base + rows);
  function addRow(line) {
    const row = rows + 1;
    let record;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new DataError("data/malformed", file, `not valid JSON${whereJsonFailed(error)}`, row);
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw new DataError("data/malformed", file, "each line must be a JSON object", row);
    }
    const n = base + rows;
    for (const [key, value] of Object.entries(record)) {
      let slot = slots.get(key);
      if (slot === void 0) {
        if (!table.wants(key)) {
          slots.set(key, null);
          continue;
        }
        if (value === null && table.declared(key) === void 0 && table.get(key) === void 0) continue;
        slot = table.slot(key, inferredKind(value));
        slots.set(key, slot);
      }
      if (slot === null) continue;
      slot.builder.padTo(n);
      appendValue(table, slot, value, file, row);
    }
    rows++;
  }
}
function whereJsonFailed(error) {
  const message = error instanceof Error ? error.message : "";
  const position = /\bposition (\d+)/.exec(message);
  if (position !== null) return ` (at character ${Number(position[1]) + 1})`;
  if (/unexpected end/i.test(message)) return " (the line ends inside a value)";
  return "";
}

// src/data/read.ts
async function readSource(source, options) {
  const files = (await sourceFiles(source)).map((f) => f.path);
  return readFiles(files, source, ReadBudget.of(source), options);
}
async function readFiles(files, declared, budget, options, origin) {
  const builder = new TableBuilder(options);
  const segments = [];
  for (const file of files) {
    const type = { ...fileFormat(file, declared.format), delimiter: declared.delimiter };
    const start = builder.rowCount;
    await readFileInto(file, type, builder, budget);
    segments.push({ file, type, start, end: builder.rowCount });
  }
  for (const slot of builder.slots()) {
    if (slot.convertedAt > 0) await recoverConverted(slot, segments, options, budget);
  }
  const first = files[0];
  return builder.finish(origin ?? (files.length === 1 ? displayPath(first) : `${displayPath(first)} + ${files.length - 1} more`));
}
async function readFileInto(file, type, builder, budget, maxRows = Infinity) {
  switch (type.format) {
    case "csv":
      return readCsv(file, type.gzip, builder, maxRows, type.delimiter, budget);
    case "jsonl":
      return readJsonl(file, type.gzip, builder, maxRows, budget);
    case "parquet": {
      if (type.gzip) throw new DataError("data/unknown-format", file, "gzip-compressed Parquet is not supported (Parquet compresses its own pages)");
      const { readParquet } = await import("./parquet-G2W5WXU6.js");
      return readParquet(file, builder, maxRows, budget);
    }
  }
}
async function recoverConverted(slot, segments, options, budget) {
  const target = slot.builder;
  if (target.kind !== "categorical") return;
  for (const segment of segments) {
    if (segment.start >= slot.convertedAt) break;
    const rows = Math.min(segment.end, slot.convertedAt) - segment.start;
    const reread = new TableBuilder({
      kinds: { ...options.kinds, [slot.name]: "categorical" },
      only: /* @__PURE__ */ new Set([slot.name])
    });
    await readFileInto(segment.file, segment.type, reread, new ReadBudget(budget.maxBytes, budget.maxGzipRatio), rows);
    const column = reread.get(slot.name)?.builder;
    if (column === void 0 || column.kind !== "categorical") continue;
    const remap = column.dictionary.map((text) => target.codeOf(text));
    for (let i = 0; i < rows; i++) {
      const code = column.codes[i];
      if (target.codes[segment.start + i] === PENDING) target.codes[segment.start + i] = code < 0 ? -1 : remap[code];
    }
  }
  for (let i = 0; i < slot.convertedAt; i++) if (target.codes[i] === PENDING) target.codes[i] = -1;
}
function fileFormat(file, declared) {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  if (declared !== void 0) return { format: declared, gzip };
  if (base.endsWith(".csv")) return { format: "csv", gzip };
  if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) return { format: "jsonl", gzip };
  if (base.endsWith(".parquet")) return { format: "parquet", gzip };
  throw new DataError("data/unknown-format", file, "unknown format: name the file .csv, .jsonl, .ndjson or .parquet (optionally .gz), or set `format`");
}

export {
  readSource,
  readFiles
};
