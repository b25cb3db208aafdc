/**
 * The CLI's progress line on a terminal's stderr: which model of how many, what it is doing,
 * rows read, checks done, time so far and an estimate of the time left; with models evaluated
 * side by side (engine/run.ts), the earliest still running, and how many others run beside it.
 * Redrawn in place
 * (carriage return, erase line) on each engine event and every quarter second, never longer than
 * the terminal is wide, erased when the run ends. Log lines still reach the terminal, above it.
 * Only used when stderr is a TTY and not `--quiet` (src/cli.ts); names are escaped for the
 * terminal like every value the report prints.
 */
import type { ProgressEvent } from './engine/progress.js';
import { escapePlainText } from './report/escape.js';
import { truncate } from './report/width.js';

const ERASE = '\r\u001b[2K';
const REDRAW_MS = 250;

interface Running {
  readonly index: number;
  readonly started: number;
  rows: { reference: number | null; current: number } | null;
  checks: { done: number; of: number } | null;
}

export class ProgressLine {
  private readonly started = performance.now();
  private models = 0;
  private done = 0;
  private doneMs = 0;
  /** The models being evaluated, by name (names are unique in a run). */
  private readonly running = new Map<string, Running>();
  /** The last model shown, kept on the line between one model's end and the next one's start. */
  private current: { name: string; model: Running } | null = null;
  private readonly timer: NodeJS.Timeout;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly mask: (text: string) => string) {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  handle(event: ProgressEvent): void {
    switch (event.kind) {
      case 'loaded':
        this.models = event.models;
        break;
      case 'model':
        this.running.set(event.name, { index: event.index, started: performance.now(), rows: null, checks: null });
        break;
      case 'read': {
        const model = this.running.get(event.name);
        if (model !== undefined) model.rows = event.rows;
        break;
      }
      case 'check': {
        const model = this.running.get(event.name);
        if (model !== undefined) model.checks = { done: event.done, of: event.checks };
        break;
      }
      case 'model-done':
        this.running.delete(event.name);
        this.done++;
        this.doneMs = performance.now() - this.started;
        break;
    }
    // The earliest model still running (the lowest index), else the last one shown.
    let earliest: { name: string; model: Running } | null = null;
    for (const [name, model] of this.running) if (earliest === null || model.index < earliest.model.index) earliest = { name, model };
    if (earliest !== null) this.current = earliest;
    this.draw();
  }

  /** A log line, printed above the progress line. */
  log(line: string): void {
    this.stream.write(`${this.shown ? ERASE : ''}${line}`);
    this.shown = false;
    this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.shown) this.stream.write(ERASE);
    this.shown = false;
  }

  private draw(): void {
    if (this.current === null) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`${ERASE}${truncate(this.mask(this.text()), width)}`);
    this.shown = true;
  }

  /** `modelwatch: model 2 of 4 · adult-income-shifted · 32,561 + 16,281 rows · checks 3 of 5 · 4.2 s · about 9 s left` */
  text(): string {
    const now = performance.now();
    const { name, model } = this.current!;
    const parts = [`modelwatch: model ${model.index + 1} of ${this.models}`, escapePlainText(name)];
    if (model.rows === null) parts.push('reading its data');
    else parts.push(`${model.rows.reference === null ? '' : `${count(model.rows.reference)} + `}${count(model.rows.current)} rows`);
    if (model.checks !== null) parts.push(`checks ${model.checks.done} of ${model.checks.of}`);
    const beside = this.running.size - (this.running.has(name) ? 1 : 0);
    if (beside > 0) parts.push(`${beside} more running`);
    parts.push(seconds(now - this.started));
    if (this.done > 0 && this.done < this.models) {
      // Time per finished model so far (side by side, the fleet's pace), for the models not yet finished.
      const perModel = this.doneMs / this.done;
      const left = perModel * (this.models - this.done) - (now - this.started - this.doneMs);
      parts.push(`about ${seconds(Math.max(0, left))} left`);
    }
    return parts.join(' · ');
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
