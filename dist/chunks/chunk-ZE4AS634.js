import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  OVERFLOW_REASON,
  isMissingText,
  parseDecimalString
} from "./chunk-WVZYO55Z.js";
import {
  epochNumberToMs,
  parseIsoTimestamp
} from "./chunk-7M2XNVRX.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";

// src/data/values.ts
function inferredKind(value) {
  return typeof value === "number" || typeof value === "bigint" ? "numeric" : "categorical";
}
function appendValue(table, slot, value, file, row) {
  const b = slot.builder;
  if (value === null || value === void 0) {
    if (b.kind === "categorical") b.pushCode(-1);
    else b.push(NaN);
    return;
  }
  if (typeof value === "bigint") value = Number(value);
  const fail = (code, what) => {
    throw new DataError(code, file, what, row, slot.name);
  };
  switch (typeof value) {
    case "number":
      if (value === Infinity || value === -Infinity) fail("data/not-a-number", infiniteMessage(value));
      if (b.kind === "categorical") b.push(String(value));
      else if (b.kind !== "timestamp") b.push(value);
      else {
        const t = epochNumberToMs(value);
        if (t !== t) fail("data/bad-timestamp", `${value} is not a timestamp: an epoch beyond \xB18.64e15 ms (the range of a date)`);
        b.push(t);
      }
      return;
    case "string":
      if (b.kind === "categorical") {
        b.push(value);
      } else if (isMissingText(value)) {
        b.push(NaN);
      } else if (b.kind === "timestamp") {
        let t = parseIsoTimestamp(value);
        if (t !== t) t = epochNumberToMs(parseDecimalString(value));
        if (t !== t) fail("data/bad-timestamp", `${JSON.stringify(value)} is not a timestamp`);
        b.push(t);
      } else {
        const x = parseDecimalString(value);
        if (x === x) b.push(x);
        else if (slot.declared === "numeric") fail("data/not-a-number", `${JSON.stringify(value)} is not a number${inGrammar(value) ? `: ${OVERFLOW_REASON}` : ""}`);
        else table.convertToCategorical(slot).push(value);
      }
      return;
    case "boolean": {
      const text = value ? "true" : "false";
      if (b.kind === "categorical") b.push(text);
      else if (slot.declared !== void 0) fail(slot.declared === "numeric" ? "data/not-a-number" : "data/bad-timestamp", `${text} is not a ${slot.declared === "numeric" ? "number" : "timestamp"}`);
      else table.convertToCategorical(slot).push(text);
      return;
    }
    case "object":
      if (value instanceof Date) {
        if (b.kind === "categorical") b.push(value.toISOString());
        else b.push(value.getTime());
        return;
      }
      fail("data/malformed", `nested ${Array.isArray(value) ? "array" : "object"} values are not supported; flatten the data first`);
      return;
    default:
      fail("data/malformed", `unsupported value of type ${typeof value}`);
  }
}
function infiniteMessage(value) {
  return `${value} is not a finite number (a number beyond \xB11.8e308 overflows a double)`;
}
function inGrammar(text) {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text);
}

export {
  inferredKind,
  appendValue,
  infiniteMessage
};
