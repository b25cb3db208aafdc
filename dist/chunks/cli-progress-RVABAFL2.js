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
  models = 0;
  done = 0;
  doneMs = 0;
  /** The models being evaluated, by name (names are unique in a run). */
  running = /* @__PURE__ */ new Map();
  /** The last model shown, kept on the line between one model's end and the next one's start. */
  current = null;
  timer;
  shown = false;
  handle(event) {
    switch (event.kind) {
      case "loaded":
        this.models = event.models;
        break;
      case "model":
        this.running.set(event.name, { index: event.index, started: performance.now(), rows: null, checks: null });
        break;
      case "read": {
        const model = this.running.get(event.name);
        if (model !== void 0) model.rows = event.rows;
        break;
      }
      case "check": {
        const model = this.running.get(event.name);
        if (model !== void 0) model.checks = { done: event.done, of: event.checks };
        break;
      }
      case "model-done":
        this.running.delete(event.name);
        this.done++;
        this.doneMs = performance.now() - this.started;
        break;
    }
    let earliest = null;
    for (const [name, model] of this.running) if (earliest === null || model.index < earliest.model.index) earliest = { name, model };
    if (earliest !== null) this.current = earliest;
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
    const { name, model } = this.current;
    const parts = [`modelwatch: model ${model.index + 1} of ${this.models}`, escapePlainText(name)];
    if (model.rows === null) parts.push("reading its data");
    else parts.push(`${model.rows.reference === null ? "" : `${count(model.rows.reference)} + `}${count(model.rows.current)} rows`);
    if (model.checks !== null) parts.push(`checks ${model.checks.done} of ${model.checks.of}`);
    const beside = this.running.size - (this.running.has(name) ? 1 : 0);
    if (beside > 0) parts.push(`${beside} more running`);
    parts.push(seconds(now - this.started));
    if (this.done > 0 && this.done < this.models) {
      const perModel = this.doneMs / this.done;
      const left = perModel * (this.models - this.done) - (now - this.started - this.doneMs);
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
