import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  escapePlainText,
  truncate
} from "./chunk-TPAHR6PB.js";
import "./chunk-FQDB3IQE.js";

// src/cli-progress.ts
var ERASE = "\r\x1B[2K";
var REDRAW_MS = 250;
var ProgressLine = class {
  constructor(stream, mask) {
    this.stream = stream;
    this.mask = mask;
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }
  stream;
  mask;
  started = performance.now();
  modelStarted = this.started;
  models = 0;
  done = 0;
  doneMs = 0;
  current = null;
  rows = null;
  checks = null;
  timer;
  shown = false;
  handle(event) {
    switch (event.kind) {
      case "loaded":
        this.models = event.models;
        break;
      case "model":
        this.current = { name: event.name, index: event.index };
        this.modelStarted = performance.now();
        this.rows = null;
        this.checks = null;
        break;
      case "read":
        this.rows = event.rows;
        break;
      case "check":
        this.checks = { done: event.done, of: event.checks };
        break;
      case "model-done":
        this.done++;
        this.doneMs = performance.now() - this.started;
        break;
    }
    this.draw();
  }
  /** A log line, printed above the progress line. */
  log(line) {
    this.stream.write(`${this.shown ? ERASE : ""}${line}`);
    this.shown = false;
    this.draw();
  }
  stop() {
    clearInterval(this.timer);
    if (this.shown) this.stream.write(ERASE);
    this.shown = false;
  }
  draw() {
    if (this.current === null) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`${ERASE}${truncate(this.mask(this.text()), width)}`);
    this.shown = true;
  }
  /** `modelwatch: model 2 of 4 · adult-income-shifted · 32,561 + 16,281 rows · checks 3 of 5 · 4.2 s · about 9 s left` */
  text() {
    const now = performance.now();
    const parts = [`modelwatch: model ${this.current.index + 1} of ${this.models}`, escapePlainText(this.current.name)];
    if (this.rows === null) parts.push("reading its data");
    else parts.push(`${this.rows.reference === null ? "" : `${count(this.rows.reference)} + `}${count(this.rows.current)} rows`);
    if (this.checks !== null) parts.push(`checks ${this.checks.done} of ${this.checks.of}`);
    parts.push(seconds(now - this.started));
    if (this.done > 0 && this.done < this.models) {
      const perModel = this.doneMs / this.done;
      const left = perModel * (this.models - this.done) - (now - this.modelStarted);
      parts.push(`about ${seconds(Math.max(0, left))} left`);
    }
    return parts.join(" \xB7 ");
  }
};
function count(n) {
  return n.toLocaleString("en-US");
}
function seconds(ms) {
  return ms < 6e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}
export {
  ProgressLine
};
